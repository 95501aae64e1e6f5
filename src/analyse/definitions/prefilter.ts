/**
 * Cheap tests that a sentence could match a pattern built around a term. V8 takes about a millisecond to
 * compile each `[\p{L}-]` pattern, so the finders compile one only when some sentence passes these tests.
 * Each test is a necessary condition of its pattern, never a sufficient one: the pattern still decides.
 */
import type { SourcedSentence } from '../../model.js';

// The characters a case-insensitive Unicode pattern treats as another letter that toLowerCase() does not
// reach ("ſ" matches "s", "µ" matches "μ"): found by comparing every code point with its case pairs.
const FOLDS: Readonly<Record<string, string>> = {
  'µ': 'μ', 'ſ': 's', '\u0345': 'ι', 'ς': 'σ', 'ϐ': 'β', 'ϑ': 'θ', 'ϕ': 'φ', 'ϖ': 'π', 'ϰ': 'κ', 'ϱ': 'ρ', 'ϵ': 'ε',
  '\u1c80': 'в', '\u1c81': 'д', '\u1c82': 'о', '\u1c83': 'с', '\u1c84': 'т', '\u1c85': 'т', '\u1c86': 'ъ', '\u1c87': 'ѣ', '\u1c88': 'ꙋ',
  'ẛ': 'ṡ', '\u1fbe': 'ι', '\u1fd3': '\u0390', '\u1fe3': '\u03b0', '\ufb05': '\ufb06',
};
const SPECIAL = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'gu');

/** The text with case folded so that two strings an /iu pattern matches to each other fold alike. */
export function foldCase(text: string): string {
  return text.toLowerCase().replace(SPECIAL, (c) => FOLDS[c]!);
}

const folded = new WeakMap<SourcedSentence, string>();

/** A sentence's folded text, folded once per sentence however many terms ask. */
export function foldedText(s: SourcedSentence): string {
  let f = folded.get(s);
  if (f === undefined) {
    f = foldCase(s.text);
    folded.set(s, f);
  }
  return f;
}

/** The sentences whose text contains `name`: as written, or ignoring case as an /iu pattern does. */
export function sentencesContaining(sentences: readonly SourcedSentence[], name: string, ignoreCase: boolean): readonly SourcedSentence[] {
  if (!ignoreCase) return sentences.filter((s) => s.text.includes(name));
  const f = foldCase(name);
  return sentences.filter((s) => foldedText(s).includes(f));
}

/** A pattern compiled the first time it is needed, then kept. */
export function lazily(make: () => RegExp): () => RegExp {
  let re: RegExp | undefined;
  return () => (re ??= make());
}
