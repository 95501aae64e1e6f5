/** The substring index answers which texts may hold a string, and long articles' lookups find what searching found (issue 7). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourcedSentence } from '../../src/model.js';
import { buildSubstringIndex, INDEX_FROM_CHARS } from '../../src/analyse/substring-index.js';
import { sentencesContaining } from '../../src/analyse/definitions/prefilter.js';
import { buildGlossaryFromSections } from '../../src/analyse/glossary.js';
import type { KeyTerm } from '../../src/model.js';

// Few letters, so that needles are often found, across the texts and inside words.
const text = fc.stringMatching(/^[abcé ſS\-]{0,60}$/);

describe('the substring index', () => {
  it('gives every text that holds the needle, in order, each once', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 25 }), fc.stringMatching(/^[abcé ſS\-]{0,6}$/), (texts, needle) => {
        const candidates = buildSubstringIndex(texts).candidates(needle);
        if (needle.length < 3) {
          expect(candidates).toBeNull();
          return;
        }
        const holding = texts.flatMap((t, i) => (t.includes(needle) ? [i] : []));
        expect(candidates).not.toBeNull();
        // A superset, in order, without repeats: the caller checks each candidate.
        expect([...candidates!].sort((a, b) => a - b)).toEqual([...new Set(candidates)]);
        expect(holding.every((i) => candidates!.includes(i))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('narrows the texts to those that share every three characters of the needle', () => {
    const index = buildSubstringIndex(['the trade talks', 'a diversification of trade', 'nothing else', 'Meng Wanzhou said']);
    expect(index.candidates('Wanzhou')).toEqual([3]);
    expect(index.candidates('trade')).toEqual([0, 1]);
    expect(index.candidates('tariff')).toEqual([]);
  });

  it('leaves out a text that holds each piece of the needle but not all of them', () => {
    // "kalo" and "lomi" share their three-unit pieces with "kalomi" only in part: no text holds "alom".
    const index = buildSubstringIndex(['kalo ten', 'lomi vor', 'vorkalomi', 'tenvor']);
    expect(index.candidates('kalomi')).toEqual([2]);
    expect(index.candidates('tenvor')).toEqual([3]);
    expect(index.candidates('vorten')).toEqual([]);
  });
});

describe('lookups in a long article', () => {
  // Sentences enough to pass INDEX_FROM_CHARS, with names that recur in some of them.
  const names = ['Meng Wanzhou', 'trade diversification', 'ſtate media', 'Global Times', 'GT'];
  const filler = 'The two countries talked about many other things at some length in the meantime. ';
  const sentences: SourcedSentence[] = Array.from({ length: Math.ceil(INDEX_FROM_CHARS / filler.length) + 40 }, (_, i) => ({
    text: `${i % 7 === 0 ? `${names[i % names.length]} ` : ''}${filler}${i % 11 === 0 ? 'STATE MEDIA said so.' : ''}`,
    paragraph: i + 1,
  }));

  it('finds the sentences holding a name as searching them one by one does', () => {
    for (const name of [...names, 'state media', 'Wanzhou', 'nowhere at all', 'ab']) {
      for (const ignoreCase of [true, false]) {
        const searched = sentences.filter((s) => (ignoreCase ? s.text.toLowerCase().replace(/ſ/g, 's').includes(name.toLowerCase().replace(/ſ/g, 's')) : s.text.includes(name)));
        expect(sentencesContaining(sentences, name, ignoreCase)).toEqual(searched);
      }
    }
  });

  it('gives the glossary the sections that mention each term, as searching every section does', () => {
    const texts = sentences.map((s) => s.text.toLowerCase());
    const term = (t: string): KeyTerm => ({ term: t, definition: 'd', kind: 'concept', firstParagraph: 1, source: 'article' });
    const glossary = buildGlossaryFromSections([names.map(term)], texts, texts.map((_, i) => i + 1));
    for (const entry of glossary) {
      const expected = texts.flatMap((t, i) => (new RegExp(`(?<![\\p{L}\\p{N}])${entry.term.toLowerCase()}(?![\\p{L}\\p{N}])`, 'u').test(t) ? [i + 1] : []));
      expect(entry.sections).toEqual([...new Set([1, ...expected])].sort((a, b) => a - b));
    }
  });
});
