/** ROUGE-1 (unigram overlap) between a candidate summary and a reference, for tests and the eval script. */

/** Lower-cased word tokens of a text. */
export function rougeTokens(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).map((w) => w.replace(/['’]s$/, ''));
}

/** ROUGE-1 precision, recall and F1, with clipped counts. */
export function rouge1(candidate: string, reference: string): { precision: number; recall: number; f: number } {
  const cand = rougeTokens(candidate);
  const ref = rougeTokens(reference);
  if (cand.length === 0 || ref.length === 0) return { precision: 0, recall: 0, f: 0 };
  const counts = new Map<string, number>();
  for (const w of ref) counts.set(w, (counts.get(w) ?? 0) + 1);
  let overlap = 0;
  for (const w of cand) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      overlap++;
      counts.set(w, c - 1);
    }
  }
  const precision = overlap / cand.length;
  const recall = overlap / ref.length;
  const f = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f };
}
