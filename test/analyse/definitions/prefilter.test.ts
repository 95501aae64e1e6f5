/** The prefilters and the split patterns find exactly what the whole per-term patterns found (issue 7). */
import { describe, expect, it } from 'vitest';
import type { SourcedSentence } from '../../../src/model.js';
import { foldCase, sentencesContaining } from '../../../src/analyse/definitions/prefilter.js';
import { clauseAround } from '../../../src/analyse/definitions/quote.js';
import { usedAsGovernment } from '../../../src/analyse/definitions/metonym.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const sentence = (text: string): SourcedSentence => ({ text, paragraph: 1 });

describe('case folding', () => {
  it('folds what an /iu pattern treats as the same letter', () => {
    for (const [a, b] of [['ſ', 's'], ['µ', 'μ'], ['ς', 'Σ'], ['K', 'k'], ['Straße', 'STRASSE'.toLowerCase().replace('ss', 'ß')]]) {
      expect(new RegExp(escape(a!), 'iu').test(b!)).toBe(true);
      expect(foldCase(a!)).toBe(foldCase(b!));
    }
  });

  it('keeps every sentence an /iu pattern of the name could match', () => {
    const sentences = ['The ſtate said', 'STATE media', 'a statement', 'nothing here'].map(sentence);
    expect(sentencesContaining(sentences, 'state', true).map((s) => s.text)).toEqual(['The ſtate said', 'STATE media', 'a statement']);
    expect(sentencesContaining(sentences, 'state', false).map((s) => s.text)).toEqual(['a statement']);
  });
});

describe('finding a name in a quote', () => {
  // The pattern each call used to compile.
  const before = (text: string, name: string): string | null => {
    const m = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${escape(name)}(?:s|es)?)(?![\\p{L}\\p{N}])`, 'iu').exec(text);
    return m ? m[1]! : null;
  };
  const cases: [string, string][] = [
    ['tariffs on the tariff line and more tariff talk in this long sentence here', 'tariff'],
    ['Subtariff rules, then TARIFFES and tariffs everywhere in this long sentence', 'tariff'],
    ['a box of boxes was boxed and then the boxes went away for good', 'box'],
    ['Statesman or ſtates: the states said so in a sentence long enough', 'state'],
    ['𝐀tariff then tariff1 then tariff, in a sentence long enough to cut', 'tariff'],
  ];
  it('finds the same first occurrence as the whole pattern', () => {
    for (const [text, name] of cases) {
      const found = clauseAround(text, [name]);
      const word = before(text, name);
      if (word === null) expect(found).toBeNull();
      else expect(found?.text).toContain(word);
    }
  });
});

describe('a capital as an actor', () => {
  const AGENT = String.raw`(?:(?:wish|want|say|warn)(?:s|es|ed|d|ing)?|said)`;
  it('agrees with the whole patterns on names before verbs, after "<Name> and", and after other letters', () => {
    const cases: [string, boolean][] = [
      ['Ottawa said it would wait.', true],
      ['Beijing and Ottawa have warned of costs.', true],
      ['NotOttawa said nothing.', false],
      ['Ottawa, the capital of Canada, wants more.', true],
      ['In Ottawa the weather is cold.', false],
      ['ties with Ottawa are strained', true],
    ];
    for (const [text, expected] of cases) {
      expect(usedAsGovernment(['Ottawa'], [sentence(text)])).toBe(expected);
      // The whole pattern (with a short verb list) agrees on these.
      const whole = new RegExp(`(?:^|[^\\p{L}])Ottawa(?:,[^,]{1,60},)?\\s+(?:(?:has|have|will|would)\\s+){0,3}${AGENT}\\b|\\bties\\s+with\\s+Ottawa`, 'u');
      const paired = new RegExp(`\\b\\p{Lu}[\\p{L}-]+\\s+and\\s+Ottawa\\s+(?:(?:has|have|will|would)\\s+){0,3}${AGENT}\\b`, 'u');
      expect(whole.test(text) || paired.test(text)).toBe(expected);
    }
  });
});
