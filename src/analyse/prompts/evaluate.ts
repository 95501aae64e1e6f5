/** "Evaluate" prompts: judging the speaker's advice, predictions and claims, and hearing the other side. */
import type { Prompt } from '../../model.js';
import { mainQuestion, type SectionContext } from './context.js';
import { asFallback, makePrompt, quoted, reportedClause, statement } from './phrasing.js';
import { isArguable, isPersonalView } from './cues.js';

/** Candidate "evaluate" prompts, best first. */
export function evaluatePrompts(ctx: SectionContext): Prompt[] {
  const { ref } = ctx.voice;
  const out: Prompt[] = [];
  for (const cue of ctx.cues) {
    if (cue.kind === 'recommendation') {
      const said = statement(cue.sentence, ctx.voice, 'argues');
      if (said) out.push(makePrompt('evaluate', `${said} Do you agree? What would someone who disagrees say?`, [cue.sentence]));
    } else if (cue.kind === 'prediction') {
      const clause = reportedClause(cue.sentence, ctx.voice, 30);
      if (clause) out.push(makePrompt('evaluate', `${ref.subject} predicts that ${clause}. How likely is this, and what could prove the prediction wrong?`, [cue.sentence]));
    }
  }
  for (const s of ctx.ranked.filter(isArguable).slice(0, 3)) {
    const clause = reportedClause(s, ctx.voice, 30);
    if (clause) out.push(makePrompt('evaluate', `Do you agree with ${ref.mid} that ${clause}? What would someone who disagrees say?`, [s]));
  }
  for (const s of ctx.ranked.filter(isPersonalView).slice(0, 2)) {
    const said = statement(s, ctx.voice);
    if (said) out.push(makePrompt('evaluate', `${said} Do you share this view? Why or why not?`, [s]));
  }
  const asked = mainQuestion(ctx);
  if (asked && ctx.ranked[0] && asked.words <= 30) {
    out.push(asFallback(makePrompt('evaluate', `Does ${ref.possessive} answer fully respond to the question ${quoted(asked.text)}, and what else would you want ${ref.mid} to explain?`, [asked, ctx.ranked[0]])));
  }
  return out;
}
