import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText, parseInterview } from '../../src/parse/index.js';
import type { Interview } from '../../src/model.js';
import { missingWords, type AuditOptions } from './audit.js';

const dir = new URL('../fixtures/parse/shapes/', import.meta.url);
const read = (name: string) => decodeText(new Uint8Array(readFileSync(new URL(name, dir))), name).text;
const parse = (name: string) => parseInterview(read(name), name);
const q = (iv: Interview) => iv.exchanges.map((e) => e.question.map((p) => p.text).join(' '));
const a = (iv: Interview) => iv.exchanges.map((e) => e.answer.map((p) => p.text));

const audits: Record<string, AuditOptions> = {
  'plain-questions.txt': { drop: [/^By Ana Ruiz$/, /^March 3, 2024$/] },
  'caps-names.txt': { from: /^ANNA KOWALSKI$/, drop: [/^ADVERTISEMENT$/] },
  'news-byline.txt': { drop: [/^By Maria Lopez/] },
  'bold-words-lists.md': { drop: [/^Interview by Marta Nowak/] },
  'caps-questions.txt': { drop: [/^By Daniel Kim$/, /^October 4, 2024$/] },
  'windows-1252.txt': { drop: [/^By Alan Moss/] },
  'photo-credits.txt': { drop: [/^By Elena Petrova/, /^Photo: /, /^Read more: /] },
  'interviewer-interviewee.txt': { drop: [/^Published: /] },
  'reddit-ama.md': { drop: [/^Posted by /] },
  'magazine-names.md': { drop: [/^By Sarah Lee/, /edited for length/] },
  'news-quoted.txt': { drop: [/^By Priya Nair/, /^Published 8 August/] },
  'radio-transcript.txt': { drop: [/^Aired /, /END OF TRANSCRIPT/] },
  'two-guests-caps.txt': { drop: [/^Radio Cymru Weekly/] },
  'otter-transcript.txt': { drop: [/^Recorded /, /^(?:Marcus Webb|Julia Stein)\s+\d+:\d+$/] },
  'italic-questions.md': { drop: [/^By Clara Jensen/] },
  'q-surname.txt': { drop: [/^By Lucy Grant$/, /^June 2, 2024$/] },
  'name-dash-labels.txt': { drop: [/^By Kate Morgan$/, /^3 March 2024$/] },
  'hard-wrapped.txt': { drop: [/^COMMUNITY NEWSLETTER/] },
  'label-own-line.txt': { drop: [/^Published 22 May/] },
  'noise.md': { until: /^-{10,}$/, drop: [/lightly edited/, /^Photo: Courtesy/, /^=+$/] },
};

// HTML pages are read through htmlToText, and their words audited in real-shapes.test.ts.
describe.each(readdirSync(dir).filter((n) => !n.endsWith('.html')).sort())('shape fixture %s', (name) => {
  it('parses with numbered paragraphs and loses no word', () => {
    const iv = parse(name);
    expect(iv.exchanges.length).toBeGreaterThan(0);
    const all = [...iv.context, ...iv.exchanges.flatMap((e) => [...e.question, ...e.answer]), ...(iv.closing ?? [])].map((p) => p.number);
    expect(all).toEqual(all.map((_, i) => i + 1));
    expect(missingWords(read(name), iv, audits[name] ?? {})).toEqual([]);
  });
});

