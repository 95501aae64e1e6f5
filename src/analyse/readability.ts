/** Reading level of a passage: Flesch–Kincaid grade, word and sentence counts, reading time. */
import type { Readability } from '../model.js';
import { tagCached } from './summary/sentences.js';
import { hasLetterOrDigit } from './chars.js';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:-[\p{L}\p{N}]+)*/gu;

// Words the vowel-group rule gets wrong, with their syllable counts.
const EXCEPTIONS: Record<string, number> = {
  the: 1, every: 3, everything: 4, everyone: 4, business: 2, different: 3, interest: 3, interesting: 4, family: 3,
  several: 3, evening: 2, area: 3, idea: 3, real: 1, really: 2, people: 2, poem: 2, create: 2, created: 3, being: 2,
  science: 2, quiet: 2, diet: 2, video: 3, radio: 3, period: 3, serious: 3, previous: 3, obvious: 3, various: 3,
  reuse: 2, naive: 2, cooperate: 4, cooperation: 5, coordinate: 4, ion: 2, lion: 2, via: 2, china: 2, canada: 3,
  something: 2, sometimes: 2, somewhere: 2, someone: 2, lives: 1, loved: 1, used: 1, aged: 1, wednesday: 2, iphone: 2,
  ai: 2, us: 1, eu: 2, uk: 2,
};

/** Estimated syllables in one word: vowel groups, less silent endings, with a short exception list. */
export function countSyllables(word: string): number {
  if (/^\d+$/.test(word)) return Math.min(word.length, 4);
  const w = word.toLowerCase().replace(/['’]s$/, '').replace(/[^a-zà-ÿ]/g, '');
  if (!w) return 1;
  const known = EXCEPTIONS[w];
  if (known !== undefined) return known;
  if (w.length <= 3) return 1;
  // Silent endings: "make", "makes", "liked" (but not "table", "places", "wanted").
  const stem = w.replace(/(?:[^tdlaeiouy]ed|[^sxzcghlaeiouy]es|[^laeiouy]e)$/, (m) => m[0]!).replace(/^y/, '');
  const groups = (stem.match(/[aeiouyà-ÿ]+/g) ?? []).length;
  // Vowel pairs spoken as two syllables ("media", "radio", "video"), except in "-tion", "-cial" and the like.
  const split = (stem.match(/(?:ia|io|eo|ua|uo|iu)/g) ?? []).length;
  const joined = (stem.match(/(?:tion|sion|cian|tial|cial|cious|tious|gion|gious)/g) ?? []).length;
  return Math.max(1, groups + Math.max(0, split - joined));
}

/** Splits a hyphenated word into its parts for syllable counting. */
function countWordSyllables(word: string): number {
  return word.split('-').filter(Boolean).reduce((n, part) => n + countSyllables(part), 0) || 1;
}

/**
 * Syllables of words already counted: every section's text is measured and then the whole article's,
 * and most words recur. Bounded (cleared when full) so a long batch does not grow it without limit.
 */
const SYLLABLE_MEMO_WORDS = 20_000;
const syllableMemo = new Map<string, number>();

/** Syllables of a word as written (hyphenated parts counted separately), remembered. */
export function syllablesOf(word: string): number {
  let n = syllableMemo.get(word);
  if (n === undefined) {
    n = countWordSyllables(word);
    if (syllableMemo.size >= SYLLABLE_MEMO_WORDS) syllableMemo.clear();
    syllableMemo.set(word, n);
  }
  return n;
}

/** Forgets the remembered syllable counts (for tests of the bound). */
export function forgetSyllables(): void {
  syllableMemo.clear();
}

/** Flesch–Kincaid grade (one decimal, never below 0), words, sentences and minutes at 200 words a minute (at least 1; 0 for empty text). */
export function measureReadability(text: string): Readability {
  const words = text.match(WORD) ?? [];
  if (words.length === 0) return { words: 0, sentences: 0, grade: 0, minutes: 0 };
  const sentences = Math.max(1, text.split(/\n\s*\n/).flatMap((p) => tagCached(p.trim())).filter((s) => hasLetterOrDigit(s.text)).length);
  let syllables = 0;
  for (const w of words) syllables += syllablesOf(w);
  const grade = 0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59;
  return {
    words: words.length,
    sentences,
    grade: Math.max(0, Math.round(grade * 10) / 10),
    minutes: Math.max(1, Math.ceil(words.length / 200)),
  };
}
