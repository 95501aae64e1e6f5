/**
 * The faces, parsed once per process and shared by every document, with one cache of shaped words
 * per face. pdfkit parses a font and shapes each word (fontkit's OpenType layout, the slowest step
 * of the PDF) afresh for every document; both results depend only on the font file and the word,
 * so a batch, or the second edition of a guide, reuses them. The bytes written do not change: each
 * document still makes its own subset, widths and ToUnicode map from the glyphs it uses. Plain
 * words are shaped on a fast path that gives fontkit's result (./shaper.ts).
 */
import type { FontRole } from '../fonts.js';
import { FONT_ROLES, loadFonts } from '../fonts.js';
import type { Doc } from './flow.js';
import { installFastLayout, type FontkitFont } from './shaper.js';
import { installSubsetCache } from './subset-cache.js';

/** A glyph as pdfkit's EmbeddedFont reads it. */
export interface GlyphFacts {
  readonly id: number;
  readonly advanceWidth: number;
  readonly codePoints: number[];
}

/** A shaped run, as pdfkit's EmbeddedFont keeps it (with the fast path's code points, see ./shaper.ts). */
export interface ShapedRun {
  readonly glyphs: unknown[];
  readonly positions: unknown[];
  readonly advanceWidth: number;
  readonly textCodePoints?: readonly (readonly number[] | undefined)[];
}

/** What pdfkit keeps for a face once a document selects it (its EmbeddedFont). */
export interface EmbeddedFontInternals {
  /** The parsed fontkit font. */
  readonly font: unknown;
  /** The document's subset of the face. */
  readonly subset: { includeGlyph(gid: number): number };
  readonly scale: number;
  /** Widths and code points by subset glyph id, for the PDF's widths array and ToUnicode map. */
  readonly widths: number[];
  readonly unicode: (readonly number[])[];
  /** Shaped runs by word; pdfkit makes one per document unless fontLayoutCache is false. */
  layoutCache?: Record<string, unknown>;
  layoutCached(text: string): ShapedRun;
  layoutRun(text: string, features: unknown): ShapedRun;
  layout(text: string, features?: unknown, onlyWidth?: boolean): { glyphs: unknown[] | null; positions: unknown[] | null; advanceWidth: number };
  encode(text: string, features?: unknown): [string[], unknown[]];
}

const fastened = new WeakSet<object>();

/** Whether a document's font is one of the shared faces, with this module's layout and encode (see registerSharedFonts). */
export function isSharedFace(font: object): boolean {
  return fastened.has(font);
}

/**
 * Where the piece of text that starts at `from` ends: just after its first space or tab, else at the
 * end (pdfkit shapes text in such pieces). `noTab` says the text holds no tab (see hasNoTab), so the
 * space is found by the string's own search rather than character by character.
 */
export function pieceEnd(text: string, from: number, noTab = false): number {
  if (noTab) {
    const space = text.indexOf(' ', from);
    return space < 0 ? text.length : space + 1;
  }
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09) return i + 1;
  }
  return text.length;
}

/** Whether a text has no tab, for pieceEnd (the guide's texts rarely do: GlyphGuard makes the tabs of the texts it cleans spaces). */
export function hasNoTab(text: string): boolean {
  return !text.includes('\t');
}

/**
 * pdfkit's EmbeddedFont.layout, without its costs on long strings: it tests every character with
 * `[' ', '\t'].includes(c)` and joins the words' glyphs with concat, copying the line so far for each
 * word. The same pieces (the text cut after each space or tab) are shaped and joined in the same
 * order, so the result is the same.
 */
function wordLayout(this: EmbeddedFontInternals, text: string, features?: unknown, onlyWidth?: boolean): { glyphs: unknown[] | null; positions: unknown[] | null; advanceWidth: number } {
  if (features) return this.layoutRun(text, features);
  const glyphs: unknown[] | null = onlyWidth ? null : [];
  const positions: unknown[] | null = onlyWidth ? null : [];
  let advanceWidth = 0;
  const noTab = hasNoTab(text);
  for (let at = 0, end = 0; at < text.length; at = end) {
    end = pieceEnd(text, at, noTab);
    const run = this.layoutCached(text.slice(at, end));
    if (glyphs && positions) {
      for (const g of run.glyphs) glyphs.push(g);
      for (const p of run.positions) positions.push(p);
    }
    advanceWidth += run.advanceWidth;
  }
  return { glyphs, positions, advanceWidth };
}

