/** Turns the article's part of a parsed page into Markdown-like blocks: `#` headings, paragraphs, `- ` items, `**bold**`. */
import type { DefaultTreeAdapterTypes } from 'parse5';
import { childrenOf, collapseSpace, descendants, escapeBlockStart, escapeMarkdown, isElement, rawText, stripInvisible, type HtmlElement, type HtmlNode } from './html-dom.js';

/** Tags that start and end a block of text. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figure', 'footer', 'header', 'hgroup', 'html', 'main', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'tfoot',
  'thead', 'tr', 'ul', 'menu', 'nav', 'aside', 'form', 'legend', 'noscript',
]);

/** Blocks that are furniture even without a telling class ("Advertisement", "Scroll to continue"). */
const FURNITURE_TEXT = /^(advertisement|advert|ad|sponsored( content)?|scroll to continue( with content)?|advertisement\W+scroll to continue( with content)?|story continues below( advertisement)?|share( this( article| story)?)?:?|skip to (main )?content|listen to this (article|story)( \W.*)?)$/i;

// Private-use marks stand in for markup while text is gathered, so whitespace can be normalised around them.
const OPEN = '\u0001';
const CLOSE = '\u0002';
const BREAK = '\u0003';

interface Pending {
  prefix: string;
  kind: 'paragraph' | 'heading' | 'item';
  text: string;
}

/** The blocks of text under `root`, in reading order, each ready to be joined with blank lines. */
export function renderBlocks(root: HtmlElement): string[] {
  const blocks: string[] = [];
  let pending: Pending | null = null;
  // How many <b>/<strong> are open: bold that spans blocks (<b><p>…</p></b>) is closed and reopened in each.
  let bold = 0;

  const open = (kind: Pending['kind'], prefix: string): Pending => ({ kind, prefix, text: bold > 0 ? OPEN : '' });
  const flush = (): void => {
    if (pending) blocks.push(...finishBlock(bold > 0 ? { ...pending, text: pending.text + CLOSE } : pending));
    pending = null;
  };
  const append = (text: string): void => {
    pending ??= open('paragraph', '');
    pending.text += text;
  };
  const start = (kind: Pending['kind'], prefix: string): void => {
    flush();
    pending = open(kind, prefix);
  };
  // A list item or heading whose content is wrapped in a block (<li><p>…</p></li>) keeps its marker.
  const isFreshMarker = (): boolean => pending !== null && pending.kind !== 'paragraph' && pending.text.replace(/[\s\u0001]/g, '') === '';

  const walk = (node: HtmlNode): void => {
    if (node.nodeName === '#text') {
      // Invisible characters include the controls used as marks below, so they go before the marks come in.
      append(escapeMarkdown(stripInvisible((node as DefaultTreeAdapterTypes.TextNode).value)));
      return;
    }
    if (!isElement(node)) return;
    const tag = node.tagName;
    const heading = /^h([1-6])$/.exec(tag);
    let row: string[] | null;
    if (heading || tag === 'li') {
      start(heading ? 'heading' : 'item', heading ? `${'#'.repeat(Number(heading[1]))} ` : '- ');
      walkChildren(node);
      flush();
    } else if (tag === 'pre') {
      flush();
      blocks.push(...finishPre(rawText(node)));
    } else if (tag === 'br') {
      append(BREAK);
    } else if (tag === 'hr') {
      flush();
    } else if (tag === 'strong' || tag === 'b') {
      if (bold === 0) append(OPEN);
      bold++;
      walkChildren(node);
      bold--;
      // A block that ended inside the bold was closed by flush(); only a block still open needs closing here.
      if (bold === 0 && pending) pending.text += CLOSE;
    } else if (tag === 'tr' && (row = speakerRow(node)) !== null) {
      flush();
      blocks.push(...row);
    } else if (tag === 'td' || tag === 'th') {
      append(' ');
      walkChildren(node);
      append(' ');
    } else if (BLOCK_TAGS.has(tag)) {
      if (!isFreshMarker()) flush();
      walkChildren(node);
      flush();
    } else {
      walkChildren(node);
    }
  };
  const walkChildren = (node: HtmlNode): void => {
    for (const kid of childrenOf(node)) walk(kid);
  };

  walk(root);
  flush();
  return blocks.filter((block) => !FURNITURE_TEXT.test(block.replace(/\*\*/g, '').trim()));
}

