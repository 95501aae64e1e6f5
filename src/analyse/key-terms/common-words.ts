/**
 * The 30,000 most frequent words of spoken English, for judging how specific a word is to a text:
 * data/frequency-ranks.txt, one word a line with its rank, sorted by word (its header names the
 * source). It is read whole in one call and searched as it is (../sorted-lines.ts): building a table
 * of all 30,000 words took about 13 ms at every start, and an article asks for a few hundred.
 */
import { fileURLToPath } from 'node:url';
import { SortedLines } from '../sorted-lines.js';

const FILE = fileURLToPath(new URL('../../../data/frequency-ranks.txt', import.meta.url));

let lines: SortedLines | undefined;

/** Ranks already looked up (undefined for words not in the list); bounded. */
const looked = new Map<string, number | undefined>();
const MAX_LOOKED = 20_000;

/** 1-based rank of a word among the 30,000 most frequent (lower case), or undefined when it is rarer. */
export function frequencyRank(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (looked.has(lower)) return looked.get(lower);
  lines ??= new SortedLines(FILE, { whole: true });
  const at = lower.includes(' ') || lower.includes('\n') ? -1 : lines.find(lower, true);
  const rank = at < 0 ? undefined : Number(lines.lineAt(at).slice(lower.length + 1));
  if (looked.size >= MAX_LOOKED) looked.clear();
  looked.set(lower, rank);
  return rank;
}

/** How many words the list holds. */
export const FREQUENCY_LIST_SIZE = 30000;
