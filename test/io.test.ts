import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { collectInputs, isArticleName, loadTemplates, readInput, writeAtomic } from '../src/io.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dg-io-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('io', () => {
  it('finds articles in a folder, sorted, skipping sidecars, glossary, config and hidden files', async () => {
    for (const name of ['b.txt', 'a.md', 'a.guide.yaml', 'glossary.yaml', '.hidden.txt', 'notes.pdf', 'c.html', 'd.docx']) writeFileSync(path.join(dir, name), 'x');
    const { inputs, errors } = await collectInputs([dir]);
    expect(errors).toEqual([]);
    expect(inputs.map((i) => i.name)).toEqual(['a.md', 'b.txt', 'c.html', 'd.docx']);
    expect(isArticleName('README.md')).toBe(false);
  });

  it('reports a missing path as an error and keeps the others', async () => {
    writeFileSync(path.join(dir, 'a.txt'), 'x');
    const { inputs, errors } = await collectInputs([path.join(dir, 'nope.txt'), path.join(dir, 'a.txt')]);
    expect(inputs).toHaveLength(1);
    expect(errors[0]?.code).toBe('NOT_FOUND');
    expect(errors[0]?.file).toContain('nope.txt');
  });

  it('refuses a file over the size limit before reading it', async () => {
    const file = path.join(dir, 'big.txt');
    writeFileSync(file, 'x'.repeat(2048));
    await expect(readInput(file, 1024)).rejects.toMatchObject({ code: 'TOO_LARGE' });
    await expect(readInput(file, 4096)).resolves.toHaveLength(2048);
  });

  it('writes atomically and leaves no temporary file', async () => {
    const file = path.join(dir, 'out.md');
    writeFileSync(file, 'old');
    await writeAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['out.md']);
  });

  it('keeps the old file whole when a write fails half-way', async () => {
    const file = path.join(dir, 'out.md');
    writeFileSync(file, 'old guide');
    async function* halfThenFail() {
      yield 'half of a new gu';
      throw new Error('disk full');
    }
    await expect(writeAtomic(file, halfThenFail() as unknown as string)).rejects.toMatchObject({ code: 'WRITE' });
    expect(readFileSync(file, 'utf8')).toBe('old guide');
    expect(readdirSync(dir)).toEqual(['out.md']);
  });

  it('says which file cannot be written when its folder is missing', async () => {
    await expect(writeAtomic(path.join(dir, 'missing', 'out.md'), 'x')).rejects.toMatchObject({ code: 'WRITE', file: path.join(dir, 'missing', 'out.md') });
  });

  it('loads the shipped templates and lets a folder replace one of them', async () => {
    const shipped = await loadTemplates();
    expect(Object.keys(shipped.templates)).toContain('guide');
    const mine = path.join(dir, 'templates');
    mkdirSync(mine);
    writeFileSync(path.join(mine, 'glossary.md.hbs'), '## Words\n');
    const merged = await loadTemplates(mine);
    expect(merged.templates.glossary).toBe('## Words\n');
    expect(merged.templates.section).toBe(shipped.templates.section);
    expect(merged.files?.glossary).toBe(path.join(mine, 'glossary.md.hbs'));
  });
});
