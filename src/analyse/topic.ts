/** A short topic for a section heading, drawn from the question's main noun phrase. */
import type { Token } from './nlp.js';
import { tagCached } from './summary/sentences.js';
import { joinTokens, capitalise } from './summary/attribution.js';

const NP_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
const POSSESSIVE = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);
const ATTACH = new Set(['of', 'for', 'with', 'in', 'on', 'toward', 'towards', 'between', 'to', 'against', 'from']);
const DEMONSTRATIVE = new Set(['this', 'that', 'these', 'those', 'it', 'such']);
const GENERIC = new Set(['thing', 'things', 'way', 'ways', 'issue', 'issues', 'question', 'questions', 'interview', 'lot', 'bit', 'time', 'year', 'years', 'kind', 'sort', 'part', 'people', 'something', 'anything', 'area', 'areas', 'aspect', 'aspects', 'change', 'changes', 'country', 'view', 'opinion', 'words', 'today', 'future', 'past', 'day']);
const DROP_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'any', 'some', 'your', 'our', 'their', 'my', 'his', 'her', 'its', 'current', 'latest', 'recent', 'most', 'more', 'very', 'same', 'such', 'which', 'what', 'whose']);
const ADJ_NOUN: Record<string, string> = {
  significant: 'significance', important: 'importance', likely: 'likelihood', different: 'difference', relevant: 'relevance',
  serious: 'seriousness', effective: 'effectiveness', realistic: 'realism', strong: 'strength', dangerous: 'danger',
  difficult: 'difficulty', useful: 'usefulness', successful: 'success', stable: 'stability', urgent: 'urgency', big: 'size',
};

interface Phrase {
  readonly tokens: readonly Token[];
  readonly score: number;
}

/** Noun phrases of a sentence: modifiers and nouns, with up to two "of/for/with …" attachments. */
export function nounPhrases(tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  let i = 0;
  const core = (start: number): number => {
    let j = start;
    let lastNoun = -1;
    while (j < tokens.length) {
      const t = tokens[j]!;
      const joiner = t.value === '-' && !t.spaceBefore && j + 1 < tokens.length && !tokens[j + 1]!.spaceBefore;
      const poss = t.pos === 'PART' && /^['’]s?$/.test(t.value) && lastNoun === j - 1;
      const degree = t.pos === 'ADV' && j + 1 < tokens.length && tokens[j + 1]!.pos === 'ADJ';
      const owner = t.pos === 'PRON' && j === start && POSSESSIVE.has(t.normal);
      if (NP_POS.has(t.pos) || joiner || poss || degree || owner || (t.pos === 'DET' && j === start)) {
        if (t.pos === 'NOUN' || t.pos === 'PROPN') lastNoun = j;
        j++;
      } else break;
    }
    return lastNoun;
  };
  while (i < tokens.length) {
    const end = core(i);
    if (end < 0) {
      i++;
      continue;
    }
    let last = end;
    for (let k = 0; k < 2; k++) {
      const p = tokens[last + 1];
      if (!p || p.pos !== 'ADP' || !ATTACH.has(p.normal)) break;
      const next = core(last + 2);
      if (next < 0) break;
      last = next;
    }
    out.push(tokens.slice(i, last + 1) as Token[]);
    i = last + 1;
  }
  return out;
}

function cleanPhrase(tokens: readonly Token[]): Token[] {
  let t = tokens.filter((x, i) => i === 0 || !(x.pos === 'PRON' && POSSESSIVE.has(x.normal)));
  while (t.length && (DROP_WORDS.has(t[0]!.normal) || t[0]!.pos === 'DET' || t[0]!.pos === 'PRON')) t = t.slice(1);
  if (t.length) t[0] = { ...t[0]!, spaceBefore: false };
  return t;
}

function wordCount(tokens: readonly Token[]): number {
  return tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.value) && t.spaceBefore).length + (tokens.length ? 1 : 0);
}

