/** Scores term groups by how specific they are to a section, and chooses 3 to 8 per section. */
import type { TermKind } from '../../model.js';
import type { TermGroup } from './merge.js';
import { DATE_WORDS, FAMILY_FIRST_NAMES, FIRST_NAMES, GENERIC_NOUNS, NOMINALISATION, ORGANISATION_HEADS } from './lexicon.js';
import { hasWord, nounFrequency, nounSenses } from '../wordnet.js';
import { FREQUENCY_LIST_SIZE, frequencyRank } from './common-words.js';
import { isCommonWord } from './candidates.js';
import { literalAt } from '../chars.js';

/** Acronyms that name places; other acronyms are things or ideas unless the text expands them as a name. */
export const PLACE_ACRONYMS = new Set(['US', 'USA', 'UK', 'EU', 'UAE', 'USSR', 'PRC', 'DRC', 'ROK', 'DPRK']);

/** A term chosen for a section. */
export interface RankedTerm {
  readonly group: TermGroup;
  readonly section: number;
  readonly score: number;
  readonly kind: TermKind;
  /** Mentions in its section. */
  readonly tf: number;
}

const LOG_COMMON = Math.log(2500);
const LOG_SPAN = Math.log(FREQUENCY_LIST_SIZE) - LOG_COMMON;

/** How rare a word is in general English, from near 0 (everyday) to 1 (not in the frequency list nor the dictionary). */
export function wordSpecificity(lemma: string): number {
  if (GENERIC_NOUNS.has(lemma)) return 0.03;
  const parts = lemma.split('-');
  const ranks = [lemma, ...(parts.length > 1 ? [] : [`${lemma}s`])].map(frequencyRank).filter((r): r is number => r !== undefined);
  if (ranks.length === 0) {
    // Hyphenated compounds of common words ("over-reliance", "second-largest") are not rare.
    if (parts.length > 1) return Math.max(...parts.map((p) => wordSpecificity(p))) * 0.8;
    return hasWord(lemma) || hasWord(lemma, 'adj') ? 0.95 : 1;
  }
  const rank = Math.min(...ranks);
  return Math.min(1, Math.max(0.03, (Math.log(rank) - LOG_COMMON) / LOG_SPAN)) * 0.92;
}

/** The kind of a term, from its form, its description and WordNet's lexicographer files. */
export function classify(group: TermGroup, speakerNames: ReadonlySet<string>): TermKind {
  if (speakerNames.has(group.key)) return 'person';
  if (!group.isName) {
    const head = group.lemmas[group.lemmas.length - 1] ?? '';
    return group.text.split(' ').some((w) => /^\p{Lu}/u.test(w)) && ORGANISATION_HEADS.has(head) ? 'organisation' : 'concept';
  }
  const words = group.text.split(' ');
  if (words.some((w) => ORGANISATION_HEADS.has(w.toLowerCase()))) return 'organisation';
  if (/^[A-Z0-9&]+s?$/.test(group.text) && !PLACE_ACRONYMS.has(group.text)) return 'concept';
  const senses = nounSenses(group.key).filter((x) => x.words.some((w) => /^\p{Lu}/u.test(w)));
  if (senses.some((x) => x.lexFile === 'noun.location')) return 'place';
  if (group.description) return 'person';
  if (senses[0]?.lexFile === 'noun.group') return 'organisation';
  if (senses[0]?.lexFile === 'noun.person' && words.length > 1) return 'person';
  if (/^[A-Z0-9&]+s?$/.test(group.text)) return PLACE_ACRONYMS.has(group.text) ? 'place' : 'concept';
  // A person only with evidence: a given name, a family name written first, or the text treating it as someone.
  if (words.length > 1 && words.length <= 3 && words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w)) && isPersonName(group)) return 'person';
  return 'concept';
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Evidence that a name is a person's: "Tim Hockin" (a given name), "Meng Wanzhou", or "X said", "X, who", "X … he". */
export function isPersonName(group: TermGroup): boolean {
  const words = group.text.split(' ');
  const first = words[0]!.toLowerCase();
  if (FIRST_NAMES.has(first)) return true;
  if (words.length === 2 && FAMILY_FIRST_NAMES.has(first) && !isCommonWord(words[1]!.toLowerCase())) return true;
  // The pronoun's pattern ignores case, so it is compiled for the name (about 0.1 ms), and only when a sentence holds a pronoun at all.
  let pronoun: RegExp | undefined;
  const refersBack = (text: string): boolean => PRONOUN.test(text) && (pronoun ??= new RegExp(`${escape(group.text)}\\b.*\\b(?:he|she|his|her|him)\\b`, 'iu')).test(text);
  return group.mentions.some((m) => saysAfter(m.sentence.text, group.text) || refersBack(m.sentence.text));
}

