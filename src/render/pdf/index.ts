/**
 * The PDF writer: Guide → a tagged, accessible (PDF/UA), typeset discussion guide, as bytes.
 * Pure: pdfkit writes to memory; the only data read are the font files (see ../fonts.ts).
 */
// First, before anything loads pdfkit and its Unicode tables (see ./native-inflate.ts and ./pdfkit.ts).
import './native-inflate.js';
import './pdfkit.js';
import type { BackMatter, Edition, Guide, Section, Warning } from '../../model.js';
import { GuideError } from '../../errors.js';
import { afterReading, closing, glossary } from './back.js';
import { createDocument } from './document.js';
import { Flow, type Struct } from './flow.js';
import { enterArticle } from './article-scope.js';
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
  const writer = new PdfWriter(guide, options);
  for (const section of guide.sections) writer.section(section);
  return writer.finish();
}

/**
 * Which faces draw all of the common characters (see GlyphGuard), shared by every document: each
 * role is the same font file in every document of the process (../fonts.ts).
 */
const faceCoverage = new Map<FontRole, boolean>();

/**
 * A PDF set part by part, in reading order: the front matter when it is made, then each section as
 * it comes, then the back matter and the page furniture. `head` is the guide without its sections'
 * study content and its back matter's prompts (see analyseInParts): the front matter reads only the
 * sections' number and key terms, and finish() is given the prompts. The bytes are those renderPdf()
 * makes of the finished guide.
 */
export class PdfWriter {
  private readonly doc: ReturnType<typeof createDocument>;
  private readonly flow: Flow;
  private readonly root: Struct;
  private readonly chunks: Uint8Array[] = [];
  private readonly done: Promise<void>;
  private finished = false;

  constructor(
    private readonly head: Guide,
    private readonly options: PdfOptions,
  ) {
    const geometry = pageGeometry(options.paper ?? 'letter');
    const creationDate = options.creationDate ?? defaultCreationDate(head);
    if (Number.isNaN(creationDate.getTime())) throw new GuideError('RENDER', 'cannot write the PDF: the creation date is not a valid date', { hint: 'Check SOURCE_DATE_EPOCH.' });
    enterArticle(head.source.name);
    const doc = createDocument(head, options.edition, geometry, creationDate);
    this.doc = doc;
    this.done = new Promise<void>((resolve, reject) => {
      doc.on('data', (chunk: Uint8Array) => this.chunks.push(chunk));
      doc.on('end', () => resolve());
      doc.on('error', reject);
    });
    let lookup: (role: FontRole, cp: number) => boolean = () => true;
    const flow: Flow = new Flow(doc, geometry, new GlyphGuard((role, cp) => lookup(role, cp), faceCoverage));
    lookup = (role, cp) => flow.hasGlyph(role, cp);
    this.flow = flow;
    this.root = this.step(() => {
      const root = doc.struct('Document');
      doc.addStructure(root);
      titleBlock(flow, root, head, options.edition);
      if (options.edition === 'teacher') lessonPlan(flow, root, head);
      beforeReading(flow, root, head, options.edition);
      return root;
    });
  }

  /** Sets the next section. */
  section(section: Section): void {
    this.step(() => studySection(this.flow, this.root, this.head, section, this.options.edition));
  }

  /**
   * Sets the back matter and the page furniture, and returns the PDF. `back` gives the prompts after
   * reading and for reading critically when the head was begun without them (see GuideParts).
   */
  async finish(back?: BackMatter): Promise<PdfResult> {
    const { flow, root, doc, options } = this;
    const guide: Guide = back ? { ...this.head, ...back } : this.head;
    this.step(() => {
      closing(flow, root, guide);
      afterReading(flow, root, guide, options.edition);
      glossary(flow, root, guide, options.edition);
      root.end();
      drawFurniture(flow, guide, options.edition);
      doc.end();
    });
    this.finished = true;
    await this.done;
    const size = this.chunks.reduce((n, c) => n + c.length, 0);
    const bytes = new Uint8Array(size);
    let offset = 0;
    for (const c of this.chunks) {
      bytes.set(c, offset);
      offset += c.length;
    }
    return { bytes, warnings: flow.guard.warnings() };
  }

  private step<T>(draw: () => T): T {
    if (this.finished) throw new GuideError('RENDER', `the PDF for ${this.head.source.name} is already finished`, { file: this.head.source.name });
    try {
      return draw();
    } catch (cause) {
      throw new GuideError('RENDER', `cannot write the PDF for ${this.head.source.name}`, { file: this.head.source.name, cause });
    }
  }
}
