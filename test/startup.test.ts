import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BATCH_FLAGS, V8_FLAGS, tuneV8, tuneV8ForBatch } from '../src/startup.js';

describe('V8 tuning for the CLI', () => {
  it('uses flags this Node knows (setFlagsFromString ignores unknown ones silently; the command line does not)', () => {
    const run = spawnSync(process.execPath, [...V8_FLAGS, ...BATCH_FLAGS, '-e', 'process.exit(0)'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('can be called more than once', () => {
    expect(() => {
      tuneV8();
      tuneV8();
      tuneV8ForBatch();
      tuneV8ForBatch();
    }).not.toThrow();
  });
});
