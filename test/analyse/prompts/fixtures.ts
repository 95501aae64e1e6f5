/** Key terms for the seed's sections, as the key-term pass would give them, and the corpus cases the prompt tests run on. */
import { readFileSync } from 'node:fs';
import type { Interview, KeyTerm, TermKind } from '../../../src/model.js';
import { parseInterview } from '../../../src/parse/index.js';
import { seedInterview, muffsyInterview, boydInterview } from '../summary/articles.js';

const term = (t: string, kind: TermKind, firstParagraph: number, variants?: string[]): KeyTerm => ({ term: t, definition: `A definition of ${t} for tests.`, kind, firstParagraph, source: 'article', ...(variants ? { variants } : {}) });

/** Terms per seed section (index = section − 1). */
export const seedTerms: KeyTerm[][] = [
  [term('Meng Wanzhou', 'person', 3, ['the Meng Wanzhou affair']), term('foreign interference', 'concept', 3), term('mutual trust', 'concept', 4), term('Anita Anand', 'person', 2)],
  [term('dual-track strategy', 'concept', 5), term('punitive tariffs', 'concept', 6), term('electric vehicles', 'concept', 6), term('Ottawa', 'place', 6)],
  [term('trade diversification', 'concept', 8, ['diversification of trade']), term('national pride', 'concept', 8), term('Ipsos', 'organisation', 7), term('Justin Trudeau', 'person', 8)],
  [term('rapprochement', 'concept', 10), term('counterbalance', 'concept', 10), term('Meng Wanzhou', 'person', 10, ['the Meng Wanzhou affair']), term('Washington', 'place', 10)],
  [term('path dependence', 'concept', 11), term('window of opportunity', 'concept', 13), term('reciprocity', 'concept', 12), term('Canada', 'place', 12)],
  [term('balancing act', 'concept', 16), term('foreign policy', 'concept', 16), term('Beijing', 'place', 16)],
  [term('unilateralism', 'concept', 18), term('multilateral fora', 'concept', 18), term('Trump administration', 'organisation', 18)],
];

/** Articles to check prompts on: the seed (with and without terms), two corpus files through the helpers, and two through the real reader when it reads them. */
export function promptCases(): { name: string; interview: Interview; terms: KeyTerm[][] }[] {
  const cases = [
    { name: 'seed', interview: seedInterview(), terms: seedTerms },
    { name: 'seed without terms', interview: seedInterview(), terms: [] as KeyTerm[][] },
    { name: 'muffsy', interview: muffsyInterview(), terms: [] as KeyTerm[][] },
    { name: 'boyd', interview: boydInterview(), terms: [] as KeyTerm[][] },
  ];
  for (const file of ['01-k8s-sig-arch-code-organization.txt', '07-whitehouse-solarwinds-background-call.txt']) {
    try {
      const interview = parseInterview(readFileSync(new URL(`../../fixtures/parse/corpus/${file}`, import.meta.url), 'utf8'), file);
      if (interview.exchanges.length) cases.push({ name: file, interview, terms: [] });
    } catch {
      // The reader is developed in parallel; these cases join when it reads the file.
    }
  }
  return cases;
}
