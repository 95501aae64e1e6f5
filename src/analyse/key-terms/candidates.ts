/** Finds term mentions in tagged sentences: runs of proper nouns (names) and noun phrases (concepts). */
import type { TaggedSentenceRef, Tok } from './tokens.js';
import { DATE_WORDS, EVALUATIVE_ADJECTIVES, HONORIFICS, NAME_VARIANT_HEADS, NEVER_TERMS, NOMINALISATION, TITLE_WORDS } from './lexicon.js';
import { hasWord, nounSenses } from '../wordnet.js';
import { frequencyRank } from './common-words.js';

/** One place where a candidate term occurs. */
export interface Mention {
  /** Lower-case key that groups mentions of one term. */
  readonly key: string;
  /** The term as a textbook would name it ("trade diversification", "Anita Anand"). */
  readonly text: string;
  /** The words as the article wrote them ("a diversification of trade" → "diversification of trade"). */
  readonly form: string;
  readonly isName: boolean;
  readonly sentence: TaggedSentenceRef;
  /** Title or role split off a name. */
  readonly description?: string;
  /** Expansion when the mention is an acronym given in brackets ("GT" → "Global Times"). */
  readonly expands?: string;
  /** An "N1 of N2" phrase kept as is ("window of opportunity"); counts only when repeated. */
  readonly ofPhrase?: boolean;
  /** Lower-case lemmas of the term's words. */
  readonly lemmas: readonly string[];
  /** A phrase as written, head not lemmatised ("critical minerals"): glossaries keep a phrase's plural. */
  readonly written?: string;
}

/** Last words of names that can hold an "and" ("Belt and Road Initiative", "Procter & Gamble Company"). */
const NAME_TAILS = new Set(['initiative', 'agreement', 'treaty', 'act', 'accord', 'pact', 'programme', 'program', 'plan', 'fund', 'party', 'company', 'corporation', 'council', 'commission', 'committee', 'group', 'association', 'foundation', 'institute', 'university', 'museum', 'society', 'union', 'bank', 'office', 'department', 'ministry', 'agency', 'organization', 'organisation', 'alliance', 'forum', 'summit', 'strategy', 'project']);
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'of', 'in', 'on', 'to', 'for', 'with', 'by', 'at', 'from', 'as', 'is', 'be', 'not', 'no', 'so', 'if', 'it', 'this', 'that']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', ':', '—', '–', '-', '*', '#']);
const isAcronym = (v: string): boolean => /^[A-Z][A-Z0-9&]{1,7}s?$/.test(v) && /[A-Z].*[A-Z0-9]/.test(v);

function isNameTok(toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  if (!t) return false;
  if (t.type !== 'word' || !t.cap || NEVER_TERMS.has(t.lower) || DATE_WORDS.has(t.lower)) return false;
  if (isInitialCommon(toks, i)) return false;
  const prev = toks[i - 1];
  const midSentence = i > 0 && prev !== undefined && !OPENERS.has(prev.value) && prev.value !== '.';
  // "Go" is a stop word, but "Go modules" names a language.
  if (t.stop && !isAcronym(t.value) && !(midSentence && !FUNCTION_WORDS.has(t.lower))) return false;
  if (t.pos === 'PROPN') return true;
  // Capitalised mid-sentence words that wink did not tag as names ("Go modules", "Netbooks").
  return i > 0 && prev !== undefined && !OPENERS.has(prev.value) && prev.value !== '.' && ['NOUN', 'ADJ', 'X', 'VERB', 'NUM', 'ADV'].includes(t.pos);
}

