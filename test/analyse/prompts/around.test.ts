import { describe, expect, it } from 'vitest';
import type { Interview, Prompt } from '../../../src/model.js';
import { writeBeforeReading, writeAfterReading, writeReadingCritically, isOpinionPiece, isWellFormed } from '../../../src/analyse/prompts/index.js';
import { promptCases, seedTerms } from './fixtures.js';
import { seedInterview, muffsyInterview } from '../summary/articles.js';

function sectionOf(iv: Interview, paragraph: number): number | null {
  return iv.exchanges.find((e) => [...e.question, ...e.answer].some((p) => p.number === paragraph))?.number ?? null;
}

function wellFormed(prompts: readonly Prompt[]): void {
  expect(new Set(prompts.map((p) => p.text)).size).toBe(prompts.length);
  for (const p of prompts) {
    expect(isWellFormed(p), p.text).toBe(true);
    expect(p.text).not.toMatch(/undefined|null|[{}]|\s{2}|¶/);
  }
}

describe('before and after reading', () => {
  for (const c of promptCases()) {
    it(`${c.name}: two anticipation questions`, () => {
      const before = writeBeforeReading(c.interview, c.terms);
      expect(before).toHaveLength(2);
      wellFormed(before);
    });

    it(`${c.name}: two to four prompts, each across two or more sections`, () => {
      const after = writeAfterReading(c.interview, c.terms);
      expect(after.length).toBeGreaterThanOrEqual(2);
      expect(after.length).toBeLessThanOrEqual(4);
      wellFormed(after);
      for (const p of after) {
        const sections = new Set(p.paragraphs.map((n) => sectionOf(c.interview, n)).filter((n) => n !== null));
        expect(sections.size, p.text).toBeGreaterThanOrEqual(2);
      }
    });
  }

  it('grounds the seed\'s anticipation questions in its headline and editor\'s note', () => {
    const before = writeBeforeReading(seedInterview(), seedTerms).map((p) => p.text);
    expect(before.some((t) => t.includes('“Beijing, Ottawa should seize opportunity to build lasting ties beyond US influence”'))).toBe(true);
    expect(before.some((t) => t.includes('whether this visit can transform'))).toBe(true);
  });

  it('connects sections through a name or term that recurs', () => {
    const after = writeAfterReading(seedInterview(), seedTerms).map((p) => p.text);
    expect(after.some((t) => /Meng Wanzhou comes up in sections 1 and 4/.test(t))).toBe(true);
  });
});

describe('reading critically', () => {
  it('knows an opinion piece by its kicker or by premises in its questions', () => {
    const seed = seedInterview();
    expect(isOpinionPiece(seed)).toBe(true);
    expect(isOpinionPiece({ ...seed, kicker: null })).toBe(true);
    const plain = { ...seed, kicker: null, exchanges: seed.exchanges.map((e) => ({ ...e, question: e.question.map((p) => ({ ...p, text: p.text.replace(/Some (?:analysts suggest|observers say)/g, 'It seems') })) })) };
    expect(isOpinionPiece(plain)).toBe(false);
    expect(isOpinionPiece(muffsyInterview())).toBe(false);
    expect(isOpinionPiece({ ...muffsyInterview(), kicker: 'COMMENT' })).toBe(true);
  });

  it('is empty for a piece that is not opinion', () => {
    expect(writeReadingCritically(muffsyInterview())).toEqual([]);
  });

  it('asks about publisher, voices, fact and opinion, framing and other perspectives', () => {
    const prompts = writeReadingCritically(seedInterview());
    wellFormed(prompts);
    const texts = prompts.map((p) => p.text);
    expect(prompts.length).toBeGreaterThanOrEqual(4);
    expect(texts.some((t) => t.includes('Global Times') && t.includes('“OPINION / VIEWPOINT”'))).toBe(true);
    expect(texts.some((t) => /voices/.test(t) && t.includes('Xia Wenxin'))).toBe(true);
    expect(texts.some((t) => /fact/.test(t) && /opinion/.test(t))).toBe(true);
    expect(texts.some((t) => t.includes('“Some analysts suggest this visit is a move to reduce Canada\'s over-reliance on the US'))).toBe(true);
    expect(texts.some((t) => /another source/.test(t))).toBe(true);
  });
});
