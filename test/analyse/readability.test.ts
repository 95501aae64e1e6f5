import { describe, expect, it } from 'vitest';
import { countSyllables, measureReadability } from '../../src/analyse/readability.js';

describe('countSyllables', () => {
  it.each([
    ['cat', 1], ['make', 1], ['makes', 1], ['liked', 1], ['table', 2], ['places', 2], ['wanted', 2],
    ['relations', 3], ['dependence', 3], ['unilateralism', 6], ['media', 3], ['radio', 3], ['china', 2],
    ['opportunity', 5], ['government', 3], ['the', 1], ['people', 2], ['beautiful', 3], ['every', 3],
    ['question', 2], ['political', 4], ['Canada', 3], ['bilateral', 4], ['Canada\'s', 3],
  ])('%s has %i', (word, n) => {
    expect(countSyllables(word)).toBe(n);
  });
});

describe('measureReadability', () => {
  it('computes Flesch–Kincaid for a known passage', () => {
    // 6 words, 6 syllables, 1 sentence: 0.39*6 + 11.8*1 - 15.59 = -1.45, reported as 0.
    expect(measureReadability('The cat sat on the mat.')).toEqual({ words: 6, sentences: 1, grade: 0, minutes: 1 });
    // 11 words, 2 sentences, 21 syllables.
    const r = measureReadability('Political relations matter a lot. Canada wants stronger trade with China.');
    expect(r.words).toBe(11);
    expect(r.sentences).toBe(2);
    // Syllables: po-li-ti-cal(4) re-la-tions(3) mat-ter(2) a(1) lot(1) Ca-na-da(3) wants(1) strong-er(2) trade(1) with(1) Chi-na(2) = 21
    expect(r.grade).toBeCloseTo(0.39 * (11 / 2) + 11.8 * (21 / 11) - 15.59, 1);
  });

  it('counts hyphenated words as one word and their parts for syllables', () => {
    const r = measureReadability('Canada-US relations are tense.');
    expect(r.words).toBe(4);
  });

  it('rounds the reading time up, with a minimum of one minute', () => {
    expect(measureReadability('word '.repeat(201)).minutes).toBe(2);
    expect(measureReadability('Short.').minutes).toBe(1);
    expect(measureReadability('').minutes).toBe(0);
  });

  it('is deterministic and gives one decimal', () => {
    const text = 'Practical breakthroughs will be difficult to obtain immediately from this trip. Canada and China need to build mutual trust first.';
    const a = measureReadability(text);
    expect(a).toEqual(measureReadability(text));
    expect(Math.round(a.grade * 10) / 10).toBe(a.grade);
    expect(a.grade).toBeGreaterThan(8);
  });
});

describe('remembered syllable counts', () => {
  it('give the same readability before and after they are forgotten', async () => {
    const { forgetSyllables, syllablesOf } = await import('../../src/analyse/readability.js');
    const text = 'Canada-US relations are tense. The well-known co-operation of Canada’s ministers matters, every day, 2024.';
    forgetSyllables();
    const first = measureReadability(text);
    const words = ['Canada-US', 'co-operation', 'Canada’s', '2024', 'every', 'Every', '-'];
    const counts = words.map(syllablesOf);
    forgetSyllables();
    expect(measureReadability(text)).toEqual(first);
    expect(words.map(syllablesOf)).toEqual(counts);
    expect(syllablesOf('Canada-US')).toBe(countSyllables('Canada') + countSyllables('US'));
    expect(syllablesOf('-')).toBe(1);
  });
});
