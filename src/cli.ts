/** The command line: argv → options → a command; `main` returns the exit code and never exits the process. */
import path from 'node:path';
import type { Edition } from './model.js';
import { GuideError, formatError, isGuideError } from './errors.js';
import { DEFAULT_MAX_BYTES, type Format } from './build/index.js';
import { TOOL_VERSION } from './version.js';
import { processIo, Reporter, type CliIo } from './commands/terminal.js';
import { loadConfig } from './commands/settings.js';
import { runBuild, type BuildCommandOptions } from './commands/build.js';
import { runWatch } from './commands/watch.js';
import { runInit } from './commands/init.js';
import { quickParse } from './quick-args.js';
import type { ConfigFile } from './settings/schemas.js';

export { quickParse } from './quick-args.js';

const FORMATS: readonly Format[] = ['md', 'pdf', 'json'];
const EDITIONS: readonly Edition[] = ['student', 'teacher'];

/** Runs the CLI with these arguments; returns the process exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let parsed: Record<string, unknown>;
  try {
    const result = await parseArgs(argv);
    if (result.output !== undefined) {
      io.stdout(`${result.output}\n`);
      return result.error ? 2 : 0;
    }
    parsed = result.argv;
  } catch (error) {
    io.stderr(`error: ${error instanceof Error ? error.message : String(error)}\nRun "discussion-guide --help" for usage.\n`);
    return 2;
  }
  const reporter = new Reporter(io, parsed.quiet ? 'quiet' : parsed.verbose ? 'verbose' : 'normal');
  try {
    const command = (parsed._ as string[])[0] ?? 'build';
    if (command === 'init') return await runInit(path.resolve(io.cwd, String(parsed.dir ?? '.')), reporter);
    const config = await loadConfig(io.cwd, parsed.config as string | undefined);
    const options = mergeOptions(parsed, config);
    const quiet = parsed.quiet ?? config.quiet;
    const verbose = parsed.verbose ?? config.verbose;
    const finalReporter = new Reporter(io, quiet ? 'quiet' : verbose ? 'verbose' : 'normal');
    return parsed.watch ? await runWatch(options, io, finalReporter) : await runBuild(options, io, finalReporter);
  } catch (error) {
    reporter.error(formatError(error, reporter.level === 'verbose'));
    return isGuideError(error) ? error.exitCode : 1;
  }
}

/** argv → flags, through {@link quickParse} when it can (`quick: false` always asks yargs). */
export async function parseArgs(argv: readonly string[], { quick: allowQuick = true } = {}): Promise<{ argv: Record<string, unknown>; output?: string; error?: boolean }> {
  const quick = allowQuick ? quickParse(argv) : null;
  if (quick) return { argv: quick };
  const { default: yargs } = await import('yargs');
  const parser = yargs([...argv])
    .scriptName('discussion-guide')
    .usage('$0 <command> [options]\n\nTurns interview articles into classroom discussion guides (Markdown and PDF).')
    .command(['build [paths..]', '$0 [paths..]'], 'Build a guide for each article (files or folders; default input/)', (y) =>
      y.positional('paths', { type: 'string', array: true, describe: 'Article files or folders' }),
    )
    .command('init [dir]', 'Create input/ with the sample article, an example sidecar and glossary, and editable templates', (y) =>
      y.positional('dir', { type: 'string', describe: 'Where to create them (default: here)' }),
    )
    .option('out', { alias: 'o', type: 'string', describe: 'Folder for the guides [default: output]' })
    .option('format', { alias: 'f', type: 'string', describe: 'Comma-separated: md, pdf, json [default: md,pdf]' })
    .option('edition', { alias: 'e', type: 'string', describe: 'Comma-separated: student, teacher [default: student]' })
    .option('paper', { type: 'string', choices: ['letter', 'a4'], describe: 'PDF paper size [default: letter]' })
    .option('templates', { type: 'string', describe: 'Folder of your own Handlebars templates; each replaces the shipped one of the same name' })
    .option('glossary', { type: 'string', describe: 'Your glossary file [default: glossary.yaml beside the articles]' })
    .option('config', { type: 'string', describe: 'Config file [default: discussion-guide.config.json or .yaml here]' })
    .option('max-size', { type: 'number', describe: 'Largest article to read, in MB [default: 5]' })
    .option('watch', { alias: 'w', type: 'boolean', describe: 'Rebuild when an article, sidecar, glossary or template changes' })
    .option('quiet', { alias: 'q', type: 'boolean', describe: 'Print errors only' })
    .option('verbose', { alias: 'v', type: 'boolean', describe: 'Print details and stack traces' })
    .example('$0', 'Build every article in input/ into output/ (student edition, Markdown and PDF)')
    .example('$0 build article.txt --edition student,teacher', 'Both editions of one article')
    .example('$0 build input/ --out handouts --format md,pdf,json --paper a4', 'A4 PDFs, Markdown and the JSON model')
    .example('$0 build --watch', 'Rebuild on every edit')
    .example('$0 init my-class', 'Start a folder with the sample article and editable templates')
    .epilogue('Exit codes: 0 all built, 1 several kinds of failure, 2 usage, 3 missing or unreadable path, 4 empty, binary or too large, 5 no interview found, 6 template, 7 settings file, 8 cannot write, 9 PDF.')
    .version(TOOL_VERSION)
    .help()
    .alias('help', 'h')
    .strict()
    .exitProcess(false)
    .wrap(null);
  return new Promise((resolve, reject) => {
    parser.parse([...argv], {}, (error: Error | undefined, args: Record<string, unknown>, output: string) => {
      if (error) reject(error);
      else if (output) resolve({ argv: args, output });
      else resolve({ argv: args });
    });
  });
}

function list<T extends string>(value: unknown, allowed: readonly T[], name: string, fallback: readonly T[]): T[] {
  if (value === undefined) return [...fallback];
  const items = (Array.isArray(value) ? value : String(value).split(',')).map((v) => String(v).trim().toLowerCase()).filter(Boolean);
  const bad = items.filter((v) => !(allowed as readonly string[]).includes(v));
  if (bad.length || items.length === 0) {
    throw new GuideError('USAGE', `--${name} must be one or more of ${allowed.join(', ')} (got "${String(value)}")`, { hint: `For example: --${name} ${allowed.join(',')}` });
  }
  return [...new Set(items)] as T[];
}

/** Flags win over the config file; the config file wins over the defaults. */
export function mergeOptions(flags: Record<string, unknown>, config: ConfigFile): BuildCommandOptions {
  const paths = flags.paths as string[] | undefined;
  const configInput = config.input === undefined ? undefined : Array.isArray(config.input) ? config.input : [config.input];
  const maxMb = (flags.maxSize as number | undefined) ?? config.maxSize;
  if (maxMb !== undefined && !(maxMb > 0)) throw new GuideError('USAGE', '--max-size must be a positive number of megabytes');
  return {
    paths: paths && paths.length ? paths : (configInput ?? ['input']),
    out: (flags.out as string | undefined) ?? config.out ?? 'output',
    formats: list(flags.format ?? config.format, FORMATS, 'format', ['md', 'pdf']),
    editions: list(flags.edition ?? config.edition, EDITIONS, 'edition', ['student']),
    paper: ((flags.paper as string | undefined) ?? config.paper ?? 'letter') as 'letter' | 'a4',
    templates: (flags.templates as string | undefined) ?? config.templates,
    glossary: (flags.glossary as string | undefined) ?? config.glossary,
    maxBytes: maxMb !== undefined ? Math.round(maxMb * 1024 * 1024) : DEFAULT_MAX_BYTES,
  };
}
