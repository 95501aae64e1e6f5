/** What the prompt writers know about one section: its voice, sentences ranked by importance, cues and terms. */
import type { Exchange, Interview, KeyTerm } from '../../model.js';
import { sentencesOf, type SourceSentence } from '../summary/sentences.js';
import { scoreSentences } from '../summary/index.js';
import { speakerRef } from '../summary/attribution.js';
import { nounPhrases } from '../topic.js';
import { joinTokens } from '../summary/attribution.js';
import { findCues, type Cue } from './cues.js';
import type { Voice } from './phrasing.js';
import { isLetterOrDigitCodePoint } from '../chars.js';
import { foldCase } from '../definitions/prefilter.js';

/** A section as the prompt templates see it. */
export interface SectionContext {
  readonly exchange: Exchange;
  readonly interview: Interview;
  readonly voice: Voice;
  readonly answer: readonly SourceSentence[];
  readonly question: readonly SourceSentence[];
  /** Answer sentences, most important first. */
  readonly ranked: readonly SourceSentence[];
  readonly cues: readonly Cue[];
  /** Terms to ask about, as they are written in this section. */
  readonly terms: readonly { readonly term: KeyTerm; readonly asWritten: string }[];
  /** Whether the section is about countries and public life (else about a person's work or life). */
  readonly publicSphere: boolean;
}

/** The speaker who answers an exchange, as the model names them. */
export function answererOf(interview: Interview, exchange: Exchange): { name: string | null; label: string } {
  const label = exchange.answerers[0] ?? '';
  const s = interview.speakers.find((x) => x.label === label);
  return { name: s?.name ?? null, label };
}

/** The voice of an exchange's answerer. */
export function voiceOf(interview: Interview, exchange: Exchange): Voice {
  return { ref: speakerRef(answererOf(interview, exchange)), context: exchange.answer.map((p) => p.text).join('\n') };
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Whether a letter or digit ends just before `i`, read as a whole code point (as a `u` lookbehind reads it). */
function wordCharBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const pair = i >= 2 && isLow(text.charCodeAt(i - 1)) && isHigh(text.charCodeAt(i - 2));
  return isLetterOrDigitCodePoint(pair ? text.codePointAt(i - 2)! : text.charCodeAt(i - 1));
}

/** Whether a letter or digit starts at `i`. */
function wordCharAt(text: string, i: number): boolean {
  return i < text.length && isLetterOrDigitCodePoint(text.codePointAt(i)!);
}

/**
 * Finds a term (or one of its variants) in the text, returning it as the text writes it. `folded` is
 * the text case-folded (foldCase), when the caller keeps it (a sentence's, see foldedText).
 */
export function findAsWritten(text: string, term: KeyTerm, folded?: string): string | null {
  for (const form of [term.term, ...(term.variants ?? [])]) {
    if (form.length < 3) continue;
    const { re, whole, piece } = formPattern(form);
    // The pattern matches its longest piece as written, ignoring case: a text without it is not searched.
    if (!(folded ??= foldedOf(text)).includes(piece)) continue;
    const m = whole ? re.exec(text) : findWhole(text, re);
    if (m) return m[0].replace(/\s+/g, ' ');
  }
  return null;
}

/** A form's pattern; `whole` when the pattern checks the word boundaries itself. */
interface FormPattern {
  readonly re: RegExp;
  readonly whole: boolean;
  /** The form's longest piece between white space, case-folded (see foldCase): every text the pattern matches holds it, folded. */
  readonly piece: string;
}

/**
 * Texts case-folded, as the prompt writers search them: a section's terms are all looked for in its
 * answer. Bounded (cleared when full) like the patterns; sentences keep their own (see foldedText).
 */
const FOLDED_TEXTS = 2_000;
const foldedTexts = new Map<string, string>();

function foldedOf(text: string): string {
  let f = foldedTexts.get(text);
  if (f === undefined) {
    f = foldCase(text);
    if (foldedTexts.size >= FOLDED_TEXTS) foldedTexts.clear();
    foldedTexts.set(text, f);
  }
  return f;
}

/**
 * Patterns of the forms already asked for: every prompt writer looks for the same terms in many
 * sentences. Bounded (cleared when full) so a long batch does not grow it without limit.
 */
const FORM_PATTERNS = 2_000;
const formPatterns = new Map<string, FormPattern>();

function formPattern(form: string): FormPattern {
  let p = formPatterns.get(form);
  if (!p) {
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    const piece = foldCase(form)
      .split(/\s+/)
      .reduce((a, x) => (x.length > a.length ? x : a), '');
    p = /\s$/.test(form)
      ? // A form ending in white space may match less of it to meet the boundary: the full pattern decides.
        { re: new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu'), whole: true, piece }
      : { re: new RegExp(escaped, 'giu'), whole: false, piece };
    if (formPatterns.size >= FORM_PATTERNS) formPatterns.clear();
    formPatterns.set(form, p);
  }
  return p;
}

/** Forgets the remembered form patterns (for tests of the bound). */
export function forgetFormPatterns(): void {
  formPatterns.clear();
}

/**
 * The first match with no letter or digit on either side. The boundaries are checked outside the
 * pattern because V8 takes about a millisecond to compile a `\p{…}` class under the `i` flag, and
 * this runs for every form of every term of every section.
 */
function findWhole(text: string, re: RegExp): RegExpExecArray | null {
  // The pattern is shared (see formPattern): start from the beginning whatever the last search left.
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!wordCharBefore(text, m.index) && !wordCharAt(text, m.index + m[0].length)) return m;
    re.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
  }
  return null;
}

