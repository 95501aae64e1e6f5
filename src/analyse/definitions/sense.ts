/** Choosing the WordNet sense a text means: gloss, examples and related words against the section, the lexicographer file, and how common each sense is. */
import type { TermKind } from '../../model.js';
import { firstNounLexFile, nounSenses, senseSignature, type WordNetSense } from '../wordnet.js';
import { frequencyRank } from '../key-terms/common-words.js';

/** What sense choice needs to know about a term and its text. */
export interface SenseContext {
  readonly term: string;
  readonly kind: TermKind;
  /** The term's own words, which never count as evidence. */
  readonly own: ReadonlySet<string>;
  readonly sectionWords: ReadonlySet<string>;
  readonly articleWords?: ReadonlySet<string>;
  /** The text uses the word as an action done to something ("a diversification of trade"): its act sense fits. */
  readonly actReading?: boolean;
  /**
   * Lower-case words that modify the noun in the term ("system" in "system architecture"). A sense
   * whose gloss or examples hold one of them, when no other sense's do, is the one meant.
   */
  readonly modifiers?: readonly string[];
}

/** A chosen sense and how sure the choice is. */
export interface SenseChoice {
  readonly sense: WordNetSense;
  /** 'single' (the word has one sense), 'text' (the text supports it), 'common' (a clearly dominant sense). */
  readonly evidence: 'single' | 'text' | 'common';
}

/** Bonus for a sense whose lexicographer file suits the term's kind and the section's other words. */
function fit(c: SenseContext, s: WordNetSense, lexShare: ReadonlyMap<string, number>): number {
  let bonus = 1.5 * (lexShare.get(s.lexFile) ?? 0);
  if (c.kind === 'place' && s.lexFile === 'noun.location') bonus += 1;
  if (c.kind === 'place' && /\b(?:capital|city|country|nation|republic|state|province|region|town)\b/i.test(s.gloss)) bonus += 1.5;
  if (c.kind === 'person' && s.lexFile === 'noun.person') bonus += 1;
  if (c.kind === 'organisation' && s.lexFile === 'noun.group') bonus += 1;
  if (/^\p{Lu}/u.test(c.term) && !s.words.some((w) => /^\p{Lu}/u.test(w))) bonus -= 3;
  // A gloss that is only a measure of money ("100 bani equal 1 leu in Moldova") is a currency unit, rarely meant.
  if (s.lexFile === 'noun.quantity' && /^\d/.test(s.gloss)) bonus -= 1;
  return bonus;
}

// Lexicographer files of the living world: a term in an interview rarely means an animal or a plant unless the text is about them.
const NATURE = new Set(['noun.animal', 'noun.plant', 'noun.food', 'noun.body']);

const shares = new WeakMap<ReadonlySet<string>, Map<string, number>>();
/** Share of the text's other words whose first sense is in `lexFile`. */
function kindShare(lexFile: string, words: ReadonlySet<string>, own: ReadonlySet<string>): number {
  let n = 0;
  let hit = 0;
  for (const w of words) {
    if (own.has(w)) continue;
    const lex = firstNounLexFile(w);
    if (!lex) continue;
    n++;
    if (lex === lexFile) hit++;
  }
  return n === 0 ? 0 : hit / n;
}

/** Share of each lexicographer file among the first senses of the section's words the dictionary knows. */
function lexFileShare(words: ReadonlySet<string>): ReadonlyMap<string, number> {
  let out = shares.get(words);
  if (out) return out;
  out = new Map();
  let n = 0;
  for (const w of words) {
    const lex = firstNounLexFile(w);
    if (!lex) continue;
    out.set(lex, (out.get(lex) ?? 0) + 1);
    n++;
  }
  for (const [k, v] of out) out.set(k, n === 0 ? 0 : v / n);
  shares.set(words, out);
  return out;
}

const STOP = new Set('the and for that with from into which who whose this these those are was were been being has have had not but its their there than then them they you your our out one two any all some such more most other own same very can may also used use especially usually something someone person people thing act state part kind way make made'.split(' '));

/** Everyday words are weaker evidence than rare ones: "buying" counts half, "tariff" fully. */
function weight(word: string): number {
  const rank = frequencyRank(word) ?? Infinity;
  return rank <= 300 ? 0.25 : rank <= 1500 ? 0.5 : 1;
}

/** Weighted overlap of a sense's signature with the text's words, leaving out the term's own words. */
export function textOverlap(sense: WordNetSense, words: ReadonlySet<string>, own: ReadonlySet<string>, direct = false): number {
  let n = 0;
  for (const [w, sig] of senseSignature(sense)) {
    // The term's own words never count, nor their plurals ("cycles" for "release cycle"). The text's
    // words are asked first: most signature words are not in the text, and the plural forms cost strings.
    if (!words.has(w) || own.has(w) || own.has(w.replace(/s$/, '')) || own.has(`${w}s`) || STOP.has(w) || (direct && sig < 1)) continue;
    n += sig * weight(w);
  }
  return n;
}

