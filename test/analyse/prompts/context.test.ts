import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { KeyTerm } from '../../../src/model.js';
import { findAsWritten, forgetFormPatterns } from '../../../src/analyse/prompts/context.js';

const term = (t: string, variants: string[] = []): KeyTerm => ({ term: t, variants, definition: '', kind: 'concept', firstParagraph: 1, source: 'context' });

/** The definition findAsWritten must keep: one pattern with Unicode lookarounds. */
function reference(text: string, t: KeyTerm): string | null {
  for (const form of [t.term, ...(t.variants ?? [])]) {
    if (form.length < 3) continue;
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    const m = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').exec(text);
    if (m) return m[0].replace(/\s+/g, ' ');
  }
  return null;
}

describe('findAsWritten', () => {
  it('returns the term as the text writes it, as a whole word', () => {
    expect(findAsWritten('Critical\n minerals matter; so do supercritical minerals.', term('critical minerals'))).toBe('Critical minerals');
    expect(findAsWritten('The tariffs2 and tariffs.', term('tariffs'))).toBe('tariffs');
    expect(findAsWritten('No such word here.', term('trade', ['trading']))).toBeNull();
    expect(findAsWritten('We kept trading.', term('trade', ['trading']))).toBe('trading');
  });

  it('reads letters beyond the BMP as letters on either side', () => {
    expect(findAsWritten('𝐀trade trade𝐀 (trade)', term('trade'))).toBe('trade');
    expect(findAsWritten('𝐀trade', term('trade'))).toBeNull();
  });

  it('agrees with the single-pattern definition', () => {
    // With letters that case-insensitive patterns and toLowerCase() treat differently (ſ, the Kelvin
    // sign, final sigma, micro sign, dotted capital I): the folded text it searches first must keep every match.
    const alphabet = fc.constantFrom('a', 'b', 'A', 'B', ' ', '\n', '-', '1', 'é', 'É', 'ſ', 's', 'S', 'K', '\u212a', 'k', '𝐀', '.', '(', 'Σ', 'σ', 'ς', 'µ', 'μ', 'İ', 'i');
    const word = fc.array(alphabet, { minLength: 0, maxLength: 6 }).map((cs) => cs.join(''));
    const text = fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, word, fc.array(word, { maxLength: 2 }), (t, w, vs) => {
        const k = term(w, vs);
        expect(findAsWritten(t, k)).toBe(reference(t, k));
      }),
      { numRuns: 1500 },
    );
  });

  it('gives the same answers from a remembered pattern, whatever the last search left, and after forgetting', () => {
    const texts = ['A long text that ends with the word trade.', 'trade', 'No match.', 'Trade first, then trade.', 'retrade trade'];
    const want = texts.map((t) => reference(t, term('trade')));
    expect(texts.map((t) => findAsWritten(t, term('trade')))).toEqual(want);
    expect([...texts].reverse().map((t) => findAsWritten(t, term('trade')))).toEqual([...want].reverse());
    forgetFormPatterns();
    expect(texts.map((t) => findAsWritten(t, term('trade')))).toEqual(want);
    expect(findAsWritten('trade  \n x', term('trade '))).toBe(reference('trade  \n x', term('trade ')));
  });
});
