import fc from 'fast-check';
import { LineWrapper as PdfkitLineWrapper, PDFDocument } from '../../../src/render/pdf/pdfkit.js';
import { describe, expect, it } from 'vitest';
import { loadFonts } from '../../../src/render/fonts.js';
import { forgetLineBreaks, installLineBreakCache, plainTextHeight } from '../../../src/render/pdf/line-breaks.js';

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

describe('plainTextHeight', () => {
  installLineBreakCache();

  it('gives the height pdfkit’s heightOfString gives, or leaves the text to it', () => {
    // Soft hyphens are left to pdfkit (tested below), so few of them here.
    const word = fc.oneof({ weight: 19, arbitrary: fc.stringMatching(/^[A-Za-zé’\-]{1,16}$/) }, { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z\u00ad]{1,40}$/) });
    const gap = fc.constantFrom(' ', '  ', '\n', ' — ', '\u00a0', '-', '/', '\t');
    const setting = fc.constantFrom<Setting>(DEFAULT, { face: 'sansBold', size: 8.5, characterSpacing: 0.4 }, { face: 'serif', size: 12, characterSpacing: 0 });
    let counted = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(word, gap), { minLength: 0, maxLength: 40 }), fc.integer({ min: 8, max: 420 }), fc.constantFrom(0, 1.5, 3), setting, (parts, width, lineGap, s) => {
        const text = parts.map(([w, g]) => w + g).join('');
        const doc = documentIn(s);
        const options = { width, lineGap, characterSpacing: s.characterSpacing };
        forgetLineBreaks();
        const fast = plainTextHeight(doc, text, options);
        const expected = doc.heightOfString(text, options);
        if (fast !== null) {
          counted++;
          expect(fast).toBe(expected);
        }
        // Once the widths are kept, as when the same paragraph is measured again.
        const again = plainTextHeight(doc, text, options);
        if (again !== null) expect(again).toBe(expected);
      }),
      { numRuns: 300 },
    );
    // Most texts are counted here, not handed back.
    expect(counted).toBeGreaterThan(150);
  });

  it('counts a paragraph of prose the way pdfkit does at every width', () => {
    const doc = documentIn(DEFAULT);
    const text = 'Canada should pursue a diversification of trade. Unilateralism, as the minister said in 2019, is not a policy:\nit is a mood — and moods pass.';
    for (let width = 40; width <= 400; width += 7) {
      const options = { width, lineGap: 2, characterSpacing: 0 };
      const fast = plainTextHeight(doc, text, options);
      expect(fast ?? doc.heightOfString(text, options)).toBe(doc.heightOfString(text, options));
      if (width >= 120) expect(fast).not.toBeNull();
    }
  });

  it('leaves soft hyphens and continued text to pdfkit', () => {
    const doc = documentIn(DEFAULT);
    expect(plainTextHeight(doc, 'co\u00adoperation', { width: 200, lineGap: 0, characterSpacing: 0 })).toBeNull();
    doc.text('begun', 72, 72, { width: 200, continued: true });
    expect(plainTextHeight(doc, 'and then', { width: 200, lineGap: 0, characterSpacing: 0 })).toBeNull();
    doc.text(' ended', { width: 200 });
    expect(plainTextHeight(doc, 'and then', { width: 200, lineGap: 0, characterSpacing: 0 })).not.toBeNull();
  });
});
