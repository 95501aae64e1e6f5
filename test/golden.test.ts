/**
 * Golden files for each stage on the client's seed and the corpus: the parse model, the guide model
 * and both Markdown editions. A change shows up as a diff to review; regenerate deliberately with
 * `npx vitest run test/golden.test.ts -u` and read the diff before committing.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parseInterview } from '../src/parse/index.js';
import { analyse } from '../src/analyse/index.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { shippedTemplates } from './helpers/templates.js';
import { SEED } from './helpers/cli.js';

const corpus = fileURLToPath(new URL('./fixtures/parse/corpus/', import.meta.url));
const cases = [
  { name: 'seed', file: SEED },
  { name: 'k8s', file: path.join(corpus, '01-k8s-sig-arch-code-organization.txt') },
  { name: 'whitehouse', file: path.join(corpus, '07-whitehouse-solarwinds-background-call.txt') },
];
const golden = (name: string) => fileURLToPath(new URL(`./fixtures/golden/${name}`, import.meta.url));

describe.each(cases)('golden: $name', ({ name, file }) => {
  const interview = parseInterview(readFileSync(file, 'utf8'), path.basename(file));
  const guide = analyse(interview);

  it('analyse stage: the guide model', async () => {
    await expect(`${JSON.stringify(guide, null, 2)}\n`).toMatchFileSnapshot(golden(`${name}.guide.json`));
  });

  it('render stage: both Markdown editions', async () => {
    const templates = await shippedTemplates();
    await expect(renderMarkdown(guide, { edition: 'student', templates })).toMatchFileSnapshot(golden(`${name}.md`));
    await expect(renderMarkdown(guide, { edition: 'teacher', templates })).toMatchFileSnapshot(golden(`${name}.teacher.md`));
  });
});
