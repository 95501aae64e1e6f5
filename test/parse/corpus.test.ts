import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInterview } from '../../src/parse/index.js';
import { missingWords, type AuditOptions } from './audit.js';

const read = (name: string) => readFileSync(new URL(`../fixtures/parse/corpus/${name}`, import.meta.url), 'utf8');

interface Case { file: string; pairs: number; audit: AuditOptions }
const cases: Case[] = [
  { file: '01-k8s-sig-arch-code-organization.txt', pairs: 9, audit: {} },
  { file: '03-opensource-muffsy-open-audio-kits.txt', pairs: 8, audit: { from: /^Did you know/, until: /^-{10,}$/ } },
  { file: '07-whitehouse-solarwinds-background-call.txt', pairs: 5, audit: { drop: [/^\(The call experiences technical difficulties\.\)$/, /^END$/] } },
  { file: '10-usesthis-danah-boyd.txt', pairs: 4, audit: {} },
];

describe.each(cases)('corpus: $file', ({ file, pairs, audit }) => {
  const source = read(file);
  const iv = parseInterview(source, file);
  it(`finds ${pairs} exchanges`, () => {
    expect(iv.exchanges).toHaveLength(pairs);
  });
  it('gives every exchange an answer and numbers paragraphs from 1 in order', () => {
    for (const e of iv.exchanges) expect(e.answer.length).toBeGreaterThan(0);
    const all = [...iv.context, ...iv.exchanges.flatMap((e) => [...e.question, ...e.answer]), ...(iv.closing ?? [])].map((p) => p.number);
    expect(all).toEqual(all.map((_, i) => i + 1));
  });
  it('loses no word of the interview', () => {
    expect(missingWords(source, iv, audit)).toEqual([]);
  });
  it('prints no Markdown markup', () => {
    const texts = [...iv.context, ...iv.exchanges.flatMap((e) => [...e.question, ...e.answer])].map((p) => p.text);
    for (const t of texts) expect(t).not.toMatch(/\*\*|\]\(|\]\[|^#+ |!\[/);
  });
});

describe('corpus details', () => {
  it('k8s: initials introduced with names, headings, the author as interviewer', () => {
    const iv = parseInterview(read('01-k8s-sig-arch-code-organization.txt'), '01.txt');
    expect(iv.title).toBe('Spotlight on SIG Architecture: Code Organization');
    expect(iv.published).toBe('2024-04-11');
    expect(iv.speakers.map((s) => [s.label, s.name, s.part])).toEqual([
      ['FSM', 'Frederico Muñoz', 'interviewer'],
      ['MJ', 'Madhav Jivrajani', 'interviewee'],
    ]);
    expect(iv.speakers[1]!.role).toBe('member of the Code Organization subproject');
    expect(iv.exchanges[0]!.heading).toBe('Introducing the Code Organization subproject');
    // "**MJ** During the release cycle" has no colon but is still MJ's answer.
    expect(iv.exchanges[5]!.answer[0]!.text).toMatch(/^During the release cycle/);
    expect(iv.context).toHaveLength(2);
  });

  it('muffsy: bold questions, captions and footer dropped, the closing words kept apart', () => {
    const iv = parseInterview(read('03-opensource-muffsy-open-audio-kits.txt'), '03.txt');
    expect(iv.title).toBe('Designing open audio hardware as DIY kits');
    expect(iv.author).toBe('Chris Hermansen');
    expect(iv.speakers.find((s) => s.label === 'A')!.name).toBe('Håvard Skrödahl');
    const text = JSON.stringify(iv);
    expect(text).not.toMatch(/Top of the phono stage board|collector|lujun9972|作者|via:/);
    expect(iv.closing?.[0]?.text).toMatch(/^Thanks, Håvard/);
    expect(iv.exchanges[0]!.question[0]!.text).toBe('How did you get started designing music playback hardware?');
  });

  it('White House call: the official’s opening statement is the first section, Q asks the rest, the moderator’s welcome is context', () => {
    const iv = parseInterview(read('07-whitehouse-solarwinds-background-call.txt'), '07.txt');
    expect(iv.published).toBe('2021-03-12');
    const [statement, ...asked] = iv.exchanges;
    expect(statement).toMatchObject({ number: 1, asker: '', question: [], heading: 'Opening statement', answerers: ['SENIOR ADMINISTRATION OFFICIAL'] });
    expect(statement!.answer.length).toBeGreaterThan(20);
    expect(statement!.answer[0]!.text).toMatch(/^Thank you so much\. Good afternoon, everyone\./);
    expect(statement!.answer.at(-1)!.text).toMatch(/Operator, if you could please open the lines/);
    for (const e of asked) {
      expect(e.asker).toBe('Q');
      expect(e.answerers).toEqual(['SENIOR ADMINISTRATION OFFICIAL']);
      expect(e.question.every((p) => p.speaker === 'Q')).toBe(true);
    }
    // The moderator's welcome ("This call is going to be on background …") is a turn of its own, too short to open the statement.
    expect(iv.context.map((p) => p.number)).toEqual([1, 2]);
    expect(iv.context[0]!.text).toMatch(/^Thank you, everyone, for joining us/);
    expect(iv.closing?.map((p) => p.text).join(' ')).toMatch(/That has to be our last question/);
    expect(iv.speakers.find((s) => s.label === 'Q')!.part).toBe('interviewer');
    expect(iv.warnings.map((w) => w.code)).toContain('SHARED_LABEL');
  });

  it('usesthis: questions as headings, names from front matter', () => {
    const iv = parseInterview(read('10-usesthis-danah-boyd.txt'), '10.txt');
    expect(iv.exchanges.map((e) => e.question[0]!.text)).toEqual([
      'Who are you, and what do you do?',
      'What hardware do you use?',
      'And what software?',
      'What would be your dream setup?',
    ]);
    expect(iv.speakers.find((s) => s.part === 'interviewee')!.name).toBe('danah boyd');
    expect(iv.exchanges[1]!.answer[0]!.text).toMatch(/my 13" aluminum MacBook; 2\) my iPhone 3G\./);
  });
});

describe('publication from the metadata URL', () => {
  it('names the web site when nothing else names the publication', () => {
    expect(parseInterview(read('01-k8s-sig-arch-code-organization.txt'), 'k8s.txt').publication).toBe('kubernetes.dev');
    expect(parseInterview(read('03-opensource-muffsy-open-audio-kits.txt'), 'muffsy.txt').publication).toBe('opensource.com');
  });
});
