/** One article's bytes → its guide and output files. Pure: the caller reads and writes. */
import path from 'node:path';
import type { BackMatter, Edition, Guide, Section, Warning } from '../model.js';
import { GuideError, isGuideError } from '../errors.js';
import type { TeacherTerm } from '../analyse/options.js';
import type { TemplateSet } from '../render/markdown.js';
import type { Sidecar } from '../settings/schemas.js';
import { readArticle } from './read-article.js';
import { creationDate } from './creation-date.js';
import { inThisThread, type PdfRenderer } from './pdf-renderer.js';

export type { PdfRenderer } from './pdf-renderer.js';

/** The output formats. */
export type Format = 'md' | 'pdf' | 'json';

/** What a build needs besides the article. */
export interface BuildOptions {
  readonly formats: readonly Format[];
  readonly editions: readonly Edition[];
  readonly templates: TemplateSet;
  readonly paper?: 'letter' | 'a4';
  readonly glossary?: readonly TeacherTerm[];
  readonly sidecar?: Sidecar;
  /** 5 MB unless set. */
  readonly maxBytes?: number;
  /** Seconds since 1970, from SOURCE_DATE_EPOCH, for reproducible PDFs. */
  readonly sourceDateEpoch?: number;
  /** Where PDFs are rendered; in this thread unless set (the CLI uses a worker thread). */
  readonly pdf?: PdfRenderer;
}

/** A file to write, named from the input's stem. */
export interface BuiltFile {
  readonly name: string;
  readonly data: string | Uint8Array;
}

/** The result of building one article. */
export interface BuildResult {
  readonly guide: Guide;
  readonly files: readonly BuiltFile[];
  readonly warnings: readonly Warning[];
}

/** 5 MB: longer than any interview a class reads. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * The parse and analyse stages, loaded on the first article rather than at startup: the CLI starts
 * the PDF worker first, so the worker loads pdfkit while this thread loads the analysis (about 100 ms).
 */
async function stages(): Promise<{ parseInterview: typeof import('../parse/index.js').parseInterview; analyseInParts: typeof import('../analyse/index.js').analyseInParts; customiseParts: typeof import('../analyse/customise.js').customiseParts }> {
  const [{ parseInterview }, { analyseInParts }, { customiseParts }] = await Promise.all([import('../parse/index.js'), import('../analyse/index.js'), import('../analyse/customise.js')]);
  return { parseInterview, analyseInParts, customiseParts };
}

/** Builds every requested format and edition of one article's guide. */
export async function buildGuide(input: { name: string; bytes: Uint8Array }, options: BuildOptions): Promise<BuildResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const article = await readArticle(input.bytes, input.name, maxBytes);
  const { parseInterview, analyseInParts, customiseParts } = await stages();
  const parsed = parseInterview(article.text, input.name);
  const interview = { ...parsed, source: { ...parsed.source, format: article.format } };
  const pdf = options.pdf ?? inThisThread;
  const wantsPdf = options.formats.includes('pdf');
  if (wantsPdf) pdf.prepare(interview);
  const sidecar = options.sidecar ?? {};
  const teacherTerms = [...(options.glossary ?? []), ...(sidecar.terms?.add ?? [])];
  const parts = customiseParts(
    analyseInParts(interview, { glossary: teacherTerms, removeTerms: sidecar.terms?.remove, course: sidecar.course, title: sidecar.title }),
    { addTerms: sidecar.terms?.add, removeTerms: sidecar.terms?.remove, addPrompts: sidecar.prompts?.add },
  );
  const warnings: Warning[] = [...article.warnings, ...parts.head.warnings];
  const head: Guide = { ...parts.head, warnings };
  const date = creationDate(options.sourceDateEpoch, head.published);
  // The PDFs are begun on the guide's head and given each section as soon as it is analysed, so a
  // worker sets them while this thread analyses the rest; the bytes are those of the finished guide.
  const pdfs = wantsPdf ? pdf.start(head, options.editions.map((edition) => ({ edition, paper: options.paper ?? 'letter', creationDate: date }))) : undefined;
  const sections: Section[] = [];
  let back: BackMatter;
  try {
    for (const section of parts.sections()) {
      sections.push(section);
      pdfs?.section(section);
    }
    back = parts.back();
  } catch (error) {
    // The worker drops the PDFs begun on this guide once it is told they are done.
    for (const abandoned of pdfs?.finish({ afterReading: [], readingCritically: [] }) ?? []) abandoned.catch(() => undefined);
    throw error;
  }
  const guide: Guide = { ...head, sections, ...back };
  // The PDFs' ends are asked for at once, so the worker closes them while this thread writes the Markdown.
  const results = new Map<Edition, Promise<{ bytes: Uint8Array; warnings: readonly Warning[] }>>();
  (pdfs?.finish(back) ?? []).forEach((rendering, i) => {
    rendering.catch(() => undefined); // handled below, in order
    results.set(options.editions[i]!, rendering);
  });
  const stem = path.basename(input.name, path.extname(input.name));
  const files: BuiltFile[] = [];
  // Handlebars loads only when Markdown is asked for (and pdfkit only when a PDF is, see ./pdf-renderer.ts).
  const markdown = options.formats.includes('md') ? (await import('../render/markdown.js')).renderMarkdown : null;
  for (const edition of options.editions) {
    const suffix = edition === 'teacher' ? '.teacher' : '';
    if (markdown) files.push({ name: `${stem}${suffix}.md`, data: markdown(guide, { edition, templates: options.templates }) });
    const rendering = results.get(edition);
    if (rendering) {
      try {
        const result = await rendering;
        warnings.push(...result.warnings.filter((w) => !warnings.some((v) => v.message === w.message)));
        files.push({ name: `${stem}${suffix}.pdf`, data: result.bytes });
      } catch (cause) {
        if (isGuideError(cause)) throw cause;
        throw new GuideError('RENDER', `cannot make the ${edition} PDF`, { file: input.name, hint: 'Run with --verbose and report the problem.', cause });
      }
    }
  }
  if (options.formats.includes('json')) files.push({ name: `${stem}.json`, data: `${JSON.stringify(guide, null, 2)}\n` });
  return { guide, files, warnings };
}
