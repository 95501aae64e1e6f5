import { describe, expect, it } from 'vitest';
import type { Interview } from '../../../src/model.js';
import { summariseAnswer } from '../../../src/analyse/summary/index.js';
import { countWords } from '../../../src/analyse/summary/sentences.js';
import { seedInterview, muffsyInterview, boydInterview, answererOf } from './articles.js';

const articles: [string, () => Interview][] = [['seed', seedInterview], ['muffsy', muffsyInterview], ['boyd', boydInterview]];

/** The summary sentence with the speaker's name and quotation marks taken off, for finding it in the source. */
function core(sentence: string): string {
  return sentence
    .replace(/^.{1,40}? (?:says|argues|adds)(?: that|:) /, '')
    .replace(/^“|”$/g, '')
    .replace(/[‘’]/g, (q) => q)
    .replace(/[.!?]["”’]?$/, '')
    .trim()
    .toLowerCase();
}

describe('summariseAnswer', () => {
  it('returns nothing for an empty answer', () => {
    expect(summariseAnswer([], { name: 'Dr Julián Castro-Rea', label: 'JCR' })).toEqual({ summary: '', sentences: [] });
  });

  it('never leads with a question, even one that names "the key question"', () => {
    const answer = [
      { number: 1, text: 'I want to talk with you about two incidents today: an update on the dam and some information on the pipes.' },
      { number: 2, text: 'The dam holds a third less water than it did, because silt has filled the bottom.' },
      { number: 3, text: 'Back to the key question of what are we doing about the pipes work?' },
      { number: 4, text: 'We have been working incredibly hard across government and the private sector.' },
    ];
    const r = summariseAnswer(answer, { name: null, label: 'SENIOR ADMINISTRATION OFFICIAL' });
    expect(r.summary).not.toMatch(/\?/);
  });

  it('keeps a name its owner writes in lower case at the start of a sentence', () => {
    const answer = [{ number: 1, text: 'I study how teenagers use social media, and I spend most of my time puzzling over technology and social practice.' }];
    expect(summariseAnswer(answer, { name: 'danah boyd', label: 'A' }).summary).toMatch(/^boyd (?:says|adds|argues)/);
  });

  for (const [name, build] of articles) {
    const iv = build();
    for (const e of iv.exchanges.filter((x) => x.answer.length)) {
      it(`${name} §${e.number}: one or two faithful sentences of about 50 words`, () => {
        const speaker = answererOf(iv, e.answerers[0]);
        const r = summariseAnswer(e.answer, speaker, { question: e.question });
        expect(r.sentences.length).toBeGreaterThanOrEqual(1);
        expect(r.sentences.length).toBeLessThanOrEqual(2);
        expect(countWords(r.summary)).toBeLessThanOrEqual(62);
        expect(r.summary).not.toMatch(/undefined|null|\s{2}/);
        const paragraphs = new Map(e.answer.map((p) => [p.number, p.text]));
        for (const s of r.sentences) expect(paragraphs.get(s.paragraph)).toContain(s.text);
        // Each sentence of the summary is its source sentence, less a lead clause, with the speaker named.
        const answerText = e.answer.map((p) => p.text).join(' ').toLowerCase();
        const words = (t: string) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
        const source = new Set(words(answerText));
        const own = new Set(words(`${speaker.name ?? ''} ${speaker.label} says argues adds answers that s`));
        const added = words(core(r.summary)).filter((w) => !source.has(w) && !own.has(w));
        expect(added).toEqual([]);
        if (speaker.name) expect(r.summary.toLowerCase().startsWith(speaker.name.split(' ').pop()!.toLowerCase())).toBe(true);
      });
    }
  }

  it('names the speaker by surname and trims the lead clause', () => {
    const iv = seedInterview();
    const e = iv.exchanges[3]!;
    const r = summariseAnswer(e.answer, answererOf(iv, 'JCR'), { question: e.question });
    expect(r.summary).toMatch(/^Castro-Rea argues that the main driver of Carney's rapprochement to China is the deterioration of Canada-US relations\./);
    expect(r.summary).not.toContain('Without question');
  });

  it('keeps the sentences in text order', () => {
    const iv = seedInterview();
    for (const e of iv.exchanges) {
      const r = summariseAnswer(e.answer, answererOf(iv, 'JCR'), { question: e.question });
      const order = r.sentences.map((s) => e.answer.findIndex((p) => p.number === s.paragraph) * 1000 + e.answer.find((p) => p.number === s.paragraph)!.text.indexOf(s.text));
      expect([...order].sort((a, b) => a - b)).toEqual(order);
    }
  });

  it('quotes a first-person sentence rather than guessing a pronoun', () => {
    const r = summariseAnswer([{ number: 1, text: 'I went to a military school of electrical engineering. Electronics has stayed with me ever since, and kits are a hobby.' }], { name: 'Håvard Skrödahl', label: 'A' });
    expect(r.summary).toMatch(/Skrödahl (?:says|adds): “I went to a military school of electrical engineering\.”|Skrödahl says that electronics/);
    expect(r.summary).not.toMatch(/\b(?:he|she)\b/);
  });

  it('is deterministic', () => {
    const iv = seedInterview();
    const e = iv.exchanges[4]!;
    expect(summariseAnswer(e.answer, answererOf(iv, 'JCR'))).toEqual(summariseAnswer(e.answer, answererOf(iv, 'JCR')));
  });
});

describe('answers that lean on the question', () => {
  it('quotes a fragment instead of reporting it after "says that"', async () => {
    const { summariseAnswer } = await import('../../../src/analyse/summary/index.js');
    const speaker = { name: 'Eva Lund', label: 'EL' };
    expect(summariseAnswer([{ number: 4, text: 'About twelve million, shared with the region.' }], speaker).summary).toBe('Lund answers: “About twelve million, shared with the region.”');
    expect(summariseAnswer([{ number: 4, text: 'When my hands stop.' }], speaker).summary).toBe('Lund answers: “When my hands stop.”');
  });
});
