/** Typed, user-facing errors: one class, a code per failure, a hint that says what to do. */

/** Every expected failure, with the exit code the CLI returns for it. */
export const ERROR_CODES = {
  USAGE: 2,
  NOT_FOUND: 3,
  UNREADABLE: 3,
  EMPTY: 4,
  BINARY: 4,
  TOO_LARGE: 4,
  NO_EXCHANGES: 5,
  TEMPLATE: 6,
  CONFIG: 7,
  WRITE: 8,
  RENDER: 9,
} as const;

/** The name of an expected failure. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** Details that place an error. */
export interface ErrorPlace {
  readonly file?: string;
  readonly line?: number;
  readonly hint?: string;
  readonly cause?: unknown;
}

/** An expected failure the user can act on; anything else is a bug and keeps its stack. */
export class GuideError extends Error {
  readonly code: ErrorCode;
  readonly file?: string;
  readonly line?: number;
  readonly hint?: string;

  constructor(code: ErrorCode, message: string, place: ErrorPlace = {}) {
    super(message, place.cause === undefined ? undefined : { cause: place.cause });
    this.name = 'GuideError';
    this.code = code;
    this.file = place.file;
    this.line = place.line;
    this.hint = place.hint;
  }

  /** The process exit code for this failure. */
  get exitCode(): number {
    return ERROR_CODES[this.code];
  }
}

/** True for a GuideError, also across module copies. */
export function isGuideError(error: unknown): error is GuideError {
  return error instanceof GuideError || (error instanceof Error && error.name === 'GuideError' && 'code' in error);
}

/** One line for the user: "file:line: message. hint". */
export function formatError(error: unknown, verbose = false): string {
  if (isGuideError(error)) {
    const where = error.file ? `${error.file}${error.line ? `:${error.line}` : ''}: ` : '';
    const stop = /[.!?:)]$/.test(error.message) ? '' : '.';
    const hint = error.hint ? ` ${error.hint}` : '';
    const line = `${where}${error.message}${error.hint ? stop : ''}${hint}`;
    return verbose ? `${line}\n${formatCauses(error)}`.trimEnd() : line;
  }
  const err = error instanceof Error ? error : new Error(String(error));
  return verbose ? (err.stack ?? err.message) : `unexpected error: ${err.message} (run with --verbose for details; this is a bug, please report it)`;
}

function formatCauses(error: Error): string {
  const lines: string[] = [];
  let cause = error.cause;
  while (cause !== undefined) {
    lines.push(`  caused by: ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}`);
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  if (!isGuideError(error) && error.stack) lines.unshift(error.stack);
  return lines.join('\n');
}
