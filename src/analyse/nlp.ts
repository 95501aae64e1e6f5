/** The one place that loads the language model (once per process) and turns text into tagged sentences. */
import winkNLP, { type ItemSentence } from 'wink-nlp';
import { liteModel, PIPE } from './wink-model.js';

/** A token with the tags the analyse stage uses. */
export interface Token {
  /** The text as written. */
  readonly value: string;
  /** Lower-cased, normalised form. */
  readonly normal: string;
  readonly lemma: string;
  /** Universal part-of-speech tag (NOUN, PROPN, ADJ, VERB, ...). */
  readonly pos: string;
  readonly stop: boolean;
  /** wink's token type: word, number, punctuation, ... */
  readonly type: string;
  /** Whether whitespace precedes the token in the text. */
  readonly spaceBefore: boolean;
}

/** A sentence with its tokens. */
export interface TaggedSentence {
  readonly text: string;
  readonly tokens: readonly Token[];
}

type Nlp = ReturnType<typeof winkNLP>;
let cached: Nlp | undefined;

/** The shared wink-nlp instance, loaded on first use, with sentence boundaries and part-of-speech tags only. */
export function getNlp(): Nlp {
  cached ??= winkNLP(liteModel() as Parameters<typeof winkNLP>[0], [...PIPE]);
  return cached;
}

/**
 * Texts already tagged, up to about this many characters in all: the key-term, summary, prompt and
 * readability passes each tag the same paragraphs, and tagging is the costliest step of analysis.
 */
const MEMO_CHARS = 4_000_000;
const memo = new Map<string, TaggedSentence[]>();
let memoChars = 0;

/** Forgets what was tagged: analyse() calls it per article, so memory stays bounded by one article and batches are measured honestly. */
export function forgetTagged(): void {
  memo.clear();
  memoChars = 0;
  for (const m of articleMemos) m.clear();
}

const articleMemos: Map<unknown, unknown>[] = [];

/**
 * A memo of answers about one article's text, cleared with its tagging (by forgetTagged), so that
 * nothing is kept from one article to the next. For pure answers the passes ask of the same text again.
 */
export function articleMemo<K, V>(): Map<K, V> {
  const m = new Map<K, V>();
  articleMemos.push(m as Map<unknown, unknown>);
  return m;
}

/** Splits text into sentences and tags every token. Pure: same text, same result (shared: do not change it). */
export function tagText(text: string): TaggedSentence[] {
  let tagged = memo.get(text);
  if (tagged) return tagged;
  tagged = tagFresh(text);
  if (memoChars + text.length > MEMO_CHARS) {
    memo.clear();
    memoChars = 0;
  }
  memo.set(text, tagged);
  memoChars += text.length;
  return tagged;
}

function tagFresh(text: string): TaggedSentence[] {
  const nlp = getNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const sentences: TaggedSentence[] = [];
  doc.sentences().each((sentence: ItemSentence) => {
    // One call per property for the whole sentence: a call per token and property was half the tagging time.
    const all = sentence.tokens();
    const value = all.out();
    const normal = all.out(its.normal);
    // its.lemma is typed for the model add-on API; the call is the documented one.
    const lemma = all.out(its.lemma as unknown as typeof its.normal);
    const pos = all.out(its.pos);
    const stop = all.out(its.stopWordFlag) as unknown as boolean[];
    const type = all.out(its.type);
    const spaces = all.out(its.precedingSpaces) as string[];
    const tokens: Token[] = value.map((v, i) => ({
      value: v,
      normal: normal[i]!,
      lemma: lemma[i]!,
      pos: pos[i]!,
      stop: stop[i]!,
      type: type[i]!,
      spaceBefore: spaces[i]!.length > 0,
    }));
    sentences.push({ text: sentence.out(), tokens });
  });
  return sentences;
}

/** Splits text into sentences. */
export function splitSentences(text: string): string[] {
  return tagText(text).map((s) => s.text);
}
