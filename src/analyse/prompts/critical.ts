/** "Reading critically" for opinion pieces: publisher, voices, fact and opinion, framing, other perspectives. */
import type { Interview, Prompt } from '../../model.js';
import { sentencesOf, type SourceSentence } from '../summary/sentences.js';
import { firstParagraph, frequentNames, mainVoice, listOf } from './names.js';
import { makePrompt, quoted, isWellFormed } from './phrasing.js';

const OPINION_KICKER = /\b(?:opinion|viewpoints?|comment(?:ary)?|editorial|op-?ed|perspectives?|analysis|column)\b/i;
const PREMISE = /\b(?:(?:some|many|several|other|most)\s+(?:analysts|observers|critics|experts|commentators|people|scholars|economists|officials|politicians|historians|voices)\s+(?:\w+\s+)?(?:suggest|say|argue|believe|claim|think|warn|contend|note|insist|fear|maintain)s?|critics\s+(?:argue|say|claim)|it is (?:widely )?(?:said|believed|argued|claimed))\b/i;

/** Whether the piece is opinion: its kicker says so, or its questions carry premises ("Some analysts suggest …"). */
export function isOpinionPiece(interview: Interview): boolean {
  if (interview.kicker && OPINION_KICKER.test(interview.kicker)) return true;
  return interview.exchanges.some((e) => e.question.some((p) => PREMISE.test(p.text)));
}

const OPINION_WORDS = /\b(?:must|should|in my opinion|outrageous|obvious|high time|needs? to|the most important|best|worst)\b/i;
const FACT_MARKS = /(?:\d|\bpoll\b|\bsurvey\b|\bpercent\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)/;

/** A short checkable statement (figures, dates, polls) and a short opinion from the text. */
function factAndOpinion(iv: Interview): { fact: SourceSentence; opinion: SourceSentence } | null {
  const all = [...sentencesOf(iv.context), ...iv.exchanges.flatMap((e) => sentencesOf([...e.question, ...e.answer]))];
  const short = (s: SourceSentence) => s.words >= 6 && s.words <= 32 && !/\?\s*["”]?$/.test(s.text);
  const fact = all.find((s) => short(s) && FACT_MARKS.test(s.text) && !OPINION_WORDS.test(s.text) && !/\b(?:I|we|you)\b/.test(s.text));
  const answers = iv.exchanges.flatMap((e) => sentencesOf(e.answer));
  const opinion = answers.filter((s) => short(s) && OPINION_WORDS.test(s.text)).sort((a, b) => a.words - b.words)[0];
  return fact && opinion ? { fact, opinion } : null;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EVENT = /(?:^|\s)((?:\p{Lu}[\p{L}.-]+ )*\p{Lu}[\p{L}-]+) (?:began|begins|made|makes|paid|pays|started|starts|held|holds|attended|attends|completed|opened|launched|announced) (?:his|her|their|its|a|an|the) (?:[\p{Ll}-]+ )?(visit|trip|tour|talks|summit|meeting|campaign|inquiry|review|strike) ((?:to|with|in|on) (?:the )?\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)*)/u;
const OPINION_TITLE = /\b(?:should|must|needs? to|ought|will|can|why|how)\b|[?!]/i;

/**
 * What the piece is about, for finding another source: an event the editor's note reports ("Carney's
 * January 2026 visit to China"), else a headline that is not itself an opinion, else nothing.
 */
export function subjectOf(interview: Interview): string | null {
  const note = interview.context.map((p) => p.text).join(' ');
  const m = EVENT.exec(note);
  if (m) {
    const who = m[1]!.split(/\s+/).at(-1)!;
    const month = interview.published ? `${MONTHS[Number(interview.published.slice(5, 7)) - 1]} ${interview.published.slice(0, 4)} ` : '';
    return `${who}'s ${month}${m[2]} ${m[3]}`;
  }
  const title = interview.title?.trim();
  return title && !OPINION_TITLE.test(title) ? `the subject of ${quoted(title)}` : null;
}

/** Up to five prompts on source and perspective; empty when the piece is not opinion. */
export function writeReadingCritically(interview: Interview): Prompt[] {
  if (!isOpinionPiece(interview)) return [];
  const { ref } = mainVoice(interview);
  const out: Prompt[] = [];
  const anchor = interview.context[0]?.number ?? firstParagraph(interview) ?? 1;
  const kicker = interview.kicker ? ` under the label ${quoted(interview.kicker)}` : '';
  out.push(makePrompt('evaluate', interview.publication
    ? `This interview was published by ${interview.publication}${kicker}. How might the publisher's point of view shape which questions are asked and how the answers are presented?`
    : `Who published this interview${kicker}, and how might the publisher's point of view shape which questions are asked?`, [], [anchor]));
  const present = interview.speakers.filter((s) => s.part !== 'moderator').map((s) => s.name ?? s.label);
  const missing = frequentNames(interview).filter((n) => n.name.split(/\s+/).length <= 3).slice(0, 3);
  if (missing.length) {
    out.push(makePrompt('evaluate', `The only voices in this interview are ${listOf(present)}. Whose views are missing (think of everyone the answers talk about, such as ${listOf(missing.map((m) => m.name))}), and what might they say?`, missing.map((m) => m.sentences[0]!)));
  }
  const fo = factAndOpinion(interview);
  if (fo) {
    out.push(makePrompt('analyse', `Compare these two statements: ${quoted(fo.fact.text)} and ${quoted(fo.opinion.text)}. Which is a fact that could be checked, and which is an opinion? How can you tell?`, [fo.fact, fo.opinion]));
  }
  for (const e of interview.exchanges) {
    const premise = sentencesOf(e.question).find((s) => PREMISE.test(s.text));
    if (!premise || !e.answer.length) continue;
    const clause = premise.words <= 30 ? premise.text : premise.text.split(/,\s+/)[0]!;
    out.push(makePrompt('analyse', `The question in section ${e.number} begins from a premise: ${quoted(clause)}. How does this framing shape ${ref.possessive} answer, and how might a differently worded question have changed it?`, [premise, ...sentencesOf(e.answer).slice(0, 1)]));
    break;
  }
  const topic = subjectOf(interview);
  out.push(makePrompt('connect', topic
    ? `Find another source on ${topic}, written from a different point of view. What does it say that this interview leaves out?`
    : `Find another source on the subject of this interview, written from a different point of view. What does it say that this interview leaves out?`, [], [anchor]));
  return out.filter(isWellFormed);
}
