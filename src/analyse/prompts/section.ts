/** The discussion prompts of one section: candidates from each level, chosen for variety and grounding. */
import type { Exchange, Interview, KeyTerm, Prompt, PromptLevel } from '../../model.js';
import { sectionContext } from './context.js';
import { understandPrompts } from './understand.js';
import { analysePrompts } from './analyse.js';
import { evaluatePrompts } from './evaluate.js';
import { connectPrompts } from './connect.js';
import { isWellFormed, isFallback, sourcesOf } from './phrasing.js';
import { withSupport } from './support.js';
import { spaceSplitLength } from '../chars.js';

/**
 * The levels a section's prompts are chosen in: four to six prompts is plenty for a lesson. Reasons,
 * claims and advice sit on few sentences and terms on many, so the higher levels choose first.
 */
const PLAN: readonly PromptLevel[] = ['analyse', 'evaluate', 'understand', 'connect', 'understand', 'analyse'];
const MAX_WORDS = 75;

/** Picks prompts level by level, never repeating a text or building two prompts on one sentence. */
export function choosePrompts(candidates: Record<PromptLevel, Prompt[]>): Prompt[] {
  const chosen: Prompt[] = [];
  const used = new Set<string>();
  const fits = (p: Prompt) => isWellFormed(p) && spaceSplitLength(p.text) <= MAX_WORDS && !chosen.some((c) => c.text === p.text);
  const fresh = (p: Prompt) => sourcesOf(p).every((s) => !used.has(s));
  const take = (p: Prompt) => {
    chosen.push(p);
    for (const s of sourcesOf(p)) used.add(s);
  };
  for (const level of PLAN) {
    const pick = candidates[level].find((p) => {
      if (!fits(p) || !fresh(p)) return false;
      // Question-based fallbacks fill a missing level; they do not add a second prompt to one.
      return !(isFallback(p) && chosen.some((c) => c.level === level));
    });
    if (pick) take(pick);
  }
  const levels = () => new Set(chosen.map((c) => c.level)).size;
  const missingFirst = () => (['analyse', 'evaluate', 'understand', 'connect'] as const).map((l, i) => ({ l, i })).sort((a, b) => Number(chosen.some((c) => c.level === a.l)) - Number(chosen.some((c) => c.level === b.l)) || a.i - b.i).map((x) => x.l);
  // Short answers: top up to four prompts over three levels with prompts on sentences not yet used, missing levels first.
  for (const level of missingFirst()) {
    if (chosen.length >= 4 && levels() >= 3) break;
    if (chosen.length >= 4 && chosen.some((c) => c.level === level)) continue;
    const extra = candidates[level].find((p) => fits(p) && fresh(p));
    if (extra) take(extra);
  }
  // A one- or two-sentence answer cannot give four prompts on four sentences: only then may a sentence serve twice.
  for (const level of missingFirst()) {
    if (chosen.length >= 4 && levels() >= 3) break;
    if (chosen.length >= 4 && chosen.some((c) => c.level === level)) continue;
    const extra = candidates[level].find((p) => fits(p) && chosen.filter((c) => c.level === level).length < 2);
    if (extra) take(extra);
  }
  const order: Record<PromptLevel, number> = { understand: 0, analyse: 1, evaluate: 2, connect: 3 };
  return chosen.map((p, i) => ({ p, i })).sort((a, b) => order[a.p.level] - order[b.p.level] || a.i - b.i).map((x) => x.p);
}

/** Four to six prompts over at least three levels, each built from this section's own sentences. */
export function writeSectionPrompts(input: { exchange: Exchange; interview: Interview; keyTerms: readonly KeyTerm[] }): Prompt[] {
  if (input.exchange.answer.length === 0) return [];
  const ctx = sectionContext(input.exchange, input.interview, input.keyTerms);
  return choosePrompts({
    understand: understandPrompts(ctx),
    analyse: analysePrompts(ctx),
    evaluate: evaluatePrompts(ctx),
    connect: connectPrompts(ctx),
  }).map((p) => withSupport(p, ctx)).map((p) => (input.exchange.question.length === 0 ? asStatement(p) : p));
}

/** An opening statement's prompt speaks of the statement: it answers no question ("in Okafor's answer" → "in Okafor's statement"). */
function asStatement(prompt: Prompt): Prompt {
  return { ...prompt, text: prompt.text.replace(/\b(the|this|'s|’s) answer\b/g, '$1 statement') };
}
