/**
 * An independent check that no word of the interview body is lost: every word of the source (after
 * the fixture's known noise) must reach the model's paragraphs, counted with multiplicity.
 */
import type { Interview } from '../../src/model.js';

/** Which parts of a source the audit reads. */
export interface AuditOptions {
  /** Start at the first line matching this (default: after front matter). */
  readonly from?: RegExp;
  /** Stop before the first line matching this. */
  readonly until?: RegExp;
  /** Lines that are known noise for this fixture. */
  readonly drop?: readonly RegExp[];
}

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The words of a source's body, without link targets, images, link lists and captions under images. */
export function sourceWords(source: string, options: AuditOptions = {}): string[] {
  let text = source.replace(/\r\n?/g, '\n').replace(/[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g, '');
  const fm = /^---\n[\s\S]*?\n---\n/.exec(text);
  if (fm) text = text.slice(fm[0].length);
  const lines = text.split('\n');
  let start = options.from ? lines.findIndex((l) => options.from!.test(l)) : 0;
  if (start < 0) start = 0;
  let end = options.until ? lines.findIndex((l, i) => i > start && options.until!.test(l)) : -1;
  if (end < 0) end = lines.length;
  const out: string[] = [];
  let afterImage = false;
  for (const raw of lines.slice(start, end)) {
    const line = raw.replace(/\u00A0/g, ' ').trim();
    if (!line) continue;
    if (/^!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])$/.test(line)) { afterImage = true; continue; }
    if (afterImage && line.split(/\s+/).length <= 20 && !/^\*\*/.test(line)) { afterImage = false; continue; }
    afterImage = false;
    if (/^\[[^\]]+\]:\s/.test(line)) continue;
    if (options.drop?.some((re) => re.test(line))) continue;
    const clean = line
      .replace(/^editor['’]s note\s*:\s*/i, '')
      .replace(/\]\((?:[^()]|\([^)]*\))*\)/g, ']')
      .replace(/\]\[[^\]]*\]/g, ']')
      .replace(/https?:\/\/\S+/g, ' ')
      .replace(/[[(]\d{1,2}:\d{2}(?::\d{2})?[\])]/g, ' ');
    out.push(...words(clean));
  }
  return out;
}

/** Every paragraph's words in the model, with speaker labels and names counted once per paragraph. */
export function modelWords(iv: Interview): string[] {
  const paras = [...iv.context, ...iv.exchanges.flatMap((e) => [...e.question, ...e.answer]), ...(iv.closing ?? [])];
  const out = paras.flatMap((p) => words(p.text));
  const extra = [iv.title, iv.kicker, iv.author, ...iv.exchanges.map((e) => e.heading ?? null)].filter((s): s is string => s !== null);
  out.push(...extra.flatMap(words));
  // A label written as initials after the full name ("BT" for "Ben Torres") is read as that speaker.
  const initials = (l: string) => l.split(/\s+/).map((w) => w.charAt(0)).join('');
  for (const s of iv.speakers) for (let i = 0; i < paras.length; i++) out.push(...words(`${s.label} ${s.name ?? ''} ${s.role ?? ''} ${initials(s.label)}`));
  return out;
}

/** Source words that the model does not hold (empty when nothing is lost). */
export function missingWords(source: string, iv: Interview, options: AuditOptions = {}): string[] {
  const have = new Map<string, number>();
  for (const w of modelWords(iv)) have.set(w, (have.get(w) ?? 0) + 1);
  const missing: string[] = [];
  for (const w of sourceWords(source, options)) {
    const n = have.get(w) ?? 0;
    if (n > 0) have.set(w, n - 1);
    else missing.push(w);
  }
  return missing;
}
