/** Definitions the article itself gives: speakers' roles, titles, appositives, "X is a …" sentences, acronyms. */
import type { Interview, SourcedSentence, TermKind } from '../../model.js';
import { asSentence, countWords } from './check.js';
import { fromList, fromLowerAcronym, fromSpelledOut, fromUse } from './article-uses.js';
import { foldCase, foldedText, lazily, sentencesContaining } from './prefilter.js';

/** What the article-definition finder needs to know about a term. */
export interface ArticleTermInput {
  readonly term: string;
  readonly kind: TermKind;
  readonly variants: readonly string[];
  readonly description?: string;
  readonly firstParagraph: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const HONORIFIC = /^(?:dr|mr|mrs|ms|prof|professor|sir|dame)\.?\s+/i;
const bare = (name: string): string => name.replace(HONORIFIC, '').trim();
const article = (phrase: string): string => (/^(?:a|an|the)\s/i.test(phrase) ? '' : /^[aeiou]/i.test(phrase) ? 'an ' : 'a ');

/** Who a speaker is, when the term names one of the interview's speakers. */
function fromSpeakers(t: ArticleTermInput, interview: Interview): string | null {
  const names = [t.term, ...t.variants].map((n) => bare(n).toLowerCase());
  const { whole, ending } = speakerNames(interview);
  // The speakers the term names, in their order: by the whole name, or (past three letters) by its last words.
  const named = new Set<number>();
  for (const n of names) {
    for (const i of whole.get(n) ?? []) named.add(i);
    if (n.length > 3) for (const i of ending.get(n) ?? []) named.add(i);
  }
  for (const i of [...named].sort((a, b) => a - b)) {
    const sp = interview.speakers[i]!;
    const role = sp.role?.trim();
    const does = sp.part === 'interviewer' ? 'asks the questions in this interview' : sp.part === 'moderator' ? 'chairs this conversation' : 'answers the questions in this interview';
    if (role) return `${t.term} is ${article(role)}${role.replace(/[.,;\s]+$/, '')}, who ${does}.`;
    if (countWords(sp.description) >= 3) return asSentence(sp.description);
  }
  return null;
}

/** The speakers (by index) under each name a term may give them, lower-cased and without an honorific. */
interface SpeakerNames {
  /** The whole name. */
  readonly whole: ReadonlyMap<string, readonly number[]>;
  /** The last word, and every run of last words ("wanzhou", "meng wanzhou" of "ms meng wanzhou"). */
  readonly ending: ReadonlyMap<string, readonly number[]>;
}

/**
 * Made once per interview: every term asks, and a long interview has hundreds of speakers' labels
 * and thousands of terms.
 */
function speakerNames(interview: Interview): SpeakerNames {
  let known = speakerNamesByInterview.get(interview);
  if (known) return known;
  const whole = new Map<string, number[]>();
  const ending = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  interview.speakers.forEach((sp, i) => {
    if (!sp.name) return;
    const full = bare(sp.name).toLowerCase();
    add(whole, full, i);
    add(ending, full.split(' ').slice(-1)[0] ?? '', i);
    for (let at = full.indexOf(' '); at !== -1; at = full.indexOf(' ', at + 1)) add(ending, full.slice(at + 1), i);
  });
  known = { whole, ending };
  speakerNamesByInterview.set(interview, known);
  return known;
}
const speakerNamesByInterview = new WeakMap<Interview, SpeakerNames>();

/** "Anita Anand" with the title "Canadian Foreign Minister" split off. */
function fromTitle(t: ArticleTermInput): string | null {
  if (!t.description) return null;
  const d = t.description.trim();
  const det = /^\p{Lu}/u.test(d) || /^former\b/i.test(d) ? 'the ' : article(d);
  return `${t.term} is ${det}${d}, mentioned in ¶${t.firstParagraph}.`;
}

// What every appositive match holds after the name, as a fixed pattern: the term's own (a \p{L} pattern
// under the i flag, slow to compile) is built only for sentences that have it.
const APPOSITIVE_CUE = /,\s+(?:a|an|the)\s/iu;

/** "Anita Anand, the Canadian Foreign Minister, said …" or "X (GT), a political science professor at …". */
function fromAppositive(t: ArticleTermInput, sentences: readonly SourcedSentence[]): string | null {
  // "X, a …" after a common noun is too often a list or a second idea; only names get appositives.
  if (t.kind === 'place' || t.kind === 'concept') return null;
  for (const name of [t.term, ...t.variants]) {
    const candidates = sentencesContaining(sentences, name, true).filter((s) => s.text.includes(',') && APPOSITIVE_CUE.test(s.text));
    if (candidates.length === 0) continue;
    const re = new RegExp(`(?:^|[^\\p{L}])${escape(name)}(?:\\s*\\([^)]*\\))?,\\s+((?:a|an|the)\\s+[^,.;:!?()"“”]{3,140}?)\\s*(?:[,.;:!?]|$)`, 'iu');
    for (const s of candidates) {
      const m = re.exec(s.text);
      const phrase = m?.[1]?.trim();
      if (!phrase || countWords(phrase) < 3 || /^(?:the|a|an)\s+(?:two|three|other|same|way|one)\b/i.test(phrase)) continue;
      return `${t.term} is ${phrase}, mentioned in ¶${s.paragraph}.`;
    }
  }
  return null;
}

const OPENING_QUOTES = /^[“"'‘\s]+/;
const LEADING_ARTICLE = /^(?:a|an|the)\s+/;

/** A sentence's folded text without its opening quotes, and after its leading article if it has one. */
interface Opening {
  readonly text: string;
  readonly afterArticle: string | null;
}

/** Remembered per sentence: every term and variant asks whether each sentence opens with it. */
const openings = new WeakMap<SourcedSentence, Opening>();

function openingOf(s: SourcedSentence): Opening {
  let o = openings.get(s);
  if (!o) {
    const text = foldedText(s).replace(OPENING_QUOTES, '');
    const article = LEADING_ARTICLE.exec(text);
    o = { text, afterArticle: article === null ? null : text.slice(article[0].length) };
    openings.set(s, o);
  }
  return o;
}

/** Whether the sentence could open with the folded name, after "a", "an" or "the" or not (a name that opens with a space always could). */
function opensWith(s: SourcedSentence, folded: string): boolean {
  if (folded === '' || /^\s/.test(folded)) return true;
  const o = openingOf(s);
  return o.text.startsWith(folded) || (o.afterArticle !== null && o.afterArticle.startsWith(folded));
}

/** Past this many sentences, those that open with a name are found by their first two characters. */
const INDEX_OPENINGS_FROM = 500;

/** A long article's sentences by the first two characters of their opening, and of what follows its article (see openingOf). */
const openers = new WeakMap<readonly SourcedSentence[], Map<string, number[]>>();

/**
 * The sentences that could open with the folded name (see opensWith), in order. Every term and
 * variant asks this of every sentence; in a long article (whose terms grow with it) they are looked
 * up by the name's first two characters instead.
 */
function openingWith(sentences: readonly SourcedSentence[], folded: string): readonly SourcedSentence[] {
  if (sentences.length < INDEX_OPENINGS_FROM || folded.length < 2 || /^\s/.test(folded)) return sentences.filter((s) => opensWith(s, folded));
  let index = openers.get(sentences);
  if (!index) {
    const made = new Map<string, number[]>();
    sentences.forEach((s, i) => {
      const o = openingOf(s);
      for (const key of new Set([o.text.slice(0, 2), ...(o.afterArticle === null ? [] : [o.afterArticle.slice(0, 2)])])) {
        let list = made.get(key);
        if (!list) made.set(key, (list = []));
        list.push(i);
      }
    });
    openers.set(sentences, (index = made));
  }
  return (index.get(folded.slice(0, 2)) ?? []).map((i) => sentences[i]!).filter((s) => opensWith(s, folded));
}

/** "A monorepo is a single repository that …": a sentence that opens by saying what the term is. */
function fromCopula(t: ArticleTermInput, sentences: readonly SourcedSentence[]): string | null {
  for (const name of [t.term, ...t.variants]) {
    const folded = foldCase(name);
    const candidates = openingWith(sentences, folded);
    if (candidates.length === 0) continue;
    const re = new RegExp(`^(?:(?:a|an|the)\\s+)?${escape(name)}s?\\s+(?:is|are|refers to|means)\\s+((?:a|an|the)\\s+[^.;!?]{8,200})`, 'iu');
    for (const s of candidates) {
      const m = re.exec(s.text.replace(OPENING_QUOTES, ''));
      const phrase = m?.[1]?.trim();
      if (phrase && countWords(phrase) >= 4) return asSentence(phrase);
    }
  }
  return null;
}

const KIND_WORDS = 'kind|type|form|sort|way|piece|tool|device|method|process|system|program|programme|set|group|unit|measure|policy|practice|technique|style|branch|field';
// What the two patterns below need besides the name, compiled once rather than per term.
const CALLED_CUE = /\s(?:called|named|known as)\s/iu;
// Every kind-of match holds a comma or bracket, then "a"/"an", a kind word, "of" and a space: "way of"
// alone (common in speech) does not make a sentence worth compiling the term's own pattern for.
const KIND_OF_CUE = new RegExp(`[,(]\\s*(?:a|an)\\s+(?:${KIND_WORDS})\\s+of\\s`, 'iu');

/** Which of the two cues a sentence holds, remembered per sentence: every concept term asks of the same sentences. */
const cuesOf = new WeakMap<SourcedSentence, { readonly called: boolean; readonly kindOf: boolean }>();

function categoryCues(s: SourcedSentence): { readonly called: boolean; readonly kindOf: boolean } {
  let cues = cuesOf.get(s);
  if (!cues) {
    cues = { called: CALLED_CUE.test(s.text), kindOf: KIND_OF_CUE.test(s.text) };
    cuesOf.set(s, cues);
  }
  return cues;
}

/** "a bot called the publishing-bot", "a piece of software known as X", "X, a type of …", "X (a kind of …)". */
function fromCategory(t: ArticleTermInput, sentences: readonly SourcedSentence[]): string | null {
  if (t.kind !== 'concept') return null;
  for (const name of [t.term, ...t.variants]) {
    const n = escape(name);
    const called = lazily(() => new RegExp(`\\b(a|an)\\s+((?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+)\\s+(?:called|named|known as)\\s+(?:the\\s+)?[\`'"“‘]?${n}`, 'iu'));
    const kindOf = lazily(() => new RegExp(`(?:^|[^\\p{L}])${n}s?(?:,|\\s*\\()\\s*((?:a|an)\\s+(?:${KIND_WORDS})\\s+of\\s+[^,.;:!?()]{3,100})`, 'iu'));
    for (const s of sentencesContaining(sentences, name, true)) {
      const cues = categoryCues(s);
      const c = cues.called ? called().exec(s.text) : null;
      if (c && !/^(?:lot|bit|number|couple)$/i.test(c[2]!)) return `${c[1]!.charAt(0).toUpperCase()}${c[1]!.slice(1).toLowerCase()} ${c[2]!.toLowerCase()}, as the article describes it in ¶${s.paragraph}.`;
      const k = cues.kindOf ? kindOf().exec(s.text) : null;
      if (k) return asSentence(k[1]!);
    }
  }
  return null;
}

/** "Global Times (GT)" defines GT; "GT (Global Times)" too. */
function fromAcronym(t: ArticleTermInput, sentences: readonly SourcedSentence[]): string | null {
  if (!/^[A-Z][A-Z0-9&]{1,7}s?$/.test(t.term)) return null;
  const candidates = sentencesContaining(sentences, t.term, false).filter((s) => s.text.includes('('));
  if (candidates.length === 0) return null;
  const acr = escape(t.term);
  const before = new RegExp(`((?:\\p{Lu}[\\p{L}-]*\\s+(?:(?:of|and|for|the|on)\\s+)?){1,6})\\(${acr}\\)`, 'u');
  const after = new RegExp(`\\b${acr}\\s*\\(((?:\\p{Lu}[\\p{L}-]*\\s*(?:(?:of|and|for|the|on)\\s+)?){2,7})\\)`, 'u');
  for (const s of candidates) {
    const long = (before.exec(s.text)?.[1] ?? after.exec(s.text)?.[1])?.trim().replace(/^(?:The|A|An)\s+/, '');
    if (long && countWords(long) >= 2) return `Short for ${long}, as the article spells it out in ¶${s.paragraph}.`;
  }
  return null;
}

/** The publication itself. */
function fromPublication(t: ArticleTermInput, interview: Interview): string | null {
  const pub = interview.publication?.toLowerCase();
  if (!pub || ![t.term, ...t.variants].some((n) => n.toLowerCase() === pub)) return null;
  return `The publication that printed this interview, named in ¶${t.firstParagraph}.`;
}

/** The best definition the article gives, or null. */
export function findArticleDefinition(t: ArticleTermInput, interview: Interview, sentences: readonly SourcedSentence[]): string | null {
  return fromSpeakers(t, interview) ?? fromTitle(t) ?? fromAcronym(t, sentences) ?? fromAppositive(t, sentences) ?? fromCopula(t, sentences) ?? fromCategory(t, sentences) ?? fromPublication(t, interview)
    ?? fromLowerAcronym(t, sentences) ?? fromSpelledOut(t, sentences) ?? fromUse(t, sentences) ?? fromList(t, sentences);
}
