/**
 * pdfkit writes a PDF a line at a time and turns every line into its own Uint8Array: each operator
 * of a page's content stream, and each line of the file (object headers, dictionaries, the xref
 * table), which it then pushes through the document's stream one by one. A guide makes tens of
 * thousands of them, and with buffered pages a long guide keeps every one until the end, so the
 * garbage collector walks them all again and again. Here the lines are kept as strings and turned
 * into bytes a block at a time, by pdfkit's own rule (each UTF-16 unit's low byte, which is what
 * Buffer's latin1 encoding does), in the same order.
 *
 * Streams are deflated at a faster zlib level than pdfkit's (see DEFLATE_LEVEL).
 */
import { Readable } from 'node:stream';
import { deflateSync } from 'node:zlib';
import type { Doc } from './flow.js';

/** Lines kept as text before they are turned into one block of bytes. */
const LINES_PER_BLOCK = 1024;

/**
 * zlib's level for the PDF's streams (page content, font files, ToUnicode maps). pdfkit uses zlib's
 * default, 6. Measured on the seed's student guide: its 20 pages' content took 5.3 ms to deflate at
 * 6 and 2.4 ms at 2 (level 1 saved 0.2 ms more for 7% more bytes), its four font subsets 0.8 and
 * 0.7 ms; the 42 PDFs of the seed, the corpus and the HTML and DOCX fixtures grew by 7.5%.
 * Any level gives the same bytes on every run.
 */
export const DEFLATE_LEVEL = 2;

/** What pdfkit's PDFReference keeps (a stream object: a page's content, a font file). */
interface RefInternals {
  buffer: Uint8Array[];
  data: { Length?: number; Filter?: string };
  compress: boolean;
  uncompressedLength: number;
  /** Lines written since the last block of bytes (ours). */
  lines?: string[];
  write(chunk: unknown): void;
  finalize(): void;
}

/** What pdfkit's PDFDocument keeps for its output. */
interface DocInternals {
  _offset: number;
  _write(data: unknown): void;
  push(chunk: unknown): boolean;
  ref(data?: unknown): RefInternals;
  page: { content: RefInternals } | null;
  /** Lines of output not yet pushed (ours). */
  pendingLines?: string[];
  addPage(...args: unknown[]): unknown;
}

const bytesOf = (lines: string[]): Uint8Array => Buffer.from(lines.join(''), 'latin1');

function flushRef(ref: RefInternals): void {
  if (ref.lines?.length) {
    ref.buffer.push(bytesOf(ref.lines));
    ref.lines.length = 0;
  }
}

/** PDFReference.write, keeping text lines as strings. */
function refWrite(this: RefInternals, chunk: unknown): void {
  let length: number;
  if (chunk instanceof Uint8Array) {
    flushRef(this);
    this.buffer.push(chunk);
    length = chunk.length;
  } else {
    // As pdfkit writes it: `chunk + '\n'`.
    const line = (chunk as string) + '\n';
    const lines = (this.lines ??= []);
    lines.push(line);
    if (lines.length >= LINES_PER_BLOCK) flushRef(this);
    length = line.length;
  }
  this.uncompressedLength += length;
  if (this.data.Length == null) this.data.Length = 0;
  this.data.Length += length;
  if (this.compress) this.data.Filter = 'FlateDecode';
}

function flushDoc(doc: DocInternals): void {
  const lines = doc.pendingLines;
  if (lines?.length) {
    Readable.prototype.push.call(doc, bytesOf(lines));
    lines.length = 0;
  }
}

/** Makes a stream object keep its text lines as strings until it is written. */
function bufferRef(ref: RefInternals, level: number): RefInternals {
  const finalize = ref.finalize;
  ref.write = refWrite;
  ref.finalize = function (this: RefInternals) {
    flushRef(this);
    if (this.compress && this.buffer.length) {
      // Deflated here at our level; pdfkit then writes the stream as it is, with its filter named.
      this.buffer = [deflateSync(Buffer.concat(this.buffer), { level })];
      this.compress = false;
      this.data.Filter = 'FlateDecode';
    }
    finalize.call(this);
  };
  return ref;
}

/**
 * Sets the document to buffer its lines: its output, and the streams it makes from now on (the
 * current page's content too), deflating streams at `level` (6 is pdfkit's own). Call right after
 * the constructor, before anything is drawn.
 */
export function bufferOutput(document: Doc, level: number = DEFLATE_LEVEL): void {
  const doc = document as unknown as DocInternals;
  const ref = doc.ref;
  doc.ref = function (this: DocInternals, data?: unknown) {
    return bufferRef(ref.call(this, data), level);
  };
  if (doc.page) bufferRef(doc.page.content, level);
  // A finished page's lines become bytes at once: with buffered pages they stay until the end, and as
  // strings they would outlive the young generation and burden every full collection after.
  const addPage = doc.addPage;
  doc.addPage = function (this: DocInternals, ...args: unknown[]) {
    if (this.page) flushRef(this.page.content);
    return addPage.apply(this, args);
  };
  doc._write = function (this: DocInternals, data: unknown) {
    if (data instanceof Uint8Array) {
      this.push(data);
      this._offset += data.length;
      return;
    }
    const line = (data as string) + '\n';
    const lines = (this.pendingLines ??= []);
    lines.push(line);
    this._offset += line.length;
    if (lines.length >= LINES_PER_BLOCK) flushDoc(this);
  };
  // Whatever is pushed (bytes, or the null that ends the file) comes after the lines before it.
  doc.push = function (this: DocInternals, chunk: unknown) {
    flushDoc(this);
    return Readable.prototype.push.call(this, chunk);
  };
}
