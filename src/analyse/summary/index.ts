/** Extractive summaries of answers: TextRank-ranked sentences, MMR redundancy control, the speaker named. */
import type { Paragraph, SourcedSentence } from '../../model.js';
import { sentencesOf, countWords, remembered, tokensAlone, type SentenceMemo, type SourceSentence } from './sentences.js';
import { vectorise, similarityMatrix, textRank, selectMmr } from './rank.js';
import { speakerRef, trimLead, toThirdPerson, joinTokens, capitalise, lowerFirst, speaksInFirstPerson, isElliptical, type SpeakerRef } from './attribution.js';
import { testRepeat } from '../repeats.js';
import { articleMemo, type Token } from '../nlp.js';

export { speakerRef, surnameOf, type SpeakerRef } from './attribution.js';
export { rouge1 } from './rouge.js';

const POSITION_WEIGHT = 0.5;
const QUESTION_WEIGHT = 1;

const ATTRIBUTION = /^.{1,60}? (?:says|argues|adds)(?: that|:) /;

/** Roughly the most words of the answer a summary may hold (the speaker's name in front comes on top). */
export const SUMMARY_BUDGET = 50;

const FIRST_PERSON = /\b(?:my|me|mine|myself)\b/i;
const ARGUE_CUES = /\b(?:must|should|need(?:s)? to|ought|have to|has to|the (?:main|key|most important)|not so much|rather than|in my opinion|high time)\b/i;

/** The longest passage (in sentences) whose scores are remembered: an answer, not a whole article. */
const REMEMBERED_PASSAGE = 100;

/** The scores of a passage, as scoreSentences gives them. */
interface Scored {
  readonly scores: readonly number[];
  readonly sim: readonly (readonly number[])[];
}

/**
 * Passages already scored in this article, by their tagged sentences and the question's lemmas: the
 * section prompts and the after-reading prompts score each answer alike. The sentences' texts and
 * word counts are checked too, as `remembered` checks them; callers only read what they get.
 */
const scored = articleMemo<string, { readonly texts: readonly string[]; readonly words: readonly number[]; readonly value: Scored }>();
const sentenceIds = new WeakMap<readonly Token[], number>();
let nextSentenceId = 0;

function idOf(tokens: readonly Token[]): number {
  let id = sentenceIds.get(tokens);
  if (id === undefined) sentenceIds.set(tokens, (id = nextSentenceId++));
  return id;
}

/** Importance of each sentence: centrality in the similarity graph with mild priors for position and length. */
export function scoreSentences(sentences: readonly SourceSentence[], question: readonly string[] = []): Scored {
  // Whole-article passes score a passage once; keeping their matrices (or the vectors a lazy one
  // needs) for the rest of a long article would only hold memory.
  if (sentences.length > REMEMBERED_PASSAGE) return scoreFresh(sentences, question);
  const key = `${sentences.map((s) => idOf(s.tokens)).join(',')}\u0000${question.join('\u0000')}`;
  const known = scored.get(key);
  if (known && known.texts.length === sentences.length && sentences.every((s, i) => s.text === known.texts[i] && s.words === known.words[i])) return known.value;
  const value = scoreFresh(sentences, question);
  scored.set(key, { texts: sentences.map((s) => s.text), words: sentences.map((s) => s.words), value });
  return value;
}

function scoreFresh(sentences: readonly SourceSentence[], question: readonly string[]): Scored {
  const vectors = vectorise(sentences);
  let sim = sentences.length <= CENTRALITY_PASSAGE ? similarityMatrix(vectors) : undefined;
  const central = sim ? textRank(sim) : passageRank(vectors);
  const asked = new Set(question);
  const scores = sentences.map((s, i) => {
    const position = 1 + POSITION_WEIGHT / (1 + i);
    // Sentences that take up the question's own words answer it.
    const overlap = asked.size && s.lemmas.length ? s.lemmas.filter((l) => asked.has(l)).length / Math.sqrt(asked.size * new Set(s.lemmas).size) : 0;
    const answers = 1 + QUESTION_WEIGHT * overlap;
    const length = Math.min(1, s.lemmas.length / 6) * (s.words > 45 ? 0.8 : 1);
    const { question, selfReference, firstPerson, meta, doubled } = remembered(textWeights, s, () => textWeightsOf(s.text));
    return doubled * central[i]! * position * answers * length * question * selfReference * firstPerson * meta;
  });
  // The matrix grows with the square of the sentences: made only when asked for (MMR on one answer).
  return {
    scores,
    get sim() {
      return (sim ??= similarityMatrix(vectors));
    },
  };
}

