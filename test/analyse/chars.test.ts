import { describe, expect, it } from 'vitest';
import { hasLetterOrDigit, isLetterOrDigitAt } from '../../src/analyse/chars.js';

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
