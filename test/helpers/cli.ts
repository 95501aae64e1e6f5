/** Runs `main` in a temporary folder with captured output, as a newcomer would run the CLI. */
import { mkdtempSync, mkdirSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli.js';

/** The client's sample article as shipped in input/. */
export const SEED = fileURLToPath(new URL('../../input/global-times-canada-china-interview.txt', import.meta.url));
/** The real corpus copied into the fixtures. */
export const CORPUS = fileURLToPath(new URL('../fixtures/parse/corpus/', import.meta.url));

/** A scratch project folder with input/ holding the seed. */
export function scratchProject(): { dir: string; input: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'dg-cli-'));
  const input = path.join(dir, 'input');
  mkdirSync(input);
  copyFileSync(SEED, path.join(input, path.basename(SEED)));
  return { dir, input, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The result of one CLI run. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in `cwd` with these arguments. */
export async function runCli(cwd: string, args: string[], env: Record<string, string> = {}, signal?: AbortSignal): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd,
    env: { SOURCE_DATE_EPOCH: '1768435200', ...env },
    isTTY: false,
    signal,
  });
  return { code, stdout, stderr };
}
