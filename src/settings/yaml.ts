/** Parses YAML (or JSON) settings against a zod schema; errors name the file, the key and the line. */
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { z } from 'zod';
import { GuideError } from '../errors.js';

/** Parses and validates; throws GuideError('CONFIG') with file, key path and line. */
export function parseSettings<T>(schema: z.ZodType<T>, text: string, file: string): T {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const syntax = doc.errors[0];
  if (syntax) {
    const line = lineCounter.linePos(syntax.pos[0]).line;
    throw new GuideError('CONFIG', `is not valid YAML: ${syntax.message.split('\n')[0]}`, { file, line, hint: 'Check the indentation and the colons.' });
  }
  const data: unknown = doc.toJS() ?? {};
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const keyPath = issue.path.map(String);
  let line: number | undefined;
  // Point at the deepest node that exists on the issue's path.
  for (let depth = keyPath.length; depth >= 0 && line === undefined; depth--) {
    const node = doc.getIn(issue.path.slice(0, depth) as (string | number)[], true);
    if (isNode(node) && node.range) line = lineCounter.linePos(node.range[0]).line;
  }
  const key = keyPath.length ? `"${keyPath.join('.')}"` : 'the file';
  const what = issue.code === 'unrecognized_keys' ? `unknown key ${(issue as { keys?: string[] }).keys?.map((k) => `"${k}"`).join(', ')}` : issue.message;
  if (issue.code === 'unrecognized_keys') {
    const unknown = (issue as { keys?: string[] }).keys?.[0];
    const node = unknown ? doc.getIn([...(issue.path as (string | number)[]), unknown], true) : undefined;
    const pair = findKeyLine(text, unknown);
    line = pair ?? (isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : line);
  }
  throw new GuideError('CONFIG', `${key}: ${what}`, { file, line, hint: 'See "Customising a guide" in the README for the keys you can use.' });
}

function findKeyLine(text: string, key: string | undefined): number | undefined {
  if (!key) return undefined;
  const lines = text.split('\n');
  const at = lines.findIndex((l) => new RegExp(`^\\s*(- )?["']?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`).test(l));
  return at >= 0 ? at + 1 : undefined;
}
