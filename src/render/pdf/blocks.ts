/** The block types every part of the guide is built from: headings, numbered paragraphs, lists. */
import type { Edition, Guide, KeyTerm, Paragraph, Prompt } from '../../model.js';
import { formatCitationMarks, formatKind, formatLevel, formatSource, formatTermPlace, speakerName } from '../format.js';
import type { Box, Flow, Run, Struct } from './flow.js';
import { COLORS, SPACE, STYLES, type TextStyle } from './theme.js';

/** Height a heading needs below it for the block that follows (about three lines of text). */
export function followingLines(flow: Flow, lines = 3): number {
  return flow.lineHeight(STYLES.body) * lines;
}

/** A section heading (H2) with a rule, a bookmark and room for what follows. */
export function heading2(flow: Flow, parent: Struct, text: string, next: number = followingLines(flow)): void {
  const runs: Run[] = [{ text, style: STYLES.h2 }];
  flow.space(SPACE.beforeH2);
  const height = flow.measure(runs);
  flow.ensure(height + 4 + SPACE.afterH2 + next);
  flow.doc.outline.addItem(flow.guard.clean(text, STYLES.h2.font));
  flow.leaf(parent, 'H2', () => flow.write(runs));
  const ruleY = flow.y + 1;
  flow.rule(ruleY, COLORS.rule, 0.75);
  flow.y = ruleY + SPACE.afterH2;
}

/** A sub-heading (H3), kept with the start of what follows. */
export function heading3(flow: Flow, parent: Struct, text: string, next: number = followingLines(flow, 2)): void {
  const runs: Run[] = [{ text, style: STYLES.h3 }];
  flow.space(SPACE.beforeH3);
  flow.ensure(flow.measure(runs) + SPACE.afterH3 + next);
  flow.leaf(parent, 'H3', () => flow.write(runs));
  flow.y += SPACE.afterH3;
}

/** Options for a paragraph. */
export interface ParagraphOptions {
  /** The article's paragraph number, set in the left margin. */
  readonly number?: number;
  readonly box?: Box;
  readonly after?: number;
  readonly type?: string;
}

/** The height a paragraph needs at the foot of a page: all of a short one, the first lines of a long one. */
export function paragraphStart(flow: Flow, runs: readonly Run[], box: Box = flow.column): number {
  const first = runs[0];
  if (!first) return 0;
  return startHeight(flow, runs, box, flow.lineHeight(first.style));
}

/** paragraphStart, given the height of the first run's line. */
function startHeight(flow: Flow, runs: readonly Run[], box: Box, line: number): number {
  const height = flow.measure(runs, box);
  return height <= line * PARAGRAPH_START_LINES ? height : line * 2.5;
}

/** A paragraph of up to this many lines is kept whole at the foot of a page (see paragraphStart). */
const PARAGRAPH_START_LINES = 4.5;

/** A paragraph's runs with the speaker's name in italic before the text ("Senior administration official: Thank you."). */
export function turnRuns(who: string | null, text: string, style: TextStyle = STYLES.body): Run[] {
  const runs: Run[] = who ? [{ text: `${who}:\u00a0`, style: { ...style, font: 'serifItalic', color: COLORS.accent } }] : [];
  return [...runs, { text, style }];
}

/** A paragraph (P), with its ¶ number in the margin; short ones are kept whole. */
export function paragraph(flow: Flow, parent: Struct, runs: readonly Run[], options: ParagraphOptions = {}): void {
  const box = options.box ?? flow.column;
  const first = runs[0];
  if (!first) return;
  // paragraphStart asks for at most 4.5 lines: with that much room left, nothing need be measured.
  // Only for runs in one face: measuring shapes all the runs' text in the longest run's face, and a
  // face is shared by the process's documents, which keep the code points a glyph was first met by
  // (a label's "µ" met in the body's face decides the ToUnicode entry of the body's "μ").
  const line = flow.lineHeight(first.style);
  const oneFace = runs.every((r) => r.style.font === first.style.font);
  if (oneFace && !flow.continuing && flow.remaining() >= line * PARAGRAPH_START_LINES) flow.prepareMeasure(runs);
  else flow.ensure(startHeight(flow, runs, box, line));
  const element = flow.tag(parent, options.type ?? 'P');
  const y = flow.y;
  if (options.number !== undefined) {
    const number = options.number;
    element.add(() => {
      const dy = flow.ascender(first.style) - flow.ascender(STYLES.margin);
      // A screen reader says "paragraph 3" rather than "pilcrow 3".
      flow.doc.markContent('Span', { expanded: `paragraph ${number}` });
      flow.write([{ text: `¶${number}`, style: STYLES.margin }], { x: flow.column.x - 50, width: 40 }, { align: 'right', y: y + dy });
      flow.doc.endMarkedContent();
    });
  }
  element.add(() => flow.write(runs, box, { y }));
  element.end();
  flow.y += options.after ?? SPACE.paragraph;
}

