/** The guide's glossary: every key term once, with every section whose text mentions it. Pure. */
import type { GlossaryEntry, Interview, KeyTerm } from '../model.js';
import { isLetterOrDigitAt } from './chars.js';
import { indexFor } from './substring-index.js';

/** Each exchange's question and answer text, lower-cased, for mention search. */
export function sectionTexts(interview: Interview): string[] {
  return interview.exchanges.map((e) => [...e.question, ...e.answer].map((p) => p.text).join('\n').toLowerCase());
}

/**
 * The glossary's order: localeCompare(b, 'en', { sensitivity: 'base' }), made once. localeCompare with
 * options builds a collator on every call, and sorting the glossary calls it hundreds of times.
 */
const BY_TERM = new Intl.Collator('en', { sensitivity: 'base' });

/** Builds the glossary, sorted alphabetically; `extra` holds terms that belong to no section. */
export function buildGlossaryFromSections(
  termsBySection: readonly (readonly KeyTerm[])[],
  texts: readonly string[],
  numbers: readonly number[],
  extra: readonly KeyTerm[] = [],
): GlossaryEntry[] {
  const byKey = new Map<string, { entry: KeyTerm; sections: Set<number> }>();
  const index = indexFor(texts, () => texts);
  const add = (term: KeyTerm, home: number | undefined) => {
    const key = term.term.toLowerCase();
    const seen = byKey.get(key) ?? { entry: term, sections: new Set<number>() };
    if (home !== undefined) seen.sections.add(home);
    const forms = [term.term, ...(term.variants ?? [])].map((f) => f.toLowerCase());
    for (const form of forms) {
      // A long article's sections are looked up in an index rather than searched (see ./substring-index.ts).
      const candidates = index?.candidates(form) ?? texts.keys();
      for (const j of candidates) if (mentions(texts[j]!, form)) seen.sections.add(numbers[j] ?? j + 1);
    }
    byKey.set(key, seen);
  };
  termsBySection.forEach((terms, i) => terms.forEach((t) => add(t, numbers[i] ?? i + 1)));
  extra.forEach((t) => add(t, undefined));
  return [...byKey.values()]
    .map(({ entry, sections }) => ({
      term: entry.term,
      definition: entry.definition,
      kind: entry.kind,
      source: entry.source,
      ...(entry.sourceWord ? { sourceWord: entry.sourceWord } : {}),
      sections: [...sections].sort((a, b) => a - b),
    }))
    .sort((a, b) => BY_TERM.compare(a.term, b.term));
}

/** Whole-word, case-insensitive mention of a lower-cased form in lower-cased text. */
export function mentions(text: string, form: string): boolean {
  if (!form) return false;
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    if (!isLetterOrDigitAt(text, at - 1) && !isLetterOrDigitAt(text, at + form.length)) return true;
  }
  return false;
}
