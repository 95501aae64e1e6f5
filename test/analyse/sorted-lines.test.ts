import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SortedLines } from '../../src/analyse/sorted-lines.js';

const dir = mkdtempSync(join(tmpdir(), 'dg-sorted-'));
let n = 0;
function file(lines: readonly string[], whole = false): SortedLines {
  const path = join(dir, `f${n++}.txt`);
  writeFileSync(path, lines.map((l) => `${l}\n`).join(''), 'latin1');
  return new SortedLines(path, { whole });
}

/** The same search done on the lines in memory. */
function expected(lines: readonly string[], prefix: string, exact: boolean): number {
  let at = 0;
  for (const line of lines) {
    if (!line.startsWith(' ')) {
      const key = exact ? line.split(' ')[0] : line.slice(0, prefix.length);
      if (key === prefix) return at;
    }
    at += line.length + 1;
  }
  return -1;
}

describe('SortedLines', () => {
  it.each([false, true])('finds exact keys and prefixes after a header, across page boundaries (read whole: %s)', (whole) => {
    const lines = ['  1 licence header', '  2 more header', ...Array.from({ length: 3000 }, (_, i) => `key${String(i).padStart(5, '0')} ${'x'.repeat(i % 37)} ${i}`)];
    const f = file(lines, whole);
    for (const i of [0, 1, 117, 1500, 2999]) {
      const key = `key${String(i).padStart(5, '0')}`;
      const at = f.find(key, true);
      expect(at).toBe(expected(lines, key, true));
      expect(f.lineAt(at).endsWith(` ${i}`)).toBe(true);
    }
    expect(f.find('key001', false)).toBe(expected(lines, 'key001', false));
    expect(f.find('key0', true)).toBe(-1);
    expect(f.find('aaa', true)).toBe(-1);
    expect(f.find('zzz', true)).toBe(-1);
    expect(f.find('zzz', false)).toBe(-1);
  });

  it('agrees with a linear search on any sorted file', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-c_%]{1,6}$/), { maxLength: 400 }),
        fc.stringMatching(/^[a-c_%]{0,4}$/),
        fc.boolean(),
        fc.integer({ min: 0, max: 200 }),
        fc.boolean(),
        (keys, probe, exact, pad, whole) => {
          const lines = [...keys].sort().map((k) => `${k} ${'p'.repeat(pad)}`);
          const f = file(lines, whole);
          const prefix = exact ? probe || 'a' : probe;
          expect(f.find(prefix, exact)).toBe(expected(lines, prefix, exact));
          for (const k of keys.slice(0, 5)) expect(f.find(k, true)).toBe(expected(lines, k, true));
          f.close();
        },
      ),
      { numRuns: 150 },
    );
  });

  it('compares keys as JavaScript compares strings, with bytes above 127 and probes beyond latin1', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[ab_\u00e9\u00ff]{1,5}( [ab]{0,3})?$/), { maxLength: 300 }),
        fc.stringMatching(/^[ab_\u00e9\u00ff\u0101]{0,4}$/),
        fc.boolean(),
        fc.integer({ min: 0, max: 120 }),
        (keys, probe, exact, pad) => {
          const lines = [...new Set(keys.map((k) => k.split(' ')[0]!))].sort().map((k) => `${k} ${'p'.repeat(pad)}`);
          const f = file(lines);
          const prefix = exact ? probe || 'a' : probe;
          expect(f.find(prefix, exact)).toBe(expected(lines, prefix, exact));
          for (const line of lines.slice(-5)) expect(f.find(line.split(' ')[0]!, true)).toBe(expected(lines, line.split(' ')[0]!, true));
          f.close();
        },
      ),
      { numRuns: 150 },
    );
  });
});