/** The lemma a dictionary would use for a noun token. */
function nounLemma(t: Tok): string {
  // The tagger's lemmas use American spelling ("privatisation" → "privatization"): keep the article's.
  const zs = (w: string): string => w.replace(/z/g, 's');
  if (t.lemma && t.lemma !== t.lower && zs(t.lemma) === zs(t.lower)) return t.lower;
  if (t.lemma && zs(t.lower) === `${zs(t.lemma)}s` && t.lemma !== t.lower.slice(0, -1)) return t.lower.slice(0, -1);
  if (t.lemma && t.lemma !== t.lower && (hasWord(t.lemma) || !hasWord(t.lower))) return t.lemma;
  // Plurals the tagger left alone ("apps").
  if (/[^s]s$/.test(t.lower) && !hasWord(t.lower) && (hasWord(t.lower.slice(0, -1)) || frequencyRank(t.lower.slice(0, -1)) !== undefined)) return t.lower.slice(0, -1);
  return t.lower;
}

const initials = (words: readonly string[]): string =>
  words.filter((w) => !['of', 'and', 'for', 'the', '&', 'on'].includes(w.toLowerCase())).map((w) => w.charAt(0).toUpperCase()).join('');

/** Splits a run of name tokens into honorific, title (description) and the name itself. */
function splitTitle(run: readonly Tok[], before: readonly Tok[]): { name: Tok[]; description?: string } | null {
  let name = [...run];
  while (name.length > 1 && HONORIFICS.has(name[0]!.lower)) name = name.slice(1);
  let last = -1;
  name.forEach((t, i) => { if (TITLE_WORDS.has(t.lower)) last = i; });
  if (last === name.length - 1) return null;
  // "Muffsy MC Head Amp" is a product: a title word after other names ("Muffsy MC") is not a title; nationalities may precede one.
  if (last > 0 && name.slice(0, last).some((t) => !TITLE_WORDS.has(t.lower) && !HONORIFICS.has(t.lower) && !hasWord(t.lower, 'adj'))) last = -1;
  const desc: string[] = last >= 0 ? name.slice(0, last + 1).map((t) => t.value) : [];
  if (last >= 0) name = name.slice(last + 1);
  while (name.length > 1 && HONORIFICS.has(name[0]!.lower)) name = name.slice(1);
  // Lower-case titles just before the name: "former prime minister Justin Trudeau".
  const look: string[] = [];
  for (let i = before.length - 1; i >= 0 && look.length < 4; i--) {
    const t = before[i]!;
    if (TITLE_WORDS.has(t.lower) && !t.cap && t.type === 'word') look.unshift(t.value);
    else break;
  }
  if (desc.length === 0 && look.some((w) => TITLE_WORDS.has(w.toLowerCase()) && w.toLowerCase() !== 'former')) desc.push(...look);
  else if (desc.length > 0 && look.length > 0) desc.unshift(...look);
  return { name, ...(desc.length > 0 ? { description: desc.join(' ') } : {}) };
}

/** Name mentions ("Anita Anand", "Castro-Rea", "GT") in one sentence; also returns the token spans they cover. */
function findNames(s: TaggedSentenceRef, out: Mention[]): void {
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!isNameTok(toks, i)) continue;
    let e = i + 1;
    for (;;) {
      if (e < toks.length && isNameTok(toks, e)) { e++; continue; }
      const link = toks[e];
      if (link && (link.lower === 'of' || link.lower === 'on' || link.lower === 'for') && e + 1 < toks.length && isNameTok(toks, e + 1) && toks[e + 1]!.pos === 'PROPN') { e += 2; continue; }
      // "Belt and Road Initiative": "and" inside one name, told from "Canada and China" by the name's last word.
      if (link && (link.lower === 'and' || link.lower === '&') && e - i === 1 && isNameTok(toks, e + 1)) {
        let f = e + 1;
        while (f < toks.length && isNameTok(toks, f)) f++;
        if (f - e > 2 && NAME_TAILS.has(toks[f - 1]!.lower)) { e = f; continue; }
      }
      break;
    }
    const run = toks.slice(i, e);
    const next = toks[e];
    // A name used as a modifier ("the Meng Wanzhou affair", "Canada-US relations") is left to the phrase finder.
    const modifier = next !== undefined && next.pos === 'NOUN' && !next.cap;
    const split = splitTitle(run, toks.slice(Math.max(0, i - 4), i));
    i = e - 1;
    if (!split || modifier || run.length > 6) continue;
    const words = split.name.map((t) => t.value);
    if (words.length === 1) {
      const w = split.name[0]!;
      const singular = w.lower.replace(/s$/, '');
      // Nationalities and adjectives ("Canadians", "Chinese") are not terms; nor a capital at the start of a sentence.
      if (!isAcronym(w.value) && (hasWord(w.lower, 'adj') || hasWord(singular, 'adj'))) continue;
      // A capital at the start of a sentence proves nothing: "Vinyl was …" is the common noun.
      if (e - 1 === 0 && !isAcronym(w.value) && isCommonWord(w.lower) && !nounSenses(w.lower).some((x) => x.lexFile === 'noun.location')) continue;
    }
    const text = words.join(' ');
    out.push({ key: text.toLowerCase(), text, form: text, isName: true, sentence: s, lemmas: words.map((w) => w.toLowerCase()), ...(split.description ? { description: split.description } : {}) });
    // "Global Times (GT)": the acronym is a variant of the name.
    const a = toks[e + 1];
    if (next?.value === '(' && a && isAcronym(a.value) && toks[e + 2]?.value === ')' && initials(words) === a.value) {
      out.push({ key: text.toLowerCase(), text, form: a.value, isName: true, sentence: s, lemmas: [a.lower], expands: text });
      i = e + 2;
    }
  }
}

