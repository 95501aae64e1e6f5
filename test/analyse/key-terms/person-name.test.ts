import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isPersonName } from '../../../src/analyse/key-terms/rank.js';
import type { TermGroup } from '../../../src/analyse/key-terms/merge.js';
import type { Mention } from '../../../src/analyse/key-terms/candidates.js';

const group = (text: string, sentences: string[]): TermGroup => ({
  key: text.toLowerCase(), text, isName: true, variants: [], lemmas: text.toLowerCase().split(' '),
  mentions: sentences.map((s) => ({ sentence: { text: s } }) as unknown as Mention),
});

/** The definition isPersonName keeps for names it does not know: two patterns compiled for the name. */
function byPatterns(text: string, sentences: string[]): boolean {
  const n = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const says = new RegExp(`${n}(?:,\\s+who\\b|\\s+(?:said|says|told|argued|argues|explained|wrote|added|noted|believes|thinks)\\b)`, 'u');
  const pronoun = new RegExp(`${n}\\b.*\\b(?:he|she|his|her|him)\\b`, 'iu');
  return sentences.some((s) => says.test(s) || pronoun.test(s));
}

describe('isPersonName', () => {
  it('takes "X said", "X, who" and a later "he" or "her" as evidence', () => {
    expect(isPersonName(group('Tenvor Kalo', ['Tenvor Kalo said no.']))).toBe(true);
    expect(isPersonName(group('Tenvor Kalo', ['Tenvor Kalo, who came late, left.']))).toBe(true);
    expect(isPersonName(group('Tenvor Kalo', ['Tenvor Kalo came, and then he left.']))).toBe(true);
    expect(isPersonName(group('Tenvor Kalo', ['He met Tenvor Kalo.', 'The Tenvor Kalo treaty holds.']))).toBe(false);
  });

  it('agrees with the patterns compiled for the name', () => {
    const piece = fc.constantFrom('Tenvor Kalo', 'tenvor kalo', 'Tenvor', ' ', ', ', ',  who', ' who', ' said', ' says', ' saidx', ' he', ' HE', 'his', 'hers', '\n', '.', 'x', 'ſ', 'é', '𝐀', '\ud835', '\udc00');
    const sentence = fc.array(piece, { maxLength: 10 }).map((ps) => ps.join(''));
    const name = fc.constantFrom('Tenvor Kalo', 'Mo Li', 'A.B. Cole', 'Zoë Ng');
    fc.assert(
      fc.property(name, fc.array(sentence, { minLength: 1, maxLength: 3 }), (n, ss) => {
        const text = ss.map((s) => s.replace(/Tenvor Kalo/g, n));
        expect(isPersonName(group(n, text))).toBe(byPatterns(n, text));
      }),
      { numRuns: 3000 },
    );
  });
});
