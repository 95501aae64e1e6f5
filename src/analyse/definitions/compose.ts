/**
 * Phrases WordNet lacks ("punitive tariffs", "staging repositories"): the head noun's WordNet gloss, what an
 * uncommon adjective adds, and the clause of the article that shows the phrase in use.
 */
import type { SourcedSentence, TermKind } from '../../model.js';
import { adjectiveSenses, hasWord } from '../wordnet.js';
import { chooseNounSense } from './sense.js';
import { clauseAround, quoteSnippet } from './quote.js';

/** What composing needs to know about a phrase. */
export interface PhraseInput {
  readonly term: string;
  readonly kind: TermKind;
  readonly variants: readonly string[];
  /** Lower-case lemmas of the phrase's words, head last. */
  readonly lemmas: readonly string[];
  readonly firstSentence: SourcedSentence;
  readonly sectionWords: ReadonlySet<string>;
  readonly articleWords?: ReadonlySet<string>;
}

const isName = (w: string): boolean => /^\p{Lu}/u.test(w);
// Parentheses inside a gloss that is itself put in parentheses read badly: "(the persons (or committees …) who …)".
const gloss = (g: string): string => g.replace(/\s*\([^()]*\)/g, '').replace(/\s+/g, ' ').trim().replace(/[.,:;]+$/, '');
const article = (w: string): string => (/^[aeiou]/i.test(w) && !/^(?:uni|use|eu)/i.test(w) ? 'an' : 'a');

/** The head as WordNet lists it: the plural when it has its own entry ("relations", "talks"), else the lemma. */
export function headKey(term: string, lemmas: readonly string[]): string | null {
  const written = term.split(' ').slice(-1)[0]!.toLowerCase();
  const lemma = lemmas[lemmas.length - 1] ?? written;
  // Latin plurals the tagger leaves alone: "fora" → "forum", "criteria" → "criterion".
  const latin = /a$/.test(written) ? [written.replace(/a$/, 'um'), written.replace(/a$/, 'on')] : [];
  for (const k of [written, lemma, ...latin]) if (/^[a-z][a-z-]*$/.test(k) && hasWord(k)) return k;
  return null;
}

/** "(inflicting punishment)" for an adjective WordNet gives one or two senses; nothing for everyday or vague ones. */
function adjectiveNote(word: string): string {
  const senses = adjectiveSenses(word);
  if (senses.length === 0 || senses.length > 2 || !senses[0]!.gloss) return '';
  const g = gloss(senses[0]!.gloss);
  if (g.split(' ').length > 12 || new RegExp(`\\b${word}\\b`, 'i').test(g)) return '';
  return ` that is ${word} (${g})`;
}

/** The composed definition, or null when the phrase is one word, a name, or its head is unknown or ambiguous here. */
export function composePhrase(p: PhraseInput): string | null {
  const words = p.term.split(' ');
  if (words.length < 2 || p.kind === 'person' || p.kind === 'place') return null;
  const headWord = words[words.length - 1]!;
  // A capitalised head makes a name ("Time Machine", "Movable Type"), not a kind of thing.
  if (isName(headWord)) return null;
  const key = headKey(p.term, p.lemmas);
  if (!key) return null;
  const own = new Set([...p.lemmas, ...words.map((w) => w.toLowerCase())]);
  // "trade diversification" written as "a diversification of trade": the head is an act done to the modifier.
  const actReading = p.variants.some((v) => new RegExp(`^(?:an? |the )?${headWord}\\s+of\\s`, 'i').test(v));
  const mods = words.slice(0, -1);
  const modifiers = [...new Set([...mods.map((w) => w.toLowerCase()), ...p.lemmas.slice(0, -1)])];
  const choice = chooseNounSense(key, { term: key, kind: p.kind === 'organisation' ? 'organisation' : 'concept', own, sectionWords: p.sectionWords, actReading, modifiers, ...(p.articleWords ? { articleWords: p.articleWords } : {}) });
  if (!choice || !choice.sense.gloss) return null;
  const headGloss = gloss(choice.sense.gloss);
  // A gloss that uses the head word itself explains nothing ("a dependence …" for "dependence").
  if (new RegExp(`\\b${key}\\b`, 'i').test(headGloss)) return null;
  const names = mods.filter(isName);
  // WordNet lists some plurals on their own ("relations"): those read as a plural.
  const plural = key === headWord.toLowerCase() && key !== p.lemmas[p.lemmas.length - 1];
  let what = names.length > 0 && names.length === mods.length
    ? `${plural ? key.charAt(0).toUpperCase() + key.slice(1) : `${article(key).replace(/^a/, 'A')} ${key}`} (${headGloss}) connected with ${names.join(' ')}`
    : plural ? `${key.charAt(0).toUpperCase()}${key.slice(1)} (${headGloss}) of a particular kind` : `A kind of ${key} (${headGloss})`;
  if (actReading && mods.length === 1 && !isName(mods[0]!)) {
    what = `${key.charAt(0).toUpperCase()}${key.slice(1)} (${headGloss}) in ${mods[0]!.toLowerCase()}`;
  } else if (mods.length === 1 && !isName(mods[0]!)) {
    const note = adjectiveNote(mods[0]!.toLowerCase());
    if (note) what = plural ? `${what.replace(/ of a particular kind$/, '')}${note.replace(/^ that is /, ' that are ')}` : what + note;
  }
  // The gloss says what it is; the quote only needs to show it in use.
  const snippet = clauseAround(p.firstSentence.text, [p.term, ...p.variants], 4, 6);
  const usage = snippet && snippet.text.split(' ').length > words.length + 1 ? `; here, ${quoteSnippet(snippet, p.firstSentence.paragraph)}` : '';
  return `${what}${usage}.`;
}
