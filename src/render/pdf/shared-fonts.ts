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

/** A shaped run, as pdfkit's EmbeddedFont keeps it. */
interface ShapedRun {
  readonly glyphs: unknown[];
  readonly positions: unknown[];
  readonly advanceWidth: number;
}

/** What pdfkit keeps for a face once a document selects it (its EmbeddedFont). */
interface EmbeddedFontInternals {
  /** The parsed fontkit font. */
  readonly font: unknown;
  /** The document's subset of the face. */
  readonly subset: unknown;
  /** Shaped runs by word; pdfkit makes one per document unless fontLayoutCache is false. */
  layoutCache?: Record<string, unknown>;
  layoutCached(text: string): ShapedRun;
  layoutRun(text: string, features: unknown): ShapedRun;
  layout(text: string, features?: unknown, onlyWidth?: boolean): { glyphs: unknown[] | null; positions: unknown[] | null; advanceWidth: number };
}

const fastened = new WeakSet<object>();

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
  let last = 0;
  let index = 0;
  const n = text.length;
  while (index <= n) {
    const c = index < n ? text.charCodeAt(index) : -1;
    if ((index === n && last < index) || c === 0x20 || c === 0x09) {
      const run = this.layoutCached(text.slice(last, ++index));
      if (glyphs && positions) {
        for (const g of run.glyphs) glyphs.push(g);
        for (const p of run.positions) positions.push(p);
      }
      advanceWidth += run.advanceWidth;
      last = index;
    } else index++;
  }
  return { glyphs, positions, advanceWidth };
}

interface FaceCache {
  /** The fontkit font, taken from the first document that used the face. */
  parsed?: unknown;
  layouts: Record<string, unknown>;
}

/** Enough for the distinct words of a long batch; past it the cache starts again, so memory stays bounded. */
const MAX_WORDS_PER_FACE = 40_000;

const emptyCache = (): Record<string, unknown> => Object.create(null) as Record<string, unknown>;
const faces = new Map<FontRole, FaceCache>(FONT_ROLES.map((role) => [role, { layouts: emptyCache() }]));

/** Registers every face on the document, reusing parsed fonts and shaped words from earlier documents. */
export function registerSharedFonts(doc: Doc): void {
  const files = loadFonts();
  for (const [role, face] of faces) {
    if (Object.keys(face.layouts).length > MAX_WORDS_PER_FACE) face.layouts = emptyCache();
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
      }
    }
    return this;
  };
}
