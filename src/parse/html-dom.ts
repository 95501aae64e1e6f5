/** Small read-only helpers over parse5's default tree, shared by the HTML reader's stages. */
import type { DefaultTreeAdapterTypes } from 'parse5';

/** An element of the parsed page. */
export type HtmlElement = DefaultTreeAdapterTypes.Element;
/** Any node of the parsed page. */
export type HtmlNode = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;
/** A node that has children. */
export type HtmlParent = DefaultTreeAdapterTypes.ParentNode;

/** True when the node is an element (not text, comment or doctype). */
export function isElement(node: HtmlNode | null | undefined): node is HtmlElement {
  return node !== null && node !== undefined && 'tagName' in node;
}

/** The node's children, or none for text, comments and doctypes. */
export function childrenOf(node: HtmlNode): readonly DefaultTreeAdapterTypes.ChildNode[] {
  return 'childNodes' in node ? node.childNodes : [];
}

/** The value of an attribute, lower-cased name, or null when absent. */
export function attrOf(element: HtmlElement, name: string): string | null {
  const found = element.attrs.find((a) => a.name.toLowerCase() === name);
  return found ? found.value : null;
}

/** Every element under `root` (root included) in document order. */
export function descendants(root: HtmlNode): HtmlElement[] {
  const out: HtmlElement[] = [];
  const stack: HtmlNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode;
    if (isElement(node)) out.push(node);
    const kids = childrenOf(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as HtmlNode);
  }
  return out;
}

/** The first element under `root` that matches, in document order. */
export function findFirst(root: HtmlNode, match: (el: HtmlElement) => boolean): HtmlElement | null {
  return descendants(root).find(match) ?? null;
}

/** True when `ancestor` contains `node` (or is it). */
export function contains(ancestor: HtmlNode, node: HtmlNode): boolean {
  let current: HtmlNode | null = node;
  while (current) {
    if (current === ancestor) return true;
    current = 'parentNode' in current ? (current.parentNode as HtmlNode | null) : null;
  }
  return false;
}

/** The raw text under a node, entities already decoded by the parser. */
export function rawText(node: HtmlNode): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  let out = '';
  for (const kid of childrenOf(node)) out += rawText(kid);
  return out;
}

/** The text under a node with whitespace collapsed and trimmed. */
export function cleanText(node: HtmlNode): string {
  return collapseSpace(rawText(node));
}

/** Collapses every run of whitespace (non-breaking spaces included) to one space, drops invisible characters, trims. */
export function collapseSpace(text: string): string {
  return stripInvisible(text).replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Drops characters that print nothing and only confuse the text reader (controls, zero-width space, BOM, soft hyphen). */
export function stripInvisible(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\u2060\ufeff\u00ad]/g, '');
}

/** Inline tags whose content runs on without a break when a deep subtree is flattened. */
const INLINE_TAGS = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u']);

/**
 * Caps the tree's depth so that recursive stages cannot overflow the stack on pathological pages: below
 * `maxDepth`, an element's subtree is replaced by its text, with a rule (<hr>) where a block began.
 * Real pages nest far less deeply, so this only ever touches hostile or broken input. Mutates in place.
 */
export function capDepth(root: HtmlNode, maxDepth: number): void {
  const stack: Array<[HtmlNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [HtmlNode, number];
    if (!isElement(node) && node.nodeName !== '#document') continue;
    const parent = node as HtmlParent;
    if (depth < maxDepth) {
      for (const kid of parent.childNodes) stack.push([kid, depth + 1]);
      continue;
    }
    const flat: DefaultTreeAdapterTypes.ChildNode[] = [];
    const pending: HtmlNode[] = [...parent.childNodes].reverse();
    while (pending.length > 0) {
      const next = pending.pop() as HtmlNode;
      if (next.nodeName === '#text') {
        flat.push(next as DefaultTreeAdapterTypes.TextNode);
      } else if (isElement(next)) {
        if (!INLINE_TAGS.has(next.tagName)) flat.push(rule(parent));
        for (let i = next.childNodes.length - 1; i >= 0; i--) pending.push(next.childNodes[i] as HtmlNode);
      }
    }
    for (const kid of flat) kid.parentNode = parent;
    parent.childNodes = flat;
  }
}

function rule(parent: HtmlParent): HtmlElement {
  return { nodeName: 'hr', tagName: 'hr', attrs: [], namespaceURI: 'http://www.w3.org/1999/xhtml' as HtmlElement['namespaceURI'], parentNode: parent, childNodes: [] };
}

/**
 * Escapes text so the Markdown-like reader takes it literally: emphasis and code marks, backslashes, and a "<"
 * that would start a tag ("the <div> element") get a backslash, as in CommonMark.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_]/g, '\\$&').replace(/<(?=[A-Za-z/!?])/g, '\\<');
}

/** Escapes what would make a paragraph read as a heading, list item, quote or rule ("# 1 priority", "- said the official"). */
export function escapeBlockStart(text: string): string {
  return text
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^([-+])(?=\s|$)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^>/, '\\>');
}
