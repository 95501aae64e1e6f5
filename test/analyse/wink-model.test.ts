import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import winkNLP, { type ItemSentence } from 'wink-nlp';
import stockModel from 'wink-eng-lite-web-model';
import { liteModel, PIPE } from '../../src/analyse/wink-model.js';

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

  it('refuses the annotations it leaves out rather than computing them wrongly', () => {
    expect(() => winkNLP(liteModel() as Parameters<typeof winkNLP>[0], ['sbd', 'pos', 'sentiment']).readDoc('I love it.')).toThrow();
  });
});
