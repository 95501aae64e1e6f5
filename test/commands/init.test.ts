import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/cli.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dg-init-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('discussion-guide init', () => {
  it('creates input/ with the sample, a sidecar and a glossary, and editable templates', async () => {
    const run = await runCli(dir, ['init', 'class']);
    expect(run.code).toBe(0);
    for (const file of ['input/global-times-canada-china-interview.txt', 'input/global-times-canada-china-interview.guide.yaml', 'input/glossary.yaml', 'templates/guide.md.hbs', 'templates/section.md.hbs']) {
      expect(existsSync(path.join(dir, 'class', file))).toBe(true);
    }
  });

  it('never overwrites what exists', async () => {
    mkdirSync(path.join(dir, 'input'));
    writeFileSync(path.join(dir, 'input', 'glossary.yaml'), 'terms: []\n');
    const run = await runCli(dir, ['init']);
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(dir, 'input', 'glossary.yaml'), 'utf8')).toBe('terms: []\n');
    expect(run.stdout).toMatch(/kept .*glossary\.yaml/);
  });

  it('makes a folder that builds as it is', async () => {
    await runCli(dir, ['init']);
    const run = await runCli(dir, ['build', '--format', 'md', '--templates', 'templates']);
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(dir, 'output', 'global-times-canada-china-interview.md'), 'utf8')).toContain('Grade 11 Civics');
  });
});
