/**
 * Cheap tests that a sentence could match a pattern built around a term. V8 takes about a millisecond to
 * compile each `[\p{L}-]` pattern, so the finders compile one only when some sentence passes these tests.
 * Each test is a necessary condition of its pattern, never a sufficient one: the pattern still decides.
 */
import type { SourcedSentence } from '../../model.js';
import { indexFor } from '../substring-index.js';

// The characters a case-insensitive Unicode pattern treats as another letter that toLowerCase() does not
// reach ("ſ" matches "s", "µ" matches "μ"): found by comparing every code point with its case pairs.
const FOLDS: Readonly<Record<string, string>> = {
  'µ': 'μ', 'ſ': 's', '\u0345': 'ι', 'ς': 'σ', 'ϐ': 'β', 'ϑ': 'θ', 'ϕ': 'φ', 'ϖ': 'π', 'ϰ': 'κ', 'ϱ': 'ρ', 'ϵ': 'ε',
  '\u1c80': 'в', '\u1c81': 'д', '\u1c82': 'о', '\u1c83': 'с', '\u1c84': 'т', '\u1c85': 'т', '\u1c86': 'ъ', '\u1c87': 'ѣ', '\u1c88': 'ꙋ',
  'ẛ': 'ṡ', '\u1fbe': 'ι', '\u1fd3': '\u0390', '\u1fe3': '\u03b0', '\ufb05': '\ufb06',
};
const SPECIAL = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'gu');

/** The text with case folded so that two strings an /iu pattern matches to each other fold alike. */
export function foldCase(text: string): string {
  return text.toLowerCase().replace(SPECIAL, (c) => FOLDS[c]!);
}

const folded = new WeakMap<SourcedSentence, string>();

/** A sentence's folded text, folded once per sentence however many terms ask. */
export function foldedText(s: SourcedSentence): string {
  let f = folded.get(s);
  if (f === undefined) {
    f = foldCase(s.text);
    folded.set(s, f);
  }
  return f;
}

/** The sentences whose text contains `name`: as written, or ignoring case as an /iu pattern does. */
export function sentencesContaining(sentences: readonly SourcedSentence[], name: string, ignoreCase: boolean): readonly SourcedSentence[] {
  const needle = ignoreCase ? foldCase(name) : name;
  // A needle that holds the separator could match across two sentences of the joined text.
  const all = needle.includes(SEPARATOR) ? null : joinedOf(sentences, ignoreCase);
  if (!all) return ignoreCase ? sentences.filter((s) => foldedText(s).includes(needle)) : sentences.filter((s) => s.text.includes(needle));
  // A long article's sentences are looked up in an index rather than searched (see ../substring-index.ts).
  const hits = indexFor(all, () => sentences.map((s) => (ignoreCase ? foldedText(s) : s.text)))?.candidates(needle);
  if (hits) return hits.map((i) => sentences[i]!).filter((s) => (ignoreCase ? foldedText(s) : s.text).includes(needle));
  const { text, starts } = all;
  const out: SourcedSentence[] = [];
  // One search of the joined text, sentence after sentence, rather than one per sentence: every term
  // and variant asks this of all the article's sentences. A hit at `at` is in the last sentence that
  // starts at or before it; the search goes on from the next sentence, so each is taken once, in order.
  for (let at = text.indexOf(needle); at !== -1; ) {
    const i = sentenceAt(starts, at);
    out.push(sentences[i]!);
    if (i + 1 >= sentences.length) break;
    at = text.indexOf(needle, starts[i + 1]!);
  }
  return out;
}

/** Joins the sentences' texts: a search for a needle without it stays inside one sentence, as long as no sentence holds it either. */
const SEPARATOR = '\u0000';

/** The sentences' texts (folded or as written) joined by SEPARATOR, with where each starts. */
interface Joined {
  readonly text: string;
  readonly starts: readonly number[];
}

/**
 * Joined texts, by sentence list: the article's one list of sentences (never changed once made) is
 * searched for every term. Null when there is nothing to join or a sentence holds the separator.
 */
const joined = new WeakMap<readonly SourcedSentence[], { folded?: Joined | null; written?: Joined | null }>();

function joinedOf(sentences: readonly SourcedSentence[], folded: boolean): Joined | null {
  let both = joined.get(sentences);
  if (!both) joined.set(sentences, (both = {}));
  const known = folded ? both.folded : both.written;
  if (known !== undefined) return known;
  const texts = sentences.map((s) => (folded ? foldedText(s) : s.text));
  let made: Joined | null = null;
  if (texts.length > 0 && !texts.some((t) => t.includes(SEPARATOR))) {
    const starts: number[] = [];
    let at = 0;
    for (const t of texts) {
      starts.push(at);
      at += t.length + SEPARATOR.length;
    }
    made = { text: texts.join(SEPARATOR), starts };
  }
  if (folded) both.folded = made;
  else both.written = made;
  return made;
}

/** The index of the last sentence that starts at or before `at` (binary search). */
function sentenceAt(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A pattern compiled the first time it is needed, then kept. */
export function lazily(make: () => RegExp): () => RegExp {
  let re: RegExp | undefined;
  return () => (re ??= make());
}