/** Numbered paragraphs that name their speaker at the first paragraph and wherever the speaker changes. */
export function turns(flow: Flow, parent: Struct, guide: Guide, paragraphs: readonly Paragraph[]): void {
  let current: string | undefined;
  for (const p of paragraphs) {
    const who = p.speaker && p.speaker !== current ? speakerName(guide, p.speaker) : null;
    current = p.speaker;
    paragraph(flow, parent, turnRuns(who, p.text), { number: p.number });
  }
}

/** The first paragraph's runs as `turns` sets them, for keeping a heading with it. */
export function firstTurnRuns(guide: Guide, paragraphs: readonly Paragraph[]): Run[] {
  const first = paragraphs[0];
  return first ? turnRuns(first.speaker ? speakerName(guide, first.speaker) : null, first.text) : [];
}

/** Options for a list of prompts. */
export interface PromptListOptions {
  readonly edition: Edition;
  /** Ruled lines to write on under each prompt (student edition); one fewer for recall prompts. */
  readonly lines: number;
}

interface PromptLayout {
  readonly runs: Run[];
  readonly evidenceRuns: Run[][];
  readonly evidenceBox: Box;
  readonly lines: number;
  readonly writing: number;
  /** What must fit below the cursor before the item starts. */
  readonly need: number;
}

const PROMPT_INDENT = 20;

function promptBody(flow: Flow): Box {
  return { x: flow.column.x + PROMPT_INDENT, width: flow.column.width - PROMPT_INDENT };
}

/**
 * The prompt's layout. `room` is the space below the cursor when the caller only needs to know
 * whether the prompt fits there (promptList): if bounds on the heights (Flow.heightBound) show that
 * it does, nothing is measured and `need` is that bound.
 */
function layoutPrompt(flow: Flow, prompt: Prompt, options: PromptListOptions, room?: number): PromptLayout {
  const body = promptBody(flow);
  const marks = formatCitationMarks(prompt.paragraphs);
  const runs: Run[] = [
    { text: `${formatLevel(prompt.level)}: `, style: STYLES.uiBold },
    // No-break spaces keep "(¶3, ¶4)" whole and on the line of the prompt's last word.
    { text: marks ? `${prompt.text}\u00a0${marks.replace(/ /g, '\u00a0')}` : prompt.text, style: STYLES.ui },
  ];
  const evidence = options.edition === 'teacher' ? (prompt.evidence ?? []) : [];
  const evidenceRuns = evidence.map((e): Run[] => [
    { text: `¶${e.paragraph}  `, style: { ...STYLES.noteItalic, font: 'sansBold', size: 8.6 } },
    { text: `“${e.text}”`, style: STYLES.noteItalic },
  ]);
  const evidenceBox: Box = { x: body.x + 10, width: body.width - 10 };
  // Recall needs a line or two; analysis and argument need room for a short paragraph.
  const lines = prompt.level === 'understand' ? Math.max(2, options.lines - 1) : options.lines;
  const writing = options.edition === 'student' ? lines * SPACE.writeLine + 4 : 0;
  // The prompt stays with its first piece of evidence and its writing lines; later evidence may go over the page.
  const firstEvidence = evidenceRuns[0];
  const half = (flow.bottom - flow.top) / 2;
  // Measuring prepares each text (its style set, its text cleaned), then measures it. With room for
  // bounds on the heights nothing is measured (see Flow.heightBound): below half a page the need is
  // the height itself, so a bound on the height is one on the need.
  const text = flow.prepareMeasure(runs);
  const evidenceText = firstEvidence ? flow.prepareMeasure(firstEvidence) : null;
  let height: number | undefined;
  if (room !== undefined && text) {
    const bound = flow.heightBound(text, body) + (evidenceText ? flow.heightBound(evidenceText, evidenceBox) + 3 : 0) + writing;
    if (bound < half && bound <= room) height = bound;
  }
  height ??= flow.measurePrepared(text, body) + (evidenceText ? flow.measurePrepared(evidenceText, evidenceBox) + 3 : 0) + writing;
  // The face and size are left as measuring the last text leaves them.
  const last = evidenceText ?? text;
  if (last) flow.select(last.style);
  const need = height < half ? height : flow.lineHeight(STYLES.ui) * 2 + writing;
  return { runs, evidenceRuns, evidenceBox, lines, writing, need };
}

