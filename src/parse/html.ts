/** HTML page → the Markdown-like text the interview reader understands, keeping only the article. Pure. */
import { parse } from 'parse5';
import { renderBlocks } from './html-blocks.js';
import { findContentRoot, removeNoise } from './html-content.js';
import { capDepth, escapeBlockStart, escapeMarkdown, findFirst, stripInvisible } from './html-dom.js';
import { readPageFacts, type PageFacts } from './html-facts.js';

/** What the HTML reader found: the article as Markdown-like text (with front matter when known) and its title. */
export interface HtmlText {
  readonly text: string;
  readonly title: string | null;
}

/** Deeper than any real page nests; beyond it a subtree is read as plain text (see capDepth). */
const MAX_DEPTH = 256;

/** Pages whose markup holds less article text than this, but whose JSON-LD holds more, are read from the JSON-LD. */
const SCRIPTED_PAGE_TEXT = 200;

/** Converts an HTML page into Markdown-like text: front matter, `#` headings, paragraphs, `**bold**` labels, `- ` items. */
export function htmlToText(html: string): HtmlText {
  const document = parse(html);
  capDepth(document, MAX_DEPTH);
  const facts = readPageFacts(document);
  const body = findFirst(document, (el) => el.tagName === 'body');
  let blocks: string[] = [];
  if (body) {
    removeNoise(body);
    blocks = renderBlocks(findContentRoot(body));
  }
  const fromScripts = facts.articleBody ? plainParagraphs(facts.articleBody) : [];
  if (length(blocks) < SCRIPTED_PAGE_TEXT && length(fromScripts) > length(blocks)) blocks = fromScripts;
  const text = [frontMatter(facts), ...withoutRepeatedTitle(blocks, facts.title)].filter((part) => part !== '').join('\n\n');
  return { text: text === '' ? '' : `${text}\n`, title: facts.title };
}

/** Blocks near the top that may hold the headline, which the front matter already gives. */
const HEADLINE_REACH = 5;

/**
 * Drops the headline heading when it repeats the front matter's title: the title is kept there, and a headline
 * such as "# Jane Okafor: “Rivers remember”" would otherwise read like a speaker's turn.
 */
function withoutRepeatedTitle(blocks: readonly string[], title: string | null): string[] {
  if (!title) return [...blocks];
  const key = (text: string): string => text.replace(/\\(.)/g, '$1').replace(/\s+/g, ' ').trim().toLowerCase();
  const index = blocks.findIndex((block, i) => i < HEADLINE_REACH && /^#{1,6} /.test(block) && key(block.replace(/^#+ /, '')) === key(title));
  return index < 0 ? [...blocks] : [...blocks.slice(0, index), ...blocks.slice(index + 1)];
}

/** Plain text (JSON-LD articleBody) as paragraphs: one per line, since such text has no other structure. */
function plainParagraphs(text: string): string[] {
  return stripInvisible(text)
    .split(/\r\n?|\n/)
    .map((line) => escapeBlockStart(escapeMarkdown(line.replace(/[\s\u00a0]+/g, ' ').trim())))
    .filter((line) => line !== '');
}

function length(blocks: readonly string[]): number {
  return blocks.reduce((sum, block) => sum + block.length, 0);
}

/** A YAML front matter block with the facts the page gave; values are double-quoted (JSON strings are valid YAML). */
function frontMatter(facts: PageFacts): string {
  const lines: string[] = [];
  if (facts.title) lines.push(`title: ${JSON.stringify(facts.title)}`);
  if (facts.date) lines.push(`date: ${facts.date}`);
  if (facts.author) lines.push(`author: ${JSON.stringify(facts.author)}`);
  if (facts.publication) lines.push(`publication: ${JSON.stringify(facts.publication)}`);
  return lines.length === 0 ? '' : `---\n${lines.join('\n')}\n---`;
}