const MODALS = new Set(['will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', "'ll", "'d", 'wo', 'ca']);
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'re", "'m"]);
const OBJECT_START = new Set(['DET', 'PRON', 'PUNCT']);

/**
 * A lower-case word the tagger called a noun, that the dictionary has no such noun for, and that the
 * sentence uses as a verb or an adjective: after a modal and before no noun ("that will sync the
 * commits", not "how will climate change affect"), after "to" before an object or the end ("good to
 * reconnect."), or after "is" with an adjective's ending and no noun to follow ("is foundational
 * to"). The tagger gives most words it has not seen the noun tag.
 */
export function isVerbInDisguise(toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  const prev = toks[i - 1];
  if (!t || !prev || t.pos !== 'NOUN' || t.cap || t.type !== 'word') return false;
  const next = toks[i + 1];
  const knownNoun = hasWord(t.lower) || hasWord(nounLemma(t));
  if (knownNoun) return false;
  // "How will climate change affect …?": after a modal in a question comes the subject, a noun phrase.
  if (prev.pos === 'AUX' && MODALS.has(prev.lower)) return next?.pos !== 'NOUN' && next?.pos !== 'PROPN';
  if (prev.lower === 'to' && (next === undefined || OBJECT_START.has(next.pos))) return true;
  return prev.pos === 'AUX' && COPULAS.has(prev.lower) && /(?:al|ous|ive|ful|less|able|ible|ic)$/.test(t.lower) && next?.pos !== 'NOUN' && next?.pos !== 'PROPN';
}

const isModifier = (toks: readonly Tok[], i: number): boolean => {
  const t = toks[i];
  if (!t) return false;
  if (t.type !== 'word' || NEVER_TERMS.has(t.lower) || /-wise$/.test(t.lower) || isVerbInDisguise(toks, i)) return false;
  if (isNameTok(toks, i)) return true;
  if (t.stop) return false;
  if (t.pos === 'ADJ' || t.pos === 'NOUN' || (t.pos === 'PROPN' && isInitialCommon(toks, i))) return true;
  // "staging repositories": an -ing form after a determiner or preposition, before a noun.
  const prev = toks[i - 1];
  // Only -ing words the dictionary knows as nouns or adjectives: "of staging directories", not "in sacrificing relations".
  return t.pos === 'VERB' && /ing$/.test(t.lower) && prev !== undefined && ['DET', 'ADJ', 'ADP'].includes(prev.pos)
    && toks[i + 1]?.pos === 'NOUN' && (hasWord(t.lower) || hasWord(t.lower, 'adj'));
};

const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)?)$/;

