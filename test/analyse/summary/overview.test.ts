import { describe, expect, it } from 'vitest';
import { summariseInterview } from '../../../src/analyse/overview.js';
import { sentencesOf } from '../../../src/analyse/summary/sentences.js';
import { seedInterview, muffsyInterview, boydInterview } from './articles.js';

describe('summariseInterview', () => {
  it('leads with the interviewee\'s main claims and does not repeat the editor\'s note printed above it', () => {
    const iv = seedInterview();
    const o = summariseInterview(iv);
    expect(o).toMatch(/^Castro-Rea (?:says|argues) that /);
    for (const s of sentencesOf(iv.context)) expect(o).not.toContain(s.text.slice(0, 40));
    expect(o).not.toContain('Xia Wenxin');
    expect(o).not.toMatch(/\((?:GT|JCR)\)/);
    const n = sentencesOf([{ number: 1, text: o }]).length;
    expect(n).toBeGreaterThanOrEqual(2);
    expect(n).toBeLessThanOrEqual(3);
  });

  it('builds the introduction from the speakers when there is no editor\'s note', () => {
    const o = summariseInterview(muffsyInterview());
    expect(o).toMatch(/^Chris Hermansen of Opensource\.com interviews Håvard Skrödahl, a founder of Muffsy\./);
    expect(o).not.toMatch(/\bI interviewed\b/);
  });

  it('closes a role set off by commas before the verb when no one is named as asking', () => {
    const iv = boydInterview();
    const unnamedAsker = {
      ...iv,
      publication: null,
      speakers: iv.speakers.map((s) => (s.part === 'interviewer' ? { ...s, name: null, role: null } : { ...s, role: 'researcher at Microsoft Research New England' })),
    };
    expect(summariseInterview(unnamedAsker)).toMatch(/^danah boyd, a researcher at Microsoft Research New England, answers the questions\./);
  });

  it('says who asks without repeating a name, a part or the sentence, and never makes a web address the interviewer', () => {
    const iv = boydInterview();
    const asker = iv.speakers.find((s) => s.part === 'interviewer')!;
    const withAsker = (over: Partial<typeof asker>, publication: string | null) => ({
      ...iv,
      publication,
      exchanges: [],
      speakers: iv.speakers.map((s) => (s === asker ? { ...s, ...over } : { ...s, role: null })),
    });
    // No answers to report: the introduction alone, once.
    expect(summariseInterview(withAsker({ name: 'The Daily Planet' }, 'The Daily Planet'))).toBe('The Daily Planet interviews danah boyd.');
    expect(summariseInterview(withAsker({ name: null, role: 'Interviewer' }, null))).toBe('danah boyd answers the questions.');
    expect(summariseInterview(withAsker({ name: null, role: null }, 'bidenwhitehouse.archives.gov'))).not.toMatch(/archives\.gov interviews/);
  });

  it('lists several people with roles with one comma between each', () => {
    const iv = boydInterview();
    const [asker, answerer] = [iv.speakers.find((s) => s.part === 'interviewer')!, iv.speakers.find((s) => s.part === 'interviewee')!];
    const three = {
      ...iv,
      publication: null,
      speakers: [
        { ...asker, name: null, role: null },
        { ...answerer, label: 'A', name: 'Ann Lee', role: 'researcher at a lab' },
        { ...answerer, label: 'B', name: 'Bo Chan', role: 'teacher in Leeds' },
        { ...answerer, label: 'C', name: 'Cy Diaz', role: 'nurse' },
      ],
    };
    const o = summariseInterview(three);
    expect(o).toMatch(/Ann Lee, a researcher at a lab, Bo Chan, a teacher in Leeds and Cy Diaz, a nurse, answer the questions\./);
    expect(o).not.toContain(',,');
  });

  it('never invents: every sentence after the first comes from the article', () => {
    for (const iv of [seedInterview(), muffsyInterview(), boydInterview()]) {
      const o = summariseInterview(iv);
      expect(o.length).toBeGreaterThan(0);
      expect(o).not.toMatch(/undefined|null|\s{2}/);
    }
  });
});
