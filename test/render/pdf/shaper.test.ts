import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fontkit } from '../../../src/render/pdf/pdfkit.js';
import { describe, expect, it } from 'vitest';
import { FONT_ROLES, loadFonts } from '../../../src/render/fonts.js';
import { fastShapeForTest, installFastLayout, type FontkitFont, type Run } from '../../../src/render/pdf/shaper.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

/** Every word of the test articles and golden guides, split as pdfkit splits text (at spaces, keeping them), with and without its space. */
function vocabulary(): string[] {
  const texts: string[] = [];
  for (const dir of ['parse/corpus', 'parse/shapes', 'golden']) {
    for (const f of readdirSync(join(FIXTURES, dir))) if (/\.(txt|md|json)$/.test(f)) texts.push(readFileSync(join(FIXTURES, dir, f), 'utf8'));
  }
  // Ligatures, kerning pairs, digits alone, accents, quotes and dashes, and characters the fast path leaves to fontkit.
  texts.push('office fluffiest affirm waffle AVATAR Tyre WAVE “Yes,” ’Twas —and… T. P.J. LTA Yo, 1/2 1⁄2 naïve café Œuvre Ærø ¶12 14.6% $4.5bn 2026-01-15 co-op e\u0301 x\u00ady Ωmega Привет 北京');
  return [...new Set(texts.join(' ').split(/(?<= )/).flatMap((w) => [w, w.trimEnd(), w.replace(/\n/g, '')]).filter(Boolean))];
}

/** What pdfkit reads of a run: glyph ids and code points, the four position fields, the advance. */
const signature = (run: Run) =>
  JSON.stringify([run.glyphs.map((g) => [g.id, g.codePoints]), run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]), run.advanceWidth]);

describe('the fast shaping path', () => {
  const words = vocabulary();
  const fonts = loadFonts();

  it.each(FONT_ROLES)('gives fontkit’s glyphs and positions for every word it takes, in %s', (role) => {
    const stock = fontkit.create(fonts[role]) as unknown as FontkitFont;
    const ours = fontkit.create(fonts[role]) as unknown as FontkitFont;
    let taken = 0;
    for (const word of words) {
      const fast = fastShapeForTest(ours, word);
      if (!fast) continue;
      taken++;
      expect(signature(fast), JSON.stringify(word)).toBe(signature(stock.layout(word)));
    }
    expect(words.length).toBeGreaterThan(3000);
    // It must take nearly every word, or it is not the fast path it claims to be.
    expect(taken / words.length).toBeGreaterThan(0.95);
  });

  it('leaves marks, ignorables, fraction slashes and other scripts to fontkit', () => {
    const font = fontkit.create(fonts.serif) as unknown as FontkitFont;
    for (const word of ['e\u0301', 'x\u00ady', '1\u20442', 'Привет', '北京', 'a\u200bb']) expect(fastShapeForTest(font, word), word).toBeNull();
    expect(fastShapeForTest(font, 'office ')?.glyphs.length).toBe(5);
  });

  // fontkit caches one glyph object per glyph id, with the code points it first met it by; the fast
  // path must leave the same cache behind, call after call (two characters can share a glyph).
  it.each([
    ['serifItalic', ['really', 'Smith:\u00a0', 'said ']],
    ['serif', ['x\u00ady', 'co-op', 'non-stop ']],
    ['serif', ['\u00a0', 'a b', ' ']],
    ['sans', ['12\u00a0', 'Dr Xi ', '1\u20442', '2 ']],
  ] as const)('leaves fontkit’s glyph cache as fontkit does, over a sequence of calls (%s)', (role, sequence) => {
    const stock = fontkit.create(fonts[role]) as unknown as FontkitFont;
    const font = fontkit.create(fonts[role]) as unknown as FontkitFont;
    installFastLayout(font);
    for (const word of sequence) expect(signature(font.layout(word)), JSON.stringify(word)).toBe(signature(stock.layout(word)));
    expect(font.glyphForCodePoint(0x20).codePoints).toEqual(stock.glyphForCodePoint(0x20).codePoints);
  });

  it('is installed in front of layout() and still answers every call as fontkit does', () => {
    const stock = fontkit.create(fonts.serif) as unknown as FontkitFont;
    const font = fontkit.create(fonts.serif) as unknown as FontkitFont;
    installFastLayout(font);
    installFastLayout(font);
    for (const word of ['office ', 'e\u0301 ', 'Привет ', '12 ']) expect(signature(font.layout(word)), word).toBe(signature(stock.layout(word)));
  });
});
