/** Graph-based sentence ranking (TextRank over tf-idf cosine similarity) and MMR-style selection. */
import type { SourceSentence } from './sentences.js';

/** A sparse tf-idf vector. */
type Vector = Map<string, number>;

/** Builds tf-idf vectors with idf taken over the sentences themselves. */
export function vectorise(sentences: readonly SourceSentence[]): Vector[] {
  const df = new Map<string, number>();
  for (const s of sentences) for (const l of new Set(s.lemmas)) df.set(l, (df.get(l) ?? 0) + 1);
  const n = sentences.length;
  return sentences.map((s) => {
    const v: Vector = new Map();
    for (const l of s.lemmas) v.set(l, (v.get(l) ?? 0) + 1);
    for (const [l, tf] of v) v.set(l, tf * Math.log(1 + (n + 1) / (df.get(l) ?? 1)));
    return v;
  });
}

/** Cosine similarity of two sparse vectors. */
export function cosine(a: Vector, b: Vector): number {
  return cosineWith(a, b, squaredNorm(a), squaredNorm(b));
}

function squaredNorm(v: Vector): number {
  let n = 0;
  for (const x of v.values()) n += x * x;
  return n;
}

/** Cosine similarity given both vectors' squared norms (summed in the vectors' own order, so the result is cosine()'s to the bit). */
function cosineWith(a: Vector, b: Vector, na: number, nb: number): number {
  if (na === 0 || nb === 0) return 0;
  let dot = 0;
  for (const [k, x] of a) {
    const y = b.get(k);
    if (y !== undefined) dot += x * y;
  }
  return dot / Math.sqrt(na * nb);
}

/** PageRank over a weighted similarity graph; returns scores whose mean is 1. */
export function textRank(sim: readonly (readonly number[])[], damping = 0.85, iterations = 60): number[] {
  const n = sim.length;
  if (n === 0) return [];
  const rowSum = sim.map((row, i) => row.reduce((acc, w, j) => acc + (i === j ? 0 : w), 0));
  // Only the edges, each row's targets and weights side by side: adding a zero share leaves a score
  // as it is, so skipping them changes no bit.
  const targets: Int32Array[] = [];
  const weights: Float64Array[] = [];
  for (let j = 0; j < n; j++) {
    const row = sim[j]!;
    let count = 0;
    for (let i = 0; i < n; i++) if (i !== j && row[i] !== 0) count++;
    const to = new Int32Array(count);
    const w = new Float64Array(count);
    for (let i = 0, k = 0; i < n; i++) {
      if (i === j || row[i] === 0) continue;
      to[k] = i;
      w[k++] = row[i]!;
    }
    targets.push(to);
    weights.push(w);
  }
  let score = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    next.fill((1 - damping) / n);
    for (let j = 0; j < n; j++) {
      // Hoisted, in the same order of operations: (damping × share × w) / sum.
      const spread = damping * score[j]!;
      const sum = rowSum[j]!;
      if (sum === 0) {
        const even = spread / n;
        for (let i = 0; i < n; i++) next[i]! += even;
        continue;
      }
      const to = targets[j]!;
      const w = weights[j]!;
      for (let k = 0; k < to.length; k++) next[to[k]!]! += (spread * w[k]!) / sum;
    }
    [score, next] = [next, score];
  }
  return Array.from(score, (s) => s * n);
}

/**
 * Similarity matrix of the sentences' vectors; pairs that share no word are 0. Each row adds up its
 * dot products through the lists of the sentences having each word, in the order of the row's own
 * vector, so every entry is cosine()'s to the bit without a lookup per pair and word.
 */
export function similarityMatrix(vectors: readonly Vector[]): number[][] {
  const n = vectors.length;
  const norms = vectors.map(squaredNorm);
  // For each word, the sentences having it (in order) and its weight in each.
  const postings = new Map<string, { readonly sentences: number[]; readonly weights: number[] }>();
  vectors.forEach((v, i) => {
    for (const [k, x] of v) {
      let list = postings.get(k);
      if (!list) postings.set(k, (list = { sentences: [], weights: [] }));
      list.sentences.push(i);
      list.weights.push(x);
    }
  });
  const rows = vectors.map((a) => [...a].map(([k, x]) => ({ x, list: postings.get(k)! })));
  const out = vectors.map(() => new Array<number>(n).fill(0));
  const dot = new Float64Array(n);
  const seen = new Uint8Array(n);
  rows.forEach((entries, i) => {
    dot.fill(0);
    seen.fill(0);
    for (const { x, list } of entries) {
      const { sentences, weights } = list;
      for (let p = 0; p < sentences.length; p++) {
        const j = sentences[p]!;
        dot[j]! += x * weights[p]!;
        seen[j] = 1;
      }
    }
    const row = out[i]!;
    const na = norms[i]!;
    for (let j = 0; j < n; j++) {
      if (!seen[j] || j === i) continue;
      const nb = norms[j]!;
      row[j] = na === 0 || nb === 0 ? 0 : dot[j]! / Math.sqrt(na * nb);
    }
  });
  return out;
}

/** Chooses up to `max` sentence indices by score with a redundancy penalty (MMR), within a word budget. */
export function selectMmr(
  scores: readonly number[],
  sim: readonly (readonly number[])[],
  words: readonly number[],
  opts: { max: number; budget: number; lambda?: number },
): number[] {
  const lambda = opts.lambda ?? 0.7;
  const top = Math.max(...scores, 1e-9);
  const chosen: number[] = [];
  let used = 0;
  while (chosen.length < opts.max) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < scores.length; i++) {
      if (chosen.includes(i) || used + words[i]! > opts.budget) continue;
      const redundancy = chosen.length ? Math.max(...chosen.map((c) => sim[i]![c]!)) : 0;
      const value = lambda * (scores[i]! / top) - (1 - lambda) * redundancy;
      // Tie-break by position so the result never depends on anything but the text.
      if (value > bestValue + 1e-12) {
        best = i;
        bestValue = value;
      }
    }
    if (best < 0) break;
    if (chosen.length > 0 && (scores[best]! / top < 0.1 || sim[best]!.some((s, c) => chosen.includes(c) && s > 0.6))) break;
    chosen.push(best);
    used += words[best]!;
  }
  return chosen.sort((a, b) => a - b);
}
