/** Source text → Interview. Pure: no file system, no console. */
import type { Interview, Paragraph, Exchange, SourceFile, Warning, SpeakerPart } from '../model.js';
import { GuideError } from '../errors.js';
import { readFrontMatter } from './front-matter.js';
import { splitBlocks, type Block } from './blocks.js';
import { isNoiseLine, removeNoise } from './noise.js';
import { confirmLabels, matchLabel, type LabelMatch } from './labels.js';
import { confirmedLabel, toUnits, type Unit } from './units.js';
import { cleanAuthor, readHeader } from './metadata.js';
import { isQuestionUnit, segmentTurns, type Shape } from './turns.js';
import { decideParts } from './parts.js';
import { buildExchanges, type DraftPara } from './exchanges.js';
import { describeSpeakers, intervieweeFromIntro, readSpeakerEvidence, setRole } from './speakers.js';
import { parseDate } from './dates.js';

/** The bytes-to-text step, re-exported so callers need one import. */
export { decodeText, DEFAULT_MAX_BYTES } from './decode.js';

/** The shapes of interview the reader knows, for the NO_EXCHANGES hint. */
export const KNOWN_SHAPES =
  'speaker labels at the start of paragraphs (GT: / JCR:, Q: / A:, Q. / A., Question: / Answer:, Jane Doe:, THE PRESIDENT:, a bare "Q", **Q:** / **Name**:), ' +
  'questions as headings ending in "?" with the answers below them, questions as bold paragraphs ending in "?", ' +
  'or short paragraphs ending in "?" each followed by its answer';

const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g;
const STANDALONE = [/^\s*(?:published|updated|posted|first published|last updated)\b.{0,40}\d{4}/i, /^\s*[Bb]y\s+\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}\s*(?:[|•·–—]\s*.{0,60})?$/u, /^\s*editor['’]?s?['’]?\s*notes?\s*:?\s*$/i];

/** Reads an interview article (already decoded to a string) into the Interview model. Throws GuideError('NO_EXCHANGES') when it finds no question/answer pairs. */
export function parseInterview(text: string, name: string): Interview {
  const clean = text.replace(/\r\n?/g, '\n').replace(ZERO_WIDTH, '');
  if (clean.replace(/[\s\u00A0]/g, '') === '') {
    throw new GuideError('EMPTY', 'the text is empty', { file: name, hint: 'Paste the interview text into the file and build again.' });
  }
  const fm = readFrontMatter(clean);
  const warnings: Warning[] = [...fm.warnings];
  const isStandalone = (line: string) => isNoiseLine(line) || STANDALONE.some((re) => re.test(line)) || isCapsLine(line) || isDateLine(line);
  const first = splitBlocks(fm.body, fm.bodyLine, { isStandalone });
  const fields = { ...headerFields(first), ...fm.fields };
  const matches = first.filter((b) => (b.kind === 'para' || b.kind === 'heading') && !isNoiseLine(b.raw.split('\n')[0]!)).map((b) => matchLabel(b.raw)).filter((m): m is LabelMatch => m !== null);
  const inner = first.filter((b) => b.kind === 'para' && b.raw.includes('\n')).flatMap((b) => b.raw.split('\n').slice(1)).filter((l) => !isNoiseLine(l)).map(matchLabel).filter((m): m is LabelMatch => m !== null);
  const confirmed = confirmLabels(matches, fm.body, inner);
  const isTurnStart = (line: string) => confirmed.labels.size > 0 && confirmedLabel(line, confirmed) !== null;
  const blocks = splitBlocks(fm.body, fm.bodyLine, { isStandalone, isTurnStart });
  const { kept } = removeNoise(blocks, (b) => b.kind === 'para' && confirmedLabel(b.raw, confirmed) !== null);
  const all = toUnits(kept, confirmed);
  const shape = chooseShape(all, name);
  if (shape === 'plain') warnings.push({ code: 'PLAIN_QUESTIONS', message: 'No speaker labels, headings or bold text mark the questions; read each short paragraph ending in "?" as a question and the paragraphs after it as its answer. Check the sections, or add "Q:" and "A:" labels.' });
  const header = readHeader(all, fields, all.findIndex((u) => isQuestionUnit(u, shape)));
  const units: Unit[] = all.flatMap((u, i) => (header.consumed.has(i) ? [] : [header.rewritten.has(i) ? { ...u, text: header.rewritten.get(i)! } : u]));
  const firstTurn = units.findIndex((u) => isQuestionUnit(u, shape));
  const labels = [...new Set(units.flatMap((u) => (u.label === undefined ? [] : [u.label])))];
  const contextText = units.slice(0, firstTurn).map((u) => u.text).join('\n');
  const whole = units.map((u) => u.text).join('\n');
  const author = header.author ?? cleanAuthor(fields['author'] ?? null);
  const evidence = readSpeakerEvidence(labels, contextText, whole, confirmed.intros, author);

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
  const context = [...contextParas.map((p) => number(p)), ...draft.context.map(number)];
  const exchanges: Exchange[] = draft.exchanges.map((ex, i) => {
    const question = ex.question.map(number);
    const answer = ex.answer.map(number);
    const base = { number: i + 1, asker: ex.asker, answerers: ex.answerers, question, answer };
    return ex.heading === undefined ? base : { ...base, heading: ex.heading };
  });
  const closing = draft.closing.map(number);

  const speakerLabels = [...new Set(turns.flatMap((t) => (t.label === null ? [] : [t.label])))];
  fillQaSpeakers(speakerLabels, parts.parts, evidence, contextText, whole, author, header.title, fields);
  const manyAskers = /\b(?:press|briefing|news conference|reporters|call)\b/i.test(`${header.title ?? ''} ${fields['tags'] ?? ''}`);
  const speakers = describeSpeakers(speakerLabels, parts.parts, evidence, manyAskers);
  const noteParas = contextParas.filter((p) => p.text);
  const source: SourceFile = { name, format: formatOf(name) };
  const interview: Interview = {
    source,
    title: header.title,
    kicker: header.kicker,
    published: header.published ?? parseDate(fields['date'] ?? ''),
    publication: pick(fields, ['publication', 'publisher', 'site_name', 'sitename', 'site', 'outlet', 'magazine', 'newspaper', 'journal']) ?? evidence.publication,
    author,
    editorsNote: noteParas.length ? noteParas.map((p) => p.text).join('\n\n') : null,
    speakers,
    context,
    exchanges,
    warnings: dedupe(warnings),
  };
  return closing.length ? { ...interview, closing } : interview;
}

