/** Groups mentions into terms, merging the forms of one name ("Carney", "Mark Carney", "Prime Minister Carney"; "GT", "Global Times"). */
import type { Mention } from './candidates.js';

/** A candidate term with every mention of it. */
export interface TermGroup {
  readonly key: string;
  readonly text: string;
  readonly isName: boolean;
  readonly mentions: readonly Mention[];
  readonly variants: readonly string[];
  readonly description?: string;
  /** The acronym the article gives for it, if any. */
  readonly acronym?: string;
  readonly lemmas: readonly string[];
}

const wordsOf = (key: string): string[] => key.split(' ');

/**
 * Whether `short` is a run of words at the start or end of `long`. Compared word by word, which is
 * comparing the joined runs: words split at spaces hold none, so the joined run gives back its words.
 */
function isEdgeOf(short: readonly string[], long: readonly string[]): boolean {
  if (short.length >= long.length) return false;
  return runAt(short, long, 0) || runAt(short, long, long.length - short.length);
}

function runAt(short: readonly string[], long: readonly string[], at: number): boolean {
  for (let i = 0; i < short.length; i++) if (short[i] !== long[at + i]) return false;
  return true;
}

/** The value met most often; ties go to the first met. */
function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0]!;
  for (const [v, c] of counts) if (c > counts.get(best)!) best = v;
  return best;
}

/** A phrase's most used written form ("critical minerals"); ties go to the shorter. */
function writtenForm(ms: readonly Mention[]): string | undefined {
  const counts = new Map<string, number>();
  for (const m of ms) if (m.written) counts.set(m.written, (counts.get(m.written) ?? 0) + 1);
  let best: string | undefined;
  let n = 0;
  for (const [w, c] of counts) if (c > n || (c === n && best !== undefined && w.length < best.length)) { best = w; n = c; }
  return best;
}

/**
 * Merges mentions into term groups; `dropKeys` (speaker labels) are removed unless they expand to a name.
 * `knownNames` (the speakers' full names) let "Professor Smith" join "Jane Smith".
 */
export function groupMentions(mentions: readonly Mention[], dropKeys: ReadonlySet<string>, knownNames: readonly string[] = []): TermGroup[] {
  const display = new Map(knownNames.map((n) => [n.toLowerCase(), n]));
  const acronyms = new Map<string, string>();
  for (const m of mentions) if (m.expands) acronyms.set(m.form.toLowerCase(), m.key);

  const nameKeys = [...new Set([...mentions.filter((m) => m.isName).map((m) => m.key), ...display.keys()])];
  // Each key is split into words once, and found by its first and its last word: a key can only be
  // at the start or the end of a longer one that begins or ends with the same word, so each key is
  // compared with those alone rather than with every other (a long article has thousands of names).
  const split = new Map(nameKeys.map((k) => [k, wordsOf(k)]));
  const order = new Map(nameKeys.map((k, i) => [k, i]));
  const byEdgeWord = new Map<string, string[]>();
  for (const k of nameKeys) {
    const w = split.get(k)!;
    for (const edge of new Set([w[0]!, w[w.length - 1]!])) {
      let list = byEdgeWord.get(edge);
      if (!list) byEdgeWord.set(edge, (list = []));
      list.push(k);
    }
  }
  /** The keys that hold the words `w` at their start or end (in the order of nameKeys). */
  const longerThan = (w: readonly string[]): string[] => {
    const found = new Set<string>();
    for (const edge of [w[0]!, w[w.length - 1]!]) for (const l of byEdgeWord.get(edge) ?? []) if (isEdgeOf(w, split.get(l)!)) found.add(l);
    return [...found].sort((a, b) => order.get(a)! - order.get(b)!);
  };
  const rekey = new Map<string, string>();
  for (const k of nameKeys) {
    const exp = acronyms.get(k);
    if (exp && exp !== k) { rekey.set(k, exp); continue; }
    const w = split.get(k)!;
    const longer = longerThan(w);
    // Only the longest forms count: "Carney" ⊂ "Mark Carney" is one person, "Michael" in two names is ambiguous.
    const maximal = longer.filter((l) => !longer.some((o) => o !== l && isEdgeOf(split.get(l)!, split.get(o)!)));
    if (maximal.length === 1) rekey.set(k, maximal[0]!);
    else if (maximal.length > 1 && w.length === 1) rekey.set(k, '');
    else if (w.length === 1 && k.endsWith('s') && longerThan([k.slice(0, -1)]).length > 1) rekey.set(k, '');
  }

  // "publishing-bot" and "publishing bot" are one term: mentions are grouped with hyphens between
  // letters read as spaces, and a group keeps the key most of its mentions have.
  const groups = new Map<string, Mention[]>();
  const keyOf = new Map<Mention, string>();
  for (const m of mentions) {
    const key = m.isName ? (rekey.get(m.key) ?? m.key) : m.key;
    if (key === '') continue;
    keyOf.set(m, key);
    const spaced = key.replace(/(?<=\p{L})-(?=\p{L})/gu, ' ');
    let list = groups.get(spaced);
    if (!list) groups.set(spaced, (list = []));
    list.push(m);
  }

  const out: TermGroup[] = [];
  for (const ms of groups.values()) {
    const key = mostCommon(ms.map((m) => keyOf.get(m)!));
    const isName = ms.some((m) => m.isName);
    if (dropKeys.has(key) && !ms.some((m) => m.expands)) continue;
    // The canonical text: for a name its fullest form, for a concept the textbook form.
    const texts = ms.filter((m) => m.key === key).map((m) => m.text);
    const text = display.get(key) ?? (isName ? undefined : writtenForm(ms)) ?? texts.sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length)[0] ?? ms[0]!.text;
    const seen = new Set([text.toLowerCase()]);
    const variants: string[] = [];
    for (const m of ms) {
      for (const f of [m.text, m.form]) {
        if (!seen.has(f.toLowerCase()) && variants.length < 5) { seen.add(f.toLowerCase()); variants.push(f); }
      }
    }
    const descriptions = ms.map((m) => m.description).filter((d): d is string => !!d);
    const description = descriptions.sort((a, b) => b.length - a.length)[0];
    const acronym = ms.find((m) => m.expands)?.form;
    const known = display.get(key);
    const lemmas = known ? key.split(' ') : ms.find((m) => m.key === key)?.lemmas ?? ms[0]!.lemmas;
    out.push({ key, text, isName, mentions: ms, variants, lemmas, ...(description ? { description } : {}), ...(acronym ? { acronym } : {}) });
  }
  return out;
}
