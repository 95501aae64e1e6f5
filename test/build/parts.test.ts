import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse, analyseInParts, type GuideParts } from '../../src/analyse/index.js';
import { customiseGuide, customiseParts, type Customisation } from '../../src/analyse/customise.js';
import type { Guide } from '../../src/model.js';
import { parseInterview } from '../../src/parse/index.js';
import { PdfWriter, renderPdf } from '../../src/render/pdf/index.js';
import { mayMakePdf } from '../../src/build/pdf-renderer.js';
import { CORPUS, SEED } from '../helpers/cli.js';

const articles = [
  ['seed', readFileSync(SEED, 'utf8')],
  ['k8s', readFileSync(path.join(CORPUS, '01-k8s-sig-arch-code-organization.txt'), 'utf8')],
  ['whitehouse', readFileSync(path.join(CORPUS, '07-whitehouse-solarwinds-background-call.txt'), 'utf8')],
] as const;

/** A sidecar that touches every part: a term redefined, one placed, one with no section, one removed, prompts for a section and for after reading. */
const custom: Customisation = {
  addTerms: [
    { term: 'path dependence', definition: 'The way earlier choices limit later ones.' },
    { term: 'unilateralism', definition: 'Acting alone, without allies.' },
    { term: 'zebra crossing', definition: 'Not in any of these articles.' },
  ],
  removeTerms: ['Global Times'],
  addPrompts: [
    { section: 2, text: 'What would you ask next?' },
    { text: 'Which answer convinced you most?', level: 'evaluate' },
  ],
};

function joined(parts: GuideParts): Guide {
  const sections = [...parts.sections()];
  return { ...parts.head, sections, ...parts.back() };
}