describe('shapes', () => {
  it('Q:/A: with no metadata; a continuation paragraph belongs to the answer', () => {
    const iv = parse('no-metadata.txt');
    expect([iv.title, iv.kicker, iv.published, iv.publication, iv.author, iv.editorsNote]).toEqual([null, null, null, null, null, null]);
    expect(a(iv)).toEqual([
      ['I grew up near the sea and spent every summer in rock pools.'],
      ['Kelp forests and the urchins that eat them.', 'Those forests are shrinking along most of the coast.'],
    ]);
  });

  it('CRLF and CR line ends read like LF', () => {
    const lf = parse('no-metadata.txt');
    const text = read('no-metadata.txt');
    expect(parseInterview(text.replace(/\n/g, '\r\n'), 'no-metadata.txt')).toEqual(lf);
    expect(parseInterview(text.replace(/\n/g, '\r'), 'no-metadata.txt')).toEqual(lf);
  });

  it('a question without an answer is kept, with answer [] and a warning', () => {
    const iv = parse('unanswered.txt');
    expect(iv.title).toBe('Interview with a beekeeper');
    expect(iv.exchanges).toHaveLength(3);
    expect(iv.exchanges[1]!.answer).toEqual([]);
    expect(iv.exchanges[1]!.question[0]!.text).toBe('Do the bees survive the winter?');
    expect(iv.warnings).toEqual([expect.objectContaining({ code: 'UNANSWERED', line: 7 })]);
  });

  it('unicode names, labels with accents, zero-width characters and NBSP lines', () => {
    const iv = parse('unicode.txt');
    expect(iv.speakers.map((s) => [s.label, s.name, s.part])).toEqual([
      ['BØ', 'Björn Ødegaard', 'interviewer'],
      ['ZNÅ', 'Zoë Ñúñez-Åberg', 'interviewee'],
    ]);
    expect(iv.speakers[1]!.role).toBe('historian at the Universität Zürich');
    expect(a(iv)[0]![0]).toMatch(/^They were places/);
    expect(a(iv)[0]![1]).toMatch(/日本語の資料もあります。$/);
    expect(a(iv)[1]![0]).toBe('Less so. But the naïve view that they are only about coffee is wrong.');
    expect(iv.editorsNote).toMatch(/^Reporter Björn Ødegaard/);
  });

  it('Q./A. labels', () => {
    const iv = parse('q-dot.txt');
    expect(q(iv)).toEqual(['When did the school open its garden?', 'Who looks after it in the summer holidays?']);
    expect(a(iv)[1]).toHaveLength(2);
    expect(iv.context[0]!.text).toBe('The following is an edited transcript.');
  });

  it('Question:/Answer: labels', () => {
    const iv = parse('question-answer.txt');
    expect(iv.exchanges.map((e) => [e.asker, e.answerers])).toEqual([['Question', ['Answer']], ['Question', ['Answer']]]);
  });

  it('full names with timestamps; the sign-off is closing, not a question', () => {
    const iv = parse('names.txt');
    expect(iv.exchanges).toHaveLength(2);
    expect(iv.speakers.map((s) => [s.label, s.part])).toEqual([['Jerod Santo', 'interviewer'], ['Priya Raman', 'interviewee']]);
    expect(iv.speakers[1]!.role).toBe('compiler engineer');
    expect(a(iv)[1]).toEqual(['How much of it is bookkeeping.', 'The clever parts are small; the careful parts are huge.']);
    expect(iv.closing?.map((p) => p.text)).toEqual(['Thanks for coming on.', 'Thanks for having me.']);
    expect(JSON.stringify(iv)).not.toMatch(/00:0/);
  });

  it('bold labels **Name**: and **Name:**', () => {
    const iv = parse('bold-labels.md');
    expect(iv.title).toBe('Talking trains with a signal engineer');
    expect(iv.exchanges.map((e) => [e.asker, e.answerers[0]])).toEqual([['Maya Chen', 'Tom Okafor'], ['Maya Chen', 'Tom Okafor']]);
    expect(a(iv)[0]![0]).toBe('Mostly we check that two trains can never be given the same piece of track.');
  });

  it('bold questions **Q: …** with unlabelled answers', () => {
    const iv = parse('bold-question.md');
    expect(q(iv)).toEqual(['How long does it take to learn glassblowing?', 'What is the hardest colour to make?']);
    expect(a(iv)[0]).toHaveLength(2);
    const answerer = iv.speakers.find((s) => s.part === 'interviewee')!;
    expect([answerer.name, answerer.role]).toEqual(['Lena Voss', 'glassblower from Murano']);
  });

  it('no labels: bold paragraphs ending in "?"', () => {
    const iv = parse('bold-paragraphs.md');
    expect(q(iv)).toEqual(['What does a normal day look like?', 'Do you ever get lonely?']);
    expect(iv.context.map((p) => p.text)).toEqual(['Five questions for a lighthouse keeper.']);
  });

  it('no labels: headings ending in "?", with front matter', () => {
    const iv = parse('headings.md');
    expect([iv.title, iv.published, iv.author]).toEqual(['Ada Byrne, bookbinder', '2023-05-02', 'Sam Field']);
    expect(q(iv)).toEqual(['How did you start binding books?', 'What tools do you use?']);
    expect(a(iv)[0]).toHaveLength(2);
  });

  it('press briefing: upper-case roles, a moderator, bare Q reporters', () => {
    const iv = parse('press-briefing.txt');
    expect(iv.exchanges).toHaveLength(3);
    expect(iv.speakers.map((s) => [s.label, s.part])).toEqual([['MS. SANDERS', 'moderator'], ['Q', 'interviewer'], ['THE PRESIDENT', 'interviewee']]);
    for (const e of iv.exchanges) expect(e.answerers).toEqual(['THE PRESIDENT']);
    expect(iv.context.map((p) => p.speaker)).toEqual(['MS. SANDERS', 'MS. SANDERS', 'MS. SANDERS']);
    expect(iv.closing?.[0]?.text).toBe("Thanks, everyone. That's all for today.");
  });

  it('two people answer one question', () => {
    const iv = parse('two-answerers.txt');
    expect(iv.exchanges[0]!.answerers).toEqual(['AL', 'MR']);
    expect(iv.speakers.map((s) => [s.label, s.name])).toEqual([['RP', 'Ravi Patel'], ['AL', 'Anna Lind'], ['MR', 'Marco Rossi']]);
    expect(iv.speakers[0]!.part).toBe('interviewer');
  });

  it('"Name (INIT)" introduces initials used alone later, even without a colon', () => {
    const iv = parse('intro-initials.md');
    expect(iv.speakers.map((s) => [s.label, s.name])).toEqual([['SM', 'Sofia Marquez'], ['KW', 'Kenji Watanabe']]);
    expect(iv.exchanges).toHaveLength(3);
    expect(q(iv)[2]).toBe('What would you change?');
  });

  it('noise: translation header, editing note, images, captions, timestamps, credit footer, link list', () => {
    const iv = parse('noise.md');
    expect(iv.title).toBe('Growing rice on rooftops');
    expect(iv.author).toBe('Dana Wu');
    expect(a(iv)).toEqual([['Because it needs water we already collect from the roof.', 'Seedlings go out in May.'], ['Small, about four kilos, but it tasted wonderful.']]);
    expect(iv.context).toEqual([]);
    expect(JSON.stringify(iv)).not.toMatch(/collector|lightly edited|Rooftop paddy|Seedlings in trays|Courtesy|via:|作者|example\.org/);
  });

  it('one paragraph a line, no blank lines', () => {
    const iv = parse('one-line-paragraphs.txt');
    expect(iv.exchanges).toHaveLength(2);
    expect(iv.exchanges[0]!.asker).toBe('INTERVIEWER');
    expect(iv.context[0]!.speaker).toBe('DR PATEL');
  });
});

