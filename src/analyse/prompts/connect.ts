/** "Connect" prompts: from the article's own situation (its actors, its issue) to the students' country, community and life. */
import type { Interview, Prompt } from '../../model.js';
import type { SourceSentence } from '../summary/sentences.js';
import { nounPhrases } from '../topic.js';
import { joinTokens, trimLead } from '../summary/attribution.js';
import { mainQuestion, findAsWritten, type SectionContext } from './context.js';
import { asFallback, makePrompt, quoted, reportedClause, statement, stripEnd } from './phrasing.js';
import { isDebatable, isPersonalView } from './cues.js';
import { listOf } from './names.js';
import { caseAsUsed, withArticle } from './understand.js';

const ADVICE = /^(.{2,60}?)\s+(?:must|should|needs? to|ought to|has to|have to)\s+(.{6,}?)$/i;
const PRONOUN = /^(?:he|she|they|it|we|you|i|this|that|one)$/i;

/** The names a sentence is about (runs of proper nouns, not the speakers), as the text writes them. */
export function actorsOf(s: SourceSentence, ctx: SectionContext): string[] {
  const own = speakerWords(ctx.interview.speakers);
  const out: string[] = [];
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    if (t[i]!.pos !== 'PROPN' || !/^\p{Lu}/u.test(t[i]!.value)) continue;
    let j = i;
    while (j + 1 < t.length && (t[j + 1]!.pos === 'PROPN' || (t[j + 1]!.value === '-' && !t[j + 1]!.spaceBefore && t[j + 2]?.pos === 'PROPN'))) j++;
    const name = joinTokens(t.slice(i, j + 1));
    const single = i === j;
    i = j;
    // "Canadian exports", "the Southern neighbors": a one-word name before a noun is an adjective, not an actor.
    if (single && (t[j + 1]?.pos === 'NOUN' || t[j + 1]?.pos === 'ADJ' || /(?:an|ese|ish|ern)$/.test(name))) continue;
    if (name.split(/\s+/).some((w) => own.has(w.toLowerCase())) || /['’]/.test(name) || name.length < 2) continue;
    const shown = withArticle(name, ctx.voice.context);
    if (!out.includes(shown)) out.push(shown);
  }
  return out.slice(0, 3);
}

/** The speakers' labels and the words of their names, lower-cased; made once per speaker list, as every sentence asks. */
function speakerWords(speakers: Interview['speakers']): ReadonlySet<string> {
  let own = ownWords.get(speakers);
  if (!own) {
    own = new Set(speakers.flatMap((x) => [x.label, ...(x.name ?? '').split(/\s+/)]).map((w) => w.toLowerCase()).filter(Boolean));
    ownWords.set(speakers, own);
  }
  return own;
}
const ownWords = new WeakMap<Interview['speakers'], ReadonlySet<string>>();

/** The first names of the whole answer, for a sentence that names no one itself ("the average Canadian"). */
function answerActors(ctx: SectionContext): string[] {
  const out: string[] = [];
  for (const s of ctx.answer) for (const a of actorsOf(s, ctx)) if (!out.includes(a)) out.push(a);
  return out.slice(0, 2);
}

/** What the sentence is about: a key concept it uses, else its longest common-noun phrase. */
export function issueOf(s: SourceSentence, ctx: SectionContext): string | null {
  // A short everyday word ("exports") names no issue of its own; a phrase or a specific word does.
  const concept = ctx.terms.find((t) => t.term.kind === 'concept' && (t.term.term.includes(' ') || t.term.term.length >= 10) && findAsWritten(s.text, t.term));
  if (concept) return caseAsUsed(findAsWritten(s.text, concept.term)!, ctx.voice.context);
  const phrases = nounPhrases(s.tokens)
    .map((np) => np.slice(0, ((i) => (i < 0 ? np.length : i))(np.findIndex((x) => x.pos === 'ADP'))))
    .map((np) => np.filter((x, i) => !(i === 0 && (x.pos === 'DET' || x.pos === 'PRON'))))
    .map((np) => { let k = 0; while (k < np.length && (np[k]!.pos === 'NUM' || /^(?:many|some|few|several|most|all|any|much|more|other|such|obvious|first|last|next|main|key|real|new|good|great|best|whole|same|own|big|small|little|long|different)$/i.test(np[k]!.value))) k++; return np.slice(k); })
    .filter((np) => np.length >= 2 && np.length <= 4 && np.every((x) => x.pos !== 'PROPN' && x.pos !== 'NUM') && np[np.length - 1]!.pos === 'NOUN');
  const best = phrases.sort((a, b) => b.length - a.length)[0];
  return best ? joinTokens(best).toLowerCase() : null;
}

/** The advice split into who should act and what they should do ("Canada and China" / "build mutual trust first"). */
function adviceOf(s: SourceSentence, actors: readonly string[]): { who: string; act: string } | null {
  const body = stripEnd(trimLead(s.text)).replace(/^(?:but|and|so)\s+/i, '');
  const clauses = body.split(/,\s+/);
  for (const c of clauses) {
    const m = ADVICE.exec(c);
    if (!m || m[2]!.split(/\s+/).length > 18 || /^(?:if|when|whether)\b/i.test(m[1]!)) continue;
    let who = m[1]!.replace(/^(?:that|then)\s+/i, '');
    if (PRONOUN.test(who)) {
      if (!actors.length || /^(?:we|you|i)$/i.test(who)) return null;
      who = actors[0]!;
    }
    if (who.split(/\s+/).length > 6 || /\b(?:that|which|who)\b/i.test(who)) continue;
    return { who, act: m[2]! };
  }
  return null;
}

/** Candidate "connect" prompts, best first: each names the article's actors or issue and asks how it maps onto the students' world. */
export function connectPrompts(ctx: SectionContext): Prompt[] {
  const { ref } = ctx.voice;
  const out: Prompt[] = [];
  const world = ctx.publicSphere ? 'your own country or region' : 'your own school, community or life';
  for (const cue of ctx.cues) {
    const s = cue.sentence;
    const actors = actorsOf(s, ctx);
    if (cue.kind === 'recommendation') {
      const said = statement(s, ctx.voice, 'argues');
      const advice = adviceOf(s, actors);
      if (!said || !advice) continue;
      out.push(makePrompt('connect', ctx.publicSphere
        ? `${said} Think of a dispute involving ${world}: would it help if one side tried to ${advice.act}, as ${ref.mid} says ${advice.who} should? Why or why not?`
        : `${said} Think of a project or group you belong to: should it ${advice.act}, as ${ref.mid} says ${advice.who} should? Why or why not?`, [s]));
    } else if (cue.kind === 'prediction' && ctx.publicSphere && actors.length) {
      const clause = reportedClause(s, ctx.voice, 28);
      if (clause) out.push(makePrompt('connect', `${ref.subject} predicts that ${clause}. If this happened to ${listOf(actors)}, what would change, and would ${world} feel the effects?`, [s]));
    }
  }
  for (const s of ctx.ranked.filter(isDebatable).slice(0, 3)) {
    const said = statement(s, ctx.voice);
    const issue = issueOf(s, ctx);
    const actors = actorsOf(s, ctx).length ? actorsOf(s, ctx) : answerActors(ctx);
    if (!said || !issue) continue;
    if (ctx.publicSphere ? !actors.length : /\p{Lu}|[-/]/u.test(issue) || issue.split(' ').length < 2) continue;
    out.push(makePrompt('connect', ctx.publicSphere
      ? `${said} Where have you seen ${issue} in ${world}, and how does it compare with the case of ${listOf(actors)}?`
      : `${said} Think of ${issue} in ${world}: does what ${ref.mid} says hold there too? Give one example.`, [s]));
  }
  // Public affairs: any central sentence that names its actors and its issue can be taken to the students' own country.
  if (ctx.publicSphere) {
    for (const s of ctx.ranked.slice(0, 4)) {
      const said = statement(s, ctx.voice);
      const issue = issueOf(s, ctx);
      const actors = actorsOf(s, ctx);
      if (said && issue && actors.length) out.push(asFallback(makePrompt('connect', `${said} Where have you seen ${issue} in ${world}, and how does it compare with the case of ${listOf(actors)}?`, [s])));
    }
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
    out.push(makePrompt('connect', `${ctx.interview.speakers.find((s) => s.label === ctx.exchange.asker)?.name ?? 'The interviewer'} asks ${ref.mid}: ${quoted(asked.text).replace(/\?”$/, '?”')} How would you answer it about your own life or interests?`, [asked], [], ctx.ranked.slice(0, 1)));
  }
  return out;
}
