/** Turns → exchanges: each question with its whole answer, remarks and closing words kept in place. Pure. */
import type { SpeakerPart, Warning } from '../model.js';
import type { SourcePara, Turn } from './turns.js';
import { turnAsks } from './parts.js';

/** A paragraph before numbering. */
export interface DraftPara extends SourcePara {
  readonly speaker?: string;
}

/** An exchange before numbering. */
export interface DraftExchange {
  asker: string;
  answerers: string[];
  question: DraftPara[];
  answer: DraftPara[];
  heading?: string;
  line: number;
}

/** The interview laid out: opening context, exchanges, closing words. */
export interface Draft {
  readonly context: DraftPara[];
  readonly exchanges: DraftExchange[];
  readonly closing: DraftPara[];
  readonly warnings: Warning[];
}

const CLOSING = /\b(?:(?:that|this) (?:has to be|will be|is|was) (?:our|the) last question|out of time|(?:that|this) concludes|concludes (?:this|our|the|today)|thank(?:s| you),? (?:all|everyone|everybody)\b|thanks? (?:all|everyone|everybody) for|(?:this|the) (?:call|briefing|conference|press conference|session|event) is (?:now )?(?:over|concluded|ended)|we(?:'re| are) (?:done|out of time)|end of (?:the )?(?:call|transcript|briefing))\b/i;

/** True for a short turn that asks nothing: thanks, agreement, a sign-off. */
export function isRemark(turn: Turn): boolean {
  const text = turn.paras.map((p) => p.text).join(' ');
  return !turnAsks(turn) && text.split(/\s+/).filter(Boolean).length <= 15;
}

// Backchannel words that make a short turn a remark however long the reply ("Right.", "I see.", "Thank you.").
const ACK = /^(?:yes|yeah|yep|right|ok(?:ay)?|sure|wow|really|indeed|of course|i see|mm+|m-?hm+|uh|um|ah|oh|ha|great|good|fair|interesting|exactly|absolutely|thank|thanks|that's|that is|no|huh|hmm|amazing|fascinating|incredible|wonderful)\b/i;
const words = (t: Turn): number => t.paras.map((p) => p.text).join(' ').split(/\s+/).filter(Boolean).length;

/** True for a short statement that the next speaker answers at length ("People worry about beavers."): a prompt, not a remark. */
function isPrompt(t: Turn, next: Turn | undefined, isAsk: (t: Turn) => boolean): boolean {
  const text = t.paras.map((p) => p.text).join(' ').replace(/^[^\p{L}]+/u, '');
  return next !== undefined && next.label !== null && !isAsk(next) && words(t) >= 3 && !ACK.test(text) && words(next) >= 25;
}

const paras = (t: Turn): DraftPara[] => t.paras.map((p) => (t.label === null ? { ...p } : { ...p, speaker: t.label }));

/** Lays turns out as exchanges; opening turns become `context`, words after the last answer `closing`. */
export function buildExchanges(turns: readonly Turn[], parts: ReadonlyMap<string, SpeakerPart>, askers: ReadonlySet<string>): Draft {
  const context: DraftPara[] = [];
  const exchanges: DraftExchange[] = [];
  const closing: DraftPara[] = [];
  const warnings: Warning[] = [];
  const isAsk = (t: Turn) => t.label !== null && askers.has(t.label);
  let lastQuestion = -1;
  const remarks = turns.map((t, i) => isAsk(t) && isRemark(t) && !isPrompt(t, turns[i + 1], isAsk));
  turns.forEach((t, i) => { if (isAsk(t) && !remarks[i]) lastQuestion = i; });
  let current: DraftExchange | null = null;
  let closed = false;
  /** The turns before the first question, each with where its paragraphs begin in `context`. */
  const opening: { turn: Turn; at: number }[] = [];
  for (let i = 0; i < turns.length; i++) {
    const t = turns[i]!;
    if (closed) { closing.push(...headed(t), ...paras(t)); continue; }
    if (isAsk(t)) {
      const remark = remarks[i]!;
      if (remark && i > lastQuestion) { closed = true; closing.push(...headed(t), ...paras(t)); continue; }
      if (current && remark && current.answer.length > 0) { current.answer.push(...paras(t)); continue; }
      if (current && current.answer.length === 0 && current.asker !== t.label) { current.question.push(...paras(t)); continue; }
      current = { asker: t.label!, answerers: [], question: paras(t), answer: [], line: t.line };
      if (t.heading !== undefined) current.heading = t.heading;
      exchanges.push(current);
      continue;
    }
    if (!current) {
      context.push(...headed(t));
      opening.push({ turn: t, at: context.length });
      context.push(...paras(t));
      continue;
    }
    if (i > lastQuestion && current.answer.length > 0 && (t.label === null || CLOSING.test(t.paras.map((p) => p.text).join(' ')))) {
      closed = true;
      closing.push(...headed(t), ...paras(t));
      continue;
    }
    if (t.heading !== undefined) current.answer.push({ text: t.heading, line: t.line });
    current.answer.push(...paras(t));
    if (t.label !== null && parts.get(t.label) === 'interviewee' && !current.answerers.includes(t.label)) current.answerers.push(t.label);
  }
  const statement = exchanges.length ? openingStatement(context, opening, parts, new Set(exchanges.flatMap((e) => e.answerers))) : null;
  if (statement) exchanges.unshift(statement);
  for (const [n, ex] of exchanges.entries()) {
    if (ex.answerers.length === 0) {
      warnings.push({ code: 'UNANSWERED', message: `Question ${n + 1} has no answer; it is kept and marked as unanswered.`, line: ex.line });
    }
  }
  return { context, exchanges, closing, warnings };
}

/** The fewest words of an interviewee's turn before the first question for it to open a statement, and of the statement in all. */
const STATEMENT_TURN_WORDS = 100;
const STATEMENT_WORDS = 150;

/**
 * A briefing's or a talk's opening statement: what the interviewees say before the first question,
 * when it is a speech rather than a greeting. It starts at the first turn of 100 words or more (with
 * the same speaker's turns right after it) by someone who answers the questions after it, and runs
 * to the first question (150 words or more in all). It becomes the first exchange, with no question
 * and the heading "Opening statement", so that it is studied like an answer. What comes before it
 * (an editor's note, a moderator's welcome, however labelled) stays in `context`, which this shortens.
 */
function openingStatement(context: DraftPara[], opening: readonly { turn: Turn; at: number }[], parts: ReadonlyMap<string, SpeakerPart>, answerers: ReadonlySet<string>): DraftExchange | null {
  // Only someone who answers the questions after it makes a statement: a moderator's long welcome and ground rules do not.
  const isInterviewee = (label: string | null | undefined): boolean => label != null && parts.get(label) === 'interviewee' && answerers.has(label);
  // The first long turn by an interviewee; else the first of a run of turns by one interviewee that
  // is long in all (a speech written as one labelled paragraph after another). A short turn before a
  // long one under the same label is someone else's welcome (a moderator's, labelled as the speaker).
  const run = (i: number): number => {
    let n = 0;
    for (let j = i; j < opening.length && opening[j]!.turn.label === opening[i]!.turn.label; j++) n += words(opening[j]!.turn);
    return n;
  };
  const start = opening.find((o) => isInterviewee(o.turn.label) && words(o.turn) >= STATEMENT_TURN_WORDS)
    ?? opening.find((o, i) => isInterviewee(o.turn.label) && (i === 0 || opening[i - 1]!.turn.label !== o.turn.label) && run(i) >= STATEMENT_TURN_WORDS);
  if (!start) return null;
  const spoken = context.slice(start.at).filter((p) => isInterviewee(p.speaker));
  const count = spoken.reduce((n, p) => n + p.text.split(/\s+/).filter(Boolean).length, 0);
  if (count < STATEMENT_WORDS) return null;
  const answer = context.splice(start.at);
  return { asker: '', answerers: [...new Set(spoken.map((p) => p.speaker!))], question: [], answer, heading: OPENING_STATEMENT, line: start.turn.line };
}

/** The heading of an opening statement's section. */
export const OPENING_STATEMENT = 'Opening statement';

// A heading above a turn that is not a question is kept as text.
function headed(t: Turn): DraftPara[] {
  return t.heading === undefined ? [] : [{ text: t.heading, line: t.line }];
}
