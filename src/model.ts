/**
 * The document model: plain, readonly, JSON-serialisable types and no logic.
 * `Interview` is what the article says (parse stage); `Guide` is what we add (analyse stage).
 * Paragraph numbers are the article's own: every content paragraph (editor's note, opening
 * remarks, questions, answers) is numbered from 1 in reading order, so a student can cite "¶12".
 */

/** Where a text came from, for messages and for file names. */
export interface SourceFile {
  /** The input's file name as given (e.g. "canada-china-interview.txt"). */
  readonly name: string;
  /** The reader that understood it. */
  readonly format: 'txt' | 'md' | 'html' | 'docx';
}

/** A numbered paragraph of the article. */
export interface Paragraph {
  /** 1-based number in reading order across the whole article. */
  readonly number: number;
  readonly text: string;
  /** The label of the speaker who says it (e.g. "JCR"), where there is one. */
  readonly speaker?: string;
}

/** Whether a speaker asks or answers. */
export type SpeakerPart = 'interviewer' | 'interviewee' | 'moderator';

/** A person in the interview, as the article names them. */
export interface Speaker {
  /** The label used in the text ("GT", "JCR", "Q", "SENIOR ADMINISTRATION OFFICIAL"). */
  readonly label: string;
  /** Full name where the article gives it ("Dr Julián Castro-Rea"), else null. */
  readonly name: string | null;
  /** Job or position where the article gives it ("political science professor at the University of Alberta in Canada"). */
  readonly role: string | null;
  /** One sentence a student can read: who they are in this article. */
  readonly description: string;
  readonly part: SpeakerPart;
}

/** One question and its whole answer. */
export interface Exchange {
  /** 1-based section number. */
  readonly number: number;
  /** Label of the speaker who asks; '' for an opening statement, which answers no question (see `question`). */
  readonly asker: string;
  /** Labels of those who answer (usually one). */
  readonly answerers: readonly string[];
  /** The question's paragraphs (usually one); none for an opening statement (what the interviewees say before the first question, under the heading "Opening statement"). */
  readonly question: readonly Paragraph[];
  /** The answer's paragraphs in order; empty when the question went unanswered. */
  readonly answer: readonly Paragraph[];
  /** A heading the article put above this exchange, if any. */
  readonly heading?: string;
}

/** A problem with the content that did not stop the build. */
export interface Warning {
  readonly code: string;
  readonly message: string;
  /** 1-based line of the input, where one applies. */
  readonly line?: number;
}

/** What the article says. */
export interface Interview {
  readonly source: SourceFile;
  readonly title: string | null;
  /** Section label above the headline ("OPINION / VIEWPOINT"). */
  readonly kicker: string | null;
  /** Publication date as an ISO date (YYYY-MM-DD). */
  readonly published: string | null;
  /** The publication's name where the text names it ("Global Times"). */
  readonly publication: string | null;
  readonly author: string | null;
  /** The editor's note (or introduction) as one string; its paragraphs are in `context`. */
  readonly editorsNote: string | null;
  readonly speakers: readonly Speaker[];
  /** Numbered paragraphs before the first question: editor's note, intro, opening remarks. */
  readonly context: readonly Paragraph[];
  readonly exchanges: readonly Exchange[];
  /** Numbered paragraphs after the last answer (the interviewer's closing words, a sign-off), when there are any. */
  readonly closing?: readonly Paragraph[];
  readonly warnings: readonly Warning[];
}

/** A sentence of the article with the paragraph it came from. */
export interface SourcedSentence {
  readonly text: string;
  readonly paragraph: number;
}

/** Where a definition came from, in order of trust. */
export type DefinitionSource = 'teacher' | 'article' | 'wordnet' | 'context';

/** The kind of a key term. */
export type TermKind = 'person' | 'organisation' | 'place' | 'concept';

