import fc from 'fast-check';
import { LineWrapper as PdfkitLineWrapper, PDFDocument } from '../../../src/render/pdf/pdfkit.js';
import { describe, expect, it } from 'vitest';
import { loadFonts } from '../../../src/render/fonts.js';
import { forgetLineBreaks, installLineBreakCache } from '../../../src/render/pdf/line-breaks.js';

interface Wrapper {
  spaceLeft: number;
  lineWidth: number;
  eachWord(text: string, fn: (word: string, w: number, bk: { required: boolean }, last: { required: boolean } | null) => unknown): void;
}
const LineWrapper = PdfkitLineWrapper as { new (doc: unknown, options: object): Wrapper; prototype: Wrapper };
// pdfkit's own eachWord, taken before the cache replaces it.
const original = LineWrapper.prototype.eachWord;

/** The font, size, spacing and scaling a paragraph is set in. */
interface Setting {
  readonly face: 'serif' | 'sansBold';
  readonly size: number;
  readonly characterSpacing: number;
  readonly wordSpacing?: number;
  readonly horizontalScaling?: number;
  readonly features?: string[];
}

const DEFAULT: Setting = { face: 'serif', size: 10, characterSpacing: 0 };

// Parsed once, as the shared faces are in a real run: the kept widths are per parsed font.
const FONTS = loadFonts();
let doc: InstanceType<typeof PDFDocument> | undefined;
function documentIn(setting: Setting): InstanceType<typeof PDFDocument> {
  doc ??= new PDFDocument({ font: null as unknown as string, autoFirstPage: true });
  doc.registerFont(setting.face, FONTS[setting.face]);
  return doc.font(setting.face).fontSize(setting.size);
}

/** What a wrapper's eachWord calls back with, as wrap() would use it (spending the space, stopping when told). */
function calls(eachWord: Wrapper['eachWord'], text: string, width: number, stopAfter: number, setting: Setting = DEFAULT): string[] {
  const wrapper = new LineWrapper(documentIn(setting), { width, characterSpacing: setting.characterSpacing, horizontalScaling: setting.horizontalScaling, features: setting.features });
  // As wrap() sets it (pdfkit's constructor reads the option wrongly).
  (wrapper as unknown as { wordSpacing: number }).wordSpacing = ((setting.wordSpacing ?? 0) * (setting.horizontalScaling ?? 100)) / 100;
  wrapper.spaceLeft = width;
  const out: string[] = [];
  eachWord.call(wrapper, text, (word, w, bk, last) => {
    out.push(`${JSON.stringify(word)} ${w.toFixed(3)} ${bk.required} ${last?.required ?? null}`);
    wrapper.spaceLeft = w > wrapper.spaceLeft ? width - w : wrapper.spaceLeft - w;
    return out.length >= stopAfter ? false : undefined;
  });
  return out;
}

describe('kept line breaks', () => {
  installLineBreakCache();
  const cached = LineWrapper.prototype.eachWord;

  it('replace pdfkit’s eachWord', () => {
    expect(cached).not.toBe(original);
  });

  it('call back with the words, widths and breaks pdfkit’s own eachWord does, the first time and from the cache', () => {
    const word = fc.stringMatching(/^[A-Za-zé’\-\u00ad]{1,40}$/);
    const gap = fc.constantFrom(' ', '  ', '\n', ' — ', '\u00a0', '-', '/');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 30 }), fc.integer({ min: 8, max: 400 }), fc.integer({ min: 1, max: 80 }), (parts, width, stopAfter) => {
        const text = parts.map(([w, g]) => w + g).join('');
        const expected = calls(original, text, width, stopAfter);
        forgetLineBreaks();
        expect(calls(cached, text, width, stopAfter)).toEqual(expected);
        expect(calls(cached, text, width, stopAfter)).toEqual(expected);
      }),
      { numRuns: 120 },
    );
  });

  it('keep a width for each font, size, spacing and scaling the text is set in, and none with OpenType features', () => {
    // Each variant differs from the base in one thing a width depends on.
    const base: Setting = { face: 'serif', size: 10, characterSpacing: 0, wordSpacing: 0, horizontalScaling: 100 };
    const variants: Setting[] = [
      { ...base, face: 'sansBold' },
      { ...base, size: 10.5 },
      { ...base, characterSpacing: 0.3 },
      { ...base, wordSpacing: 1.5 },
      { ...base, horizontalScaling: 90 },
      { ...base, features: ['smcp'] },
    ];
    const text = fc.array(fc.stringMatching(/^[A-Za-z’\-]{1,12}$/), { minLength: 1, maxLength: 20 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(text, fc.constantFrom(...variants), fc.integer({ min: 20, max: 300 }), (t, variant, width) => {
        const expectedBase = calls(original, t, width, 200, base);
        const expectedVariant = calls(original, t, width, 200, variant);
        forgetLineBreaks();
        expect(calls(cached, t, width, 200, base)).toEqual(expectedBase);
        expect(calls(cached, t, width, 200, variant)).toEqual(expectedVariant);
        expect(calls(cached, t, width, 200, base)).toEqual(expectedBase);
      }),
      { numRuns: 120 },
    );
  });
});
