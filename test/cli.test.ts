import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { runCli, scratchProject } from './helpers/cli.js';

const STEM = 'global-times-canada-china-interview';
let project: ReturnType<typeof scratchProject>;
beforeEach(() => {
  project = scratchProject();
});
afterEach(() => project.cleanup());
const out = (name: string) => path.join(project.dir, 'output', name);

describe('discussion-guide build', () => {
  it('builds every article in input/ into output/ as Markdown and PDF by default', async () => {
    const run = await runCli(project.dir, []);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readdirSync(path.join(project.dir, 'output')).sort()).toEqual([`${STEM}.md`, `${STEM}.pdf`]);
    expect(readFileSync(out(`${STEM}.pdf`)).subarray(0, 5).toString()).toBe('%PDF-');
    expect(run.stdout).toMatch(new RegExp(`✓ input/${STEM}.txt: 7 sections`));
    expect(run.stdout).toMatch(/1 built, 0 failed/);
  });

  it('writes the JSON model with the field names other tools read', async () => {
    const run = await runCli(project.dir, ['build', 'input', '--format', 'json']);
    expect(run.code).toBe(0);
    const guide = JSON.parse(readFileSync(out(`${STEM}.json`), 'utf8'));
    for (const key of ['title', 'kicker', 'published', 'publication', 'editorsNote', 'speakers', 'sections', 'glossary']) expect(guide).toHaveProperty(key);
    expect(guide.published).toBe('2026-01-15');
    expect(guide.speakers[0]).toEqual(expect.objectContaining({ label: expect.any(String), name: expect.any(String), role: expect.any(String), description: expect.any(String) }));
    const section = guide.sections[0];
    for (const key of ['number', 'question', 'answer', 'summary', 'keyTerms', 'prompts']) expect(section).toHaveProperty(key);
    expect(typeof section.question).toBe('string');
    expect(Array.isArray(section.answer)).toBe(true);
    expect(section.keyTerms[0]).toEqual(expect.objectContaining({ term: expect.any(String), definition: expect.any(String), kind: expect.any(String), firstParagraph: expect.any(Number) }));
    expect(section.prompts[0]).toEqual(expect.objectContaining({ text: expect.any(String), level: expect.any(String), paragraphs: expect.any(Array) }));
    expect(guide.glossary[0]).toEqual(expect.objectContaining({ term: expect.any(String), definition: expect.any(String), sections: expect.any(Array) }));
  });

  it('writes both editions with the teacher suffix', async () => {
    const run = await runCli(project.dir, ['build', '--edition', 'student,teacher', '--format', 'md']);
    expect(run.code).toBe(0);
    expect(existsSync(out(`${STEM}.md`))).toBe(true);
    expect(readFileSync(out(`${STEM}.teacher.md`), 'utf8')).toContain('Lesson outline');
  });

  it('gives identical bytes on two builds', async () => {
    await runCli(project.dir, ['--format', 'md,pdf']);
    const first = readFileSync(out(`${STEM}.pdf`));
    const firstMd = readFileSync(out(`${STEM}.md`));
    await runCli(project.dir, ['--format', 'md,pdf']);
    expect(readFileSync(out(`${STEM}.pdf`)).equals(first)).toBe(true);
    expect(readFileSync(out(`${STEM}.md`)).equals(firstMd)).toBe(true);
  });

  it('names a missing path in one line, exits non-zero and still builds the rest', async () => {
    const run = await runCli(project.dir, ['build', 'nope.txt', 'input', '--format', 'md']);
    expect(run.code).toBe(3);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/nope\.txt: no such file or folder/);
    expect(existsSync(out(`${STEM}.md`))).toBe(true);
  });

  it('meets bad input with a message naming the file, keeps earlier guides and builds the others', async () => {
    await runCli(project.dir, ['--format', 'md']);
    const before = readFileSync(out(`${STEM}.md`), 'utf8');
    writeFileSync(path.join(project.input, 'empty.txt'), '  \n\n ');
    writeFileSync(path.join(project.input, 'recipe.txt'), 'Mix the flour and the butter.\n\nBake for twenty minutes.\n');
    writeFileSync(path.join(project.input, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 0]));
    const run = await runCli(project.dir, ['--format', 'md']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/input\/empty\.txt: .*empty/i);
    expect(run.stderr).toMatch(/input\/recipe\.txt: .*(question|interview|exchange)/i);
    expect(run.stderr).toMatch(/input\/binary\.txt: .*binary/i);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toMatch(/1 built, 3 failed/);
    expect(readFileSync(out(`${STEM}.md`), 'utf8')).toBe(before);
    expect(existsSync(out('empty.md'))).toBe(false);
  });

  it('says when the output folder cannot be written', async () => {
    writeFileSync(path.join(project.dir, 'blocked'), 'a file, not a folder');
    const run = await runCli(project.dir, ['--out', 'blocked', '--format', 'md']);
    expect(run.code).toBe(8);
    expect(run.stderr).toMatch(/blocked: the output folder cannot be written/);
  });

  it('rejects an unknown format with a usage message', async () => {
    const run = await runCli(project.dir, ['--format', 'docx']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--format must be one or more of md, pdf, json/);
  });

  it('prints help with examples', async () => {
    const run = await runCli(project.dir, ['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Examples:/);
    expect(run.stdout).toMatch(/--edition/);
  });

  it('takes defaults from a config file, and flags win over it', async () => {
    writeFileSync(path.join(project.dir, 'discussion-guide.config.json'), JSON.stringify({ out: 'handouts', format: 'md', edition: 'teacher' }));
    let run = await runCli(project.dir, []);
    expect(run.code).toBe(0);
    expect(readdirSync(path.join(project.dir, 'handouts'))).toEqual([`${STEM}.teacher.md`]);
    run = await runCli(project.dir, ['--edition', 'student', '--out', 'elsewhere']);
    expect(readdirSync(path.join(project.dir, 'elsewhere'))).toEqual([`${STEM}.md`]);
  });

  it('names the file and line of a bad config file', async () => {
    writeFileSync(path.join(project.dir, 'discussion-guide.config.yaml'), 'out: x\nformats: md\n');
    const run = await runCli(project.dir, []);
    expect(run.code).toBe(7);
    expect(run.stderr).toMatch(/discussion-guide\.config\.yaml:2: .*formats/);
  });
});

