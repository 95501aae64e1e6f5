import { describe, expect, it, vi } from 'vitest';
import type { FontRole } from '../../../src/render/fonts.js';
import { paragraph, turnRuns } from '../../../src/render/pdf/blocks.js';
import { createDocument } from '../../../src/render/pdf/document.js';
import { Flow, type Run } from '../../../src/render/pdf/flow.js';
import { GlyphGuard } from '../../../src/render/pdf/glyphs.js';
import { pageGeometry, STYLES } from '../../../src/render/pdf/theme.js';
import { sampleGuide } from '../../helpers/sample-guide.js';

/** A document and its flow, as PdfWriter makes them. */
function setUp() {
  const geometry = pageGeometry('letter');
  const doc = createDocument(sampleGuide(), 'student', geometry, new Date(0));
  let lookup: (role: FontRole, cp: number) => boolean = () => true;
  const flow = new Flow(doc, geometry, new GlyphGuard((role, cp) => lookup(role, cp)));
  lookup = (role, cp) => flow.hasGlyph(role, cp);
  const root = doc.struct('Document');
  doc.addStructure(root);
  return { doc, flow, root };
}

/** How many times paragraph() measures the runs, set at `y` on the first page. */
function measuresOf(runs: readonly Run[], y?: number): number {
  const { doc, flow, root } = setUp();
  if (y !== undefined) flow.y = y;
  const measure = vi.spyOn(flow, 'measure');
  const prepare = vi.spyOn(flow, 'prepareMeasure');
  paragraph(flow, root, runs);
  const count = measure.mock.calls.length;
  // Skipping the measure still does what it does first (the style set, the text cleaned).
  expect(prepare).toHaveBeenCalled();
  root.end();
  doc.end();
  return count;
}

describe('a paragraph is measured only when its height may matter', () => {
  const body: Run[] = [{ text: 'Plain body text here, said the speaker, at some length to make two lines of it at least.', style: STYLES.body }];

  it('is not measured with room for more than it can ask to keep together', () => {
    expect(measuresOf(body)).toBe(0);
  });

  it('is measured near the foot of a page', () => {
    const { flow } = setUp();
    expect(measuresOf(body, flow.bottom - flow.lineHeight(STYLES.body) * 3)).toBe(1);
  });

  // Measuring shapes the label's text in the body's face: skipping it for mixed faces would change
  // which code points the shared faces keep for a glyph that two characters share (µ and μ).
  it('is measured when its runs are set in more than one face', () => {
    expect(measuresOf(turnRuns('Dana µLab', 'A cell of 5 μm across.'))).toBe(1);
  });
});
