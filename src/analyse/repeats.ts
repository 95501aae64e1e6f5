/**
 * Doubled words ("the the", "very very central", "in the in the"): the analysis tests for them with
 * back-referencing regexes, which are slow on long sentences. A cheap necessary condition is checked
 * first: some word equals (ignoring case) the next word or the one after it. Only then does the exact
 * regex run, so the answer is always the regex's.
 */
const WORD = /\p{L}+/gu;

/** Whether any word of the text may equal, ignoring case, the word after it or the one after that (never false when it does). */
export function mayRepeat(text: string): boolean {
  const words = text.match(WORD);
  if (!words || words.length < 2) return false;
  // Case folding is close to, but not, either mapping: "ϑ" and "ϴ" fold alike yet differ in both.
  const lower = words.map((w) => w.toLowerCase());
  const upper = words.map((w) => w.toUpperCase());
  const round = upper.map((w) => w.toLowerCase());
  for (let i = 0; i + 1 < words.length; i++) {
    for (const j of [i + 1, i + 2]) {
      if (j < words.length && (lower[i] === lower[j] || upper[i] === upper[j] || round[i] === round[j])) return true;
    }
  }
  return false;
}

/** `re.test(text)`, skipped when the text cannot hold a doubled word. */
export function testRepeat(re: RegExp, text: string): boolean {
  return mayRepeat(text) && re.test(text);
}
