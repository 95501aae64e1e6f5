import { describe, expect, it } from 'vitest';
import { cosine, similarityMatrix, textRank } from '../../../src/analyse/summary/rank.js';

type Vector = Map<string, number>;

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sparse vectors over a small vocabulary, so that many pairs share words and some share none; some empty. */
function vectors(seed: number, count: number, vocabulary: number): Vector[] {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    const v: Vector = new Map();
    const words = Math.floor(next() * 12);
    for (let k = 0; k < words; k++) v.set(`w${Math.floor(next() * vocabulary)}`, 1 + Math.floor(next() * 3) * next() * 2.7);
    return v;
  });
}

// The plain forms: every pair compared by cosine(), every score spread by the dense matrix.
const plainMatrix = (vs: readonly Vector[]): number[][] => vs.map((a, i) => vs.map((b, j) => (i === j ? 0 : cosine(a, b))));

function plainTextRank(sim: readonly (readonly number[])[], damping = 0.85, iterations = 60): number[] {
  const n = sim.length;
  const rowSum = sim.map((row, i) => row.reduce((acc, w, j) => acc + (i === j ? 0 : w), 0));
  let score = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < iterations; it++) {
    const next = new Array<number>(n).fill((1 - damping) / n);
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < n; i++) {
        if (i === j) continue;
        if (rowSum[j] === 0) next[i]! += (damping * score[j]!) / n;
        else if (sim[j]![i] !== 0) next[i]! += (damping * score[j]! * sim[j]![i]!) / rowSum[j]!;
      }
      // A sentence that shares no word spreads its score evenly, itself included.
      if (rowSum[j] === 0) next[j]! += (damping * score[j]!) / n;
    }
    score = next;
  }
  return score.map((s) => s * n);
}

describe('sentence ranking', () => {
  it.each([1, 2, 3, 4])('gives every pair the cosine of its vectors, to the bit (seed %i)', (seed) => {
    const vs = vectors(seed, 60, seed * 15);
    const sim = similarityMatrix(vs);
    const plain = plainMatrix(vs);
    expect(sim.flat().some((x) => x > 0)).toBe(true);
    expect(sim.flat().filter((x) => x === 0).length).toBeGreaterThan(60);
    for (let i = 0; i < vs.length; i++) for (let j = 0; j < vs.length; j++) expect(Object.is(sim[i]![j], plain[i]![j]), `${i},${j}`).toBe(true);
  });

  it.each([1, 2, 3, 4])('ranks as PageRank over the whole matrix does, to the bit (seed %i)', (seed) => {
    const sim = plainMatrix(vectors(seed, 50, seed * 10));
    const scores = textRank(sim);
    const plain = plainTextRank(sim);
    expect(scores).toHaveLength(50);
    scores.forEach((s, i) => expect(Object.is(s, plain[i]), `${i}: ${s} vs ${plain[i]}`).toBe(true));
    // Scores have mean 1.
    expect(scores.reduce((a, b) => a + b, 0) / scores.length).toBeCloseTo(1, 9);
  });

  it('ranks nothing for no sentences', () => {
    expect(textRank([])).toEqual([]);
    expect(similarityMatrix([])).toEqual([]);
  });
});
