import { describe, expect, it } from 'vitest';
import { parseArgs, quickParse } from '../src/cli.js';

const KEYS = ['paths', 'out', 'format', 'edition', 'paper', 'templates', 'glossary', 'config', 'maxSize', 'watch', 'quiet', 'verbose'];
const pick = (a: Record<string, unknown>) => ({ command: (a._ as string[])[0] ?? 'build', ...Object.fromEntries(KEYS.filter((k) => a[k] !== undefined).map((k) => [k, a[k]])) });

describe('the quick reading of a build command line', () => {
  const lines = [
    [],
    ['build'],
    ['a.txt'],
    ['build', 'a.txt', 'input', '--out', 'x', '--format', 'md,pdf', '--edition', 'student,teacher'],
    ['-o', 'x', '-f', 'md', '-e', 'teacher', '-q', 'a.txt'],
    ['--paper', 'a4', '--templates', 't', '--glossary', 'g.yaml', '--config', 'c.json', '--max-size', '2.5', '-v', '-w'],
    ['--verbose', '--quiet', 'input/'],
  ];
  it.each(lines)('reads %j as yargs does', async (...argv) => {
    expect(quickParse(argv)).not.toBeNull();
    const quick = await parseArgs(argv);
    const full = await parseArgs(argv, { quick: false });
    expect(pick(quick.argv)).toEqual(pick(full.argv));
  });

  it.each([['--help'], ['--version'], ['init'], ['--out'], ['--no-quiet'], ['--out=x'], ['-f', 'md', '-f', 'pdf'], ['--paper', 'A5'], ['--max-size', 'big'], ['--bogus']])('leaves %j to yargs', (...argv) => {
    expect(quickParse(argv)).toBeNull();
  });
});
