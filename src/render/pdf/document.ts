/**
 * The pdfkit document: tagged, PDF/UA, fixed dates, our fonts registered, and metadata whose XMP
 * copy is escaped (pdfkit writes Title, Author, Subject and Keywords into the XML as they are).
 */
import { PDFDocument } from './pdfkit.js';
import type { Edition, Guide } from '../../model.js';
import { formatCitation } from '../format.js';
import type { Doc } from './flow.js';
import { installColorOperators } from './color-operators.js';
import { installLineBreakCache } from './line-breaks.js';
import { bufferOutput } from './output-buffers.js';
import { registerSharedFonts } from './shared-fonts.js';
import { installTextRuns } from './text-runs.js';
import type { PageGeometry } from './theme.js';

/** The Info dictionary's text fields. */
export interface DocumentInfo {
  readonly Title: string;
  readonly Author: string;
  readonly Subject: string;
  readonly Keywords: string;
  readonly Creator: string;
}

/** Title, author, subject, keywords (the key terms) and creator for a guide. */
export function documentInfo(guide: Guide, edition: Edition): DocumentInfo {
  const answerers = guide.speakers.filter((s) => s.part === 'interviewee').map((s) => s.name ?? s.label);
  const terms = [...new Set([...guide.glossary.map((g) => g.term), ...guide.sections.flatMap((s) => s.keyTerms.map((t) => t.term))])];
  const withWhom = answerers.length ? `, an interview with ${answerers.join(' and ')}` : '';
  return {
    Title: guide.title,
    Author: guide.author ?? guide.publication ?? guide.generator,
    Subject: `Classroom discussion guide (${edition} edition) for “${guide.title}”${withWhom} (${formatCitation(guide)})`,
    Keywords: terms.join(', '),
    Creator: guide.generator,
  };
}

/** XML's five special characters as entities. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

interface MetadataInternals {
  info: Record<string, unknown>;
  _addInfo(): void;
}

/** A new document for the guide; nothing is drawn yet. */
export function createDocument(guide: Guide, edition: Edition, geometry: PageGeometry, creationDate: Date): Doc {
  const info = documentInfo(guide, edition);
  installLineBreakCache();
  installTextRuns();
  installColorOperators();
  const doc = new PDFDocument({
    size: [...geometry.size],
    margins: { ...geometry.margins },
    bufferPages: true,
    autoFirstPage: true,
    pdfVersion: '1.7',
    tagged: true,
    // @types/pdfkit lists only the PDF/A subsets; pdfkit 0.20 also knows PDF/UA.
    subset: 'PDF/UA' as unknown as PDFKit.Mixins.PDFSubsets,
    lang: 'en',
    displayTitle: true,
    // No default font: pdfkit would parse Helvetica's metrics for every document, and a guide never uses it.
    font: null as unknown as string,
    info: { ...info, Producer: 'PDFKit', CreationDate: creationDate, ModDate: creationDate },
  });
  // pdfkit names fonts F1, F2… in the order they are first selected, and F1 went to Helvetica: the
  // guide's own faces keep their names (F2 onwards).
  (doc as unknown as { _fontCount: number })._fontCount = 1;
  bufferOutput(doc);
  escapeXmpInfo(doc);
  registerSharedFonts(doc);
  return doc;
}

/** Makes pdfkit's XMP writer see escaped copies of the info strings (the Info dictionary keeps the originals). */
function escapeXmpInfo(doc: Doc): void {
  const internals = doc as unknown as MetadataInternals;
  const addInfo = internals._addInfo;
  internals._addInfo = function (this: MetadataInternals) {
    const original = this.info;
    this.info = Object.fromEntries(Object.entries(original).map(([k, v]) => [k, typeof v === 'string' ? escapeXml(v) : v]));
    try {
      addInfo.call(this);
    } finally {
      this.info = original;
    }
  };
}
