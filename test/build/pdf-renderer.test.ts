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

  it('warms up on a draft made of the article text alone', () => {
    const draft = draftGuide(interview);
    expect(draft.sections.map((s) => s.answerParagraphs)).toEqual(interview.exchanges.map((e) => e.answer));
    expect(draft.sections.every((s) => s.prompts.length === 0 && s.keyTerms.length === 0)).toBe(true);
  });

  it('gives the same bytes after a warm-up and whatever was rendered before', async () => {
    const guide = analyse(interview);
    const options = { edition: 'teacher' as const, creationDate: new Date(0) };
    const first = await renderPdf(guide, options);
    await inThisThread.render(draftGuide(interview), { edition: 'student', creationDate: new Date(0) });
    await renderPdf(guide, { ...options, edition: 'student' });
    const again = await inThisThread.render(guide, options);
    expect(Buffer.from(again.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });
});
