/** What a page says about itself (title, date, author, site; from meta tags, JSON-LD, <time> and <h1>), read before its furniture is removed. */
import { attrOf, cleanText, collapseSpace, descendants, isElement, rawText, type HtmlElement, type HtmlNode } from './html-dom.js';

/** The facts a page gives about its article; null where it gives none. */
export interface PageFacts {
  readonly title: string | null;
  /** Publication date as YYYY-MM-DD. */
  readonly date: string | null;
  readonly author: string | null;
  readonly publication: string | null;
  /** The article's plain text from JSON-LD, for pages that fill their body with scripts. */
  readonly articleBody: string | null;
}

const DATE_KEYS = [
  'article:published_time', 'og:published_time', 'datepublished', 'date', 'dc.date', 'dc.date.issued', 'dcterms.date',
  'pubdate', 'publish-date', 'publish_date', 'parsely-pub-date', 'sailthru.date',
];

/** Reads the page's facts from the whole parsed document. */
export function readPageFacts(document: HtmlNode): PageFacts {
  const elements = descendants(document);
  const metas = elements.filter((el) => el.tagName === 'meta');
  const meta = (...keys: string[]): string | null => {
    for (const key of keys) {
      const found = metas.find((el) => (attrOf(el, 'property') ?? attrOf(el, 'name') ?? attrOf(el, 'itemprop') ?? '').toLowerCase() === key);
      const value = found ? collapseSpace(attrOf(found, 'content') ?? '') : '';
      if (value !== '') return value;
    }
    return null;
  };
  const inArticle = (el: HtmlElement): boolean => {
    for (let p: HtmlNode | null = el; p && isElement(p); p = p.parentNode as HtmlNode | null) {
      if (p.tagName === 'article' || p.tagName === 'main') return true;
    }
    return false;
  };
  const ld = jsonLd(elements);

  const h1s = elements.filter((el) => el.tagName === 'h1' && cleanText(el) !== '');
  const articleH1 = h1s.find(inArticle);
  const pageTitle = elements.find((el) => el.tagName === 'title');
  // The headline readers see comes first; og:title is often rewritten for social media, and a lone <h1> outside
  // any article may be the site's logo.
  const title =
    (articleH1 ? cleanText(articleH1) : null) ??
    meta('og:title', 'twitter:title') ??
    (h1s[0] ? cleanText(h1s[0]) : null) ??
    (pageTitle ? withoutSiteName(cleanText(pageTitle)) : null);

  const times = elements.filter((el) => el.tagName === 'time' && attrOf(el, 'datetime'));
  const time = times.find(inArticle) ?? times[0];
  const date = readDate(meta(...DATE_KEYS)) ?? readDate(stringField(ld, 'datePublished')) ?? readDate(time ? attrOf(time, 'datetime') : null);

  const author = meta('author', 'article:author', 'parsely-author', 'sailthru.author') ?? authorName(ld) ?? authorLink(elements);
  return {
    title: title || null,
    date,
    author: author && !/^https?:/i.test(author) ? author : null,
    publication: meta('og:site_name', 'application-name'),
    articleBody: stringField(ld, 'articleBody'),
  };
}

/** "Q&A: Jane Doe on rivers | The Daily Paper" → "Q&A: Jane Doe on rivers"; a <title> often ends with the site's name. */
export function withoutSiteName(title: string): string {
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1] as string;
  const rest = title.slice(0, title.length - last.length).replace(/\s+[|–—-]\s+$/, '');
  return last.length < rest.length ? rest : title;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * A date as YYYY-MM-DD from an ISO timestamp (its own date part: the day the publisher meant, whatever the zone)
 * or from "March 5, 2024" / "5 March 2024"; null for anything else, never a guess from the machine's clock or zone.
 */
export function readDate(value: string | null): string | null {
  if (!value) return null;
  const iso = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/.exec(value);
  if (iso) return checkedDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const text = value.toLowerCase().replace(/[,.]/g, ' ').replace(/\s+/g, ' ').trim();
  const monthFirst = /^(?:[a-z]+ )?([a-z]{3,9}) (\d{1,2})(?:st|nd|rd|th)? (\d{4})\b/.exec(text);
  const dayFirst = /^(?:[a-z]+ )?(\d{1,2})(?:st|nd|rd|th)? ([a-z]{3,9}) (\d{4})\b/.exec(text);
  if (monthFirst) return checkedDate(Number(monthFirst[3]), monthNumber(monthFirst[1] as string), Number(monthFirst[2]));
  if (dayFirst) return checkedDate(Number(dayFirst[3]), monthNumber(dayFirst[2] as string), Number(dayFirst[1]));
  return null;
}

/** 1–12 for a month's name or its abbreviation ("sept"), else 0. */
function monthNumber(name: string): number {
  return MONTHS.findIndex((month) => month === name || (name.length >= 3 && month.startsWith(name))) + 1;
}

function checkedDate(year: number, month: number, day: number): string | null {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The parsed JSON-LD (schema.org) blocks, which many news sites use instead of meta tags. */
function jsonLd(elements: readonly HtmlElement[]): unknown[] {
  const out: unknown[] = [];
  for (const el of elements) {
    if (el.tagName !== 'script' || (attrOf(el, 'type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      out.push(JSON.parse(rawText(el)) as unknown);
    } catch {
      // A broken JSON-LD block is the page's problem; the article text does not depend on it.
    }
  }
  return out;
}

function stringField(blocks: readonly unknown[], field: string): string | null {
  for (const data of blocks) {
    const value = findField(data, field);
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return null;
}

function authorName(blocks: readonly unknown[]): string | null {
  for (const data of blocks) {
    const author = findField(data, 'author');
    const first: unknown = Array.isArray(author) ? author[0] : author;
    const name: unknown = first && typeof first === 'object' ? (first as { name?: unknown }).name : first;
    if (typeof name === 'string' && collapseSpace(name) !== '') return collapseSpace(name);
  }
  return null;
}

/** The text of the page's author link (rel="author", itemprop="author"), when it is short enough to be a name. */
function authorLink(elements: readonly HtmlElement[]): string | null {
  const link = elements.find((el) => (attrOf(el, 'rel') ?? '').toLowerCase().split(/\s+/).includes('author') || attrOf(el, 'itemprop') === 'author');
  const name = link ? cleanText(link) : '';
  return name !== '' && name.length <= 60 ? name : null;
}

/** The first value of `field` in a JSON-LD tree (objects, arrays and @graph lists), searched breadth-first. */
function findField(data: unknown, field: string): unknown {
  const queue: unknown[] = [data];
  for (let i = 0; i < queue.length && i < 2000; i++) {
    const item = queue[i];
    if (Array.isArray(item)) queue.push(...(item as unknown[]));
    else if (item && typeof item === 'object') {
      const record = item as Record<string, unknown>;
      if (Object.hasOwn(record, field)) return record[field];
      queue.push(...Object.values(record).filter((v) => v && typeof v === 'object'));
    }
  }
  return undefined;
}
