/** A capital city named for its government ("Ottawa wishes …", "ties with Washington"), defined as that government. */
import type { SourcedSentence } from '../../model.js';
import { nounSenses } from '../wordnet.js';
import { lazily, sentencesContaining } from './prefilter.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Verbs only a person or an agent does: wishing, learning, declaring, demanding …
const AGENT_VERB = String.raw`(?:(?:wish|want|learn|insist|demand|fear|seek|claim|respond|warn|threaten|expect|plan|intend|reject|welcome|condemn|retaliate|sanction|pressure|urge|signal|promise|vow|pledge|approve|adopt|prefer|react|protest|object|accept|offer|ask|operate|pivot|recognise|recognize|worry|complain|praise|criticise|criticize|announce|declare|decide|believe|argue|agree|accuse|refuse|hope|negotiate|impose|seize|engage|reset|deny|try)(?:s|es|ed|d|ing)?|said|says|knows|knew|felt|feels|sought|chose|chooses|denies|denied|tries|tried|worries|worried)`;
const AUX = String.raw`(?:(?:has|have|had|will|would|should|must|is|was|does|did|can|could|may|might|also|still|now|already|not|then|quickly|finally)\s+){0,3}`;
// Nouns of dealings between governments: "ties with Washington", "concessions from Beijing".
const RELATION = String.raw`(?:ties|relations?|relationship|alliance|talks|negotiations?|dialogue|counterbalance|pressure|concessions?|disputes?|tensions?|deal|agreements?|cooperation|partnership|engagement|rapprochement|sanctions?|demands?)`;

// The patterns of a place as an actor are "<name><AGENT_TAIL>" after a non-letter, and "<PAIRED_HEAD><name><PAIRED_TAIL>":
// the parts around the name are compiled once, not once per name (the verb list makes them slow to compile).
const AGENT_TAIL = new RegExp(`(?:\\s+and\\s+\\p{Lu}[\\p{L}-]+)?(?:,[^,]{1,60},)?\\s+${AUX}${AGENT_VERB}\\b`, 'uy');
const PAIRED_HEAD = /\b\p{Lu}[\p{L}-]+\s+and\s+$/u;
const PAIRED_TAIL = new RegExp(`\\s+${AUX}${AGENT_VERB}\\b`, 'uy');
const LETTER = /\p{L}/u;
// What the dealings pattern needs besides the name.
const DEALINGS_CUE = new RegExp(`\\b${RELATION}\\s+(?:with|from|to|between|against)\\s`, 'iu');

/** Whether the sticky pattern matches at `at`. */
function matchesAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/** The code point that ends at `at` ('' at the start). */
function codePointBefore(text: string, at: number): string {
  if (at === 0) return '';
  const pair = at >= 2 && /^[\ud800-\udbff][\udc00-\udfff]$/.test(text.slice(at - 2, at));
  return text.slice(pair ? at - 2 : at - 1, at);
}

/** True when a verb of a person follows the name, or a name and a verb follow "<Name> and" before it. */
function asActor(name: string, text: string): boolean {
  for (let at = text.indexOf(name); at !== -1 && at <= text.length; at = at === text.length ? -1 : text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (!LETTER.test(codePointBefore(text, at)) && matchesAt(AGENT_TAIL, text, end)) return true;
    if (PAIRED_HEAD.test(text.slice(0, at)) && matchesAt(PAIRED_TAIL, text, end)) return true;
  }
  return false;
}

/** True when the text uses the place as an actor: a verb of a person after it, or dealings with it. */
export function usedAsGovernment(names: readonly string[], sentences: readonly SourcedSentence[]): boolean {
  for (const name of names) {
    const n = escape(name);
    const dealings = lazily(() => new RegExp(`\\b${RELATION}\\s+(?:with|from|to|between|against)\\s+(?:\\p{Lu}[\\p{L}-]+\\s+and\\s+)?${n}(?![\\p{L}-])`, 'iu'));
    const dealtWith = (text: string): boolean => DEALINGS_CUE.test(text) && dealings().test(text);
    if (sentencesContaining(sentences, name, true).some((s) => asActor(name, s.text) || dealtWith(s.text))) return true;
  }
  return false;
}

/** "capital of the People's Republic of China in the Hebei province" → "the People's Republic of China". */
function countryOf(gloss: string): string | null {
  const m = /\bcapital of ((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]*)*)/u.exec(gloss);
  return m ? m[1]! : null;
}

/** "The government of Canada, called by the name of its capital city, Ottawa." or null when WordNet does not say it is a capital. */
export function defineAsGovernment(term: string, variants: readonly string[], sentences: readonly SourcedSentence[]): string | null {
  const senses = nounSenses(term).filter((s) => s.words.some((w) => /^\p{Lu}/u.test(w)));
  const capital = senses.find((s) => s.lexFile === 'noun.location' && countryOf(s.gloss));
  if (!capital || !usedAsGovernment([term, ...variants], sentences)) return null;
  const group = senses.find((s) => s.lexFile === 'noun.group' && /\bgovernment\b/.test(s.gloss));
  const government = group ? group.gloss.replace(/^(?:the|a)\s+/i, '') : `government of ${countryOf(capital.gloss)!}`;
  return `Here, the ${government}, called by the name of its capital city, ${term}.`;
}
