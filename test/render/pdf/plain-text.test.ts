import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PDFDocument } from '../../../src/render/pdf/pdfkit.js';
import { loadFonts, type FontRole } from '../../../src/render/fonts.js';
import { recordOperators } from '../../helpers/pdf-operators.js';
import { forgetLineBreaks, installLineBreakCache } from '../../../src/render/pdf/line-breaks.js';
import { plainTextHeight, setPlainRuns, setPlainText, type PlainRun } from '../../../src/render/pdf/plain-text.js';

type Doc = InstanceType<typeof PDFDocument>;

/** The font, size and spacing a paragraph is set in. */
interface Setting {
  readonly face: 'serif' | 'sansBold';
  readonly size: number;
  readonly characterSpacing: number;
}
const SETTINGS: Setting[] = [
  { face: 'serif', size: 10, characterSpacing: 0 },
  { face: 'sansBold', size: 8.5, characterSpacing: 0.4 },
  { face: 'serif', size: 12, characterSpacing: 0 },
];

const FONTS = loadFonts();
installLineBreakCache();

/** A new document with the faces, the first selected, recording every operator written to its pages. */
function documentWith(faces: readonly FontRole[], size: number): { doc: Doc; operators: string[] } {
  const doc = new PDFDocument({ font: null as unknown as string, autoFirstPage: true, compress: false, info: { CreationDate: new Date(0) } });
  for (const face of faces) doc.registerFont(face, FONTS[face]);
  doc.font(faces[0]!).fontSize(size);
  return { doc, operators: recordOperators(doc) };
}

/** A new document in the setting. */
const documentIn = (setting: Setting) => documentWith([setting.face], setting.size);

// Mostly words without soft hyphens, which are left to pdfkit (see below).
const word = fc.oneof({ weight: 19, arbitrary: fc.stringMatching(/^[A-Za-zé’\-]{1,16}$/) }, { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z\u00ad]{1,40}$/) });
const gap = fc.constantFrom(' ', '  ', '\n', ' — ', '\u00a0', '-', '/', '\t');
const text = fc.array(fc.tuple(word, gap), { minLength: 0, maxLength: 40 }).map((parts) => parts.map(([w, g]) => w + g).join(''));

describe('plainTextHeight', () => {
  it('gives the height pdfkit’s heightOfString gives, or leaves the text to it', () => {
    let counted = 0;
    fc.assert(
      fc.property(text, fc.integer({ min: 8, max: 420 }), fc.constantFrom(0, 1.5, 3), fc.constantFrom(...SETTINGS), (t, width, lineGap, s) => {
        const { doc } = documentIn(s);
        const options = { width, lineGap, characterSpacing: s.characterSpacing };
        forgetLineBreaks();
        const fast = plainTextHeight(doc, t, options);
        const expected = doc.heightOfString(t, options);
        if (fast !== null) {
          counted++;
          expect(fast).toBe(expected);
        }
        // Again, with the widths kept, as when a paragraph is measured a second time.
        const again = plainTextHeight(doc, t, options);
        if (again !== null) expect(again).toBe(expected);
      }),
      { numRuns: 300 },
    );
    // Most texts are counted here, not handed back.
    expect(counted).toBeGreaterThan(150);
  });

  it('leaves soft hyphens, continued text and text without a width to pdfkit', () => {
    const { doc } = documentIn(SETTINGS[0]!);
    const options = { width: 200, lineGap: 0, characterSpacing: 0 };
    // Without a width pdfkit sets each line as it is: one line even for no text.
    expect(plainTextHeight(doc, '', { ...options, width: 0 })).toBeNull();
    expect(doc.heightOfString('', { ...options, width: 0 })).toBeGreaterThan(0);
    expect(plainTextHeight(doc, 'co\u00adoperation', options)).toBeNull();
    doc.text('begun', 72, 72, { width: 200, continued: true });
    expect(plainTextHeight(doc, 'and then', options)).toBeNull();
    doc.text(' ended', { width: 200 });
    expect(plainTextHeight(doc, 'and then', options)).not.toBeNull();
  });
});

