/** "Understand" prompts: what a term or phrase means as the speaker uses it, and the main point in the student's words. */
import type { Prompt } from '../../model.js';
import type { SourceSentence } from '../summary/sentences.js';
import type { SectionContext } from './context.js';
import { makePrompt, statement } from './phrasing.js';
import { isArguable } from './cues.js';

/**
 * A name in the sentence other than the term and the speaker, to relate the term to: a run of proper
 * nouns not at the sentence's start, with a following common noun ("the Trump administration").
 */
export function relatedName(s: SourceSentence, exclude: readonly string[], known: readonly string[] = []): string | null {
  const lowerEx = exclude.map((e) => e.toLowerCase());
  const clash = (r: string) => lowerEx.some((e) => e.includes(r.replace(/^the /, '').toLowerCase()) || r.toLowerCase().includes(e));
  const lowerText = s.text.toLowerCase();
  const given = known.find((k) => lowerText.includes(k.toLowerCase()) && !clash(k));
  if (given) return given;
  const t = s.tokens;
  for (let i = 1; i < t.length; i++) {
    if (t[i]!.pos !== 'PROPN' || !/^\p{Lu}(?:\p{Ll}|\p{Lu})/u.test(t[i]!.value) || !t[i]!.spaceBefore) continue;
    let j = i;
    while (j + 1 < t.length && (t[j + 1]!.pos === 'PROPN' || (t[j + 1]!.value === '-' && !t[j + 1]!.spaceBefore))) j++;
    let k = j;
    while (k + 1 < t.length && t[k + 1]!.pos === 'NOUN') k++;
    const words = t.slice(i, k + 1);
    if (words.some((w) => /['’]/.test(w.value))) { i = k; continue; }
    // A lone nationality adjective ("the Canadian") is not a name to relate to.
    if (k === j && i === j && /(?:an|ese|ish|ic|i)$/.test(t[i]!.value) && t[i - 1]?.normal === 'the') { i = k; continue; }
    const name = words.map((w, n) => (n > 0 && w.spaceBefore ? ' ' : '') + w.value).join('');
    const phrase = t[i - 1]?.normal === 'the' ? `the ${name}` : name;
    if (!clash(phrase)) return phrase;
    i = k;
  }
  return null;
}

function sentenceWith(ctx: SectionContext, phrase: string): SourceSentence | undefined {
  const p = phrase.toLowerCase();
  return ctx.answer.find((s) => s.text.toLowerCase().includes(p));
}

/** Candidate "understand" prompts, best first. */
export function understandPrompts(ctx: SectionContext): Prompt[] {
  const { ref } = ctx.voice;
  const out: Prompt[] = [];
  const speakerNames = ctx.interview.speakers.flatMap((s) => [s.label, s.name ?? '']).filter(Boolean);
  const names = ctx.terms.filter((t) => t.term.kind !== 'concept').map((t) => t.asWritten);
  for (const { term, asWritten } of ctx.terms) {
    const s = sentenceWith(ctx, asWritten);
    if (!s) continue;
    const shown = /^\p{Lu}\p{Ll}/u.test(asWritten) && term.kind === 'concept' ? asWritten[0]!.toLowerCase() + asWritten.slice(1) : asWritten;
    if (term.kind === 'person') {
      out.push(makePrompt('understand', `Who is ${shown}, and why does ${ref.possessive} answer mention this person?`, [s]));
    } else if (term.kind === 'organisation') {
      out.push(makePrompt('understand', `What is ${shown}, and what part does it play in ${ref.possessive} answer?`, [s]));
    } else if (term.kind === 'concept') {
      const related = relatedName(s, [asWritten, ...speakerNames], names);
      const text = related
        ? `What does ${ref.subject} mean by “${shown}”, and how does it relate to ${related}?`
        : `In your own words, what does ${ref.subject} mean by “${shown}” in this answer?`;
      out.push(makePrompt('understand', text, [s]));
    }
  }
  for (const cue of ctx.cues) {
    if (cue.kind !== 'quote' || !cue.phrase) continue;
    out.push(makePrompt('understand', `Why does ${ref.subject} put “${cue.phrase}” in quotation marks, and what does the phrase refer to?`, [cue.sentence]));
  }
  for (const s of [...ctx.ranked.filter(isArguable), ...ctx.ranked].slice(0, 3)) {
    const said = statement(s, ctx.voice);
    if (said) out.push(makePrompt('understand', `${said} What is ${ref.subject} saying here, in your own words?`, [s]));
  }
  return out;
}
