/**
 * pdfkit's LineWrapper finds a paragraph's break opportunities (UAX #14, through the linebreak
 * package, one character at a time) every time it sets or measures the paragraph, and a guide sets
 * the same paragraph several times: measured, then set, in each edition, after the PDF worker's draft.
 * The breaks depend on the text alone, so they are found once (by the same LineBreaker) and kept
 * for the article (./article-scope.ts), bounded; eachWord then walks the kept breaks exactly as
 * pdfkit walks its LineBreaker's, calling back with the same words, widths and breaks. The width of each
 * piece between two breaks depends only on the text and the font, size, spacing and scaling it is
 * set in, so it is kept too, for each such setting (none with OpenType features). The lines, and the
 * bytes, do not change.
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
interface WrapperInternals {
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
interface Kept {
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

/** The text's kept breaks, found now (by pdfkit's own LineBreaker) if they are not kept yet. */
function keptOf(text: string): Kept {
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

/** The widths kept for the text in the wrapper's setting (made empty the first time), or null. */
function widthsOf(wrapper: WrapperInternals, text: Kept): Float64Array | null {
  const setting = ownWordWidth ? settingOf(wrapper, ownWordWidth) : null;
  if (setting === null) return null;
  let widths = text.widths.get(setting);
  if (!widths) text.widths.set(setting, (widths = new Float64Array(text.breaks.length).fill(NaN)));
  return widths;
}

/** What plainTextHeight reads of pdfkit's document. */
interface DocumentInternals {
  y: number;
  _lineGap?: number;
  _wrapper?: unknown;
  _textOptions?: unknown;
  _font: { font?: object } | null;
  _fontSize: number;
  currentLineHeight(includeGap?: boolean): number;
}

/**
 * What pdfkit's heightOfString(text, { width, lineGap, characterSpacing }) gives, counted from the
 * kept breaks and widths without pdfkit's LineWrapper: a guide measures each paragraph before it sets
 * it, and the wrapper's work per word (its events, the line it builds as a string) is most of a
 * measure once the widths are known. The lines are counted by wrap()'s own rule (a word that does not
 * fit the space left starts a line; a required break ends one), and the height summed as
 * heightOfString sums it, line by line. Null (measure with pdfkit) where wrap() does more than that:
 * a soft hyphen, a word wider than the line (split letter by letter), text being continued, or a
 * setting whose widths are not kept (see settingOf).
 */
export function plainTextHeight(document: unknown, text: string, options: { width: number; lineGap: number; characterSpacing: number }): number | null {
  const doc = document as DocumentInternals;
  if (!ownWordWidth || doc._wrapper || doc._textOptions || text.includes('\u00ad')) return null;
  // The wrapper pdfkit would make for heightOfString: one column, no scaling, no word spacing.
  const wrapper = Object.create((PdfkitLineWrapper as { prototype: object }).prototype) as WrapperInternals;
  wrapper.document = doc as unknown as WrapperInternals['document'];
  wrapper.horizontalScaling = 100;
  wrapper.characterSpacing = (options.characterSpacing * wrapper.horizontalScaling) / 100;
  wrapper.wordSpacing = 0;
  wrapper.lineWidth = (Math.max(options.width, 0) * wrapper.horizontalScaling) / 100 - 18 * 0;
  wrapper.continuedX = 0;
  const found = keptOf(text);
  const widths = widthsOf(wrapper, found);
  if (!widths) return null;
  const breaks = found.breaks;
  const lineWidth = wrapper.lineWidth;
  let spaceLeft = lineWidth;
  let words = 0;
  let lines = 0;
  let lastRequired = true;
  for (let k = 0, from = 0; k < breaks.length; k++) {
    const position = breaks[k]! >> 1;
    const required = (breaks[k]! & 1) === 1;
    let w = widths[k]!;
    if (Number.isNaN(w)) widths[k] = w = ownWordWidth.call(wrapper, text.slice(from, position));
    from = position;
    if (w > lineWidth) return null;
    if (lastRequired) spaceLeft = lineWidth;
    const fits = w <= spaceLeft;
    if (fits) words++;
    if (required || !fits) {
      if (required && w > spaceLeft) lines++;
      lines++;
      spaceLeft = required ? lineWidth : lineWidth - w;
      words = required ? 0 : 1;
    } else {
      spaceLeft -= w;
    }
    lastRequired = required;
  }
  if (words > 0) lines++;
  const lineGap = options.lineGap || doc._lineGap || 0;
  const step = doc.currentLineHeight(true) + lineGap;
  let y = doc.y;
  for (let i = 0; i < lines; i++) y += step;
  return y - doc.y;
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
      let w = widths?.[k] ?? NaN;
      if (Number.isNaN(w)) {
        w = wordWidths[word] ?? (wordWidths[word] = this.wordWidth(word));
        if (widths) widths[k] = w;
      }
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
}
perArticle(forgetLineBreaks);
