/**
 * The PDF writer: Guide → a tagged, accessible (PDF/UA), typeset discussion guide, as bytes.
 * Pure: pdfkit writes to memory; the only data read are the font files (see ../fonts.ts).
 */
import type { Edition, Guide, Warning } from '../../model.js';
import { GuideError } from '../../errors.js';
import { afterReading, closing, glossary } from './back.js';
import { createDocument } from './document.js';
import { Flow } from './flow.js';
import { beforeReading, lessonPlan, titleBlock } from './front.js';
import { drawFurniture } from './furniture.js';
import { GlyphGuard } from './glyphs.js';
import { studySection } from './section.js';
import type { FontRole } from '../fonts.js';
import { pageGeometry, type Paper } from './theme.js';

/** What the PDF writer needs besides the guide. */
export interface PdfOptions {
  readonly edition: Edition;
  readonly paper?: Paper;
  /** CreationDate and ModDate; the caller derives it from SOURCE_DATE_EPOCH or the article's date. */
  readonly creationDate?: Date;
}

/** The PDF and the problems met while setting it (e.g. MISSING_GLYPH). */
export interface PdfResult {
  readonly bytes: Uint8Array;
  readonly warnings: Warning[];
}

/** Noon UTC on the article's date, else a fixed date, so the bytes never depend on the clock. */
export function defaultCreationDate(guide: Guide): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(guide.published ?? '');
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12)) : new Date(Date.UTC(2000, 0, 1));
}

/** Renders the guide's student or teacher edition as a PDF. */
export async function renderPdf(guide: Guide, options: PdfOptions): Promise<PdfResult> {
  const geometry = pageGeometry(options.paper ?? 'letter');
  const creationDate = options.creationDate ?? defaultCreationDate(guide);
  if (Number.isNaN(creationDate.getTime())) throw new GuideError('RENDER', 'cannot write the PDF: the creation date is not a valid date', { hint: 'Check SOURCE_DATE_EPOCH.' });
  const doc = createDocument(guide, options.edition, geometry, creationDate);
  const chunks: Uint8Array[] = [];
  const done = new Promise<void>((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  let lookup: (role: FontRole, cp: number) => boolean = () => true;
  const flow: Flow = new Flow(doc, geometry, new GlyphGuard((role, cp) => lookup(role, cp)));
  lookup = (role, cp) => flow.hasGlyph(role, cp);
  try {
    const root = doc.struct('Document');
    doc.addStructure(root);
    titleBlock(flow, root, guide, options.edition);
    if (options.edition === 'teacher') lessonPlan(flow, root, guide);
    beforeReading(flow, root, guide, options.edition);
    for (const section of guide.sections) studySection(flow, root, guide, section, options.edition);
    closing(flow, root, guide);
    afterReading(flow, root, guide, options.edition);
    glossary(flow, root, guide, options.edition);
    root.end();
    drawFurniture(flow, guide, options.edition);
    doc.end();
  } catch (cause) {
    throw new GuideError('RENDER', `cannot write the PDF for ${guide.source.name}`, { file: guide.source.name, cause });
  }
  await done;
  const size = chunks.reduce((n, c) => n + c.length, 0);
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.length;
  }
  return { bytes, warnings: flow.guard.warnings() };
}
