/**
 * pdfkit's LineWrapper finds a paragraph's break opportunities (UAX #14, through the linebreak
 * package, one character at a time) every time it sets or measures the paragraph, and a guide sets
 * the same paragraph several times: measured, then set, in each edition, after the PDF worker's draft.
 * The breaks depend on the text alone, so they are found once (by the same LineBreaker) and kept
 * for the article (./article-scope.ts), bounded; eachWord then walks the kept breaks exactly as
 * pdfkit walks its LineBreaker's, calling back with the same words, widths and breaks. The width of each
 * piece between two breaks depends only on the text and the font, size, spacing and scaling it is
 * set in, so it is kept too, for each such setting (none with OpenType features). The lines, and the
 * bytes, do not change. ./plain-text.ts measures and sets plain paragraphs from the same kept breaks
 * and widths.
 */
import { LineBreaker, LineWrapper as PdfkitLineWrapper } from './pdfkit.js';
import { perArticle } from './article-scope.js';

/** A break opportunity as the linebreak package gives it. */
interface Break {
  readonly position: number;
  readonly required: boolean;
}

type WordCallback = (word: string, width: number, bk: Break, last: Break | null) => unknown;

/** What eachWord reads of pdfkit's LineWrapper. */
export interface WrapperInternals {
  lineWidth: number;
  continuedX: number;
  spaceLeft: number;
  characterSpacing: number;
  wordSpacing: number;
  horizontalScaling: number;
  features?: unknown;
  document?: { _font: { font?: object } | null; _fontSize: number };
  wordWidth(word: string): number;
  eachWord(text: string, fn: WordCallback): void;
}

/** A text's break opportunities, and the widths of the pieces between them in each setting met. */
export interface Kept {
  /** Break positions, each stored as `position * 2 + (required ? 1 : 0)`. */
  readonly breaks: Int32Array;
  /** By setting (see settingOf): the width of the piece that ends at each break, NaN until measured. */
  readonly widths: Map<string, Float64Array>;
}

/** Kept breaks and widths by text, for one article (see ./article-scope.ts); bounded. */
const kept = new Map<string, Kept>();
const MAX_TEXTS = 20_000;

/** A number for each parsed font (faces are shared by the documents of a process, see ./shared-fonts.ts). */
const fontIds = new WeakMap<object, number>();
let nextFontId = 0;

/**
 * What a piece's width depends on besides its text (LineWrapper.wordWidth: the document's font and
 * size, the wrapper's spacing and scaling), or null when it cannot be known: no parsed font, or
 * OpenType features, or a wordWidth of someone else's.
 */
function settingOf(wrapper: WrapperInternals, ownWordWidth: WrapperInternals['wordWidth']): string | null {
  const document = wrapper.document;
  const font = document?._font?.font;
  if (!document || !font || wrapper.features !== undefined || wrapper.wordWidth !== ownWordWidth) return null;
  let id = fontIds.get(font);
  if (id === undefined) fontIds.set(font, (id = nextFontId++));
  return `${id} ${document._fontSize} ${wrapper.characterSpacing} ${wrapper.wordSpacing} ${wrapper.horizontalScaling}`;
}

/** Marks pdfkit's LineWrapper once its eachWord is ours, so that a second copy of this module (the tests load both the sources and the compiled code) leaves it. */
const INSTALLED = Symbol.for('discussion-guide.line-breaks');

/** pdfkit's LineWrapper.wordWidth, once installLineBreakCache has run. */
let ownWordWidth: WrapperInternals['wordWidth'] | undefined;

/** pdfkit's own LineWrapper.wordWidth (undefined until installLineBreakCache has run): widths measured with it are kept. */
export function pdfkitWordWidth(): WrapperInternals['wordWidth'] | undefined {
  return ownWordWidth;
}

/** The text's kept breaks, found now (by pdfkit's own LineBreaker) if they are not kept yet. */
export function keptOf(text: string): Kept {
  let found = kept.get(text);
  if (found) return found;
  // Every break pdfkit's eachWord would meet: its LineBreaker's, asked directly (the copy pdfkit
  // loads, see ./pdfkit.ts), without measuring or cutting the words between.
  const out: number[] = [];
  const breaker = new LineBreaker(text);
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) out.push(bk.position * 2 + (bk.required ? 1 : 0));
  found = { breaks: Int32Array.from(out), widths: new Map() };
  if (kept.size >= MAX_TEXTS) kept.clear();
  kept.set(text, found);
  return found;
}

/**
 * Widths of pieces by setting, whatever text they were met in: most words of an article recur in
 * other paragraphs ("the ", "trade "), and a piece's width depends only on it and the setting.
 * For one article (cleared with the breaks), bounded.
 */
const piecesBySetting = new Map<string, Map<string, number>>();
const MAX_PIECES = 100_000;

