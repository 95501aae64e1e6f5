import { fontkit } from '../../../src/render/pdf/pdfkit.js';
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

  // A face is shared by every document of a process: a glyph the subsetter meets only inside a
  // composite ("N" in "Ń") must not stay in fontkit's glyph cache without code points, or a later
  // document's "N" would be written into the ToUnicode map as nothing.
  it.each(['serif', 'sans'] as const)('leaves no glyph without code points behind (%s)', (role) => {
    type Glyph = { id: number; codePoints: number[]; _decode(): { numberOfContours: number; components?: { glyphID: number }[] } | null };
    type Full = Omit<Font, 'glyphForCodePoint'> & { getGlyph(gid: number): Glyph; glyphForCodePoint(cp: number): Glyph; _glyphs: Record<number, unknown> };
    const fresh = () => fontkit.create(files[role]) as Full;
    // An accented capital made of its base letter, in this face.
    const probe = fresh();
    const pair = [...'ŃÉÀÖÇŠŽÅ']
      .map((c) => ({ c, base: c.normalize('NFD')[0]! }))
      .find(({ c, base }) => {
        const glyf = probe.getGlyph(probe.glyphForCodePoint(c.codePointAt(0)!).id)._decode();
        return (glyf?.numberOfContours ?? 0) < 0 && glyf!.components!.some((k) => k.glyphID === probe.glyphForCodePoint(base.codePointAt(0)!).id);
      });
    expect(pair, 'a composite accented capital').toBeDefined();
    const { c, base } = pair!;
    const useOnlyTheComposite = (font: Full) => {
      const composite = font.glyphForCodePoint(c.codePointAt(0)!).id;
      const baseId = font.glyphForCodePoint(base.codePointAt(0)!).id;
      delete font._glyphs[baseId]; // as if this process had never set the base letter
      const subset = font.createSubset();
      subset.includeGlyph(composite);
      subset.encode();
      return font.glyphForCodePoint(base.codePointAt(0)!).codePoints;
    };
    // fontkit's own subsetter leaves it behind (the reason for the fix)…
    expect(useOnlyTheComposite(fresh())).toEqual([]);
    // …the cached one does not, in a subset made after installing and in one made before.
    const after = fresh();
    installSubsetCache(after);
    expect(useOnlyTheComposite(after)).toEqual([base.codePointAt(0)]);
    const before = fresh();
    const early = before.createSubset();
    installSubsetCache(before, early);
    const composite = before.glyphForCodePoint(c.codePointAt(0)!).id;
    const baseId = before.glyphForCodePoint(base.codePointAt(0)!).id;
    delete before._glyphs[baseId];
    early.includeGlyph(composite);
    early.encode();
    expect(before.glyphForCodePoint(base.codePointAt(0)!).codePoints).toEqual([base.codePointAt(0)]);
  });

  it('installs once per font', () => {
    const font = fontkit.create(files.sans) as Font;
    installSubsetCache(font);
    const once = font.createSubset;
    installSubsetCache(font);
    expect(font.createSubset).toBe(once);
  });
});
