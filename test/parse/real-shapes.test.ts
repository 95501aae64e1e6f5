import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText, parseInterview } from '../../src/parse/index.js';
import { htmlToText } from '../../src/parse/html.js';
import type { Interview } from '../../src/model.js';

const dir = new URL('../fixtures/parse/shapes/', import.meta.url);
const parse = (name: string) => parseInterview(decodeText(new Uint8Array(readFileSync(new URL(name, dir))), name).text, name);
const q = (iv: Interview) => iv.exchanges.map((e) => e.question.map((p) => p.text).join(' '));

describe('realistic shapes', () => {
  it('an interviewer statement without "?" that the interviewee answers at length opens a new exchange', () => {
    const iv = parse('magazine-names.md');
    expect(q(iv)).toContain('People worry about beavers. Farmers especially.');
    expect(iv.exchanges).toHaveLength(5);
    expect(iv.exchanges[1]!.answer.map((p) => p.text)).toHaveLength(1);
  });

  it('a publication named in the byline or dateline is read, not dropped', () => {
    expect(parse('magazine-names.md').publication).toBe('Field Notes Magazine');
    expect(parse('news-quoted.txt').publication).toBe('The Valley Gazette');
    expect(parse('two-guests-caps.txt').publication).toBe('Radio Cymru Weekly');
    expect(parse('news-quoted.txt').author).toBe('Priya Nair');
    const place = parseInterview('Title line\n\nBy Jane Doe, New York\n\nQ: Why?\n\nA: Because.\n\nQ: How?\n\nA: Slowly.\n', 'place.txt');
    expect([place.author, place.publication]).toEqual(['Jane Doe', null]);
  });

  it('an upper-case headline with nothing below it is the title, not a kicker', () => {
    const iv = parse('caps-questions.txt');
    expect([iv.title, iv.kicker]).toEqual(['INSIDE THE KITCHEN: CHEF ROSA BIANCHI', null]);
  });

  it('generic labels (Interviewer:, Interviewee:, HOST:, GUEST:) are not names; a guest named in the host\'s welcome is', () => {
    expect(parse('interviewer-interviewee.txt').speakers.map((s) => [s.label, s.name, s.part])).toEqual([
      ['Interviewer', null, 'interviewer'],
      ['Interviewee', null, 'interviewee'],
    ]);
    expect(parse('radio-transcript.txt').speakers.map((s) => [s.label, s.name, s.part])).toEqual([
      ['HOST', null, 'interviewer'],
      ['GUEST', 'Lena Ortiz', 'interviewee'],
    ]);
  });

  it('Reddit usernames in bold are speaker labels; many askers, one answerer', () => {
    const iv = parse('reddit-ama.md');
    expect(q(iv)[0]).toBe('What is the scariest thing that has happened to you on the volcano?');
    expect(iv.exchanges.map((e) => e.answerers)).toEqual([['u/lava_lab_lucia'], ['u/lava_lab_lucia'], ['u/lava_lab_lucia'], ['u/lava_lab_lucia']]);
    expect(iv.exchanges[0]!.asker).toBe('u/rockhound77');
    expect(iv.exchanges[3]!.answer.map((p) => p.text)).toEqual(['Arancini, obviously. And far too much coffee.']);
    expect(iv.closing?.map((p) => p.text)).toEqual(['EDIT: Thanks everyone, I have to go back to the lab now!']);
  });

  it('transcription tools: "Speaker 1 (00:00:02):" (Rev) and "Jane Doe  0:05" (Otter) above the words', () => {
    const rev = parse('rev-transcript.txt');
    expect(rev.speakers.map((s) => [s.label, s.name, s.part])).toEqual([['Speaker 1', null, 'interviewer'], ['Speaker 2', 'Hannah Price', 'interviewee']]);
    expect(q(rev)[1]).toBe("How did you end up farming? You didn't grow up on a farm.");
    expect(rev.exchanges).toHaveLength(5);
    const otter = parse('otter-transcript.txt');
    expect(otter.speakers.map((s) => [s.label, s.part])).toEqual([['Marcus Webb', 'interviewee'], ['Julia Stein', 'interviewer']]);
    expect(q(otter)[1]).toBe('And when did coaching start?');
    expect(otter.exchanges[1]!.answer[0]!.text).toMatch(/^By accident\./);
  });

  it('a surname label after a full-name label is the same speaker ("REBECCA MOORE:" then "MOORE:")', () => {
    const iv = parse('surname-labels.txt');
    expect(iv.speakers.map((s) => [s.label, s.name, s.part])).toEqual([['DAVID CHEN', 'David Chen', 'interviewer'], ['REBECCA MOORE', 'Rebecca Moore', 'interviewee']]);
    expect(q(iv)[0]).toBe('Your books are mostly set at night. Why?');
    expect(iv.exchanges).toHaveLength(5);
  });

  it('bold prompts without "?" ("Describe your tower for us.") are questions among bold questions', () => {
    const iv = parse('bold-prompts.md');
    expect(q(iv)).toEqual([
      'Describe your tower for us.',
      'What does a normal day look like?',
      'Tell me about the first fire you spotted.',
      'Do you get lonely?',
      'Last question: would you recommend the job?',
    ]);
  });

  it('a bold reader question with the reader\'s name after it ("> **Q: …?** — Priya, Bristol") is a Q label', () => {
    const iv = parse('reader-questions-quoted.md');
    expect(q(iv)).toHaveLength(3);
    expect(q(iv)[0]).toMatch(/^I live in a flat.*— Priya, Bristol$/);
    expect(iv.exchanges[0]!.answer[0]!.text).toMatch(/^Yes\. A wormery/);
  });

  it('a role in brackets after a name ("**Anna Keller (glaciologist):**") is the speaker\'s role, not part of the label', () => {
    const iv = parse('name-role-labels.md');
    expect(iv.speakers.map((s) => [s.label, s.role, s.part])).toEqual([['Tom Reyes', 'editor', 'interviewer'], ['Prof. Anna Keller', 'glaciologist', 'interviewee']]);
    expect(q(iv)[0]).toBe('You have measured the same glacier for thirty years. What have you seen?');
  });

  it('the interviewee named where the intro opens with them, or where the host welcomes them in the first turn', () => {
    expect(parse('photo-credits.txt').speakers[1]!.name).toBe('Kofi Mensah');
    expect(parse('rev-transcript.txt').speakers[1]!.name).toBe('Hannah Price');
    expect(parse('radio-transcript.txt').speakers[1]!.name).toBe('Lena Ortiz');
  });

  it('a web page: bold questions, a related-links aside, a figure, an editing note at the end; the guest named in the headline', () => {
    const name = 'site-bold-questions.html';
    const iv = parseInterview(htmlToText(readFileSync(new URL(name, dir), 'utf8')).text, name);
    expect(q(iv)).toEqual(['Why map abandoned buildings?', 'How did you find volunteers?', 'What did the map show?', 'What happens next?']);
    expect(iv.exchanges[3]!.answer.map((p) => p.text)).toEqual(['The county is buying some of the buildings back. We are training a new group of volunteers to keep the map up to date.']);
    expect(iv.speakers[1]!.name).toBe('Dana Whitfield');
    expect([iv.author, iv.published]).toEqual(['Leo Martins', '2024-04-18']);
  });

  it('name labels with a long dash ("KATE MORGAN — Why…?"); stacked header lines: section name, headline', () => {
    const iv = parse('name-dash-labels.txt');
    expect(iv.speakers.map((s) => [s.label, s.part])).toEqual([['KATE MORGAN', 'interviewer'], ['PAUL DUBOIS', 'interviewee']]);
    expect(q(iv)[0]).toBe('Why three in the morning?');
    expect([iv.kicker, iv.title, iv.author, iv.published]).toEqual(['Sunday Profile', 'The baker who rose early', 'Kate Morgan', '2024-03-03']);
    expect(parse('hard-wrapped.txt').title).toBe('Meet our new head teacher');
  });

  it('full names first, initials after ("**Ben Torres:**" then "**BT:**") are one speaker each', () => {
    const iv = parse('names-then-initials.md');
    expect(iv.speakers.map((s) => [s.label, s.part])).toEqual([['Ben Torres', 'interviewer'], ['Margaret Ellis', 'interviewee']]);
    expect(iv.exchanges.map((e) => e.asker)).toEqual(Array(5).fill('Ben Torres'));
    expect(iv.warnings).toEqual([]);
  });

  it('bold Q and A without a colon ("**Q** How long…?", "**A** Nineteen years…")', () => {
    const iv = parse('bold-q-no-colon.md');
    expect(q(iv)).toEqual(['How long have you sailed this route?', 'What is the worst weather?', 'Do you ever get bored?']);
    expect(iv.exchanges[0]!.answer.map((p) => p.text)).toEqual(['Nineteen years, twice a day, in every weather except the worst.']);
    expect(iv.warnings).toEqual([]);
  });

  it('shapes that already read well stay that way', () => {
    expect(q(parse('italic-labels.md'))).toHaveLength(4);
    expect(q(parse('italic-questions.md'))).toHaveLength(5);
    expect(q(parse('heading-q-labels.md'))).toEqual(['How many hives do you keep?', 'Do you get stung?', 'What do people get wrong about bees?']);
    expect(q(parse('label-own-line.txt'))).toEqual(['How long have you patrolled this stretch?', 'What do you find in the water?', 'Has the river got cleaner?']);
    expect(parse('q-surname.txt').speakers.map((s) => [s.label, s.name])).toEqual([['Q', null], ['Haddad', 'Omar Haddad']]);
    expect(parse('hard-wrapped.txt').exchanges[0]!.answer[0]!.text).toMatch(/^The garden, honestly\. When I visited, a group of Year 4 children showed me/);
    expect(q(parse('em-dash-guillemets.txt'))[0]).toBe('Your novel begins with a flood. Why?');
    const cp = parse('windows-1252.txt');
    expect(cp.exchanges[1]!.question[0]!.text).toBe('What’s the hardest part?');
    expect(cp.exchanges[2]!.answer[0]!.text).toMatch(/coming…$/);
    const photo = parse('photo-credits.txt');
    expect(photo.exchanges.flatMap((e) => e.answer).some((p) => /^(?:Photo|Read more):/.test(p.text))).toBe(false);
    const lists = parse('bold-words-lists.md');
    expect(lists.exchanges).toHaveLength(4);
    expect(lists.exchanges[0]!.answer[0]!.text).toMatch(/\*\*this route|this route/);
    const two = parse('two-guests-caps.txt');
    expect(two.exchanges.map((e) => e.answerers.length)).toEqual([2, 2, 2, 2]);
  });
});
