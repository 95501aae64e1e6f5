/**
 * Defines a key term, in order of trust: the teacher's glossary, what the article says, WordNet 3.1,
 * and otherwise the sentence where the term first appears. Never circular; three words or more.
 */
import type { DefinitionSource, Interview, SourcedSentence, TermKind } from '../../model.js';
import type { TeacherTerm } from '../options.js';
import { findArticleDefinition } from './article.js';
import { PLACE_ACRONYMS } from '../key-terms/rank.js';
import { asSentence, isUsableDefinition } from './check.js';
import { hasWord, nounSenses } from '../wordnet.js';
import { chooseNounSense, textOverlap } from './sense.js';
import { composePhrase, headKey } from './compose.js';
import { defineAsGovernment } from './metonym.js';
import { quoteContext } from './quote.js';
import { nameCategory } from './article-uses.js';

export { quoteContext } from './quote.js';

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
  /** The one word WordNet was asked, when the definition is built on its sense rather than the term's own entry. */
  readonly sourceWord?: string;
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
  const own = new Set(r.lemmas.concat(r.term.toLowerCase().split(/\s+/)));
  for (const key of keys) {
    if (!hasWord(key)) continue;
    const capitalised = /^\p{Lu}/u.test(r.term);
    // A product or name must match a capitalised WordNet entry ("Ottawa"), not a common noun ("sidekick").
    if (capitalised && !/^[A-Z0-9]+$/.test(r.term) && !nounSenses(key).some((s) => s.words.some((w) => /^\p{Lu}/u.test(w)))) continue;
    const choice = chooseNounSense(key, { term: r.term, kind: r.kind, own, sectionWords: r.sectionWords, ...(r.articleWords ? { articleWords: r.articleWords } : {}) });
    if (!choice || !choice.sense.gloss) continue;
    if (acronym && !PLACE_ACRONYMS.has(r.term) && textOverlap(choice.sense, r.sectionWords, own) < 2) continue;
    const g = choice.sense.gloss.replace(/\s+/g, ' ').trim().replace(/[.,:;]+$/, '');
    const definition = `${g.charAt(0).toUpperCase()}${g.slice(1)}.`;
    if (isUsableDefinition(r.term, definition, r.variants)) return definition;
  }
  return null;
}

/** "The name of a project (any piece of work that is undertaken or attempted), as in “the Kubernetes project” (¶4)." */
function fromNameCategory(r: DefinitionRequest, sentences: readonly SourcedSentence[]): Definition | null {
  const isCategory = (noun: string): boolean => hasWord(noun) && !GENERIC_CATEGORY.has(noun) && !hasWord(noun, 'adj') && !/(?:ing|ed|ly)$/.test(noun);
  const found = nameCategory(r, sentences, isCategory);
  if (!found) return null;
  const own = new Set(r.lemmas);
  const choice = chooseNounSense(found.noun, { term: found.noun, kind: 'concept', own, sectionWords: r.sectionWords, ...(r.articleWords ? { articleWords: r.articleWords } : {}) });
  // Without a sense the text supports, the noun may not say what the name is ("the Microsoft Exchange hack").
  if (!choice?.sense.gloss) return null;
  const gloss = ` (${choice.sense.gloss.replace(/\s+/g, ' ').replace(/[.,;:]+$/, '')})`;
  const a = /^[aeiou]/.test(found.noun) ? 'an' : 'a';
  return { definition: `The name of ${a} ${found.noun}${gloss}, as in “${found.quote}” (¶${found.paragraph}).`, source: 'article' };
}

// Nouns after a name that say nothing about what it is ("the Kubernetes way", "my MacBook stuff").
const GENERIC_CATEGORY = new Set(['way', 'thing', 'things', 'stuff', 'lot', 'side', 'people', 'world', 'time', 'case', 'one', 'ones', 'part', 'kind', 'sort', 'type', 'version', 'use', 'work', 'issue', 'issues', 'problem', 'news', 'market', 'story', 'affair', 'team', 'position', 'visit', 'trip', 'deal']);

/** Defines one term; `sentences` are all of the article's sentences, for article definitions. */
export function defineTerm(r: DefinitionRequest, interview: Interview, sentences: readonly SourcedSentence[], glossary: readonly TeacherTerm[] = []): Definition {
  const teacher = findTeacherTerm(glossary, [r.term, ...r.variants]);
  if (teacher && teacher.definition.trim() !== '') return { definition: asSentence(teacher.definition), source: 'teacher' };
  const fromArticle = findArticleDefinition(r, interview, sentences);
  if (fromArticle && isUsableDefinition(r.term, fromArticle, r.variants)) return { definition: fromArticle, source: 'article' };
  if (r.kind === 'place') {
    const government = defineAsGovernment(r.term, r.variants, sentences);
    if (government) return { definition: government, source: 'wordnet' };
  }
  const wn = fromWordNet(r);
  if (wn) return { definition: wn, source: 'wordnet' };
  const composed = composePhrase(r);
  if (composed && isUsableDefinition(r.term, composed, r.variants)) {
    const word = headKey(r.term, r.lemmas);
    return { definition: composed, source: 'wordnet', ...(word ? { sourceWord: word } : {}) };
  }
  const named = r.kind !== 'person' ? fromNameCategory(r, sentences) : null;
  if (named) return named;
  return { definition: quoteContext(r.term, r.firstSentence, r.variants), source: 'context' };
}
