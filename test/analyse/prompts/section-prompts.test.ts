import { describe, expect, it } from 'vitest';
import type { Exchange, Interview, Prompt } from '../../../src/model.js';
import { writeSectionPrompts, isWellFormed } from '../../../src/analyse/prompts/index.js';
import { promptCases, seedTerms } from './fixtures.js';
import { seedInterview } from '../summary/articles.js';

/** The article's text, for checking that quoted phrases are exact. */
function articleText(iv: Interview): string {
  return [iv.title ?? '', iv.kicker ?? '', ...iv.context.map((p) => p.text), ...iv.exchanges.flatMap((e) => [...e.question, ...e.answer].map((p) => p.text))]
    .join('\n')
    .replace(/\s+/g, ' ')
    .replace(/["“”‘’]/g, "'");
}

const TEMPLATE_WORDS = new Set('what does mean your own words this answer and how relate why think that claim give evidence examples supports support agree would someone who disagrees say predicts likely could prove prediction wrong argues says similar advice make sense country not situation involving handled example life school community fits contradicts question asks which sentence responds most directly leave out fully respond else want explain points show strong two things being contrasted difference matter argument fit together also cites quotation marks phrase refer put saying here see main think interviewee interviewer work project the for with from into about are was were its their there them they can you how far'.split(' '));

function check(iv: Interview, e: Exchange, prompts: Prompt[]): void {
  expect(prompts.length).toBeGreaterThanOrEqual(4);
  expect(new Set(prompts.map((p) => p.level)).size).toBeGreaterThanOrEqual(3);
  expect(new Set(prompts.map((p) => p.text)).size).toBe(prompts.length);
  const own = new Map([...e.question, ...e.answer].map((p) => [p.number, p.text.replace(/\s+/g, ' ')]));
  const text = articleText(iv);
  for (const p of prompts) {
    expect(isWellFormed(p), p.text).toBe(true);
    expect(p.text).toMatch(/\?$/);
    expect(p.text).not.toMatch(/undefined|null|NaN|[{}]|\s{2}|¶/);
    expect(p.text).not.toMatch(/(?:^|[^\p{L}])(\p{L}+) \1(?![\p{L}])/iu);
    expect(p.paragraphs.length).toBeGreaterThan(0);
    for (const n of p.paragraphs) expect(own.has(n), `¶${n} in §${e.number}`).toBe(true);
    expect(p.evidence?.length).toBeGreaterThan(0);
    for (const ev of p.evidence ?? []) expect(own.get(ev.paragraph)).toContain(ev.text.replace(/\s+/g, ' '));
    // Exact phrases: whatever is quoted is in the article word for word.
    for (const m of p.text.matchAll(/“([^”]+)”/g)) {
      const phrase = m[1]!.replace(/[‘’]/g, "'").replace(/[?.!]$/, '');
      expect(text.toLowerCase(), `quoted: ${phrase}`).toContain(phrase.toLowerCase());
    }
    // Grounded: it carries words of this section beyond the template's own.
    const section = [...own.values()].join(' ').toLowerCase();
    const specific = (p.text.toLowerCase().match(/[\p{L}][\p{L}'’-]{3,}/gu) ?? []).filter((w) => !TEMPLATE_WORDS.has(w) && section.includes(w));
    const quotesSection = [...p.text.matchAll(/“([^”]+)”/g)].some((m) => section.includes(m[1]!.toLowerCase().replace(/[?.!]$/, '')));
    expect(new Set(specific).size >= 2 || quotesSection, p.text).toBe(true);
  }
}

describe('writeSectionPrompts', () => {
  for (const c of promptCases()) {
    for (const e of c.interview.exchanges.filter((x) => x.answer.length)) {
      it(`${c.name} §${e.number}: four or more grounded, well-formed prompts over three or more levels`, () => {
        check(c.interview, e, writeSectionPrompts({ exchange: e, interview: c.interview, keyTerms: c.terms[e.number - 1] ?? [] }));
      });
    }
  }

  const seed = seedInterview();
  const prompts = (n: number) => writeSectionPrompts({ exchange: seed.exchanges[n - 1]!, interview: seed, keyTerms: seedTerms[n - 1]! });

  it('asks what the speaker means by a key concept, quoting it as written', () => {
    expect(prompts(5).some((p) => p.level === 'understand' && p.text.includes('“path dependence”'))).toBe(true);
    expect(prompts(3).some((p) => p.text.includes('“diversification of trade”'))).toBe(true);
  });

  it('builds analysis prompts from reasons, drivers and evidence', () => {
    expect(prompts(4).some((p) => p.level === 'analyse' && /main driver of Carney's rapprochement to China/.test(p.text))).toBe(true);
    expect(prompts(3).some((p) => p.level === 'analyse' && /54 percent/.test(p.text))).toBe(true);
  });

  it('asks students to evaluate recommendations and predictions, and to hear the other side', () => {
    const all = seed.exchanges.flatMap((_, i) => prompts(i + 1));
    expect(all.some((p) => p.level === 'evaluate' && /What would someone who disagrees say\?$/.test(p.text))).toBe(true);
    expect(all.some((p) => /predicts that the window of opportunity will not last forever/.test(p.text))).toBe(true);
  });

  it('connects to the students\' own country', () => {
    for (let n = 1; n <= 7; n++) expect(prompts(n).some((p) => p.level === 'connect' && /your own/.test(p.text)), `§${n}`).toBe(true);
  });

  it('never repeats a prompt across the guide and gives nothing for an unanswered question', () => {
    const all = seed.exchanges.flatMap((_, i) => prompts(i + 1).map((p) => p.text));
    expect(new Set(all).size).toBe(all.length);
    const unanswered = { ...seed.exchanges[0]!, answer: [] };
    expect(writeSectionPrompts({ exchange: unanswered, interview: seed, keyTerms: [] })).toEqual([]);
  });

  it('is deterministic', () => {
    expect(prompts(2)).toEqual(prompts(2));
  });
});

describe('writeSectionPrompts on awkward answers', () => {
  const seed = seedInterview();
  const exchange = (answer: string): Exchange => ({
    number: 9, asker: 'GT', answerers: ['JCR'],
    question: [{ number: 40, text: 'Should Canada diversify its trade away from the United States market?', speaker: 'GT' }],
    answer: [{ number: 41, text: answer, speaker: 'JCR' }],
  });

  it('still writes four well-formed prompts for a one-line answer', () => {
    const prompts = writeSectionPrompts({ exchange: exchange('Yes, absolutely, and the sooner Canada does it the better.'), interview: seed, keyTerms: [] });
    expect(prompts.length).toBeGreaterThanOrEqual(4);
    expect(new Set(prompts.map((p) => p.level)).size).toBeGreaterThanOrEqual(3);
    for (const p of prompts) expect(isWellFormed(p), p.text).toBe(true);
  });

  it('copes with unicode, curly quotes and a speaker without a name', () => {
    const anonymous = { ...seed, speakers: seed.speakers.map((s) => ({ ...s, name: null })) };
    const prompts = writeSectionPrompts({ exchange: exchange('Canada’s “Team Canada” approach must change: diversification is the only safe path for Québec’s exporters.'), interview: anonymous, keyTerms: [] });
    expect(prompts.length).toBeGreaterThanOrEqual(4);
    for (const p of prompts) {
      expect(isWellFormed(p), p.text).toBe(true);
      expect(p.text).not.toMatch(/\bnull\b/);
    }
  });
});
