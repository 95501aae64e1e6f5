/** A stand-in guide made of the article's own text, for the PDF worker to warm up on while the real one is analysed. */
import type { Guide, Interview, Readability } from '../model.js';

const NO_READABILITY: Readability = { words: 0, sentences: 0, grade: 0, minutes: 0 };

/** About a classroom interview's length: enough to warm up on, never longer than the analysis it runs beside. */
const DRAFT_CHARS = 20_000;

/** The interview's first questions and answers (up to about 20,000 characters) laid out as a guide with nothing added. */
export function draftGuide(interview: Interview): Guide {
  let chars = 0;
  const exchanges = interview.exchanges.filter((e) => {
    const keep = chars < DRAFT_CHARS;
    chars += [...e.question, ...e.answer].reduce((n, p) => n + p.text.length, 0);
    return keep;
  });
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
    overview: '',
    beforeReading: [],
    sections: exchanges.map((e) => ({
      number: e.number,
      topic: e.heading ?? '',
      asker: e.asker,
      answerers: e.answerers,
      question: e.question.map((p) => p.text).join('\n\n'),
      questionParagraphs: e.question,
      answer: e.answer.map((p) => p.text),
      answerParagraphs: e.answer,
      summary: '',
      summarySentences: [],
      keyTerms: [],
      prompts: [],
      readability: NO_READABILITY,
    })),
    afterReading: [],
    readingCritically: [],
    isOpinion: false,
    glossary: [],
    readability: NO_READABILITY,
    warnings: [],
    generator: '',
  };
}
