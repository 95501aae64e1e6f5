/**
 * Plain paragraphs measured and set from the kept breaks and widths (./line-breaks.ts), without
 * pdfkit's LineWrapper. For every text() and heightOfString() pdfkit makes a LineWrapper (an event
 * emitter with its own listeners), walks the text a word at a time, builds each line as a string
 * word by word and announces it through events; once the widths are known, that is most of the cost
 * of a paragraph, and of its garbage. Here the lines are found by wrap()'s own rule, over numbers
 * (a word that does not fit the space left starts a line; a required break ends one), and each line
 * is cut from the text and set by pdfkit's own _line, with the options object pdfkit would give it.
 * Only what takes no other path in wrap(): a width, one column, no indent, no word spacing, no soft hyphen, no
 * word wider than the line, no text being continued, and, for setting, no page break (the lines fit
 * above the foot of the page). Anything else is left to pdfkit (the callers fall back), so the
 * bytes are pdfkit's (test/render/pdf/plain-text.test.ts).
 */
import { LineWrapper } from './pdfkit.js';
import { keptOf, pdfkitWordWidth, widthsOf, type WrapperInternals } from './line-breaks.js';

/** What these functions read of pdfkit's document. */
interface DocumentInternals {
  x: number;
  y: number;
  _lineGap?: number;
  _wrapper?: unknown;
  _textOptions?: unknown;
  _font: { font?: object } | null;
  _fontSize: number;
  page: { maxY(): number };
  currentLineHeight(includeGap?: boolean): number;
  _initOptions(x: number, y: number, options: object): LineOptions;
  _line(text: string, options: LineOptions, wrapper: unknown): void;
}

/** The options pdfkit hands each line (see LineWrapper.wrap's emitLine). */
interface LineOptions {
  width: number;
  lineGap?: number;
  textWidth?: number;
  wordCount?: number;
  lineWidth?: number;
}

/** A line found: where it starts and ends in the text, and its width and words as wrap() counts them. */
type LineCallback = (start: number, end: number, textWidth: number, words: number) => void;

/** The setting of a paragraph. */
export interface PlainOptions {
  readonly width: number;
  readonly lineGap: number;
  readonly characterSpacing: number;
}

/**
 * The lines wrap() makes of the text in the document's current face and size, calling back for
 * each (when asked), and how many; null where wrap() would take another path (see the top of this
 * file). Null can come after some callbacks: a caller that sets lines counts them first, with the
 * same text and options (which gives the same answer), and sets them only if that count is not null.
 */
function plainLines(doc: DocumentInternals, text: string, options: PlainOptions, onLine?: LineCallback): number | null {
  const wordWidth = pdfkitWordWidth();
  // No width: pdfkit sets the text without its LineWrapper, line by line.
  if (!wordWidth || !(options.width > 0) || doc._wrapper || doc._textOptions || text.includes('\u00ad')) return null;
  // The wrapper pdfkit would make: one column (its gap of 18 counted 0 times), scaling 100, and no
  // word spacing (its constructor reads the option as `wordSpacing === 0`).
  const wrapper = Object.create((LineWrapper as { prototype: object }).prototype) as WrapperInternals;
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
  let lines = 0;
  // The line being made, as wrap()'s buffer, textWidth and wc.
  let start = 0;
  let end = 0;
  let textWidth = 0;
  let words = 0;
  let lastRequired = true;
  for (let k = 0, from = 0; k < breaks.length; k++) {
    const position = breaks[k]! >> 1;
    const required = (breaks[k]! & 1) === 1;
    let w = widths[k]!;
    if (Number.isNaN(w)) widths[k] = w = wordWidth.call(wrapper, text.slice(from, position));
    if (w > lineWidth) return null;
    if (lastRequired) spaceLeft = lineWidth;
    const fits = w <= spaceLeft;
    if (fits) {
      if (words === 0) start = from;
      end = position;
      textWidth += w;
      words++;
    }
    if (required || !fits) {
      if (required && w > spaceLeft) {
        onLine?.(start, end, textWidth, words);
        lines++;
        start = from;
        end = position;
        textWidth = w;
        words = 1;
      }
      onLine?.(start, end, textWidth, words);
      lines++;
      if (required) {
        spaceLeft = lineWidth;
        start = end = position;
        textWidth = 0;
        words = 0;
      } else {
        spaceLeft = lineWidth - w;
        start = from;
        end = position;
        textWidth = w;
        words = 1;
      }
    } else {
      spaceLeft -= w;
    }
    lastRequired = required;
    from = position;
  }
  if (words > 0) {
    onLine?.(start, end, textWidth, words);
    lines++;
  }
  return lines;
}

/**
 * What pdfkit's heightOfString(text, options) gives, in the document's current face and size, or
 * null (measure with pdfkit): the height is summed line by line, as heightOfString sums it.
 */
export function plainTextHeight(document: unknown, text: string, options: PlainOptions): number | null {
  const doc = document as DocumentInternals;
  const lines = plainLines(doc, text, options);
  if (lines === null) return null;
  const step = doc.currentLineHeight(true) + (options.lineGap || doc._lineGap || 0);
  let y = doc.y;
  for (let i = 0; i < lines; i++) y += step;
  return y - doc.y;
}

/**
 * Sets the text as pdfkit's text(text, x, y, options) would, in the document's current
 * face, size and colour, when it takes wrap()'s plain path and its lines fit above the foot of the
 * page; returns false, having set nothing, otherwise.
 */
export function setPlainText(document: unknown, text: string, x: number, y: number, options: PlainOptions & { readonly align: 'left' | 'right' | 'center'; readonly continued: false }): boolean {
  const doc = document as DocumentInternals;
  const lines = plainLines(doc, text, options);
  if (lines === null) return false;
  const lineHeight = doc.currentLineHeight(true);
  const step = lineHeight + (options.lineGap || doc._lineGap || 0);
  // wrap() moves to a new page before a line that would cross the foot (page.maxY, rounded up to a
  // float as pdfkit's PDFNumber rounds it); with a point to spare, none of these lines can.
  if (y + lines * step + lineHeight > doc.page.maxY() - 1) return false;
  const lineOptions = doc._initOptions(x, y, options);
  // wrap()'s lineWidth, as plainLines works it out.
  const lineWidth = (Math.max(options.width, 0) * 100) / 100 - 18 * 0;
  plainLines(doc, text, options, (start, end, textWidth, words) => {
    lineOptions.textWidth = textWidth;
    lineOptions.wordCount = words;
    lineOptions.lineWidth = lineWidth;
    doc._line(text.slice(start, end), lineOptions, true);
  });
  // As wrap() leaves it: back at the line's start, below the last line.
  doc.x = x;
  return true;
}
