/** Escaping article text for Markdown: the text must print as written, never as markup or HTML. */

/** A character some replacement below acts on. */
const MARKUP = /[\\`*_~[\]<&]/;
/** Whitespace the last two steps change: any but a single plain space between words. */
const LOOSE_SPACE = /[^\S ]|\s\s|^\s|\s$/;

/** Escapes inline Markdown so the text reads as written; keeps plain-text readability (no entities). */
export function escapeInline(text: string): string {
  // Most of an article's sentences have nothing to escape: every step below would give them back unchanged.
  if (!MARKUP.test(text) && !LOOSE_SPACE.test(text)) return text;
  return escapeAll(text);
}

/** escapeInline without its shortcut: every step, always (the tests check the shortcut against it). */
export function escapeAll(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/([`*_~])/g, '\\$1')
    .replace(/\[(?=[^\]]*\]\s*[([:])/g, '\\[')
    .replace(/\](?=\s*[([:])/g, '\\]')
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Escapes a paragraph that starts a line: block markers (#, >, -, +, 1.) must not start a block. */
export function escapeBlock(text: string): string {
  return escapeInline(text)
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^([>+=|-])/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s)/, '$1\\$2');
}

/** A YAML double-quoted scalar: safe for any text in front matter. */
export function yamlString(text: string): string {
  return JSON.stringify(text);
}
