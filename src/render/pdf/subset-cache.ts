/**
 * Each PDF embeds a subset of every face it uses, made by fontkit's TrueType subsetter. For every
 * glyph of every subset it decodes the glyph's whole outline, only to learn whether the glyph is
 * made of other glyphs. Here that is read from the glyph's header, and only a composite glyph is
 * decoded; what is learnt depends only on the font and the glyph, so it is kept once per face and
 * process (one record per glyph at most, its bytes a view of the font file): the glyph's bytes, its
 * components, its advance and left bearing. The subset is then built by fontkit's steps, in its
 * order, and its bytes do not change. Its file is written from a template of the tables every
 * subset of the face shares (see ./subset-file.ts), not by fontkit's encoder, a number at a time.
 *
 * fontkit's subsetter also leaves behind, in the font's glyph cache, every glyph it meets only as a
 * part of another (the "N" of "Ń"), with no code points. A face is shared by every document of the
 * process, so a later guide's "N" would reuse that glyph and be written into the PDF's ToUnicode map
 * as nothing: text that cannot be copied, searched or read aloud. The glyphs this subsetter looks
 * at are taken out of the cache again unless they were there before.
 */
import { readSubsetTemplate, writeSubsetFile, type SubsetTemplate } from './subset-file.js';

/** The fontkit glyph, as the subsetter reads it. */
interface GlyphInternals {
  readonly advanceWidth: number;
  _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null;
  _getMetrics(): { leftBearing: number };
}

/** The fontkit TrueType font, as the subsetter reads it. */
interface TrueTypeInternals {
  /** 'TTF' for a plain TrueType file (WOFF and WOFF2 store their glyphs otherwise). */
  readonly type: string;
  readonly directory: { tables: Record<string, unknown> };
  /** fontkit's glyph cache by id. */
  readonly _glyphs: Record<number, unknown>;
  readonly loca: { offsets: number[]; version: number };
  readonly _variationProcessor?: unknown;
  getGlyph(gid: number): GlyphInternals;
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
  createSubset(): SubsetInternals;
}

/** fontkit's TTFSubset while it encodes. */
interface SubsetInternals {
  font: TrueTypeInternals;
  /** The glyph ids included, in order; a subset's glyph id is its index here. */
  readonly glyphs: number[];
  glyf: Uint8Array[];
  loca: { offsets: number[]; version: number };
  hmtx: { metrics: { advance: number; bearing: number }[]; bearings: number[] };
  offset: number;
  includeGlyph(gid: number): number;
  _addGlyph(gid: number): number;
  encode(): Uint8Array;
}

/** What the subsetter needs of one glyph. */
interface GlyphRecord {
  /** The glyph's bytes in the font's glyf table (not to be changed). */
  readonly bytes: Uint8Array;
  /** For a composite glyph, its components and where their ids sit in `bytes`. */
  readonly components: readonly { readonly glyphID: number; readonly pos: number }[] | null;
  readonly advance: number;
  readonly bearing: number;
}

/** fontkit's TTFSubset._addGlyph, from the glyph's record. */
function addGlyph(this: SubsetInternals, records: Map<number, GlyphRecord>, gid: number): number {
  let record = records.get(gid);
  if (!record) {
    const cached = this.font._glyphs[gid] !== undefined;
    const glyph = this.font.getGlyph(gid);
    const offsets = this.font.loca.offsets;
    const stream = this.font._getTableStream('glyf');
    stream.pos += offsets[gid]!;
    const bytes = stream.readBuffer(offsets[gid + 1]! - offsets[gid]!);
    // A glyph's data opens with its number of contours, negative for a composite glyph: only those
    // are decoded, for their components (fontkit decodes every glyph's outline to find this out).
    const composite = bytes.length >= 2 && (bytes[0]! & 0x80) !== 0;
    const glyf = composite ? glyph._decode() : null;
    const components = glyf && glyf.numberOfContours < 0 ? (glyf.components ?? []).map(({ glyphID, pos }) => ({ glyphID, pos })) : null;
    record = { bytes, components, advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing };
    records.set(gid, record);
    if (!cached) delete this.font._glyphs[gid];
  }
  let buffer = record.bytes;
  if (record.components) {
    buffer = new Uint8Array(record.bytes);
    const view = new DataView(buffer.buffer);
    for (const component of record.components) view.setUint16(component.pos, this.includeGlyph(component.glyphID));
  }
  this.glyf.push(buffer);
  this.loca.offsets.push(this.offset);
  this.hmtx.metrics.push({ advance: record.advance, bearing: record.bearing });
  this.offset += buffer.length;
  return this.glyf.length - 1;
}

/** What is kept of each font whose subsets are cached: its glyphs' records and its file template. */
interface FontRecords {
  readonly glyphs: Map<number, GlyphRecord>;
  /** fontkit's own encoder (TTFSubset's, whatever a subset has over it); it writes the template. */
  stockEncode?: (this: SubsetInternals) => Uint8Array;
  template?: SubsetTemplate;
}

const recordsByFont = new WeakMap<object, FontRecords>();

/** fontkit's TTFSubset.encode, from the glyphs' records, with the file written from the face's template (see ./subset-file.ts). */
function encode(this: SubsetInternals, records: FontRecords): Uint8Array {
  if (!records.template) {
    // fontkit's encoder, once per face, on a subset of its own (only .notdef): the template.
    const probe = this.font.createSubset();
    records.template = readSubsetTemplate(records.stockEncode!.call(probe));
  }
  this.glyf = [];
  this.offset = 0;
  this.loca = { offsets: [], version: this.font.loca.version };
  this.hmtx = { metrics: [], bearings: [] };
  // Glyphs may be added while the loop runs (a composite's components), as in fontkit's encode.
  for (let i = 0; i < this.glyphs.length; i++) this._addGlyph(this.glyphs[i]!);
  this.loca.offsets.push(this.offset);
  return writeSubsetFile(records.template, { glyf: this.glyf, offsets: this.loca.offsets, metrics: this.hmtx.metrics, locaVersion: this.loca.version });
}

/** Makes a subset, made already or being made, add glyphs from the font's records and write its file from the template. */
function adopt(subset: SubsetInternals, records: FontRecords): void {
  records.stockEncode ??= (Object.getPrototypeOf(subset) as SubsetInternals).encode;
  subset._addGlyph = function (this: SubsetInternals, gid: number) {
    return addGlyph.call(this, records.glyphs, gid);
  };
  subset.encode = function (this: SubsetInternals) {
    return encode.call(this, records);
  };
}

/**
 * Makes the font's subsets reuse what earlier subsets learned of each glyph, `existing` (the subset
 * of the document that parsed the font) included. Only static TrueType files (no CFF outlines, no
 * variations, not WOFF), which fontkit subsets by copying glyph bytes.
 */
export function installSubsetCache(font: unknown, existing?: unknown): void {
  const ttf = font as TrueTypeInternals;
  if (ttf.type !== 'TTF' || ttf.directory.tables['CFF '] || ttf._variationProcessor) return;
  let records = recordsByFont.get(ttf);
  if (!records) {
    const made: FontRecords = { glyphs: new Map() };
    records = made;
    recordsByFont.set(ttf, made);
    const createSubset = ttf.createSubset;
    ttf.createSubset = function (this: TrueTypeInternals) {
      const subset = createSubset.call(this);
      adopt(subset, made);
      return subset;
    };
  }
  if (existing) adopt(existing as SubsetInternals, records);
}
