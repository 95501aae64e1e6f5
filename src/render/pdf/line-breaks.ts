/**
 * pdfkit's LineWrapper finds a paragraph's break opportunities (UAX #14, through the linebreak
 * package, one character at a time) every time it sets or measures the paragraph, and a guide sets
 * the same paragraph several times: measured, then set, in each edition, after the PDF worker's draft.
 * The breaks depend on the text alone, so they are found once (by pdfkit's own eachWord, with widths
 * that never force a split) and kept, bounded; eachWord then walks the kept breaks exactly as pdfkit
 * walks its LineBreaker's, calling back with the same words, widths and breaks. The lines, and the
 * bytes, do not change.
 */
import * as pdfkit from 'pdfkit';

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
  wordWidth(word: string): number;
  eachWord(text: string, fn: WordCallback): void;
}

/** Break positions by text, each stored as `position * 2 + (required ? 1 : 0)`. Shared by every document; bounded. */
const breaks = new Map<string, Int32Array>();
const MAX_TEXTS = 20_000;

let installed = false;

/** Makes pdfkit's LineWrapper keep the breaks it finds (once per process). */
export function installLineBreakCache(): void {
  if (installed) return;
  installed = true;
  const LineWrapper = (pdfkit as unknown as { LineWrapper: { prototype: WrapperInternals } }).LineWrapper;
  const original = LineWrapper.prototype.eachWord;
  // pdfkit's eachWord with no width limit calls back once per break, so it reports them all.
  const recorder = { lineWidth: Infinity, continuedX: 0, spaceLeft: Infinity, wordWidth: () => 0 };
  const breaksOf = (text: string): Int32Array => {
    let found = breaks.get(text);
    if (found) return found;
    const out: number[] = [];
    original.call(recorder, text, (_word, _width, bk) => void out.push(bk.position * 2 + (bk.required ? 1 : 0)));
    found = Int32Array.from(out);
    if (breaks.size >= MAX_TEXTS) breaks.clear();
    breaks.set(text, found);
    return found;
  };
  LineWrapper.prototype.eachWord = function eachWord(this: WrapperInternals, text: string, fn: WordCallback): void {
    const kept = breaksOf(text);
    let last: Break | null = null;
    const wordWidths = Object.create(null) as Record<string, number>;
    // pdfkit declares these with `var`: they keep their values from one word to the next.
    let shouldContinue: unknown;
    let mightGrow: boolean | undefined;
    // From here on, pdfkit 0.20's LineWrapper.eachWord, with the kept breaks for its LineBreaker's.
    for (let k = 0; k < kept.length; k++) {
      const bk: Break = { position: kept[k]! >> 1, required: (kept[k]! & 1) === 1 };
      let word = text.slice(last?.position ?? 0, bk.position);
      let w = wordWidths[word] ?? (wordWidths[word] = this.wordWidth(word));
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

/** Forgets the kept breaks (for tests). */
export function forgetLineBreaks(): void {
  breaks.clear();
}