/** The speaker's label in a transcript table's first column: a short name or role, not a sentence or a number. */
const CELL_LABEL = /^[\p{Lu}\p{Lt}][\p{L}\p{M} .'’()-]{0,39}?:?$/u;

/**
 * A transcript laid out as a table, one turn per row (speaker | words), read as "Speaker: words" so the label
 * survives; null for any other row, which is read cell after cell.
 */
function speakerRow(row: HtmlElement): string[] | null {
  const cells = childrenOf(row).filter((kid): kid is HtmlElement => isElement(kid) && (kid.tagName === 'td' || kid.tagName === 'th'));
  if (cells.length !== 2 || cells.every((cell) => cell.tagName === 'th')) return null;
  const [labelCell, wordsCell] = cells as [HtmlElement, HtmlElement];
  // A page laid out with a table (menu | content) is not a transcript: its rows are few, its first cell links.
  const nested = (cell: HtmlElement, tags: readonly string[]): boolean => descendants(cell).some((el) => el !== cell && tags.includes(el.tagName));
  if (rowCount(row) < 2 || nested(labelCell, ['a', 'br', 'img', 'table']) || nested(wordsCell, ['table'])) return null;
  const label = collapseSpace(rawText(labelCell));
  if (!CELL_LABEL.test(label) || /[.!?]$/.test(label)) return null;
  const words = renderBlocks(wordsCell);
  if (words.length === 0) return null;
  const [first, ...rest] = words;
  return [`${escapeBlockStart(escapeMarkdown(label.replace(/:$/, '')))}: ${first as string}`, ...rest];
}

/** Rows counted per table body, so that a long transcript table is not counted again for each of its rows. */
const ROW_COUNTS = new WeakMap<object, number>();

function rowCount(row: HtmlElement): number {
  const parent = row.parentNode;
  if (!parent) return 1;
  let count = ROW_COUNTS.get(parent);
  if (count === undefined) {
    count = childrenOf(parent as HtmlNode).filter((kid) => isElement(kid) && kid.tagName === 'tr').length;
    ROW_COUNTS.set(parent, count);
  }
  return count;
}

/** Normalises one gathered block; a paragraph with blank lines in it (from <br><br>) becomes several. */
function finishBlock(block: Pending): string[] {
  let text = normaliseMarks(
    block.text
      .replace(/[\s\u00a0]+/g, ' ')
      .replace(new RegExp(` ?${BREAK} ?`, 'g'), '\n'),
  );
  if (block.kind === 'heading') text = text.replaceAll(OPEN, '').replaceAll(CLOSE, '');
  text = text.replaceAll(OPEN, '**').replaceAll(CLOSE, '**').trim();
  if (text === '') return [];
  if (block.kind !== 'paragraph') return [block.prefix + text.replace(/\s*\n\s*/g, ' ')];
  return text
    .split(/\n{2,}/)
    .map((part) => escapeLines(part.trim()))
    .filter((part) => part !== '');
}

/** Each line of a paragraph is escaped at its start, since the reader looks for labels and markers line by line. */
function escapeLines(text: string): string {
  return text.split('\n').map(escapeBlockStart).join('\n');
}

/** Keeps bold marks tight around their words: spaces and line breaks move outside, empty and touching pairs go. */
function normaliseMarks(text: string): string {
  let out = splitBoldAtBreaks(text);
  for (let before = ''; before !== out; ) {
    before = out;
    out = out
      .replace(new RegExp(`${OPEN}${CLOSE}|${CLOSE}${OPEN}`, 'g'), '')
      .replace(new RegExp(`${OPEN}([ \\n]+)`, 'g'), `$1${OPEN}`)
      .replace(new RegExp(`([ \\n]+)${CLOSE}`, 'g'), `${CLOSE}$1`);
  }
  return out;
}

/** Markdown bold cannot span lines: close it before each line break and open it again after. */
function splitBoldAtBreaks(text: string): string {
  let open = false;
  let out = '';
  for (const ch of text) {
    if (ch === OPEN) open = true;
    else if (ch === CLOSE) open = false;
    out += ch === '\n' && open ? `${CLOSE}\n${OPEN}` : ch;
  }
  return out;
}

/** Preformatted text keeps its lines; blank lines split it into paragraphs. */
function finishPre(text: string): string[] {
  return escapeMarkdown(stripInvisible(text))
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\u00a0]/g, ' ')
    .split(/\n[ ]*\n/)
    .map((part) =>
      part
        .split('\n')
        .map((line) => escapeBlockStart(line.trimEnd()))
        .join('\n')
        .replace(/^\n+|\n+$/g, ''),
    )
    .filter((part) => part.trim() !== '');
}
