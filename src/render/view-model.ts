/** Guide → the data a Markdown template places. Code computes and escapes here; templates only place. */
import type { Edition, Guide, Prompt, Section } from '../model.js';
import { escapeBlock, escapeInline, yamlString } from './markdown-escape.js';
import {
  formatCitation,
  isStatement,
  formatCitationMarks,
  formatDate,
  formatKind,
  formatLevel,
  formatSource,
  formatTermPlace,
  whoIsWho,
  lessonOutline,
  speakerName,
} from './format.js';

/** A prompt ready to place. */
export interface PromptView {
  readonly number: number;
  readonly text: string;
  readonly level: string;
  readonly cites: string;
  readonly evidence: readonly string[];
}

/** What every template receives. */
export interface GuideView {
  readonly teacher: boolean;
  readonly edition: Edition;
  readonly frontMatter: readonly { key: string; value: string }[];
  readonly speakersFrontMatter: readonly { label: string; name: string | null; role: string }[];
  readonly title: string;
  readonly kicker: string | null;
  readonly course: string | null;
  readonly byline: string;
  readonly speakers: readonly string[];
  readonly context: readonly string[];
  /** "Context: the editor’s note" when the article has one, else "Context" (the PDF's heading too). */
  readonly contextHeading: string;
  readonly closing: readonly string[];
  readonly overview: string;
  readonly beforeReading: readonly PromptView[];
  readonly sections: readonly SectionView[];
  readonly afterReading: readonly PromptView[];
  readonly readingCritically: readonly PromptView[];
  readonly glossary: readonly { term: string; definition: string; sections: string; source: string }[];
  readonly readability: string;
  readonly lesson: readonly { step: string; minutes: number; what: string }[];
  readonly generator: string;
}

/** One section ready to place. */
export interface SectionView {
  readonly number: number;
  readonly topic: string;
  readonly asker: string;
  readonly answerer: string;
  readonly question: readonly string[];
  /** An opening statement: what is said before the first question, which answers none. */
  readonly statement: boolean;
  readonly answer: readonly string[];
  readonly unanswered: boolean;
  readonly summary: string;
  readonly keyTerms: readonly { term: string; kind: string; definition: string; cites: string; source: string }[];
  readonly prompts: readonly PromptView[];
  readonly readability: string;
}

/** Builds the view for one edition. */
export function buildView(guide: Guide, edition: Edition): GuideView {
  const date = formatDate(guide.published);
  const frontMatter = [
    { key: 'title', value: yamlString(guide.title) },
    { key: 'source', value: yamlString(formatCitation(guide)) },
    ...(guide.published ? [{ key: 'date', value: guide.published }] : []),
    ...(guide.course ? [{ key: 'course', value: yamlString(guide.course) }] : []),
    { key: 'edition', value: edition },
  ];
  return {
    teacher: edition === 'teacher',
    edition,
    frontMatter,
    speakersFrontMatter: guide.speakers.map((s) => ({
      label: yamlString(s.label),
      // Omitted when the article names no one: the label is not a name.
      name: s.name ? yamlString(s.name) : null,
      role: yamlString(s.role ?? s.part),
    })),
    title: escapeInline(guide.title),
    kicker: guide.kicker ? escapeInline(guide.kicker) : null,
    course: guide.course ? escapeInline(guide.course) : null,
    byline: escapeInline([guide.kicker, guide.publication, date, guide.author && guide.author !== guide.publication && `by ${guide.author}`].filter(Boolean).join(' · ')),
    // The same words as the PDF's "who is who": name (label), role; what they do.
    speakers: guide.speakers.map((s) => {
      const who = whoIsWho(s);
      return `**${escapeInline(who.name)}** — ${escapeInline(who.about)}`;
    }),
    contextHeading: guide.editorsNote ? 'Context: the editor’s note' : 'Context',
    context: guide.context.map((p) => `**¶${p.number}** ${p.speaker ? `*${escapeInline(speakerName(guide, p.speaker))}:* ` : ''}${escapeInline(p.text)}`),
    closing: (guide.closing ?? []).map((p) => `**¶${p.number}** ${p.speaker ? `*${escapeInline(speakerName(guide, p.speaker))}:* ` : ''}${escapeInline(p.text)}`),
    overview: escapeBlock(guide.overview),
    beforeReading: guide.beforeReading.map(promptView),
    sections: guide.sections.map((s) => sectionView(guide, s)),
    afterReading: guide.afterReading.map(promptView),
    readingCritically: guide.readingCritically.map(promptView),
    glossary: guide.glossary.map((g) => ({
      term: escapeInline(g.term),
      definition: escapeInline(g.definition),
      sections: g.sections.length ? `(section${g.sections.length > 1 ? 's' : ''} ${g.sections.join(', ')})` : '',
      source: formatSource(g.source, g.sourceWord),
    })),
    readability: describeReadability(guide.readability),
    lesson: lessonOutline(guide),
    generator: guide.generator,
  };
}

function sectionView(guide: Guide, section: Section): SectionView {
  const asker = escapeInline(speakerName(guide, section.asker));
  const answerer = escapeInline(section.answerers.map((l) => speakerName(guide, l)).join(' and ') || 'No answer');
  return {
    number: section.number,
    topic: escapeInline(section.topic),
    asker,
    answerer,
    question: section.questionParagraphs.map((p) => `**¶${p.number}** ${escapeInline(p.text)}`),
    // A turn by someone other than the main answerer (a second answerer, the questioner's thanks) says who speaks.
    answer: section.answerParagraphs.map((p) => {
      const who = p.speaker && p.speaker !== section.answerers[0] ? `*${escapeInline(speakerName(guide, p.speaker))}:* ` : '';
      return `**¶${p.number}** ${who}${escapeInline(p.text)}`;
    }),
    statement: isStatement(section),
    unanswered: section.answerParagraphs.length === 0,
    summary: escapeBlock(section.summary),
    keyTerms: section.keyTerms.map((t) => ({
      term: escapeInline(t.term),
      kind: formatKind(t.kind),
      definition: escapeInline(t.definition),
      cites: formatTermPlace(t),
      source: formatSource(t.source, t.sourceWord),
    })),
    prompts: section.prompts.map(promptView),
    readability: describeReadability(section.readability),
  };
}

function promptView(prompt: Prompt, index: number): PromptView {
  return {
    number: index + 1,
    text: escapeInline(prompt.text),
    level: formatLevel(prompt.level),
    cites: formatCitationMarks(prompt.paragraphs),
    evidence: (prompt.evidence ?? []).map((e) => `${escapeInline(e.text)} (¶${e.paragraph})`),
  };
}

function describeReadability(r: { words: number; grade: number; minutes: number }): string {
  return `${r.words} words, grade level ${r.grade.toFixed(1)} (Flesch–Kincaid), about ${r.minutes} min to read`;
}
