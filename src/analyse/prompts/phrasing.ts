/** Turning the article's sentences into parts of questions: reported clauses, exact quotations, tidy endings. */
import type { Prompt, PromptLevel, SourcedSentence } from '../../model.js';
import type { SourceSentence } from '../summary/sentences.js';
import { tokensAlone } from '../summary/sentences.js';
import { trimLead, toThirdPerson, joinTokens, lowerFirst, capitalise, speaksInFirstPerson, isElliptical, type SpeakerRef } from '../summary/attribution.js';
import { mayRepeat, testRepeat } from '../repeats.js';
import { collapseSpaces, spaceSplitLength } from '../chars.js';
import { articleMemo } from '../nlp.js';

/** Who is speaking, and the passage they speak in (to tell names from ordinary words). */
export interface Voice {
  readonly ref: SpeakerRef;
  readonly context: string;
}

const WE = /(?:^|[^\p{L}'’])(?:[Ww]e|[Oo]urs?|us|[Ww]e['’](?:re|ve|ll|d))(?![\p{L}'’])/u;

function textOf(s: SourceSentence | string): string {
  return typeof s === 'string' ? s : s.text;
}

/** Drops the sentence's final full stop (keeping a closing quotation mark's content). */
export function stripEnd(text: string): string {
  let out = stripped.get(text);
  if (out === undefined) stripped.set(text, (out = stripEndFresh(text)));
  return out;
}

/** Texts already stripped of their final stop, remembered per article (114 calls for 43 texts on the seed). */
const stripped = articleMemo<string, string>();

function stripEndFresh(text: string): string {
  return text.trim().replace(/\s*[.!;:]+(["”’]?)\s*$/, '$1').replace(/,\s*$/, '');
}

/**
 * The sentence as a clause to follow "that": lead clause trimmed, "my"/"me" turned into the speaker's
 * name, first letter lowered, no final stop. Null when the speaker says "I" or "we" (a pronoun would
 * have to be guessed), when it asks a question, or when it is longer than `maxWords`.
 */
export function reportedClause(s: SourceSentence | string, voice: Voice, maxWords = 34): string | null {
  return remembered(clauses, voice, `${maxWords}\u0000${textOf(s)}`, () => reportClause(s, voice, maxWords));
}

/**
 * Clauses and statements already made, by voice: the prompt builders of a section try the same
 * sentences several times, and the answer depends only on the sentence, the voice and the limits.
 */
const clauses = new WeakMap<Voice, Map<string, string | null>>();
const statements = new WeakMap<Voice, Map<string, string | null>>();

function remembered(memo: WeakMap<Voice, Map<string, string | null>>, voice: Voice, key: string, make: () => string | null): string | null {
  let known = memo.get(voice);
  if (!known) memo.set(voice, (known = new Map()));
  let value = known.get(key);
  if (value === undefined) known.set(key, (value = make()));
  return value;
}

function reportClause(s: SourceSentence | string, voice: Voice, maxWords: number): string | null {
  if (/^[\p{Ll}]/u.test(textOf(s).trim()) || isMeta(textOf(s)) || isElliptical(textOf(s))) return null;
  const trimmed = withoutAsides(trimLead(collapseSpaces(textOf(s)).trim())).replace(/^(?:this|that) is (?:why|because)\s+/i, '');
  // "Precisely, because if …" leans on the question: there is no claim of its own to report.
  if (/^[\p{L}]+,\s+(?:because|since|if|when|as|so)\b/iu.test(trimmed)) return null;
  if (/\?\s*["”’]?$/.test(trimmed) || speaksInFirstPerson(trimmed) || WE.test(trimmed.replace(/“[^”]*”|"[^"]*"/g, ''))) return null;
  if (spaceSplitLength(trimmed) > maxWords) return null;
  let tokens = tokensAlone(s, trimmed);
  if (/\b(?:my|me|mine|myself)\b/i.test(trimmed)) {
    const turned = toThirdPerson(tokens, voice.ref);
    if (!turned) return null;
    tokens = turned;
  }
  // A clause needs a subject and a verb of its own ("says that with a long battery life" is not one).
  const first = tokens.find((t) => /[\p{L}\p{N}]/u.test(t.value));
  // "It's a delicate balancing act" needs the sentence before it; quoted whole it reads fine, reported it does not.
  if (first && first.pos === 'PRON' && /^(?:it|this|that|these|those|they|he|she|them)$/i.test(first.value)) return null;
  if (first && first.pos === 'ADP' && !tokens.some((t) => t.value === ',')) return null;
  if (!first || /^(?:VERB|AUX|CCONJ|SCONJ)$/.test(first.pos) || !tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
  // Words the speaker puts in straight quotes ("51st state") keep their quotation marks, curled.
  let text = stripEnd(joinTokens(tokens)).replace(/"([^"]+)"/g, '“$1”');
  if (!voice.ref.named && text.startsWith(capitalise(voice.ref.possessive))) text = voice.ref.possessive + text.slice(voice.ref.possessive.length);
  if (text.startsWith(voice.ref.subject) || text.startsWith(voice.ref.possessive)) return text;
  return lowerFirst(text, tokens[0], voice.context);
}

const ASIDE = /,\s*(?:as (?:you|we) (?:know|said|mentioned|noted)(?: (?:so |very )?well)?|as I (?:said|mentioned|explained)(?: before| earlier)?|you know|I think|I mean|of course|in my (?:opinion|view)|to be (?:honest|fair)|if you will|so to speak|frankly|honestly)\s*,\s*/gi;

/** ASIDE for a test, made once: not global, so a test leaves no state behind. */
const HAS_ASIDE = new RegExp(ASIDE.source, 'i');

/** Whether the sentence holds a spoken aside (", as you know so well,"), which a quotation would have to cut. */
export function hasAside(text: string): boolean {
  return HAS_ASIDE.test(text);
}

/** The sentence without its asides (", as you know so well," → " "). */
export function withoutAsides(text: string): string {
  let out = asidesOut.get(text);
  if (out === undefined) asidesOut.set(text, (out = withoutAsidesFresh(text)));
  return out;
}

/** Sentences already cleared of asides, remembered per article. */
const asidesOut = articleMemo<string, string>();

function withoutAsidesFresh(text: string): string {
  return text.replace(ASIDE, ' ').replace(/\s{2,}/g, ' ');
}

/** The exact words in curly quotes, with inner double quotes made single and the final stop dropped. */
export function quoted(text: string): string {
  const inner = stripEnd(collapseSpaces(text).trim()).replace(/["“]([^"”]*)["”]/g, '‘$1’');
  return `“${inner}”`;
}

/** Whether a sentence talks about the interview itself (thanks, "your question", transcript marks) rather than the subject. */
export function isMeta(text: string): boolean {
  let known = meta.get(text);
  if (known === undefined) meta.set(text, (known = isMetaFresh(text)));
  return known;
}

/** Answers of isMeta, remembered per article: the prompt builders ask it of the same sentences about five times each. */
const meta = articleMemo<string, boolean>();

function isMetaFresh(text: string): boolean {
  return /\b(?:your|the|that|this|good|great) questions?\b|\bthank(?:s| you)\b|\[[^\]]*\]|\((?:inaudible|crosstalk|laughter)\)|\b(?:fair|good|great|interesting) (?:assumption|point)\b|\bthe connection is\b|\bcan you hear\b/i.test(text);
}

/** "Castro-Rea argues that X." when the clause can be reported, else "Skrödahl says: “X.”" */
export function statement(s: SourceSentence | string, voice: Voice, verb = 'says', maxWords = 34): string | null {
  return remembered(statements, voice, `${verb}\u0000${maxWords}\u0000${textOf(s)}`, () => makeStatement(s, voice, verb, maxWords));
}

function makeStatement(s: SourceSentence | string, voice: Voice, verb: string, maxWords: number): string | null {
  const clause = reportedClause(s, voice, maxWords);
  if (clause) return `${voice.ref.subject} ${verb} that ${clause}.`;
  const raw = collapseSpaces(textOf(s)).trim();
  const text = isElliptical(raw) ? raw : trimLead(raw);
  // Speech that breaks off and restarts ("Many — in cases in government sometimes we — because …") is no clause to quote.
  if (isMeta(text) || hasAside(text) || (text.match(/\s[—–]\s/g)?.length ?? 0) >= 2 || /^(?:\S+\s){0,3}\S+\s[—–]\s/.test(text)) return null;
  // A quotation is a whole clause: never one that starts mid-sentence ("Would be an optimal first approach …", "— in order to …").
  const tokens = tokensAlone(s, text);
  const lead = tokens.find((t) => /[\p{L}\p{N}]/u.test(t.value));
  if (!lead || (/^(?:VERB|AUX)$/.test(lead.pos) && !/\?\s*["”’]?$/.test(text)) || /^[—–-]/.test(text) || /[—–]\s*$/.test(stripEnd(text))) return null;
  if (spaceSplitLength(text) > maxWords || /\?\s*["”’]?$/.test(text)) return null;
  // A fragment left by a bad sentence split ("us to record the key sites.") is not quoted as a statement.
  if (/^[\p{Ll}]/u.test(textOf(s).trim()) || !tokens.some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return null;
  return `${voice.ref.subject} says: ${quoted(capitalise(text))}.`;
}

/** One of several wordings, picked by a number (the section's), so a guide does not repeat one template in every section. */
export function pick<T>(options: readonly T[], n: number): T {
  return options[((n % options.length) + options.length) % options.length]!;
}

/** Whether a word is repeated back to back ("the the"), which a question must never show. */
export function hasRepeatedWord(text: string): boolean {
  return testRepeat(REPEATED_WORD, text);
}

/** A word written twice in a row ("the the"). */
const REPEATED_WORD = /(?:^|[^\p{L}])(\p{L}+)\s+\1(?![\p{L}])/iu;
/** A pair of words written twice in a row ("in the in the"). */
const REPEATED_PAIR = /(?:^|[^\p{L}])(\p{L}+ \p{L}+) \1(?![\p{L}])/iu;

/** Tidies a question: single spaces, no space before punctuation, first letter capitalised, ending in "?". */
export function finish(text: string): string {
  let t = collapseSpaces(text).replace(/\s+([,.;:?!”’])/g, '$1').replace(/([“‘])\s+/g, '$1').trim();
  t = t.replace(/\.\s*\?$/, '?').replace(/[.;:,!]+$/, '');
  if (!t.endsWith('?')) t += '?';
  t = t.replace(/”\./g, '”.').replace(/\.\./g, '.');
  return capitalise(t);
}

/** A prompt with its paragraphs (sorted, unique) and the sentences that answer it: the ones it is built on first, then `support`. */
export function makePrompt(level: PromptLevel, text: string, evidence: readonly (SourceSentence | SourcedSentence)[], extraParagraphs: readonly number[] = [], support: readonly (SourceSentence | SourcedSentence)[] = []): Prompt {
  const ev: SourcedSentence[] = [];
  for (const e of [...evidence, ...support]) if (!ev.some((x) => x.text === e.text && x.paragraph === e.paragraph)) ev.push({ text: e.text, paragraph: e.paragraph });
  const paragraphs = [...new Set([...evidence.map((e) => e.paragraph), ...extraParagraphs])].sort((a, b) => a - b);
  const prompt: Prompt = { text: finish(text), level, paragraphs, evidence: ev };
  sources.set(prompt, evidence.map((e) => e.text));
  return prompt;
}

const fallbacks = new WeakSet<Prompt>();
const sources = new WeakMap<Prompt, readonly string[]>();

/** The sentences a prompt is built on (quotes, reports or asks about): a section builds at most one prompt on each. */
export function sourcesOf(p: Prompt): readonly string[] {
  return sources.get(p) ?? (p.evidence ?? []).slice(0, 1).map((e) => e.text);
}

/** Marks a prompt as a fallback (built on the question rather than a cue): used only when nothing better fills a level. */
export function asFallback(p: Prompt): Prompt {
  fallbacks.add(p);
  // Built on the question: the answer sentence it cites is evidence, not its subject.
  sources.set(p, (p.evidence ?? []).slice(0, 1).map((e) => e.text));
  return p;
}

/** Whether a prompt was marked as a fallback. */
export function isFallback(p: Prompt): boolean {
  return fallbacks.has(p);
}

/** Whether a prompt is well formed: a question, no placeholders, no doubled words or spaces. */
export function isWellFormed(p: Prompt): boolean {
  return p.paragraphs.length > 0 && wellFormedText(p.text);
}

/** The text half of isWellFormed, remembered: the builders check the same prompt texts many times. */
function wellFormedText(t: string): boolean {
  let ok = wellFormed.get(t);
  if (ok === undefined) {
    // No doubled word or pair of words ("the the", "in the in the"); the cheap test first (see ../repeats.ts).
    ok = t.endsWith('?') && !/\b(?:undefined|null|NaN)\b|[{}]|\s{2}|\[object/.test(t) && !(mayRepeat(t) && (REPEATED_WORD.test(t) || REPEATED_PAIR.test(t))) && /^[\p{Lu}“‘"]/u.test(t);
    if (wellFormed.size > 20_000) wellFormed.clear();
    wellFormed.set(t, ok);
  }
  return ok;
}
/** By prompt text, for this article only (see articleMemo). */
const wellFormed = articleMemo<string, boolean>();
