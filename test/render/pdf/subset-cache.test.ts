import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { FONT_ROLES, loadFonts } from '../../../src/render/fonts.js';
import { installSubsetCache } from '../../../src/render/pdf/subset-cache.js';

interface Font {
  readonly numGlyphs: number;
  glyphForCodePoint(cp: number): { id: number };
  createSubset(): { includeGlyph(gid: number): number; encode(): Uint8Array };
}

/** Glyph ids for text, in the order pdfkit would first include them. */
const glyphsOf = (font: Font, text: string) => [...text].map((c) => font.glyphForCodePoint(c.codePointAt(0)!).id);

// Accented capitals and ligatures are composite glyphs in these faces: their components are
// renumbered in the subset, which is where a reused record could go wrong.
const TEXTS = ['The quick brown fox jumps over the lazy dog. 0123456789', 'Éléonore Ørsted, Ångström & Çelik — “naïve” façade; ÀÉÎÕÜ àéîõü ŒœÆæ', 'office fluffy ¶12 §4 € £ ¥ © ® ™ • … ‘’ “”'];

describe('the subset cache', () => {
  const files = loadFonts();

  it.each(FONT_ROLES)('makes the same subsets as fontkit, one after another (%s)', (role) => {
    const stock = fontkit.create(files[role]) as Font;
    const cached = fontkit.create(files[role]) as Font;
    installSubsetCache(cached);
    // Later subsets meet glyphs the first ones recorded, in other orders and with new ones.
    const orders = [TEXTS[0]!, TEXTS[1]!, TEXTS[1]! + TEXTS[0]!, [...TEXTS[2]! + TEXTS[1]!].reverse().join('')];
    for (const text of orders) {
      const a = stock.createSubset();
      const b = cached.createSubset();
      for (const gid of glyphsOf(stock, text)) a.includeGlyph(gid);
      for (const gid of glyphsOf(cached, text)) b.includeGlyph(gid);
      expect(Buffer.from(b.encode()).equals(Buffer.from(a.encode())), text).toBe(true);
    }
  });

  it('covers composite glyphs', () => {
    // If no glyph in TEXTS were composite, the test above would not test renumbering at all.
    const font = fontkit.create(files.serif) as Font & { getGlyph(gid: number): { _decode(): { numberOfContours: number } | null } };
    const composites = glyphsOf(font, TEXTS[1]!).filter((gid) => (font.getGlyph(gid)._decode()?.numberOfContours ?? 0) < 0);
    expect(composites.length).toBeGreaterThan(0);
  });

  it('installs once per font', () => {
    const font = fontkit.create(files.sans) as Font;
    installSubsetCache(font);
    const once = font.createSubset;
    installSubsetCache(font);
    expect(font.createSubset).toBe(once);
  });
});
