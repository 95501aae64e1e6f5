/** Letter-or-digit tests with an ASCII fast path: the analysers ask them of nearly every token. */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether an ASCII code is a letter or digit. */
function isAsciiAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/**
 * Whether the text holds a letter or digit: exactly `/[\p{L}\p{N}]/u.test(text)`. ASCII is decided by
 * char code; text with other characters that holds no ASCII letter or digit is left to the regex.
 */
export function hasLetterOrDigit(text: string): boolean {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (isAsciiAlnum(c)) return true;
    } else ascii = false;
  }
  return ascii ? false : LETTER_OR_DIGIT.test(text);
}

/**
 * Whether the UTF-16 code unit at `i` is a letter or digit, exactly as `/[\p{L}\p{N}]/u.test(text[i])`
 * answers (false outside the text, and for a lone half of a surrogate pair).
 */
export function isLetterOrDigitAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c < 0x80 ? isAsciiAlnum(c) : LETTER_OR_DIGIT.test(text[i]!);
}

/** Whether a code point is a letter or digit, exactly as `/[\p{L}\p{N}]/u.test(String.fromCodePoint(cp))` answers. */
export function isLetterOrDigitCodePoint(cp: number): boolean {
  return cp < 0x80 ? isAsciiAlnum(cp) : LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

const SPACE = /\s/;

/** Whether the UTF-16 code unit is white space as `\s` reads it. */
function isSpaceCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 0x80 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : SPACE.test(text[i]!);
}

/** Exactly `text.split(/\s+/).length` (one more than the runs of white space), without building the pieces. */
export function spaceSplitLength(text: string): number {
  let n = 1;
  for (let i = 0; i < text.length; i++) {
    if (!isSpaceCode(text, i)) continue;
    n++;
    while (i + 1 < text.length && isSpaceCode(text, i + 1)) i++;
  }
  return n;
}

const UNUSUAL_SPACE = /[^\S ]| {2}/;

/**
 * Exactly `text.replace(/\s+/g, ' ')`: white space runs as single spaces. Text whose every run is
 * already one space (most sentences) is returned as it is, without rebuilding it space by space.
 */
export function collapseSpaces(text: string): string {
  return UNUSUAL_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text;
}

const LETTER = /\p{L}/u;

/** Whether a code point is a letter, exactly as `/\p{L}/u.test(String.fromCodePoint(cp))` answers. */
export function isLetterCodePoint(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a);
  return LETTER.test(String.fromCodePoint(cp));
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * The code point that ends just before `i`, read as a `u` pattern reads the text (a surrogate pair
 * as one code point, a lone surrogate as itself); -1 at the start.
 */
export function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const c = text.charCodeAt(i - 1);
  return i >= 2 && isLow(c) && isHigh(text.charCodeAt(i - 2)) ? text.codePointAt(i - 2)! : c;
}

/** The code point that starts at `i`, as a `u` pattern reads it; -1 at the end. */
export function codePointFrom(text: string, i: number): number {
  return i < text.length ? text.codePointAt(i)! : -1;
}

/**
 * Whether `text` holds `literal` at `at` as a `u` pattern of the escaped literal would match it there:
 * the same code units, starting and ending on code point boundaries of the text (a `u` pattern never
 * matches half of a surrogate pair).
 */
export function literalAt(text: string, at: number, literal: string): boolean {
  if (!text.startsWith(literal, at)) return false;
  const end = at + literal.length;
  const splitsPair = (i: number): boolean => i > 0 && i < text.length && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1));
  return !splitsPair(at) && !splitsPair(end);
}

/**
 * The first place at or after `from` where the text holds the literal with no letter on either side:
 * what `/(?<![\p{L}])${literal}(?![\p{L}])/u` (escaped) finds searching from `from`; -1 when none.
 * For names and terms whose pattern would otherwise be compiled once per article.
 */
export function wholeLiteralFrom(text: string, literal: string, from: number): number {
  if (literal === '') return -1;
  // A `u` search that starts inside a surrogate pair starts at the pair.
  const start = from > 0 && from < text.length && isLow(text.charCodeAt(from)) && isHigh(text.charCodeAt(from - 1)) ? from - 1 : from;
  for (let at = text.indexOf(literal, start); at !== -1; at = text.indexOf(literal, at + 1)) {
    if (!literalAt(text, at, literal) || isLetterCodePoint(codePointBefore(text, at))) continue;
    const after = at + literal.length;
    if (after < text.length && isLetterCodePoint(text.codePointAt(after)!)) continue;
    return at;
  }
  return -1;
}