/** What follows a name that says or tells: "X, who", "X said", "X argues". */
const SAYS = /(?:,\s+who\b|\s+(?:said|says|told|argued|argues|explained|wrote|added|noted|believes|thinks)\b)/uy;
const SAYS_ANYWHERE = new RegExp(SAYS.source, 'u');
/** A third-person pronoun, as the pattern in isPersonName reads one. */
const PRONOUN = /\b(?:he|she|his|her|him)\b/iu;

/**
 * Whether the text holds the name, as written, followed by SAYS: what the pattern of the escaped name
 * and SAYS (flag u) tests, without compiling one for each name.
 */
function saysAfter(text: string, name: string): boolean {
  if (name === '') return SAYS_ANYWHERE.test(text);
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    if (!literalAt(text, at, name)) continue;
    SAYS.lastIndex = at + name.length;
    if (SAYS.test(text)) return true;
  }
  return false;
}

function specificity(group: TermGroup): number {
  // A name of several words is specific however common its words are ("Global Times"); a one-word name is at least fairly so.
  if (group.isName) return group.lemmas.length > 1 ? 1.1 : Math.max(0.5, wordSpecificity(group.lemmas[0] ?? ''));
  const specs = group.lemmas.map(wordSpecificity);
  if (specs.length === 0) return 0;
  const max = Math.max(...specs);
  const min = Math.min(...specs);
  const n = Math.min(group.lemmas.length, 3);
  let s = (0.6 * max + 0.4 * min) * (1 + 0.25 * (n - 1));
  const head = group.lemmas[group.lemmas.length - 1] ?? '';
  if (!group.isName && NOMINALISATION.test(head) && head.length > 6) s *= 1.2;
  if (!group.isName && group.lemmas.length === 1 && GENERIC_NOUNS.has(head)) return 0;
  // A phrase the dictionary lists is a term by definition: "foreign policy", "electric vehicle".
  if (!group.isName && group.lemmas.length > 1 && hasWord(group.lemmas.join(' '))) s = Math.max(0.6, s * 1.6);
  // Words common in written English too (SemCor) make weak terms on their own: "observer", "candidate", "era".
  if (!group.isName && group.lemmas.length === 1) s /= 1 + 0.3 * Math.log(1 + nounFrequency(head));
  if (!group.isName && group.lemmas.every((l) => GENERIC_NOUNS.has(l))) return 0;
  return s;
}

/** Occurrences of the group per section (index 0 is the context before the first question). */
export function countBySection(group: TermGroup, sections: number): number[] {
  const counts = new Array<number>(sections + 1).fill(0);
  for (const m of group.mentions) counts[m.sentence.section] = (counts[m.sentence.section] ?? 0) + 1;
  return counts;
}

/** Letter-writing and note-taking marks ("PS: the bot needs help"), which read like acronyms. */
// Not "NB" or "N.B.": New Brunswick in Canadian style ("Moncton, N.B.").
const WRITING_MARKS = new Set(['ps', 'p.s', 'p.s.', 'pps', 'p.p.s.', 'fyi', 'btw', 'etc', 'etc.', 'i.e.', 'e.g.']);

