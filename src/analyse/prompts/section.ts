/** The discussion prompts of one section: candidates from each level, chosen for variety and grounding. */
import type { Exchange, Interview, KeyTerm, Prompt, PromptLevel } from '../../model.js';
import { sectionContext } from './context.js';
import { understandPrompts } from './understand.js';
import { analysePrompts } from './analyse.js';
import { evaluatePrompts } from './evaluate.js';
import { connectPrompts } from './connect.js';
import { isWellFormed, isFallback } from './phrasing.js';

/** How many prompts of each level a section gets, in the order they are chosen. */
const PLAN: readonly PromptLevel[] = ['understand', 'analyse', 'evaluate', 'connect', 'understand', 'analyse', 'evaluate'];
const MAX_WORDS = 75;

/** Picks prompts level by level, never repeating a text or leaning on one sentence more than twice. */
export function choosePrompts(candidates: Record<PromptLevel, Prompt[]>): Prompt[] {
  const chosen: Prompt[] = [];
  const uses = new Map<string, number>();
  const key = (p: Prompt) => p.evidence?.[0]?.text ?? p.text;
  for (const level of PLAN) {
    const pick = candidates[level].find((p) => {
      if (!isWellFormed(p) || p.text.split(/\s+/).length > MAX_WORDS) return false;
      if (chosen.some((c) => c.text === p.text)) return false;
      // Question-based fallbacks fill a missing level; they do not add a second prompt to one.
      if (isFallback(p) && chosen.some((c) => c.level === level)) return false;
      // A level not yet represented may lean on any sentence; after that, no sentence carries more than two.
      const missing = !chosen.some((c) => c.level === level);
      return missing || (uses.get(key(p)) ?? 0) < 2;
    });
    if (!pick) continue;
    chosen.push(pick);
    uses.set(key(pick), (uses.get(key(pick)) ?? 0) + 1);
  }
  // Short answers: top up to four with whatever well-formed candidates remain, most varied levels first.
  for (const level of ['analyse', 'evaluate', 'understand', 'connect'] as const) {
    if (chosen.length >= 4) break;
    const extra = candidates[level].find((p) => isWellFormed(p) && p.text.split(/\s+/).length <= MAX_WORDS && !chosen.some((c) => c.text === p.text));
    if (extra) chosen.push(extra);
  }
  const order: Record<PromptLevel, number> = { understand: 0, analyse: 1, evaluate: 2, connect: 3 };
  return chosen.map((p, i) => ({ p, i })).sort((a, b) => order[a.p.level] - order[b.p.level] || a.i - b.i).map((x) => x.p);
}

/** Four to seven prompts over at least three levels, each built from this section's own sentences. */
export function writeSectionPrompts(input: { exchange: Exchange; interview: Interview; keyTerms: readonly KeyTerm[] }): Prompt[] {
  if (input.exchange.answer.length === 0) return [];
  const ctx = sectionContext(input.exchange, input.interview, input.keyTerms);
  return choosePrompts({
    understand: understandPrompts(ctx),
    analyse: analysePrompts(ctx),
    evaluate: evaluatePrompts(ctx),
    connect: connectPrompts(ctx),
  });
}
