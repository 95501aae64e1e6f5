/** What the CLI may touch of its process: streams, working folder, environment. Tests pass their own. */

/** The CLI's view of its process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colour only then). */
  readonly isTTY: boolean;
  /** Stops --watch. */
  readonly signal?: AbortSignal;
}

/** The real process. */
export function processIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
  };
}

/** Messages at the level the user asked for, in colour only on a terminal without NO_COLOR. */
export class Reporter {
  private readonly colour: boolean;
  constructor(
    private readonly io: CliIo,
    readonly level: 'quiet' | 'normal' | 'verbose',
  ) {
    this.colour = io.isTTY && io.env.NO_COLOR === undefined && io.env.TERM !== 'dumb';
  }

  /** A line of progress (hidden by --quiet). */
  info(line: string): void {
    if (this.level !== 'quiet') this.io.stdout(`${line}\n`);
  }

  /** Detail shown only with --verbose. */
  debug(line: string): void {
    if (this.level === 'verbose') this.io.stderr(`${line}\n`);
  }

  /** A warning under an article's line (hidden by --quiet). */
  warn(line: string): void {
    if (this.level !== 'quiet') this.io.stderr(`  ${this.paint('33', 'warning:')} ${line}\n`);
  }

  /** An error: always shown. */
  error(line: string): void {
    this.io.stderr(`${this.paint('31', 'error:')} ${line}\n`);
  }

  /** Green tick or red cross. */
  mark(ok: boolean): string {
    return ok ? this.paint('32', '✓') : this.paint('31', '✗');
  }

  private paint(code: string, text: string): string {
    return this.colour ? `\u001b[${code}m${text}\u001b[0m` : text;
  }
}
