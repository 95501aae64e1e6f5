/** Article metadata from front matter and the lines above the interview: headline, kicker, date, byline, publication, editor's note. Pure. */
import type { Unit } from './units.js';
import { parseDate } from './dates.js';
import { MEDIA } from './speakers.js';

/** What the header of an article says about it. */
export interface Header {
  readonly title: string | null;
  readonly kicker: string | null;
  readonly published: string | null;
  readonly author: string | null;
  /** A publication named in the byline or dateline ("By Sarah Lee | 14 May 2024 | Field Notes Magazine"). */
  readonly publication: string | null;
  /** Indexes of units that were metadata, not content. */
  readonly consumed: ReadonlySet<number>;
  /** Units whose text lost an "Editor's note:" prefix: index → new text. */
  readonly rewritten: ReadonlyMap<number, string>;
  /** Index of the first unit of the editor's note, if one was marked. */
  readonly noteStart: number | null;
}

const DATE_LINE = /^(?:published|updated|posted|date|first published|last updated|last modified|released|dated|aired|recorded)(?:\s+(?:on|at))?\s*[:\-–—]?\s*(.+)$/i;
const BYLINE = /^(?:by|written by|interview by|interviewed by|words by|text by)\s+(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:and\s+)?\p{Lu}?[\p{L}\p{M}'’.-]+){0,5})(?:\s*[|,•·–—-]\s*(.*))?$/iu;
const NOTE = /^(?:editor['’]?s?['’]?\s*notes?|note from the editor|introduction|intro|background|about (?:this|the) interview|context)\s*[:.–—-]\s*(.*)$/i;
const NOTE_ALONE = /^(?:editor['’]?s?['’]?\s*notes?|note from the editor|introduction|intro|background|about (?:this|the) interview)\s*[:.–—-]?$/i;

/** Reads the header: `fields` from front matter, `units` the content, `firstTurn` the index of the first exchange. */
export function readHeader(units: readonly Unit[], fields: Readonly<Record<string, string>>, firstTurn: number): Header {
  const consumed = new Set<number>();
  const rewritten = new Map<number, string>();
  let title = field(fields, ['title', 'headline', 'subject', 'name']);
  let kicker = field(fields, ['kicker', 'section', 'category']);
  let published = parseDateField(fields);
  let author = cleanAuthor(field(fields, ['author', 'authors', 'byline', 'creator', 'by']));
  let noteStart: number | null = null;
  let publication: string | null = null;
  const end = firstTurn < 0 ? units.length : firstTurn;
  let seenContent = false;
  for (let i = 0; i < end; i++) {
    const u = units[i]!;
    if (u.kind === 'rule') continue;
    const text = u.text;
    const words = text.split(/\s+/).length;
    const date = DATE_LINE.exec(text);
    if (date && words <= 14 && parseDate(date[1]!)) { published ??= parseDate(date[1]!); publication ??= publicationIn(date[1]!); consumed.add(i); continue; }
    const by = BYLINE.exec(text);
    if (by && words <= 14 && (!seenContent || i < 6)) {
      author ??= by[1]!.trim();
      if (by[2]) { published ??= parseDate(by[2]); publication ??= publicationIn(by[2]); }
      consumed.add(i);
      continue;
    }
    if (words <= 8 && parseDate(text) && !/[.?!]$/.test(text.replace(/\d{4}\.?$/, ''))) { published ??= parseDate(text); publication ??= publicationIn(text); consumed.add(i); continue; }
    if (NOTE_ALONE.test(text)) { consumed.add(i); noteStart ??= i + 1; continue; }
    const note = NOTE.exec(text);
    if (note && note[1]) { rewritten.set(i, note[1]); noteStart ??= i; seenContent = true; continue; }
    if (!seenContent && isKicker(text) && headlineFollows(units, i, end, title)) { kicker ??= text; consumed.add(i); continue; }
    if (!seenContent && title === null && kicker === null && u.kind === 'para' && words <= 3 && isSectionName(units, i, end)) { kicker = text; consumed.add(i); continue; }
    if (!seenContent && title === null && isHeadline(u, text)) { title = text; consumed.add(i); seenContent = true; continue; }
    if (!seenContent && title !== null && u.kind === 'heading' && same(u.text, title)) { consumed.add(i); continue; }
    seenContent = true;
  }
  return { title, kicker, published, author, publication, consumed, rewritten, noteStart };
}

// A byline or dateline's parts other than the date and the writer's job: "Staff Reporter", "14 May 2024", "The Valley Gazette".
const JOB = /\b(?:reporter|correspondent|editor|writer|staff|contributor|columnist|producer|photographer|journalist|intern|freelance|special to)\b/i;
const PLACE_OR_TIME = /^(?:updated|posted|published|aired|\d)|\b(?:min(?:ute)?s?|read|ago|am|pm|GMT|UTC|[A-Z]{2,4}T)$/i;

function publicationIn(rest: string): string | null {
  for (const raw of rest.split(/\s*[|•·–—,]\s*|\s+-\s+/u)) {
    const part = raw.trim().replace(/[.;]$/, '');
    if (!part || parseDate(part) || JOB.test(part) || PLACE_OR_TIME.test(part) || /\d/.test(part)) continue;
    const ws = part.split(/\s+/);
    // Two to six words, each capitalised except small joining words: a name of a publication.
    // Only a name that sounds like one ("The …", "… Magazine"): "By Jane Doe, New York" names a place.
    const media = MEDIA.test(part) || /^The\s/.test(part);
    if (media && ws.length >= 2 && ws.length <= 6 && ws.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|and|de|du|la|le|el|for|on|&)$/.test(w)) && /^\p{Lu}/u.test(part)) return part;
  }
  return null;
}