describe('shapes without markup', () => {
  it('plain paragraphs ending in "?" are questions, with a warning that says so', () => {
    const iv = parse('plain-questions.txt');
    expect([iv.title, iv.author, iv.published]).toEqual(['Ten minutes with a lighthouse keeper', 'Ana Ruiz', '2024-03-03']);
    expect(q(iv)).toEqual(['How did you get the job?', 'What do you miss most?', 'Would you do it again?']);
    expect(a(iv)[1]).toHaveLength(2);
    expect(iv.warnings.map((w) => w.code)).toEqual(['PLAIN_QUESTIONS']);
  });

  it('upper-case names on lines of their own, page furniture dropped', () => {
    const iv = parse('caps-names.txt');
    expect(iv.speakers.map((s) => [s.label, s.name, s.part])).toEqual([
      ['ANNA KOWALSKI', 'Anna Kowalski', 'interviewer'],
      ['PETER LUND', 'Peter Lund', 'interviewee'],
    ]);
    expect(a(iv)).toEqual([['Because the engineers told us it was no longer safe for lorries.', 'We will reopen it to cars within a month.'], ['About twelve million, shared with the region.']]);
    expect(iv.published).toBe('2022-05-04');
  });
});

describe('news article header', () => {
  it('kicker, headline, byline with date, the publication asking in its own name', () => {
    const iv = parse('news-byline.txt');
    expect([iv.kicker, iv.title, iv.author, iv.published, iv.publication]).toEqual(['INTERVIEW', 'Climate scientist says cities must adapt faster', 'Maria Lopez', '2025-02-03', 'The Daily Planet']);
    expect(iv.speakers.map((s) => [s.label, s.part])).toEqual([['The Daily Planet', 'interviewer'], ['Dr. Samuel Okoye', 'interviewee']]);
    expect(iv.speakers[1]!.role).toBe('director of the Urban Climate Lab at Lagos University');
    expect(iv.exchanges).toHaveLength(2);
    expect(iv.closing?.map((p) => p.text)).toEqual(['Thank you.']);
  });
});

