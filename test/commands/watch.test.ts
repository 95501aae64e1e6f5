import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { scratchProject } from '../helpers/cli.js';
import { main } from '../../src/cli.js';
import { affected } from '../../src/commands/watch.js';

let project: ReturnType<typeof scratchProject>;
beforeEach(() => {
  project = scratchProject();
});
afterEach(() => project.cleanup());

async function until(check: () => boolean, ms = 30_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('build --watch', () => {
  it('maps a changed file to the guides it affects', () => {
    const a = '/in/a.txt';
    const b = '/in/b.md';
    expect(affected('/in/a.txt', [a, b])).toEqual([a]);
    expect(affected('/in/b.guide.yaml', [a, b])).toEqual([b]);
    expect(affected('/in/glossary.yaml', [a, b])).toBe('all');
    expect(affected('/t/section.md.hbs', [a, b])).toBe('all');
    expect(affected('/out/a.md', [a, b])).toEqual([]);
  });

  it('rebuilds on a change and keeps watching after a broken edit', async () => {
    const controller = new AbortController();
    const article = path.join(project.input, 'global-times-canada-china-interview.txt');
    const guide = path.join(project.dir, 'output', 'global-times-canada-china-interview.md');
    const sidecar = article.replace(/\.txt$/, '.guide.yaml');
    let stdout = '';
    let stderr = '';
    const running = main(['build', '--watch', '--format', 'md'], {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      cwd: project.dir,
      env: {},
      isTTY: false,
      signal: controller.signal,
    });
    await until(() => stdout.includes('watching'));
    writeFileSync(sidecar, 'course: [broken\n');
    await until(() => /not valid YAML/.test(stderr));
    writeFileSync(sidecar, 'course: Grade 12 World Issues\n');
    await until(() => existsSync(guide) && readFileSync(guide, 'utf8').includes('Grade 12 World Issues'));
    controller.abort();
    expect(await running).toBe(0);
  });
});
