import { inflateSync } from 'node:zlib';
import { PDFDocument } from '../../../src/render/pdf/pdfkit.js';
import { describe, expect, it } from 'vitest';
import { loadFonts } from '../../../src/render/fonts.js';
import { bufferOutput, DEFLATE_LEVEL } from '../../../src/render/pdf/output-buffers.js';

type Doc = InstanceType<typeof PDFDocument>;

/** A document with a bit of everything that writes lines and streams: text on many pages, an embedded font, a tagged structure, vector art. */
async function draw(buffered: boolean, pages: number, notes = 0, level = 6): Promise<Buffer> {
  const date = new Date(Date.UTC(2020, 0, 1));
  const doc: Doc = new PDFDocument({ bufferPages: true, tagged: true, pdfVersion: '1.7', info: { Title: 'Test', CreationDate: date, ModDate: date } });
  if (buffered) bufferOutput(doc, level);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Uint8Array) => chunks.push(Buffer.from(c)));
  const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.registerFont('serif', loadFonts().serif);
  const root = doc.struct('Document');
  doc.addStructure(root);
  for (let p = 0; p < pages; p++) {
    if (p > 0) doc.addPage();
    const para = doc.struct('P');
    root.add(para);
    para.add(() => {
      doc.font(p % 2 ? 'serif' : 'Helvetica').fontSize(11).text(`Page ${p + 1}: naïve café “quotes” — ${'lorem ipsum dolor sit amet '.repeat(40)}`, { width: 400 });
    });
    para.end();
    // Many short tagged lines: over 1,024 content lines in one stream and over 1,024 objects in the file.
    for (let k = 0; k < notes; k++) {
      const note = doc.struct('Span');
      root.add(note);
      note.add(() => doc.font('serif').fontSize(6).text(`note ${k}`, 60 + (k % 5) * 90, 60 + (Math.floor(k / 5) % 100) * 6, { lineBreak: false }));
      note.end();
    }
    doc.markContent('Artifact', { type: 'Layout' });
    doc.save().moveTo(50, 700).lineTo(500, 700).lineWidth(0.5).stroke().restore();
    doc.endMarkedContent();
  }
  root.end();
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

/** Each stream's dictionary (without its Length) and its content, inflated when it is deflated, in file order. */
function streams(pdf: Buffer): { dictionary: string; content: Buffer }[] {
  const out: { dictionary: string; content: Buffer }[] = [];
  const text = pdf.toString('latin1');
  const found = /(<<(?:(?!>>\nstream\n)[\s\S])*?>>)\nstream\n/g;
  for (let m = found.exec(text); m; m = found.exec(text)) {
    const dictionary = m[1]!;
    const length = Number(/\/Length (\d+)/.exec(dictionary)![1]);
    const start = m.index + m[0].length;
    const raw = pdf.subarray(start, start + length);
    out.push({ dictionary: dictionary.replace(/\/Length \d+/, ''), content: dictionary.includes('/FlateDecode') ? inflateSync(raw) : Buffer.from(raw) });
    found.lastIndex = start + length;
  }
  return out;
}

/** Whether every object the cross-reference table lists starts where it says, and startxref points at the table. */
function xrefHolds(pdf: Buffer): boolean {
  const text = pdf.toString('latin1');
  const start = Number(/startxref\n(\d+)\n%%EOF\n?$/.exec(text)?.[1]);
  const table = /^xref\n0 (\d+)\n/.exec(text.slice(start));
  if (!table) return false;
  const count = Number(table[1]);
  const entries = text.slice(start + table[0].length, start + table[0].length + count * 20);
  for (let i = 1; i < count; i++) {
    const [offset, , kind] = entries.slice(i * 20, i * 20 + 18).split(' ');
    if (kind === 'n' && !text.startsWith(`${i} 0 obj`, Number(offset))) return false;
  }
  return count > 10;
}

describe('buffered output', () => {
  it.each([
    [1, 0],
    [3, 0],
    [40, 0],
    [2, 1500],
  ])('writes the bytes pdfkit writes at its own level (%i pages, %i notes a page)', async (pages, notes) => {
    const [stock, ours] = await Promise.all([draw(false, pages, notes), draw(true, pages, notes)]);
    expect(ours.length).toBeGreaterThan(1000);
    expect(ours.equals(stock)).toBe(true);
  });

  it('deflates at its own level streams that hold what pdfkit’s hold', async () => {
    const [stock, ours] = await Promise.all([draw(false, 5, 40), draw(true, 5, 40, DEFLATE_LEVEL)]);
    expect(ours.equals(stock)).toBe(false);
    expect(xrefHolds(stock)).toBe(true);
    expect(xrefHolds(ours)).toBe(true);
    // One byte more before the first object moves every object away from where the table says.
    expect(xrefHolds(Buffer.concat([ours.subarray(0, 9), Buffer.from(' '), ours.subarray(9)]))).toBe(false);
    const [a, b] = [streams(stock), streams(ours)];
    // Pages, fonts, ToUnicode maps and the metadata: every stream, in the same order.
    expect(a.length).toBeGreaterThanOrEqual(8);
    expect(b.map((s) => s.dictionary)).toEqual(a.map((s) => s.dictionary));
    b.forEach((s, i) => expect(s.content.equals(a[i]!.content)).toBe(true));
  });

  it('turns UTF-16 units into bytes as pdfkit does (the low byte of each)', async () => {
    const doc: Doc = new PDFDocument({ compress: false, info: { CreationDate: new Date(0) } });
    bufferOutput(doc);
    const chunks: Buffer[] = [];
    doc.on('data', (c: Uint8Array) => chunks.push(Buffer.from(c)));
    const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
    (doc as unknown as { addContent(s: string): void }).addContent('% \u00ff\u0141\u{1F600}');
    doc.end();
    await ended;
    const pdf = Buffer.concat(chunks);
    const at = pdf.indexOf('% ');
    expect([...pdf.subarray(at + 2, at + 7)]).toEqual([0xff, 0x41, 0x3d, 0x00, 0x0a]);
  });
});