describe('setPlainText', () => {
  it('writes the operators pdfkit’s text() writes and leaves the cursor where it does, or sets nothing', () => {
    let set = 0;
    fc.assert(
      fc.property(
        text,
        fc.integer({ min: 8, max: 420 }),
        fc.constantFrom(0, 2),
        fc.constantFrom(...SETTINGS),
        fc.constantFrom('left' as const, 'right' as const, 'center' as const),
        fc.integer({ min: 40, max: 760 }),
        (t, width, lineGap, s, align, y) => {
          const options = { width, lineGap, characterSpacing: s.characterSpacing, align, continued: false as const };
          const ours = documentIn(s);
          const theirs = documentIn(s);
          forgetLineBreaks();
          if (!setPlainText(ours.doc, t, 72, y, options)) {
            // Nothing set, and the cursor not moved, so that the caller can hand the text to pdfkit.
            expect(ours.operators).toEqual([]);
            return;
          }
          set++;
          theirs.doc.text(t, 72, y, options);
          expect(ours.operators).toEqual(theirs.operators);
          expect([ours.doc.x, ours.doc.y]).toEqual([theirs.doc.x, theirs.doc.y]);
          // pdfkit stayed on the first page too.
          expect(theirs.doc.bufferedPageRange().count).toBe(1);
        },
      ),
      { numRuns: 300 },
    );
    expect(set).toBeGreaterThan(100);
  });

  it('leaves to pdfkit a paragraph that would run past the foot of the page', () => {
    const { doc, operators } = documentIn(SETTINGS[0]!);
    const long = 'A sentence of some length that fills a line. '.repeat(40);
    const options = { width: 300, lineGap: 2, characterSpacing: 0, align: 'left' as const, continued: false as const };
    expect(setPlainText(doc, long, 72, 600, options)).toBe(false);
    expect(operators).toEqual([]);
    expect(setPlainText(doc, long, 72, 72, options)).toBe(true);
    expect(operators.filter((o) => o === 'BT').length).toBeGreaterThan(20);
  });
});

/** A run of a paragraph in several: its text, face, size, spacing and colour. */
interface RunSetting {
  readonly text: string;
  readonly face: 'serif' | 'sansBold' | 'serifItalic';
  readonly size: number;
  readonly characterSpacing: number;
  readonly color: string;
}

/** A new document with the faces runs use. */
const documentForRuns = () => documentWith(['serif', 'sansBold', 'serifItalic'], 10);

/** The document's bytes: pdfkit pushes them into its stream as it ends, and they are read from there at once. */
function finished(doc: Doc): Buffer {
  doc.end();
  const chunks: Buffer[] = [];
  for (let chunk = doc.read() as Buffer | null; chunk !== null; chunk = doc.read() as Buffer | null) chunks.push(chunk);
  return Buffer.concat(chunks);
}

const use = (doc: Doc, r: RunSetting) => doc.font(r.face).fontSize(r.size).fillColor(r.color);
const plainRuns = (doc: Doc, runs: readonly RunSetting[]): PlainRun[] =>
  runs.map((r) => ({
    characterSpacing: r.characterSpacing,
    prepare: () => {
      doc.font(r.face).fontSize(r.size);
      return r.text;
    },
    use: () => use(doc, r),
  }));

// Runs in faces, sizes and colours that differ or not (a label and a muted note in the same face as the text).
const runSetting = fc.record({
  text: fc.oneof(text, fc.constantFrom('Analyse: ', 'Senator Smith: ', '¶12  ', '1.', 'x', ' (person, ¶3)', ' µm and ʼokina ', 'μ office, ’fine’ ')),
  face: fc.constantFrom('serif' as const, 'sansBold' as const, 'serifItalic' as const),
  size: fc.constantFrom(8.5, 10, 12),
  characterSpacing: fc.constantFrom(0, 0.4),
  color: fc.constantFrom('#222222', '#8a2b1b'),
});

/** How a case was set: by setPlainRuns (with the lines of each run), or left to pdfkit. */
interface Outcome {
  readonly set: boolean;
  /** Lines written by each run (BT operators), when set. */
  readonly lines: number[];
  /** Whether a run after the first began with an empty line (its first word did not fit after the run before). */
  readonly emptyFirstLine: boolean;
}

/**
 * Sets the runs with setPlainRuns in one document and with pdfkit's continued text() in another, and
 * checks that both write the same operators and the same file and leave the cursor and the document
 * alike; when setPlainRuns declines, that it wrote nothing.
 */
