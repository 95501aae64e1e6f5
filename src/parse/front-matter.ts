/** YAML front matter ("---" … "---" at the top of a Markdown file) → plain fields. Pure. */
import { createRequire } from 'node:module';
import type { Warning } from '../model.js';

/**
 * yaml is loaded the first time an article has front matter, not with the parse stage: most articles
 * have none, and loading it took about 30 ms of every build before the analysis could start.
 */
let yaml: typeof import('yaml') | undefined;
const parseYaml = (text: string): unknown => (yaml ??= createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse(text);

/** The front matter found at the top of a text, and the body after it. */
export interface FrontMatter {
  /** Scalar fields by lower-case key, as strings; empty when there is none. */
  readonly fields: Readonly<Record<string, string>>;
  readonly body: string;
  /** 1-based input line where the body starts. */
  readonly bodyLine: number;
  readonly warnings: Warning[];
}

const KNOWN_KEY = /^(?:title|date|author|authors|layout|slug|tags|categories|summary|description|published|published_time|draft|lang|language|source_url|canonicalurl|url|permalink|subtitle|publisher|publication|byline|modified_time|updated|type|weight|image|credits)\s*[:=]/im;
const OPEN = /^(?:\uFEFF)?(?:---|\+\+\+)[ \t]*\n/;

/** Splits YAML front matter off the top of a text; a block that is not valid YAML is kept as text, with a warning. */
export function readFrontMatter(text: string): FrontMatter {
  const open = OPEN.exec(text);
  if (!open) return { fields: {}, body: text, bodyLine: 1, warnings: [] };
  const fence = open[0].trim().replace('\uFEFF', '');
  const rest = text.slice(open[0].length);
  const lines = rest.split('\n');
  const end = lines.findIndex((l) => l.trim() === fence || (fence === '---' && l.trim() === '...'));
  if (end < 0 || end > 200) return { fields: {}, body: text, bodyLine: 1, warnings: [] };
  const yamlText = lines.slice(0, end).join('\n');
  // Only a block that names article metadata is front matter; "---" above a speaker's words is a rule.
  if (!KNOWN_KEY.test(yamlText)) return { fields: {}, body: text, bodyLine: 1, warnings: [] };
  const body = lines.slice(end + 1).join('\n');
  const bodyLine = end + 3;
  if (fence === '+++') return { fields: readToml(yamlText), body, bodyLine, warnings: [] };
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { fields: {}, body, bodyLine, warnings: [{ code: 'FRONT_MATTER', message: `the front matter is not valid YAML (${reason}); its fields were ignored`, line: 2 }] };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    // Not a mapping: a Markdown rule pair around ordinary text, most likely. Keep the text.
    return { fields: {}, body: text, bodyLine: 1, warnings: [] };
  }
  return { fields: flatten(data as Record<string, unknown>), body, bodyLine, warnings: [] };
}

function flatten(data: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    const v = scalar(value);
    if (v !== null) out[key.toLowerCase()] = v;
  }
  return out;
}

function scalar(value: unknown): string | null {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim() || null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) {
    const parts = value.map(scalar).filter((v): v is string => v !== null);
    return parts.length ? parts.join(', ') : null;
  }
  if (value && typeof value === 'object' && 'name' in value) return scalar((value as { name: unknown }).name);
  return null;
}

function readToml(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^\s*([A-Za-z_][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S.*))\s*$/.exec(line);
    if (m) out[m[1]!.toLowerCase()] = (m[2] ?? m[3] ?? m[4] ?? '').trim();
  }
  return out;
}
