import { describe, expect, it } from 'vitest';
import type { Guide } from '../../../src/model.js';
import { enterArticle } from '../../../src/render/pdf/article-scope.js';
import { measuredTexts } from '../../../src/render/pdf/flow.js';
import { keptTexts } from '../../../src/render/pdf/line-breaks.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { sampleGuide } from '../../helpers/sample-guide.js';

/** Another article: another file, and every text of it other words. */
const TEXTS = new Set(['text', 'question', 'answer', 'summary', 'definition', 'overview', 'title', 'topic', 'editorsNote']);
function other(guide: Guide): Guide {
  const change = (value: unknown, key?: string): unknown => {
    if (typeof value === 'string') return key && TEXTS.has(key) ? value.replace(/\p{L}+/gu, (w) => `${w}s`) : value;
    if (Array.isArray(value)) return value.map((v) => change(v, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, change(v, k)]));
    return value;
  };
  const changed = change(guide) as Guide;
  return { ...changed, source: { ...guide.source, name: 'another-article.txt' } };
}

const cached = () => ({ heights: measuredTexts(), breaks: keptTexts() });
/** Empties the caches, as another article's guide would (a new name each time). */
let resets = 0;
const reset = () => enterArticle(`(test ${resets++})`);

describe('caches of whole texts serve one article', () => {
  const a = sampleGuide();
  const b = other(a);
  const options = (edition: 'student' | 'teacher') => ({ edition, creationDate: new Date(0) });

  it('keep an article’s texts for its other edition and for a build of it again', async () => {
    reset();
    await renderPdf(a, options('student'));
    const student = cached();
    expect(student.heights).toBeGreaterThan(10);
    expect(student.breaks).toBeGreaterThan(10);
    await renderPdf(a, options('teacher'));
    const teacher = cached();
    expect(teacher.heights).toBeGreaterThanOrEqual(student.heights);
    expect(teacher.breaks).toBeGreaterThanOrEqual(student.breaks);
    await renderPdf(a, options('teacher'));
    expect(cached()).toEqual(teacher);
  });

  it('empty them when another article begins, so they hold only its texts', async () => {
    reset();
    await renderPdf(b, options('student'));
    const alone = cached();
    await renderPdf(a, options('student'));
    await renderPdf(b, options('student'));
    // Without the emptying they would hold both articles' texts. A text or two fewer may be measured
    // after another article: the words it shaped let Flow.heightBound find room without measuring
    // (the bytes are the same either way, as the next test shows).
    const after = cached();
    expect(after.heights).toBeLessThanOrEqual(alone.heights);
    expect(after.breaks).toBeLessThanOrEqual(alone.breaks);
    expect(after.heights).toBeGreaterThanOrEqual(alone.heights * 0.95);
    expect(after.breaks).toBeGreaterThanOrEqual(alone.breaks * 0.95);
  });

  it('give the same bytes whether an article comes first or after another', async () => {
    reset();
    const first = await renderPdf(b, options('teacher'));
    await renderPdf(a, options('teacher'));
    const after = await renderPdf(b, options('teacher'));
    expect(Buffer.from(after.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });
});