function compareRuns(runs: readonly RunSetting[], width: number, lineGap: number, x: number, y: number): Outcome {
  const ours = documentForRuns();
  const theirs = documentForRuns();
  forgetLineBreaks();
  if (!setPlainRuns(ours.doc, plainRuns(ours.doc, runs), x, y, { width, lineGap })) {
    expect(ours.operators).toEqual([]);
    return { set: false, lines: [], emptyFirstLine: false };
  }
  const lines: number[] = [];
  let emptyFirstLine = false;
  runs.forEach((r, i) => {
    use(theirs.doc, r);
    const options = { width, lineGap, characterSpacing: r.characterSpacing, align: 'left' as const, continued: i < runs.length - 1 };
    const before = theirs.operators.filter((o) => o === 'BT').length;
    const yBefore = theirs.doc.y;
    const firstLine = theirs.operators.length;
    if (i === 0) theirs.doc.text(r.text, x, y, options);
    else theirs.doc.text(r.text, options);
    lines.push(theirs.operators.filter((o) => o === 'BT').length - before);
    // The run's first text set lower than where it began: its first line was left empty.
    const tm = theirs.operators.slice(firstLine).find((o) => o.endsWith(' Tm'));
    if (i > 0 && tm && Number(tm.split(' ')[5]) < theirs.doc.page.height - yBefore - 20) emptyFirstLine = true;
  });
  expect(ours.operators).toEqual(theirs.operators);
  expect([ours.doc.x, ours.doc.y]).toEqual([theirs.doc.x, theirs.doc.y]);
  expect(theirs.doc.bufferedPageRange().count).toBe(1);
  // The whole file too: the fonts' subsets and ToUnicode maps, which name each glyph by the code points it was first made for.
  const file = finished(ours.doc);
  expect(file.subarray(-6).toString()).toContain('%%EOF');
  expect(Buffer.compare(file, finished(theirs.doc))).toBe(0);
  // Left as pdfkit leaves it after the last run: no text being continued.
  const state = ours.doc as unknown as { _wrapper: unknown; _textOptions: unknown };
  expect([state._wrapper ?? null, state._textOptions ?? null]).toEqual([null, null]);
  return { set: true, lines, emptyFirstLine };
}

describe('setPlainRuns', () => {
  it('writes the operators and the file pdfkit’s continued text() writes and leaves the cursor where it does, or sets nothing', () => {
    let set = 0;
    let middleOverLines = 0;
    let emptyFirstLines = 0;
    fc.assert(
      fc.property(
        fc.array(runSetting, { minLength: 2, maxLength: 4 }),
        fc.double({ min: 40, max: 420, noNaN: true }),
        fc.constantFrom(0, 2),
        fc.constantFrom(72, 72.5, 90.25),
        fc.double({ min: 40, max: 760, noNaN: true }),
        (runs, width, lineGap, x, y) => {
          const outcome = compareRuns(runs, width, lineGap, x, y);
          if (!outcome.set) return;
          set++;
          if (outcome.lines.slice(1, -1).some((n) => n > 1)) middleOverLines++;
          if (outcome.emptyFirstLine) emptyFirstLines++;
        },
      ),
      { numRuns: 300 },
    );
    expect(set).toBeGreaterThan(60);
    expect(middleOverLines).toBeGreaterThan(5);
    expect(emptyFirstLines).toBeGreaterThan(5);
  });

  it('sets the cases that matter exactly as pdfkit does', () => {
    const r = (text: string, face: RunSetting['face'], size = 10): RunSetting => ({ text, face, size, characterSpacing: 0, color: '#222222' });
    // A label, then text that wraps: the text's first line starts after the label.
    expect(compareRuns([r('Analyse: ', 'sansBold'), r('Why does the speaker call the visit a turning point, and what does the answer leave out?', 'serif')], 200, 2, 72, 100)).toMatchObject({ set: true, lines: [1, 3] });
    // A label so long that the text's first word does not fit after it: that line is left empty.
    expect(compareRuns([r('A label that fills the line ', 'sansBold'), r('Unbreakableword follows', 'serif')], 150, 0, 72.5, 100.25)).toMatchObject({ set: true, emptyFirstLine: true });
    // A run in the middle over several lines, a size that differs, and a muted note in the text's face.
    expect(compareRuns([r('Term', 'sansBold'), r(' (idea, ¶4) and a note that runs on over more than one line of the box', 'serif', 8.5), r(' — its definition, set after the note.', 'serif')], 160, 0, 72, 300).lines[1]).toBeGreaterThan(1);
    // A label that ends with a new line: the text starts on the next line, at the left.
    expect(compareRuns([r('Label:\n', 'sansBold'), r('text after it', 'serif')], 300, 2, 72, 72).set).toBe(true);
  });

  it('leaves to pdfkit runs that are empty, or that would reach the foot of the page', () => {
    const { doc, operators } = documentForRuns();
    const r = (text: string, face: RunSetting['face']): RunSetting => ({ text, face, size: 10, characterSpacing: 0, color: '#222222' });
    const options = { width: 300, lineGap: 2 };
    expect(setPlainRuns(doc, plainRuns(doc, [r('', 'sansBold'), r('text', 'serif')]), 72, 72, options)).toBe(false);
    const long = 'A sentence of some length that fills a line. '.repeat(40);
    expect(setPlainRuns(doc, plainRuns(doc, [r('Label: ', 'sansBold'), r(long, 'serif')]), 72, 600, options)).toBe(false);
    expect(operators).toEqual([]);
    expect(setPlainRuns(doc, plainRuns(doc, [r('Label: ', 'sansBold'), r(long, 'serif')]), 72, 72, options)).toBe(true);
  });
});
