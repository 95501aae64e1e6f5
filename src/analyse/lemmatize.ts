/**
 * wink-eng-lite-web-model's lemmatizer (dist/lemmatize.js, version 1.8.1, MIT licence, by
 * GRAYPE Systems), with its three WordNet exception tables read from data/lemma-exceptions.json
 * instead of the model's JavaScript files, which took about 14 ms to compile and run at every start
 * (scripts/lemma-exceptions.mjs writes the JSON; test/analyse/lemmatize.test.ts checks that the
 * tables and the lemmas match the model's). The tables are read on the first lemma.
 */
import { readFileSync } from 'node:fs';

/** What the lemmatizer asks of wink's lexicon cache. */
interface PosCache {
  hasSamePOS(word: string, pos: string): boolean;
}

type Table = Readonly<Record<string, string>>;

let tables: { adjective: Table; noun: Table; verb: Table } | undefined;

function exceptions(): NonNullable<typeof tables> {
  if (!tables) {
    const raw = JSON.parse(readFileSync(new URL('../../data/lemma-exceptions.json', import.meta.url), 'utf8')) as Record<'adjective' | 'noun' | 'verb', Record<string, string>>;
    // Without a prototype, as the model's tables are: a word such as "constructor" is no exception.
    const bare = (t: Record<string, string>): Table => Object.assign(Object.create(null) as Record<string, string>, t);
    tables = { adjective: bare(raw.adjective), noun: bare(raw.noun), verb: bare(raw.verb) };
  }
  return tables;
}

function lemmatizeAdjective(value: string, cache: PosCache): string {
  let lemma = exceptions().adjective[value];
  if (lemma) return lemma;
  lemma = value.replace(/est$|er$/, '');
  if (lemma.length === value.length) return value;
  if (cache.hasSamePOS(lemma, 'ADJ')) return lemma;
  lemma += 'e';
  return cache.hasSamePOS(lemma, 'ADJ') ? lemma : value;
}

function lemmatizeVerb(value: string, cache: PosCache): string {
  let lemma = exceptions().verb[value];
  if (lemma) return lemma;
  if ((lemma = value.replace(/s$/, '')).length !== value.length && cache.hasSamePOS(lemma, 'VERB')) return lemma;
  if ((lemma = value.replace(/ies$/, 'y')).length !== value.length && cache.hasSamePOS(lemma, 'VERB')) return lemma;
  if ((lemma = value.replace(/es$|ed$|ing$/, '')).length !== value.length) {
    if (cache.hasSamePOS(lemma, 'VERB')) return lemma;
    lemma += 'e';
    if (cache.hasSamePOS(lemma, 'VERB')) return lemma;
  }
  return value;
}

const NOUN_ENDINGS: readonly { readonly replace: RegExp; readonly by: string }[] = [
  { replace: /s$/, by: '' },
  { replace: /ses$/, by: 's' },
  { replace: /xes$/, by: 'x' },
  { replace: /zes$/, by: 's' },
  { replace: /ves$/, by: 'f' },
  { replace: /ches$/, by: 'ch' },
  { replace: /shes$/, by: 'sh' },
  { replace: /ies$/, by: 'y' },
];

function lemmatizeNoun(value: string, cache: PosCache): string {
  const lemma = exceptions().noun[value];
  if (lemma) return lemma;
  for (const { replace, by } of NOUN_ENDINGS) {
    const candidate = value.replace(replace, by);
    if (candidate.length !== value.length && cache.hasSamePOS(candidate, 'NOUN')) return candidate;
  }
  return value.replace(/men$/, 'man');
}

/** The lemma of a word with its part of speech, as the model's lemmatizer gives it. */
export function lemmatize(value: string, pos: string, cache: PosCache): string {
  switch (pos) {
    case 'ADJ':
      return lemmatizeAdjective(value, cache);
    case 'NOUN':
      return lemmatizeNoun(value, cache);
    case 'VERB':
      return lemmatizeVerb(value, cache);
    default:
      return value;
  }
}
