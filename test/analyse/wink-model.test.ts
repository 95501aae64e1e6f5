import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import winkNLP, { type ItemSentence } from 'wink-nlp';
import stockModel from 'wink-eng-lite-web-model';
import { lexemeOrder, liteModel, PIPE, SORTED_FROM } from '../../src/analyse/wink-model.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'parse');

/** Every token of every sentence, with the properties the analyse stage reads. */
function tags(nlp: ReturnType<typeof winkNLP>, text: string): string[][] {
  const its = nlp.its;
  const out: string[][] = [];
  nlp.readDoc(text).sentences().each((s: ItemSentence) => {
    const t = s.tokens();
    const lemma = t.out(its.lemma as unknown as typeof its.normal);
    const pos = t.out(its.pos);
    const stop = t.out(its.stopWordFlag) as unknown as boolean[];
    const type = t.out(its.type);
    const normal = t.out(its.normal);
    out.push(t.out().map((v, i) => `${v}|${normal[i]}|${lemma[i]}|${pos[i]}|${stop[i]}|${type[i]}`));
  });
  return out;
}

const texts = [
  ...['corpus', 'shapes'].flatMap((dir) =>
    readdirSync(join(FIXTURES, dir)).filter((f) => /\.(txt|md)$/.test(f)).map((f) => readFileSync(join(FIXTURES, dir, f), 'utf8')),
  ),
  readFileSync(join(import.meta.dirname, '..', '..', 'input', 'global-times-canada-china-interview.txt'), 'utf8'),
  // Words the model has never seen, twice: the second time they come from the lexeme index it grew.
  'Zorblat quuxified the frobnicator. Zorblat quuxified it again, didn’t he? Dr. Xi’s “co-op” costs $4.5bn.',
];

describe('the lite wink model', () => {
  it('tags every fixture exactly as the stock model does', () => {
    const stock = winkNLP(stockModel);
    const lite = winkNLP(liteModel() as Parameters<typeof winkNLP>[0], [...PIPE]);
    expect(texts.length).toBeGreaterThan(40);
    for (const text of texts) expect(tags(lite, text)).toEqual(tags(stock, text));
  });

  it('finds every word of the lexicon at its index, by search in the sorted list, and the words it adds', () => {
    const model = (liteModel() as { core: () => { features: { lexeme: { list: string[]; hash: Record<string, number> } } } }).core();
    const { list, hash } = model.features.lexeme;
    // The search relies on the pinned model's order: a new model that breaks it fails here.
    for (let k = SORTED_FROM + 1; k < list.length; k++) expect(lexemeOrder(list[k - 1]!, list[k]!), `${list[k - 1]} before ${list[k]}`).toBeLessThan(0);
    for (let k = 0; k < list.length; k++) expect(hash[list[k]!]).toBe(k);
    for (const word of ['Zorblat', 'zorblat', 'THE', 'Canada’s', '$4.5bn', '\u0000', 'toString', '__proto__', 'constructor']) {
      expect(hash[word], word).toBe(list.indexOf(word) === -1 ? undefined : list.indexOf(word));
    }
    hash['Zorblat'] = list.length;
    expect(hash['Zorblat']).toBe(list.length);
    expect('Zorblat' in hash).toBe(true);
    expect('zorblat' in hash).toBe(false);
  });

  it('refuses the annotations it leaves out rather than computing them wrongly', () => {
    expect(() => winkNLP(liteModel() as Parameters<typeof winkNLP>[0], ['sbd', 'pos', 'sentiment']).readDoc('I love it.')).toThrow();
  });
});
