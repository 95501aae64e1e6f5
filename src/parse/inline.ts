/** Markdown inline markup → plain text: links, images, emphasis, code, escapes, tags. Pure. */

const URL_PART = String.raw`\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)`;
const IMAGE_INLINE = new RegExp(String.raw`!\[[^\][]{0,500}\](?:${URL_PART}|\[[^\][]{0,200}\])`, 'g');
const LINK_INLINE = new RegExp(String.raw`\[([^\][]{0,500})\]${URL_PART}`, 'g');
const LINK_REF = /\[([^\][]{1,500})\]\[[^\][]{0,200}\]/g;
const AUTOLINK = /<((?:https?|mailto):[^>\s]+)>/g;
// Common inline tags, bare or with attributes that have values (so "3<a and b>2" stays text).
const HTML_TAG = /<\/?(?:a|abbr|b|br|cite|code|del|div|em|font|hr|i|img|ins|mark|p|q|s|small|span|strong|sub|sup|u)(?:\s*\/?|\s[^<>=]{0,200}=[^<>]{0,500})>/gi;
const TIMESTAMP = /[[(]\s*\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\s*[\])]/g;

/** Strips Markdown inline markup (links to their text, images removed, emphasis, code spans, escapes) and collapses white space. */
export function stripInline(text: string): string {
  let s = text.replace(/\u00A0/g, ' ').replace(/\t/g, ' ');
  s = s.replace(TIMESTAMP, ' ');
  s = s.replace(IMAGE_INLINE, ' ');
  s = s.replace(LINK_INLINE, '$1');
  s = s.replace(LINK_REF, '$1');
  s = s.replace(AUTOLINK, '$1');
  s = s.replace(HTML_TAG, ' ');
  // Code spans read as their text; removing every backtick keeps this linear on any input.
  s = s.replace(/`+/g, '');
  s = stripEmphasis(s);
  s = s.replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1');
  return s.replace(/[ ]{2,}/g, ' ').trim();
}

// Bold and italic markers go; underscores inside words (snake_case) and lone asterisks (5 * 3) stay.
function stripEmphasis(s: string): string {
  let out = s;
  out = out.replace(/(\*\*\*|\*\*|___|__)(?=\S)([\s\S]*?\S)\1/g, '$2');
  out = out.replace(/(^|[^\w*\\])\*(?=\S)([^*]*?\S)\*(?![\w*])/g, '$1$2');
  out = out.replace(/(^|[^\w\\])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2');
  // An unmatched run of bold markers left at a label or line edge (e.g. "**Q:** text").
  out = out.replace(/(^|\s)\*\*(?=\s|$)/g, '$1').replace(/\*\*$/g, '');
  return out;
}

/** True when the whole text is wrapped in one bold span (e.g. "**How did you start?**"). */
export function isWhollyBold(text: string): boolean {
  const t = text.trim();
  const m = /^(\*\*|__)([\s\S]+)\1$/.exec(t);
  return m !== null && !m[2]!.includes(m[1]!);
}
