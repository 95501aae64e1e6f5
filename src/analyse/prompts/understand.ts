/** "Understand" prompts: what a term or phrase means as the speaker uses it, and the main point in the student's words. */
import { articleMemo } from '../nlp.js';
import type { Prompt } from '../../model.js';
import type { SourceSentence } from '../summary/sentences.js';
import type { SectionContext } from './context.js';
import { asFallback, makePrompt, pick, quoted, reportedClause, statement } from './phrasing.js';
import { introductionOf } from './support.js';
import { mainQuestion } from './context.js';
import { isArguable } from './cues.js';
import { codePointBefore, isLetterCodePoint, literalAt } from '../chars.js';

/**
 * A name in the sentence other than the term and the speaker, to relate the term to: a run of proper
 * nouns not at the sentence's start, with a following common noun ("the Trump administration").
 */
export function relatedName(s: SourceSentence, exclude: readonly string[], known: readonly string[] = [], scan = true): string | null {
  const lowerEx = exclude.map((e) => e.toLowerCase());
  const clash = (r: string) => lowerEx.some((e) => e.includes(r.replace(/^the /, '').toLowerCase()) || r.toLowerCase().includes(e));
  const lowerText = s.text.toLowerCase();
  const given = known.find((k) => lowerText.includes(k.toLowerCase()) && !clash(k));
  if (given || !scan) return given ?? null;
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
    const det = t[i - 1]?.normal;
    const phrase = det === 'the' || det === 'a' || det === 'an' ? `${det} ${name}` : name;
    if (!clash(phrase)) return phrase;
    i = k;
  }
  return null;
}

/** The term as the text cases it: "Path dependence" at a sentence's start is "path dependence" elsewhere. */
export function caseAsUsed(term: string, text: string): string {
  const lower = term[0]!.toLowerCase() + term.slice(1);
  if (lower === term) return term;
  return writtenAfterNonLetter(text, lower) || !writtenMidSentence(text, term) ? lower : term;
}

/*
 * The two searches below are `/(?<![\p{L}])${lower}/u` and `/[\p{L},;] ${term}/u` (escaped), by
 * indexOf and code point tests: a \p{L} pattern per term cost a compilation for every new article.
 */

/** Whether the text has the literal with no letter just before it. */
function writtenAfterNonLetter(text: string, literal: string): boolean {
  for (let at = text.indexOf(literal); at !== -1; at = nextFrom(text, literal, at)) {
    if (literalAt(text, at, literal) && !isLetterCodePoint(codePointBefore(text, at))) return true;
  }
  return false;
}

/** Whether the text has the literal after a space that follows a letter, a comma or a semicolon. */
function writtenMidSentence(text: string, literal: string): boolean {
  const needle = ` ${literal}`;
  for (let at = text.indexOf(needle); at !== -1; at = nextFrom(text, needle, at)) {
    const before = codePointBefore(text, at);
    if (literalAt(text, at, needle) && (before === 0x2c || before === 0x3b || (before !== -1 && isLetterCodePoint(before)))) return true;
  }
  return false;
}

/** The next place to look for a literal after `at`; -1 past the end (an empty literal is everywhere). */
function nextFrom(text: string, literal: string, at: number): number {
  return at >= text.length ? -1 : text.indexOf(literal, at + 1);
}

/** "Biden administration" → "the Biden administration" when the text says it that way. */
export function withArticle(name: string, text: string): string {
  if (/^the /i.test(name)) return name;
  let byName = articled.get(text);
  if (!byName) {
    if (articled.size >= ARTICLED_TEXTS) articled.clear();
    articled.set(text, (byName = new Map()));
  }
  let shown = byName.get(name);
  if (shown === undefined) byName.set(name, (shown = articleAsWritten(name, text)));
  return shown;
}

/**
 * Names already given their article, by passage: the connect prompts ask of every name in every
 * sentence of a section. For this article only (see articleMemo), and bounded by passages (cleared
 * when full), each a section's answer.
 */
const ARTICLED_TEXTS = 64;
const articled = articleMemo<string, Map<string, string>>();

