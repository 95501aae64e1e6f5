import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FREQUENCY_LIST_SIZE, frequencyRank } from '../../../src/analyse/key-terms/common-words.js';

const FILE = new URL('../../../data/frequency-ranks.txt', import.meta.url);
const rows = readFileSync(FILE, 'latin1')
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith(' '))
  .map((line) => line.split(' ') as [string, string]);

describe('the frequency list', () => {
  it('holds each of the 30,000 words once, sorted, with the ranks 1 to 30,000', () => {
    expect(rows).toHaveLength(FREQUENCY_LIST_SIZE);
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]![0] < rows[i]![0], rows[i]![0]).toBe(true);
    const ranks = rows.map(([, r]) => Number(r)).sort((a, b) => a - b);
    expect(ranks).toEqual(Array.from({ length: FREQUENCY_LIST_SIZE }, (_, i) => i + 1));
    expect(rows.every(([w]) => /^[a-z]+$/.test(w))).toBe(true);
  });

  it('keeps the order of the list: its most frequent words first, as SUBTLEX-US ranks them', () => {
    const first = 'you i the to s a it t that and of what in me is we this he on for my m your don have do re no be know was not can are'.split(' ');
    first.forEach((word, i) => expect(frequencyRank(word), word).toBe(i + 1));
    // And some further down, pinned from the list as it was first shipped.
    expect([frequencyRank('trade'), frequencyRank('policy'), frequencyRank('negotiation'), frequencyRank('diplomacy')]).toEqual([1706, 2097, 10947, 13536]);
  });

  it('finds every word at its rank, in any case', () => {
    for (const [word, rank] of rows) expect(frequencyRank(word), word).toBe(Number(rank));
    expect(frequencyRank('The')).toBe(frequencyRank('the'));
    expect(frequencyRank('POLICY')).toBe(2097);
  });

  it('ranks the common words of English above the rare ones', () => {
    expect(frequencyRank('the')!).toBeLessThan(10);
    expect(frequencyRank('trade')!).toBeLessThan(frequencyRank('negotiation')!);
    expect(frequencyRank('negotiation')!).toBeLessThan(frequencyRank('diplomacy')!);
  });

  it('does not rank words that are not in the list', () => {
    for (const word of ['', ' ', 'zzzq', 'unilateralism', 'a b', 'the\n', 'café', '日本', 'constructor', '__proto__', 'tradex', 'diversification']) expect(frequencyRank(word), JSON.stringify(word)).toBeUndefined();
  });
});
