/** The build command: every input → its guides in --out, one line each, a summary at the end. */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Edition } from '../model.js';
import { GuideError, formatError, isGuideError } from '../errors.js';
import { buildGuide, type Format, type PdfRenderer } from '../build/index.js';
import { startPdfRenderer } from '../build/pdf-renderer.js';
import { tuneV8ForBatch } from '../startup.js';
import { collectInputs, loadTemplates, prepareOutDir, readInput, writeAtomic, type InputFile } from '../io.js';
import { loadGlossary, loadSidecar } from './settings.js';
import type { CliIo, Reporter } from './terminal.js';
import type { TemplateSet } from '../render/markdown.js';

/** Options of a build, after flags, config file and defaults are merged. */
export interface BuildCommandOptions {
  readonly paths: readonly string[];
  readonly out: string;
  readonly formats: readonly Format[];
  readonly editions: readonly Edition[];
  readonly paper: 'letter' | 'a4';
  readonly templates?: string;
  readonly glossary?: string;
  readonly maxBytes: number;
}

/** How one article went. */
export interface ArticleOutcome {
  readonly input: InputFile;
  readonly ok: boolean;
  readonly error?: unknown;
}

/**
 * Articles in flight at most in a batch. With two, the main thread (now the slower of the two) waited
 * whenever the worker was still finishing the article before last: three were about 6% faster for 60
 * and 100 copies of the seed (medians of 8 and 5 alternated runs), with the same peak for 100 (189 MB)
 * and 1 MB more for the 51 fixtures (four were not tried: each holds one more guide in memory).
 */
const MAX_IN_FLIGHT = 3;

/** Builds every input; returns the exit code (0 only when every input built). */
export async function runBuild(options: BuildCommandOptions, io: CliIo, reporter: Reporter, only?: ReadonlySet<string>): Promise<number> {
  const started = performance.now();
  const resolve = (p: string) => path.resolve(io.cwd, p);
  const { inputs: found, errors } = await collectInputs(options.paths.map(resolve));
  const inputs = only ? found.filter((i) => only.has(i.path)) : found;
  for (const error of errors) reporter.error(formatError(relativeError(error, io.cwd), reporter.level === 'verbose'));
  if (inputs.length === 0 && errors.length === 0) {
    reporter.error(`no articles found in ${options.paths.join(', ')}. Put .txt, .md, .html or .docx interview articles there.`);
    return 3;
  }
  const outDir = resolve(options.out);
  let templates: TemplateSet;
  try {
    await prepareOutDir(outDir);
    templates = await loadTemplates(options.templates ? resolve(options.templates) : undefined);
  } catch (error) {
    reporter.error(formatError(relativeError(error, io.cwd), reporter.level === 'verbose'));
    return isGuideError(error) ? error.exitCode : 1;
  }
  // PDFs render in a worker thread, so the next articles are read and analysed meanwhile (see
  // MAX_IN_FLIGHT); each one's report is printed in input order once the one before it is done.
  // A batch keeps its memory down; a single guide goes for speed (see ../startup.ts).
  if (inputs.length > 1) tuneV8ForBatch();
  const pdf = options.formats.includes('pdf') ? startPdfRenderer() : undefined;
  const outcomes: ArticleOutcome[] = [];
  try {
    const inFlight: Promise<Finished>[] = [];
    const finish = async () => {
      const done = await inFlight.shift()!;
      done.report();
      outcomes.push(done.outcome);
    };
    for (const input of inputs) {
      inFlight.push(buildOne(input, options, templates, outDir, io, reporter, pdf));
      // Let this article reach its PDF wait before the next one starts.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (inFlight.length >= MAX_IN_FLIGHT) await finish();
    }
    while (inFlight.length) await finish();
  } finally {
    await pdf?.close();
  }
  const failed = outcomes.filter((o) => !o.ok);
  const built = outcomes.length - failed.length;
  const rel = path.relative(io.cwd, outDir);
  const where = rel === '' ? '.' : rel.startsWith('..') ? outDir : rel;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  reporter.info(`${built} built, ${failed.length + errors.length} failed, in ${seconds} s. Guides are in ${where}${path.sep}`);
  if (failed.length === 0 && errors.length === 0) return 0;
  const codes = [...failed.map((f) => f.error), ...errors].map((e) => (isGuideError(e) ? e.exitCode : 1));
  return codes.every((c) => c === codes[0]) ? (codes[0] ?? 1) : 1;
}

/** An article's outcome, with its report held back until the articles before it have printed theirs. */
interface Finished {
  readonly outcome: ArticleOutcome;
  readonly report: () => void;
}

async function buildOne(input: InputFile, options: BuildCommandOptions, templates: TemplateSet, outDir: string, io: CliIo, reporter: Reporter, pdf?: PdfRenderer): Promise<Finished> {
  const started = performance.now();
  const shown = path.relative(io.cwd, input.path) || input.name;
  try {
    const bytes = await readInput(input.path, options.maxBytes);
    const { terms } = await loadGlossary(path.dirname(input.path), options.glossary && path.resolve(io.cwd, options.glossary));
    const { sidecar } = await loadSidecar(input.path);
    const epoch = io.env.SOURCE_DATE_EPOCH;
    const result = await buildGuide(
      { name: input.name, bytes },
      {
        formats: options.formats,
        editions: options.editions,
        templates,
        paper: options.paper,
        glossary: terms,
        sidecar,
        maxBytes: options.maxBytes,
        sourceDateEpoch: epoch && /^\d+$/.test(epoch) ? Number(epoch) : undefined,
        pdf,
      },
    );
    // Write only once every output rendered, each atomically: a failure leaves earlier guides whole.
    for (const file of result.files) await writeAtomic(path.join(outDir, file.name), file.data);
    const ms = Math.round(performance.now() - started);
    const names = result.files.map((f) => f.name).join(', ');
    const report = () => {
      reporter.info(`${reporter.mark(true)} ${shown}: ${result.guide.sections.length} sections → ${names} (${ms} ms)`);
      for (const w of result.warnings) reporter.warn(`${w.line ? `line ${w.line}: ` : ''}${w.message}`);
    };
    return { outcome: { input, ok: true }, report };
  } catch (error) {
    const placed = isGuideError(error) && (!error.file || error.file === input.name) ? new GuideError(error.code, error.message, { file: shown, line: error.line, hint: error.hint, cause: error.cause }) : error;
    const report = () => {
      reporter.info(`${reporter.mark(false)} ${shown}`);
      reporter.error(formatError(relativeError(placed, io.cwd), reporter.level === 'verbose'));
    };
    return { outcome: { input, ok: false, error: placed }, report };
  }
}

/** Shows file paths relative to where the user stands. */
function relativeError(error: unknown, cwd: string): unknown {
  if (!isGuideError(error) || !error.file || !path.isAbsolute(error.file)) return error;
  const file = path.relative(cwd, error.file) || error.file;
  const copy = new GuideError(error.code, error.message, { file, line: error.line, hint: error.hint, cause: error.cause });
  return copy;
}
