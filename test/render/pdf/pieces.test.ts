import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasNoTab, pieceEnd } from '../../../src/render/pdf/shared-fonts.js';

describe('pieceEnd', () => {
  it('ends a piece just after its first space or tab, else at the end', () => {
    expect(pieceEnd('one two', 0)).toBe(4);
    expect(pieceEnd('one two', 4)).toBe(7);
    expect(pieceEnd('a\tb c', 0)).toBe(2);
    expect(pieceEnd('  x', 0)).toBe(1);
    expect(pieceEnd('', 0)).toBe(0);
  });

  it('finds the same ends by the string’s own search when the text has no tab', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'é', ' ', '\u00a0', '.', '中', '\n'), { maxLength: 30 }), fc.nat(), (chars, n) => {
        const text = chars.join('');
        expect(hasNoTab(text)).toBe(true);
        const from = text.length ? n % (text.length + 1) : 0;
        expect(pieceEnd(text, from, true)).toBe(pieceEnd(text, from));
      }),
      { numRuns: 2000, seed: 5 },
    );
    expect(hasNoTab('a\tb')).toBe(false);
  });
});
