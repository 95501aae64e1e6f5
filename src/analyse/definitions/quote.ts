/** Quoting the article: the shortest clause that shows how a term is used, with its paragraph. */
import type { SourcedSentence } from '../../model.js';
import { foldCase } from './prefilter.js';

const MAX_BEFORE = 6;
const MAX_AFTER = 9;
const MIN_WORDS = 6;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A stretch of words from a sentence, with whether words were cut before or after it. */
export interface Snippet {
  readonly text: string;
  readonly cutBefore: boolean;
  readonly cutAfter: boolean;
}

// The parts of /(?:^|[^\p{L}\p{N}])(name(?:s|es)?)(?![\p{L}\p{N}])/iu that do not depend on the name, compiled
// once: the letter classes make that pattern slow to compile, and it was compiled for every term.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/iu;
const ENDINGS = [/s(?![\p{L}\p{N}])/iuy, /es(?![\p{L}\p{N}])/iuy, /(?![\p{L}\p{N}])/iuy];

/** The length of the ending ("s", "es" or none) that closes a name at `at`, tried in that order, or -1. */
function endingAt(text: string, at: number): number {
  for (const ending of ENDINGS) {
    ending.lastIndex = at;
    const m = ending.exec(text);
    if (m) return m[0].length;
  }
  return -1;
}

/** Whether the code point just before `at` is a letter or digit. */
function afterLetter(text: string, at: number): boolean {
  if (at === 0) return false;
  const low = text.charCodeAt(at - 1);
  const from = at >= 2 && low >= 0xdc00 && low <= 0xdfff && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff ? at - 2 : at - 1;
  return LETTER_OR_DIGIT.test(text.slice(from, at));
}

/** Where a name (or a plural of it) first occurs in the text, as a character range. */
function locate(text: string, names: readonly string[]): { start: number; end: number } | null {
  const folded = foldCase(text);
  for (const n of [...names].sort((a, b) => b.length - a.length)) {
    if (!folded.includes(foldCase(n))) continue;
    // Each place the name is written, first to last, as the whole pattern would try them.
    const name = new RegExp(escape(n), 'giu');
    for (let m = name.exec(text); m; m = name.exec(text)) {
      const start = m.index;
      const ending = afterLetter(text, start) ? -1 : endingAt(text, start + m[0].length);
      if (ending >= 0) return { start, end: start + m[0].length + ending };
      name.lastIndex = start + (text.codePointAt(start)! > 0xffff ? 2 : 1);
    }
  }
  return null;
}

/**
 * The clause of `text` around the term: from the last clause boundary (, ; : — ( or a quote) before it to the
 * next one after it, at most `maxBefore` words before and `maxAfter` after, widened to six words when the clause is tiny.
 */
export function clauseAround(text: string, names: readonly string[], maxBefore = MAX_BEFORE, maxAfter = MAX_AFTER): Snippet | null {
  const t = text.replace(/\s+/g, ' ').trim();
  const at = locate(t, names);
  if (!at) return null;
  let from = 0;
  let to = t.length;
  for (const m of t.matchAll(/[,;:—–()[\]“”"!?]|\s-\s/g)) {
    const i = m.index!;
    if (i < at.start) from = i + m[0].length;
    else if (i >= at.end) { to = i; break; }
  }
  const wordsIn = (a: number, b: number): number => t.slice(a, b).trim().split(' ').filter(Boolean).length;
  // A clause of the term alone says nothing: borrow words across the boundary.
  if (wordsIn(from, to) < MIN_WORDS) { from = 0; to = t.length; }
  // Walk back at most MAX_BEFORE words and forward at most MAX_AFTER, cutting at spaces so the text stays as written.
  let a = at.start;
  for (let n = 0; n < maxBefore && a > from; n++) { const sp = t.lastIndexOf(' ', a - 2); a = sp < from ? from : sp + 1; }
  let b = at.end;
  for (let n = 0; n < maxAfter && b < to; n++) { const sp = t.indexOf(' ', b + 1); b = sp === -1 || sp > to ? to : sp; }
  // Start a cut quote where a phrase starts ("the ban and punitive tariffs", not "concessions is lifting the ban …").
  if (wordsIn(0, a) > 0) {
    const lead = t.slice(a, at.start);
    const m = /(?:^|\s)(?:the|a|an|of|in|on|for|to|with|like|from|by|at|as|our|their|its|his|her|my|your|this|these|those)\s/i.exec(lead);
    if (m && m.index + m[0].length < lead.length) a += m.index + (m[0].startsWith(' ') ? 1 : 0);
  }
  const cutBefore = wordsIn(0, a) > 0;
  const cutAfter = wordsIn(b, t.length) > 0 && !/^[.!?]+$/.test(t.slice(b).trim());
  const shown = t.slice(a, b).trim().replace(/^[\s,;:.—–-]+|[\s,;:—–-]+$/g, '').replace(/\.$/, '');
  return { text: shown, cutBefore, cutAfter };
}

/** The snippet as a quotation: “…lifting the ban and punitive tariffs on imported electric vehicles…” (¶6). */
export function quoteSnippet(s: Snippet, paragraph: number): string {
  return `“${s.cutBefore ? '…' : ''}${s.text}${s.cutAfter ? '…' : ''}” (¶${paragraph})`;
}

/** "In the article: “…” (¶7)": the shortest clause that shows the term in use, or the whole sentence when short. */
export function quoteContext(term: string, sentence: SourcedSentence, variants: readonly string[] = []): string {
  const text = sentence.text.replace(/\s+/g, ' ').trim();
  const snippet = text.split(' ').length <= 14 ? null : clauseAround(text, [term, ...variants]);
  const shown = snippet ?? { text: text.split(' ').slice(0, 40).join(' '), cutBefore: false, cutAfter: text.split(' ').length > 40 };
  return `In the article: ${quoteSnippet(shown, sentence.paragraph)}`;
}
