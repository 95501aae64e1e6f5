/**
 * A small layout engine over pdfkit: it keeps the cursor, measures before placing (so a heading
 * never sits alone at the foot of a page), and ties every piece of ink either to a structure
 * element (tagged content, in reading order) or to an artifact.
 */
import type PDFDocument from 'pdfkit';
import type { FontRole } from '../fonts.js';
import type { GlyphGuard } from './glyphs.js';
import type { PageGeometry, TextStyle } from './theme.js';
import { perArticle } from './article-scope.js';
import { hasNoTab, pieceEnd } from './shared-fonts.js';
import { plainTextHeight, setPlainRuns, setPlainText, type PlainRun } from './plain-text.js';

/** The pdfkit document type. */
export type Doc = InstanceType<typeof PDFDocument>;
/** A node of the structure tree. */
export type Struct = PDFKit.PDFStructureElement;

/** What heightBound reads of pdfkit's font: its shaped words (see ./shared-fonts.ts), and the face's cmap and advances. */
interface BoundFont {
  readonly layoutCache?: Record<string, unknown>;
  readonly scale: number;
  readonly font: { readonly _cmapProcessor?: { lookup(codePoint: number): number }; readonly hmtx?: { readonly metrics: { readonly length: number; get(i: number): { readonly advance: number } | undefined } } };
}

/** A face's advance (font units) for a code point, from its cmap and hmtx: no glyph is made, so no code point is recorded for it. */
const advanceTables = new WeakMap<object, (codePoint: number) => number>();
function advancesOf(font: BoundFont): ((codePoint: number) => number) | undefined {
  const face = font.font;
  let advance = advanceTables.get(face);
  if (advance) return advance;
  const cmap = face._cmapProcessor;
  const metrics = face.hmtx?.metrics;
  if (!cmap || !metrics || metrics.length === 0) return undefined;
  const known = new Map<number, number>();
  const last = metrics.get(metrics.length - 1)!.advance;
  advance = (codePoint: number): number => {
    let a = known.get(codePoint);
    if (a === undefined) {
      const id = cmap.lookup(codePoint);
      a = id < metrics.length ? metrics.get(id)!.advance : last;
      known.set(codePoint, a);
    }
    return a;
  };
  advanceTables.set(face, advance);
  return advance;
}

/** An ASCII letter, digit or space; any other character may be where a line breaks inside a word. */
function isPlainLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 32;
}

/** A piece of text in one style, for mixed-style paragraphs. */
export interface Run {
  readonly text: string;
  readonly style: TextStyle;
}

/** Where and how wide a block of text is set. */
export interface Box {
  readonly x: number;
  readonly width: number;
}

/**
 * Heights already measured, by text, then by face, size, leading, spacing and width: a height depends
 * on nothing else, and a guide measures the same paragraph several times (to keep it with its
 * heading, then to place it), in each edition. Keyed by the text itself, whose hash V8 keeps, rather
 * than by a new string made of the text and the setting at every measure. Kept for one article (see
 * ./article-scope.ts); bounded.
 */
const heights = new Map<string, Map<string, number>>();
let heightCount = 0;
const MAX_HEIGHTS = 20_000;
perArticle(() => {
  heights.clear();
  heightCount = 0;
});

interface PdfFontInternals {
  readonly ascender: number;
  readonly font: { hasGlyphForCodePoint(cp: number): boolean };
}

/** How many texts have measured heights (for tests). */
export function measuredTexts(): number {
  return heights.size;
}

/** The cursor, the column and the drawing primitives every block uses. */
export class Flow {
  /** The text column. */
  readonly column: Box;

  constructor(
    readonly doc: Doc,
    readonly geometry: PageGeometry,
    readonly guard: GlyphGuard,
  ) {
    const { margins, size } = geometry;
    this.column = { x: margins.left, width: size[0] - margins.left - margins.right };
  }

  get y(): number {
    return this.doc.y;
  }

  set y(value: number) {
    this.doc.y = value;
  }

  /** The top and bottom of the text area. */
  get top(): number {
    return this.geometry.margins.top;
  }

  get bottom(): number {
    return this.geometry.size[1] - this.geometry.margins.bottom;
  }

  /** Space left on this page. */
  remaining(): number {
    return this.bottom - this.y;
  }

  /** Starts a new page unless the cursor is already at the top of one. */
  newPage(): void {
    if (this.y <= this.top + 0.5) return;
    this.doc.addPage();
    this.y = this.top;
  }

  /** Moves to a new page when `height` does not fit below the cursor. */
  ensure(height: number): void {
    if (height > this.remaining()) this.newPage();
  }

  /** Adds vertical space, but never at the top of a page. */
  space(points: number): void {
    if (this.y > this.top + 0.5) this.y = Math.min(this.y + points, this.bottom);
  }

