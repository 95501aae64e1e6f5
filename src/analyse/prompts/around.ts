/** Prompts around the sections: "Before you read" (anticipation) and "After reading" (connecting sections). */
import type { Interview, KeyTerm, Prompt } from '../../model.js';
import { sentencesOf, type SourceSentence } from '../summary/sentences.js';
import { scoreSentences } from '../summary/index.js';
import { findAsWritten, fallbackTerms } from './context.js';
import { caseAsUsed, withArticle } from './understand.js';
import { findCues, isArguable } from './cues.js';
import { topicOf } from '../topic.js';
import { firstParagraph, frequentNames, allTerms, mainVoice, listOf } from './names.js';
import { isOpinionPiece } from './critical.js';
import { makePrompt, quoted, reportedClause, isWellFormed } from './phrasing.js';
import { wholeLiteralFrom } from '../chars.js';
import { indexFor, type SubstringIndex } from '../substring-index.js';
import { foldCase, foldedText } from '../definitions/prefilter.js';

const DESCRIBES = /\b(discuss(?:es|ed)?|explor(?:es|ed)|examin(?:es|ed)|consider(?:s|ed)|asks?|asked|talks? about|explains?)\s+((?:whether|how|why|what|if)\b.+)$/i;

/** Two anticipation questions from the headline, the editor's note or the first question. */
export function writeBeforeReading(interview: Interview, keyTerms: readonly (readonly KeyTerm[])[]): Prompt[] {
  const voice = mainVoice(interview);
  const { ref } = voice;
  const out: Prompt[] = [];
  const anchor = interview.context[0]?.number ?? firstParagraph(interview);
  const anchors = anchor === undefined ? [] : [anchor];
  const names = headlineNames(interview, keyTerms);
  const title = interview.title?.trim();
  const expect = isOpinionPiece(interview) ? 'what do you expect the interview to argue' : 'what do you expect to learn from it';
  const headline = title !== undefined && title.split(/\s+/).length >= 4;
  if (title && headline) {
    out.push(makePrompt('connect', names.length
      ? `The headline reads ${quoted(title)}. What do you already know about ${listOf(names)}, and ${expect}?`
      : `The headline reads ${quoted(title)}. ${expect[0]!.toUpperCase()}${expect.slice(1)}, and why?`, [], anchors));
  }
  const note = sentencesOf(interview.context);
  const framing = note.map((s) => ({ s, m: DESCRIBES.exec(s.text.replace(/[.!]\s*$/, '')) })).find((x) => x.m);
  if (framing?.m) {
    const verb = framing.m[1]!.toLowerCase();
    out.push(makePrompt('analyse', `The introduction says that ${ref.mid} ${verb} ${quoted(framing.m[2]!)}. Before you read, what do you predict the answer will be, and why?`, [framing.s]));
  }
  // The first question asked: an opening statement answers none.
  const first = interview.exchanges.find((e) => e.answer.length && e.question.length);
  const asked = first ? sentencesOf(first.question).filter((s) => /\?\s*["”’]?$/.test(s.text)).find((s) => s.words >= 5) : undefined;
  if (asked && out.length < 2) {
    out.push(makePrompt('analyse', `The first question asks: ${quoted(asked.text)} Before you read, what do you expect ${ref.mid} to answer, and why?`, [asked]));
  }
  // Not when the headline's prompt has asked about the same names.
  if (out.length < 2 && names.length && !headline) {
    out.push(makePrompt('connect', `The interview mentions ${listOf(names)}. What do you already know about ${names.length > 1 ? 'them' : 'this'}, and where did you learn it?`, [], anchors));
  }
  if (asked && out.length < 2) {
    out.push(makePrompt('connect', `Before you read, how would you answer the first question, ${quoted(asked.text)}, about yourself, and why?`, [asked]));
  }
  return out.filter(isWellFormed).filter((p, i, all) => all.findIndex((q) => q.text === p.text) === i).slice(0, 2);
}

const RELATION = /(?<![\p{L}])(\p{Lu}[\p{L}]+)-(\p{Lu}[\p{L}]+) (?:relations|relationship|ties|partnership|trade|talks|dispute|conflict|rivalry|war)\b/u;
const VOCATIVE = /(?:thank(?:s| you)|hi|hello|dear|okay|ok|yes|no|well),?\s+$/i;

/**
 * The names an anticipation question may ask about: those of the headline and the editor's note
 * (never a name the answers only use to address someone, "Thank you, David"). A pair the note relates
 * ("China-Canada relations") says what the article is about; else the names the headline and note use most.
 */
export function headlineNames(interview: Interview, keyTerms: readonly (readonly KeyTerm[])[]): string[] {
  const lead = [interview.title ?? '', ...interview.context.map((p) => p.text)].join('\n');
  if (!lead.trim()) return [];
  const pair = RELATION.exec(interview.context.map((p) => p.text).join('\n')) ?? RELATION.exec(lead);
  if (pair && pair[1] !== pair[2]) return [pair[1]!, pair[2]!];
  const voice = mainVoice(interview);
  const candidates = [...frequentNames(interview).map((n) => n.name), ...allTerms(interview, keyTerms).filter((t) => t.kind !== 'concept').map((t) => withArticle(t.term, voice.context))];
  const scored: { name: string; n: number; i: number }[] = [];
  candidates.forEach((name, i) => {
    const bare = name.replace(/^the /, '');
    // "DIY", "MC": a short abbreviation in a headline is seldom a name a student knows anything about.
    if (/^\p{Lu}{1,3}$/u.test(bare) && !/^(?:US|UK|EU|UN)$/.test(bare)) return;
    if (scored.some((x) => x.name.replace(/^the /, '') === bare)) return;
    let n = 0;
    for (const at of wholeUses(lead, bare)) if (!VOCATIVE.test(lead.slice(Math.max(0, at - 12), at))) n++;
    if (n > 0) scored.push({ name, n, i });
  });
  return scored.sort((a, b) => b.n - a.n || a.i - b.i).slice(0, 2).map((x) => x.name);
}

/**
 * Where the text uses the name as a whole word, one use after another: the matches of the global
 * pattern `(?<![\p{L}])${name}(?![\p{L}])`, found without compiling that pattern for every name.
 */
export function wholeUses(text: string, name: string): number[] {
  if (name === '') return [...text.matchAll(/(?<![\p{L}])(?![\p{L}])/gu)].map((m) => m.index);
  const out: number[] = [];
  for (let at = wholeLiteralFrom(text, name, 0); at !== -1; at = wholeLiteralFrom(text, name, at + name.length)) out.push(at);
  return out;
}

interface Recurring {
  readonly label: string;
  readonly sections: readonly number[];
  readonly evidence: readonly SourceSentence[];
  readonly rank: number;
}

/**
 * The answers (by index) whose folded text holds, for some form of the term findAsWritten tries,
 * that form's longest piece between white space (which its pattern matches as written, ignoring
 * case), or null when a form is too short to look up. The index gives the answers that may hold a
 * piece; each is then searched for it, so that the count is a close bound on the sections that use the term.
 */
function answersHolding(index: SubstringIndex, folded: readonly string[], term: KeyTerm): Set<number> | null {
  const found = new Set<number>();
  for (const form of [term.term, ...(term.variants ?? [])]) {
    if (form.length < 3) continue;
    const piece = foldCase(form)
      .split(/\s+/)
      .reduce((a, p) => (p.length > a.length ? p : a), '');
    const hits = index.candidates(piece);
    if (hits === null) return null;
    for (const k of hits) if (!found.has(k) && folded[k]!.includes(piece)) found.add(k);
  }
  return found;
}

/**
 * The first `limit` terms and names that come up in two or more sections (but not in most), with a
 * sentence from each: ideas, people and organisations before places, then those in more sections,
 * then in the order the guide gives them.
 */
function recurring(iv: Interview, keyTerms: readonly (readonly KeyTerm[])[], limit: number): Recurring[] {
  // Ideas and people the guide explains: key terms with a definition.
  const given = allTerms(iv, keyTerms).filter((t) => t.definition.trim() !== '');
  const pool: KeyTerm[] = given.length ? given : [
    ...iv.exchanges.flatMap((e) => fallbackTerms(sentencesOf([...e.question, ...e.answer]), e.answer.map((p) => p.text).join('\n'))),
    ...frequentNames(iv).slice(0, 12).map((n) => ({ term: n.name.replace(/^the /, ''), definition: '', kind: 'place' as const, firstParagraph: 0, source: 'context' as const })),
  ];
  // Each answer's sentences, and the answers' text, once for all the terms.
  const answers = iv.exchanges.map((e) => ({ e, sentences: sentencesOf(e.answer) }));
  const context = iv.exchanges.flatMap((e) => e.answer.map((p) => p.text)).join('\n');
  // In a long interview the answers that may hold a term are looked up (see ../substring-index.ts):
  // with the terms growing with the article, searching every answer for each grew with its square.
  const answerTexts = iv.exchanges.map((e) => e.answer.map((p) => p.text).join('\n'));
  const folded = answerTexts.map(foldCase);
  const index = indexFor(folded, () => folded);
  // Past this, a term is left out, so its search can stop there.
  const inMostSections = (n: number): boolean => iv.exchanges.length > 3 && n > iv.exchanges.length / 2;
  const most = iv.exchanges.length > 3 ? Math.floor(iv.exchanges.length / 2) : Infinity;
  // Each term once, with the answers that may hold it and so the most sections it can be kept with.
  const seen = new Set<string>();
  const terms: { term: KeyTerm; order: number; rank: number; candidates: readonly number[] | null; bound: number }[] = [];
  for (const term of pool) {
    if (seen.has(term.term.toLowerCase())) continue;
    seen.add(term.term.toLowerCase());
    const holding = index ? answersHolding(index, folded, term) : null;
    // The answers that may hold the term, in order (every answer when there is no index).
    const candidates = holding ? [...holding].sort((a, b) => a - b) : null;
    const bound = Math.min(candidates ? candidates.length : answers.length, most);
    // Fewer than two answers may hold it: it cannot come up in two sections.
    if (bound < 2) continue;
    terms.push({ term, order: terms.length, rank: term.kind === 'place' ? 1 : 0, candidates, bound });
  }
  // The guide's order of recurring terms, by rank, then by sections (more first), then by the pool's order.
  type Key = { rank: number; count: number; order: number };
  type Found = { term: KeyTerm; candidates: readonly number[] | null; sections: number[]; evidence: SourceSentence[]; rank: number; order: number };
  const compare = (a: Key, b: Key): number => a.rank - b.rank || b.count - a.count || a.order - b.order;
  // Searched best first by what each could reach: once `limit` are found that the rest cannot beat, the rest are not searched.
  terms.sort((a, b) => a.rank - b.rank || b.bound - a.bound || a.order - b.order);
  const keyOf = (r: Found): Key => ({ rank: r.rank, count: r.sections.length, order: r.order });
  const found: Found[] = [];
  for (const { term, order, rank, candidates, bound } of terms) {
    // The one a term must come before to be among the first `limit`, once there are that many.
    const last = found.length >= limit ? keyOf(found[limit - 1]!) : null;
    if (last && compare(last, { rank, count: bound, order }) < 0) break;
    const sections: number[] = [];
    const evidence: SourceSentence[] = [];
    const searched = candidates ?? [...answers.keys()];
    for (let i = 0; i < searched.length; i++) {
      // Not in enough of the answers left to come before the last of the first `limit`: not searched further.
      if (last && compare(last, { rank, count: Math.min(sections.length + searched.length - i, most), order }) < 0) break;
      const { e, sentences } = answers[searched[i]!]!;
      const hit = sentences.find((s) => findAsWritten(s.text, term, foldedText(s)));
      if (hit) {
        sections.push(e.number);
        evidence.push(hit);
        if (inMostSections(sections.length)) break;
      }
    }
    // A name in most sections (the two countries of the interview) connects nothing in particular.
    if (sections.length < 2 || inMostSections(sections.length)) continue;
    if (last && compare(last, { rank, count: sections.length, order }) < 0) continue;
    found.push({ term, candidates, sections, evidence: evidence.slice(0, 4), rank, order });
    // Ideas and people connect an argument better than the places it is set in.
    found.sort((a, b) => compare(keyOf(a), keyOf(b)));
  }
  return found.slice(0, limit).map(({ term, candidates, sections, evidence, rank }) => {
    const asWritten = findAsWritten(evidence[0]!.text, term)!;
    // How the answers write it: those that may hold it are enough (every use of asWritten is a use of a form).
    const where = candidates ? candidates.map((k) => answerTexts[k]!).join('\n') : context;
    // People take no article ("Meng Wanzhou", never "The Meng Wanzhou"); places and organisations as the text writes them.
    const label = term.kind === 'concept' ? quoted(caseAsUsed(asWritten, where)) : term.kind === 'person' ? asWritten : withArticle(asWritten, where);
    return { label, sections, evidence, rank };
  });
}

/** Actors of advice, kept apart when they are pairs themselves ("Canada and China as well as Carney and his government"). */
function actorList(actors: readonly string[]): string {
  if (!actors.some((a) => / and /.test(a))) return listOf(actors);
  return actors.length <= 1 ? actors.join('') : `${actors.slice(0, -1).join(', ')} as well as ${actors[actors.length - 1]}`;
}

/** Two to four prompts that connect several sections, each citing paragraphs from two or more sections. */
export function writeAfterReading(interview: Interview, keyTerms: readonly (readonly KeyTerm[])[]): Prompt[] {
  const voice = mainVoice(interview);
  const { ref } = voice;
  const out: Prompt[] = [];
  const sections = interview.exchanges.filter((e) => e.answer.length);
  for (const r of recurring(interview, keyTerms, 2)) {
    out.push(makePrompt('analyse', `${r.label} comes up in sections ${listOf(r.sections)}. What does ${ref.mid} use this to show in each, and how do these parts of the interview connect?`, r.evidence));
  }
  const advice = sections.flatMap((e) => findCues(sentencesOf(e.answer)).filter((c) => c.kind === 'recommendation').map((c) => ({ e, c })));
  const actors: string[] = [];
  const adviceSections: number[] = [];
  const adviceEvidence: SourceSentence[] = [];
  for (const { e, c } of advice) {
    const m = /(?:^|[,;]\s+|\bthat\s+)((?:[A-Z][\p{L}-]+|the [a-z]+)(?:(?:,| and| or) (?:his |her |their |the )?[\p{L}-]+){0,3})\s+(?:must|should|needs? to|ought to)\b/u.exec(c.sentence.text);
    if (!m || /^(?:I|We|You|He|She|They|It|This|That)$/.test(m[1]!)) continue;
    if (!actors.includes(m[1]!)) actors.push(m[1]!);
    if (!adviceSections.includes(e.number)) adviceSections.push(e.number);
    adviceEvidence.push(c.sentence);
  }
  if (adviceSections.length >= 2) {
    const which = adviceEvidence.length === 2 ? 'Which of these two pieces of advice is the more convincing' : 'Which piece of advice is the most convincing';
    out.push(makePrompt('evaluate', `In sections ${listOf(adviceSections)}, ${ref.mid} says what ${actorList(actors.slice(0, 3))} must or should do. ${which}, and what would its critics say?`, adviceEvidence));
  }
  const tops = sections.map((e) => {
    const ss = sentencesOf(e.answer);
    const { scores } = scoreSentences(ss);
    const order = ss.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
    for (const i of order) {
      if (!isArguable(ss[i]!)) continue;
      const clause = reportedClause(ss[i]!, voice, 22);
      if (clause) return { e, s: ss[i]!, clause };
    }
    return null;
  });
  const firstTop = tops.find((t) => t);
  const lastTop = [...tops].reverse().find((t) => t);
  if (firstTop && lastTop && firstTop.e.number !== lastTop.e.number) {
    out.push(makePrompt('analyse', `In section ${firstTop.e.number}, ${ref.mid} says that ${firstTop.clause}; in section ${lastTop.e.number}, that ${lastTop.clause}. How does the later point build on the earlier one?`, [firstTop.s, lastTop.s]));
  }
  if (out.length < 2 && sections.length >= 2) {
    const a = sections[0]!;
    const b = sections[sections.length - 1]!;
    // An opening statement has no question to name it: its heading does.
    const about = (e: typeof a) => (e.question.length === 0 && e.heading ? e.heading.toLowerCase() : caseAsUsed(topicOf(e.question.map((p) => p.text).join(' ')), voice.context));
    const both = a.question.length && b.question.length ? 'the two answers' : 'the two sections';
    out.push(makePrompt('connect', `Compare what ${ref.mid} says in section ${a.number} (${about(a)}) with section ${b.number} (${about(b)}). What connects ${both}, and which matters more to you?`, [], [a.answer[0]!.number, b.answer[0]!.number]));
  }
  return out.filter(isWellFormed).filter((p, i, all) => all.findIndex((q) => q.text === p.text) === i).slice(0, 4);
}
