/**
 * Defines a key term, in order of trust: the teacher's glossary, what the article says, WordNet 3.1,
 * and otherwise the sentence where the term first appears. Never circular; three words or more.
 */
import type { DefinitionSource, Interview, SourcedSentence, TermKind } from '../../model.js';
import type { TeacherTerm } from '../options.js';
import { findArticleDefinition } from './article.js';
import { PLACE_ACRONYMS } from '../key-terms/rank.js';
import { asSentence, isUsableDefinition } from './check.js';
import { defineNoun, hasWord, nounSenses, type WordNetSense } from '../wordnet.js';

/** A term to define and where it sits. */
export interface DefinitionRequest {
  readonly term: string;
  readonly kind: TermKind;
  readonly variants: readonly string[];
  readonly description?: string;
  /** Lower-case lemmas of the term's words ("trade", "diversification"). */
  readonly lemmas: readonly string[];
  readonly firstParagraph: number;
  /** The sentence of the section where the term first appears. */
  readonly firstSentence: SourcedSentence;
  /** Lower-case words of the term's section, to choose a WordNet sense. */
  readonly sectionWords: ReadonlySet<string>;
  /** Lower-case words of the whole article, the wider context when the section says too little. */
  readonly articleWords?: ReadonlySet<string>;
}

/** A definition and where it came from. */
export interface Definition {
  readonly definition: string;
  readonly source: DefinitionSource;
}

/** The teacher's entry for the term or one of its variants (case-insensitive). */
export function findTeacherTerm(glossary: readonly TeacherTerm[], names: readonly string[]): TeacherTerm | undefined {
  const wanted = new Set(names.map((n) => n.trim().toLowerCase()));
  return glossary.find((g) => wanted.has(g.term.trim().toLowerCase()));
}

function fromWordNet(r: DefinitionRequest): string | null {
  // WordNet knows famous people, but a surname alone may be someone else: only full names.
  if (r.kind === 'person' && r.term.split(' ').length < 2) return null;
  const keys = [r.term, r.lemmas.join(' ')];
  // Acronyms have many expansions ("PR": Puerto Rico or public relations); trust one only when it fits the section.
  const acronym = /^[A-Z0-9&]+s?$/.test(r.term);
  for (const key of keys) {
    if (!hasWord(key)) continue;
    const capitalised = /^\p{Lu}/u.test(r.term);
    // A product or name must match a capitalised WordNet entry ("Ottawa"), not a common noun ("sidekick").
    if (capitalised && !/^[A-Z0-9]+$/.test(r.term) && !nounSenses(key).some((s) => s.words.some((w) => /^\p{Lu}/u.test(w)))) continue;
    const own = new Set(r.lemmas.concat(r.term.toLowerCase().split(/\s+/)));
    const senses = nounSenses(key);
    let found = defineNoun(key, r.sectionWords, (s) => preferSense(r, s));
    if (found && senses.length > 1 && overlap(found.sense, r.sectionWords, own) === 0 && r.articleWords) {
      found = defineNoun(key, r.articleWords, (s) => preferSense(r, s));
      // With several senses and nothing in the text to choose between them, only a clearly dominant first sense is safe.
      const first = senses[0]!;
      const others = Math.max(0, ...senses.slice(1).map((x) => x.tagCount));
      const dominant = first.tagCount >= 3 && first.tagCount >= 3 * others;
      if (found && overlap(found.sense, r.articleWords, own) < 2 && r.kind === 'concept') found = dominant ? defineNoun(key, new Set()) : null;
    }
    if (!found) continue;
    if (acronym && !PLACE_ACRONYMS.has(r.term) && overlap(found.sense, r.sectionWords, own) < 2) continue;
    if (isUsableDefinition(r.term, found.definition, r.variants)) return found.definition;
  }
  return null;
}

/** Words a sense's gloss and synonyms share with the text, leaving out the term's own words. */
function overlap(sense: WordNetSense, words: ReadonlySet<string>, own: ReadonlySet<string>): number {
  const glossWords = new Set(`${sense.gloss} ${sense.words.join(' ')}`.toLowerCase().match(/[a-z]{3,}/g) ?? []);
  let n = 0;
  for (const w of glossWords) if (!own.has(w) && !STOP.has(w) && words.has(w)) n++;
  return n;
}