/** Modifiers that judge, count or name a nationality, dropped from the front of a phrase ("stronger", "second-largest", "Canadian"). */
function isWeakModifier(t: Tok): boolean {
  if (t.type !== 'word' || t.stop || t.pos === 'NUM' || t.pos === 'DET') return true;
  const first = t.lower.split('-')[0] ?? t.lower;
  if (EVALUATIVE_ADJECTIVES.has(t.lower) || EVALUATIVE_ADJECTIVES.has(t.lemma) || ORDINAL.test(first) || EVALUATIVE_ADJECTIVES.has(first)) return true;
  const base = t.lower.replace(/(?:est|er)$/, '');
  if (t.pos === 'ADJ' && base !== t.lower && (EVALUATIVE_ADJECTIVES.has(base) || EVALUATIVE_ADJECTIVES.has(base.replace(/(.)\1$/, '$1')) || EVALUATIVE_ADJECTIVES.has(base + 'e'))) return true;
  return false;
}

/** A nationality before a common noun ("Canadian exports"), not inside a name ("Global Times reporter"). */
const isNationality = (t: Tok, next: Tok | undefined): boolean =>
  t.cap && !isAcronym(t.value) && next !== undefined && !next.cap && /(?:an|ese|ish|ian|ic|i|ch)$/.test(t.lower) && hasWord(t.lower, 'adj');

/** A word the dictionary lists in lower case ("vinyl", "young"), unlike a name ("Ottawa"). */
export function isCommonWord(w: string): boolean {
  const forms = [w, ...(/[^s]s$/.test(w) ? [w.slice(0, -1)] : []), ...(/[^s]es$/.test(w) ? [w.slice(0, -2)] : [])];
  return forms.some((f) => hasWord(f, 'adj') || hasWord(f, 'verb') || hasWord(f, 'adv') || nounSenses(f).some((x) => x.words.some((y) => y.toLowerCase() === f && !/^\p{Lu}/u.test(y))));
}

/** A capital only because the sentence starts there: "Tariffs hurt …", "Vinyl was …" (not "Ottawa wishes …"). */
function isInitialCommon(toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  if (!t) return false;
  const prev = toks[i - 1];
  const initial = i === 0 || (prev !== undefined && OPENERS.has(prev.value));
  return initial && t.cap && !isAcronym(t.value) && isCommonWord(t.lower) && !nounSenses(t.lower).some((x) => x.lexFile === 'noun.location')
    && !(toks[i + 1]?.cap && toks[i + 1]?.pos === 'PROPN');
}

/** How a word is written in a term: names and acronyms as in the text, a capital only because the sentence starts there dropped. */
function surface(t: Tok, i: number, toks: readonly Tok[]): string {
  if (!t.cap) return t.lower;
  if (isAcronym(t.value)) return t.value;
  const prev = toks[i - 1];
  const initial = i === 0 || (prev !== undefined && OPENERS.has(prev.value));
  if (initial) return isCommonWord(t.lower) ? t.lower : t.value;
  return t.pos === 'PROPN' || isNameTok(toks, i) ? t.value : t.lower;
}

