/** Turning a clause into a question about it: "Canada is reluctant to …" → "Why, according to X, is Canada reluctant to …?" */
import { tagCached } from '../summary/sentences.js';
import { joinTokens } from '../summary/attribution.js';
import type { Token } from '../nlp.js';
import { reportedClause, type Voice } from './phrasing.js';

const INVERTS = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|shall)$/i;
const SUBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
// "An area where Canada is reluctant to make concessions is lifting the ban": the clause inside carries the point.
const PSEUDO_CLEFT = /^(?:an?|the|one) (?:area|thing|field|place|issue|point|matter|topic|sector) (?:where|in which|on which) (.{8,}?) (?:is|was|are|were) (.{6,})$/i;

/** The clause with its pseudo-cleft opened up ("An area where X is Y is Z" → "X is Y when it comes to Z"). */
export function openCleft(clause: string): string {
  const m = PSEUDO_CLEFT.exec(clause.trim().replace(/[.!]\s*$/, ''));
  return m ? `${m[1]} when it comes to ${m[2]}` : clause;
}

/** Whether the tokens before `i` can be a subject: a short noun phrase, no verb or clause in it. */
function isSubject(tokens: readonly Token[], i: number): boolean {
  if (i < 1 || i > 7) return false;
  const before = tokens.slice(0, i);
  return before.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') && before.every((t) => (SUBJECT_POS.has(t.pos) && (t.pos !== 'PART' || /^['’]s?$/.test(t.value))) || (t.value === '-' && !t.spaceBefore) || /^(?:and|of)$/i.test(t.value));
}

/** The base form of a verb, where the tagger's lemma is the inflected form itself ("wishes" → "wish"). */
function baseForm(value: string, lemma: string): string {
  if (lemma !== value.toLowerCase() || !/[^s]s$/.test(value)) return lemma;
  if (/(?:sh|ch|x|z|ss)es$/.test(value)) return value.slice(0, -2);
  if (/[^aeiou]ies$/.test(value)) return `${value.slice(0, -3)}y`;
  return value.slice(0, -1);
}

/** A why-question on a clause, asking for the speaker's reason: inverted where the clause allows, else "why is it that …". */
export function whyQuestion(clause: string, voice: Voice, maxWords = 32): string | null {
  const reported = reportedClause(openCleft(clause), voice, maxWords);
  if (!reported) return null;
  const tokens = tagCached(reported).flatMap((t) => t.tokens);
  const according = `according to ${voice.ref.mid}`;
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (verb > 0 && isSubject(tokens, verb)) {
    const subject = joinTokens(tokens.slice(0, verb));
    const v = tokens[verb]!;
    const rest = joinTokens(tokens.slice(verb + 1));
    // "has" that owns ("Singapore has a model") is no auxiliary: "why does Singapore have a model", not "why has Singapore a model".
    const owns = /^(?:has|have|had)$/i.test(v.value) && !/^(?:VERB|AUX)$/.test(tokens[verb + 1]?.pos ?? '') && !/(?:ed|en)$/.test(tokens[verb + 1]?.value ?? '');
    if (owns) return `Why, ${according}, ${/^had$/i.test(v.value) ? 'did' : /^has$/i.test(v.value) ? 'does' : 'do'} ${subject} have ${rest}?`;
    if (INVERTS.test(v.value)) return `Why, ${according}, ${v.value.toLowerCase()} ${subject} ${rest}?`;
    if (v.pos === 'VERB' && v.lemma && /^\p{Ll}+$/u.test(v.value)) {
      const lemma = baseForm(v.value, v.lemma.toLowerCase());
      const did = /ed$/.test(v.value) && v.value !== lemma;
      const does = !did && /s$/.test(v.value) && v.value.toLowerCase() !== lemma;
      return `Why, ${according}, ${did ? 'did' : does ? 'does' : 'do'} ${subject} ${lemma} ${rest}?`;
    }
  }
  return `${according[0]!.toUpperCase()}${according.slice(1)}, why is it that ${reported}?`;
}