function scorePhrase(raw: readonly Token[], clean: readonly Token[], quoted: boolean): number {
  if (!clean.length) return -Infinity;
  const attach = clean.findIndex((t) => t.pos === 'ADP');
  const head = (attach > 0 ? clean.slice(0, attach) : clean).filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN').at(-1);
  let score = clean.filter((t) => NP_POS.has(t.pos) && !t.stop).length + 0.5 * clean.filter((t) => t.pos === 'PROPN').length;
  if (head && GENERIC.has(head.normal)) score -= 2;
  if (DEMONSTRATIVE.has(raw[0]?.normal ?? '')) score -= 3;
  if (quoted) score += 1;
  const words = wordCount(clean);
  if (words > 6) score -= words - 6;
  if (words < 2) score -= 1;
  return score;
}

/** Cuts a phrase to at most six words, dropping attachments from the end first. */
function shorten(tokens: readonly Token[]): Token[] {
  // "challenges in terms of code organization" says no more than "challenges in code organization".
  let t = tokens.filter((x, i) => !(tokens[i - 1]?.normal === 'in' && x.normal === 'terms' && tokens[i + 1]?.normal === 'of') && !(tokens[i - 2]?.normal === 'in' && tokens[i - 1]?.normal === 'terms' && x.normal === 'of'));
  while (wordCount(t) > 6) {
    const cut = t.map((x) => x.pos === 'ADP' && ATTACH.has(x.normal)).lastIndexOf(true);
    if (cut <= 0) {
      t = t.slice(0, -1);
      continue;
    }
    t = t.slice(0, cut);
    // "in terms of X", "in front of X": cutting "of X" must take the whole compound preposition with it.
    const [before, last] = [t.at(-2), t.at(-1)];
    if (before?.pos === 'ADP' && last && COMPOUND_PREPOSITION_NOUNS.has(last.normal)) t = t.slice(0, -2);
  }
  return t;
}

/** Nouns that only head compound prepositions ("in terms of", "on behalf of"). */
const COMPOUND_PREPOSITION_NOUNS = new Set(['terms', 'front', 'spite', 'case', 'place', 'part', 'addition', 'view', 'light', 'favour', 'favor', 'charge', 'behalf', 'lieu', 'regard', 'respect']);

/** "How significant is Carney's trip …?" → "The significance of Carney's trip". */
function howAdjective(tokens: readonly Token[]): string | null {
  if (tokens[0]?.normal !== 'how' || tokens[1]?.pos !== 'ADJ' || !/^(?:is|are|was|were)$/.test(tokens[2]?.normal ?? '')) return null;
  const noun = ADJ_NOUN[tokens[1]!.normal];
  const np = nounPhrases(tokens.slice(3))[0];
  if (!noun || !np) return null;
  const core = shorten(cleanPhrase(np.slice(0, np.findIndex((t, i) => i > 0 && t.pos === 'ADP') >>> 0 || np.length)));
  return core.length ? `The ${noun} of ${joinTokens(core)}` : null;
}

/** The most words of a question kept whole as a topic ("Can you tell me when you first noticed something was wrong?"). */
const MAX_WHOLE_QUESTION = 12;

/** Words a cut question must not end on. */
const CUT_BEFORE = new Set(['a', 'an', 'the', 'of', 'to', 'for', 'with', 'in', 'on', 'at', 'by', 'from', 'as', 'and', 'or', 'but', 'that', 'which', 'who', 'whether', 'if', 'all', 'is', 'are', 'was', 'were', 'be', 'your', 'my', 'our', 'their', 'his', 'her', 'its', 'this', 'these', 'those', 'has', 'have', 'had', 'did', 'does', 'do', 'about', 'than', 'when', 'where', 'what', 'how', 'why']);