/**
 * Words whose sense an interview almost always means is not in WordNet 3.1 (a computer break-in, an
 * amplifier, a record, a news feed, a post on Twitter, a user name, a tablet computer, computing
 * in the cloud, a paid job, an online provocateur): their glosses would mislead ("hack: one who
 * works hard at boring tasks"), unless the text plainly speaks of one of them (a weather forecaster's cloud).
 */
const DATED = new Set(['hack', 'hacks', 'amp', 'amps', 'vinyl', 'feed', 'feeds', 'tweet', 'tweets', 'handle', 'streaming', 'tablet', 'tablets', 'cloud', 'gig', 'gigs', 'troll', 'trolls']);

/** The weighted overlap with the text a sense of a DATED word needs. */
const DATED_EVIDENCE = 3;

const glossWordSets = new WeakMap<WordNetSense, ReadonlySet<string>>();
/** The lower-case words of a sense's gloss and examples. */
function glossWords(sense: WordNetSense): ReadonlySet<string> {
  let words = glossWordSets.get(sense);
  if (!words) glossWordSets.set(sense, (words = new Set(`${sense.gloss} ${(sense.examples ?? []).join(' ')}`.toLowerCase().match(/[a-z][a-z'-]*/g) ?? [])));
  return words;
}

/** Scores every sense; the best must beat the most common sense by its evidence, not by accident. */
export function chooseNounSense(lemma: string, c: SenseContext): SenseChoice | null {
  const choice = scoreSenses(lemma, c);
  if (!choice || !DATED.has(lemma.toLowerCase())) return choice;
  return choice.evidence === 'text' && textOverlap(choice.sense, c.articleWords ?? c.sectionWords, c.own) >= DATED_EVIDENCE ? choice : null;
}

function scoreSenses(lemma: string, c: SenseContext): SenseChoice | null {
  const senses = nounSenses(lemma);
  if (senses.length === 0) return null;
  const share = lexFileShare(c.articleWords ?? c.sectionWords);
  if (senses.length === 1) {
    const only = senses[0]!;
    // One sense, but of a kind the text never deals in ("bot": a botfly larva, in a text about software).
    const alien = NATURE.has(only.lexFile) && kindShare(only.lexFile, c.articleWords ?? c.sectionWords, c.own) < 0.02 && textOverlap(only, c.articleWords ?? c.sectionWords, c.own, true) < 0.5;
    return alien ? null : { sense: only, evidence: 'single' };
  }
  // "system architecture": of architecture's senses, only the computing one names a system.
  const modifiers = (c.modifiers ?? []).filter((m) => m.length > 2 && !STOP.has(m));
  if (modifiers.length > 0) {
    // The gloss and examples only: related words would count the compound itself ("safety net", a hyponym of net's fabric sense).
    const named = senses.filter((sense) => modifiers.some((m) => glossWords(sense).has(m)));
    if (named.length === 1 && named[0]!.gloss) return { sense: named[0]!, evidence: 'text' };
  }
  const totalTags = senses.reduce((a, s) => a + s.tagCount, 0);
  const scored = senses.map((sense, i) => {
    const inSection = textOverlap(sense, c.sectionWords, c.own);
    const inArticle = c.articleWords ? textOverlap(sense, c.articleWords, c.own) : 0;
    const text = inSection + 0.35 * Math.max(0, inArticle - inSection);
    const prior = totalTags > 0 ? 2 * (sense.tagCount / totalTags) : 0;
    return { sense, text, inArticle, score: text + prior - 0.3 * i + fit(c, sense, share) };
  });
  const best = scored.reduce((a, b) => (b.score > a.score ? b : a));
  const first = scored[0]!;
  const others = Math.max(0, ...senses.slice(1).map((x) => x.tagCount));
  const dominant = first.sense.tagCount >= 3 && first.sense.tagCount >= 3 * others;
  // Evidence must be real: a later sense needs clearly more shared words than the most common one.
  if (best.text >= 1 && (best === first || best.text >= first.text + 0.75)) return { sense: best.sense, evidence: 'text' };
  // A sense tagged far more often is safe, unless its rivals are in use too and the text gives it nothing ("candidate" in a software text).
  if (dominant && best === first && (others === 0 || first.inArticle >= 1)) return { sense: first.sense, evidence: 'common' };
  // "A diversification of trade" names an act: the word's act sense (noun.act) is the one meant.
  const act = c.actReading ? senses.slice(0, 2).find((x) => x.lexFile === 'noun.act') : undefined;
  if (act) return { sense: act, evidence: 'common' };
  // Places and names: the capitalised entry suits them even without shared words.
  if (c.kind !== 'concept' && fit(c, best.sense, new Map()) >= 1) return { sense: best.sense, evidence: 'common' };
  return null;
}