function chooseShape(units: readonly Unit[], name: string): Shape {
  if (units.some((u) => u.label !== undefined)) return 'labels';
  if (units.some((u) => isQuestionUnit(u, 'headings'))) return 'headings';
  if (units.some((u) => isQuestionUnit(u, 'bold'))) return 'bold';
  // Plain paragraphs: short ones ending in "?" each followed by one that does not, at least twice.
  const asked = units.filter((u, i) => isQuestionUnit(u, 'plain') && units[i + 1]?.kind === 'para' && !isQuestionUnit(units[i + 1]!, 'plain')).length;
  if (asked >= 2) return 'plain';
  throw noExchanges(name);
}

function formatOf(name: string): SourceFile['format'] {
  if (/\.(?:md|markdown|mdown)$/i.test(name)) return 'md';
  if (/\.html?$/i.test(name)) return 'html';
  if (/\.docx$/i.test(name)) return 'docx';
  return 'txt';
}

function noExchanges(name: string): GuideError {
  return new GuideError('NO_EXCHANGES', 'found no questions and answers in the text', {
    file: name,
    hint: `The reader knows these shapes: ${KNOWN_SHAPES}. Mark who speaks each paragraph (for example "Q:" and "A:") and build again.`,
  });
}

// A short upper-case line stands alone: a kicker ("OPINION / VIEWPOINT") or an end mark ("END").
function isCapsLine(line: string): boolean {
  const t = line.trim();
  const letters = t.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() && t.split(/\s+/).length <= 6 && !/[:.?!,]/.test(t);
}

function isDateLine(line: string): boolean {
  const t = line.trim();
  return t.length <= 40 && !/[\]/]\(|:\/\//.test(t) && t.split(/\s+/).length <= 6 && parseDate(t) !== null && !/[.?!]$/.test(t);
}

// A translation project's header: "[#]: author: (Jane Doe https://…)".
function headerFields(blocks: readonly Block[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const b of blocks) {
    const m = /^\[#\]:\s*([\w-]+)\s*:\s*\((.*)\)\s*$/.exec(b.raw.trim());
    if (m && m[2]!.trim()) out[m[1]!.toLowerCase()] = m[2]!.trim();
  }
  return out;
}

function fillQaSpeakers(labels: readonly string[], parts: ReadonlyMap<string, SpeakerPart>, ev: ReturnType<typeof readSpeakerEvidence>, context: string, whole: string, author: string | null, title: string | null, fields: Readonly<Record<string, string>>): void {
  const interviewees = labels.filter((l) => parts.get(l) === 'interviewee' && !ev.names.has(l) && !ev.roles.has(l));
  const askers = labels.filter((l) => parts.get(l) === 'interviewer' && !ev.names.has(l));
  if (interviewees.length === 1 && !/^[A-Z ]{4,}$/.test(interviewees[0]!)) {
    const found = intervieweeFromIntro(context, whole);
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
