import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import * as api from '../src/index.js';
import { SEED } from './helpers/cli.js';

describe('the library API', () => {
  it('exports the stages the README documents', () => {
    for (const name of ['buildGuide', 'parseInterview', 'analyse', 'renderMarkdown', 'renderPdf', 'loadTemplates', 'readArticle', 'GuideError', 'main']) {
      expect(typeof (api as Record<string, unknown>)[name], name).toBe('function');
    }
  });

  it('runs the README example', async () => {
    const text = await readFile(SEED, 'utf8');
    const guide = api.analyse(api.parseInterview(text, 'interview.txt'));
    const markdown = api.renderMarkdown(guide, { edition: 'teacher', templates: await api.loadTemplates() });
    expect(markdown).toContain('## 7. ');
    const { bytes } = await api.renderPdf(guide, { edition: 'student', paper: 'a4' });
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const { files } = await api.buildGuide(
      { name: 'interview.txt', bytes: await readFile(SEED) },
      { formats: ['md', 'pdf'], editions: ['student'], templates: await api.loadTemplates() },
    );
    expect(files.map((f) => f.name)).toEqual(['interview.md', 'interview.pdf']);
  });
});
