import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lemmatize } from '../../src/analyse/lemmatize.js';

const require = createRequire(import.meta.url);
const MODEL = dirname(require.resolve('wink-eng-lite-web-model'));
const stock = require(join(MODEL, 'lemmatize.js')) as typeof lemmatize;
const table = (file: string): Record<string, string> => ({ ...(require(join(MODEL, file)) as Record<string, string>) });

describe('the lemmatizer with its tables as JSON', () => {
  it('has the model’s three exception tables, entry for entry', () => {
    const data = JSON.parse(readFileSync(new URL('../../data/lemma-exceptions.json', import.meta.url), 'utf8')) as Record<string, Record<string, string>>;
    expect(data.adjective).toEqual(table('wn-adjective-exceptions.js'));
    expect(data.noun).toEqual(table('wn-noun-exceptions.js'));
    expect(data.verb).toEqual(table('wn-verb-exceptions.js'));
  });

  it('gives the model’s lemma for every exception and for words of every ending, in every part of speech', () => {
    // A lexicon stand-in: which forms the model knows in which part of speech. Invented words, so that
    // no exception table answers for them and every ending rule is what decides.
    const known = new Set([
      'ADJ:blik', 'ADJ:flome', 'VERB:trop', 'VERB:glary', 'VERB:snuze', 'VERB:vask',
      'NOUN:zox', 'NOUN:zuch', 'NOUN:zush', 'NOUN:zity', 'NOUN:zaf', 'NOUN:zus', 'NOUN:zuz', 'NOUN:zat',
    ]);
    const cache = { hasSamePOS: (word: string, pos: string) => known.has(`${pos}:${word}`) };
    const invented = 'blik bliker blikest flomer flomest flome zlomer trops glaries snuzes snuzed snuzing vasks vasked vasking vaskes zoxes zuches zushes zities zaves zuses zuzes zats zatmen zat'.split(' ');
    const words = [
      ...Object.keys(table('wn-adjective-exceptions.js')),
      ...Object.keys(table('wn-noun-exceptions.js')),
      ...Object.keys(table('wn-verb-exceptions.js')),
      ...invented,
      'constructor', '__proto__', 'toString', '', 'e', 's', 'ies',
    ];
    for (const pos of ['ADJ', 'NOUN', 'VERB', 'ADV', 'PROPN']) for (const word of words) expect(lemmatize(word, pos, cache), `${pos} ${word}`).toBe(stock(word, pos, cache));
  });
});