  /** Sets font, size and colour. */
  use(style: TextStyle): void {
    this.doc.font(style.font).fontSize(style.size).fillColor(style.color);
  }

  /** Sets only the face and size of a style: pdfkit writes nothing for them until text is set (unlike a colour). */
  select(style: TextStyle): void {
    this.doc.font(style.font).fontSize(style.size);
  }

  /** Height of one line in a style, leading included. */
  lineHeight(style: TextStyle): number {
    this.use(style);
    return this.doc.currentLineHeight(true) + style.lineGap;
  }

  /** The ascender of a style, to align baselines of different sizes. */
  ascender(style: TextStyle): number {
    this.use(style);
    return ((this.doc as unknown as { _font: PdfFontInternals })._font.ascender / 1000) * style.size;
  }

  /** Whether a face has a glyph for a code point (the font's own cmap, via fontkit); keeps the current font. */
  hasGlyph(role: FontRole, codePoint: number): boolean {
    const state = this.doc as unknown as { _font: PdfFontInternals; _fontSource: unknown; _fontFamily: unknown };
    const saved = { font: state._font, source: state._fontSource, family: state._fontFamily };
    this.doc.font(role);
    const found = state._font.font.hasGlyphForCodePoint(codePoint);
    state._font = saved.font;
    state._fontSource = saved.source;
    state._fontFamily = saved.family;
    return found;
  }

  /** Height the runs take in a box, measured in the style of the longest run (a bold label or a speaker's name is short). */
  measure(runs: readonly Run[], box: Box = this.column): number {
    return this.measurePrepared(this.prepareMeasure(runs), box);
  }

  /** measure(), on what prepareMeasure gave (so that a caller that also bounds the height prepares once). */
  measurePrepared(prepared: { style: TextStyle; lineGap: number; text: string } | null, box: Box = this.column): number {
    if (!prepared) return 0;
    this.select(prepared.style);
    const { style, lineGap, text } = prepared;
    const characterSpacing = style.characterSpacing ?? 0;
    // Text still being continued would change the measurement; it is never cached then.
    const pending = this.continuing;
    const setting = `${style.font} ${style.size} ${lineGap} ${characterSpacing} ${box.width}`;
    const known = pending ? undefined : heights.get(text)?.get(setting);
    if (known !== undefined) return known;
    const options = { width: box.width, lineGap, characterSpacing };
    const height = plainTextHeight(this.doc, text, options) ?? this.doc.heightOfString(text, options);
    if (!pending) {
      if (heightCount >= MAX_HEIGHTS) {
        heights.clear();
        heightCount = 0;
      }
      let bySetting = heights.get(text);
      if (!bySetting) heights.set(text, (bySetting = new Map()));
      bySetting.set(setting, height);
      heightCount++;
    }
    return height;
  }

  /**
   * A height the prepared text (see prepareMeasure) surely does not exceed when measured in `box`, or
   * Infinity; it measures nothing and shapes nothing, so a caller that finds room for it below the
   * cursor may skip measure() and set the text as if it had measured (measure() would shape the text
   * in the longest run's face, which only decides which of two characters sharing a glyph the
   * ToUnicode map names). pdfkit ends a line before a word that does not fit, so every line but the
   * last, with the word that starts the next, is wider than the box: with W the text's width, (lines
   * − 1) × width < 2W. W is bounded from the words already shaped in the face (their width, and 0.3
   * em for each character but an ASCII letter, digit or space, where a line may break inside a word
   * and kerning differ) and, for the others, their characters' advances (cmap and hmtx) and a quarter
   * em each. Infinity for text
   * pdfkit breaks otherwise: a forced break, a soft hyphen, continued text, or a piece that may be
   * wider than the box. A word between two break opportunities may still span pieces ("x ! ! !":
   * no break before "!") and be split letter by letter when wider than the box; the bound holds
   * there too, as each split line is filled but for the letter that starts the next.
   * Skipping measure() for runs in several faces is safe where the faces share no glyph between
   * two characters (the sans faces of prompts and terms; test/render/pdf/paragraph-measure.test.ts),
   * or where the other runs hold only characters whose glyph no other character shares, or one the
   * face has already met (the "¶3" label of a teacher's evidence, set in the serif italic of the
   * section's question: a pilcrow and digits, which share no glyph, and spaces, which the question met).
   */
  heightBound(prepared: { style: TextStyle; lineGap: number; text: string }, box: Box = this.column): number {
    const { style, lineGap, text } = prepared;
    this.select(style);
    const font = (this.doc as unknown as { _font: BoundFont | null })._font;
    const cache = font?.layoutCache;
    const advance = font ? advancesOf(font) : undefined;
    if (this.continuing || !font || !cache || !advance || !box.width || /[\n\r\v\f\u0085\u2028\u2029\u00ad]/.test(text)) return Infinity;
    const em = style.size;
    const unit = (font.scale * em) / 1000;
    const spacing = style.characterSpacing ?? 0;
    let total = 0;
    const noTab = hasNoTab(text);
    for (let at = 0, end = 0; at < text.length; at = end) {
      end = pieceEnd(text, at, noTab);
      const piece = text.slice(at, end);
      const run = cache[piece] as { advanceWidth: number } | undefined;
      let width = 0;
      if (run) width = (run.advanceWidth * em) / 1000;
      // A word not shaped yet: its characters' own advances, and a quarter em each for kerning or a ligature.
      else for (const c of piece) width += advance(c.codePointAt(0)!) * unit + 0.25 * em;
      for (let i = at; i < end; i++) if (!isPlainLetter(text.charCodeAt(i))) width += 0.3 * em;
      width += Math.abs(spacing) * piece.length;
      if (width > box.width) return Infinity;
      total += width;
    }
    const lines = 1 + Math.floor((2 * total) / box.width);
    const gap = lineGap || (this.doc as unknown as { _lineGap?: number })._lineGap || 0;
    return lines * (this.doc.currentLineHeight(true) + gap) + 0.01;
  }

