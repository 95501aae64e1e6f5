/**
 * Golden files for each stage on the client's seed and the corpus: the parse model, the guide model,
 * both Markdown editions, and where the lines of both PDF editions fall on their pages. A change shows up as a diff to review; regenerate deliberately with
 * `npx vitest run test/golden.test.ts -u` and read the diff before committing.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parseInterview } from '../src/parse/index.js';
import { analyse } from '../src/analyse/index.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { renderPdf } from '../src/render/pdf/index.js';
import { readPdf, type PlacedText } from './render/pdf/read-pdf.js';
import { shippedTemplates } from './helpers/templates.js';
import { SEED } from './helpers/cli.js';

const corpus = fileURLToPath(new URL('./fixtures/parse/corpus/', import.meta.url));
const cases = [
  { name: 'seed', file: SEED },
  { name: 'k8s', file: path.join(corpus, '01-k8s-sig-arch-code-organization.txt') },
  { name: 'whitehouse', file: path.join(corpus, '07-whitehouse-solarwinds-background-call.txt') },
];
/**
 * A PDF's layout in a few lines a page: its number of lines, and its first and last line of text (the
 * items on one baseline, joined), the running header and footer left out. A page break that moves,
 * or a paragraph wrapped otherwise, shows.
 */
function pageBreaks(pdf: { readonly items: readonly (readonly PlacedText[])[]; readonly sizes: readonly (readonly [number, number])[] }): string {
  return pdf.items
    .map((page, i) => {
      const lines = new Map<number, PlacedText[]>();
      const height = pdf.sizes[i]![1];
      // The header and footer sit within 60 points of the paper's edges, outside the text's margins.
      for (const item of page.filter((t) => t.y > 60 && t.y < height - 60)) {
        const y = Math.round(item.y * 10) / 10;
        lines.set(y, [...(lines.get(y) ?? []), item]);
      }
      const text = [...lines.entries()].sort((a, b) => b[0] - a[0]).map(([y, on]) => `${y.toFixed(1)} ${on.sort((a, b) => a.x - b.x).map((t) => t.str).join(' ').replace(/\s+/g, ' ').slice(0, 72)}`);
      return `page ${i + 1}, ${text.length} lines\n  ${text[0] ?? ''}\n  ${text.at(-1) ?? ''}`;
    })
    .join('\n');
}

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

  it('render stage: where the pages of both PDF editions break', async () => {
    for (const edition of ['student', 'teacher'] as const) {
      const { bytes } = await renderPdf(guide, { edition, creationDate: new Date(0) });
      await expect(`${pageBreaks(await readPdf(bytes))}\n`).toMatchFileSnapshot(golden(`${name}${edition === 'teacher' ? '.teacher' : ''}.pages.txt`));
    }
  });
});
