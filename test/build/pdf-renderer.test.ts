import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseInterview } from '../../src/parse/index.js';
import { analyse } from '../../src/analyse/index.js';
import { draftGuide } from '../../src/build/draft-guide.js';
import { inThisThread } from '../../src/build/pdf-renderer.js';
import { renderPdf } from '../../src/render/pdf/index.js';
import { SEED } from '../helpers/cli.js';

describe('PDF rendering for the build', () => {
  const interview = parseInterview(readFileSync(SEED, 'utf8'), 'seed.txt');

  it('warms up on a draft made of the article text alone, with every kind of block a guide has', () => {
    const draft = draftGuide(interview);
    expect(draft.sections.map((s) => s.answerParagraphs)).toEqual(interview.exchanges.map((e) => e.answer));
    const answers = interview.exchanges.flatMap((e) => e.answer.map((p) => p.text)).join('\n');
    const words = (texts: string[]) => texts.flatMap((t) => t.split(/\s+/)).filter(Boolean);
    for (const section of draft.sections) {
      expect(section.summary).not.toBe('');
      expect(section.prompts.map((p) => p.level)).toEqual(['understand', 'analyse', 'evaluate', 'connect']);
      expect(section.prompts.every((p) => (p.evidence ?? []).length > 0)).toBe(true);
      expect(section.keyTerms.length).toBe(1);
    }
    expect([draft.beforeReading, draft.afterReading, draft.readingCritically, draft.glossary].every((part) => part.length > 0)).toBe(true);
    // Nothing but the article's own words.
    const made = [...draft.sections.flatMap((s) => [s.summary, ...s.prompts.map((p) => p.text), ...s.keyTerms.map((t) => t.definition)]), draft.overview];
    expect(words(made).every((w) => answers.includes(w))).toBe(true);
  });

  it('gives the same bytes after a warm-up and whatever was rendered before', async () => {
    const guide = analyse(interview);
    const options = { edition: 'teacher' as const, creationDate: new Date(0) };
    const first = await renderPdf(guide, options);
    await inThisThread.render(draftGuide(interview), { edition: 'student', creationDate: new Date(0) });
    await inThisThread.render(draftGuide(interview), { edition: 'teacher', creationDate: new Date(0) });
    await renderPdf(guide, { ...options, edition: 'student' });
    const again = await inThisThread.render(guide, options);
    expect(Buffer.from(again.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });
});
