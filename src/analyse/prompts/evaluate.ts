/** "Evaluate" prompts: judging the speaker's advice, predictions and claims, and hearing the other side. */
import type { Prompt } from '../../model.js';
import { mainQuestion, type SectionContext } from './context.js';
import { asFallback, makePrompt, quoted, reportedClause, statement } from './phrasing.js';
import { isDebatable, isPersonalView } from './cues.js';

/** Candidate "evaluate" prompts, best first. */
export function evaluatePrompts(ctx: SectionContext): Prompt[] {
  const { ref } = ctx.voice;
  const out: Prompt[] = [];
  for (const cue of ctx.cues) {
    if (cue.kind === 'recommendation' && isDebatable(cue.sentence)) {
      const said = statement(cue.sentence, ctx.voice, 'argues');
      if (said) out.push(makePrompt('evaluate', `${said} Do you agree? What would someone who disagrees say?`, [cue.sentence]));
    } else if (cue.kind === 'prediction') {
      const clause = reportedClause(cue.sentence, ctx.voice, 30);
      if (clause) out.push(makePrompt('evaluate', `${ref.subject} predicts that ${clause}. How likely is this, and what could prove the prediction wrong?`, [cue.sentence]));
    }
  }
  // Only claims a student can argue with: advice, judgements, forecasts, causes; never facts or the speaker's own tastes.
  for (const s of ctx.ranked.filter(isDebatable).slice(0, 3)) {
    const clause = reportedClause(s, ctx.voice, 30);
    const said = clause ? null : statement(s, ctx.voice, 'says', 42);
    if (clause) out.push(makePrompt('evaluate', `Do you agree with ${ref.mid} that ${clause}? What would someone who disagrees say?`, [s]));
    else if (said) out.push(makePrompt('evaluate', `${said} Do you agree? What would someone who disagrees say?`, [s]));
  }
  // A taste or a feeling is not for agreeing with: students weigh how well the answer bears it out.
  for (const s of ctx.ranked.filter(isPersonalView).slice(0, 2)) {
    const said = statement(s, ctx.voice);
    if (said) out.push(makePrompt('evaluate', `${said} Judging from the rest of the answer, how well does this describe ${ref.mid}? Which details support it, and which complicate it?`, [s]));
  }
  const asked = mainQuestion(ctx);
  if (asked && ctx.ranked[0] && asked.words <= 30) {
    out.push(asFallback(makePrompt('evaluate', `Does ${ref.possessive} answer fully respond to the question ${quoted(asked.text)}, and what else would you want ${ref.mid} to explain?`, [asked, ctx.ranked[0]])));
  }
  return out;
}
