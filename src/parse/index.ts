/** Source text → Interview. Pure: no file system, no console. */
import type { Interview, Paragraph, Exchange, SourceFile, SpeakerPart, Warning } from '../model.js';
import { GuideError } from '../errors.js';
import { cleanAuthor } from './metadata.js';
import { isQuestionUnit, segmentTurns } from './turns.js';
import { decideParts } from './parts.js';
import { buildExchanges, type DraftPara } from './exchanges.js';
import { describeSpeakers, intervieweeFromIntro, readSpeakerEvidence, setRole } from './speakers.js';
import { parseDate } from './dates.js';
import { NUMBERED } from './labels.js';
import { noExchanges, readStructure } from './structure.js';

/** The bytes-to-text step, re-exported so callers need one import. */
export { decodeText, DEFAULT_MAX_BYTES } from './decode.js';

/** The shapes the reader knows, as listed in the NO_EXCHANGES hint. */
export { KNOWN_SHAPES } from './structure.js';

const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g;

/** Reads an interview article (already decoded to a string) into the Interview model. Throws GuideError('NO_EXCHANGES') when it finds no question/answer pairs. */
export function parseInterview(text: string, name: string): Interview {
  const clean = text.replace(/\r\n?/g, '\n').replace(ZERO_WIDTH, '');
  if (clean.replace(/[\s\u00A0]/g, '') === '') {
    throw new GuideError('EMPTY', 'the text is empty', { file: name, hint: 'Paste the interview text into the file and build again.' });
  }
  const { fields, warnings, confirmed, units, shape, header } = readStructure(clean, name);
  const firstTurn = units.findIndex((u) => isQuestionUnit(u, shape));
  const labels = [...new Set(units.flatMap((u) => (u.label === undefined ? [] : [u.label])))];
  const contextText = units.slice(0, firstTurn).map((u) => u.text).join('\n');
  const whole = units.map((u) => u.text).join('\n');
  const author = header.author ?? cleanAuthor(fields['author'] ?? null);
  const evidence = readSpeakerEvidence(labels, contextText, whole, confirmed.intros, author);
  for (const [label, role] of confirmed.roles) if (!evidence.roles.has(label)) setRole(evidence, label, role);

  // One label only (questions labelled, answers not): the answers belong to an unnamed answerer.
  const onlyAsker = shape === 'labels' && labels.length === 1 ? labels[0]! : null;
  const implicitAnswer = onlyAsker ? (onlyAsker === 'A' ? 'Answer' : 'A') : null;
  const preAskers = new Set(onlyAsker ? [onlyAsker] : labels.filter((l) => /^(?:Q|Question|QUESTION)$/.test(l) || evidence.hints.get(l) === 'interviewer'));
  const { context: contextParas, turns } = segmentTurns(units, shape, firstTurn, preAskers, implicitAnswer);
  const hints = new Map<string, SpeakerPart>(evidence.hints);
  if (onlyAsker) { hints.set(onlyAsker, 'interviewer'); hints.set(implicitAnswer!, 'interviewee'); }
  if (shape !== 'labels') { hints.set('Q', 'interviewer'); hints.set('A', 'interviewee'); }
  const parts = decideParts(turns, hints);
  warnings.push(...parts.warnings);
  const draft = buildExchanges(turns, parts.parts, parts.askers);
  if (draft.exchanges.length === 0) throw noExchanges(name);
  warnings.push(...draft.warnings);

  let n = 0;
  const number = (p: DraftPara): Paragraph => (p.speaker === undefined ? { number: ++n, text: p.text } : { number: ++n, text: p.text, speaker: p.speaker });
  // A greeting answered with thanks ("Welcome." / "Thanks for having me.") opens the talk; it is context, not a section.
  const greeting = draft.exchanges.length > 1 && isPleasantry(draft.exchanges[0]!) ? draft.exchanges[0]! : null;
  let talk = greeting ? draft.exchanges.slice(1) : draft.exchanges;
  // After an opening statement, the thanks that close it ("Q: Thank you, Mayor." / "Thank you.") end the statement, in reading order.
  const [statement, thanks] = talk;
  if (statement?.question.length === 0 && thanks && talk.length > 2 && isPleasantry(thanks)) {
    talk = [{ ...statement, answer: [...statement.answer, ...thanks.question, ...thanks.answer] }, ...talk.slice(2)];
  }
  const context = [...contextParas.map((p) => number(p)), ...draft.context.map(number), ...(greeting ? [...greeting.question, ...greeting.answer].map(number) : [])];
  const exchanges: Exchange[] = talk.map((ex, i) => {
    const question = ex.question.map(number);
    const answer = ex.answer.map(number);
    const base = { number: i + 1, asker: ex.asker, answerers: ex.answerers, question, answer };
    return ex.heading === undefined ? base : { ...base, heading: ex.heading };
  });
  const closing = draft.closing.map(number);

  const speakerLabels = [...new Set(turns.flatMap((t) => (t.label === null ? [] : [t.label])))];
  // A host often names the guest in the first turn ("Today I'm talking with Hannah Price").
  const opening = [header.title ?? '', contextText, firstTurn >= 0 ? units[firstTurn]!.text : ''].join('\n');
  fillQaSpeakers(speakerLabels, parts.parts, evidence, contextText, opening, whole, author, header.title, fields);
  const manyAskers = /\b(?:press|briefing|news conference|reporters|call)\b/i.test(`${header.title ?? ''} ${fields['tags'] ?? ''}`);
  const speakers = describeSpeakers(speakerLabels, parts.parts, evidence, manyAskers);
  const noteParas = contextParas.filter((p) => p.text);
  const source: SourceFile = { name, format: formatOf(name) };
  const interview: Interview = {
    source,
    title: header.title,
    kicker: header.kicker,
    published: header.published ?? parseDate(fields['date'] ?? ''),
    publication: pick(fields, ['publication', 'publisher', 'site_name', 'sitename', 'site', 'outlet', 'magazine', 'newspaper', 'journal']) ?? header.publication ?? evidence.publication ?? siteOf(fields),
    author,
    editorsNote: noteParas.length ? noteParas.map((p) => p.text).join('\n\n') : null,
    speakers,
    context,
    exchanges,
    warnings: dedupe(warnings),
  };
  return closing.length ? { ...interview, closing } : interview;
}


