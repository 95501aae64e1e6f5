import { describe, expect, it } from 'vitest';
import { readSubsetTemplate, writeSubsetFile, type SubsetGlyphs, type SubsetTemplate } from '../../../src/render/pdf/subset-file.js';

// The faces the guide ships all use loca's short format, so fontkit's own subsets (compared byte for
// byte in subset-cache.test.ts) never reach the long one: here both are checked on a made-up font.
const template: SubsetTemplate = {
  header: Uint8Array.from([0x74, 0x72, 0x75, 0x65, 0, 6, 0, 64, 0, 2, 0, 32]),
  tables: [
    { tag: 'head', bytes: new Uint8Array(54).fill(1) },
    { tag: 'hhea', bytes: new Uint8Array(36).fill(2) },
    { tag: 'loca', bytes: new Uint8Array(0) },
    { tag: 'maxp', bytes: new Uint8Array(32).fill(3) },
    { tag: 'glyf', bytes: new Uint8Array(0) },
    { tag: 'hmtx', bytes: new Uint8Array(0) },
  ],
};

const glyphs = (locaVersion: number): SubsetGlyphs => ({
  glyf: [Uint8Array.from([9, 9, 9, 9]), Uint8Array.from([8, 8, 8, 8, 8, 8, 8, 8])],
  offsets: [0, 4, 12],
  metrics: [
    { advance: 500, bearing: -3 },
    { advance: 612, bearing: 40 },
  ],
  locaVersion,
});

/** The tables of a written file by tag. */
const tablesOf = (file: Uint8Array) => new Map(readSubsetTemplate(file).tables.map((t) => [t.tag, t.bytes]));

describe('a subset file written from its template', () => {
  it.each([0, 1])('writes loca in its format (%i), and the glyph-dependent tables and counts', (locaVersion) => {
    const file = writeSubsetFile(template, glyphs(locaVersion));
    expect([...file.subarray(0, 12)]).toEqual([...template.header]);
    const tables = tablesOf(file);
    expect([...tables.keys()]).toEqual(['head', 'hhea', 'loca', 'maxp', 'glyf', 'hmtx']);
    const loca = new DataView(tables.get('loca')!.buffer, tables.get('loca')!.byteOffset, tables.get('loca')!.byteLength);
    if (locaVersion === 0) expect([loca.getUint16(0), loca.getUint16(2), loca.getUint16(4)]).toEqual([0, 2, 6]);
    else expect([loca.getUint32(0), loca.getUint32(4), loca.getUint32(8)]).toEqual([0, 4, 12]);
    expect(loca.byteLength).toBe(locaVersion === 0 ? 6 : 12);
    expect([...tables.get('glyf')!]).toEqual([9, 9, 9, 9, 8, 8, 8, 8, 8, 8, 8, 8]);
    const hmtx = new DataView(tables.get('hmtx')!.buffer, tables.get('hmtx')!.byteOffset, 8);
    expect([hmtx.getUint16(0), hmtx.getInt16(2), hmtx.getUint16(4), hmtx.getInt16(6)]).toEqual([500, -3, 612, 40]);
    // hhea's numberOfMetrics and maxp's numGlyphs; everything else as the template has it.
    const hhea = tables.get('hhea')!;
    expect([hhea[34], hhea[35]]).toEqual([0, 2]);
    expect([...hhea.subarray(0, 34)].every((b) => b === 2)).toBe(true);
    const maxp = tables.get('maxp')!;
    expect([maxp[4], maxp[5]]).toEqual([0, 2]);
    expect([...maxp.subarray(6)].every((b) => b === 3)).toBe(true);
    expect(tables.get('head')).toEqual(template.tables[0]!.bytes);
    // No padding: each table starts where the one before ends, after the directory.
    const view = new DataView(file.buffer);
    let at = 12 + 16 * 6;
    for (let i = 0; i < 6; i++) {
      expect(view.getUint32(12 + 16 * i + 4)).toBe(0);
      expect(view.getUint32(12 + 16 * i + 8)).toBe(at);
      at += view.getUint32(12 + 16 * i + 12);
    }
    expect(at).toBe(file.length);
  });
});
