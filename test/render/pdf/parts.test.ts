import { describe, expect, it } from 'vitest';
import { FONT_ROLES, loadFonts } from '../../../src/render/fonts.js';
import { documentInfo, escapeXml } from '../../../src/render/pdf/document.js';
import { COMMON_CODE_POINTS, COMMON_TEXT, GlyphGuard } from '../../../src/render/pdf/glyphs.js';
import { defaultCreationDate } from '../../../src/render/pdf/index.js';
import { formatCount } from '../../../src/render/pdf/blocks.js';
import { formatTermPlace, whoIsWho } from '../../../src/render/format.js';
import { sampleGuide } from '../../helpers/sample-guide.js';

describe('fonts', () => {
  it('reads every face once and caches it', () => {
    const fonts = loadFonts();
    for (const role of FONT_ROLES) expect(fonts[role].subarray(0, 4)).toEqual(Buffer.from([0, 1, 0, 0]));
    expect(loadFonts()).toBe(fonts);
  });
});

describe('GlyphGuard', () => {
  const guard = () => new GlyphGuard((_role, cp) => cp < 0x250);

  it('sums up a whole script the fonts lack in one warning', () => {
    const g = guard();
    g.clean('日本語の資料もあります。', 'serif');
    const warnings = g.warnings();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(/no glyphs for \d+ characters/);
  });

  it('keeps what the font has and drops invisible characters', () => {
    expect(guard().clean('Julián\u200b Castro-Rea', 'serif')).toBe('Julián Castro-Rea');
  });

  it('replaces a missing character by its base letter or "?" and warns once per character', () => {
    const g = guard();
    expect(g.clean('ḱ 中 中', 'sans')).toBe('k ? ?');
    const warnings = g.warnings();
    expect(warnings.map((w) => w.code)).toEqual(['MISSING_GLYPH', 'MISSING_GLYPH']);
    expect(warnings[1]!.message).toContain('U+4E2D');
    expect(warnings[1]!.message).toContain('missing in Atkinson Hyperlegible');
  });

  it('prints a close symbol the face has: "≅" → "≈", else "~"; arrows and primes by table', () => {
    const noCong = new GlyphGuard((_role, cp) => cp < 0x250 || cp === 0x2248);
    expect(noCong.clean('≅2.2 million → 5′', 'serif')).toBe("≈2.2 million -> 5'");
    expect(noCong.warnings().map((w) => w.message).join('\n')).toContain('U+2245');
    const plain = new GlyphGuard((_role, cp) => cp < 0x250);
    expect(plain.clean('≅2.2 ≤ 3 ‑ x', 'sans')).toBe('~2.2 <= 3 - x');
    expect(plain.warnings().find((w) => w.message.includes('U+2245'))!.message).toContain('printed as "~"');
  });

  it('passes common text as it is only through faces that draw all of it, asking each face once when the answer is shared', () => {
    const asked: number[] = [];
    const common = new Map();
    const full = new GlyphGuard((_role, cp) => (asked.push(cp), cp < 0x250 || (cp >= 0x2013 && cp <= 0x2026)), common);
    const text = 'Canada’s “trade” — 1.5% more… Québec';
    expect(full.clean(text, 'serif')).toBe(text);
    expect(common.get('serif')).toBe(true);
    // Asked once: not again by the same guard, nor by another that shares the answers.
    const first = asked.length;
    expect(full.clean(`${text} again`, 'serif')).toBe(`${text} again`);
    expect(asked.length).toBe(first);
    let lookups = 0;
    expect(new GlyphGuard(() => (lookups++, false), common).clean(text, 'serif')).toBe(text);
    expect(lookups).toBe(0);
    // A face without "é": common text through it is still cleaned, and the character reported.
    const noAcute = new GlyphGuard((_role, cp) => cp !== 0xe9 && cp < 0x2100);
    expect(noAcute.clean(text, 'sans')).toBe('Canada’s “trade” — 1.5% more… Quebec');
    expect(noAcute.warnings().map((w) => w.message).join('\n')).toContain('U+00E9');
  });

  it('knows the common characters by one list and one pattern that agree on every UTF-16 code unit', () => {
    const listed = new Set(COMMON_CODE_POINTS);
    const disagree: number[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) if (COMMON_TEXT.test(String.fromCharCode(unit)) !== listed.has(unit)) disagree.push(unit);
    expect(disagree).toEqual([]);
    expect(COMMON_TEXT.test('')).toBe(true);
  });
});

describe('format helpers for the PDF', () => {
  const [xia, jcr] = sampleGuide().speakers;

  it('cites a key term by paragraph, or says the teacher added it', () => {
    const term = sampleGuide().sections[0]!.keyTerms[0]!;
    expect(formatTermPlace({ ...term, firstParagraph: 15 })).toBe('¶15');
    expect(formatTermPlace({ ...term, firstParagraph: 0 })).toBe('added by the teacher');
  });

  it('says who is who from name, role and part, and falls back to the description', () => {
    expect(whoIsWho(xia!)).toEqual({ name: 'Xia Wenxin (GT)', about: 'reporter, Global Times; asks the questions.' });
    expect(whoIsWho({ ...xia!, role: 'a Global Times reporter' }).about).toBe('Global Times reporter; asks the questions.');
    expect(whoIsWho({ ...jcr!, role: null }).about).toBe('answers the questions.');
    expect(whoIsWho({ label: 'Q', name: null, role: null, description: 'Reporters ask the questions.', part: 'interviewer' })).toEqual({ name: 'Q', about: 'Reporters ask the questions.' });
  });
});

describe('document info', () => {
  it('escapes XML specials', () => {
    expect(escapeXml(`A & B <c> "d" 'e'`)).toBe('A &amp; B &lt;c&gt; &quot;d&quot; &apos;e&apos;');
  });

  it('names the guide, its source, the key terms and the tool', () => {
    const info = documentInfo(sampleGuide(), 'teacher');
    expect(info.Title).toBe(sampleGuide().title);
    expect(info.Subject).toContain('teacher edition');
    expect(info.Subject).toContain('Dr Julián Castro-Rea');
    expect(info.Keywords.split(', ')).toContain('trade diversification');
    expect(info.Creator).toBe('discussion-guide 0.1.0');
  });

  it('derives the creation date from the article, else a fixed date', () => {
    expect(defaultCreationDate(sampleGuide()).toISOString()).toBe('2026-01-15T12:00:00.000Z');
    expect(defaultCreationDate(sampleGuide({ published: null })).toISOString()).toBe('2000-01-01T00:00:00.000Z');
  });

  it('formats counts without the locale', () => {
    expect(formatCount(1097)).toBe('1,097');
    expect(formatCount(999)).toBe('999');
  });
});
