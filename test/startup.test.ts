import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { V8_FLAGS, tuneV8 } from '../src/startup.js';

describe('V8 tuning for the CLI', () => {
  it('uses flags this Node knows (setFlagsFromString ignores unknown ones silently; the command line does not)', () => {
    const run = spawnSync(process.execPath, [...V8_FLAGS, '-e', 'process.exit(0)'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('can be called more than once', () => {
    expect(() => {
      tuneV8();
      tuneV8();
    }).not.toThrow();
  });
});