/** Subset glyph ids as pdfkit writes them, four hex digits, made once each (a dense array: ids start at 0). */
const HEX: string[] = [];
export function hexOf(gid: number): string {
  while (HEX.length <= gid) HEX.push(`0000${HEX.length.toString(16)}`.slice(-4));
  return HEX[gid]!;
}

/**
 * pdfkit's EmbeddedFont.encode (the glyph ids of a line, and their positions), word by word from the
 * shaped runs, as it does through layout(). What differs is where a glyph's code points, for the
 * ToUnicode map, come from: pdfkit takes those fontkit first met the glyph by, and with faces shared
 * by every document of the process that would be some earlier guide's (a literal "ﬁ" turning every
 * later "fi" into "ﬁ"), so the bytes of a guide would depend on the guides before it. The fast
 * path's runs carry the code points of their own word; only words fontkit shapes keep fontkit's.
 */
function wordEncode(this: EmbeddedFontInternals, original: EmbeddedFontInternals['encode'], text: string, features?: unknown): [string[], unknown[]] {
  if (features) return original.call(this, text, features);
  const hexes: string[] = [];
  const positions: unknown[] = [];
  const noTab = hasNoTab(text);
  for (let at = 0, end = 0; at < text.length; at = end) {
    end = pieceEnd(text, at, noTab);
    const run = this.layoutCached(text.slice(at, end));
    for (let i = 0; i < run.glyphs.length; i++) {
      const glyph = run.glyphs[i] as GlyphFacts;
      const gid = this.subset.includeGlyph(glyph.id);
      hexes.push(hexOf(gid));
      if (this.widths[gid] == null) this.widths[gid] = glyph.advanceWidth * this.scale;
      if (this.unicode[gid] == null) this.unicode[gid] = run.textCodePoints?.[i] ?? glyph.codePoints;
      positions.push(run.positions[i]);
    }
  }
  return [hexes, positions];
}

interface FaceCache {
  /** The fontkit font, taken from the first document that used the face. */
  parsed?: unknown;
  layouts: Record<string, unknown>;
  /** How many words `layouts` holds (counting its keys took milliseconds per document once it was large). */
  words: number;
}

/**
 * Past this many words a face's cache starts again, so that a long batch of different articles stays
 * bounded: the 51 test fixtures (a batch's worth of different articles) leave about 6,200 words in the
 * sans face and 3,900 in the serif, and a guide's common words are shaped again in a few milliseconds.
 */
const MAX_WORDS_PER_FACE = 10_000;

const emptyCache = (): Record<string, unknown> => Object.create(null) as Record<string, unknown>;
const faces = new Map<FontRole, FaceCache>(FONT_ROLES.map((role) => [role, { layouts: emptyCache(), words: 0 }]));

/** Registers every face on the document, reusing parsed fonts and shaped words from earlier documents. */
export function registerSharedFonts(doc: Doc): void {
  const files = loadFonts();
  for (const [role, face] of faces) {
    if (face.words > MAX_WORDS_PER_FACE) {
      face.layouts = emptyCache();
      face.words = 0;
    }
    doc.registerFont(role, (face.parsed ?? files[role]) as Buffer);
  }
  const internals = doc as unknown as { font(src: unknown, ...rest: unknown[]): Doc; _font: EmbeddedFontInternals | null };
  const select = internals.font;
  internals.font = function (this: Doc, src: unknown, ...rest: unknown[]): Doc {
    select.call(this, src, ...rest);
    const face = typeof src === 'string' ? faces.get(src as FontRole) : undefined;
    const font = internals._font;
    if (face && font?.layoutCache) {
      if (face.parsed === undefined) {
        face.parsed = font.font;
        installFastLayout(font.font as FontkitFont);
        installSubsetCache(font.font, font.subset);
      }
      font.layoutCache = face.layouts;
      if (!fastened.has(font)) {
        fastened.add(font);
        font.layout = wordLayout;
        // pdfkit's layoutCached, counting the words it adds to the face's cache.
        font.layoutCached = function (this: EmbeddedFontInternals, text: string): ShapedRun {
          const cache = this.layoutCache!;
          const known = cache[text] as ShapedRun | undefined;
          if (known) return known;
          const run = this.layoutRun(text, undefined);
          cache[text] = run;
          face.words++;
          return run;
        };
        const encode = font.encode;
        font.encode = function (this: EmbeddedFontInternals, text: string, features?: unknown) {
          return wordEncode.call(this, encode, text, features);
        };
      }
    }
    return this;
  };
}