/** What is kept for a text in one setting: its pieces' widths by break, and every piece's width by its text. */
export interface Widths {
  readonly widths: Float64Array;
  readonly pieces: Map<string, number>;
}

/** The widths kept for the text in the wrapper's setting (made empty the first time), or null. */
export function widthsOf(wrapper: WrapperInternals, text: Kept): Widths | null {
  const setting = ownWordWidth ? settingOf(wrapper, ownWordWidth) : null;
  if (setting === null) return null;
  let widths = text.widths.get(setting);
  if (!widths) text.widths.set(setting, (widths = new Float64Array(text.breaks.length).fill(NaN)));
  let pieces = piecesBySetting.get(setting);
  if (!pieces || pieces.size >= MAX_PIECES) piecesBySetting.set(setting, (pieces = new Map()));
  return { widths, pieces };
}

/**
 * The width of the piece `text.slice(from, to)`, the one that ends at break k: kept for this text,
 * or for the same piece met elsewhere in the setting, or measured now by the wrapper's (pdfkit's
 * own) wordWidth and kept.
 */
export function pieceWidth(kept: Widths, k: number, wrapper: WrapperInternals, text: string, from: number, to: number): number {
  let w = kept.widths[k]!;
  if (!Number.isNaN(w)) return w;
  const piece = text.slice(from, to);
  w = kept.pieces.get(piece) ?? NaN;
  if (Number.isNaN(w)) kept.pieces.set(piece, (w = wrapper.wordWidth(piece)));
  kept.widths[k] = w;
  return w;
}

/** Makes pdfkit's LineWrapper keep the breaks it finds (once per process). */
export function installLineBreakCache(): void {
  const LineWrapper = PdfkitLineWrapper as { prototype: WrapperInternals & { [INSTALLED]?: true } };
  ownWordWidth ??= LineWrapper.prototype.wordWidth;
  if (LineWrapper.prototype[INSTALLED]) return;
  LineWrapper.prototype[INSTALLED] = true;
  LineWrapper.prototype.eachWord = function eachWord(this: WrapperInternals, text: string, fn: WordCallback): void {
    const found = keptOf(text);
    const breaks = found.breaks;
    const widths = widthsOf(this, found);
    let last: Break | null = null;
    const wordWidths = Object.create(null) as Record<string, number>;
    // pdfkit declares these with `var`: they keep their values from one word to the next.
    let shouldContinue: unknown;
    let mightGrow: boolean | undefined;
    // From here on, pdfkit 0.20's LineWrapper.eachWord, with the kept breaks for its LineBreaker's.
    for (let k = 0; k < breaks.length; k++) {
      const bk: Break = { position: breaks[k]! >> 1, required: (breaks[k]! & 1) === 1 };
      let word = text.slice(last?.position ?? 0, bk.position);
      // pdfkit measures each distinct piece once per call; a kept width is that same measure.
      let w = widths ? pieceWidth(widths, k, this, text, last?.position ?? 0, bk.position) : (wordWidths[word] ?? (wordWidths[word] = this.wordWidth(word)));
      if (w > this.lineWidth + this.continuedX) {
        // A word wider than the line is split where it fills the space left.
        let lbk: Break | null = last;
        const fbk = { position: 0, required: false };
        while (word.length) {
          let l: number;
          if (w > this.spaceLeft) {
            l = Math.ceil(this.spaceLeft / (w / word.length));
            w = this.wordWidth(word.slice(0, l));
            mightGrow = w <= this.spaceLeft && l < word.length;
          } else {
            l = word.length;
          }
          let mustShrink = w > this.spaceLeft && l > 0;
          while (mustShrink || mightGrow) {
            if (mustShrink) {
              w = this.wordWidth(word.slice(0, --l));
              mustShrink = w > this.spaceLeft && l > 0;
            } else {
              w = this.wordWidth(word.slice(0, ++l));
              mustShrink = w > this.spaceLeft && l > 0;
              mightGrow = w <= this.spaceLeft && l < word.length;
            }
          }
          if (l === 0 && this.spaceLeft === this.lineWidth) l = 1;
          fbk.required = bk.required || l < word.length;
          shouldContinue = fn(word.slice(0, l), w, fbk, lbk);
          lbk = { position: 0, required: false };
          word = word.slice(l);
          w = this.wordWidth(word);
          if (shouldContinue === false) break;
        }
      } else {
        shouldContinue = fn(word, w, bk, last);
      }
      if (shouldContinue === false) break;
      last = bk;
    }
  };
}

/** How many texts have kept breaks (for tests). */
export function keptTexts(): number {
  return kept.size;
}

/** Forgets the kept breaks and widths: when another article begins (see ./article-scope.ts), and in tests. */
export function forgetLineBreaks(): void {
  kept.clear();
  piecesBySetting.clear();
}
perArticle(forgetLineBreaks);
