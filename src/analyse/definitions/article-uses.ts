/** More of what the article says about a term: lower-case acronym expansions, what it is used to do, the list it belongs to. */
import type { SourcedSentence } from '../../model.js';
import { hasWord } from '../wordnet.js';
import { frequencyRank } from '../key-terms/common-words.js';
import { foldCase, foldedText, sentencesContaining } from './prefilter.js';

/** What these finders need to know about a term. */
export interface UseTermInput {
  readonly term: string;
  readonly variants: readonly string[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const initialsOf = (words: readonly string[]): string => words.flatMap((w) => w.split('-')).filter(Boolean).map((w) => w.charAt(0).toUpperCase()).join('');

/** "surface-mount device (SMD)": the shortest run of words before the brackets whose initials spell the acronym. */
export function fromLowerAcronym(t: UseTermInput, sentences: readonly SourcedSentence[]): string | null {
  const acr = t.term.replace(/s$/, '');
  if (!/^[A-Z][A-Z0-9]{1,6}$/.test(acr)) return null;
  const candidates = sentencesContaining(sentences, `(${t.term})`, false);
  if (candidates.length === 0) return null;
  const re = new RegExp(`((?:[\\p{L}-]+\\s+){1,6})\\(${escape(t.term)}\\)`, 'u');
  const letters = acr.replace(/[0-9]/g, '');
  for (const s of candidates) {
    const m = re.exec(s.text);
    if (!m) continue;
    const words = m[1]!.trim().split(/\s+/);
    for (let k = 1; k <= words.length; k++) {
      const run = words.slice(-k);
      if (initialsOf(run) === letters && run.every((w) => /^[\p{Ll}-]+$/u.test(w))) return `Short for ${run.join(' ')}, as the article spells it out in ¶${s.paragraph}.`;
    }
  }
  return null;
}

/** "UCG" where the article writes "Unified Coordination Group" somewhere: a run of capitalised words whose initials spell it. */
export function fromSpelledOut(t: UseTermInput, sentences: readonly SourcedSentence[]): string | null {
  if (!/^[A-Z]{2,6}$/.test(t.term)) return null;
  const re = /\p{Lu}[\p{Ll}-]+(?:\s+(?:of|and|for|on|the)?\s*\p{Lu}[\p{Ll}-]+)+/gu;
  for (const s of sentences) {
    for (const m of s.text.matchAll(re)) {
      const words = m[0].split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
      for (let i = 0; i + t.term.length <= words.length; i++) {
        const run = words.slice(i, i + t.term.length);
        if (run.map((w) => w.charAt(0)).join('') !== t.term) continue;
        const from = m[0].indexOf(run[0]!);
        const to = m[0].indexOf(run[run.length - 1]!, from) + run[run.length - 1]!.length;
        return `Short for ${m[0].slice(from, to)}, as the article names it in ¶${s.paragraph}.`;
      }
    }
  }
  return null;
}

// What the pattern below needs besides the name, compiled once rather than per term.
const USE_CUE = /\b(?:use|uses|used|using)\s/u;

/** "I use Bookends to organize research articles" → "Something used to organize research articles (¶9)." */
export function fromUse(t: UseTermInput, sentences: readonly SourcedSentence[]): string | null {
  for (const name of [t.term, ...t.variants]) {
    const candidates = sentencesContaining(sentences, name, false).filter((s) => USE_CUE.test(s.text));
    if (candidates.length === 0) continue;
    const re = new RegExp(`\\b(?:use|uses|used|using)\\s+(?:the\\s+|a\\s+|an\\s+|my\\s+|our\\s+)?${escape(name)}\\s+(to\\s+\\p{Ll}[^,.;:!?()"“”]{6,90})`, 'u');
    for (const s of candidates) {
      const m = re.exec(s.text);
      if (m) return `Something used ${m[1]!.trim()}, as the article says in ¶${s.paragraph}.`;
    }
  }
  return null;
}

const FUNCTION = new Set(['in', 'on', 'at', 'of', 'to', 'for', 'with', 'by', 'from', 'as', 'into', 'about', 'like', 'and', 'or', 'but', 'are', 'is', 'was', 'were', 'be', 'a', 'an', 'the']);
const VAGUE = new Set(['things', 'stuff', 'ones', 'others', 'lots', 'kinds', 'sorts', 'ways', 'bits']);

const LIST = /((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*s)\s+(?:like|such as|including|-|–|—|:)\s+([^.;!?()]+)/gu;
// What every LIST match holds (a plural, then the word or dash that opens the list): a cheap test, and
// most sentences fail it, which spares them the costly pattern.
const LIST_CUE = /s\s+(?:like|such as|including|-|–|—|:)\s/;

/** A list a sentence writes after a group's name: "sensitive areas like AI and critical minerals". */
interface NamedList {
  readonly category: string;
  readonly items: readonly string[];
}

/**
 * The named lists of a sentence, in order, remembered per sentence: they do not depend on the term, and
 * every capitalised term of the article asks of the same sentences.
 */
const listsOf = new WeakMap<SourcedSentence, readonly NamedList[]>();

function namedLists(s: SourcedSentence): readonly NamedList[] {
  let lists = listsOf.get(s);
  if (!lists) {
    lists = LIST_CUE.test(s.text) ? listsIn(s.text) : [];
    listsOf.set(s, lists);
  }
  return lists;
}

function listsIn(text: string): NamedList[] {
  const found: NamedList[] = [];
  for (const m of text.matchAll(LIST)) {
    // Only the words a dictionary lists as nouns or adjectives belong to the group's name ("in" of "in sensitive areas" does not).
    const words = m[1]!.split(' ');
    while (words.length > 1 && (FUNCTION.has(words[0]!) || !(hasWord(words[0]!, 'adj') || hasWord(words[0]!)))) words.shift();
    const category = words.join(' ').replace(/^(?:the|my|our|their|other|some|many|all|these|those)\s+/, '');
    const head = category.split(' ').slice(-1)[0]!;
    if (VAGUE.has(head) || !hasWord(head.replace(/s$/, ''))) continue;
    found.push({ category, items: m[2]!.split(/\s*(?:,|\band\b|\bor\b|&)\s*/).map((x) => x.trim()).filter(Boolean) });
  }
  return found;
}

/** The sentences that write a named list, found once per list of sentences: every capitalised term asks. */
const withLists = new WeakMap<readonly SourcedSentence[], readonly SourcedSentence[]>();

function sentencesWithLists(sentences: readonly SourcedSentence[]): readonly SourcedSentence[] {
  let found = withLists.get(sentences);
  if (!found) withLists.set(sentences, (found = sentences.filter((s) => namedLists(s).length > 0)));
  return found;
}

/** "the obvious tools - Mail, Calendar, Microsoft Office" or "sensitive areas like AI and critical minerals": one of a named group. */
export function fromList(t: UseTermInput, sentences: readonly SourcedSentence[]): string | null {
  // Common nouns have their dictionary meaning; the list says most about names and acronyms.
  if (!/^\p{Lu}/u.test(t.term)) return null;
  const names = [t.term, ...t.variants].map((n) => n.toLowerCase());
  const folded = names.map(foldCase);
  for (const s of sentencesWithLists(sentences)) {
    const lists = namedLists(s);
    // A list item is one of the names, so a sentence without any name holds no such list.
    if (!folded.some((n) => foldedText(s).includes(n))) continue;
    for (const { category, items } of lists) {
      const at = items.findIndex((x) => names.includes(x.toLowerCase()));
      if (at === -1 || items.length < 2) continue;
      const others = items.filter((_, i) => i !== at).slice(0, 3);
      return `One of the ${category} the article names in ¶${s.paragraph}, along with ${others.join(', ')}.`;
    }
  }
  return null;
}

// What every match of nameCategory's pattern holds around the name: an article (and perhaps one more
// word) just before it; white space and a lower-case letter just after. Fixed patterns, compiled once.
const BEFORE_NAME = /(?:the|a|an)\s+(?:[\p{Ll}-]+\s+)?$/u;
const AFTER_NAME = /^\s+\p{Ll}/u;

/**
 * Whether the text could match nameCategory's pattern for the name: a necessary condition, so the
 * pattern (a \p{Ll} pattern compiled per name, a millisecond or more each) is built only for
 * sentences that pass, and still decides.
 */
export function mayNameCategory(text: string, name: string): boolean {
  if (name === '') return true;
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    if (AFTER_NAME.test(text.slice(at + name.length)) && BEFORE_NAME.test(text.slice(0, at))) return true;
  }
  return false;
}

/** One match of "the [word] Name noun [next]" in a text. */
export interface CategoryMatch {
  /** From the article to the noun: "the Kubernetes project". */
  readonly quote: string;
  readonly noun: string;
  /** The lower-case word after the noun, if any. */
  readonly next: string | undefined;
}

// The pattern nameCategory looks for is `((?:the|a|an)\s+(?:[\p{Ll}-]+\s+)?NAME\s+(\p{Ll}[\p{Ll}-]+))(?:\s+(\p{Ll}[\p{Ll}-]+))?`
// with the name escaped (flags gu). Compiling it per name cost a millisecond or so each, for
// thousands of names in a long interview; its fixed parts, compiled once, are tried here in the
// order the pattern tries them.
const ARTICLE_WORD = /(?:the|a|an)\s+[\p{Ll}-]+\s+/uy;
const ARTICLE = /(?:the|a|an)\s+/uy;
const AFTER = /(\s+(\p{Ll}[\p{Ll}-]+))(?:\s+(\p{Ll}[\p{Ll}-]+))?/uy;
/** The article with the word before the name, then without it: the order the pattern tries them in. */
const STARTS = [ARTICLE_WORD, ARTICLE] as const;

/**
 * The pattern's matches in the text, as `text.matchAll` gives them. At each start the article is
 * one of the three (they cannot both fit: "a" must be followed by white space, "an" by "n"), the
 * word is taken whole or not at all, and then without it; this holds when the name neither starts
 * nor ends with white space, and for other names the pattern itself is used.
 */
export function* categoryMatches(text: string, name: string): Generator<CategoryMatch> {
  if (name === '' || /^\s|\s$/u.test(name)) {
    for (const m of text.matchAll(new RegExp(`((?:the|a|an)\\s+(?:[\\p{Ll}-]+\\s+)?${escape(name)}\\s+(\\p{Ll}[\\p{Ll}-]+))(?:\\s+(\\p{Ll}[\\p{Ll}-]+))?`, 'gu'))) yield { quote: m[1]!, noun: m[2]!, next: m[3] };
    return;
  }
  let at = 0;
  while (at < text.length) {
    const found = matchAt(text, name, at);
    if (found) {
      yield found.match;
      at = found.end;
    } else at += 1;
  }
}

function matchAt(text: string, name: string, at: number): { match: CategoryMatch; end: number } | null {
  const c = text.charCodeAt(at);
  if (c !== 0x74 /* t */ && c !== 0x61 /* a */) return null;
  for (const start of STARTS) {
    start.lastIndex = at;
    if (!start.test(text)) continue;
    const nameAt = start.lastIndex;
    if (!text.startsWith(name, nameAt)) continue;
    AFTER.lastIndex = nameAt + name.length;
    const after = AFTER.exec(text);
    if (!after) continue;
    return { match: { quote: text.slice(at, nameAt + name.length) + after[1]!, noun: after[2]!, next: after[3] }, end: AFTER.lastIndex };
  }
  return null;
}

/** "the Kubernetes project", "the TPA3116 chip": a name written before a common noun that says what it is. */
export function nameCategory(t: UseTermInput, sentences: readonly SourcedSentence[], isCategory: (noun: string) => boolean): { noun: string; quote: string; paragraph: number } | null {
  // Acronyms before a noun are usually modifiers ("a DIY kit"), not names of that kind of thing.
  if (!/^[\p{Lu}\p{N}]/u.test(t.term) || /^[A-Z0-9&]+s?$/.test(t.term)) return null;
  const found = new Map<string, { n: number; quote: string; paragraph: number }>();
  for (const name of [t.term, ...t.variants]) {
    const candidates = sentencesContaining(sentences, name, false).filter((s) => mayNameCategory(s.text, name));
    if (candidates.length === 0) continue;
    for (const s of candidates) {
      for (const m of categoryMatches(s.text, name)) {
        const noun = m.noun;
        // "the Kubernetes release cycles": a compound follows, so the first noun is not what the name is.
        const next = m.next;
        if (next && !FUNCTION.has(next) && hasWord(next) && !hasWord(next, 'verb')) continue;
        if (FUNCTION.has(noun) || (frequencyRank(noun) ?? Infinity) <= 200 || !isCategory(noun)) continue;
        const entry = found.get(noun) ?? { n: 0, quote: m.quote, paragraph: s.paragraph };
        entry.n++;
        found.set(noun, entry);
      }
    }
  }
  let best: [string, { n: number; quote: string; paragraph: number }] | undefined;
  for (const e of found) if (!best || e[1].n > best[1].n) best = e;
  return best ? { noun: best[0], quote: best[1].quote, paragraph: best[1].paragraph } : null;
}
