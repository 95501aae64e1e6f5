/** Sentences of paragraphs, tagged once and remembered, with the content-word lemmas the rankers use. */
import type { Paragraph } from '../../model.js';
import { tagText, type TaggedSentence, type Token } from '../nlp.js';
import { hasLetterOrDigit } from '../chars.js';

/** A tagged sentence of the article with its paragraph and its position in the passage. */
export interface SourceSentence {
  readonly text: string;
  readonly paragraph: number;
  readonly index: number;
  readonly tokens: readonly Token[];
  /** Lemmas of its content words, lower-cased, in order. */
  readonly lemmas: readonly string[];
  /** Number of words (tokens that hold a letter or digit). */
  readonly words: number;
}

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM']);
const LIGHT_LEMMAS = new Set(['be', 'have', 'do', 'say', 'get', 'make', 'go', 'also', 'just', 'really', 'very', 'well', 'so', 'even', 'still', 'indeed', 'much', 'lot', 'thing', 'way']);
/** tagText, which remembers what it tagged: the same paragraph is tagged by several analysers. */
export function tagCached(text: string): TaggedSentence[] {
  return tagText(text);
}

/**
 * The tokens a sentence gets when it is tagged alone, from those it got in its paragraph: only the
 * space before the first token differs (none at the start of a text). wink tags a whole text at
 * once, and its rules could reach across a sentence's end; they have been checked not to, on every
 * sentence of the test fixtures' articles (test/analyse/summary/sentences.test.ts), so a wink
 * upgrade that changed it fails. The summaries and the prompts rely on it (tokensAlone).
 */
export function taggedAlone(tokens: readonly Token[]): readonly Token[] {
  const first = tokens[0];
  return first?.spaceBefore ? [{ ...first, spaceBefore: false }, ...tokens.slice(1)] : tokens;
}

/**
 * The tokens of `text` as tagging it alone gives them: a source sentence's own tokens (taggedAlone)
 * when `text` is that sentence as it stands, else `text` tagged (remembered, see tagCached).
 */
export function tokensAlone(s: SourceSentence | string, text: string): readonly Token[] {
  return typeof s !== 'string' && text === s.text ? taggedAlone(s.tokens) : tagCached(text).flatMap((t) => t.tokens);
}

/** Whether a token is a word (holds a letter or a digit). */
export function isWord(t: Token): boolean {
  return hasLetterOrDigit(t.value);
}

/** Content-word lemmas of a token list: nouns, verbs, adjectives, adverbs and numbers that are not stop words. */
export function contentLemmas(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (!CONTENT_POS.has(t.pos) || !isWord(t)) continue;
    const lemma = (t.lemma || t.normal).toLowerCase();
    if (t.stop && t.pos !== 'PROPN') continue;
    if (LIGHT_LEMMAS.has(lemma) || lemma.length < 2) continue;
    out.push(lemma);
  }
  return out;
}

/** What a SourceSentence takes from its tagged sentence; null for a sentence with no letter or digit. */
interface SentenceFacts {
  readonly text: string;
  readonly lemmas: readonly string[];
  readonly words: number;
}

/**
 * Remembered per tagged sentence: the summary, overview and prompt passes turn the same paragraphs
 * into SourceSentences many times. Keyed weakly by the tagger's shared sentence objects, so it lasts
 * as long as one article's tagging; the lemmas are frozen, since every caller gets the same array.
 */
const factsOf = new WeakMap<TaggedSentence, SentenceFacts | null>();

function sentenceFacts(s: TaggedSentence): SentenceFacts | null {
  let facts = factsOf.get(s);
  if (facts !== undefined) return facts;
  const text = s.text.trim();
  facts = hasLetterOrDigit(text) ? { text, lemmas: Object.freeze(contentLemmas(s.tokens)), words: countWordTokens(s.tokens) } : null;
  factsOf.set(s, facts);
  return facts;
}

function countWordTokens(tokens: readonly Token[]): number {
  let n = 0;
  for (const t of tokens) if (isWord(t)) n++;
  return n;
}

/** Splits paragraphs into tagged sentences, numbered in reading order. */
export function sentencesOf(paragraphs: readonly Paragraph[]): SourceSentence[] {
  const out: SourceSentence[] = [];
  for (const p of paragraphs) {
    for (const s of tagCached(p.text)) {
      const facts = sentenceFacts(s);
      if (!facts) continue;
      out.push({ text: facts.text, paragraph: p.number, index: out.length, tokens: s.tokens, lemmas: facts.lemmas, words: facts.words });
    }
  }
  return out;
}

/** Counts words in a plain string the way the summariser budgets them. */
export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu) ?? []).length;
}

/** An answer remembered for a sentence, with the text and word count it was made from. */
interface Remembered<T> {
  readonly text: string;
  readonly words: number;
  readonly value: T;
}

/** Answers about sentences, remembered by tagged sentence (see remembered). */
export type SentenceMemo<T> = WeakMap<readonly Token[], Remembered<T>>;

/**
 * An answer remembered per tagged sentence: several passes ask the same of the same sentences, each
 * time in a new SourceSentence. Keyed weakly by the tokens (the tagger's array, shared by every
 * SourceSentence of one tagged sentence, so it lasts as long as the article's tagging) and used only
 * while the text and word count match too: `make` must read nothing else of the sentence.
 */
export function remembered<T>(memo: SentenceMemo<T>, s: SourceSentence, make: () => T): T {
  const known = memo.get(s.tokens);
  if (known && known.text === s.text && known.words === s.words) return known.value;
  const value = make();
  memo.set(s.tokens, { text: s.text, words: s.words, value });
  return value;
}
