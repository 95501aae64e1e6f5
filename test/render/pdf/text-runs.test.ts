import fc from 'fast-check';
import { PDFDocument } from '../../../src/render/pdf/pdfkit.js';
import { describe, expect, it } from 'vitest';
import { loadFonts } from '../../../src/render/fonts.js';
import { registerSharedFonts } from '../../../src/render/pdf/shared-fonts.js';
import { installTextRuns } from '../../../src/render/pdf/text-runs.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { sampleGuide } from '../../helpers/sample-guide.js';

type Doc = InstanceType<typeof PDFDocument>;
type Fragment = (text: string, x: number, y: number, options: object) => void;
const proto = PDFDocument.prototype as unknown as { _fragment: Fragment };
// pdfkit's own _fragment, taken before ours replaces it (in this file's fresh modules, nothing has drawn yet).
const original = proto._fragment;
installTextRuns();
const ours = proto._fragment;

/** A line to set: text, face and pdfkit's text options. */
interface Line {
  readonly text: string;
  readonly face: 'serif' | 'serifItalic' | 'sans' | 'sansBold';
  readonly options: Record<string, unknown>;
}

/** The uncompressed PDF of the lines, set with pdfkit's _fragment or ours, in the shared faces or in faces pdfkit loads itself. */
function pdfOf(lines: readonly Line[], fragment: 'pdfkit' | 'ours', faces: 'shared' | 'pdfkit' = 'shared'): Promise<string> {
  const doc: Doc = new PDFDocument({ font: null as unknown as string, compress: false, info: { CreationDate: new Date(0), ModDate: new Date(0) } });
  if (fragment === 'pdfkit') (doc as unknown as { _fragment: Fragment })._fragment = original;
  if (faces === 'shared') registerSharedFonts(doc);
  else for (const face of FACES) doc.registerFont(face, FONT_FILES[face]);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<string>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks).toString('latin1'))));
  let y = 72;
  for (const line of lines) {
    doc.font(line.face).fontSize(11);
    doc.text(line.text, 72, y, { width: 300, ...line.options });
    y = Math.min(doc.y, 600);
  }
  doc.end();
  return done;
}

const FACES = ['serif', 'serifItalic', 'sans', 'sansBold'] as const;
const FONT_FILES = loadFonts();

describe('text set from per-document TJ parts', () => {
  it('replaces pdfkit’s _fragment, once', () => {
    expect(ours).not.toBe(original);
    installTextRuns();
    expect(proto._fragment).toBe(ours);
  });

  it('writes the bytes pdfkit writes: kerning, ligatures, marks, alignment, spacing, and the options it leaves to pdfkit', async () => {
    const texts = [
      'AVAST! To Tyre, Wa. “Yes,” Vázquez said — T.V. and LT. Ave., Paris.',
      'The final offer was fine; efficient, fluffy, affirmed: fish & chips.',
      'Café, naïve, Zoë and Ñandú, with a combining e\u0301 and a\u0308 mark.',
      'Tab\tseparated\twords, and  double  spaces, then a line-\nbreak.',
      'Meng Wanzhou, unilateralism and a diversification of trade (2018–2026).',
    ];
    const options: Record<string, unknown>[] = [
      {},
      { align: 'right' },
      { align: 'center' },
      { align: 'justify' },
      { characterSpacing: 0.6 },
      { horizontalScaling: 90 },
      { lineGap: 3 },
      { underline: true },
      { strike: true },
      { link: 'https://example.org/' },
      { features: ['smcp'] },
      { baseline: 'middle' },
      { baseline: 4 },
      { oblique: true },
      { stroke: true },
      { wordSpacing: 2 },
    ];
    const lines: Line[] = [];
    texts.forEach((text, i) => options.forEach((o, j) => lines.push({ text, face: FACES[(i + j) % FACES.length]!, options: o })));
    const expected = await pdfOf(lines, 'pdfkit');
    expect(await pdfOf(lines, 'ours')).toBe(expected);
    // Kerned pairs are cut into separate strings, as pdfkit cuts them.
    expect(expected).toMatch(/> -?\d+(\.\d+)? </);
  });

  it('writes the bytes pdfkit writes for any mix of words and spacing', async () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ’.,;:!?()“”\-]{1,14}$/);
    const gap = fc.constantFrom(' ', '  ', '\t', ' — ', '\n');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 20 }), fc.constantFrom(...FACES), fc.constantFrom('left', 'right', 'center')), { minLength: 1, maxLength: 6 }),
        async (paragraphs) => {
          const lines = paragraphs.map(([parts, face, align]) => ({ text: parts.map(([w, g]) => w + g).join(''), face, options: { align } }));
          expect(await pdfOf(lines, 'ours')).toBe(await pdfOf(lines, 'pdfkit'));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('leaves lines in faces that are not the shared ones to pdfkit', async () => {
    const lines: Line[] = FACES.map((face) => ({ text: 'AVAST! To Tyre, Wa. The final offer was fine.', face, options: {} }));
    expect(await pdfOf(lines, 'ours', 'pdfkit')).toBe(await pdfOf(lines, 'pdfkit', 'pdfkit'));
  });

  it('gives a guide’s PDF the bytes it has with pdfkit’s _fragment', async () => {
    const guide = sampleGuide();
    const options = { edition: 'teacher' as const, creationDate: new Date(0) };
    const withOurs = await renderPdf(guide, options);
    proto._fragment = original;
    try {
      const withPdfkit = await renderPdf(guide, options);
      expect(Buffer.from(withOurs.bytes).equals(Buffer.from(withPdfkit.bytes))).toBe(true);
    } finally {
      proto._fragment = ours;
    }
  });
});