/** The room the first prompt of a list needs, so the heading above it is kept with it. */
export function promptListStart(flow: Flow, prompts: readonly Prompt[], options: PromptListOptions): number {
  const first = prompts[0];
  return first ? layoutPrompt(flow, first, options).need : 0;
}

/** A numbered list (L, LI, Lbl, LBody) of prompts with level and cited paragraphs. */
export function promptList(flow: Flow, parent: Struct, prompts: readonly Prompt[], options: PromptListOptions): void {
  if (prompts.length === 0) return;
  const list = flow.tag(parent, 'L');
  const body = promptBody(flow);
  prompts.forEach((prompt, i) => {
    const { runs, evidenceRuns, evidenceBox, lines, writing, need } = layoutPrompt(flow, prompt, options, flow.remaining());
    flow.ensure(need);
    const item = flow.tag(list, 'LI');
    const y = flow.y;
    flow.leaf(item, 'Lbl', () => flow.write([{ text: `${i + 1}.`, style: { ...STYLES.uiBold, color: COLORS.accent } }], { x: flow.column.x, width: PROMPT_INDENT - 4 }, { y }));
    const content = flow.tag(item, 'LBody', () => flow.write(runs, body, { y }));
    for (const r of evidenceRuns) {
      flow.y += 3;
      paragraph(flow, content, r, { box: evidenceBox, after: 0 });
    }
    content.end();
    item.end();
    if (writing) {
      for (let k = 1; k <= lines; k++) flow.rule(flow.y + k * SPACE.writeLine, COLORS.faint, 0.6, body);
      flow.y += writing;
    }
    flow.y += SPACE.item;
  });
  list.end();
}

/**
 * The teacher's note of where a definition comes from, to follow it in its run: " Source: WordNet 3.1.",
 * joined by no-break spaces to the definition's last word and within, so that it never starts a line on its own.
 */
export function sourceNote(source: KeyTerm['source'], edition: Edition, word?: string): string {
  return edition === 'teacher' ? `\u00a0Source:\u00a0${formatSource(source, word).replace(/ (?=\d)/g, '\u00a0')}.` : '';
}

/** A key term's runs: the term in bold, its kind, where it is cited, its definition and (teacher) its source. */
function termRuns(term: KeyTerm, edition: Edition): Run[] {
  const muted = { ...STYLES.ui, color: COLORS.muted };
  const about = [formatKind(term.kind), term.description, formatTermPlace(term)].filter(Boolean).join(', ');
  const source = sourceNote(term.source, edition, term.sourceWord);
  return [
    { text: term.term, style: STYLES.uiBold },
    { text: ` (${about})`, style: muted },
    { text: ` — ${term.definition}${source}`, style: STYLES.ui },
  ];
}

/** The room the first key term needs, so the heading above it is kept with it. */
export function termListStart(flow: Flow, terms: readonly KeyTerm[], edition: Edition): number {
  const first = terms[0];
  return first ? flow.measure(termRuns(first, edition)) : 0;
}

/** A list of key terms: the term in bold, its kind, the paragraph it is cited from, and its definition. */
export function termList(flow: Flow, parent: Struct, terms: readonly KeyTerm[], edition: Edition): void {
  if (terms.length === 0) return;
  const list = flow.tag(parent, 'L');
  for (const term of terms) {
    const runs = termRuns(term, edition);
    // With room for a bound on its height, the term needs no measuring (see Flow.heightBound).
    const prepared = flow.prepareMeasure(runs);
    if (prepared && flow.heightBound(prepared) > flow.remaining()) flow.ensure(flow.measurePrepared(prepared));
    const item = flow.tag(list, 'LI');
    flow.leaf(item, 'LBody', () => flow.write(runs));
    item.end();
    flow.y += SPACE.paragraph - 1;
  }
  list.end();
}

/** "1,234": thousands separated, independent of the machine's locale. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