describe('the guide in parts', () => {
  it.each(articles)('joins into analyse()’s guide, and customised into customiseGuide()’s (%s)', (name, text) => {
    const interview = parseInterview(text, `${name}.txt`);
    const whole = analyse(interview);
    const parts = joined(analyseInParts(interview));
    expect(JSON.stringify(parts)).toBe(JSON.stringify(whole));
    // The back matter comes last: the head holds none of it.
    const inParts = analyseInParts(interview);
    expect([inParts.head.afterReading, inParts.head.readingCritically]).toEqual([[], []]);
    expect(whole.afterReading.length).toBeGreaterThan(0);
    const customised = joined(customiseParts(analyseInParts(interview), custom));
    expect(JSON.stringify(customised)).toBe(JSON.stringify(customiseGuide(whole, custom)));
  });

  it('is set as a PDF section by section into the bytes renderPdf() makes of the finished guide', async () => {
    const interview = parseInterview(articles[0][1], 'seed.txt');
    for (const edition of ['student', 'teacher'] as const) {
      const parts = customiseParts(analyseInParts(interview), custom);
      const options = { edition, creationDate: new Date(0) };
      const writer = new PdfWriter(parts.head, options);
      const sections = [];
      for (const section of parts.sections()) {
        sections.push(section);
        writer.section(section);
      }
      const back = parts.back();
      const progressive = await writer.finish(back);
      const whole = await renderPdf({ ...parts.head, sections, ...back }, options);
      expect(Buffer.from(progressive.bytes).equals(Buffer.from(whole.bytes)), edition).toBe(true);
    }
  });

  // The PDF worker runs only from the compiled code; CI compiles it (npm ci runs prepare).
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const dist = path.join(root, 'dist', 'index.js');
  it.skipIf(!existsSync(dist))('gives the same PDFs from the CLI’s worker thread as from the compiled renderPdf()', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'dg-parts-'));
    try {
      execFileSync(process.execPath, [path.join(root, 'bin', 'discussion-guide.js'), 'build', SEED, '--out', out, '--format', 'pdf', '--edition', 'student,teacher', '--quiet'], {
        env: { ...process.env, SOURCE_DATE_EPOCH: '1768435200' },
      });
      const compiled = (await import(dist)) as typeof import('../../src/index.js');
      const { buildGuide } = compiled;
      const inThread = await buildGuide(
        { name: path.basename(SEED), bytes: new Uint8Array(readFileSync(SEED)) },
        { formats: ['pdf'], editions: ['student', 'teacher'], templates: {} as never, sourceDateEpoch: 1768435200 },
      );
      for (const file of inThread.files) expect(readFileSync(path.join(out, file.name)).equals(Buffer.from(file.data as Uint8Array)), file.name).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('starts the PDF worker early only for a build that may make PDFs', () => {
    for (const argv of [[], ['build'], ['a.txt'], ['build', 'input/', '--out', 'x'], ['-f', 'md,pdf'], ['build', '--format', 'pdf', '-e', 'teacher']]) expect(mayMakePdf(argv), argv.join(' ')).toBe(true);
    for (const argv of [['-f', 'md'], ['build', '--format', 'md,json'], ['init'], ['init', 'class'], ['--help'], ['--version'], ['build', '--bogus']]) expect(mayMakePdf(argv), argv.join(' ')).toBe(false);
  });

  it.skipIf(!existsSync(dist))('ends a run that makes no PDF without waiting for the early worker, when a settings file asks for Markdown only', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dg-early-'));
    try {
      copyFileSync(SEED, path.join(dir, 'seed.txt'));
      writeFileSync(path.join(dir, 'discussion-guide.config.json'), '{ "format": "md" }\n');
      execFileSync(process.execPath, [path.join(root, 'bin', 'discussion-guide.js'), 'build', 'seed.txt', '--out', 'out', '--quiet'], { cwd: dir, timeout: 20_000 });
      expect(readdirSync(path.join(dir, 'out'))).toEqual(['seed.md']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!existsSync(dist))('builds a batch with several articles in flight: reports in input order, a bad one failing alone, the same PDFs as one at a time', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dg-batch-'));
    try {
      const input = path.join(dir, 'input');
      mkdirSync(input);
      const names = readdirSync(CORPUS).filter((f) => f.endsWith('.txt'));
      for (const [i, name] of names.entries()) copyFileSync(path.join(CORPUS, name), path.join(input, `${i}a-${name}`));
      copyFileSync(SEED, path.join(input, '1b-seed.txt'));
      copyFileSync(SEED, path.join(input, '3b-seed-again.txt'));
      writeFileSync(path.join(input, '2b-recipe.txt'), 'Mix the flour and the butter.\n\nBake for twenty minutes.\n');
      const order = readdirSync(input).sort();
      let stdout = '';
      try {
        execFileSync(process.execPath, [path.join(root, 'bin', 'discussion-guide.js'), 'build', input, '--out', path.join(dir, 'out'), '--format', 'md,pdf'], {
          env: { ...process.env, SOURCE_DATE_EPOCH: '1768435200' },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
      } catch (error) {
        stdout = String((error as { stdout: Buffer }).stdout);
      }
      const reported = stdout.split('\n').flatMap((line) => /^[✓✗] (?:.*\/)?([^/:]+?)(?::|$)/.exec(line)?.[1] ?? []);
      expect(reported).toEqual(order);
      expect(stdout).toMatch(new RegExp(`${order.length - 1} built, 1 failed`));
      const { buildGuide } = (await import(dist)) as typeof import('../../src/index.js');
      for (const name of order.filter((n) => !n.includes('recipe'))) {
        const alone = await buildGuide({ name, bytes: new Uint8Array(readFileSync(path.join(input, name))) }, { formats: ['pdf'], editions: ['student'], templates: {} as never, sourceDateEpoch: 1768435200 });
        const pdf = alone.files[0]!;
        expect(readFileSync(path.join(dir, 'out', pdf.name)).equals(Buffer.from(pdf.data as Uint8Array)), pdf.name).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