/** The weights scoreSentences reads from a sentence's text alone. */
interface TextWeights {
  readonly question: number;
  readonly selfReference: number;
  readonly firstPerson: number;
  readonly meta: number;
  readonly doubled: number;
}

/** Remembered per tagged sentence: the summary, the section prompts and the after-reading prompts score the same answers. */
const textWeights: SentenceMemo<TextWeights> = new WeakMap();

function textWeightsOf(text: string): TextWeights {
  return {
    question: /\?\s*["”’]?$/.test(text) ? 0.2 : 1,
    selfReference: /^(?:as i (?:said|explained|mentioned)|that'?s (?:a )?(?:good|great|fair) (?:question|assumption))/i.test(text) ? 0.8 : 1,
    firstPerson: speaksInFirstPerson(text) ? 0.85 : 1,
    // Thanks, "your question", "[reporter name]", "(inaudible)": talk about the interview, not its subject.
    meta: /\b(?:your|the|that|good|great) question\b|\bthank(?:s| you)\b|\[[^\]]*\]|\((?:inaudible|crosstalk)\)/i.test(text) ? 0.3 : 1,
    // "very very central", "portable portable portable": fine in speech, odd in a summary.
    doubled: testRepeat(/(?:^|[^\p{L}])(\p{L}+(?: \p{L}+)?)\s+\1(?![\p{L}])/iu, text) ? 0.5 : 1,
  };
}

/**
 * Sentences ranked together at most: an answer, or a whole interview of ordinary length. A longer
 * text (the overview of a book-length interview) is ranked in consecutive passages of about this
 * many sentences, so the cost grows with its length, not with its square.
 */
export const CENTRALITY_PASSAGE = 400;

/** TextRank within consecutive, even passages; each passage's scores have mean 1, as one ranking's do. */
function passageRank(vectors: ReadonlyArray<ReturnType<typeof vectorise>[number]>): number[] {
  const passages = Math.ceil(vectors.length / CENTRALITY_PASSAGE);
  const size = Math.ceil(vectors.length / passages);
  const out: number[] = [];
  for (let start = 0; start < vectors.length; start += size) out.push(...textRank(similarityMatrix(vectors.slice(start, start + size))));
  return out;
}

/**
 * A summary sentence: the source sentence trimmed of its lead clause. "My"/"me" become the speaker's
 * name; a sentence in which the speaker says "I" is quoted whole instead, so no pronoun is guessed.
 * `lead` is true for the summary's first sentence (which names the speaker).
 */
export function rewriteSentence(s: SourceSentence, ref: SpeakerRef, lead: boolean, context = ''): string | null {
  const trimmed = trimLead(s.text);
  // A fragment that leans on the question ("About twelve million.", "When my hands stop.") has no clause to report: quote it.
  const first = s.tokens[0];
  // An instruction ("Plant trees on every major road") cannot follow "says that" either.
  const imperative = first !== undefined && first.pos === 'VERB' && first.normal === first.lemma;
  const opening = s.text.trim();
  const fragment =
    imperative ||
    !s.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX') ||
    // "When my hands stop." (a subordinate clause alone) or "About forty, spread over three farms." (no finite verb).
    (/^(?:when|because|if|until|after|before)\b/i.test(opening) && !opening.includes(',')) ||
    (/^(?:about|around|roughly|nearly|almost|tomorrow|today)\b/i.test(opening) && !s.tokens.some((t) => t.pos === 'AUX'));
  if (fragment) return `${ref.subject} ${lead ? 'answers' : 'adds'}: “${capitalise(s.text.trim()).replace(/"([^"]*)"/g, '‘$1’')}”`;
  if (isElliptical(s.text) || speaksInFirstPerson(trimmed) || (trimmed.match(/\b(?:my|me)\b/gi) ?? []).length > 1) {
    const quote = `“${capitalise(isElliptical(s.text) ? s.text.trim() : trimmed).replace(/"([^"]*)"/g, '‘$1’')}”`;
    return `${ref.subject} ${lead ? 'says' : 'adds'}: ${quote}`;
  }
  const tokens = tokensAlone(s, trimmed);
  let text = trimmed;
  if (FIRST_PERSON.test(trimmed)) {
    const turned = toThirdPerson(tokens, ref);
    if (!turned) return null;
    text = joinTokens(turned);
  }
  if (!lead || /[?!]\s*["”’]?$/.test(text)) return capitalise(text);
  const verb = ARGUE_CUES.test(s.text) ? 'argues' : 'says';
  const clause = text.startsWith(ref.subject) || text.startsWith(ref.possessive) ? text : lowerFirst(text, tokens[0], context);
  return `${ref.subject} ${verb} that ${clause}`;
}

const CONTRAST_THESIS = /\bnot so much\b.*\b(?:but|as)\b|\bnot (?:only )?[^,.;]{2,60}\bbut\b|\brather than\b|^more than\b/i;
const TURN = /^(?:however|nevertheless|that said),/i;
const STANCE = /\b(?:must|should|need(?:s)? to|have to|has to|ought to|the (?:main|key|most important|real)\b)/i;
const THESIS_WEIGHT = 1.6;

/**
 * How much a sentence carries the answer's thesis beyond its centrality: a contrast that states the
 * point ("not so much X but Y", "However, …"), or a paragraph's opening claim of what must or will happen.
 */
export function thesisWeight(s: SourceSentence, all: readonly SourceSentence[]): number {
  // A question ("Back to the key question of what are we doing?") asks; it states no thesis.
  if (/\?\s*["”’]?$/.test(s.text)) return 1;
  const opensParagraph = s.index === 0 || all[s.index - 1]?.paragraph !== s.paragraph;
  if (CONTRAST_THESIS.test(s.text) || (TURN.test(s.text) && s.index > 0)) return THESIS_WEIGHT;
  // "But Carney will soon discover that … he needs to …": a turn that says what must happen.
  if (/^but\b/i.test(s.text) && s.index > 0 && STANCE.test(s.text)) return THESIS_WEIGHT;
  if (opensParagraph && STANCE.test(s.text)) return THESIS_WEIGHT;
  return 1;
}

/**
 * One or two sentences, at most about 50 words, that say what the answer says; each maps to a source
 * sentence. Pass the exchange's question (optional) so sentences that answer it rank higher.
 */
export function summariseAnswer(
  paragraphs: readonly Paragraph[],
  speaker: { name: string | null; label: string },
  options: { readonly question?: readonly Paragraph[] } = {},
): { summary: string; sentences: SourcedSentence[] } {
  const all = sentencesOf(paragraphs);
  if (all.length === 0) return { summary: '', sentences: [] };
  const ref = speakerRef(speaker);
  const asked = sentencesOf(options.question ?? []).flatMap((s) => s.lemmas);
  const { scores: central, sim } = scoreSentences(all, asked);
  // The rewritten form is what counts against the budget; sentences that cannot be rewritten are out.
  const context = paragraphs.map((p) => p.text).join('\n');
  const rewritten = all.map((s) => rewriteSentence(s, ref, true, context));
  // The budget counts the answer's own words; the speaker's name in front ("Castro-Rea says that") is extra.
  const words = rewritten.map((r) => (r === null ? Number.POSITIVE_INFINITY : countWords(r.replace(ATTRIBUTION, ''))));
  // The sentence that states the thesis (a contrast, a paragraph's opening claim) is kept, then the most central others.
  const top = Math.max(...central);
  const thesis = all.map((x, i) => i).filter((i) => rewritten[i] !== null && words[i]! <= SUMMARY_BUDGET * 0.6 && thesisWeight(all[i]!, all) > 1).sort((a, b) => central[b]! - central[a]! || a - b)[0];
  const scores = central.map((x, i) => (i === thesis ? top * 1.01 : x));
  let chosen = selectMmr(scores.map((x, i) => (rewritten[i] === null ? 0 : x)), sim, words, { max: 2, budget: SUMMARY_BUDGET + 4 });
  if (chosen.length === 0) {
    // Every sentence is too long: take the best one whole rather than cut it.
    const best = scores.reduce((b, x, i) => (x > scores[b]! && rewritten[i] !== null ? i : b), 0);
    chosen = [best];
  }
  const parts = chosen.map((i, k) => rewriteSentence(all[i]!, ref, k === 0, context) ?? all[i]!.text);
  return {
    // A name its owner writes in lower case keeps it at the start of a sentence ("boyd says"), as in the overview.
    summary: parts.map((p) => (ref.named && /^\p{Ll}/u.test(ref.subject) && p.startsWith(ref.subject) ? p : capitalise(p))).join(' '),
    sentences: chosen.map((i) => ({ text: all[i]!.text, paragraph: all[i]!.paragraph })),
  };
}
