import { fontkit } from '../../../src/render/pdf/pdfkit.js';
import { describe, expect, it } from 'vitest';
import type { Guide } from '../../../src/model.js';
import { loadFonts } from '../../../src/render/fonts.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { installFastLayout, type FontkitFont } from '../../../src/render/pdf/shaper.js';
import { sampleGuide } from '../../helpers/sample-guide.js';
import { inflatedStreams } from './read-pdf.js';

// The faces are shared by every document of a process, and fontkit keeps, with each glyph, the code
// points it first met it by. A guide's bytes, and its ToUnicode map, must not depend on the guides
// set before it in the same batch.

/** The guide with its title and every answer's text replaced. */
const withAnswers = (guide: Guide, title: string, text: string): Guide => ({
  ...guide,
  title,
  kicker: null,
  sections: guide.sections.map((s) => ({ ...s, answer: [text], answerParagraphs: s.answerParagraphs.slice(0, 1).map((p) => ({ ...p, text })) })),
});

/** The ToUnicode maps' entries of a PDF, lower-case hex. */
const toUnicode = (bytes: Uint8Array) =>
  inflatedStreams(bytes)
    .filter((s) => s.includes('begincmap'))
    .join('\n')
    .toLowerCase();

describe('a guide does not depend on the guides before it', () => {
  const fonts = loadFonts();

  it('shaped runs carry their own word’s code points, whatever the face met first', () => {
    const font = fontkit.create(fonts.serif) as unknown as FontkitFont;
    installFastLayout(font);
    const ligature = font.glyphForCodePoint(0xfb01).id;
    expect(font.layout('fish').glyphs[0]!.id, 'the face has an fi ligature that U+FB01 maps to').toBe(ligature);
    const fresh = fontkit.create(fonts.serif) as unknown as FontkitFont;
    installFastLayout(fresh);
    fresh.layout('\ufb01nal');
    const run = fresh.layout('final');
    // fontkit's glyph keeps the code point it was first met by…
    expect(run.glyphs[0]!.codePoints).toEqual([0xfb01]);
    // …the run says what this word wrote, where that differs.
    expect(run.textCodePoints).toEqual([[0x66, 0x69]]);
    expect(fresh.layout('nail').textCodePoints).toBeUndefined();
  });

  // This file's faces are fresh (vitest loads the modules anew for each file): the ligature guide is
  // the first this process sets.
  it('maps a guide’s “fi” to f and i after a guide that wrote the ligature “ﬁ” as one character', async () => {
    const plain = withAnswers(sampleGuide(), 'First findings', 'The final offer was fine, and a fish dinner followed. Efficient, fluffy, affirmed.');
    // Every "fi" and "ff" of the guide written as the ligature characters, so that they are the first the faces meet.
    const ligatures = JSON.parse(JSON.stringify(plain).replace(/fi/g, '\ufb01').replace(/ff/g, '\ufb00')) as Guide;
    const options = { edition: 'student' as const, creationDate: new Date(0) };
    const before = await renderPdf(ligatures, options);
    const after = await renderPdf(plain, options);
    expect(toUnicode(before.bytes)).toContain('<fb01>');
    expect(toUnicode(after.bytes)).not.toContain('<fb01>');
    expect(toUnicode(after.bytes)).toContain('<0066 0069>');
  });

  it('maps a word fontkit shapes itself to its own characters, after a guide that met the glyph by another', async () => {
    // "ʻ" (U+02BB) takes fontkit's own path, and the serif face draws it with the glyph of "‘" (U+2018).
    const font = fontkit.create(fonts.serif) as unknown as FontkitFont;
    expect(font.glyphForCodePoint(0x02bb).id, 'the face draws ʻ and ‘ alike').toBe(font.glyphForCodePoint(0x2018).id);
    const options = { edition: 'student' as const, creationDate: new Date(0) };
    const quoted = withAnswers(sampleGuide(), 'Quoted words', 'She called it a ‘reset’ and meant it, in ‘quotes’ throughout.');
    const hawaii = withAnswers(sampleGuide(), 'Island voices', 'She grew up on Oʻahu in Hawaiʻi, and the sea is all around.');
    await renderPdf(quoted, options);
    const after = toUnicode((await renderPdf(hawaii, options)).bytes);
    expect(after).toContain('<02bb>');
    expect(after).not.toContain('<2018>');
  });
});
