/** Sentences of paragraphs, tagged once and remembered, with the content-word lemmas the rankers use. */
import type { Paragraph } from '../../model.js';
import { tagText, type TaggedSentence, type Token } from '../nlp.js';

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

/** Whether a token is a word (holds a letter or a digit). */
export function isWord(t: Token): boolean {
  return /[\p{L}\p{N}]/u.test(t.value);
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

/** Splits paragraphs into tagged sentences, numbered in reading order. */
export function sentencesOf(paragraphs: readonly Paragraph[]): SourceSentence[] {
  const out: SourceSentence[] = [];
  for (const p of paragraphs) {
    for (const s of tagCached(p.text)) {
      const text = s.text.trim();
      if (!/[\p{L}\p{N}]/u.test(text)) continue;
      out.push({ text, paragraph: p.number, index: out.length, tokens: s.tokens, lemmas: contentLemmas(s.tokens), words: s.tokens.filter(isWord).length });
    }
  }
  return out;
}

/** Counts words in a plain string the way the summariser budgets them. */
export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu) ?? []).length;
}
