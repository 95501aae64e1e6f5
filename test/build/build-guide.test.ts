import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { buildGuide } from '../../src/build/index.js';
import { isGuideError } from '../../src/errors.js';
import { shippedTemplates } from '../helpers/templates.js';
import { lintMarkdown } from '../helpers/markdownlint.js';
import { SEED } from '../helpers/cli.js';

const fixture = (p: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/${p}`, import.meta.url))));
const corpus = (name: string) => fixture(`parse/corpus/${name}`);

describe('buildGuide', () => {
  it('builds the seed into the files the CLI writes, named from the input', async () => {
    const result = await buildGuide(
      { name: 'canada.txt', bytes: new Uint8Array(readFileSync(SEED)) },
      { formats: ['md', 'pdf', 'json'], editions: ['student', 'teacher'], templates: await shippedTemplates() },
    );
    expect(result.files.map((f) => f.name)).toEqual(['canada.md', 'canada.pdf', 'canada.teacher.md', 'canada.teacher.pdf', 'canada.json']);
    expect(result.guide.sections).toHaveLength(7);
  });

  it('builds every corpus article into Markdown that markdownlint accepts', async () => {
    const templates = await shippedTemplates();
    for (const name of ['01-k8s-sig-arch-code-organization.txt', '03-opensource-muffsy-open-audio-kits.txt', '07-whitehouse-solarwinds-background-call.txt', '10-usesthis-danah-boyd.txt']) {
      for (const edition of ['student', 'teacher'] as const) {
        const { files } = await buildGuide({ name, bytes: corpus(name) }, { formats: ['md'], editions: [edition], templates });
        expect(lintMarkdown(String(files[0]!.data)), `${name} (${edition})`).toEqual([]);
      }
    }
  });

  it('reads HTML and Word files through their readers', async () => {
    const templates = await shippedTemplates();
    const html = await buildGuide({ name: 'page.html', bytes: fixture('html/news-page.html') }, { formats: ['json'], editions: ['student'], templates });
    expect(html.guide.source.format).toBe('html');
    expect(html.guide.sections.length).toBeGreaterThan(0);
    const docx = await buildGuide({ name: 'interview.docx', bytes: fixture('docx/interview.docx') }, { formats: ['md'], editions: ['student'], templates });
    expect(docx.guide.source.format).toBe('docx');
    expect(docx.guide.sections.length).toBeGreaterThan(0);
  });

  it('refuses a file over the size limit, whatever its format', async () => {
    const templates = await shippedTemplates();
    for (const name of ['big.txt', 'big.docx']) {
      await expect(buildGuide({ name, bytes: new Uint8Array(2048) }, { formats: ['md'], editions: ['student'], templates, maxBytes: 1024 })).rejects.toMatchObject({ code: 'TOO_LARGE' });
    }
  });

  it('for any interview-shaped text, builds Markdown or fails with a GuideError, never anything else', async () => {
    const templates = await shippedTemplates();
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ'’*_#\[\]<>&-]{1,12}$/);
    const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
    const turn = fc.tuple(fc.constantFrom('Q: ', 'A: ', 'GT: ', 'JCR: ', '**Q:** ', '', '### ', 'MS. SMITH: '), fc.array(sentence, { minLength: 1, maxLength: 4 }), fc.constantFrom('?', '.', '!', ''));
    const article = fc.array(turn, { minLength: 0, maxLength: 10 }).map((turns) => turns.map(([label, s, end]) => `${label}${s.join('. ')}${end}`).join('\n\n'));
    await fc.assert(
      fc.asyncProperty(article, async (text) => {
        try {
          const { files } = await buildGuide({ name: 'x.txt', bytes: new TextEncoder().encode(text) }, { formats: ['md', 'json'], editions: ['teacher'], templates });
          expect(String(files[0]!.data)).toMatch(/^---\n/);
        } catch (error) {
          if (!isGuideError(error)) throw error;
        }
      }),
      { numRuns: 150 },
    );
  });

  it('renders a PDF for any interview the reader accepts', async () => {
    const templates = await shippedTemplates();
    const line = fc.tuple(fc.constantFrom('Q: ', 'A: '), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }), fc.constantFrom('?', '.'));
    const article = fc.array(line, { minLength: 2, maxLength: 6 }).map((turns) => turns.map(([label, s, end]) => `${label}${s}${end}`).join('\n\n'));
    await fc.assert(
      fc.asyncProperty(article, async (text) => {
        try {
          const { files } = await buildGuide({ name: 'x.txt', bytes: new TextEncoder().encode(text) }, { formats: ['pdf'], editions: ['student'], templates });
          expect(Buffer.from((files[0]!.data as Uint8Array).subarray(0, 5)).toString()).toBe('%PDF-');
        } catch (error) {
          if (!isGuideError(error)) throw error;
        }
      }),
      { numRuns: 15 },
    );
  });
});
