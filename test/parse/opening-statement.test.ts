/** What the interviewees say before the first question: a greeting stays context, a speech becomes the first section. */
import { describe, expect, it } from 'vitest';
import { parseInterview } from '../../src/parse/index.js';
import { MAYOR_QUESTIONS as questions, MAYOR_STATEMENT as speech } from '../helpers/briefing.js';

describe('an opening statement', () => {
  it('becomes the first section, with no question, the heading "Opening statement" and the speaker as answerer', () => {
    const iv = parseInterview(`Press conference on the water plan\n\nMODERATOR: Welcome, everyone. The mayor will speak first.\n\n${speech}\n\n${questions}`, 'water.txt');
    expect(iv.exchanges).toHaveLength(3);
    expect(iv.exchanges[0]).toMatchObject({ number: 1, asker: '', question: [], heading: 'Opening statement', answerers: ['MAYOR OKAFOR'] });
    expect(iv.exchanges[0]!.answer.map((p) => p.text)[0]).toMatch(/^Good morning\. Today I want to set out three things/);
    expect(iv.exchanges[1]).toMatchObject({ number: 2, asker: 'Q' });
    // The moderator's welcome stays before the sections; paragraphs keep their reading order.
    expect(iv.context.map((p) => p.text)).toEqual(['Welcome, everyone. The mayor will speak first.']);
    const numbers = [...iv.context, ...iv.exchanges.flatMap((e) => [...e.question, ...e.answer])].map((p) => p.number);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it('is not made of a greeting or a short remark before the first question', () => {
    const iv = parseInterview(`Press conference on the water plan\n\nMAYOR OKAFOR: Good morning, everyone, and thank you for coming. I will keep this short.\n\nMAYOR OKAFOR: The plan is on the council's website.\n\n${questions}`, 'water.txt');
    expect(iv.exchanges).toHaveLength(2);
    expect(iv.exchanges.every((e) => e.asker === 'Q')).toBe(true);
    expect(iv.context).toHaveLength(2);
  });
});

describe('a briefing’s labels that put an office before a surname', () => {
  const named = (label: string) => {
    const iv = parseInterview(`Briefing\n\nQ: What happens next?\n\n${label}: We publish the plan on Friday, and the council votes on it next month.`, 'briefing.txt');
    return iv.speakers.find((s) => s.label === label)!;
  };

  it('name a person ("Mayor Okafor", "Press Secretary Psaki", "Attorney General Garland")', () => {
    expect(named('MAYOR OKAFOR').name).toBe('Mayor Okafor');
    expect(named('PRESS SECRETARY PSAKI').name).toBe('Press Secretary Psaki');
    expect(named('ATTORNEY GENERAL GARLAND').name).toBe('Attorney General Garland');
  });

  it('but an office alone is a role ("THE PRESIDENT", "SECRETARY GENERAL")', () => {
    expect(named('THE PRESIDENT')).toMatchObject({ name: null, role: 'president' });
    expect(named('SECRETARY GENERAL').name).toBeNull();
  });
});
