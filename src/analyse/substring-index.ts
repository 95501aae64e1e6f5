/**
 * Which of many texts may contain a string, without searching them all. Several passes ask, for
 * every key term and each of its forms, which sentences or sections hold it; with the terms growing
 * with the article, searching every text for each made a long interview's analysis grow with the
 * square of its length (a 500 KB interview of different names took 9 s, a 1 MB one 30 s). The index
 * keeps, for every three consecutive UTF-16 units met, the texts they occur in; the texts that hold
 * a needle are among those that hold every three units of it (or another three with the same key), and the caller still checks each one,
 * so the answers do not change. Short texts are not worth indexing: see indexFor.
 */

/** Which texts may hold a string. */
export interface SubstringIndex {
  /** The indices of the texts that may hold `needle` (every text that does, in order), or null when the needle is too short to look up. */
  candidates(needle: string): readonly number[] | null;
}

/**
 * A trigram's key: its three code units hashed into a small integer (which V8 keeps unboxed, in half
 * the memory of a larger number). Two trigrams may share a key; that only adds candidates, which the
 * caller checks anyway.
 */
const keyAt = (text: string, i: number): number => ((text.charCodeAt(i) * 0x10001 + text.charCodeAt(i + 1)) * 0x101 + text.charCodeAt(i + 2)) & 0x3fffffff;

const NONE: readonly number[] = [];

/** Indexes the texts (see the top of this file). */
export function buildSubstringIndex(texts: readonly string[]): SubstringIndex {
  const postings = new Map<number, number[]>();
  texts.forEach((text, t) => {
    for (let i = 0; i + 3 <= text.length; i++) {
      const key = keyAt(text, i);
      let list = postings.get(key);
      if (!list) postings.set(key, (list = []));
      if (list[list.length - 1] !== t) list.push(t);
    }
  });
  return {
    candidates(needle: string): readonly number[] | null {
      if (needle.length < 3) return null;
      const lists: (readonly number[])[] = [];
      for (let i = 0; i + 3 <= needle.length; i++) {
        const list = postings.get(keyAt(needle, i));
        if (!list) return NONE;
        lists.push(list);
      }
      return intersection(lists);
    },
  };
}

/**
 * The texts in every one of the lists (each ascending, without repeats), rarest first: a text that
 * holds the needle holds each of its three units. The rarest list alone was a long article's cost when
 * its names are made of common syllables (every text holding "ten" was a candidate for "Tenvorsa");
 * the lists after it are only searched while they can still narrow it, and by halving.
 */
function intersection(lists: (readonly number[])[]): readonly number[] {
  lists.sort((a, b) => a.length - b.length);
  let out = lists[0]!;
  for (let l = 1; l < lists.length && out.length > 1; l++) {
    const list = lists[l]!;
    // A needle that repeats three units meets their list again.
    if (list === out) continue;
    const kept: number[] = [];
    let from = 0;
    for (const t of out) {
      from = lowerBound(list, t, from);
      if (from === list.length) break;
      if (list[from] === t) kept.push(t);
    }
    out = kept;
  }
  return out;
}

/** The first index at or after `from` whose value is not below `t`. */
function lowerBound(list: readonly number[], t: number, from: number): number {
  let lo = from;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Below this many characters in all, texts are searched one by one: indexing them would cost more than it saves. */
export const INDEX_FROM_CHARS = 60_000;

/**
 * An index of the texts, made once per list of texts (kept while the list lives), or null when the
 * texts are short enough to search one by one.
 */
export function indexFor(key: object, texts: () => readonly string[]): SubstringIndex | null {
  let index = indexes.get(key);
  if (index !== undefined) return index;
  const all = texts();
  index = all.reduce((n, t) => n + t.length, 0) >= INDEX_FROM_CHARS ? buildSubstringIndex(all) : null;
  indexes.set(key, index);
  return index;
}

const indexes = new WeakMap<object, SubstringIndex | null>();
