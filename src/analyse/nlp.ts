/** The one place that loads the language model (once per process) and turns text into tagged sentences. */
import winkNLP from 'wink-nlp';
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
  // One call per property for the whole text, then cut at the sentences' token spans: a call per
  // token and property was half the tagging time, and one per sentence and property a fifth of it.
  const all = doc.tokens();
  const value = all.out();
  const normal = all.out(its.normal);
  // its.lemma is typed for the model add-on API; the call is the documented one.
  const lemma = all.out(its.lemma as unknown as typeof its.normal);
  const pos = all.out(its.pos);
  const stop = all.out(its.stopWordFlag) as unknown as boolean[];
  const type = all.out(its.type);
  const spaces = all.out(its.precedingSpaces) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const texts = doc.sentences().out();
  const sentences: TaggedSentence[] = spans.map(([first, last], k) => {
    const tokens: Token[] = [];
    for (let i = first; i <= last; i++) {
      tokens.push({ value: value[i]!, normal: normal[i]!, lemma: lemma[i]!, pos: pos[i]!, stop: stop[i]!, type: type[i]!, spaceBefore: spaces[i]!.length > 0 });
    }
    return { text: texts[k]!, tokens };
  });
  return joinDottedNames(sentences);
}

/** A word or number as wink gives the parts of a dotted name (stops only between letters: "www.example"). */
const NAME_PART = /^[\p{L}\p{N}](?:[\p{L}\p{N}_-]|\.(?=[\p{L}\p{N}]))*$/u;
/** A part wink reads as an abbreviation, its stop kept ("co." of "bbc.co.uk", "gov." of "gov.uk"). */
const ABBREVIATED_PART = /^[\p{L}\p{N}](?:[\p{L}\p{N}_-]|\.(?=[\p{L}\p{N}]))*\.$/u;
/** The last part of a web address (a top-level domain a school text is likely to meet). */
const TOP_LEVEL = /^(?:com|org|net|edu|gov|mil|int|info|io|ai|app|dev|co|me|tv|news|uk|us|ca|au|nz|ie|cn|hk|tw|jp|kr|in|de|fr|es|it|nl|be|ch|at|se|no|dk|fi|eu|ru|br|mx|za)$/;

function isNamePart(token: Token | undefined): token is Token {
  return token !== undefined && (token.type === 'word' || token.type === 'number') && NAME_PART.test(token.value);
}

function isAbbreviatedPart(token: Token | undefined): token is Token {
  return token !== undefined && token.type === 'word' && ABBREVIATED_PART.test(token.value);
}

/**
 * A part that may follow a stop inside a name: not a capitalised word, nor a function word ("it",
 * "in", "he"): "client-go.However" and "It was done.it was not." are spaces left out, not names.
 */
function continuesName(token: Token | undefined, inName = false): token is Token {
  // Inside a name already begun, a function word is a part too ("del.icio.us").
  return (isNamePart(token) || isAbbreviatedPart(token)) && !token.spaceBefore && (inName || !token.stop) && !/^\p{Lu}\p{Ll}/u.test(token.value);
}

/**
 * wink reads every full stop as a sentence's end, also inside a name written without spaces:
 * "slack.k8s.io" became the sentences "… our slack: slack.", "k8s." and "io, and …", and "Node.js",
 * "config.yaml" or "www.usesthis.com" the same. A sentence that starts with no space before it,
 * right after a full stop that follows a word with no space either, goes on the sentence before
 * (unless it starts with a capitalised word: "client-go.However" is a space left out); and
 * each such run of parts and stops becomes one token: a web address (pos SYM, type url, as wink tags
 * "https://…") when it ends in a top-level domain, else a name (PROPN when capitalised, else NOUN).
 */
function joinDottedNames(sentences: TaggedSentence[]): TaggedSentence[] {
  const joined: { text: string; tokens: Token[] }[] = [];
  for (const sentence of sentences) {
    const last = joined[joined.length - 1];
    const first = sentence.tokens[0];
    const stop = last?.tokens[last.tokens.length - 1];
    const before = last?.tokens[last.tokens.length - 2];
    // A name already begun before the stop ("del.icio" of "del.icio.us") may go on with a function word.
    const ahead = last?.tokens[last.tokens.length - 3];
    const begun = before !== undefined && (before.value.includes('.') || (!before.spaceBefore && (ahead?.value === '.' || isAbbreviatedPart(ahead))));
    if (last && continuesName(first, begun) && stop?.value === '.' && !stop.spaceBefore && isNamePart(before)) {
      last.text += sentence.text;
      last.tokens.push(...sentence.tokens);
    } else {
      joined.push({ text: sentence.text, tokens: [...sentence.tokens] });
    }
  }
  if (joined.length === sentences.length && !sentences.some((s) => hasDottedName(s.tokens))) return sentences;
  return joined.map((s) => ({ text: s.text, tokens: joinTokens(s.tokens) }));
}

/** Whether the tokens hold a dotted name: parts and stops with no space between (see nextPart). */
function hasDottedName(tokens: readonly Token[]): boolean {
  for (let i = 0; i + 2 < tokens.length; i++) if (dottedAt(tokens, i)) return true;
  return false;
}

function dottedAt(tokens: readonly Token[], i: number): boolean {
  return nextPart(tokens, i) > 0;
}

/**
 * Where the next part of a dotted name starts, after the part at `i`, or 0: after a part and a stop
 * ("bbc" "." "co."), or right after a part that keeps its stop ("co." "uk").
 */
function nextPart(tokens: readonly Token[], i: number, inName = false): number {
  const t = tokens[i];
  // A part with a stop inside ("del.icio", as wink gives it) has begun a name.
  inName ||= t !== undefined && t.value.slice(0, -1).includes('.');
  if (isAbbreviatedPart(t)) return continuesName(tokens[i + 1], inName) ? i + 1 : 0;
  const dot = tokens[i + 1];
  return isNamePart(t) && dot?.value === '.' && !dot.spaceBefore && continuesName(tokens[i + 2], inName) ? i + 2 : 0;
}

function joinTokens(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!dottedAt(tokens, i)) {
      out.push(tokens[i]!);
      continue;
    }
    const start = i;
    for (let next = nextPart(tokens, i); next > 0; next = nextPart(tokens, i, true)) i = next;
    const value = tokens
      .slice(start, i + 1)
      .map((t) => t.value)
      .join('');
    const normal = value.toLowerCase();
    const address = TOP_LEVEL.test(tokens[i]!.value);
    out.push({
      value,
      normal,
      lemma: normal,
      pos: address ? 'SYM' : /^\p{Lu}/u.test(value) ? 'PROPN' : 'NOUN',
      stop: false,
      type: address ? 'url' : 'word',
      spaceBefore: tokens[start]!.spaceBefore,
    });
  }
  return out;
}

/** Splits text into sentences. */
export function splitSentences(text: string): string[] {
  return tagText(text).map((s) => s.text);
}
