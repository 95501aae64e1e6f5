import { describe, expect, it } from 'vitest';
import type { FontRole } from '../../../src/render/fonts.js';
import { createDocument } from '../../../src/render/pdf/document.js';
import { Flow, type Run } from '../../../src/render/pdf/flow.js';
import { GlyphGuard } from '../../../src/render/pdf/glyphs.js';
import { pageGeometry, STYLES } from '../../../src/render/pdf/theme.js';
import { sampleGuide } from '../../helpers/sample-guide.js';
import { recordOperators } from '../../helpers/pdf-operators.js';

/** Which faces draw every common character, shared by the guards of all documents, as PdfWriter shares it. */
const faceCoverage = new Map<FontRole, boolean>();

/** A document and its flow, as PdfWriter makes them, recording every operator written to its pages. */
function setUp() {
  const geometry = pageGeometry('letter');
  const doc = createDocument(sampleGuide(), 'student', geometry, new Date(0));
  let lookup: (role: FontRole, cp: number) => boolean = () => true;
  const flow = new Flow(doc, geometry, new GlyphGuard((role, cp) => lookup(role, cp), faceCoverage));
  lookup = (role, cp) => flow.hasGlyph(role, cp);
  return { doc, flow, operators: recordOperators(doc) };
}

/** What write() did before it set several runs itself: for each run its style, its text cleaned, then pdfkit's text(). */
function writeWithPdfkit(flow: Flow, runs: readonly Run[]): void {
  const box = flow.column;
  const y = flow.y;
  runs.forEach((run, i) => {
    flow.use(run.style);
    const text = flow.guard.clean(run.text, run.style.font);
    const options = { width: box.width, lineGap: runs[0]!.style.lineGap, characterSpacing: run.style.characterSpacing ?? 0, align: 'left' as const, continued: i < runs.length - 1 };
    if (i === 0) flow.doc.text(text, box.x, y, options);
    else flow.doc.text(text, options);
  });
  flow.doc.x = flow.column.x;
}

describe('Flow.write with several runs', () => {
  // A label in a face not opened yet, then text with a character that sends the guard to the face's
  // cmap: pdfkit numbers faces (F1, F2) as they are first opened, so each run is cleaned only once
  // its face is selected, as before.
  const cases: Run[][] = [
    [{ text: 'Label: ', style: STYLES.uiBold }, { text: 'the ʼokina of Hawaiʻi, and µm against μm', style: STYLES.body }],
    [{ text: 'Analyse: ', style: STYLES.uiBold }, { text: 'Why does the speaker call the visit a turning point, and what does the answer leave out of the story it tells?', style: STYLES.ui }],
  ];

  it('writes what pdfkit’s continued text() writes, faces numbered in the same order', () => {
    for (const runs of cases) {
      // A first document fills the guard's record of what each face covers, as an article before does in a batch.
      setUp().flow.write(runs);
      const ours = setUp();
      const theirs = setUp();
      ours.flow.write(runs);
      writeWithPdfkit(theirs.flow, runs);
      expect(ours.operators).toEqual(theirs.operators);
      expect([ours.doc.x, ours.doc.y]).toEqual([theirs.doc.x, theirs.doc.y]);
    }
  });
});