/** Fragments, numbers, single letters and writing marks ("G.", "51st", "2020", "PS") are never terms. */
export function isJunk(text: string): boolean {
  if (WRITING_MARKS.has(text.toLowerCase())) return true;
  const words = text.split(' ');
  if (words.some((w) => /^\p{L}\.?$/u.test(w))) return true;
  if (!/\p{L}{2,}/u.test(text) || /^[\d\s.,%-]+$/.test(text)) return true;
  return words.every((w) => DATE_WORDS.has(w.toLowerCase()) || /^\d/.test(w));
}

const MAX_TERMS = 8;
const MIN_TERMS = 3;
const FLOOR = 0.3;
const LOW_FLOOR = 0.1;
const RELATIVE_FLOOR = 0.3;

const overlaps = (a: TermGroup, b: TermGroup): boolean => {
  const sa = new Set(a.lemmas);
  const sb = new Set(b.lemmas);
  const sub = (x: Set<string>, y: Set<string>) => [...x].every((w) => y.has(w));
  return sub(sa, sb) || sub(sb, sa) || a.text.toLowerCase().includes(b.text.toLowerCase()) || b.text.toLowerCase().includes(a.text.toLowerCase());
};

/** Chooses each term's home section (most use, then first appearance) and the best 3 to 8 terms per section; `introduced` is text the guide already shows (speakers' roles). */
export function chooseTerms(groups: readonly TermGroup[], sections: number, speakerNames: ReadonlySet<string>, introduced: readonly string[] = [], headline = ''): RankedTerm[][] {
  // The headline names what the article is about: a name or idea in it counts for more ("SolarWinds").
  const inHeadline = headlineMatcher(headline);
  // What the speakers' roles already say ("professor at the University of Alberta") is not a term of the opening context.
  const said = introduced.join(' \n ').toLowerCase();
  const bySection: RankedTerm[][] = Array.from({ length: sections }, () => []);
  const contextOnly: RankedTerm[] = [];
  for (const g of groups) {
    const counts = countBySection(g, sections);
    const total = counts.slice(1).reduce((a, b) => a + b, 0);
    if (isJunk(g.text)) continue;
    if (total === 0) {
      // Only in the editor's note or opening remarks ("ransomware"): a candidate for the first section.
      const kind = classify(g, speakerNames);
      const score = specificity(g) * (1 + Math.log(counts[0] ?? 1)) * (kind === 'place' ? 0.6 : 1);
      if (sections > 0 && (counts[0] ?? 0) > 0 && kind !== 'place' && !speakerNames.has(g.key) && !said.includes(g.key)) contextOnly.push({ group: g, section: 1, score, kind, tf: 0 });
      continue;
    }
    if (g.mentions.every((m) => m.ofPhrase) && g.mentions.length < 2) continue;
    const spread = counts.slice(1).filter((c) => c > 0).length;
    const kind = classify(g, speakerNames);
    // A name or idea the whole interview is about belongs where it first appears, and is not penalised much.
    const topic = kind !== 'place' && spread >= Math.max(3, sections / 2);
    let home = counts.findIndex((c, i) => i > 0 && c > 0);
    if (!topic) for (let s = home + 1; s <= sections; s++) if ((counts[s] ?? 0) > (counts[home] ?? 0)) home = s;
    const tf = topic ? total : counts[home] ?? 0;
    let score = specificity(g) * (1 + Math.log(tf)) / (1 + (topic ? 0.1 : 0.35) * (spread - 1));
    if (kind === 'person' || kind === 'organisation') score *= 1.4;
    if (kind === 'place') score *= 0.6;
    // Not a speaker: a headline that names the guest ("danah boyd") says who speaks, which the guide says already.
    if (kind !== 'place' && !speakerNames.has(g.key) && inHeadline(g)) score *= HEADLINE_BOOST;
    if (score > 0) bySection[home - 1]!.push({ group: g, section: home, score, kind, tf: counts[home] ?? 0 });
  }
  const chosen = bySection.map((list) => {
    list.sort((a, b) => b.score - a.score || (a.group.key < b.group.key ? -1 : a.group.key > b.group.key ? 1 : 0));
    const picked: RankedTerm[] = [];
    for (const floor of [FLOOR, LOW_FLOOR]) {
      for (const t of list) {
        if (picked.length >= MAX_TERMS || (floor === LOW_FLOOR && picked.length >= MIN_TERMS)) break;
        if (t.score < floor || picked.includes(t)) continue;
        if (picked.some((p) => overlaps(p.group, t.group))) continue;
        // Prefer the textbook phrase when it covers the word's uses here: "trade diversification" over "diversification".
        const phrase = t.group.lemmas.length === 1 && !t.group.isName
          ? list.find((m) => m.group.lemmas.length > 1 && !m.group.isName && m.group.lemmas.includes(t.group.lemmas[0]!)
            && m.tf >= t.tf && m.score >= 0.4 * t.score && !picked.includes(m) && !picked.some((p) => p !== t && overlaps(p.group, m.group)))
          : undefined;
        if (phrase) { picked.push(phrase); continue; }
        picked.push(t);
      }
    }
    // Keep the tail only while it is worth a student's time: a term far weaker than the section's best goes, down to three.
    const best = picked.reduce((m, t) => Math.max(m, t.score), 0);
    const strong = picked.filter((t, i) => i < MIN_TERMS || t.score >= RELATIVE_FLOOR * best);
    return strong;
  });
  if (chosen[0]) addContextTerms(chosen[0], contextOnly);
  return chosen;
}

