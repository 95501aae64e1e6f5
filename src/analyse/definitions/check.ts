/** Checks that a definition says something: three words or more, and not just the term again. */

const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, ' ').replace(/\s+/g, ' ').trim();

/** Words in a definition. */
export function countWords(text: string): number {
  // Words as a reader sees them: "1/10 gram." is two.
  return text.trim().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** True when `definition` has three words or more and does not open by repeating the term (nor reads "X is X"). */
export function isUsableDefinition(term: string, definition: string, variants: readonly string[] = []): boolean {
  const d = norm(definition);
  if (countWords(definition) < 3) return false;
  // Longest names first, so a short variant ("Anand") is not mistaken for the start of "Anita Anand is …".
  const names = [term, ...variants].map(norm).filter(Boolean).sort((a, b) => b.length - a.length);
  for (const t of names) {
    if (d === t) return false;
    if (!d.startsWith(t + ' ')) continue;
    const after = d.slice(t.length + 1);
    // "Anita Anand is the Canadian Foreign Minister" is allowed: the term is followed by what it is.
    if (!/^(?:is|are|means|refers to)\s/.test(after)) return false;
    const rest = after.replace(/^(?:is|are|means|refers to)\s+(?:an?\s+|the\s+)?/, '');
    if (rest === t || rest.startsWith(t + ' ') || countWords(rest) < 2) return false;
    break;
  }
  return true;
}

/** Capitalises the first letter and ends with one full stop. */
export function asSentence(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim().replace(/[\s,;:]+$/, '');
  const c = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?)”"]$/.test(c) ? c : `${c}.`;
}
