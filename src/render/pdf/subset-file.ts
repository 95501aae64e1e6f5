/**
 * The TrueType file of a font subset, as fontkit's subsetter writes it, without its per-field
 * encoder. fontkit writes nine tables (head, hhea, loca, maxp, cvt, prep, glyf, hmtx, fpgm, those
 * the font has) after a table directory, with no checksums and no padding between tables. Only loca,
 * glyf and hmtx, and one count each in hhea and maxp, depend on the subset's glyphs; the rest is
 * the same for every subset of a face. fontkit's encoder writes those tables a number at a time
 * (the sans faces' font program alone is 3,596 of them) for every PDF.
 *
 * So fontkit writes one subset per face, and its bytes are the template: its directory gives the
 * tables' order, and the tables that do not change are copied from it. Pure.
 */

/** A face's subset file, as fontkit wrote it for one glyph, read into what every subset shares. */
export interface SubsetTemplate {
  /** The directory's first 12 bytes: the tag and the table count with its search fields. */
  readonly header: Uint8Array;
  /** The tables' tags, in fontkit's order, with their bytes when they are the same in every subset. */
  readonly tables: readonly { readonly tag: string; readonly bytes: Uint8Array }[];
}

/** The glyph-dependent parts of a subset, as fontkit's subsetter collects them. */
export interface SubsetGlyphs {
  readonly glyf: readonly Uint8Array[];
  /** Offsets of each glyph in glyf, and the end. */
  readonly offsets: readonly number[];
  readonly metrics: readonly { readonly advance: number; readonly bearing: number }[];
  /** loca's format: 0 for offsets halved into 16 bits, 1 for 32-bit offsets. */
  readonly locaVersion: number;
}

// Where hhea keeps numberOfMetrics and maxp numGlyphs.
const HHEA_METRICS = 34;
const MAXP_GLYPHS = 4;

/** Reads the template from a subset file fontkit wrote. */
export function readSubsetTemplate(file: Uint8Array): SubsetTemplate {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const count = view.getUint16(4);
  const tables: { tag: string; bytes: Uint8Array }[] = [];
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(...file.subarray(at, at + 4));
    const offset = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    tables.push({ tag, bytes: file.slice(offset, offset + length) });
  }
  return { header: file.slice(0, 12), tables };
}

/** The size of a table that depends on the glyphs, else null. */
function variableSize(tag: string, glyphs: SubsetGlyphs): number | null {
  switch (tag) {
    case 'loca':
      return glyphs.offsets.length * (glyphs.locaVersion === 0 ? 2 : 4);
    case 'glyf':
      return glyphs.offsets[glyphs.offsets.length - 1]!;
    case 'hmtx':
      return glyphs.metrics.length * 4;
    default:
      return null;
  }
}

/** Writes the subset file: the same bytes fontkit's subsetter writes for these glyphs. */
export function writeSubsetFile(template: SubsetTemplate, glyphs: SubsetGlyphs): Uint8Array {
  const sizes = template.tables.map(({ tag, bytes }) => variableSize(tag, glyphs) ?? bytes.length);
  const start = 12 + 16 * template.tables.length;
  const file = new Uint8Array(start + sizes.reduce((a, b) => a + b, 0));
  const view = new DataView(file.buffer);
  file.set(template.header, 0);
  let offset = start;
  template.tables.forEach(({ tag, bytes }, i) => {
    const entry = 12 + 16 * i;
    for (let k = 0; k < 4; k++) file[entry + k] = tag.charCodeAt(k);
    // The checksum stays 0, as fontkit leaves it.
    view.setUint32(entry + 8, offset);
    view.setUint32(entry + 12, sizes[i]!);
    writeTable(file, view, offset, tag, bytes, glyphs);
    offset += sizes[i]!;
  });
  return file;
}

function writeTable(file: Uint8Array, view: DataView, at: number, tag: string, fixed: Uint8Array, glyphs: SubsetGlyphs): void {
  switch (tag) {
    case 'loca':
      if (glyphs.locaVersion === 0) glyphs.offsets.forEach((o, i) => view.setUint16(at + 2 * i, o >>> 1));
      else glyphs.offsets.forEach((o, i) => view.setUint32(at + 4 * i, o));
      return;
    case 'glyf':
      for (const bytes of glyphs.glyf) {
        file.set(bytes, at);
        at += bytes.length;
      }
      return;
    case 'hmtx':
      glyphs.metrics.forEach(({ advance, bearing }, i) => {
        view.setUint16(at + 4 * i, advance);
        view.setInt16(at + 4 * i + 2, bearing);
      });
      return;
    default:
      file.set(fixed, at);
      if (tag === 'hhea') view.setUint16(at + HHEA_METRICS, glyphs.metrics.length);
      if (tag === 'maxp') view.setUint16(at + MAXP_GLYPHS, glyphs.glyf.length);
  }
}
