import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looseKey, mayRepeat, testRepeat } from '../../src/analyse/repeats.js';

const PATTERNS = [
  /(?:^|[^\p{L}])(\p{L}+)\s+\1(?![\p{L}])/iu,
  /(?:^|[^\p{L}])(\p{L}+ \p{L}+) \1(?![\p{L}])/iu,
  /(?:^|[^\p{L}])(\p{L}+(?: \p{L}+)?)\s+\1(?![\p{L}])/iu,
  /(?:^|[^\p{L}])(\p{L}+(?: \p{L}+)?) \1(?![\p{L}])/iu,
];

describe('doubled-word tests', () => {
  it('find what the regexes find', () => {
    expect(mayRepeat('the the end')).toBe(true);
    expect(mayRepeat('in the in the end')).toBe(true);
    expect(mayRepeat('The end of it')).toBe(false);
    for (const re of PATTERNS) expect(testRepeat(re, 'Very very central')).toBe(re.test('Very very central'));
    // Simple case folding makes "ẞ" "ß" and "ſ" "s", which neither toLowerCase nor toUpperCase alone does.
    for (const re of PATTERNS) expect(testRepeat(re, 'ẞſ ßS ')).toBe(re.test('ẞſ ßS '));
    expect(PATTERNS[0]!.test('ẞſ ßS ')).toBe(true);
  });

  it('give one key to every word of a case-folding class', () => {
    for (const [a, b] of [['ẞ', 'ß'], ['ſ', 'S'], ['ϑ', 'Θ'], ['ϴ', 'θ'], ['\u212a', 'k'], ['\u212b', 'å'], ['ς', 'Σ'], ['ΐ', '\u1fd3'], ['Straße', 'STRAẞE']]) {
      expect(looseKey(a!), `${a} and ${b}`).toBe(looseKey(b!));
    }
  });

  it('agree with the regexes on any text made of a few words', () => {
    const word = fc.constantFrom('the', 'The', 'THE', 'a', 'in', 'ſ', 's', 'S', 'Σ', 'σ', 'ς', 'café', 'CAFÉ', 'thé', 'ϑ', 'ϴ', 'θ', 'Θ', 'K', 'k', '\u212a', '\u212b', 'å', 'Å', 'ß', 'ẞ', 'ss', 'ΐ', '\u1fd3', 'ǅ', 'ǆ', 'Ǆ');
    const gap = fc.constantFrom(' ', '  ', ', ', '\n', '-', '');
    const text = fc.array(fc.tuple(word, gap), { maxLength: 8 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
    fc.assert(fc.property(text, (t) => { for (const re of PATTERNS) expect(testRepeat(re, t)).toBe(re.test(t)); }), { numRuns: 3000 });
  });
});