/** A short topic (2–6 words, first letter capitalised, no final punctuation but a whole question's mark) for a question. */
export function topicOf(question: string): string {
  const sentences = tagCached(question.replace(/\s+/g, ' ').trim());
  if (!sentences.length) return '';
  const isQuestion = sentences.map((s) => /\?\s*["”’]?\s*$/.test(s.text));
  const interrogatives = sentences.map((_, i) => i).filter((i) => isQuestion[i]);
  const last = interrogatives.at(-1) ?? sentences.length - 1;
  for (const i of [...interrogatives].reverse()) {
    const special = howAdjective(sentences[i]!.tokens);
    if (special) return special;
  }
  // A question that points back ("How do you interpret this?") takes its topic from the statements before it.
  const anaphoric = interrogatives.length > 0 && interrogatives.every((i) => sentences[i]!.tokens.some((t) => DEMONSTRATIVE.has(t.normal) && t.pos !== 'SCONJ'));
  let best: Phrase | null = null;
  sentences.forEach((s, i) => {
    let quoted = false;
    const quotedAt = new Set<Token>();
    for (const t of s.tokens) {
      if (/^["“”]$/.test(t.value)) quoted = t.value === '“' ? true : t.value === '”' ? false : !quoted;
      else if (quoted) quotedAt.add(t);
    }
    const bonus = isQuestion[i] ? (i === last ? 2 : 1.5) * (anaphoric ? 0.2 : 1) : anaphoric ? 1 : 0;
    for (const np of nounPhrases(s.tokens)) {
      const clean = withOwner(s.tokens, np, shorten(cleanPhrase(np)));
      const score = scorePhrase(np, clean, np.some((t) => quotedAt.has(t))) + bonus - i * 0.01;
      if (!best || score > best.score) best = { tokens: clean, score };
    }
  });
  const chosen = best as Phrase | null;
  if (chosen && chosen.score > 0) return tidy(joinTokens(chosen.tokens));
  const fallback = sentences[last]!.text.replace(/[?.!:;,\s]+$/, '');
  const words = fallback.split(/\s+/);
  // A question with no phrase to name it ("Who are you, and what do you do?") is its own topic, question
  // mark and all, up to a heading's length; a longer one is cut at eight words and shows that it is.
  if (isQuestion[last] && words.length <= MAX_WHOLE_QUESTION) return `${tidy(fallback)}?`;
  if (words.length <= 8) return tidy(fallback);
  let cut = 8;
  // "So what would you say to all of…" reads as broken: the cut comes after a word that carries meaning.
  while (cut > 4 && CUT_BEFORE.has(words[cut - 1]!.toLowerCase())) cut--;
  return `${tidy(words.slice(0, cut).join(' '))}…`;
}

/** "Canada is pursuing a dual-track strategy" → "Canada's dual-track strategy": a named subject owns its object. */
function withOwner(sentence: readonly Token[], np: readonly Token[], clean: Token[]): Token[] {
  const start = sentence.indexOf(np[0]!);
  let i = 0;
  while (i < sentence.length && sentence[i]!.pos === 'PROPN') i++;
  if (i === 0 || i > 3 || !clean.length || clean.some((t) => t.pos === 'PART')) return clean;
  let j = i;
  while (j < start && (sentence[j]!.pos === 'AUX' || sentence[j]!.pos === 'ADV')) j++;
  if (j !== start - 1 || !/^(?:VERB)$/.test(sentence[j]!.pos) || !/^(?:pursue|have|adopt|face|follow|take|launch|seek|propose|pursuing)$/.test(sentence[j]!.lemma)) return clean;
  if (wordCount(clean) >= 6) return clean;
  const owner = sentence.slice(0, i).map((t, k) => ({ ...t, spaceBefore: k > 0 && t.spaceBefore }));
  const apostrophe: Token = { ...owner[owner.length - 1]!, value: "'s", pos: 'PART', spaceBefore: false };
  return [...owner, apostrophe, { ...clean[0]!, spaceBefore: true, value: lowerWord(clean[0]!) }, ...clean.slice(1)];
}

function lowerWord(t: Token): string {
  return t.pos === 'PROPN' ? t.value : t.value.toLowerCase();
}

function tidy(s: string): string {
  return capitalise(s.replace(/["“”]/g, '').replace(/\s+/g, ' ').replace(/[\s.,;:!?'’-]+$/, '').trim());
}
