/** Finds the article in a parsed page: drops what is not the article's text, then picks the block that holds it. */
import { attrOf, childrenOf, cleanText, collapseSpace, contains, descendants, isElement, rawText, type HtmlElement, type HtmlNode } from './html-dom.js';

/** Tags that never hold article text. */
const NEVER_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'picture', 'img', 'map', 'button', 'select', 'option', 'textarea', 'input', 'link', 'meta', 'head', 'title', 'dialog',
]);

/** Tags that hold page furniture rather than the article. */
const FURNITURE = new Set(['nav', 'aside', 'footer', 'figcaption', 'menu']);

/** ARIA roles of page furniture. */
const FURNITURE_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar',
]);

/** Parts of a class or id (split at spaces, dashes, underscores and camelCase) that mark ads and widgets. */
const NOISE_PARTS = new Set([
  'ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement', 'advertising', 'adslot', 'adunit', 'adwrapper', 'dfp', 'gpt',
  'sponsor', 'sponsored', 'promo', 'promos', 'promotion', 'promoted', 'share', 'shares', 'sharing', 'sharebar',
  'sharetools', 'social', 'related', 'newsletter', 'newsletters', 'cookie', 'cookies', 'consent', 'gdpr', 'comment',
  'comments', 'disqus', 'subscribe', 'subscription', 'paywall', 'outbrain', 'taboola', 'recirc', 'recirculation',
  'popup', 'modal', 'breadcrumb', 'breadcrumbs', 'caption', 'credit', 'credits', 'sidebar', 'widget', 'toolbar',
  'menu', 'navbar', 'nav', 'navigation', 'masthead', 'footer', 'pullquote', 'signup', 'skip', 'skiplink', 'tweet',
  'instagram', 'tiktok',
]);

/** Beginnings of a class or id part that mark widgets under many names ("sharedaddy", "socialbar", "relatedposts"). */
const NOISE_PREFIXES = /^(share|social|advert|sponsor|newsletter|outbrain|taboola|related)/;

/** Whole class names of text meant only for screen readers ("Share on Facebook", "Advertisement"). */
const SCREEN_READER_ONLY = /(^|\s)(sr-only|visually-hidden|visuallyhidden|screen-reader-text|screenreader-only|a11y-hidden)(\s|$)/i;

/**
 * Forms, roles and telling class names are sometimes put on the page's wrapper (ASP.NET wraps the page in a
 * <form>; themes set "has-sidebar" on the content): such an element is kept when it holds the <article> or
 * <main>, or at least this share of a page's text once the page has WRAPPER_MIN characters.
 */
const WRAPPER_SHARE = 0.5;
const WRAPPER_MIN = 500;
/** A semantic block (<article>, <main>) is trusted when it holds at least this share of the paragraph text. */
const SEMANTIC_SHARE = 0.4;
/**
 * The densest block is the deepest container holding at least this share of the paragraph text: high, because
 * text left outside it is lost, and losing an answer is worse than keeping a stray line of furniture.
 */
const DENSE_SHARE = 0.85;

/** A piece of text this long outside the densest block is article text, not furniture, so the search stops. */
const STRAY_PARAGRAPH = 80;
/** Loose text (not in a paragraph element) counts as paragraph text from this length: shorter runs are labels. */
const LOOSE_TEXT = 25;

/** Elements that wrap a page's parts; the search for the densest block descends only through these. */
const CONTAINERS = new Set(['div', 'section', 'article', 'main', 'table', 'tbody', 'tr', 'td', 'center', 'font', 'span', 'form']);

/** Removes scripts, hidden elements, navigation, page header and footer, captions and ads from the tree, in place. */
export function removeNoise(body: HtmlElement): void {
  // Hidden prose is kept: pages hide the rest of an article behind a "Read more" button with display:none.
  prune(body, (el) => NEVER_TEXT.has(el.tagName) || (isHidden(el) && !isProse(el)));
  prune(body, isFurniture);
  const total = textLength(body);
  const isWrapper = (el: HtmlElement): boolean =>
    descendants(el).some(isSemantic) || (total >= WRAPPER_MIN && textLength(el) >= WRAPPER_SHARE * total);
  prune(body, (el) => isMarkedFurniture(el) && !isWrapper(el));
}

