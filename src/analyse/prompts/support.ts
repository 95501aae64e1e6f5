/** Teacher evidence: beside the sentence a prompt is built on, the sentences of the answer that explain or support it. */
import type { Interview, Prompt, SourcedSentence } from '../../model.js';
import { sentencesOf, type SourceSentence } from '../summary/sentences.js';
import { surnameOf } from '../summary/attribution.js';
import type { SectionContext } from './context.js';
import { literalAt, wholeLiteralFrom } from '../chars.js';
import { indexFor } from '../substring-index.js';

const POINTS_BACK = /^(?:this|that|these|those|it|so|but|however|yet|still|for example|for instance|in other words|that is why|this is why|because|as a result|therefore|thus|also|and)\b/i;
const MAX_SUPPORT = 2;

/** Shared content lemmas of two sentences. */
function overlap(a: SourceSentence, b: SourceSentence): number {
  const set = new Set(a.lemmas);
  return new Set(b.lemmas.filter((l) => set.has(l))).size;
}

/** Other sentences of the answer that explain or support `s`: the ones that lean on it, then those that share its words. */
export function supportFor(s: SourceSentence, answer: readonly SourceSentence[], exclude: readonly string[] = []): SourceSentence[] {
  const skip = new Set([s.text, ...exclude]);
  const scored = answer
    .filter((x) => !skip.has(x.text) && !/\?\s*["”’]?$/.test(x.text))
    .map((x) => {
      const next = x.index === s.index + 1 && POINTS_BACK.test(x.text);
      const prev = x.index === s.index - 1 && POINTS_BACK.test(s.text);
      const shared = overlap(s, x);
      return { x, score: (next || prev ? 10 : 0) + (shared >= 2 ? shared : 0) };
    })
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || a.x.index - b.x.index);
  return scored.slice(0, MAX_SUPPORT).map((c) => c.x).sort((a, b) => a.index - b.index);
}

/** The sentence of the article that says who or what a name is: the first with the name beside a role or a description, else its first mention. */
export function introductionOf(name: string, interview: Interview, not: readonly string[] = []): SourceSentence | null {
  const { described, mentions } = introductionsOf(name, interview);
  const allowed = (s: SourceSentence) => !not.includes(s.text);
  return described.find(allowed) ?? mentions.find(allowed) ?? null;
}

/** The sentences that may introduce a name, in the article's order. */
interface Introductions {
  /** Those that hold the name or its surname beside a role or a description. */
  readonly described: readonly SourceSentence[];
  /** Those that hold the whole name. */
  readonly mentions: readonly SourceSentence[];
}

/**
 * A name's introductions, found once per interview and name: each section asks about its people and
 * organisations, and a name of every section (a country) had every sentence that holds it tested
 * again for each, which grew with the square of a long interview.
 */
function introductionsOf(name: string, interview: Interview): Introductions {
  let byName = introductionsByInterview.get(interview);
  if (!byName) introductionsByInterview.set(interview, (byName = new Map()));
  let found = byName.get(name);
  if (!found) byName.set(name, (found = findIntroductions(name, interview)));
  return found;
}
const introductionsByInterview = new WeakMap<Interview, Map<string, Introductions>>();

function findIntroductions(name: string, interview: Interview): Introductions {
  const all = articleSentences(interview);
  const short = surnameOf(name);
  const full = wholeWord(name);
  const surname = short !== name ? wholeWord(short) : null;
  // In a long article, only the sentences that hold the name or surname are tested (see ../substring-index.ts).
  const index = indexFor(all, () => all.map((s) => s.text));
  const found = index && [name, ...(surname !== null ? [short] : [])].map((n) => index.candidates(n));
  const pool = found && found.every((c) => c !== null) ? [...new Set(found.flat() as number[])].sort((a, b) => a - b).map((i) => all[i]!) : all;
  const out = { described: [] as SourceSentence[], mentions: [] as SourceSentence[] };
  for (const s of pool) {
    const whole = full(s.text);
    if (!whole && !(surname !== null && surname(s.text))) continue;
    // Every way of describing holds the name as written.
    if (s.text.includes(name) && isDescribed(s.text, name)) out.described.push(s);
    if (whole) out.mentions.push(s);
  }
  return out;
}

/** A capitalised word and a space, ending where the name starts ("Ambassador Meng"). */
const TITLE_BEFORE = /\p{Lu}\p{Ll}+ $/u;
/** After the name: a description in apposition ("Meng, the …", "Meng (CFO), who …", "Meng, head of …") or "is a", "was the". */
const DESCRIPTION_AFTER = /(?:\s*\([^)]*\))?, (?:a|an|the|who|which|\p{Ll}+ (?:of|at|for))\b| (?:is|was) (?:a|an|the)\b/uy;

/** The pattern below for an empty name. */
const EMPTY_NAME = /(?:\p{Lu}\p{Ll}+ )+|(?:\s*\([^)]*\))?, (?:a|an|the|who|which|\p{Ll}+ (?:of|at|for))\b| (?:is|was) (?:a|an|the)\b/u;

/**
 * Whether the text describes the name where it uses it: what the pattern
 * `(?:\p{Lu}\p{Ll}+ )+${name}|${name}(?:\s*\([^)]*\))?, (?:a|an|the|who|which|\p{Ll}+ (?:of|at|for))\b|${name} (?:is|was) (?:a|an|the)\b`
 * (the name escaped, flag u) tests, tried at each place the name stands, with two patterns made once
 * rather than one compiled for each name of every article.
 */
export function isDescribed(text: string, name: string): boolean {
  if (name === '') return EMPTY_NAME.test(text);
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    if (!literalAt(text, at, name)) continue;
    if (TITLE_BEFORE.test(text.slice(0, at))) return true;
    DESCRIPTION_AFTER.lastIndex = at + name.length;
    if (DESCRIPTION_AFTER.test(text)) return true;
  }
  return false;
}

/**
 * A test for `/(?<![\p{L}])${word}(?![\p{L}])/u` (escaped), by indexOf and code point tests: a \p{L}
 * pattern per name cost a compilation per name of every new article. The pattern stays for "".
 */
function wholeWord(word: string): (text: string) => boolean {
  if (word === '') return (text) => /(?<![\p{L}])(?![\p{L}])/u.test(text);
  return (text) => wholeLiteralFrom(text, word, 0) !== -1;
}

/** Every sentence of the article (opening context, then questions and answers), made once per interview. */
function articleSentences(interview: Interview): readonly SourceSentence[] {
  let all = sentencesByInterview.get(interview);
  if (!all) {
    all = [...sentencesOf(interview.context), ...interview.exchanges.flatMap((e) => sentencesOf([...e.question, ...e.answer]))];
    sentencesByInterview.set(interview, all);
  }
  return all;
}
const sentencesByInterview = new WeakMap<Interview, readonly SourceSentence[]>();

/** The prompt with supporting sentences added to its evidence (its paragraphs stay the ones it is built on). */
export function withSupport(p: Prompt, ctx: SectionContext): Prompt {
  const evidence = p.evidence ?? [];
  const own = evidence.map((e) => ctx.answer.find((s) => s.text === e.text && s.paragraph === e.paragraph)).filter((s): s is SourceSentence => !!s);
  const main = own[0];
  if (!main) return p;
  const extra: SourcedSentence[] = supportFor(main, ctx.answer, evidence.map((e) => e.text)).map((s) => ({ text: s.text, paragraph: s.paragraph }));
  if (!extra.length) return p;
  return { ...p, evidence: [...evidence, ...extra].slice(0, evidence.length + MAX_SUPPORT) };
}
