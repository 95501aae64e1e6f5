/** Interview → Guide: the analyse stage. Pure; wires the summary, key-term, prompt and readability passes. */
import type { BackMatter, Exchange, Guide, Interview, KeyTerm, Section, Speaker, Warning } from '../model.js';
import type { AnalyseOptions } from './options.js';
import { extractKeyTerms } from './key-terms/index.js';
import { summariseAnswer } from './summary/index.js';
import { summariseInterview } from './overview.js';
import { topicOf } from './topic.js';
import { measureReadability } from './readability.js';
import {
  isOpinionPiece,
  writeAfterReading,
  writeBeforeReading,
  writeReadingCritically,
  writeSectionPrompts,
} from './prompts/index.js';
import { GENERATOR } from '../version.js';
import { forgetTagged } from './nlp.js';
import { buildGlossaryFromSections, sectionTexts } from './glossary.js';

export type { AnalyseOptions, TeacherTerm } from './options.js';

/** Builds the study guide for an interview: summaries, key terms, prompts, glossary, readability. */
export function analyse(interview: Interview, options: AnalyseOptions = {}): Guide {
  const parts = analyseInParts(interview, options);
  return { ...parts.head, sections: [...parts.sections()], ...parts.back() };
}

/**
 * The guide in the order a reader meets it: `head` is everything but the sections' own study content
 * and the back matter's prompts (whole-article passes: key terms, overview, before reading,
 * glossary), with each section a skeleton that holds its final key terms, and `afterReading` and
 * `readingCritically` empty; `sections()` then makes each section in turn, and `back()` the prompts
 * after reading and for reading critically. A caller can start setting the guide while the rest is
 * made (the PDF worker does: its front matter needs only the head, and the back matter comes last).
 * `{ ...head, sections, ...back() }` is exactly analyse()'s guide. Take the sections and the back
 * matter before analysing another article: they reuse this article's tagging, which the next
 * article's analysis clears (they would be right, only slower).
 */
export interface GuideParts {
  readonly head: Guide;
  sections(): Generator<Section, void, undefined>;
  back(): BackMatter;
}

/** analyse(), in parts; see GuideParts. */
export function analyseInParts(interview: Interview, options: AnalyseOptions = {}): GuideParts {
  // The passes below share one article's tagging; nothing is kept from the article before.
  forgetTagged();
  const terms = extractKeyTerms(interview, { glossary: options.glossary, removeTerms: options.removeTerms });
  const allText = [...interview.context, ...interview.exchanges.flatMap((e) => [...e.question, ...e.answer]), ...(interview.closing ?? [])]
    .map((p) => p.text)
    .join('\n\n');
  const isOpinion = isOpinionPiece(interview);
  const warnings: Warning[] = [...interview.warnings];
  const head: Guide = {
    source: interview.source,
    title: options.title ?? interview.title ?? titleFromName(interview.source.name),
    kicker: interview.kicker,
    published: interview.published,
    publication: interview.publication,
    author: interview.author,
    editorsNote: interview.editorsNote,
    ...(options.course ? { course: options.course } : {}),
    speakers: interview.speakers,
    context: interview.context,
    closing: interview.closing ?? [],
    overview: summariseInterview(interview),
    beforeReading: writeBeforeReading(interview, terms),
    sections: interview.exchanges.map((exchange, i) => skeleton(exchange, terms[i] ?? [])),
    // Made by back(), after the sections: the PDF's front matter and sections do not wait for them.
    afterReading: [],
    readingCritically: [],
    isOpinion,
    glossary: buildGlossaryFromSections(terms, sectionTexts(interview), interview.exchanges.map((e) => e.number)),
    readability: measureReadability(allText),
    warnings,
    generator: options.generator ?? GENERATOR,
  };
  function* sections(): Generator<Section, void, undefined> {
    for (const [i, exchange] of interview.exchanges.entries()) yield analyseSection(interview, exchange, head.sections[i]!);
  }
  let made: BackMatter | undefined;
  const back = (): BackMatter =>
    (made ??= { afterReading: writeAfterReading(interview, terms), readingCritically: isOpinion ? writeReadingCritically(interview) : [] });
  return { head, sections, back };
}

/** A section before its study content: the exchange, its topic and its key terms. */
function skeleton(exchange: Exchange, keyTerms: readonly KeyTerm[]): Section {
  const question = exchange.question.map((p) => p.text).join('\n\n');
  return {
    number: exchange.number,
    topic: exchange.heading && !exchange.heading.endsWith('?') ? exchange.heading : topicOf(question),
    asker: exchange.asker,
    answerers: exchange.answerers,
    question,
    questionParagraphs: exchange.question,
    answer: exchange.answer.map((p) => p.text),
    answerParagraphs: exchange.answer,
    summary: '',
    summarySentences: [],
    keyTerms,
    prompts: [],
    readability: { words: 0, sentences: 0, grade: 0, minutes: 0 },
  };
}

/** One section's study content (summary, prompts and readability), added to its skeleton. */
function analyseSection(interview: Interview, exchange: Exchange, base: Section): Section {
  const keyTerms = base.keyTerms;
  const answerer = speakerOf(interview.speakers, exchange.answerers[0]);
  // A questioner's "Thank you" inside the answer is not part of what the answer says.
  // Nor is a reply that only thanks ("Thanks for having me."): there is nothing to summarise.
  const answered = exchange.answer.filter((p) => (p.speaker === undefined || p.speaker !== exchange.asker) && !isOnlyThanks(p.text));
  const { summary, sentences } = summariseAnswer(
    answered,
    { name: answerer?.name ?? null, label: exchange.answerers[0] ?? '' },
    { question: exchange.question },
  );
  return {
    ...base,
    summary,
    summarySentences: sentences,
    prompts: writeSectionPrompts({ exchange, interview, keyTerms }),
    readability: measureReadability(exchange.answer.map((p) => p.text).join('\n\n')),
  };
}

/** A short reply that only thanks or greets. */
function isOnlyThanks(text: string): boolean {
  return text.split(/\s+/).length <= 8 && /^(?:thanks|thank you|my pleasure|glad to be here|happy to be here)\b[^.?!]*[.!]?$/i.test(text.trim());
}

function speakerOf(speakers: readonly Speaker[], label: string | undefined): Speaker | undefined {
  return speakers.find((s) => s.label === label);
}

/** "canada-china_interview.txt" → "Canada china interview", when the article has no headline. */
function titleFromName(name: string): string {
  const stem = name.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ').trim();
  return stem ? stem.charAt(0).toUpperCase() + stem.slice(1) : 'Interview';
}