describe('customising a guide', () => {
  it('applies the sidecar: course, title, added and removed terms, added prompts', async () => {
    writeFileSync(
      path.join(project.input, `${STEM}.guide.yaml`),
      [
        'course: Grade 11 Civics',
        'title: Canada and China, 2026',
        'terms:',
        '  add:',
        '    - term: path dependence',
        '      definition: The idea that past choices limit the choices a country has today.',
        '  remove: [Meng Wanzhou]',
        'prompts:',
        '  add:',
        '    - section: 5',
        '      text: How would you explain "path dependence" to a friend?',
      ].join('\n'),
    );
    const run = await runCli(project.dir, ['--format', 'json,md']);
    expect(run.code).toBe(0);
    const guide = JSON.parse(readFileSync(out(`${STEM}.json`), 'utf8'));
    expect(guide.course).toBe('Grade 11 Civics');
    expect(guide.title).toBe('Canada and China, 2026');
    const terms = guide.sections.flatMap((s: { keyTerms: { term: string }[] }) => s.keyTerms.map((t) => t.term));
    expect(terms).toContain('path dependence');
    expect(terms).not.toContain('Meng Wanzhou');
    const added = guide.sections[4].keyTerms.find((t: { term: string }) => t.term === 'path dependence');
    expect(added.source).toBe('teacher');
    expect(guide.sections[4].prompts.map((p: { text: string }) => p.text)).toContain('How would you explain "path dependence" to a friend?');
    const md = readFileSync(out(`${STEM}.md`), 'utf8');
    expect(md).toContain('# Canada and China, 2026');
    expect(md).toContain('Grade 11 Civics');
  });

  it('uses the shared glossary for definitions', async () => {
    writeFileSync(path.join(project.input, 'glossary.yaml'), 'terms:\n  - term: unilateralism\n    definition: When one country acts alone without asking its partners.\n');
    const run = await runCli(project.dir, ['--format', 'json']);
    expect(run.code).toBe(0);
    const guide = JSON.parse(readFileSync(out(`${STEM}.json`), 'utf8'));
    const entry = guide.glossary.find((g: { term: string }) => g.term.toLowerCase() === 'unilateralism');
    expect(entry.definition).toBe('When one country acts alone without asking its partners.');
    expect(entry.source).toBe('teacher');
  });

  it('names the sidecar, key and line of a mistake, and builds the other articles', async () => {
    writeFileSync(path.join(project.input, `${STEM}.guide.yaml`), 'course: Civics\nterm:\n  add: []\n');
    const run = await runCli(project.dir, ['--format', 'md']);
    expect(run.code).toBe(7);
    expect(run.stderr).toMatch(new RegExp(`${STEM}\\.guide\\.yaml:2: .*unknown key "term"`));
  });

  it('uses a teacher template folder: one replaced, the rest shipped', async () => {
    const mine = path.join(project.dir, 'my-templates');
    mkdirSync(mine);
    writeFileSync(path.join(mine, 'glossary.md.hbs'), '## Word wall\n\n{{#each glossary}}\n- {{term}}\n{{/each}}\n');
    const run = await runCli(project.dir, ['--format', 'md', '--templates', 'my-templates']);
    expect(run.code).toBe(0);
    const md = readFileSync(out(`${STEM}.md`), 'utf8');
    expect(md).toContain('## Word wall');
    expect(md).toContain('## Before you read');
  });

  it('names the file and line of a broken template', async () => {
    const mine = path.join(project.dir, 'my-templates');
    mkdirSync(mine);
    writeFileSync(path.join(mine, 'section.md.hbs'), '## {{number}}\n{{#if topic}}\nno end\n');
    const run = await runCli(project.dir, ['--format', 'md', '--templates', 'my-templates']);
    expect(run.code).toBe(6);
    expect(run.stderr).toMatch(/my-templates\/section\.md\.hbs(:\d+)?: template "section" is broken/);
  });
});
