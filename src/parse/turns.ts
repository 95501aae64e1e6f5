/** Units → speaker turns: who speaks which paragraphs, in order, with the headings between them. Pure. */
import type { Unit } from './units.js';
import { opensWithRequest } from './parts.js';

/** A paragraph of source text with its input line. */
export interface SourcePara {
  readonly text: string;
  readonly line: number;
}

/** One speaker's uninterrupted run of paragraphs; `label` is null for narration (text after a rule, say). */
export interface Turn {
  readonly label: string | null;
  readonly paras: SourcePara[];
  readonly line: number;
  /** A heading the article put just above this turn. */
  heading?: string;
}

/** The interview shapes the reader knows. */
export type Shape = 'labels' | 'headings' | 'bold' | 'plain';

/** Units before the first turn (context) and the turns from it on. */
export interface Segmented {
  readonly context: SourcePara[];
  readonly turns: Turn[];
}

const LATE_NOTE = /^(?:EDIT|Edit|UPDATE|Update|ETA)\s*\d*\s*(?:\(\d[^)]{0,20}\))?\s*:/;
const IMPLICIT_QUESTION = 'Q';
const IMPLICIT_ANSWER = 'A';

/** True for a unit that opens a question in the unlabelled shapes. */
export function isQuestionUnit(u: Unit, shape: Shape): boolean {
  // A short prompt that asks without "?" ("Describe your tower for us.") is set like the questions around it.
  const asks = /\?["”’)]?$/.test(u.text) || (opensWithRequest(u.text) && /[.:…]["”’)]?$/.test(u.text) && u.text.split(/\s+/).length <= 30);
  if (shape === 'headings') return u.kind === 'heading' && asks;
  if (shape === 'bold') return u.kind === 'para' && u.label === undefined && Boolean(u.bold) && asks;
  if (shape === 'plain') return u.kind === 'para' && u.label === undefined && /\?["”’)]?$/.test(u.text) && u.text.split(/\s+/).length <= 60;
  return u.label !== undefined;
}

/** Splits units into context and turns. `askers` are labels known to ask; `implicitAnswer` names answers that carry no label. */
export function segmentTurns(units: readonly Unit[], shape: Shape, firstTurn: number, askers: ReadonlySet<string>, implicitAnswer: string | null): Segmented {
  const context: SourcePara[] = [];
  const turns: Turn[] = [];
  let pendingHeading: string | undefined;
  let current: Turn | null = null;
  let afterRule = false;
  const start = (label: string | null, line: number): Turn => {
    const t: Turn = { label, paras: [], line };
    if (pendingHeading !== undefined) { t.heading = pendingHeading; pendingHeading = undefined; }
    turns.push(t);
    current = t;
    return t;
  };
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (i < firstTurn) {
      if (u.kind === 'rule') continue;
      // A heading right above the first question titles the first exchange; others stay as context text.
      if (u.kind === 'heading' && nextNonRule(units, i) === firstTurn) { pendingHeading = u.text; continue; }
      if (u.text) context.push({ text: u.text, line: u.line });
      continue;
    }
    if (u.kind === 'rule') { afterRule = true; continue; }
    if (shape === 'labels') {
      if (u.kind === 'heading') { pendingHeading = pendingHeading ? `${pendingHeading} — ${u.text}` : u.text; continue; }
      if (u.label !== undefined) {
        afterRule = false;
        const t = start(u.label, u.line);
        if (u.text) t.paras.push({ text: u.text, line: u.line });
        continue;
      }
      const cur = current as Turn | null;
      // "EDIT: Thanks everyone!" is the poster speaking later, outside the answer it follows.
      if (LATE_NOTE.test(u.text) && cur !== null) { start(null, u.line).paras.push({ text: u.text, line: u.line }); continue; }
      if (afterRule || cur === null) { (cur && cur.label === null ? cur : start(null, u.line)).paras.push({ text: u.text, line: u.line }); continue; }
      if (implicitAnswer && cur.label !== null && askers.has(cur.label) && cur.paras.length > 0) {
        start(implicitAnswer, u.line).paras.push({ text: u.text, line: u.line });
        continue;
      }
      cur.paras.push({ text: u.text, line: u.line });
      continue;
    }
    if (isQuestionUnit(u, shape)) {
      afterRule = false;
      start(IMPLICIT_QUESTION, u.line).paras.push({ text: u.text, line: u.line });
      continue;
    }
    if (u.kind === 'heading') { pendingHeading = u.text; continue; }
    const cur = current as Turn | null;
    if (afterRule) { (cur && cur.label === null ? cur : start(null, u.line)).paras.push({ text: u.text, line: u.line }); continue; }
    if (cur && cur.label === IMPLICIT_ANSWER) { cur.paras.push({ text: u.text, line: u.line }); continue; }
    start(IMPLICIT_ANSWER, u.line).paras.push({ text: u.text, line: u.line });
  }
  // A heading with nothing after it is still text of the article.
  if (pendingHeading !== undefined) {
    const last = units[units.length - 1]!;
    const text = pendingHeading;
    pendingHeading = undefined;
    start(null, last.line).paras.push({ text, line: last.line });
  }
  return { context, turns };
}

function nextNonRule(units: readonly Unit[], i: number): number {
  let j = i + 1;
  while (j < units.length && units[j]!.kind === 'rule') j++;
  return j;
}
