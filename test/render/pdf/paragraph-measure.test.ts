import { describe, expect, it, vi } from 'vitest';
import type { FontRole } from '../../../src/render/fonts.js';
import fc from 'fast-check';
import { loadFonts } from '../../../src/render/fonts.js';
import { fontkit } from '../../../src/render/pdf/pdfkit.js';
import type { Prompt } from '../../../src/model.js';
import { paragraph, promptList, turnRuns } from '../../../src/render/pdf/blocks.js';
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

describe('a bound on a text’s height', () => {
  // Words of every kind: short and long, shaped before or not, with punctuation where lines may break inside them.
  const word = fc.oneof(fc.stringMatching(/^[A-Za-zé’]{1,12}$/), fc.stringMatching(/^[A-Za-z]{13,40}$/), fc.constantFrom('i', 'B', 'x', '!', '?', ')', '(', 'AVAVAVAV'), fc.stringMatching(/^[a-z]{2,8}[-/—][a-z]{2,8}$/), fc.constantFrom('(¶12,\u00a0¶13)', '“Really?”', 'WWWWWW', 'mmmmmmmm', 'ﬁnal', 'μm', 'iiiiii'));
  const gap = fc.constantFrom(' ', ' ', '  ', '\u00a0', ' — ');
  const styles = [STYLES.ui, STYLES.uiBold, STYLES.body, STYLES.noteItalic, { ...STYLES.ui, characterSpacing: 0.4 }];

  it('is never below the measured height, whatever the text, box and style', () => {
    const { doc, flow, root } = setUp();
    fc.assert(
      fc.property(fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 60 }), fc.integer({ min: 60, max: 470 }), fc.constantFrom(...styles), fc.boolean(), (parts, width, style, shapeFirst) => {
        const runs: Run[] = [{ text: parts.map(([w, g]) => w + g).join(''), style }];
        const box = { x: flow.column.x, width };
        // Half the cases with the words already in the face's cache (their width is then known), half not.
        if (shapeFirst) flow.measure(runs, box);
        const prepared = flow.prepareMeasure(runs)!;
        const bound = flow.heightBound(prepared, box);
        const height = flow.measurePrepared(prepared, box);
        expect(bound).toBeGreaterThanOrEqual(height);
      }),
      { numRuns: 300 },
    );
    root.end();
    doc.end();
  });

  it('holds on the tightest texts: lines that only just fail to take the next word, and words that span pieces', () => {
    const { doc, flow, root } = setUp();
    for (const style of styles) {
      for (let width = 30; width <= 300; width += 7) {
        for (const text of ['i B '.repeat(30) + 'i', 'x ' + '! '.repeat(60), 'Wait ? '.repeat(20), '( AVAVAVAV '.repeat(12), 'i'.repeat(25) + ' ' + 'B'.repeat(3)]) {
          const prepared = flow.prepareMeasure([{ text, style }])!;
          expect(flow.heightBound(prepared, { x: 72, width }), `${text.slice(0, 20)} at ${width}`).toBeGreaterThanOrEqual(flow.measurePrepared(prepared, { x: 72, width }));
        }
      }
    }
    root.end();
    doc.end();
  });

  // Measuring shapes all of a text in its longest run's face; skipping it for the prompts' and terms'
  // runs in two faces is the same only because those faces name no glyph by two characters.
  it('is used only where skipping measure() cannot change the ToUnicode map: the sans faces share no glyph between characters', () => {
    const sharedGlyphs = (role: 'sans' | 'sansBold' | 'serif'): string[] => {
      const font = fontkit.create(loadFonts()[role]) as unknown as { characterSet: number[]; glyphForCodePoint(cp: number): { id: number } };
      const byGlyph = new Map<number, number>();
      const shared: string[] = [];
      expect(font.characterSet.length).toBeGreaterThan(200);
      for (const cp of font.characterSet) {
        const id = font.glyphForCodePoint(cp).id;
        const other = byGlyph.get(id);
        if (other !== undefined) shared.push(`${String.fromCodePoint(other)}/${String.fromCodePoint(cp)}`);
        else byGlyph.set(id, cp);
      }
      return shared;
    };
    expect(sharedGlyphs('sans')).toEqual([]);
    expect(sharedGlyphs('sansBold')).toEqual([]);
    // The serif faces do share some (µ and μ), which is why paragraph() still measures mixed faces.
    expect(sharedGlyphs('serif').length).toBeGreaterThan(0);
  });

  it('is Infinity where pdfkit may break lines otherwise', () => {
    const { doc, flow, root } = setUp();
    for (const text of ['two\nlines', 'soft\u00adhyphen', `${'x'.repeat(120)} wider than the box`]) {
      expect(flow.heightBound(flow.prepareMeasure([{ text, style: STYLES.ui }])!, { x: 72, width: 200 })).toBe(Infinity);
    }
    root.end();
    doc.end();
  });

  it('lets a prompt list skip measuring where there is room, and measure near the foot of a page', () => {
    const prompts: Prompt[] = [1, 2, 3].map((n) => ({ text: `Why does the speaker say that trade must be diversified, and what does that mean for question ${n}?`, level: 'analyse', paragraphs: [n], evidence: [{ text: 'A diversification of trade.', paragraph: n }] }));
    for (const edition of ['student', 'teacher'] as const) {
      const { doc, flow, root } = setUp();
      const measure = vi.spyOn(flow, 'measurePrepared');
      promptList(flow, root, prompts, { edition, lines: 3 });
      // The teacher's evidence paragraphs are measured by paragraph() (two faces), not by the list.
      expect(measure).toHaveBeenCalledTimes(edition === 'teacher' ? prompts.length : 0);
      measure.mockClear();
      flow.y = flow.bottom - 40;
      promptList(flow, root, prompts.slice(0, 1), { edition, lines: 3 });
      expect(measure).toHaveBeenCalled();
      root.end();
      doc.end();
    }
  });
});
