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
import { keptOf, pdfkitWordWidth, pieceWidth, widthsOf, type WrapperInternals } from './line-breaks.js';

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
  /** As text(text, options) calls it: at the cursor, with the options of a run being continued carried over. */
  _initOptions(options: object): LineOptions;
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

/**
 * A line found: where it starts and ends in the text, its width and words as wrap() counts them,
 * the wrapper's lineWidth when it emits the line, and whether it is the run's first line.
 */
type LineCallback = (start: number, end: number, textWidth: number, words: number, lineWidth: number, first: boolean) => void;

/** The setting of a paragraph. */
export interface PlainOptions {
  readonly width: number;
  readonly lineGap: number;
  readonly characterSpacing: number;
}

/**
 * The state pdfkit's LineWrapper carries from one continued run to the next: its lineWidth (which
 * the first line of each run shortens by continuedX and lengthens back, in floating point), its
 * continuedX (where the next run starts on its first line) and whether the run is continued.
 */
interface Continuation {
  lineWidth: number;
  continuedX: number;
  continued: boolean;
}

/**
 * The lines wrap() makes of the text in the document's current face and size, calling back for
 * each (when asked), and how many; null where wrap() would take another path (see the top of this
 * file). Null can come after some callbacks: a caller that sets lines counts them first, with the
 * same text and options (which gives the same answer), and sets them only if that count is not null.
 * With `state`, the text is one run of several set with `continued` (see setPlainRuns): it starts
 * state.continuedX along its first line, which is shorter by as much and is left empty when the
 * first word does not fit on it (wrap() emits it with no text), and the state is updated as wrap()
 * updates the wrapper. A run that starts part-way along a line and holds a required break is left to
 * pdfkit: wrap() indents the line after the break too.
 */
