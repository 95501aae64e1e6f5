/** Rule 10 of the teachers' review: a summary keeps the sentence that carries the answer's thesis. */
import { describe, expect, it } from 'vitest';
import { summariseAnswer, thesisWeight } from '../../../src/analyse/summary/index.js';
import { sentencesOf } from '../../../src/analyse/summary/sentences.js';
import { seedInterview, answererOf } from './articles.js';

const seed = seedInterview();
const summary = (n: number) => {
  const e = seed.exchanges[n - 1]!;
  return summariseAnswer(e.answer, answererOf(seed, e.answerers[0]), { question: e.question });
};

describe('thesis sentences', () => {
  it('knows a contrast that states the point and a paragraph\'s opening claim of what must happen', () => {
    const all = sentencesOf([
      { number: 1, text: "It's not so much about expected tangible economic benefits but about hurting national pride. Canadians felt betrayed." },
      { number: 2, text: 'Canada and China must build mutual trust first. It takes time.' },
    ]);
    expect(all.map((s) => thesisWeight(s, all) > 1)).toEqual([true, false, true, false]);
  });

  it('keeps the "not so much X but Y" sentence of seed §3', () => {
    expect(summary(3).summary).toMatch(/not so much about expected tangible economic benefits but about hurting national pride/);
  });

  it('keeps the thesis of the second paragraph of seed §1, not only the first paragraph', () => {
    expect(summary(1).sentences.some((s) => s.paragraph === 4)).toBe(true);
  });

  it('keeps the turn that says what Carney must do in seed §2', () => {
    expect(summary(2).summary).toMatch(/put every contentious issue on the table/);
  });
});
