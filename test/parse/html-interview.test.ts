import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docxToText } from '../../src/parse/docx.js';
import { htmlToText } from '../../src/parse/html.js';
import { parseInterview } from '../../src/parse/index.js';

const html = (name: string): string => htmlToText(readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url), 'utf8')).text;

/** The readers' contract: what they produce is text the interview reader understands. */
describe('HTML and Word text through the interview reader', () => {
  it('reads the news page as an interview with its page facts', () => {
    const interview = parseInterview(html('news-page.html'), 'news-page.html');
    expect(interview).toMatchObject({
      title: 'Jane Okafor: “Rivers remember what cities forget”',
      kicker: 'SCIENCE / INTERVIEW',
      published: '2024-03-05',
      author: 'Sam Writer',
      publication: 'The Daily Ledger',
    });
    expect(interview.speakers.map((s) => s.label)).toEqual(['Q', 'A']);
    expect(interview.exchanges.map((e) => e.question.map((p) => p.text).join(' '))).toEqual([
      'You’ve said cities “forget” their rivers. What do you mean?',
      'Is there a city that got it right?',
    ]);
    expect(interview.exchanges[1]?.answer.map((p) => p.text)).toEqual([
      'Seoul. They tore up a motorway and gave the stream back to the people.',
      'It cost a fortune — 3 < 5, as engineers like to say – but it worked.',
    ]);
  });

  it('reads a WordPress post with name-and-initials labels', () => {
    const interview = parseInterview(html('wordpress-post.html'), 'wordpress-post.html');
    expect(interview.author).toBe('Frederico Muñoz');
    expect(interview.exchanges.map((e) => e.asker)).toEqual(['FSM', 'FSM']);
    expect(interview.exchanges[1]?.question[0]?.text).toBe('Why a monorepo?');
  });

  it('reads heading questions as exchanges', () => {
    const interview = parseInterview(html('heading-questions.html'), 'heading-questions.html');
    expect(interview.title).toBe('Ten questions for a beekeeper');
    expect(interview.exchanges).toHaveLength(3);
  });

  it('reads the Word interview', async () => {
    const { text } = await docxToText(new Uint8Array(readFileSync(new URL('../fixtures/docx/interview.docx', import.meta.url))));
    const interview = parseInterview(text, 'interview.docx');
    expect(interview.title).toBe('A conversation with Inês Moreau');
    expect(interview.exchanges[0]?.question[0]?.text).toBe('Why chemistry, and why “now”?');
  });
});