/** Concept mentions from noun phrases in one sentence. */
function findPhrases(s: TaggedSentenceRef, out: Mention[]): void {
  const toks = s.tokens;
  let i = 0;
  while (i < toks.length) {
    if (!isModifier(toks, i)) { i++; continue; }
    let e = i;
    while (e < toks.length && isModifier(toks, e)) e++;
    // The head is the last common noun of the run.
    let k = e - 1;
    const isHead = (j: number): boolean => (toks[j]!.pos === 'NOUN' || (toks[j]!.pos === 'PROPN' && isInitialCommon(toks, j) && hasWord(nounLemma(toks[j]!)))) && !isNameTok(toks, j);
    while (k >= i && !isHead(k)) k--;
    if (k < i) { i = e; continue; }
    let b = i;
    // Nationalities and judging words go; a name stays, even a capitalised stop word ("Go modules").
    while (b < k && (isNationality(toks[b]!, toks[b + 1]) || (!isNameTok(toks, b) && isWeakModifier(toks[b]!)))) b++;
    const chunk = toks.slice(b, k + 1);
    const shown = chunk.map((t, j) => surface(t, b + j, toks));
    // "Ottawa wishes to get …": a verb tagged as a noun.
    const verbLike = /s$/.test(toks[k]!.lower) && toks[k + 1]?.lower === 'to' && toks[k + 2]?.pos === 'VERB';
    if (!verbLike) addPhrase(chunk, shown, s, out);
    // "a diversification of trade" → "trade diversification"; "window of opportunity" kept whole.
    const of = toks[k + 1];
    const n2 = toks[k + 2];
    const after = toks[k + 3];
    if (chunk.length === 1 && of?.lower === 'of' && n2 && n2.pos === 'NOUN' && !n2.stop && !isNameTok(toks, k + 2) && !(after && after.pos === 'NOUN')) {
      const n1 = chunk[0]!;
      const l1 = nounLemma(n1);
      const l2 = nounLemma(n2);
      const form = `${n1.lower} of ${n2.lower}`;
      if (NOMINALISATION.test(l1) && l1 !== l2) {
        const text = `${l2} ${l1}`;
        out.push({ key: text, text, form, isName: false, sentence: s, lemmas: [l2, l1] });
      } else if (l1 !== l2) {
        const text = `${l1} of ${n2.lower}`;
        out.push({ key: text, text, form, isName: false, sentence: s, lemmas: [l1, l2], ofPhrase: true });
      }
    }
    i = k + 1;
  }
}

/** Heads so vague that no phrase built on them is a term ("hardware stuff", "that kind of thing"). */
const VAGUE_HEADS = new Set(['stuff', 'thing', 'things', 'lot', 'lots', 'bit', 'bits', 'kind', 'sort', 'type', 'way', 'ways', 'one', 'ones']);

function addPhrase(chunk: readonly Tok[], shown: readonly string[], s: TaggedSentenceRef, out: Mention[]): void {
  const head = chunk[chunk.length - 1]!;
  if (VAGUE_HEADS.has(head.lower)) return;
  // A capitalised head mid-sentence is a name ("Slack"): keep it as written.
  const headText = shown[shown.length - 1] === head.value && head.cap ? head.value : nounLemma(head);
  const headLemma = nounLemma(head);
  const mods = chunk.slice(0, -1);
  const push = (from: number): void => {
    const ms = mods.slice(from);
    // "prime minister" before a name is a title, not a concept.
    if ([...ms, head].every((t) => TITLE_WORDS.has(t.lower))) return;
    const text = [...shown.slice(from, -1), headText].join(' ');
    const form = [...ms.map((t) => t.value), head.value].join(' ');
    const written = [...shown.slice(from, -1), shown[shown.length - 1]!].join(' ');
    out.push({ key: text.toLowerCase(), text, form, isName: false, sentence: s, lemmas: [...ms.map((t) => (t.pos === 'NOUN' ? nounLemma(t) : t.lower)), headLemma], ...(ms.length > 0 ? { written } : {}) });
  };
  if (mods.length > 0 && mods.every((t, j) => t.cap && shown[j] === t.value) && NAME_VARIANT_HEADS.has(head.lower)) {
    // "the Meng Wanzhou affair", "the US market": another form of the name.
    const name = mods.map((t) => t.value).join(' ');
    out.push({ key: name.toLowerCase(), text: name, form: chunk.map((t) => t.value).join(' '), isName: true, sentence: s, lemmas: mods.map((t) => t.lower) });
    return;
  }
  // A bare gerund ("repeating", "balancing") is a verb in disguise, not a term.
  const gerund = /ing$/.test(head.lower);
  if (mods.length <= 3 && !(gerund && mods.length === 0)) push(0);
  if (mods.length >= 2) push(mods.length - 1);
  if (mods.length >= 1 && !gerund) push(mods.length);
}

/** Every term mention in the sentences. */
export function findMentions(sentences: readonly TaggedSentenceRef[]): Mention[] {
  const out: Mention[] = [];
  for (const s of sentences) {
    findNames(s, out);
    findPhrases(s, out);
  }
  return out;
}
