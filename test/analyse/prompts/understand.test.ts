import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { caseAsUsed, withArticle } from '../../../src/analyse/prompts/understand.js';

/** withArticle as it was before its answers were remembered. */
function reference(name: string, text: string): string {
  if (/^the /i.test(name)) return name;
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const withThe = text.match(new RegExp(`\\bthe ${esc}`, 'gi'))?.length ?? 0;
  const all = text.match(new RegExp(`(?<![\\p{L}])${esc}`, 'gu'))?.length ?? 0;
  return withThe * 2 >= all && withThe > 0 ? `the ${name}` : name;
}

describe('withArticle, remembered per passage', () => {
  it('answers each name in each passage as it would afresh, also past the bound on passages', () => {
    const names = ['Biden administration', 'Ottawa', 'European Union', 'The Hague', 'EU'];
    const texts = ['The Biden administration and the European Union met in Ottawa.', 'Ottawa, the EU and Biden administration officials.', 'the the Ottawa'];
    for (let round = 0; round < 3; round++) {
      for (let k = 0; k < 70; k++) {
        const text = `${texts[k % texts.length]} (${k})`;
        for (const name of names) expect(withArticle(name, text)).toBe(reference(name, text));
      }
    }
  });
});

/** caseAsUsed as it was, with a pattern per term. */
function caseReference(term: string, text: string): string {
  const lower = term[0]!.toLowerCase() + term.slice(1);
  if (lower === term) return term;
  const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}])${esc(lower)}`, 'u').test(text) || !new RegExp(`[\\p{L},;] ${esc(term)}`, 'u').test(text) ? lower : term;
}

describe('caseAsUsed without a pattern per term', () => {
  it('agrees with the patterns it replaces, surrogates and all', () => {
    const alphabet = fc.constantFrom('P', 'p', 'a', 'É', 'é', ' ', ',', ';', '.', '(', '𝐀', '𝐚', '\ud835', '\udc00', '\udc1a', 'İ', 'Σ');
    const str = (min: number, max: number) => fc.array(alphabet, { minLength: min, maxLength: max }).map((cs) => cs.join(''));
    fc.assert(fc.property(str(1, 4), str(0, 30), (term, text) => {
      expect(caseAsUsed(term, text)).toBe(caseReference(term, text));
      expect(caseAsUsed(term, `x, ${term} ${text}`)).toBe(caseReference(term, `x, ${term} ${text}`));
    }), { numRuns: 5000 });
    expect(caseAsUsed('Path dependence', 'Path dependence matters; so does path dependence.')).toBe('path dependence');
    expect(caseAsUsed('Canada', 'It is Canada, and Canada.')).toBe('Canada');
  });
});
