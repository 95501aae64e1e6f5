/**
 * pdfkit's _fragment writes a line of text: it encodes the line glyph by glyph (subset ids, widths,
 * ToUnicode code points), then walks the glyphs again to cut the TJ array wherever a glyph's advance
 * differs from its width (kerning). Both walks are per glyph, for every line of every document. The
 * pieces it encodes (the text cut after each space or tab, as ./shared-fonts.ts shapes them) recur:
 * the seed's student guide sets 5,568 pieces, 1,664 of them different. So each piece's part of the
 * TJ array is made once per document and font (the subset's glyph ids belong to the document) from
 * its shaped run, and a line's array is joined from its pieces' parts. Glyphs enter the subset in the
 * order pdfkit enters them, so the bytes do not change (test/render/pdf/text-runs.test.ts sets text
 * both ways). Lines this does not cover (justified, underlined, struck, linked, stroked, slanted,
 * OpenType features, a named baseline, glyphs moved off their place) go to pdfkit's own _fragment.
 * Measured on the seed's student guide, warm: its lines take about 8 ms instead of 11.
 */
import { PDFDocument } from './pdfkit.js';
import { hasNoTab, hexOf, isSharedFace, pieceEnd, type EmbeddedFontInternals, type GlyphFacts, type ShapedRun } from './shared-fonts.js';

/** A glyph position as pdfkit's layoutRun leaves it (scaled to 1000 units, with the glyph's width). */
interface Position {
  readonly xAdvance: number;
  readonly advanceWidth: number;
  readonly xOffset: number;
  readonly yOffset: number;
}

/**
 * A piece's part of a line's TJ array. pdfkit closes a string after each glyph whose advance is not
 * its width, with that difference: `<hex> -diff`. A piece with no such glyph only adds to the open
 * string (`open`); otherwise `head` closes the open string (`headClose` is its number), `inner` holds
 * the strings closed within the piece, and `tail` opens the next.
 */
interface PieceTj {
  readonly kerned: boolean;
  readonly open: string;
  readonly head: string;
  readonly headClose: string;
  readonly inner: string;
  readonly tail: string;
}

/** pdfkit's PDFObject.number: rounded to six decimals, printed as JavaScript prints it. */
function number(n: number): number {
  if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6;
  throw new Error(`unsupported number: ${n}`);
}

interface FastFont extends EmbeddedFontInternals {
  /** This document's TJ parts, by piece of text (shaped runs are shared by documents; subset ids are not). */
  tjParts?: Map<string, PieceTj | null>;
  readonly id: string;
  readonly ascender: number;
  ref(): unknown;
}

interface DocInternals {
  _font: FastFont | null;
  _fontSize: number;
  page: { height: number; fonts: Record<string, unknown> };
  widthOfString(text: string, options?: unknown): number;
  addContent(data: string): unknown;
}

interface FragmentOptions {
  align?: string;
  width?: number;
  lineWidth?: number;
  textWidth?: number;
  wordSpacing?: number;
  characterSpacing?: number;
  horizontalScaling?: number;
  baseline?: unknown;
  features?: unknown;
  link?: unknown;
  goTo?: unknown;
  destination?: unknown;
  underline?: unknown;
  strike?: unknown;
  oblique?: unknown;
  stroke?: unknown;
}

type Fragment = (this: DocInternals, text: string, x: number, y: number, options: FragmentOptions) => void;

/** Whether pdfkit's _fragment would take only the path written here for these options. */
function plain(options: FragmentOptions): boolean {
  return (
    !options.wordSpacing &&
    options.align !== 'justify' &&
    options.features === undefined &&
    options.link == null &&
    options.goTo == null &&
    options.destination == null &&
    !options.underline &&
    !options.strike &&
    !options.oblique &&
    !options.stroke &&
    (options.baseline === undefined || typeof options.baseline === 'number')
  );
}

/**
 * What a shaped run gives every document's TJ part: its glyphs, and where pdfkit closes a string in
 * it (after glyph `closeAt[k]`, with the number `closeNumber[k]`). Kept with the run, which the faces'
 * caches share; null when a glyph is moved off its place (pdfkit sets those apart).
 */
interface RunShape {
  readonly glyphs: readonly GlyphFacts[];
  readonly closeAt: readonly number[];
  readonly closeNumber: readonly string[];
}

const shapes = new WeakMap<ShapedRun, RunShape | null>();

function shapeOf(run: ShapedRun): RunShape | null {
  let shape = shapes.get(run);
  if (shape !== undefined) return shape;
  const positions = run.positions as Position[];
  const closeAt: number[] = [];
  const closeNumber: string[] = [];
  shape = { glyphs: run.glyphs as GlyphFacts[], closeAt, closeNumber };
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i]!;
    if (p.xOffset || p.yOffset) {
      shape = null;
      break;
    }
    const diff = p.xAdvance - p.advanceWidth;
    if (diff !== 0) {
      closeAt.push(i);
      closeNumber.push(`${number(-diff)}`);
    }
  }
  shapes.set(run, shape);
  return shape;
}

