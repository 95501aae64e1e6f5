/**
 * The PDF writer keeps some things by whole text: the height of a paragraph in a setting (./flow.ts),
 * and its line breaks and the widths between them (./line-breaks.ts). Such a text recurs within one
 * article (the PDF worker's draft, then the real guide; each paragraph measured, then set; in both
 * editions; the same article built again after an edit in watch mode), but hardly ever from one
 * article to the next. So those caches serve one article and are emptied when a guide for another
 * source file begins: a batch of different articles no longer fills them to their bounds (memory),
 * and a batch of copies of one article costs what a batch of different articles costs (benchmarks).
 * Caches of words (shaped words, ./shared-fonts.ts) are kept for every article: they share words.
 */

const forgetters: (() => void)[] = [];
let current: string | undefined;

/** Registers a cache of whole texts, emptied when another article begins. */
export function perArticle(forget: () => void): void {
  forgetters.push(forget);
}

/** Called when a guide's PDF begins: empties the registered caches if the guide is another article's. */
export function enterArticle(source: string): void {
  if (source === current) return;
  current = source;
  for (const forget of forgetters) forget();
}
