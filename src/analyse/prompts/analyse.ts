/** "Analyse" prompts: the reasons, contrasts and evidence the speaker uses. */
import type { Prompt } from '../../model.js';
import { mainQuestion, type SectionContext } from './context.js';
import { asFallback, pick, makePrompt, quoted, reportedClause, statement } from './phrasing.js';
import { lowerFirst } from '../summary/attribution.js';
import { whyQuestion } from './questions.js';
import { isDebatable } from './cues.js';

/** Words that open a clause or the second half of a pair: a phrase cut short ends before them, not after. */
const CLAUSE_OPENERS = /^(?:that|which|who|whom|whose|where|when|while|because|as|if|whether|either|neither|both|not|than)$/i;

/**
 * A figure with the words that follow it, up to the next break ("54 percent of Canadian respondents").
 * Cut at eight words, it ends before the clause the words were opening, so that a quotation never
 * says less than the text ("240 dependencies that we rely on either directly" left out "or
 * indirectly"); when no clause opens, it shows what it left out with an ellipsis.
 */
export function figurePhrase(text: string, figure: string): string | null {
  const at = text.indexOf(figure);
  if (at < 0) return null;
  const rest = text.slice(at).split(/[,;:()–—]|\.(?!\d)/)[0]!.trim();
  const all = rest.split(/\s+/);
  let words = all.slice(0, 8);
  const cut = all.length > words.length;
  if (cut) {
    const opener = words.findIndex((w, i) => i >= 2 && CLAUSE_OPENERS.test(w));
    if (opener >= 2) words = words.slice(0, opener);
  }
  if (words.length < 2) return null;
  const phrase = words.join(' ').replace(/\s+(?:and|or|but|that|which|who|to|the|a|an|of|in|on)$/i, '');
  return cut && words.length === 8 ? `${phrase}…` : phrase;
}

/** Candidate "analyse" prompts, best first. */
export function analysePrompts(ctx: SectionContext): Prompt[] {
  const { ref } = ctx.voice;
  const out: Prompt[] = [];
  for (const cue of ctx.cues) {
    const s = cue.sentence;
    if (cue.kind === 'driver' && cue.phrase) {
      out.push(makePrompt('analyse', `What does ${ref.mid} see as ${lowerFirst(cue.phrase)}, and what evidence in the answer supports this?`, [s]));
    } else if (cue.kind === 'reason' && cue.effect) {
      // Ask for the reason itself ("Why, according to X, is Canada reluctant to …?"), never "why does X think that <a whole sentence>".
      const before = ctx.answer[s.index - 1];
      const asked = cue.effect.includes('“') ? null : whyQuestion(cue.effect, ctx.voice, 30);
      if (asked) out.push(makePrompt('analyse', asked, cue.cause || !before ? [s] : [before, s]));
    } else if (cue.kind === 'contrast' && cue.phrase) {
      const said = statement(s, ctx.voice, 'says', 40);
      if (said) out.push(makePrompt('analyse', `${said} What two things are being contrasted, and why does the difference matter to ${ref.possessive} argument?`, [s]));
    } else if (cue.kind === 'contrast') {
      const before = ctx.answer[s.index - 1];
      const first = before ? reportedClause(before, ctx.voice, 22) : null;
      const second = reportedClause(s.text.replace(/^(?:but|however|yet|still|nevertheless|on the other hand|that said)\b,?\s*/i, ''), ctx.voice, 22);
      if (before && first && second) out.push(makePrompt('analyse', `${ref.subject} says that ${first}, but also that ${second}. How do these two points fit together?`, [before, s]));
    } else if (cue.kind === 'evidence' && cue.phrase) {
      const phrase = figurePhrase(s.text, cue.phrase);
      if (phrase) out.push(makePrompt('analyse', `${ref.subject} points to ${quoted(phrase)}. What does this evidence show, and how strong is it?`, [s]));
    }
  }
  // Figures and polls the interviewer puts to the speaker.
  for (const q of ctx.question) {
    if (!/\d|\bpoll|\bsurvey/i.test(q.text) || q.words > 32 || /\?\s*$/.test(q.text)) continue;
    out.push(makePrompt('analyse', `The question cites this: ${quoted(q.text)}. How does ${ref.mid} explain it?`, [q], [], ctx.ranked.slice(0, 1)));
    break;
  }
  for (const s of ctx.ranked.slice(0, 3)) {
    const clause = reportedClause(s, ctx.voice, 30);
    const n = ctx.exchange.number;
    if (!clause) continue;
    // A claim needs support; a fact or a description ("you will come across a directory called
    // staging/") does not, but a student can ask what it is there for.
    if (isDebatable(s)) {
      out.push(makePrompt('analyse', pick([
        `What evidence or examples does ${ref.mid} give for the claim that ${clause}?`,
        `How does ${ref.mid} support the claim that ${clause}?`,
        `What reasons does ${ref.mid} give for thinking that ${clause}?`,
      ], n + out.length), [s]));
    } else {
      // An opening statement answers no question: the point serves the statement.
      const purpose = ctx.question.length ? 'how does it help answer the question' : 'what does it add to the statement';
      out.push(makePrompt('analyse', `Why does ${ref.mid} point out that ${clause}, and ${purpose}?`, [s]));
    }
  }
  for (const s of ctx.ranked.slice(0, 3)) {
    const said = statement(s, ctx.voice, 'says', 30);
    if (!said || !said.includes('“')) continue;
    out.push(makePrompt('analyse', ctx.publicSphere
      ? `${said} What point is ${ref.mid} making here, and which details in the answer support it?`
      : `${said} What does this tell you about ${ref.mid}, and which other details in the answer show the same thing?`, [s]));
  }
  const asked = mainQuestion(ctx);
  const reply = ctx.ranked[0];
  if (asked && reply && asked.words <= 30) {
    out.push(asFallback(makePrompt('analyse', `The question asks: ${quoted(asked.text).replace(/\?”$/, '?”')} Which sentence in ${ref.possessive} answer responds to it most directly, and what does the answer leave out?`, [asked, reply])));
  }
  return out;
}