/** The web site an article came from ("kubernetes.dev"), from a URL in its metadata, when nothing names the publication. */
function siteOf(fields: Readonly<Record<string, string>>): string | null {
  for (const key of ['canonicalurl', 'canonical_url', 'source_url', 'url', 'via', 'permalink', 'link']) {
    const value = Object.entries(fields).find(([k]) => k.toLowerCase() === key)?.[1];
    const host = value ? /^\s*https?:\/\/([^/\s?#:]+)/i.exec(value)?.[1] : undefined;
    if (host) return host.toLowerCase().replace(/^www\./, '');
  }
  return null;
}

const THANKS = /^(?:thanks|thank you|glad to be here|happy to be here|great to be here|good to be here|it'?s (?:a pleasure|great|good) to be here|my pleasure|pleasure to be here)\b/i;

/** An exchange that only greets: the question asks nothing ("Welcome.") and the answer is a short thanks. */
function isPleasantry(ex: { question: readonly { text: string }[]; answer: readonly { text: string }[] }): boolean {
  if (ex.question.some((p) => p.text.includes('?')) || ex.answer.length !== 1) return false;
  const answer = ex.answer[0]!.text.trim();
  return answer.split(/\s+/).length <= 12 && THANKS.test(answer);
}

function formatOf(name: string): SourceFile['format'] {
  if (/\.(?:md|markdown|mdown)$/i.test(name)) return 'md';
  if (/\.html?$/i.test(name)) return 'html';
  if (/\.docx$/i.test(name)) return 'docx';
  return 'txt';
}





function fillQaSpeakers(labels: readonly string[], parts: ReadonlyMap<string, SpeakerPart>, ev: ReturnType<typeof readSpeakerEvidence>, context: string, opening: string, whole: string, author: string | null, title: string | null, fields: Readonly<Record<string, string>>): void {
  // "Speaker 2" and "GUEST" stand for a person the intro may name.
  const unnamed = (l: string) => !ev.names.has(l) || (ev.names.get(l) === l && NUMBERED.test(l));
  const interviewees = labels.filter((l) => parts.get(l) === 'interviewee' && unnamed(l) && !ev.roles.has(l));
  const askers = labels.filter((l) => parts.get(l) === 'interviewer' && !ev.names.has(l));
  if (interviewees.length === 1 && (!/^[A-Z ]{4,}$/.test(interviewees[0]!) || /^(?:GUEST|INTERVIEWEE)$/.test(interviewees[0]!))) {
    const found = intervieweeFromIntro(opening, `${whole}\n${title ?? ''}`, author);
    const label = interviewees[0]!;
    if (found) {
      ev.names.set(label, found.name);
      setRole(ev, label, found.role);
    } else if (title && isPersonTitle(title, whole)) {
      ev.names.set(label, title);
      const summary = fields['summary'] ?? fields['subtitle'] ?? fields['description'];
      if (summary && summary.split(/\s+/).length <= 12) setRole(ev, label, summary.replace(/\.$/, ''), true);
    }
  }
  if (askers.length === 1 && author && /\b(?:I|I'm|I've|we|my)\b/.test(context)) ev.names.set(askers[0]!, author);
}

// A headline that is a person's name: two to four words, all of which the interview uses.
function isPersonTitle(title: string, whole: string): boolean {
  const words = title.split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^[\p{L}\p{M}'’.-]+$/u.test(w)) && whole.includes(title);
}

function pick(fields: Readonly<Record<string, string>>, keys: readonly string[]): string | null {
  for (const k of keys) if (fields[k]) return fields[k]!;
  return null;
}

function dedupe(warnings: readonly Warning[]): Warning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => (seen.has(w.code + w.message) ? false : (seen.add(w.code + w.message), true)));
}
