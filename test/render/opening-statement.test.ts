/** An opening statement (a section with no question) as both writers set it, from the parsed article to the handout. */
import { describe, expect, it } from 'vitest';
import { parseInterview } from '../../src/parse/index.js';
import { analyse } from '../../src/analyse/index.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderPdf } from '../../src/render/pdf/index.js';
import { shippedTemplates } from '../helpers/templates.js';
import { lintMarkdown } from '../helpers/markdownlint.js';
import { readPdf } from './pdf/read-pdf.js';
import { MAYOR_QUESTIONS, MAYOR_STATEMENT } from '../helpers/briefing.js';

const text = `Press conference on the water plan\n\n${MAYOR_STATEMENT}\n\n${MAYOR_QUESTIONS}`;

describe('an opening statement', async () => {
  const guide = analyse(parseInterview(text, 'water.txt'));
  const statement = guide.sections[0]!;

  it('is studied like an answer: a summary and prompts that do not speak of a question', () => {
    expect(statement).toMatchObject({ number: 1, topic: 'Opening statement', question: '', questionParagraphs: [] });
    expect(statement.summary).not.toBe('');
    expect(statement.prompts.length).toBeGreaterThan(0);
    for (const p of statement.prompts) expect(p.text).not.toMatch(/\bthe question\b/);
    // After reading, a comparison names the statement by its heading and does not call it an answer.
    const compare = guide.afterReading.find((p) => p.text.startsWith('Compare what'));
    expect(compare?.text).toMatch(/section 1 \(opening statement\).*What connects the two sections/);
  });

  it('reads "Statement 1" in the Markdown, with no empty question heading', async () => {
    for (const edition of ['student', 'teacher'] as const) {
      const md = renderMarkdown(guide, { edition, templates: await shippedTemplates() });
      expect(md).toMatch(/## 1\. Opening statement\n\n### Statement 1 — Mayor Okafor\n\n\*\*¶1\*\* Good morning\./);
      expect(md).toMatch(/### Summary of statement 1/);
      expect(md).not.toMatch(/### Question 1\b/);
      expect(md).toMatch(/### Question 2 — /);
      expect(lintMarkdown(md)).toEqual([]);
    }
  });

  it('says who speaks in the PDF, with no "asks" label, and counts the statement apart', async () => {
    const pdf = await readPdf((await renderPdf(guide, { edition: 'student' })).bytes);
    const text = pdf.text.replace(/\s+/g, ' ');
    expect(text).toMatch(/1\. Opening statement Mayor Okafor speaks ¶1 Good morning\./);
    expect(text).toMatch(/an opening statement and 2 questions and answers/);
    expect(text.match(/ asks /g)).toHaveLength(2);
  });
});
