/** Text → content units: front matter, blocks, speaker labels, noise removed, header read, shape chosen. Pure. */
import type { Warning } from '../model.js';
import { GuideError } from '../errors.js';
import { readFrontMatter } from './front-matter.js';
import { splitBlocks, type Block } from './blocks.js';
import { isNoiseLine, removeNoise } from './noise.js';
import { confirmLabels, matchLabel, type ConfirmedLabels, type LabelMatch } from './labels.js';
import { confirmedLabel, mergeShortLabels, toUnits, type Unit } from './units.js';
import { readHeader, type Header } from './metadata.js';
import { isQuestionUnit, type Shape } from './turns.js';
import { parseDate } from './dates.js';

/** The shapes of interview the reader knows, for the NO_EXCHANGES hint. */
export const KNOWN_SHAPES =
  'speaker labels at the start of paragraphs (GT: / JCR:, Q: / A:, Q. / A., Question: / Answer:, Jane Doe:, THE PRESIDENT:, a bare "Q", **Q:** / **Name**:), ' +
  'questions as headings ending in "?" with the answers below them, questions as bold paragraphs ending in "?", ' +
  'or short paragraphs ending in "?" each followed by its answer';

const STANDALONE = [/^\s*(?:published|updated|posted|first published|last updated)\b.{0,40}\d{4}/i, /^\s*[Bb]y\s+\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}\s*(?:[|•·–—]\s*.{0,60})?$/u, /^\s*editor['’]?s?['’]?\s*notes?\s*:?\s*$/i];

/** What the reader knows before it lays out the exchanges. */
export interface Structure {
  readonly fields: Readonly<Record<string, string>>;
  readonly warnings: Warning[];
  readonly confirmed: ConfirmedLabels;
  /** Content units, metadata lines removed. */
  readonly units: Unit[];
  readonly shape: Shape;
  readonly header: Header;
}

/** Reads normalised text (LF line ends) into content units; throws NO_EXCHANGES when no shape fits. */
export function readStructure(clean: string, name: string): Structure {
  const fm = readFrontMatter(clean);
  const warnings: Warning[] = [...fm.warnings];
  const isStandalone = (line: string) => isNoiseLine(line) || STANDALONE.some((re) => re.test(line)) || isCapsLine(line) || isDateLine(line);
  const first = splitBlocks(fm.body, fm.bodyLine, { isStandalone });
  const fields = { ...headerFields(first), ...fm.fields };
  const matches = first.filter((b) => (b.kind === 'para' || b.kind === 'heading') && !isNoiseLine(b.raw.split('\n')[0]!)).map((b) => matchLabel(b.raw)).filter((m): m is LabelMatch => m !== null);
  const inner = first.filter((b) => b.kind === 'para' && b.raw.includes('\n')).flatMap((b) => b.raw.split('\n').slice(1)).filter((l) => !isNoiseLine(l)).map(matchLabel).filter((m): m is LabelMatch => m !== null);
  const confirmed = confirmLabels(matches, fm.body, inner);
  const isTurnStart = (line: string) => confirmed.labels.size > 0 && confirmedLabel(line, confirmed) !== null;
  const blocks = splitHeaderLines(splitBlocks(fm.body, fm.bodyLine, { isStandalone, isTurnStart }));
  const { kept } = removeNoise(blocks, (b) => b.kind === 'para' && confirmedLabel(b.raw, confirmed) !== null);
  const all = mergeShortLabels(toUnits(kept, confirmed));
  const shape = chooseShape(all, name);
  if (shape === 'plain') warnings.push({ code: 'PLAIN_QUESTIONS', message: 'No speaker labels, headings or bold text mark the questions; read each short paragraph ending in "?" as a question and the paragraphs after it as its answer. Check the sections, or add "Q:" and "A:" labels.' });
  const header = readHeader(all, fields, all.findIndex((u) => isQuestionUnit(u, shape)));
  const units: Unit[] = all.flatMap((u, i) => (header.consumed.has(i) ? [] : [header.rewritten.has(i) ? { ...u, text: header.rewritten.get(i)! } : u]));
  return { fields, warnings, confirmed, units, shape, header };
}

/** The error for a text with no exchanges; its hint lists the shapes the reader knows. */
export function noExchanges(name: string): GuideError {
  return new GuideError('NO_EXCHANGES', 'found no questions and answers in the text', {
    file: name,
    hint: `The reader knows these shapes: ${KNOWN_SHAPES}. Mark who speaks each paragraph (for example "Q:" and "A:") and build again.`,
  });
}

// The top of a plain-text article often stacks short lines with no blank between them: a section
// name over the headline ("Sunday Profile" / "The baker who rose early"). Each is a line of its own.
function splitHeaderLines(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((b, i) => {
    if (i > 2 || b.kind !== 'para') return [b];
    const lines = b.raw.split('\n');
    const short = lines.length >= 2 && lines.length <= 3 && lines.every((l) => /\S/.test(l) && l.trim().split(/\s+/).length <= 8 && !/[.,;:!?…]["”’)]?\s*$/.test(l) && !/^\s*[>*_#-]/.test(l));
    return short ? lines.map((l, j) => ({ kind: 'para' as const, raw: l, line: b.line + j })) : [b];
  });
}

function chooseShape(units: readonly Unit[], name: string): Shape {
  if (units.some((u) => u.label !== undefined)) return 'labels';
  // The shape is chosen by questions that end in "?"; prompts without one only join a shape already chosen.
  const asked = (u: Unit) => /\?["”’)]?$/.test(u.text);
  if (units.some((u) => isQuestionUnit(u, 'headings') && asked(u))) return 'headings';
  if (units.some((u) => isQuestionUnit(u, 'bold') && asked(u))) return 'bold';
  // Plain paragraphs: short ones ending in "?" each followed by one that does not, at least twice.
  const pairs = units.filter((u, i) => isQuestionUnit(u, 'plain') && units[i + 1]?.kind === 'para' && !isQuestionUnit(units[i + 1]!, 'plain')).length;
  if (pairs >= 2) return 'plain';
  throw noExchanges(name);
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
