/**
 * A stand-in guide made of the article's own text, for the PDF worker to warm up on while the real
 * one is analysed: every kind of block the real guide has (summaries, key terms, prompts with their
 * evidence, the glossary, the prompts for reading critically), filled with the article's sentences,
 * so that the code that sets them is compiled and the article's words are shaped before the real
 * guide arrives. Nothing of it is ever shown.
 */
import type { Guide, Interview, KeyTerm, Paragraph, Prompt, PromptLevel, Readability } from '../model.js';

const NO_READABILITY: Readability = { words: 0, sentences: 0, grade: 0, minutes: 0 };

/** About a classroom interview's length: enough to warm up on (the worker stops when the real guide comes). */
const DRAFT_CHARS = 20_000;

const LEVELS: readonly PromptLevel[] = ['understand', 'analyse', 'evaluate', 'connect'];

/** The paragraph's first sentence, or its first 200 characters. */
function firstSentence(text: string): string {
  const end = text.search(/[.?!](?:\s|$)/);
  return (end > 0 && end < 200 ? text.slice(0, end + 1) : text.slice(0, 200)).trim();
}

/** A prompt of each level made of the paragraphs' sentences, with the next sentence as its evidence. */
function draftPrompts(paragraphs: readonly Paragraph[]): Prompt[] {
  const first = paragraphs[0];
  if (!first) return [];
  return LEVELS.map((level, i) => {
    const p = paragraphs[i % paragraphs.length]!;
    return { text: firstSentence(p.text), level, paragraphs: [p.number], evidence: [{ text: firstSentence(first.text), paragraph: first.number }] };
  });
}

/** A key term: the paragraph's longest word, defined by its first sentence. */
function draftTerm(paragraph: Paragraph | undefined): KeyTerm[] {
  if (!paragraph) return [];
  const word = paragraph.text
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}-]/gu, ''))
    .reduce((a, w) => (w.length > a.length ? w : a), '');
  return word ? [{ term: word, definition: firstSentence(paragraph.text), kind: 'concept', firstParagraph: paragraph.number, source: 'article' }] : [];
}

/** The interview's first questions and answers (up to about 20,000 characters) laid out as a guide, every block filled with its own text. */
export function draftGuide(interview: Interview): Guide {
  let chars = 0;
  const exchanges = interview.exchanges.filter((e) => {
    const keep = chars < DRAFT_CHARS;
    chars += [...e.question, ...e.answer].reduce((n, p) => n + p.text.length, 0);
    return keep;
  });
  const sections = exchanges.map((e) => ({
    number: e.number,
    topic: e.heading ?? '',
    asker: e.asker,
    answerers: e.answerers,
    question: e.question.map((p) => p.text).join('\n\n'),
    questionParagraphs: e.question,
    answer: e.answer.map((p) => p.text),
    answerParagraphs: e.answer,
    summary: e.answer[0] ? firstSentence(e.answer[0].text) : '',
    summarySentences: [],
    keyTerms: draftTerm(e.answer[1] ?? e.answer[0]),
    prompts: draftPrompts(e.answer),
    readability: NO_READABILITY,
  }));
  const all = exchanges.flatMap((e) => e.answer);
  return {
    source: interview.source,
    title: interview.title ?? interview.source.name,
    kicker: interview.kicker,
    published: interview.published,
    publication: interview.publication,
    author: interview.author,
    editorsNote: interview.editorsNote,
    speakers: interview.speakers,
    context: interview.context,
    overview: all.slice(0, 3).map((p) => firstSentence(p.text)).join(' '),
    beforeReading: draftPrompts(all.slice(0, 2)),
    sections,
    afterReading: draftPrompts(all.slice(2, 6)),
    readingCritically: draftPrompts(all.slice(6, 8)),
    isOpinion: true,
    glossary: sections.flatMap((s) => s.keyTerms.map((t) => ({ term: t.term, definition: t.definition, kind: t.kind, source: t.source, sections: [s.number] }))),
    readability: NO_READABILITY,
    warnings: [],
    generator: '',
  };
}
