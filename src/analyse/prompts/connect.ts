/** "Connect" prompts: from the speaker's claims to the students' own country, community and life. */
import type { Prompt } from '../../model.js';
import { mainQuestion, type SectionContext } from './context.js';
import { asFallback, pick, makePrompt, quoted, reportedClause, statement } from './phrasing.js';
import { isArguable, isPersonalView } from './cues.js';

/** Candidate "connect" prompts, best first. */
export function connectPrompts(ctx: SectionContext): Prompt[] {
  const { ref } = ctx.voice;
  const out: Prompt[] = [];
  for (const cue of ctx.cues) {
    const s = cue.sentence;
    if (cue.kind === 'recommendation') {
      const said = statement(s, ctx.voice, 'argues');
      if (!said) continue;
      out.push(makePrompt('connect', ctx.publicSphere
        ? pick([`${said} Would similar advice make sense for your own country? Why or why not?`, `${said} If you were advising your own country's government, would you say the same? Why or why not?`], ctx.exchange.number)
        : `${said} Would this advice work for a project of your own? Why or why not?`, [s]));
    } else if (cue.kind === 'prediction' && ctx.publicSphere) {
      const clause = reportedClause(s, ctx.voice, 28);
      if (clause) out.push(makePrompt('connect', `If ${ref.possessive} prediction that ${clause} comes true, how might it affect people in your own country?`, [s]));
    }
  }
  for (const s of ctx.ranked.filter(isArguable).slice(0, 3)) {
    const said = statement(s, ctx.voice);
    if (!said) continue;
    out.push(makePrompt('connect', ctx.publicSphere
      ? pick([`${said} Can you think of a similar situation involving your own country? How was it handled?`, `${said} Does anything like this happen in your own country or region, and what is one example?`, `${said} How would people in your own country see this, and why?`], ctx.exchange.number)
      : `${said} What example from your own life, school or community fits this, or contradicts it?`, [s]));
  }
  if (!ctx.publicSphere) {
    for (const s of ctx.ranked.filter(isPersonalView).slice(0, 2)) {
      const said = statement(s, ctx.voice);
      if (said) out.push(makePrompt('connect', `${said} Is the same true for you? What example from your own life shows it?`, [s]));
    }
  }
  const asked = mainQuestion(ctx);
  if (asked && ctx.publicSphere && ctx.ranked[0]) {
    out.push(asFallback(makePrompt('connect', `How might someone in your own country answer the question ${quoted(asked.text)}, and would it differ from ${ref.possessive} answer?`, [asked, ctx.ranked[0]])));
  }
  // Only a question about the person themselves ("What software do you use?"), not a request ("Could you tell us …?").
  if (asked && asked.words <= 30 && !ctx.publicSphere && /\b(?:do|did|are|were|have) you\b/i.test(asked.text)) {
    // A question put to a person about their own work or life can be put to the student too.
    out.push(makePrompt('connect', `${ctx.interview.speakers.find((s) => s.label === ctx.exchange.asker)?.name ?? 'The interviewer'} asks ${ref.mid}: ${quoted(asked.text).replace(/\?”$/, '?”')} How would you answer it about your own life or interests?`, [asked, ...ctx.ranked.slice(0, 1)]));
  }
  return out;
}
