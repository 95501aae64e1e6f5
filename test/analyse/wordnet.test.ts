import { describe, expect, it } from 'vitest';
import { adjectiveSenses, chooseSense, defineNoun, firstNounLexFile, hasWord, nounFrequency, nounSenseCount, nounSenses, senseSignature, wordNetKey } from '../../src/analyse/wordnet.js';

describe('WordNet 3.1 lookups', () => {
  it('defines unilateralism, tariff and rapprochement as sentences', () => {
    for (const [word, expected] of [
      ['unilateralism', /^The doctrine that nations should conduct their foreign affairs/],
      ['tariff', /^A government tax on imports or exports/],
      ['rapprochement', /^The reestablishing of cordial relations/],
    ] as const) {
      const d = defineNoun(word);
      expect(d?.definition).toMatch(expected);
      expect(d?.definition).toMatch(/\.$/);
      expect(d?.definition).not.toContain(';');
    }
  });

  it('finds words and phrases, and misses what it does not know', () => {
    expect(hasWord('tariff')).toBe(true);
    expect(hasWord('foreign policy')).toBe(true);
    expect(hasWord('monorepo')).toBe(false);
    expect(hasWord('strategic', 'adj')).toBe(true);
    expect(wordNetKey('Foreign  Policy')).toBe('foreign_policy');
    expect(nounSenses('zzzznotaword')).toEqual([]);
  });

  it('counts senses and corpus frequency: everyday words are frequent', () => {
    expect(nounSenseCount('way')).toBeGreaterThan(5);
    expect(nounSenseCount('unilateralism')).toBe(1);
    expect(nounFrequency('way')).toBeGreaterThan(nounFrequency('tariff'));
    expect(nounFrequency('unilateralism')).toBe(0);
  });

  it('reads the lexicographer file, so places can be told from people', () => {
    expect(nounSenses('canada')[0]?.lexFile).toBe('noun.location');
    expect(nounSenses('canada')[0]?.words).toContain('Canada');
  });

  it('chooses the sense by overlap with the words around it', () => {
    const senses = nounSenses('ottawa');
    expect(senses.length).toBeGreaterThan(1);
    const capital = chooseSense(senses, new Set(['capital', 'canada', 'ontario']));
    expect(capital?.gloss).toMatch(/capital of Canada/);
    const river = chooseSense(senses, new Set(['river', 'flows', 'boundary', 'quebec', 'montreal', 'lawrence']));
    expect(river?.gloss).toMatch(/river/);
  });

  it('reads examples, hypernyms and hyponyms, so a sense is known by its company', () => {
    const point = nounSenses('concession').find((s) => /point conceded/.test(s.gloss))!;
    expect(point.examples).toContain('they won all the concessions they asked for');
    const sig = senseSignature(point);
    expect(sig.get('agreement')).toBe(0.5);
    expect(sig.get('sop')).toBe(0.5);
    expect(sig.get('conceded')).toBe(1);
  });

  it('reads adjectives and the lexicographer file of a noun’s first sense', () => {
    expect(adjectiveSenses('punitive')[0]?.gloss).toBe('inflicting punishment');
    expect(firstNounLexFile('tariff')).toBe('noun.possession');
    expect(firstNounLexFile('zzzznotaword')).toBe('');
  });

  it('is fast once loaded', () => {
    defineNoun('tariff');
    const t = performance.now();
    for (let i = 0; i < 200; i++) hasWord(`word${i}`);
    expect(performance.now() - t).toBeLessThan(50);
  });
});

describe('remembered sense signatures', () => {
  it('give the same words and weights each time they are asked for', () => {
    for (const sense of nounSenses('trade')) {
      const first = senseSignature(sense);
      expect([...senseSignature(sense)]).toEqual([...first]);
      // A copy of the sense (a new object) is signed afresh, with the same result.
      expect([...senseSignature({ ...sense })]).toEqual([...first]);
    }
  });
});
