import fc from 'fast-check';
import { PDFDocument } from '../../../src/render/pdf/pdfkit.js';
import { describe, expect, it } from 'vitest';
import { installColorOperators } from '../../../src/render/pdf/color-operators.js';
import { COLORS } from '../../../src/render/pdf/theme.js';

type SetColor = (color: unknown, opacity?: number) => unknown;
const proto = PDFDocument.prototype as unknown as { fillColor: SetColor; strokeColor: SetColor };
// pdfkit's own methods, taken before ours replace them (nothing in this file's fresh modules has installed them yet).
const original = { fill: proto.fillColor, stroke: proto.strokeColor };
installColorOperators();
const ours = { fill: proto.fillColor, stroke: proto.strokeColor };
const kinds = ['fill', 'stroke'] as const;
// The comparisons below mean something only if `original` is pdfkit's own.
expect(original.fill).not.toBe(ours.fill);
expect(original.stroke).not.toBe(ours.stroke);

/** The operators a fillColor call writes, and the colour state it leaves, with pdfkit's or ours. */
function record(which: SetColor, color: unknown, opacity?: number): { ops: string[]; state: unknown; opacities: number } {
  const doc = new PDFDocument({ font: null as unknown as string, compress: false });
  const ops: string[] = [];
  const internals = doc as unknown as { addContent(data: string): unknown; _fillColor: unknown; _opacityCount: number };
  internals.addContent = (data: string) => {
    ops.push(data);
    return doc;
  };
  which.call(doc, color, opacity);
  return { ops, state: internals._fillColor, opacities: internals._opacityCount };
}

describe('fill and stroke colours from a table of hex colours', () => {
  it('writes what pdfkit writes for the theme’s colours and any six-digit hex, with or without an opacity', () => {
    for (const kind of kinds) {
      for (const color of [...Object.values(COLORS), '#000000', '#FFFFFF', '#AbCdEf', '#0a0b0c']) {
        expect(record(ours[kind], color), color).toEqual(record(original[kind], color));
        expect(record(ours[kind], color, 0.5), color).toEqual(record(original[kind], color, 0.5));
      }
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
          const color = `#${n.toString(16).padStart(6, '0')}`;
          expect(record(ours[kind], color)).toEqual(record(original[kind], color));
        }),
        { numRuns: 500, seed: 3 },
      );
    }
    expect(record(ours.stroke, '#ffffff').ops).toEqual(['/DeviceRGB CS', '1 1 1 SCN']);
  });

  it('leaves other colours to pdfkit: three-digit hex, names, arrays', () => {
    for (const kind of kinds) for (const color of ['#abc', 'red', 'navy', [10, 20, 30], [0, 50, 100, 0]]) expect(record(ours[kind], color)).toEqual(record(original[kind], color));
    expect(record(ours.fill, '#abc').ops).toEqual(['/DeviceRGB cs', '0.6666666666666666 0.7333333333333333 0.8 scn']);
  });
});