const PUBLIC = /\b(?:country|countries|government|nation|national|policy|policies|minister|president|election|trade|tariffs?|relations|diplomatic|public|parliament|administration|economy|economic|war|law|citizens?)\b/i;

/** Whether the interview is about countries and public life: public-affairs words are dense in it. */
export function isPublicSphere(interview: Interview): boolean {
  // Asked once per section, about the whole article: counted once per interview, so a long article stays linear.
  let known = publicSphere.get(interview);
  if (known === undefined) publicSphere.set(interview, (known = countPublicSphere(interview)));
  return known;
}

const publicSphere = new WeakMap<Interview, boolean>();

function countPublicSphere(interview: Interview): boolean {
  const text = [...interview.context, ...interview.exchanges.flatMap((e) => [...e.question, ...e.answer])].map((p) => p.text).join(' ');
  const words = text.split(/\s+/).length || 1;
  const hits = text.match(new RegExp(PUBLIC.source, 'gi'))?.length ?? 0;
  return (hits * 1000) / words >= 8;
}

const WEAK_START = new Set(['best', 'lot', 'set', 'kind', 'sort', 'bit', 'couple', 'number', 'long', 'good', 'great', 'whole', 'many', 'few', 'other', 'different', 'new', 'old', 'big', 'small', 'little', 'same', 'own', 'much', 'first', 'last', 'next']);

/** Concept-like noun phrases of the section, when no key terms were given: repeated or quoted two- to four-word phrases. */
export function fallbackTerms(sentences: readonly SourceSentence[], answerText: string): KeyTerm[] {
  const counts = new Map<string, { text: string; n: number; first: number }>();
  for (const s of sentences) {
    for (const np of nounPhrases(s.tokens)) {
      const core = np.filter((t, i) => !(i === 0 && (t.pos === 'DET' || t.pos === 'PRON')));
      const words = core.filter((t) => /[\p{L}]/u.test(t.value));
      if (WEAK_START.has(words[0]?.normal ?? '') || /^(?:lot|set|kind|way|thing|time|bit)$/.test(words[words.length - 1]?.normal ?? '')) continue;
      if (words.length < 2 || words.length > 4 || core.some((t) => t.pos === 'PROPN' || t.pos === 'NUM' || t.pos === 'PART') || core.some((t) => t.stop && t.pos !== 'ADP')) continue;
      const text = joinTokens(core.map((t, i) => (i === 0 ? { ...t, spaceBefore: false } : t))).toLowerCase();
      const entry = counts.get(text) ?? { text, n: 0, first: s.paragraph };
      entry.n++;
      counts.set(text, entry);
    }
  }
  return [...counts.values()]
    .filter((e) => answerText.toLowerCase().includes(e.text))
    .sort((a, b) => b.n - a.n || b.text.split(' ').length - a.text.split(' ').length || a.first - b.first)
    .slice(0, 3)
    .map((e) => ({ term: e.text, definition: '', kind: 'concept' as const, firstParagraph: e.first, source: 'context' as const }));
}

/** The speakers' labels and the words of their names, lower-cased, made once per interview (asked by every section). */
function speakerWordsOf(interview: Interview): ReadonlySet<string> {
  let words = speakerWordsByInterview.get(interview);
  if (!words) speakerWordsByInterview.set(interview, (words = new Set(interview.speakers.flatMap((s) => [s.label, ...(s.name ?? '').split(/\s+/)]).map((w) => w.toLowerCase()))));
  return words;
}
const speakerWordsByInterview = new WeakMap<Interview, ReadonlySet<string>>();

/** Builds the context for one section. */
export function sectionContext(exchange: Exchange, interview: Interview, keyTerms: readonly KeyTerm[]): SectionContext {
  const voice = voiceOf(interview, exchange);
  const answer = sentencesOf(exchange.answer);
  const question = sentencesOf(exchange.question);
  const { scores } = scoreSentences(answer);
  const ranked = answer.map((s, i) => ({ s, v: scores[i]! })).sort((a, b) => b.v - a.v || a.s.index - b.s.index).map((x) => x.s);
  const answerText = exchange.answer.map((p) => p.text).join('\n');
  const speakerWords = speakerWordsOf(interview);
  const given = keyTerms.filter((t) => !speakerWords.has(t.term.toLowerCase()) && !(t.kind === 'person' && interview.speakers.some((s) => s.name && s.name.includes(t.term))));
  const pool = given.length ? given : fallbackTerms([...question, ...answer], answerText);
  const terms = pool
    .map((term) => ({ term, asWritten: findAsWritten(answerText, term) ?? '' }))
    .filter((t) => t.asWritten);
  const publicSphere = isPublicSphere(interview);
  return { exchange, interview, voice, answer, question, ranked, cues: findCues(answer), terms, publicSphere };
}

/** The question's main interrogative sentence, as written (the last one with four words or more). */
export function mainQuestion(ctx: SectionContext): SourceSentence | null {
  // "How do you interpret this?" says nothing on its own; a question worth quoting names its subject.
  const asks = ctx.question.filter((s) => /\?\s*["”’]?$/.test(s.text) && new Set(s.lemmas).size >= 2 && s.words <= 30);
  return asks.filter((s) => s.words >= 4).at(-1) ?? asks.at(-1) ?? null;
}
