/** quickParse, in a module of its own so that the bin can read the arguments before the CLI loads. */

/** Options of the build command: how each takes its value. */
const BUILD_FLAGS: Readonly<Record<string, { key: string; kind: 'string' | 'number' | 'boolean' }>> = {
  '--out': { key: 'out', kind: 'string' },
  '-o': { key: 'out', kind: 'string' },
  '--format': { key: 'format', kind: 'string' },
  '-f': { key: 'format', kind: 'string' },
  '--edition': { key: 'edition', kind: 'string' },
  '-e': { key: 'edition', kind: 'string' },
  '--paper': { key: 'paper', kind: 'string' },
  '--templates': { key: 'templates', kind: 'string' },
  '--glossary': { key: 'glossary', kind: 'string' },
  '--config': { key: 'config', kind: 'string' },
  '--max-size': { key: 'maxSize', kind: 'number' },
  '--watch': { key: 'watch', kind: 'boolean' },
  '-w': { key: 'watch', kind: 'boolean' },
  '--quiet': { key: 'quiet', kind: 'boolean' },
  '-q': { key: 'quiet', kind: 'boolean' },
  '--verbose': { key: 'verbose', kind: 'boolean' },
  '-v': { key: 'verbose', kind: 'boolean' },
};

/**
 * The plain build command line ("build a.txt --out x -f md,pdf") read without yargs, which takes
 * longer to load than a small build takes to run. Anything else (help, version, init, a repeated
 * or unknown option, `--no-…`, `=` forms, a value that looks like a flag) returns null and goes to yargs.
 */
export function quickParse(argv: readonly string[]): Record<string, unknown> | null {
  const args = argv[0] === 'build' ? argv.slice(1) : [...argv];
  const flags: Record<string, unknown> = {};
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('-')) {
      if (arg === 'init' || arg === 'build') return null;
      paths.push(arg);
      continue;
    }
    const flag = BUILD_FLAGS[arg];
    if (!flag || flag.key in flags) return null;
    if (flag.kind === 'boolean') {
      flags[flag.key] = true;
      continue;
    }
    const value = args[++i];
    if (value === undefined || value.startsWith('-') || value === '') return null;
    if (flag.kind === 'number') {
      if (!/^\d+(?:\.\d+)?$/.test(value)) return null;
      flags[flag.key] = Number(value);
    } else {
      if (flag.key === 'paper' && value !== 'letter' && value !== 'a4') return null;
      flags[flag.key] = value;
    }
  }
  // yargs gives `paths: []` after an explicit "build", and no paths at all otherwise.
  return { ...flags, _: ['build'], ...(paths.length || argv[0] === 'build' ? { paths } : {}) };
}
