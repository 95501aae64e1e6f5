/**
 * Doubled words ("the the", "very very central", "in the in the"): the analysis tests for them with
 * back-referencing regexes, which are slow on long sentences. A cheap necessary condition is checked
 * first: some word equals (ignoring case) the next word or the one after it. Only then does the exact
 * regex run, so the answer is always the regex's.
 */
const WORD = /\p{L}+/gu;

/** Per non-ASCII character, its key (see looseKey). */
const charKeys = new Map<string, string>();

/**
 * A key that is the same for any two words the regexes' case-insensitive matching treats as equal
 * (Unicode's simple case folding, character by character): each character lowered, raised and
 * lowered again, on its own, so that no context (a final sigma) changes it. Checked against
 * CaseFolding.txt: every folding class gets one key ("ẞ" and "ß" both "ss", "ſ" and "S" both "s",
 * "ϑ", "ϴ" and "Θ" all "θ"). Words that do not fold alike may share a key ("ß" and "ss"); the exact
 * regex decides those.
 */
export function looseKey(word: string): string {
  let ascii = true;
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  }
  if (ascii) return word.toLowerCase();
  let out = '';
  for (const c of word) {
    let key = charKeys.get(c);
    if (key === undefined) {
      key = c.toLowerCase().toUpperCase().toLowerCase();
      if (charKeys.size < 10_000) charKeys.set(c, key);
    }
    out += key;
  }
  return out;
}

/** Whether any word of the text may equal, ignoring case, the word after it or the one after that (never false when it does). */
export function mayRepeat(text: string): boolean {
  // Each word's key against the two before it, stopping at the first match.
  let before: string | undefined;
  let last: string | undefined;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const key = looseKey(m[0]);
    if (key === last || key === before) return true;
    before = last;
    last = key;
  }
  return false;
}

/** `re.test(text)`, skipped when the text cannot hold a doubled word. */
export function testRepeat(re: RegExp, text: string): boolean {
  return mayRepeat(text) && re.test(text);
}
