/** Escaping article text for Markdown: the text must print as written, never as markup or HTML. */

/** Escapes inline Markdown so the text reads as written; keeps plain-text readability (no entities). */
export function escapeInline(text: string): string {
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