function articleAsWritten(name: string, text: string): string {
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const withThe = text.match(new RegExp(`\\bthe ${esc}`, 'gi'))?.length ?? 0;
  // Never written with "the": no need to count (and compile a \p{L} pattern for) every use.
  if (withThe === 0) return name;
  const all = text.match(new RegExp(`(?<![\\p{L}])${esc}`, 'gu'))?.length ?? 0;
  return withThe * 2 >= all ? `the ${name}` : name;
}

/** Terms to ask about first: several-word concepts, then long (specific) single words, then names. */
function orderTerms<T extends { term: { kind: string; term: string } }>(terms: readonly T[]): T[] {
  const rank = (t: T) => (t.term.kind === 'concept' ? (t.term.term.includes(' ') ? 0 : t.term.term.length >= 10 ? 1 : 3) : t.term.kind === 'person' || t.term.kind === 'organisation' ? 2 : 4);
  return [...terms].map((t, i) => ({ t, i })).sort((a, b) => rank(a.t) - rank(b.t) || a.i - b.i).map((x) => x.t);
}

function sentenceWith(ctx: SectionContext, phrase: string): SourceSentence | undefined {
  const p = phrase.toLowerCase();
  return ctx.answer.find((s) => s.text.toLowerCase().includes(p));
}

/** Candidate "understand" prompts, best first. */
export function understandPrompts(ctx: SectionContext): Prompt[] {
  const { ref } = ctx.voice;
  const out: Prompt[] = [];
  for (const { term, asWritten } of orderTerms(ctx.terms)) {
    const s = sentenceWith(ctx, asWritten);
    if (!s) continue;
    const shown = term.kind === 'concept' ? caseAsUsed(asWritten, ctx.voice.context) : asWritten;
    if (term.kind === 'person') {
      const full = term.term.includes(asWritten) && term.term.split(/\s+/).length <= 4 ? term.term : shown;
      // The teacher's answer to "who is X" is the sentence that says who X is, wherever the article says it.
      const intro = introductionOf(full, ctx.interview, [s.text]);
      out.push(makePrompt('understand', `Who is ${full}, and why does ${ref.possessive} answer mention this person?`, [s], [], intro ? [intro] : []));
    } else if (term.kind === 'organisation') {
      const intro = introductionOf(asWritten.replace(/^the /i, ''), ctx.interview, [s.text]);
      out.push(makePrompt('understand', `What is ${shown}, and what part does it play in ${ref.possessive} answer?`, [s], [], intro ? [intro] : []));
    } else if (term.kind === 'concept') {
      // A term is related only to the claim of its own sentence, never to another name that happens to stand near it.
      const claim = reportedClause(s, ctx.voice, 24);
      const text = claim && claim.toLowerCase().includes(shown.toLowerCase())
        ? `What does ${ref.mid} mean by “${shown}” in saying that ${claim}?`
        : pick([
          `In your own words, what does ${ref.mid} mean by “${shown}” in this answer?`,
          `How would you explain “${shown}”, as ${ref.mid} uses it here, to a classmate?`,
          `What does “${shown}” mean in ${ref.possessive} answer, and why does it matter to the point being made?`,
        ], ctx.exchange.number + out.length);
      out.push(makePrompt('understand', text, [s]));
    }
  }
  for (const cue of ctx.cues) {
    if (cue.kind !== 'quote' || !cue.phrase) continue;
    out.push(makePrompt('understand', `Why does ${ref.mid} put “${cue.phrase}” in quotation marks, and what does the phrase refer to?`, [cue.sentence]));
  }
  for (const s of [...ctx.ranked.filter(isArguable), ...ctx.ranked].slice(0, 3)) {
    const said = statement(s, ctx.voice);
    if (said) out.push(makePrompt('understand', pick([`${said} What is ${ref.mid} saying here, in your own words?`, `${said} How would you put this point in your own words?`], ctx.exchange.number), [s]));
  }
  const asked = mainQuestion(ctx);
  if (asked && ctx.ranked[0]) {
    out.push(asFallback(makePrompt('understand', `The question asks: ${quoted(asked.text)} In one sentence of your own, what is ${ref.possessive} answer?`, [asked, ctx.ranked[0]])));
  }
  return out;
}