function plainLines(doc: DocumentInternals, text: string, options: PlainOptions, onLine?: LineCallback, state?: Continuation): number | null {
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
  const fullWidth = wrapper.lineWidth;
  // The wrapper's lineWidth and continuedX as wrap() changes them, and the indent of the first line.
  let lineWidth = state ? state.lineWidth : fullWidth;
  let continuedX = state ? state.continuedX : 0;
  const indent = continuedX;
  let spaceLeft = lineWidth;
  let lines = 0;
  // The line being made, as wrap()'s buffer, textWidth and wc.
  let start = 0;
  let end = 0;
  let textWidth = 0;
  let words = 0;
  let lastRequired = true;
  // The width of the last line emitted (wrap()'s options.textWidth).
  let emittedWidth = 0;
  const emit = (): void => {
    onLine?.(start, end, textWidth, words, lineWidth, lines === 0);
    emittedWidth = textWidth;
    // The first line's 'line' listener gives the indent back and settles continuedX.
    if (lines === 0) {
      lineWidth += indent;
      if (!state?.continued) continuedX = 0;
    }
    lines++;
  };
  for (let k = 0, from = 0; k < breaks.length; k++) {
    const position = breaks[k]! >> 1;
    const required = (breaks[k]! & 1) === 1;
    const w = pieceWidth(widths, k, wrapper, text, from, position);
    // eachWord splits a word wider than this; any word wider than the box is left to pdfkit.
    if (w > lineWidth + continuedX || w > fullWidth) return null;
    if (required && indent) return null;
    // 'firstLine': the run's first line starts `indent` along (0 after a required break).
    if (lastRequired) {
      if (k === 0) lineWidth -= indent;
      spaceLeft = lineWidth;
    }
    const fits = w <= spaceLeft;
    if (fits) {
      if (words === 0) start = from;
      end = position;
      textWidth += w;
      words++;
    }
    if (required || !fits) {
      if (required && w > spaceLeft) {
        emit();
        start = from;
        end = position;
        textWidth = w;
        words = 1;
      }
      emit();
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
  if (words > 0) emit();
  if (state) {
    state.lineWidth = lineWidth;
    // wrap()'s end for a continued run: the next one starts where this one's last line ends.
    if (state.continued) {
      if (lines > 1) continuedX = 0;
      continuedX += emittedWidth;
    }
    state.continuedX = continuedX;
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

/** One run of a paragraph set in several (a bold label, then the text). */
export interface PlainRun {
  readonly characterSpacing: number;
  /**
   * Selects the run's face and size, writing nothing, and gives the run's text as it is to be set
   * (the caller cleans it there, after selecting, as it does before handing a run to text(): cleaning
   * may open a face, and pdfkit numbers faces in the order they are first opened).
   */
  prepare(): string;
  /** Sets the run's face, size and colour, as the caller does before handing the run to text(). */
  use(): void;
}

/**
 * Sets runs as the caller's `use(); text(run, …, { continued })` for each would, left-aligned in one
 * box with the first run's leading, when every run takes wrap()'s plain path (see plainLines) and
 * no line reaches the foot of the page; returns false, having written nothing, otherwise. pdfkit
 * wraps each run on its own with one LineWrapper: a run begins where the one before ended (its
 * first line shorter by as much, and left empty when its first word does not fit there), and the
 * cursor goes back up to the line where each continued run ended. Each line is set by pdfkit's own
 * _line with the options object text() would make for the run (_initOptions, which carries the
 * run before's options over).
 *
 * pdfkit measures a run's words and then sets its lines before it measures the next run; here all
 * runs are measured first. Setting reads nothing measuring writes but the glyphs a face has made
 * (which fontkit names by the code points it first made them for, and which a line's run names
 * unless it carries its own, see ./shaper.ts): a run's words hold every character its lines do, so
 * its lines meet no glyph its words have not made already, in either order, and the bytes are the
 * same (test/render/pdf/plain-text.test.ts, with runs that share a face).
 */
export function setPlainRuns(document: unknown, runs: readonly PlainRun[], x: number, y: number, options: { readonly width: number; readonly lineGap: number }): boolean {
  const doc = document as DocumentInternals;
  if (runs.length === 0 || doc._wrapper || doc._textOptions) return false;
  const lastRun = runs.length - 1;
  // Each run's lines, as [start, end, textWidth, words, lineWidth, first] in turn, found first.
  const planned: number[][] = [];
  const texts: string[] = [];
  // wrap()'s lineWidth, as plainLines works it out.
  const state: Continuation = { lineWidth: (Math.max(options.width, 0) * 100) / 100 - 18 * 0, continuedX: 0, continued: false };
  const maxY = doc.page.maxY() - 1;
  let top = y;
  for (let i = 0; i <= lastRun; i++) {
    const run = runs[i]!;
    const text = run.prepare();
    if (!text) return false;
    texts.push(text);
    const lineHeight = doc.currentLineHeight(true);
    const step = lineHeight + (options.lineGap || doc._lineGap || 0);
    state.continued = i < lastRun;
    const lines: number[] = [];
    const count = plainLines(doc, text, { width: options.width, lineGap: options.lineGap, characterSpacing: run.characterSpacing }, (start, end, textWidth, words, lineWidth, first) => {
      lines.push(start, end, textWidth, words, lineWidth, first ? 1 : 0);
    }, state);
    // wrap() moves to a new page when the run's first line, or the line after any it sets, would
    // cross the foot; with a point to spare none can (the sum of steps is within far less of pdfkit's).
    if (count === null || top + count * step + lineHeight > maxY) return false;
    planned.push(lines);
    top += (count - 1) * step;
  }
  let previous: LineOptions | undefined;
  let continuedX = 0;
  for (let i = 0; i <= lastRun; i++) {
    const run = runs[i]!;
    run.use();
    const textOptions = { width: options.width, lineGap: options.lineGap, characterSpacing: run.characterSpacing, align: 'left', continued: i < lastRun };
    let lineOptions: LineOptions;
    if (i === 0) lineOptions = doc._initOptions(x, y, textOptions);
    else {
      doc._textOptions = previous;
      lineOptions = doc._initOptions(textOptions);
      doc._textOptions = null;
    }
    const lines = planned[i]!;
    let lineY = doc.y;
    for (let at = 0; at < lines.length; at += 6) {
      const first = lines[at + 5] === 1;
      lineOptions.textWidth = lines[at + 2]!;
      lineOptions.wordCount = lines[at + 3]!;
      lineOptions.lineWidth = lines[at + 4]!;
      lineY = doc.y;
      if (first) doc.x += continuedX;
      doc._line(texts[i]!.slice(lines[at]!, lines[at + 1]!), lineOptions, true);
      if (first) doc.x -= continuedX;
    }
    if (i < lastRun) {
      // wrap()'s end for a continued run: the next starts on this one's last line, after its text.
      const count = lines.length / 6;
      if (count > 1) continuedX = 0;
      continuedX += lines[lines.length - 4]!;
      doc.y = lineY;
    } else {
      doc.x = x;
    }
    previous = lineOptions;
  }
  return true;
}
