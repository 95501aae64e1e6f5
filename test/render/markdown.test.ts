import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { renderMarkdown, tidyMarkdown } from '../../src/render/markdown.js';
import { escapeAll, escapeBlock, escapeInline } from '../../src/render/markdown-escape.js';
import { sampleGuide, AMPERSAND_TITLE } from '../helpers/sample-guide.js';
import { shippedTemplates } from '../helpers/templates.js';
import { lintMarkdown } from '../helpers/markdownlint.js';

describe('renderMarkdown', () => {
  it('writes front matter a YAML parser reads, with title, source, date, speakers and edition', async () => {
    const md = renderMarkdown(sampleGuide(), { edition: 'student', templates: await shippedTemplates() });
    const front = /^---\n([\s\S]*?)\n---\n/.exec(md);
    expect(front).not.toBeNull();
    const data = parseYaml(front![1]!);
    expect(data.title).toBe(sampleGuide().title);
    expect(data.date).toBe('2026-01-15');
    expect(data.source).toContain('Global Times');
    expect(data.edition).toBe('student');
    expect(data.speakers.map((s: { label: string }) => s.label)).toEqual(['GT', 'JCR']);
  });

  it('has one ## heading per section, numbered paragraphs and no HTML entities', async () => {
    const guide = sampleGuide();
    const md = renderMarkdown(guide, { edition: 'student', templates: await shippedTemplates() });
    for (const s of guide.sections) expect(md).toContain(`## ${s.number}. `);
    expect(md).toMatch(/\*\*¶12\*\* /);
    expect(md).not.toMatch(/&#x27;|&amp;|&quot;|&lt;/);
    expect(md).toMatch(/Canada['’]s/);
    expect(md).toContain('Julián');
  });

  it('is clean under markdownlint (default rules, line length aside) in both editions', async () => {
    const templates = await shippedTemplates();
    for (const edition of ['student', 'teacher'] as const) {
      expect(lintMarkdown(renderMarkdown(sampleGuide(), { edition, templates }))).toEqual([]);
    }
  });

  it('adds evidence, sources, readability and a lesson outline only to the teacher edition', async () => {
    const templates = await shippedTemplates();
    const student = renderMarkdown(sampleGuide(), { edition: 'student', templates });
    const teacher = renderMarkdown(sampleGuide(), { edition: 'teacher', templates });
    expect(student).not.toContain('Lesson outline');
    expect(student).not.toContain('Evidence:');
    expect(teacher).toContain('Lesson outline');
    expect(teacher).toContain('Evidence:');
    expect(teacher).toContain('Source: ');
    expect(teacher).toMatch(/Flesch–Kincaid/);
  });

  it('says which word WordNet was asked when a definition is built on one word of the term', async () => {
    const guide = sampleGuide();
    const [first, ...rest] = guide.sections;
    const term = { term: 'dual-track strategy', definition: 'A kind of strategy (an elaborate and systematic plan of action).', kind: 'concept' as const, firstParagraph: first!.answerParagraphs[0]!.number, source: 'wordnet' as const, sourceWord: 'strategy' };
    const withTerm = { ...guide, sections: [{ ...first!, keyTerms: [term] }, ...rest], glossary: [{ ...term, sections: [first!.number] }] };
    const teacher = renderMarkdown(withTerm, { edition: 'teacher', templates: await shippedTemplates() });
    expect(teacher.match(/\*Source: WordNet 3\.1, for “strategy”\.\*/g)).toHaveLength(2);
    expect(renderMarkdown(withTerm, { edition: 'student', templates: await shippedTemplates() })).not.toContain('WordNet');
  });

  it('escapes Markdown in the article so it prints as written', async () => {
    const md = renderMarkdown(sampleGuide({ title: AMPERSAND_TITLE }), { edition: 'student', templates: await shippedTemplates() });
    expect(md).toContain('# Beijing & Ottawa: \\<ties> "beyond" US influence');
    expect(lintMarkdown(md)).toEqual([]);
  });

  it('replaces one template and keeps the rest', async () => {
    const shipped = await shippedTemplates();
    const templates = { templates: { ...shipped.templates, glossary: '## Word list\n\n{{#each glossary}}\n- {{term}}\n{{/each}}\n' } };
    const md = renderMarkdown(sampleGuide(), { edition: 'student', templates });
    expect(md).toContain('## Word list');
    expect(md).not.toContain('## Glossary');
    expect(md).toContain('## Before you read');
  });

  it('names the template and line of a broken template', async () => {
    const shipped = await shippedTemplates();
    const templates = { templates: { ...shipped.templates, section: 'ok\n{{#each keyTerms}}\n{{term}}\n' }, files: { section: '/class/section.md.hbs' } };
    expect(() => renderMarkdown(sampleGuide(), { edition: 'student', templates })).toThrow(/template "section" is broken/);
    try {
      renderMarkdown(sampleGuide(), { edition: 'student', templates });
    } catch (error) {
      expect((error as { file?: string }).file).toBe('/class/section.md.hbs');
      expect((error as { line?: number }).line).toBeGreaterThan(0);
    }
  });

  it('keeps prototype access forbidden in templates', async () => {
    const shipped = await shippedTemplates();
    const templates = { templates: { ...shipped.templates, guide: '{{constructor.name}}|{{title}}' } };
    const md = renderMarkdown(sampleGuide(), { edition: 'student', templates });
    expect(md).not.toContain('Object');
  });
});

describe('markdown escaping', () => {
  it('escapes emphasis, code, links and HTML but not apostrophes or plain brackets', () => {
    expect(escapeInline("Canada's *big* `x` <b> [a](b)")).toBe("Canada's \\*big\\* \\`x\\` \\<b> \\[a\\](b)");
    expect(escapeInline('the two Michaels [Michael Spavor and Michael Kovrig]')).toBe('the two Michaels [Michael Spavor and Michael Kovrig]');
    expect(escapeInline('AT&T &amp; co')).toBe('AT&T \\&amp; co');
  });
  it('gives what every step gives, with or without its shortcut', () => {
    const piece = fc.constantFrom('a', 'Canada', ' ', '  ', '\n', '\t', '\u00a0', '\u2009', '*', '_', '`', '~', '\\', '[', ']', '(', ':', '<', 'b', '/', '&', '#', ';', 'é', '’');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), (text) => {
        expect(escapeInline(text)).toBe(escapeAll(text));
      }),
      { numRuns: 2000 },
    );
    expect(escapeInline('Plain words, as most are.')).toBe('Plain words, as most are.');
  });
  it('keeps a paragraph from starting a heading, list or quote', () => {
    expect(escapeBlock('# not a heading')).toBe('\\# not a heading');
    expect(escapeBlock('- not a list')).toBe('\\- not a list');
    expect(escapeBlock('1. not a list')).toBe('1\\. not a list');
    expect(escapeBlock('> not a quote')).toBe('\\> not a quote');
  });
  it('tidies blank lines and trailing spaces', () => {
    expect(tidyMarkdown('a  \n\n\n\nb')).toBe('a\n\nb\n');
  });
});
