/** Precision and recall of extractKeyTerms against hand-written gold lists (test/fixtures/key-terms). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Interview, KeyTerm } from '../../../src/model.js';
import { extractKeyTerms } from '../../../src/analyse/key-terms/index.js';
import { boydInterview, k8sInterview, muffsyInterview, seedInterview } from './corpus-interviews.js';

interface GoldTerm { readonly term: string; readonly section?: number; readonly also?: readonly string[] }

const gold = (name: string): GoldTerm[] =>
  (JSON.parse(readFileSync(new URL(`../../fixtures/key-terms/${name}.json`, import.meta.url), 'utf8')) as { terms: GoldTerm[] }).terms;

const norm = (s: string): string => s.toLowerCase().replace(/[’']/g, "'").replace(/(?:ies)$/, 'y').replace(/(?<![s'])s$/, '').trim();

function matches(t: KeyTerm, g: GoldTerm): boolean {
  const mine = new Set([t.term, ...(t.variants ?? [])].map(norm));
  return [g.term, ...(g.also ?? [])].map(norm).some((x) => mine.has(x));
}

/** Precision: extracted terms that are in the gold list; recall: gold terms extracted. */
export function score(terms: readonly KeyTerm[], goldTerms: readonly GoldTerm[]): { precision: number; recall: number; f1: number } {
  const hits = terms.filter((t) => goldTerms.some((g) => matches(t, g))).length;
  const found = goldTerms.filter((g) => terms.some((t) => matches(t, g))).length;
  const precision = terms.length === 0 ? 0 : hits / terms.length;
  const recall = goldTerms.length === 0 ? 0 : found / goldTerms.length;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

// Floors measured on this code (see the printed numbers), a little below, so regressions show.
const CASES: [string, () => Interview, string, number, number][] = [
  // Measured 2026-12-01: seed P 0.71 R 0.79; Kubernetes P 0.68 R 0.76; The Setup P 0.57 R 0.53; Muffsy P 0.62 R 0.63.
  ['seed', seedInterview, 'seed', 0.6, 0.65],
  ['Kubernetes blog', k8sInterview, 'k8s', 0.55, 0.65],
  ['The Setup (danah boyd)', boydInterview, 'boyd', 0.45, 0.42],
  ['Opensource.com (Muffsy)', muffsyInterview, 'muffsy', 0.5, 0.5],
];

describe('key terms against gold lists', () => {
  for (const [label, build, file, pFloor, rFloor] of CASES) {
    it(`${label}: precision ≥ ${pFloor}, recall ≥ ${rFloor}`, () => {
      const terms = extractKeyTerms(build()).flat();
      const s = score(terms, gold(file));
      console.log(`${label}: ${terms.length} terms, precision ${s.precision.toFixed(2)}, recall ${s.recall.toFixed(2)}, F1 ${s.f1.toFixed(2)}`);
      expect(s.precision).toBeGreaterThanOrEqual(pFloor);
      expect(s.recall).toBeGreaterThanOrEqual(rFloor);
    });
  }
});
