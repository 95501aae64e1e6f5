import { describe, expect, it } from 'vitest';
import type { KeyTerm } from '../../src/model.js';
import { buildGlossaryFromSections, mentions } from '../../src/analyse/glossary.js';

const term = (t: string, variants?: string[]): KeyTerm => ({ term: t, definition: `About ${t}.`, kind: 'concept', firstParagraph: 1, source: 'context', ...(variants ? { variants } : {}) });

describe('buildGlossaryFromSections', () => {
  it('sorts as localeCompare with base sensitivity does', () => {
    const names = ['zeta', 'Éclair', 'eclair', 'apple', 'Apple pie', 'ÄRGER', 'arger', 'b2b', 'B-side', 'Ōtautahi', 'otter', '10 Downing', '2nd', 'naïve', 'Naive'];
    const glossary = buildGlossaryFromSections([names.map((n) => term(n))], ['text'], [1]);
    const expected = [...new Set(names.map((n) => n.toLowerCase()))]
      .map((k) => names.find((n) => n.toLowerCase() === k)!)
      .sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
    expect(glossary.map((g) => g.term)).toEqual(expected);
  });

  it('lists every section whose text mentions a form as a whole word', () => {
    const glossary = buildGlossaryFromSections([[term('AI', ['artificial intelligence'])]], ['we said again', 'ai, and more', 'about artificial intelligence.', 'é-ai'], [1, 2, 3, 4]);
    expect(glossary[0]!.sections).toEqual([1, 2, 3, 4]);
    expect(mentions('said', 'ai')).toBe(false);
    expect(mentions('éai', 'ai')).toBe(false);
    expect(mentions('😀ai', 'ai')).toBe(true);
  });
});