/** A term a student must know, defined as the article uses it. */
export interface KeyTerm {
  readonly term: string;
  readonly definition: string;
  readonly kind: TermKind;
  /** Paragraph where the term first appears in its section. */
  readonly firstParagraph: number;
  readonly source: DefinitionSource;
  /** For a WordNet definition of a phrase WordNet lacks, the word whose sense it is built on ("strategy" for "dual-track strategy"). */
  readonly sourceWord?: string;
  /** Title or role split off a name ("Canadian Foreign Minister"), when there is one. */
  readonly description?: string;
  /** Other forms seen in the text ("the Meng Wanzhou affair", "Meng"). */
  readonly variants?: readonly string[];
}

/** Levels of thinking, from recall upward. */
export type PromptLevel = 'understand' | 'analyse' | 'evaluate' | 'connect';

/** A discussion question grounded in the text. */
export interface Prompt {
  readonly text: string;
  readonly level: PromptLevel;
  /** Paragraphs the prompt draws on. */
  readonly paragraphs: readonly number[];
  /** For the teacher: the sentences that answer it. */
  readonly evidence?: readonly SourcedSentence[];
  /** True for a prompt the teacher added in a sidecar. */
  readonly fromTeacher?: boolean;
}

/** Reading level of a passage. */
export interface Readability {
  readonly words: number;
  readonly sentences: number;
  /** Flesch–Kincaid grade level, one decimal. */
  readonly grade: number;
  /** Minutes to read at 200 words a minute, rounded up. */
  readonly minutes: number;
}

/** One study section: an exchange and what we add to it. */
export interface Section {
  readonly number: number;
  /** A short topic drawn from the question. */
  readonly topic: string;
  readonly asker: string;
  readonly answerers: readonly string[];
  /** The question as one string. */
  readonly question: string;
  readonly questionParagraphs: readonly Paragraph[];
  /** The answer's paragraphs as strings, in order. */
  readonly answer: readonly string[];
  readonly answerParagraphs: readonly Paragraph[];
  readonly summary: string;
  readonly summarySentences: readonly SourcedSentence[];
  readonly keyTerms: readonly KeyTerm[];
  readonly prompts: readonly Prompt[];
  readonly readability: Readability;
}

/** A glossary entry: every key term, with the sections it appears in. */
export interface GlossaryEntry {
  readonly term: string;
  readonly definition: string;
  readonly kind: TermKind;
  readonly source: DefinitionSource;
  /** As KeyTerm.sourceWord. */
  readonly sourceWord?: string;
  readonly sections: readonly number[];
}

/** What a teacher adds around the text. */
export interface Guide {
  readonly source: SourceFile;
  readonly title: string;
  readonly kicker: string | null;
  readonly published: string | null;
  readonly publication: string | null;
  readonly author: string | null;
  readonly editorsNote: string | null;
  /** A teacher's course name for the cover, from a sidecar. */
  readonly course?: string;
  readonly speakers: readonly Speaker[];
  readonly context: readonly Paragraph[];
  /** Numbered paragraphs after the last answer (a sign-off, closing remarks); analyse always sets it. */
  readonly closing?: readonly Paragraph[];
  /** Two or three sentences on the whole interview. */
  readonly overview: string;
  readonly beforeReading: readonly Prompt[];
  readonly sections: readonly Section[];
  readonly afterReading: readonly Prompt[];
  /** Prompts on perspective and source; empty unless the piece is opinion or its questions carry premises. */
  readonly readingCritically: readonly Prompt[];
  readonly isOpinion: boolean;
  readonly glossary: readonly GlossaryEntry[];
  readonly readability: Readability;
  readonly warnings: readonly Warning[];
  /** The tool's name and version, for the PDF's Creator. */
  readonly generator: string;
}

/** The prompts a guide ends with: after reading, and for reading critically (see GuideParts in ./analyse/index.ts). */
export type BackMatter = Pick<Guide, 'afterReading' | 'readingCritically'>;

/** Which handout to write. */
export type Edition = 'student' | 'teacher';
