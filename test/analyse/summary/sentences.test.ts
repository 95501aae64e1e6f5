import { describe, expect, it } from 'vitest';
import { contentLemmas, isWord, sentencesOf, taggedAlone, tokensAlone } from '../../../src/analyse/summary/sentences.js';
import { forgetTagged, tagText } from '../../../src/analyse/nlp.js';

const paragraphs = [
  { number: 1, text: 'Canada wants stronger trade with China. — “Really?” ...' },
  { number: 2, text: 'Canada wants stronger trade with China. The ministers met in Ottawa.' },
];

/** What sentencesOf gave before its per-sentence facts were remembered. */
function fresh(ps: typeof paragraphs) {
  const out = [];
  for (const p of ps) {
    for (const s of tagText(p.text)) {
      const text = s.text.trim();
      if (!/[\p{L}\p{N}]/u.test(text)) continue;
      out.push({ text, paragraph: p.number, index: out.length, tokens: s.tokens, lemmas: contentLemmas(s.tokens), words: s.tokens.filter(isWord).length });
    }
  }
  return out;
}

describe('sentencesOf', () => {
  it('gives the same sentences when asked again, and the same as computing them afresh', () => {
    forgetTagged();
    const first = sentencesOf(paragraphs);
    const again = sentencesOf(paragraphs);
    expect(again).toEqual(first);
    expect(first).toEqual(fresh(paragraphs));
    // Numbering depends on the call, not on what was remembered.
    expect(sentencesOf(paragraphs.slice(1)).map((s) => s.index)).toEqual([0, 1]);
  });

  it('shares lemma arrays only frozen, so no caller can change another one', () => {
    forgetTagged();
    const [a] = sentencesOf(paragraphs);
    const [b] = sentencesOf(paragraphs);
    expect(Object.isFrozen(a!.lemmas)).toBe(true);
    expect(() => (a!.lemmas as string[]).push('x')).toThrow();
    expect(b!.lemmas).toEqual(fresh(paragraphs)[0]!.lemmas);
  });

  it('gives the same answers after the tagging is forgotten', () => {
    forgetTagged();
    const before = sentencesOf(paragraphs);
    forgetTagged();
    expect(sentencesOf(paragraphs)).toEqual(before);
  });
});

describe('answers remembered per tagged sentence', () => {
  it('score sentences as afresh, and never answer for another text on the same tokens', async () => {
    const { scoreSentences } = await import('../../../src/analyse/summary/index.js');
    const { remembered } = await import('../../../src/analyse/summary/sentences.js');
    forgetTagged();
    const text = 'Thank you for the question. The very very central point is trade. Is it? As I said, Canada wants more trade with China.';
    const ss = sentencesOf([{ number: 1, text }]);
    const fresh = ss.map((s) => ({ ...s, tokens: [...s.tokens] }));
    const want = scoreSentences(fresh).scores;
    expect(scoreSentences(ss).scores).toEqual(want);
    expect(scoreSentences(ss).scores).toEqual(want);
    expect(scoreSentences(sentencesOf([{ number: 1, text }])).scores).toEqual(want);

    const memo = new WeakMap();
    const s = ss[1]!;
    expect(remembered(memo, s, () => s.text)).toBe(s.text);
    const other = { ...s, text: 'Another text on the same tokens.' };
    expect(remembered(memo, other, () => other.text)).toBe(other.text);
    const fewer = { ...s, words: s.words - 1 };
    expect(remembered(memo, fewer, () => 'recomputed')).toBe('recomputed');
  });
});

describe('a sentence tagged alone', () => {
  // The summaries (rewriteSentence) and the prompts (reportClause, makeStatement) take a sentence's
  // paragraph tokens when they quote it as it stands, instead of tagging it again: that is right only
  // while wink tags each sentence on its own. Checked on every article of the fixtures.
  it('gets the tokens it has in its paragraph but for the space before the first, for every sentence of the fixtures’ articles', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const path = await import('node:path');
    const { parseInterview } = await import('../../../src/parse/index.js');
    const dirs = ['input', 'test/fixtures/parse/corpus', 'test/fixtures/parse/shapes', 'test/fixtures/parse/seed'];
    let sentences = 0;
    for (const dir of dirs) {
      for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
        const interview = parseInterview(readFileSync(path.join(dir, name), 'utf8'), name);
        for (const p of [...interview.context, ...interview.exchanges.flatMap((e) => [...e.question, ...e.answer])]) {
          for (const s of tagText(p.text)) {
            const alone = tagText(s.text.trim()).flatMap((t) => t.tokens);
            expect(alone, s.text).toEqual(taggedAlone(s.tokens));
            sentences++;
          }
        }
      }
    }
    expect(sentences).toBeGreaterThan(400);
    expect(taggedAlone([])).toEqual([]);
  });

  it('tokensAlone takes a sentence’s own tokens for its text as it stands, and tags any other text', () => {
    forgetTagged();
    const [, second] = sentencesOf([{ number: 1, text: 'Canada wants stronger trade with China. The ministers met in Ottawa.' }]);
    expect(second!.text).toBe('The ministers met in Ottawa.');
    const own = tokensAlone(second!, second!.text);
    expect(own).toEqual(tagText(second!.text).flatMap((t) => t.tokens));
    // Taken from the paragraph, not tagged again: the same token objects after the first.
    expect(own[1]).toBe(second!.tokens[1]);
    expect(own.slice(1)).toEqual(second!.tokens.slice(1));
    const trimmed = 'ministers met in Ottawa.';
    expect(tokensAlone(second!, trimmed)).toEqual(tagText(trimmed).flatMap((t) => t.tokens));
    expect(tokensAlone(trimmed, trimmed)).toEqual(tagText(trimmed).flatMap((t) => t.tokens));
  });
});