const STOP = new Set('the and for that with from into which who whose this these those are was were been being has have had not but its their there than then them they you your our out one two any all some such more most other own same very can may also used use'.split(' '));

/** Places mean the city or country, names a capitalised entry. */
function preferSense(r: DefinitionRequest, s: WordNetSense): number {
  let bonus = 0;
  if (r.kind === 'place' && s.lexFile === 'noun.location') bonus += 1;
  if (r.kind === 'place' && /\b(?:capital|city|country|nation|republic|state|province|region|town)\b/i.test(s.gloss)) bonus += 1.5;
  if (r.kind === 'person' && s.lexFile === 'noun.person') bonus += 1;
  if (r.kind === 'organisation' && s.lexFile === 'noun.group') bonus += 1;
  if (/^\p{Lu}/u.test(r.term) && !s.words.some((w) => /^\p{Lu}/u.test(w))) bonus -= 3;
  return bonus;
}

const MAX_QUOTE_WORDS = 40;

/** The clause of a long sentence that holds the term ("…expanding trade while restricting cooperation in sensitive areas like AI…"). */
function clauseAround(text: string, names: readonly string[]): { text: string; before: boolean; after: boolean } {
  const words = text.split(' ');
  if (words.length <= 22) return { text, before: false, after: false };
  const parts = text.split(/(?<=[,;:—–])\s+/);
  const lower = names.map((n) => n.toLowerCase());
  const at = parts.findIndex((p) => lower.some((n) => p.toLowerCase().includes(n)));
  if (at === -1) return { text, before: false, after: false };
  let from = at;
  let to = at;
  // Grow the clause to a readable length with its neighbours.
  const size = () => parts.slice(from, to + 1).join(' ').split(' ').length;
  while (size() < 10 && (from > 0 || to < parts.length - 1)) {
    if (to < parts.length - 1) to++;
    else from--;
  }
  const clause = parts.slice(from, to + 1).join(' ').replace(/[,;:—–]$/, '');
  return { text: clause, before: from > 0, after: to < parts.length - 1 };
}

/** "In the article: “…” (¶7)", trimmed to the clause and the words around the term when the sentence is long. */
export function quoteContext(term: string, sentence: SourcedSentence, variants: readonly string[] = []): string {
  const names = [term, ...variants];
  const clause = clauseAround(sentence.text.replace(/\s+/g, ' ').trim(), names);
  let words = clause.text.split(' ');
  let before = clause.before;
  let after = clause.after;
  if (words.length > MAX_QUOTE_WORDS) {
    const first = term.toLowerCase().split(' ')[0] ?? '';
    const at = Math.max(0, words.findIndex((w) => w.toLowerCase().includes(first)));
    const start = Math.max(0, Math.min(at - 15, words.length - MAX_QUOTE_WORDS));
    before ||= start > 0;
    after ||= start + MAX_QUOTE_WORDS < words.length;
    words = words.slice(start, start + MAX_QUOTE_WORDS);
  }
  return `In the article: “${before ? '…' : ''}${words.join(' ')}${after ? '…' : ''}” (¶${sentence.paragraph})`;
}

/** Defines one term; `sentences` are all of the article's sentences, for article definitions. */
export function defineTerm(r: DefinitionRequest, interview: Interview, sentences: readonly SourcedSentence[], glossary: readonly TeacherTerm[] = []): Definition {
  const teacher = findTeacherTerm(glossary, [r.term, ...r.variants]);
  if (teacher && teacher.definition.trim() !== '') return { definition: asSentence(teacher.definition), source: 'teacher' };
  const fromArticle = findArticleDefinition(r, interview, sentences);
  if (fromArticle && isUsableDefinition(r.term, fromArticle, r.variants)) return { definition: fromArticle, source: 'article' };
  const wn = fromWordNet(r);
  if (wn) return { definition: wn, source: 'wordnet' };
  return { definition: quoteContext(r.term, r.firstSentence, r.variants), source: 'context' };
}
