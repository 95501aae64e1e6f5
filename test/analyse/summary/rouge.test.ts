import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Interview } from '../../../src/model.js';
import { rouge1 } from '../../../src/analyse/summary/rouge.js';
import { summariseAnswer } from '../../../src/analyse/summary/index.js';
import { sentencesOf } from '../../../src/analyse/summary/sentences.js';
import { seedInterview, muffsyInterview, boydInterview, answererOf } from './articles.js';

interface References {
  readonly sections: readonly { readonly section: number; readonly reference: string }[];
}

function references(name: string): References {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../../fixtures/summaries/${name}.json`, import.meta.url)), 'utf8')) as References;
}

/** Mean ROUGE-1 F of the summariser and of the first-two-sentences baseline over an article's references. */
function score(iv: Interview, refs: References): { ours: number; lead: number } {
  let ours = 0;
  let lead = 0;
  for (const r of refs.sections) {
    const e = iv.exchanges.find((x) => x.number === r.section)!;
    const summary = summariseAnswer(e.answer, answererOf(iv, e.answerers[0]), { question: e.question }).summary;
    const baseline = sentencesOf(e.answer).slice(0, 2).map((s) => s.text).join(' ');
    ours += rouge1(summary, r.reference).f;
    lead += rouge1(baseline, r.reference).f;
  }
  return { ours: ours / refs.sections.length, lead: lead / refs.sections.length };
}

describe('rouge1', () => {
  it('is 1 for identical texts and 0 for disjoint ones', () => {
    expect(rouge1('Canada and China', 'canada and china').f).toBe(1);
    expect(rouge1('apples', 'pears').f).toBe(0);
    expect(rouge1('', 'pears').f).toBe(0);
  });

  it('clips repeated words', () => {
    const r = rouge1('the the the', 'the cat');
    expect(r.precision).toBeCloseTo(1 / 3);
    expect(r.recall).toBeCloseTo(1 / 2);
  });
});

describe('summaries against hand-written references', () => {
  const cases: [string, () => Interview][] = [['seed', seedInterview], ['muffsy', muffsyInterview], ['boyd', boydInterview]];
  const results = cases.map(([name, build]) => ({ name, ...score(build(), references(name)) }));

  it('has a reference for every section', () => {
    for (const [name, build] of cases) {
      const iv = build();
      expect(references(name).sections.map((s) => s.section)).toEqual(iv.exchanges.filter((e) => e.answer.length).map((e) => e.number));
    }
  });

  it('beats the two-lead-sentences baseline on average', () => {
    const ours = results.reduce((n, r) => n + r.ours, 0) / results.length;
    const lead = results.reduce((n, r) => n + r.lead, 0) / results.length;
    expect(ours).toBeGreaterThan(lead);
  });

  it('beats the baseline on the seed', () => {
    const seed = results.find((r) => r.name === 'seed')!;
    expect(seed.ours).toBeGreaterThan(seed.lead);
  });

  it('reports its scores', () => {
    for (const r of results) console.log(`ROUGE-1 F ${r.name}: ours ${r.ours.toFixed(3)}, lead-2 ${r.lead.toFixed(3)}`);
    expect(results.every((r) => r.ours > 0.2)).toBe(true);
  });
});