/** The element that holds the article: a trusted <article>/<main>, else the densest block, else the body. */
export function findContentRoot(body: HtmlElement): HtmlElement {
  const scores = new Map<HtmlElement, Score>();
  const total = scoreParagraphs(body, scores).text;
  if (total === 0) return body;
  const text = (el: HtmlElement): number => scores.get(el)?.text ?? 0;
  const trusted = descendants(body).filter((el) => isSemantic(el) && text(el) >= SEMANTIC_SHARE * total);
  // The most specific trusted block: one that holds no other trusted block (an <article> inside <main>).
  const specific = trusted.filter((el) => !trusted.some((other) => other !== el && contains(el, other)));
  if (specific.length > 0) return specific.reduce((a, b) => (text(b) > text(a) ? b : a));
  let root = body;
  for (;;) {
    const kids = childrenOf(root);
    const next = kids.find((kid) => isElement(kid) && CONTAINERS.has(kid.tagName) && text(kid) >= DENSE_SHARE * total);
    // Step in only when what stays outside is all short bits (menus, taglines, credits), never a real paragraph.
    const outside = kids.filter((kid) => kid !== next);
    if (!isElement(next) || outside.some((kid) => longestPiece(kid, scores) >= STRAY_PARAGRAPH)) return root;
    root = next;
  }
}

function prune(node: HtmlNode, drop: (el: HtmlElement) => boolean): void {
  if (!('childNodes' in node)) return;
  node.childNodes = node.childNodes.filter((kid) => !(isElement(kid) && drop(kid)));
  for (const kid of node.childNodes) prune(kid, drop);
}

function isHidden(el: HtmlElement): boolean {
  if (attrOf(el, 'hidden') !== null || attrOf(el, 'aria-hidden') === 'true') return true;
  if (SCREEN_READER_ONLY.test(attrOf(el, 'class') ?? '')) return true;
  const style = (attrOf(el, 'style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** Holds at least two paragraphs of real length: article text, not a menu, label or widget. */
function isProse(el: HtmlElement): boolean {
  let long = 0;
  for (const p of descendants(el)) if (p.tagName === 'p' && textLength(p) >= STRAY_PARAGRAPH && ++long >= 2) return true;
  return false;
}

function isFurniture(el: HtmlElement): boolean {
  if (FURNITURE.has(el.tagName)) return true;
  // The page's header is furniture; an article's own header holds its headline and byline.
  return el.tagName === 'header' && !hasAncestor(el, 'article') && !hasAncestor(el, 'main');
}

function isMarkedFurniture(el: HtmlElement): boolean {
  if (el.tagName === 'form' || FURNITURE_ROLES.has((attrOf(el, 'role') ?? '').toLowerCase())) return true;
  if (el.tagName === 'body' || el.tagName === 'main' || el.tagName === 'article') return false;
  return nameParts(`${attrOf(el, 'class') ?? ''} ${attrOf(el, 'id') ?? ''}`).some(
    (part) => NOISE_PARTS.has(part) || NOISE_PREFIXES.test(part),
  );
}

/** Splits class and id values into lower-case words: "shareBar ad-slot" → share, bar, ad, slot. */
function nameParts(names: string): string[] {
  return names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((part) => part !== '');
}

function hasAncestor(el: HtmlElement, tag: string): boolean {
  for (let p = el.parentNode; p && isElement(p as HtmlNode); p = (p as HtmlElement).parentNode) {
    if ((p as HtmlElement).tagName === tag) return true;
  }
  return false;
}

function isSemantic(el: HtmlElement): boolean {
  return el.tagName === 'article' || el.tagName === 'main' || (attrOf(el, 'role') ?? '').toLowerCase() === 'main';
}

function textLength(node: HtmlNode): number {
  return cleanText(node).length;
}

/** How much paragraph text an element holds, and its longest single piece. */
interface Score {
  readonly text: number;
  readonly longest: number;
}

/**
 * Scores every element by the paragraph text it holds (text in <p>, <pre>, <blockquote>, headings, list items and
 * longer runs of loose text, as in pages laid out with <br>), fills `scores`, and returns the node's own score.
 */
function scoreParagraphs(node: HtmlNode, scores: Map<HtmlElement, Score>): Score {
  let score: Score = { text: 0, longest: 0 };
  if (isElement(node) && PARAGRAPH_TAGS.has(node.tagName)) {
    const length = textLength(node);
    score = { text: length, longest: length };
  } else {
    for (const kid of childrenOf(node)) {
      const part = kid.nodeName === '#text' ? looseScore(kid) : scoreParagraphs(kid, scores);
      score = { text: score.text + part.text, longest: Math.max(score.longest, part.longest) };
    }
  }
  if (isElement(node)) scores.set(node, score);
  return score;
}

function looseScore(node: HtmlNode): Score {
  const length = collapseSpace(rawText(node)).length;
  return length >= LOOSE_TEXT ? { text: length, longest: length } : { text: 0, longest: 0 };
}

function longestPiece(node: HtmlNode, scores: ReadonlyMap<HtmlElement, Score>): number {
  return isElement(node) ? (scores.get(node)?.longest ?? 0) : node.nodeName === '#text' ? looseScore(node).longest : 0;
}

const PARAGRAPH_TAGS = new Set(['p', 'pre', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dd', 'dt', 'td']);
