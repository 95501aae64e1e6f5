/** One study section: heading, question, numbered answer, summary, key terms and prompts. */
import type { Edition, Guide, Paragraph, Section } from '../../model.js';
import { isStatement, speakerName } from '../format.js';
import { formatCount, heading2, heading3, paragraph, paragraphStart, promptList, promptListStart, termList, termListStart, turnRuns } from './blocks.js';
import type { Flow, Run, Struct } from './flow.js';
import { COLORS, SPACE, STYLES } from './theme.js';

/** Short names for labels ("Julián Castro-Rea", without "Dr"). */
function shortName(guide: Guide, label: string): string {
  return speakerName(guide, label).replace(/^(Dr|Prof|Professor|Mr|Mrs|Ms|Mx)\.?\s+/, '');
}

/** The question's paragraphs, the box they are set in, beside the accent bar, and the height they take, each with its space after. */
function questionLayout(flow: Flow, section: Section): { paragraphs: readonly Paragraph[]; box: { x: number; width: number }; height: number } {
  const paragraphs: readonly Paragraph[] = section.questionParagraphs.length
    ? section.questionParagraphs
    : [{ number: NaN, text: section.question }];
  const inset = 12;
  const box = { x: flow.column.x + inset, width: flow.column.width - inset };
  const height = paragraphs.reduce((h, p) => h + flow.measure([{ text: p.text, style: STYLES.question }], box) + SPACE.paragraph, 0);
  return { paragraphs, box, height };
}

/** The teacher edition's line on the section's reading level, under its heading. */
function readingNote(section: Section): Run[] {
  const r = section.readability;
  return [{ text: `Reading level: grade ${r.grade.toFixed(1)} (Flesch–Kincaid) · ${formatCount(r.words)} words · ${r.sentences} sentences · about ${r.minutes} min`, style: STYLES.note }];
}

/** Space after the teacher's reading-level line. */
const AFTER_NOTE = 4;

/** The question, set in italic beside an accent bar. */
function question(flow: Flow, parent: Struct, guide: Guide, section: Section): void {
  const asker = shortName(guide, section.asker);
  const { paragraphs, box, height: total } = questionLayout(flow, section);
  heading3(flow, parent, `${asker} asks`, Math.min(total, (flow.bottom - flow.top) / 3));
  const start = flow.y;
  const page = flow.doc.page;
  for (const p of paragraphs) {
    paragraph(flow, parent, [{ text: p.text, style: STYLES.question }], { box, ...(Number.isNaN(p.number) ? {} : { number: p.number }) });
  }
  if (flow.doc.page === page) {
    const end = flow.y - SPACE.paragraph - STYLES.question.lineGap - 1;
    flow.artifact(() => {
      flow.doc.save().rect(flow.column.x, start + 1, 2.5, end - start).fill(COLORS.accent).restore();
    });
  }
}

/** The answer's paragraphs as set: a second answerer or the questioner's "Thank you" says who speaks; so does the answerer taking the turn back. */
function answerTurns(guide: Guide, section: Section): { p: Paragraph; runs: Run[] }[] {
  const paragraphs: readonly Paragraph[] = section.answerParagraphs.length
    ? section.answerParagraphs
    : section.answer.map((text) => ({ number: NaN, text }));
  let current = section.answerers[0];
  return paragraphs.map((p) => {
    const who = p.speaker && p.speaker !== current ? speakerName(guide, p.speaker) : null;
    if (p.speaker) current = p.speaker;
    return { p, runs: turnRuns(who, p.text) };
  });
}

/** The answer's paragraphs with their numbers in the margin, naming the speaker wherever the turn changes hands. */
function answer(flow: Flow, parent: Struct, guide: Guide, section: Section): void {
  const names = section.answerers.map((a) => shortName(guide, a)).join(' and ') || 'The answer';
  const turns = answerTurns(guide, section);
  const first = turns[0];
  const label = !section.answerers.length ? 'No answer was given' : isStatement(section) ? `${names} speaks` : `${names} answers`;
  heading3(flow, parent, label, first ? paragraphStart(flow, first.runs) : 0);
  for (const { p, runs } of turns) paragraph(flow, parent, runs, Number.isNaN(p.number) ? {} : { number: p.number });
}

/**
 * Room for the question and the start of its answer, so the question is not parted from it: as much
 * of the first answer paragraph as the answer's label keeps with it (all of a short one).
 */
function openingHeight(flow: Flow, guide: Guide, section: Section, edition: Edition): number {
  const label = flow.lineHeight(STYLES.h3) + SPACE.beforeH3 + SPACE.afterH3;
  const note = edition === 'teacher' ? flow.measure(readingNote(section)) + AFTER_NOTE : 0;
  const first = answerTurns(guide, section)[0];
  const answerStart = first ? paragraphStart(flow, first.runs) : flow.lineHeight(STYLES.body) * 2;
  const asked = isStatement(section) ? 0 : label + questionLayout(flow, section).height;
  const wanted = note + asked + label + answerStart;
  // At most half a page: a long question starts where there is room and runs on, rather than leaving more than half a page blank.
  return Math.min(wanted, (flow.bottom - flow.top) / 2);
}

/** A whole study section under its own Sect element, with a bookmark. */
export function studySection(flow: Flow, root: Struct, guide: Guide, section: Section, edition: Edition): void {
  const sect = flow.tag(root, 'Sect');
  heading2(flow, sect, `${section.number}. ${section.topic}`, openingHeight(flow, guide, section, edition));
  if (edition === 'teacher') paragraph(flow, sect, readingNote(section), { after: AFTER_NOTE });
  if (!isStatement(section)) question(flow, sect, guide, section);
  answer(flow, sect, guide, section);
  if (section.summary) {
    const runs = [{ text: section.summary, style: STYLES.ui }];
    heading3(flow, sect, 'Summary', paragraphStart(flow, runs));
    paragraph(flow, sect, runs);
  }
  if (section.keyTerms.length) {
    heading3(flow, sect, 'Key terms', termListStart(flow, section.keyTerms, edition));
    termList(flow, sect, section.keyTerms, edition);
  }
  if (section.prompts.length) {
    const options = { edition, lines: SPACE.writeLines };
    heading3(flow, sect, 'Discussion', promptListStart(flow, section.prompts, options));
    promptList(flow, sect, section.prompts, options);
  }
  sect.end();
}
