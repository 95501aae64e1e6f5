import { describe, expect, it } from 'vitest';
import { decodeText, parseInterview } from '../../src/parse/index.js';
import { GuideError, formatError } from '../../src/errors.js';

const enc = (s: string) => new TextEncoder().encode(s);
function caught(fn: () => unknown): GuideError {
  try { fn(); } catch (e) { if (e instanceof GuideError) return e; throw e; }
  throw new Error('expected a GuideError');
}

describe('bad input', () => {
  it('empty or whitespace-only files: EMPTY, with the file and a hint', () => {
    for (const bytes of [new Uint8Array(), enc('   \n\t\n'), enc('\u00a0\u00a0\n'), enc('\ufeff')]) {
      const e = caught(() => decodeText(bytes, 'blank.txt'));
      expect(e.code).toBe('EMPTY');
      expect(e.file).toBe('blank.txt');
      expect(e.hint).toMatch(/Paste/);
    }
    expect(caught(() => parseInterview('  \n \n', 'blank.txt')).code).toBe('EMPTY');
  });

  it('binary files: BINARY', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const e = caught(() => decodeText(png, 'photo.txt'));
    expect(e.code).toBe('BINARY');
    expect(e.hint).toMatch(/plain text/);
    const controls = enc('Q: hi?\n' + '\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f'.repeat(5));
    expect(caught(() => decodeText(controls, 'odd.txt')).code).toBe('BINARY');
  });

  it('files over the limit: TOO_LARGE (5 MB by default, configurable)', () => {
    expect(caught(() => decodeText(new Uint8Array(5 * 1024 * 1024 + 1).fill(65), 'big.txt')).code).toBe('TOO_LARGE');
    const e = caught(() => decodeText(enc('Q: a?\n\nA: b.'), 'small.txt', { maxBytes: 4 }));
    expect(e.code).toBe('TOO_LARGE');
    expect(formatError(e)).toMatch(/^small\.txt: the file is 12 bytes, over the 4 bytes limit.*Split the article/);
  });

  it('text with no exchanges: NO_EXCHANGES, and the hint lists the shapes it knows', () => {
    const e = caught(() => parseInterview('Just an essay.\n\nWith two paragraphs and no questions at all.', 'essay.txt'));
    expect(e.code).toBe('NO_EXCHANGES');
    expect(e.file).toBe('essay.txt');
    expect(e.hint).toMatch(/Q: \/ A:/);
    expect(e.hint).toMatch(/headings ending in "\?"/);
    expect(e.exitCode).toBe(5);
  });

  it('labels that only answer still give NO_EXCHANGES, not a crash', () => {
    expect(caught(() => parseInterview('Note: one.\n\nNote: two.', 'notes.txt')).code).toBe('NO_EXCHANGES');
  });
});

describe('hostile input stays fast', () => {
  const cases: Record<string, string> = {
    'open brackets': '['.repeat(100000) + '](' + '('.repeat(50000),
    backticks: '`'.repeat(100000) + 'x',
    'an unclosed stage direction': '(' + 'the call '.repeat(50000),
    'turns with no blank lines': 'Q: a?\nA: b\n'.repeat(5000),
  };
  it.each(Object.keys(cases))('%s', (key) => {
    const t0 = performance.now();
    try { parseInterview(cases[key]!, 'hostile.txt'); } catch (e) { expect((e as GuideError).code).toBe('NO_EXCHANGES'); }
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it('reads turns with no blank lines between them', () => {
    const iv = parseInterview('Q: Where?\nA: Here.\nQ: When?\nA: Now.\nMore on that later.', 'tight.txt');
    expect(iv.exchanges.map((e) => e.answer.map((p) => p.text))).toEqual([['Here.'], ['Now. More on that later.']]);
  });
});

describe('nothing lost at the edges', () => {
  it('a "---" rule above the interview is not front matter', () => {
    const iv = parseInterview('---\nGT: Why now?\n\nJCR: Because.\n---\n\nGT: And then?\n\nJCR: We see.', 'rule.txt');
    expect(iv.exchanges.map((e) => e.question[0]!.text)).toEqual(['Why now?', 'And then?']);
  });

  it('answer sentences that mention photos or tags are kept', () => {
    const text = 'Q: What do you keep?\n\nA: Pictures from my childhood remind me of home.\n\nCourtesy of my mother, I learned to cook.\n\nThe sign said 3<a and b>2, oddly.\n\nQ: Anything else?\n\nA: No.';
    const iv = parseInterview(text, 'keep.txt');
    expect(iv.exchanges[0]!.answer.map((p) => p.text)).toEqual([
      'Pictures from my childhood remind me of home.',
      'Courtesy of my mother, I learned to cook.',
      'The sign said 3<a and b>2, oddly.',
    ]);
  });

  it('quoted (> ) Markdown reads like plain paragraphs', () => {
    const iv = parseInterview('> **Q:** Why?\n>\n> **A:** Because.\n> Truly.\n\n> **Q:** When?\n\n> **A:** Now.\n', 'quote.md');
    expect(iv.exchanges.map((e) => e.answer.map((p) => p.text))).toEqual([['Because. Truly.'], ['Now.']]);
  });
});