/** The piece's TJ part in this document, entering its glyphs in the subset in order; null when pdfkit must set it. */
function partOf(font: FastFont, run: ShapedRun): PieceTj | null {
  const shape = shapeOf(run);
  if (!shape) return null;
  const { glyphs, closeAt, closeNumber } = shape;
  const hexes: string[] = [];
  for (let i = 0; i < glyphs.length; i++) {
    const glyph = glyphs[i]!;
    const gid = font.subset.includeGlyph(glyph.id);
    if (font.widths[gid] == null) font.widths[gid] = glyph.advanceWidth * font.scale;
    if (font.unicode[gid] == null) font.unicode[gid] = run.textCodePoints?.[i] ?? glyph.codePoints;
    hexes.push(hexOf(gid));
  }
  if (closeAt.length === 0) return { kerned: false, open: hexes.join(''), head: '', headClose: '', inner: '', tail: '' };
  const inner: string[] = [];
  for (let k = 1; k < closeAt.length; k++) inner.push(`<${hexes.slice(closeAt[k - 1]! + 1, closeAt[k]! + 1).join('')}> ${closeNumber[k]}`);
  return {
    kerned: true,
    open: '',
    head: hexes.slice(0, closeAt[0]! + 1).join(''),
    headClose: closeNumber[0]!,
    inner: inner.join(' '),
    tail: hexes.slice(closeAt[closeAt.length - 1]! + 1).join(''),
  };
}

/** The line's TJ array as pdfkit writes it, or null when a piece needs pdfkit's own path. */
function tjArray(font: FastFont, text: string): string | null {
  let parts = font.tjParts;
  if (!parts) font.tjParts = parts = new Map();
  const commands: string[] = [];
  let pending = '';
  const noTab = hasNoTab(text);
  for (let at = 0, end = 0; at < text.length; at = end) {
    end = pieceEnd(text, at, noTab);
    const piece = text.slice(at, end);
    let part = parts.get(piece);
    if (part === undefined) parts.set(piece, (part = partOf(font, font.layoutCached(piece))));
    if (part === null) return null;
    if (!part.kerned) {
      pending += part.open;
      continue;
    }
    commands.push(`<${pending}${part.head}> ${part.headClose}`);
    if (part.inner) commands.push(part.inner);
    pending = part.tail;
  }
  if (pending) commands.push(`<${pending}> 0`);
  return commands.length ? `[${commands.join(' ')}] TJ` : '';
}

/** The `cm` operator pdfkit's transform(1, 0, 0, -1, 0, height) writes, by page height. */
const flips = new Map<number, string>();
function flipOf(height: number): string {
  let flip = flips.get(height);
  if (flip === undefined) flips.set(height, (flip = `1 0 0 -1 0 ${number(height)} cm`));
  return flip;
}

/** pdfkit's _fragment for plain lines (see the top of this file), the same operators in the same order. */
function fastFragment(original: Fragment): Fragment {
  return function fragment(this: DocInternals, text: string, x: number, y: number, options: FragmentOptions): void {
    const font = this._font;
    if (!font || !isSharedFace(font) || !plain(options)) return original.call(this, text, x, y, options);
    text = `${text}`;
    if (text.includes('\n')) text = text.replace(/\n/g, '');
    if (text.length === 0) return;
    // Shaping and the subset first: a piece pdfkit must set itself sends the whole line there, unchanged.
    const tj = tjArray(font, text);
    if (tj === null) return original.call(this, text, x, y, options);
    const align = options.align || 'left';
    const characterSpacing = options.characterSpacing || 0;
    const horizontalScaling = options.horizontalScaling || 100;
    if (options.width) {
      if (align === 'right') x += options.lineWidth! - this.widthOfString(text.replace(/\s+$/, ''), options);
      else if (align === 'center') x += options.lineWidth! / 2 - options.textWidth! / 2;
    }
    const dy = typeof options.baseline === 'number' ? -options.baseline : (font.ascender / 1000) * this._fontSize;
    // pdfkit's save() and transform() here: `q`, then the flip of the page's y axis; restore() below
    // puts the matrix back. Nothing between reads the matrix, so only the operators are written.
    this.addContent('q');
    this.addContent(flipOf(this.page.height));
    y = this.page.height - y - dy;
    if (this.page.fonts[font.id] == null) this.page.fonts[font.id] = font.ref();
    this.addContent('BT');
    this.addContent(`1 0 0 1 ${number(x)} ${number(y)} Tm`);
    this.addContent(`/${font.id} ${number(this._fontSize)} Tf`);
    if (characterSpacing) this.addContent(`${number(characterSpacing)} Tc`);
    if (horizontalScaling !== 100) this.addContent(`${horizontalScaling} Tz`);
    if (tj) this.addContent(tj);
    this.addContent('ET');
    this.addContent('Q');
  };
}

const INSTALLED = Symbol.for('discussion-guide.text-runs');

/** Makes pdfkit set plain lines from per-document TJ parts (once per process). */
export function installTextRuns(): void {
  const proto = PDFDocument.prototype as unknown as { _fragment: Fragment; [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  proto._fragment = fastFragment(proto._fragment);
}
