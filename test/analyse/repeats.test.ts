import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayRepeat, testRepeat } from '../../src/analyse/repeats.js';

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
  });

  it('agree with the regexes on any text made of a few words', () => {
    const word = fc.constantFrom('the', 'The', 'THE', 'a', 'in', 'ſ', 's', 'S', 'Σ', 'σ', 'ς', 'café', 'CAFÉ', 'thé', 'ϑ', 'ϴ', 'θ', 'Θ', 'K', 'k', 'ß', 'ẞ');
    const gap = fc.constantFrom(' ', '  ', ', ', '\n', '-', '');
    const text = fc.array(fc.tuple(word, gap), { maxLength: 8 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
    fc.assert(fc.property(text, (t) => { for (const re of PATTERNS) expect(testRepeat(re, t)).toBe(re.test(t)); }), { numRuns: 3000 });
  });
});