/** How much more a term in the headline counts. */
const HEADLINE_BOOST = 1.5;

/** Whether a term is in the headline: every word of it, as a whole word, for a term of two words or more or a name (places are left out by the caller). */
function headlineMatcher(headline: string): (g: TermGroup) => boolean {
  const words = new Set(headline.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []);
  if (words.size === 0) return () => false;
  return (g) => {
    const own = g.text.toLowerCase().split(/\s+/);
    // A lone common word ("response", "call") is in most headlines by chance; a name or a phrase is not.
    if (own.length === 1 && !g.isName && !/^\p{Lu}/u.test(g.text)) return false;
    return own.every((w) => words.has(w));
  };
}

const CONTEXT_TERMS = 2;
// "Microsoft Exchange" and "Exchange server" are one thing to a reader.
const sharesName = (a: string, b: string): boolean => a.split(' ').some((w) => /^\p{Lu}/u.test(w) && b.split(' ').includes(w));
const initialsOf = (text: string): string => text.split(' ').filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.charAt(0)).join('');
const CONTEXT_FLOOR = 1;

/** The strongest terms of the opening context join the first section, up to two; when it is full, each replaces a term less than half as strong. */
function addContextTerms(first: RankedTerm[], candidates: RankedTerm[]): void {
  candidates.sort((a, b) => b.score - a.score || (a.group.key < b.group.key ? -1 : a.group.key > b.group.key ? 1 : 0));
  let added = 0;
  for (const c of candidates) {
    if (added >= CONTEXT_TERMS || c.score < CONTEXT_FLOOR) break;
    if (c.group.mentions.every((m) => m.ofPhrase) || first.some((p) => overlaps(p.group, c.group) || initialsOf(c.group.text) === p.group.text || sharesName(p.group.text, c.group.text))) continue;
    // The section's own terms come first: a context term takes the place of one only when it is far stronger.
    if (first.length >= MAX_TERMS) {
      const weakest = first.reduce((w, t) => (t.score < w.score ? t : w));
      if (c.score < 2 * weakest.score) continue;
      first.splice(first.indexOf(weakest), 1);
    }
    first.push(c);
    added++;
  }
}