  /** Whether pdfkit is in the middle of continued text (a run set with `continued`), which measuring would end. */
  get continuing(): boolean {
    return (this.doc as unknown as { _wrapper: unknown })._wrapper != null;
  }

  /**
   * What measure() does before it measures: it sets the longest run's style (pdfkit writes the
   * colour into the page at once) and cleans the text (noting glyphs the face lacks). A caller that
   * knows it needs no height calls this instead. Measuring also shapes the joined text in that
   * style's face; for runs all in one face, setting them shapes the same text in the same face and
   * order, so the PDF is then the same as if it had measured.
   */
  prepareMeasure(runs: readonly Run[]): { style: TextStyle; lineGap: number; text: string } | null {
    const main = runs.reduce<Run | undefined>((a, r) => (a && a.text.length >= r.text.length ? a : r), undefined);
    if (!main) return null;
    const { style } = main;
    // write() sets every run with the first run's leading.
    const lineGap = runs[0]!.style.lineGap;
    this.use(style);
    return { style, lineGap, text: this.guard.clean(runs.map((r) => r.text).join(''), style.font) };
  }

  /** Sets runs at the cursor in a box; text that overflows continues on the next page. */
  write(runs: readonly Run[], box: Box = this.column, options: { align?: 'left' | 'right' | 'center'; y?: number } = {}): void {
    const lineGap = runs[0]?.style.lineGap ?? 0;
    const y = options.y ?? this.y;
    const align = options.align ?? 'left';
    if (runs.length > 1 && align === 'left' && this.writePlainRuns(runs, box, y, lineGap)) return;
    runs.forEach((run, i) => {
      this.use(run.style);
      // Cleaned once the run's style is set: cleaning may open a face, and pdfkit numbers faces as they are first opened.
      const text = this.guard.clean(run.text, run.style.font);
      const opts = { width: box.width, lineGap, characterSpacing: run.style.characterSpacing ?? 0, align, continued: i < runs.length - 1 };
      if (i === 0 && !opts.continued && setPlainText(this.doc, text, box.x, y, { ...opts, continued: false })) return;
      if (i === 0) this.doc.text(text, box.x, y, opts);
      else this.doc.text(text, opts);
    });
    this.doc.x = this.column.x;
  }

  /** write() for several runs set left-aligned, when setPlainRuns can set them; false, with nothing written, otherwise. */
  private writePlainRuns(runs: readonly Run[], box: Box, y: number, lineGap: number): boolean {
    const plain: PlainRun[] = runs.map((run) => ({
      characterSpacing: run.style.characterSpacing ?? 0,
      prepare: () => {
        this.select(run.style);
        return this.guard.clean(run.text, run.style.font);
      },
      use: () => this.use(run.style),
    }));
    if (!setPlainRuns(this.doc, plain, box.x, y, { width: box.width, lineGap })) return false;
    this.doc.x = this.column.x;
    return true;
  }

  /** A structure element under `parent`, drawing its content in reading order. */
  tag(parent: Struct, type: string, draw?: () => void): Struct {
    const element = this.doc.struct(type);
    parent.add(element);
    if (draw) element.add(draw);
    return element;
  }

  /** A leaf element (heading, paragraph): tagged, drawn, and closed. */
  leaf(parent: Struct, type: string, draw: () => void): void {
    this.tag(parent, type, draw).end();
  }

  /** Ink with no meaning of its own (rules, writing lines, page furniture). */
  artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }

  /** A horizontal rule across a box, as an artifact. */
  rule(y: number, color: string, width = 0.6, box: Box = this.column): void {
    this.artifact(() => {
      this.doc.save().moveTo(box.x, y).lineTo(box.x + box.width, y).lineWidth(width).strokeColor(color).stroke().restore();
    });
  }
}
