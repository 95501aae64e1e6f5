import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isDescribed } from '../../../src/analyse/prompts/support.js';

/** The definition isDescribed must keep: one pattern per name, the name escaped, flag u. */
function reference(text: string, name: string): boolean {
  const n = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:\\p{Lu}\\p{Ll}+ )+${n}|${n}(?:\\s*\\([^)]*\\))?, (?:a|an|the|who|which|\\p{Ll}+ (?:of|at|for))\\b|${n} (?:is|was) (?:a|an|the)\\b`, 'u').test(text);
}

describe('isDescribed', () => {
  it('finds a title before the name, a description after it, or "is a"', () => {
    expect(isDescribed('Ambassador Meng spoke.', 'Meng')).toBe(true);
    expect(isDescribed('Meng Wanzhou, the chief financial officer, was held.', 'Meng Wanzhou')).toBe(true);
    expect(isDescribed('Meng (CFO), who was held, left.', 'Meng')).toBe(true);
    expect(isDescribed('Carney, head of the government, said so.', 'Carney')).toBe(true);
    expect(isDescribed('Huawei is a company.', 'Huawei')).toBe(true);
    expect(isDescribed('We met Meng and left.', 'Meng')).toBe(false);
    expect(isDescribed('No name here.', 'Meng')).toBe(false);
  });

  it('agrees with the one-pattern definition', () => {
    // Words, the pieces the pattern looks for, letters beyond the BMP and half of a surrogate pair.
    const piece = fc.constantFrom('Meng', 'Me', 'ng', 'A', 'Ab', 'ab', 'É', 'é', ' ', ', ', ', the', ', a', ' is a', ' was the', 'who', ' of', '(', ')', 'x', '.', '𝐀', '\ud835', '\udc00', 'σ', 'Σ');
    const text = fc.array(piece, { maxLength: 14 }).map((ps) => ps.join(''));
    const name = fc.constantFrom('Meng', 'Me', 'A', 'Ab', 'É', '𝐀', '\udc00', 'a.b', 'x(', '');
    fc.assert(
      fc.property(text, name, (t, n) => {
        expect(isDescribed(t, n)).toBe(reference(t, n));
      }),
      { numRuns: 3000 },
    );
  });
});
