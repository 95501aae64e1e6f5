/** What the interviewees say before the first question: a greeting stays context, a speech becomes the first section. */
import { describe, expect, it } from 'vitest';
import { parseInterview } from '../../src/parse/index.js';
import { MAYOR_QUESTIONS as questions, MAYOR_STATEMENT, MAYOR_STATEMENT as speech } from '../helpers/briefing.js';

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

  it('is one long paragraph as well as many', () => {
    const one = MAYOR_STATEMENT.split('\n\n').map((p) => p.replace(/^MAYOR OKAFOR: /, '')).join(' ');
    const iv = parseInterview(`Press conference on the water plan\n\nMAYOR OKAFOR: ${one}\n\n${questions}`, 'water.txt');
    expect(iv.exchanges[0]).toMatchObject({ asker: '', heading: 'Opening statement', answerers: ['MAYOR OKAFOR'] });
    expect(iv.exchanges[0]!.answer).toHaveLength(1);
  });

  it('is never a moderator’s long welcome: only someone who answers the questions after it makes one', () => {
    const rules = 'Good afternoon and welcome to this briefing on the storm recovery. A few ground rules before we begin: this briefing is on the record, and a transcript will be sent to the distribution list within the hour. Please give your name and your outlet before you ask a question, keep to one question each so that everyone gets a turn, and hold any follow-ups until the end. We have thirty minutes in all. Copies of the county figures are on the table by the door, and the translated summary is online. With that, I will hand over to the mayor.';
    const iv = parseInterview(`Storm recovery briefing\n\nMODERATOR: ${rules}\n\n${speech}\n\nMODERATOR: First question, from the Herald.\n\n${questions}`, 'storm.txt');
    expect(iv.exchanges[0]).toMatchObject({ asker: '', heading: 'Opening statement', answerers: ['MAYOR OKAFOR'] });
    expect(iv.exchanges[0]!.answer[0]!.text).toMatch(/^Good morning\. Today I want to set out/);
    expect(iv.context.map((p) => p.text)).toEqual([rules]);
  });

  it('ends with the thanks that close it, rather than making them a section', () => {
    const iv = parseInterview(`Press conference on the water plan\n\n${speech}\n\nQ: Thank you, Mayor.\n\nMAYOR OKAFOR: Thank you.\n\n${questions}`, 'water.txt');
    expect(iv.exchanges.map((e) => e.asker)).toEqual(['', 'Q', 'Q']);
    expect(iv.exchanges[0]!.answer.slice(-2).map((p) => p.text)).toEqual(['Thank you, Mayor.', 'Thank you.']);
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

  it('but an office alone is a role ("THE PRESIDENT", "SECRETARY GENERAL", "GENERAL MANAGER")', () => {
    expect(named('THE PRESIDENT')).toMatchObject({ name: null, role: 'president' });
    for (const label of ['SECRETARY GENERAL', 'GENERAL MANAGER', 'GENERAL COUNSEL', 'SECRETARY TREASURER', 'PRINCIPAL DEPUTY', 'CHAIR PERSON', 'SPEAKER ONE']) expect(named(label).name, label).toBeNull();
  });
});
