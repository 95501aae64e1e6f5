/** The block types every part of the guide is built from: headings, numbered paragraphs, lists. */
import type { Edition, KeyTerm, Prompt } from '../../model.js';
import { formatCitationMarks, formatKind, formatLevel, formatSource } from '../format.js';
import type { Box, Flow, Run, Struct } from './flow.js';
import { COLORS, SPACE, STYLES } from './theme.js';

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

/** A paragraph (P), with its ¶ number in the margin; short ones are kept whole. */
export function paragraph(flow: Flow, parent: Struct, runs: readonly Run[], options: ParagraphOptions = {}): void {
  const box = options.box ?? flow.column;
  const first = runs[0];
  if (!first) return;
  const line = flow.lineHeight(first.style);
  const height = flow.measure(runs, box);
  flow.ensure(height <= line * 4.5 ? height : line * 2.5);
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

/** Options for a list of prompts. */
export interface PromptListOptions {
  readonly edition: Edition;
  /** Ruled lines to write on under each prompt (student edition); one fewer for recall prompts. */
  readonly lines: number;
}

/** A numbered list (L, LI, Lbl, LBody) of prompts with level and cited paragraphs. */
export function promptList(flow: Flow, parent: Struct, prompts: readonly Prompt[], options: PromptListOptions): void {
  if (prompts.length === 0) return;
  const list = flow.tag(parent, 'L');
  const indent = 20;
  const body: Box = { x: flow.column.x + indent, width: flow.column.width - indent };
  prompts.forEach((prompt, i) => {
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
    const height = flow.measure(runs, body) + evidenceRuns.reduce((h, r) => h + flow.measure(r, evidenceBox) + 3, 0) + writing;
    flow.ensure(height < (flow.bottom - flow.top) / 2 ? height : flow.lineHeight(STYLES.ui) * 2 + writing);
    const item = flow.tag(list, 'LI');
    const y = flow.y;
    flow.leaf(item, 'Lbl', () => flow.write([{ text: `${i + 1}.`, style: { ...STYLES.uiBold, color: COLORS.accent } }], { x: flow.column.x, width: indent - 4 }, { y }));
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

/** A list of key terms: the term in bold, its kind, where it first appears, and its definition. */
export function termList(flow: Flow, parent: Struct, terms: readonly KeyTerm[], edition: Edition): void {
  if (terms.length === 0) return;
  const list = flow.tag(parent, 'L');
  const muted = { ...STYLES.ui, color: COLORS.muted };
  for (const term of terms) {
    const about = [formatKind(term.kind), term.description, `first in ¶${term.firstParagraph}`].filter(Boolean).join(', ');
    const runs: Run[] = [
      { text: term.term, style: STYLES.uiBold },
      { text: ` (${about})`, style: muted },
      { text: ` — ${term.definition}`, style: STYLES.ui },
      ...(edition === 'teacher' ? [{ text: ` Source:\u00a0${formatSource(term.source).replace(/ /g, '\u00a0')}.`, style: muted }] : []),
    ];
    const height = flow.measure(runs);
    flow.ensure(height);
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
