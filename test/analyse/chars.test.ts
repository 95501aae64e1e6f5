import { describe, expect, it } from 'vitest';
import { collapseSpaces, hasLetterOrDigit, isLetterOrDigitAt, spaceSplitLength } from '../../src/analyse/chars.js';

const REGEX = /[\p{L}\p{N}]/u;

describe('hasLetterOrDigit', () => {
  it.each([
    '', ' ', '.', '—', '“', '”', '...', '!?', 'a', 'Z', '0', '9', '@', '`', '[', '{', '/', ':',
    'é', 'É', 'ß', '中', '٣', '²', 'Ⅻ', '½', '“é”', '—a', '€', '😀', '𝐀', '𝟙', '\u00a0', '\u0301', '-–—', "'’",
  ])('%j agrees with the Unicode regex', (text) => {
    expect(hasLetterOrDigit(text)).toBe(REGEX.test(text));
  });

  it('agrees with the regex on every single BMP character', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (hasLetterOrDigit(ch) !== REGEX.test(ch)) throw new Error(`differs at U+${c.toString(16)}`);
    }
  });
});

describe('isLetterOrDigitAt', () => {
  it('agrees with testing the code unit with the Unicode regex, and is false outside the text', () => {
    const text = 'aZ0 .—é中😀𝐀٣\u00a0x';
    for (let i = -2; i < text.length + 2; i++) expect(isLetterOrDigitAt(text, i)).toBe(REGEX.test(text[i] ?? ' '));
  });
});

describe('spaceSplitLength', () => {
  it('is the length of split(/\\s+/) for any mix of spaces, letters and other white space', () => {
    const parts = [' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', '\u200b', 'a', 'bc', '—', '😀', '\u180e'];
    for (const fixed of ['', ' ', 'a', ' a ', 'a  b', '\u00a0x\u00a0']) expect(spaceSplitLength(fixed)).toBe(fixed.split(/\s+/).length);
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let k = 0; k < 3000; k++) {
      const text = Array.from({ length: next() % 9 }, () => parts[next() % parts.length]).join('');
      expect(spaceSplitLength(text)).toBe(text.split(/\s+/).length);
    }
  });
});

describe('collapseSpaces', () => {
  it("is replace(/\\s+/g, ' ') for any mix of spaces, letters and other white space", () => {
    const parts = [' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\ufeff', '\u2028', '\u200b', 'a', 'bc', '—', '😀'];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let k = 0; k < 3000; k++) {
      const text = Array.from({ length: next() % 9 }, () => parts[next() % parts.length]).join('');
      expect(collapseSpaces(text)).toBe(text.replace(/\s+/g, ' '));
    }
  });
});

describe('wholeLiteralFrom and wholeUses', () => {
  it('find what the whole-word \\p{L} pattern finds, one match after another', async () => {
    const fc = (await import('fast-check')).default;
    const { wholeLiteralFrom } = await import('../../src/analyse/chars.js');
    const { wholeUses } = await import('../../src/analyse/prompts/around.js');
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const alphabet = fc.constantFrom('a', 'b', 'A', 'é', ' ', '-', '.', '1', '𝐀', '\ud835', '\udc00', 'ab', 'ba');
    const str = (min: number, max: number) => fc.array(alphabet, { minLength: min, maxLength: max }).map((cs) => cs.join(''));
    fc.assert(fc.property(str(0, 30), str(0, 3), fc.nat(30), (text, lit, from) => {
      const re = new RegExp(`(?<![\\p{L}])${esc(lit)}(?![\\p{L}])`, 'gu');
      expect(wholeUses(text, lit)).toEqual([...text.matchAll(re)].map((m) => m.index));
      if (lit !== '') {
        re.lastIndex = from;
        const m = from <= text.length ? re.exec(text) : null;
        expect(wholeLiteralFrom(text, lit, from)).toBe(m ? m.index : -1);
      }
    }), { numRuns: 5000 });
  });
});
