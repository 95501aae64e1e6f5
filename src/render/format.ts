/** Small, pure formatting used by every writer, so the Markdown and the PDF say the same thing. */
import type { Guide, KeyTerm, Prompt, PromptLevel, Section, Speaker, DefinitionSource, TermKind } from '../model.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-01-15" → "15 January 2026"; anything else is returned as it is. */
export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** "Global Times, 15 January 2026" — the citation used in footers and front matter; never a file name. */
export function formatCitation(guide: Guide): string {
  return [guide.publication ?? guide.author, formatDate(guide.published)].filter(Boolean).join(', ') || guide.title;
}

/** "(¶3, ¶4)" for a prompt's paragraphs; "" when it cites none. */
export function formatCitationMarks(paragraphs: readonly number[]): string {
  const unique = [...new Set(paragraphs)].sort((a, b) => a - b);
  return unique.length ? `(${unique.map((n) => `¶${n}`).join(', ')})` : '';
}

/** The prompt's text with its paragraph citation appended. */
export function formatPrompt(prompt: Prompt): string {
  const marks = formatCitationMarks(prompt.paragraphs);
  return marks ? `${prompt.text} ${marks}` : prompt.text;
}

const LEVEL_NAMES: Record<PromptLevel, string> = {
  understand: 'Understand',
  analyse: 'Analyse',
  evaluate: 'Evaluate',
  connect: 'Connect',
};

/** A level's name for students. */
export function formatLevel(level: PromptLevel): string {
  return LEVEL_NAMES[level];
}

const SOURCE_NAMES: Record<DefinitionSource, string> = {
  teacher: "teacher's glossary",
  article: 'the article',
  wordnet: 'WordNet 3.1',
  context: 'context in the article',
};

/** Where a definition came from, for the teacher edition: "WordNet 3.1", or "WordNet 3.1, for “strategy”" when it is built on one word's entry. */
export function formatSource(source: DefinitionSource, word?: string): string {
  return word && source === 'wordnet' ? `${SOURCE_NAMES[source]}, for “${word}”` : SOURCE_NAMES[source];
}

const KIND_NAMES: Record<TermKind, string> = {
  person: 'person',
  organisation: 'organisation',
  place: 'place',
  concept: 'idea',
};

/** A term kind for students ("idea" reads better than "concept" at 16). */
export function formatKind(kind: TermKind): string {
  return KIND_NAMES[kind];
}

/** The name to show beside a turn: the full name, else the role ("Senior administration official"), else "Interviewer"; never a raw label. */
export function speakerName(guide: Guide, label: string): string {
  const speaker = guide.speakers.find((s) => s.label === label);
  if (!speaker) return label;
  if (speaker.name) return speaker.name;
  if (speaker.role && speaker.role.toLowerCase() !== 'interviewer') return capitalise(speaker.role);
  return PART_NAMES[speaker.part];
}

const PART_DOES: Record<Speaker['part'], string> = { interviewer: 'asks the questions', interviewee: 'answers the questions', moderator: 'chairs the conversation' };

/** "Who is who": "Xia Wenxin (GT)" and "Global Times reporter; asks the questions", from name, role and part; the description stands in when there is no name. */
export function whoIsWho(speaker: Speaker): { readonly name: string; readonly about: string } {
  const same = (a: string | null, b: string | null) => Boolean(a && b && a.toLowerCase() === b.toLowerCase());
  if (!speaker.name) return { name: speaker.label, about: speaker.description || PART_NAMES[speaker.part] };
  const name = same(speaker.name, speaker.label) ? speaker.name : `${speaker.name} (${speaker.label})`;
  const role = speaker.role?.replace(/^(a|an|the)\s+/i, '').replace(/[.;,\s]+$/, '') || null;
  const useful = role && !same(role, speaker.name) && !same(role, speaker.label) && role.toLowerCase() !== speaker.part;
  return { name, about: `${useful ? `${role}; ` : ''}${PART_DOES[speaker.part]}.` };
}

/** Where a key term is cited: "¶15" (the paragraph where it matters in its section, not always its first use), or "added by the teacher". */
export function formatTermPlace(term: KeyTerm): string {
  return term.firstParagraph > 0 ? `¶${term.firstParagraph}` : 'added by the teacher';
}

const PART_NAMES: Record<Speaker['part'], string> = { interviewer: 'Interviewer', interviewee: 'Interviewee', moderator: 'Moderator' };

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Reading and discussion minutes for the teacher's lesson outline. */
export interface LessonStep {
  readonly step: string;
  readonly minutes: number;
  readonly what: string;
}

/** A short lesson outline (read, discuss, write), sized from the article's reading time. */
export function lessonOutline(guide: Guide): LessonStep[] {
  const sections = guide.sections.length;
  const read = Math.max(5, Math.ceil(guide.readability.minutes * 1.5));
  const discuss = Math.min(30, Math.max(10, sections * 4));
  return [
    { step: 'Before you read', minutes: 5, what: 'Introduce the speakers and the context; pose the two anticipation questions.' },
    { step: 'Read', minutes: read, what: `Students read the ${sections} section${sections === 1 ? '' : 's'} and note the key terms.` },
    { step: 'Discuss', minutes: discuss, what: 'Small groups take one section each and answer its prompts, citing paragraphs.' },
    { step: 'Write', minutes: 10, what: 'Each student answers one evaluate or connect prompt in a paragraph, with evidence.' },
  ];
}

/** Whether a section is an opening statement: what the interviewees said before the first question, which answers none. */
export function isStatement(section: Section): boolean {
  return section.questionParagraphs.length === 0 && section.question.trim() === '';
}

/** "7 questions and answers", or "an opening statement and 4 questions and answers": what the sections hold. */
export function formatSectionCount(sections: readonly Section[]): string {
  const statements = sections.filter(isStatement).length;
  const asked = sections.length - statements;
  const qa = `${asked} question${asked === 1 ? '' : 's'} and answer${asked === 1 ? '' : 's'}`;
  if (statements === 0) return qa;
  const opening = statements === 1 ? 'an opening statement' : `${statements} statements`;
  return asked === 0 ? opening : `${opening} and ${qa}`;
}