describe('who asks', () => {
  it('decides from question marks, without a warning when the evidence is clear', () => {
    const iv = parseInterview('Ann: Where were you born?\n\nBo: In Leeds, near the river.\n\nAnn: And then?\n\nBo: Then Hull.', 'clear.txt');
    expect(iv.exchanges.map((e) => e.asker)).toEqual(['Ann', 'Ann']);
    expect(iv.warnings).toEqual([]);
  });

  it('says what it assumed when both speakers ask', () => {
    const iv = parseInterview('Ann: Where were you born?\n\nBo: In Leeds. And you?\n\nAnn: Hull. Did you like Leeds?\n\nBo: Not much. Do you like Hull?', 'guess.txt');
    expect(iv.exchanges[0]!.asker).toBe('Ann');
    const w = iv.warnings.find((x) => x.code === 'ASSUMED_ASKER');
    expect(w?.message).toMatch(/^Assumed that Ann asks the questions because/);
  });

  it('follows the questions, not the order of speaking', () => {
    const text = 'Guest Speaker: Thanks for having me.\n\nHost Person: Why did you write it?\n\nGuest Speaker: Anger, mostly.\n\nHost Person: At whom?\n\nGuest Speaker: At myself.';
    const iv = parseInterview(text, 'order.txt');
    expect(iv.exchanges.map((e) => e.asker)).toEqual(['Host Person', 'Host Person']);
    expect(iv.context[0]).toEqual({ number: 1, text: 'Thanks for having me.', speaker: 'Guest Speaker' });
  });
});

describe('shared labels', () => {
  it('a speaker repeating their label for a new paragraph is not two people', () => {
    const iv = parseInterview('GT: Why?\n\nJCR: One.\n\nJCR: Two.\n\nGT: And?\n\nJCR: Three.', 'repeat.txt');
    expect(iv.warnings.map((w) => w.code)).not.toContain('SHARED_LABEL');
    expect(iv.exchanges[0]!.answer.map((p) => p.text)).toEqual(['One.', 'Two.']);
  });
});

describe('repeated lines', () => {
  it('a repeated sentence in an answer is kept; a repeated caption-like line is not', () => {
    const iv = parseInterview('Q: Ready?\n\nA: Yes.\n\nYes.\n\nQ: Sure?\n\nA: Quite sure.\n\nThe old mill\n\nThe old mill\n\nIt burned down.', 'repeat.txt');
    expect(iv.exchanges.map((e) => e.answer.map((p) => p.text))).toEqual([['Yes.', 'Yes.'], ['Quite sure.', 'The old mill', 'It burned down.']]);
  });
});

describe('readable roles', () => {
  it('turns a tagline "Job, Organisation" into "job at Organisation", and leaves places alone', async () => {
    const { readableRole } = await import('../../src/parse/speakers.js');
    expect(readableRole('Researcher, Microsoft Research New England')).toBe('researcher at Microsoft Research New England');
    expect(readableRole('Senior editor, The Daily Planet')).toBe('senior editor at The Daily Planet');
    expect(readableRole('Paris, France')).toBe('Paris, France');
    expect(readableRole('political science professor at the University of Alberta')).toBe('political science professor at the University of Alberta');
  });
});

describe('an opening greeting', () => {
  it('is context, not a section: "Welcome." answered by "Thanks for having me."', () => {
    const text = 'HOST: Joining us is Lena Ortiz from the state university. Welcome.\n\nGUEST: Thanks for having me.\n\nHOST: Why are farmers planting so early?\n\nGUEST: Warmer springs, mostly. The soil warms weeks sooner than it did.\n\nHOST: Is that good news?\n\nGUEST: Only partly. Late frosts still come.';
    const iv = parseInterview(text, 'radio.txt');
    expect(iv.exchanges).toHaveLength(2);
    expect(iv.exchanges[0]!.question[0]!.text).toBe('Why are farmers planting so early?');
    expect(iv.context.map((p) => p.text)).toContain('Thanks for having me.');
    const numbers = [...iv.context, ...iv.exchanges.flatMap((e) => [...e.question, ...e.answer])].map((p) => p.number);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });
});
