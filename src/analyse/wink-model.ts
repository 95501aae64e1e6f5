/**
 * wink-eng-lite-web-model, loaded for what the analyse stage uses: sentence boundaries and
 * part-of-speech tags (with lemmas, stop words and token types, which come with every token).
 *
 * The package's own entry point requires every part of the model when it is imported, the named-entity
 * and sentiment models among them (600 KB of JSON that this tool never runs), and its core loader
 * parses the 3 MB core model, deep-copies it with JSON.parse(JSON.stringify()) and decodes the base64
 * lexicon one character at a time. Here the core is parsed once straight from its file and decoded
 * with Buffer; the result is the same model object (test/analyse/wink-model.test.ts checks the tags
 * against the stock loader). The layout below follows the package's read-core-model.js and
 * load-core-model.js, version 1.8.1, which package.json pins exactly.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { lemmatize } from './lemmatize.js';

const require = createRequire(import.meta.url);
const DIST = dirname(require.resolve('wink-eng-lite-web-model'));

/** The annotations this tool asks wink for; the others are never computed. */
export const PIPE = ['sbd', 'pos'] as const;

/** A state machine that recognises nothing, for the parts of the model the pipe leaves out. */
const NO_MACHINE = JSON.stringify([0, 0, {}, {}, {}, {}]);

interface Packing {
  layout: Record<string, number[]>;
  efList?: string[];
}
interface Feature {
  list: string[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}
interface CoreModel {
  packing: Packing;
  features: Record<string, Feature>;
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

/**
 * wink's order of its lexemes: by lower-cased form, then as written ("'A" before "'a"). The model's
 * list is in this order from its third entry on (the first two are the out-of-vocabulary marker
 * and ""); test/analyse/wink-model.test.ts checks it for the pinned model.
 */
export function lexemeOrder(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first index from which the lexeme list is sorted by lexemeOrder. */
export const SORTED_FROM = 2;

/**
 * The lexeme index (87,593 words) behind the plain-object reads and writes wink makes (`hash[word]`,
 * `hash[word] = i`): the model's own words are found by binary search in its sorted list, once each
 * (then remembered), and the words wink adds as it meets new ones are kept apart. Building a Map of
 * every word took about 15 ms of every run's start.
 */
function indexed(list: readonly string[]): Record<string, number> {
  const intrinsic = list.length;
  const found = new Map<string, number>();
  const added = new Map<string, number>();
  const search = (word: string): number | undefined => {
    for (let k = 0; k < SORTED_FROM; k++) if (list[k] === word) return k;
    let lo = SORTED_FROM;
    let hi = intrinsic - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = lexemeOrder(list[mid]!, word);
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
  const get = (word: string): number | undefined => {
    const known = found.get(word) ?? added.get(word);
    if (known !== undefined) return known;
    const index = search(word);
    if (index !== undefined) found.set(word, index);
    return index;
  };
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_, key) => (typeof key === 'string' ? get(key) : undefined),
    set: (_, key, value: number) => {
      if (typeof key === 'string') added.set(key, value);
      return true;
    },
    has: (_, key) => typeof key === 'string' && get(key) !== undefined,
  });
}

/** Base64 → a Uint32Array on its own, aligned buffer. */
function words(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  // As the stock loader's `new Uint32Array(buffer)` does, refuse a length that is not whole words.
  if (bytes.length % 4 !== 0) throw new RangeError('wink-model: the lexicon is not a whole number of 32-bit words');
  const out = new Uint32Array(bytes.length >>> 2);
  new Uint8Array(out.buffer).set(bytes.subarray(0, out.length << 2));
  return out;
}

function loadCore(): CoreModel {
  const model = JSON.parse(readFileSync(join(DIST, 'languages/cur/models/eng-core-web-model.json'), 'utf8')) as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = words(model.lexicon as string);
  model.xpansions = words(model.xpansions as string);
  const index = (list: readonly string[]): Record<string, number> => {
    const hash = Object.create(null) as Record<string, number>;
    for (let k = 0; k < list.length; k += 1) hash[list[k]!] = k;
    return hash;
  };
  for (const f in packing.layout) if (packing.layout[f]![3] === 0) features[f]!.hash = index(features[f]!.list);
  features.lexeme!.hash = indexed(features.lexeme!.list);
  const clusters = features.posClusters!.list as unknown as (string | Set<number>)[];
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  // load-core-model.js
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme!.intrinsicSize = features.lexeme!.list.length;
  features.lexeme!.index = features.lexeme!.list.length;
  return model;
}

const part = (file: string): unknown => require(join(DIST, file));

/** The model object wink-nlp expects, with the named-entity and sentiment parts empty. */
export function liteModel(): unknown {
  const none = (): never => {
    throw new Error('wink-model: this annotation is not in the pipe');
  };
  return {
    core: loadCore,
    sbd: part('load-sbd-model.js'),
    pos: part('load-pos-model.js'),
    negation: part('load-negation-model.js'),
    metaCER: part('load-cer-meta-model.js'),
    ner: () => ({ machines: [], transformers: [] }),
    sa: () => ({ machines: [NO_MACHINE], setter: none }),
    featureFn: part('feature.js'),
    addons: {
      stem: part('porter-stemmer.js'),
      lemmatize,
      readabilityStats: part('readability-stats.js'),
      wordVectors: undefined,
    },
  };
}