function isKicker(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() && text.split(/\s+/).length <= 8 && !/[.?!:]$/.test(text);
}

function isHeadline(u: Unit, text: string): boolean {
  const words = text.split(/\s+/).length;
  if (u.kind === 'heading') return (u.level ?? 1) <= 2 && words <= 30;
  return words <= 25 && !/[.:;,]$/.test(text) && !/[.!?]\s+\p{Lu}/u.test(text);
}

// A kicker sits above a headline; an upper-case line with only a byline or a date below it is the headline itself.
function headlineFollows(units: readonly Unit[], i: number, end: number, title: string | null): boolean {
  const j = nextContent(units, i, end);
  if (j === null) return false;
  if (title !== null) return true;
  const next = units[j]!;
  const t = next.text;
  if (BYLINE.test(t) || DATE_LINE.test(t) || (t.split(/\s+/).length <= 8 && parseDate(t))) return false;
  return isHeadline(next, t) || next.kind === 'heading';
}

// A two- or three-word line right above a longer headline is the section's name ("Sunday Profile").
function isSectionName(units: readonly Unit[], i: number, end: number): boolean {
  const j = nextContent(units, i, end);
  if (j === null || units[j]!.line !== units[i]!.line + 1) return false;
  const next = units[j]!;
  const t = next.text;
  if (BYLINE.test(t) || DATE_LINE.test(t) || parseDate(t)) return false;
  return next.kind === 'para' && isHeadline(next, t) && t.split(/\s+/).length > units[i]!.text.split(/\s+/).length && !/[.,;:!?]$/.test(units[i]!.text);
}

function nextContent(units: readonly Unit[], i: number, end: number): number | null {
  for (let j = i + 1; j < end; j++) if (units[j]!.kind !== 'rule') return j;
  return null;
}

function same(a: string, b: string): boolean {
  const n = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return n(a) === n(b);
}

function field(fields: Readonly<Record<string, string>>, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = fields[k];
    if (v && v.trim()) return v.trim();
  }
  return null;
}

function parseDateField(fields: Readonly<Record<string, string>>): string | null {
  for (const k of ['date', 'published', 'published_time', 'publishdate', 'pubdate', 'published_at', 'date_published', 'created', 'created_at', 'datePublished'.toLowerCase()]) {
    const v = fields[k];
    if (v) {
      const d = parseDate(v);
      if (d) return d;
    }
  }
  return null;
}

/** An author field without URLs or an affiliation in brackets ("Frederico Muñoz (SAS Institute)" → "Frederico Muñoz"). */
export function cleanAuthor(value: string | null): string | null {
  if (!value) return null;
  const v = value.replace(/https?:\/\/\S+/g, ' ').replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').replace(/^by\s+/i, '').trim();
  return v || null;
}
