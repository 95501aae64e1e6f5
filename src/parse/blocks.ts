/** Text → blocks: paragraphs, headings, rules, images and link definitions, each with its first line number. Pure. */
import { stripInline } from './inline.js';

/** What a block of the source is, before any meaning is given to it. */
export type BlockKind = 'para' | 'heading' | 'rule' | 'image' | 'refdef';

/** A run of source lines read as one unit. */
export interface Block {
  readonly kind: BlockKind;
  /** The source lines, joined with "\n", markup kept. */
  readonly raw: string;
  /** 1-based line of the input where the block starts. */
  readonly line: number;
  /** Heading level (1–6) for headings. */
  readonly level?: number;
}

/** How to split a paragraph further. */
export interface BlockOptions {
  /** A line that stands alone even without blank lines around it (a date line, a caption). */
  readonly isStandalone?: (line: string) => boolean;
  /** A line that starts a new speaker's turn. */
  readonly isTurnStart?: (line: string) => boolean;
}

const ATX = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const RULE = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const REFDEF = /^ {0,3}\[[^\]]+\]:[ \t]*\S/;
const IMAGE_LINE = /^\s*(?:\[\s*)?!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])(?:\s*\]\([^)]*\))?\s*$/;

/** True for a line holding only white space (including non-breaking spaces). */
export function isBlankLine(line: string): boolean {
  return /^[\s\u00A0\u2000-\u200B\u3000]*$/.test(line);
}

/** Splits text into blocks; `firstLine` is the input line number of text's first line. */
export function splitBlocks(text: string, firstLine = 1, options: BlockOptions = {}): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let para: { lines: string[]; line: number } | null = null;
  const flush = () => {
    if (para) blocks.push(...splitParagraph(para.lines, para.line, options));
    para = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const no = firstLine + i;
    if (isBlankLine(line)) { flush(); continue; }
    const atx = ATX.exec(line);
    if (atx) { flush(); blocks.push({ kind: 'heading', raw: atx[2]!, line: no, level: atx[1]!.length }); continue; }
    const setext = SETEXT.exec(line);
    const current = para as { lines: string[]; line: number } | null;
    if (setext && current && current.lines.length === 1 && (setext[1]!.startsWith('=') || setext[1]!.length >= 2)) {
      blocks.push({ kind: 'heading', raw: current.lines[0]!, line: current.line, level: setext[1]!.startsWith('=') ? 1 : 2 });
      para = null;
      continue;
    }
    if (RULE.test(line)) { flush(); blocks.push({ kind: 'rule', raw: line, line: no }); continue; }
    if (REFDEF.test(line)) { flush(); blocks.push({ kind: 'refdef', raw: line, line: no }); continue; }
    if (IMAGE_LINE.test(line)) { flush(); blocks.push({ kind: 'image', raw: line, line: no }); continue; }
    if (options.isStandalone?.(line)) { flush(); blocks.push({ kind: 'para', raw: line, line: no }); continue; }
    if (para && options.isTurnStart?.(line)) flush();
    if (!para) para = { lines: [], line: no };
    para.lines.push(line);
  }
  flush();
  return blocks;
}

// Unwrapped text (one paragraph a line, no blank lines between) shows as long lines inside one block.
function splitParagraph(lines: readonly string[], line: number, options: BlockOptions): Block[] {
  const inner = lines.slice(0, -1);
  const visible = (l: string) => l.replace(/\]\([^)\s]*\)?/g, ']').replace(/\(?https?:\/\/\S+/g, '').length;
  const long = inner.length > 0 && inner.filter((l) => visible(l) > 120).length / inner.length >= 0.5;
  if (!long) return [{ kind: 'para', raw: lines.join('\n'), line }];
  void options;
  return lines.map((l, i) => ({ kind: 'para' as const, raw: l, line: line + i }));
}

/** A block's text as one line of plain text: lines joined with spaces, inline markup stripped. */
export function blockText(block: Block): string {
  return joinLines(block.raw);
}

/** Lines of a block as one line of plain text: quote markers dropped, lines joined with spaces, inline markup stripped. */
export function joinLines(raw: string): string {
  return stripInline(raw.replace(/^[ \t]*>[ \t]?/gm, '').replace(/\n/g, ' '));
}
