/** Reads a PDF back with pdfjs-dist (legacy build, for Node): text, outline, metadata, structure. */
import { inflateSync } from 'node:zlib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A text item with its position on the page, in points from the bottom left. */
export interface PlacedText {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A node of the structure tree as pdfjs reports it. */
export interface StructNode {
  readonly role?: string;
  readonly type?: string;
  readonly children?: readonly StructNode[];
}

/** Everything the tests look at. */
export interface ReadPdf {
  readonly pages: number;
  readonly sizes: readonly (readonly [number, number])[];
  readonly text: string;
  readonly pageTexts: readonly string[];
  readonly items: readonly (readonly PlacedText[])[];
  readonly outline: readonly string[];
  readonly info: Record<string, unknown>;
  readonly xmpTitle: string | null;
  readonly markInfo: Record<string, unknown> | null;
  readonly structTrees: readonly (StructNode | null)[];
}

/** Parses the bytes (a copy: pdfjs detaches the buffer it is given). */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
  const pageTexts: string[] = [];
  const items: PlacedText[][] = [];
  const sizes: [number, number][] = [];
  const structTrees: (StructNode | null)[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const [, , w, h] = page.view as [number, number, number, number];
    sizes.push([w, h]);
    const content = await page.getTextContent();
    const placed: PlacedText[] = [];
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str + (item.hasEOL ? '\n' : '');
      if (item.str.trim()) placed.push({ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width, height: item.height });
    }
    pageTexts.push(text);
    items.push(placed);
    structTrees.push((await page.getStructTree()) as StructNode | null);
  }
  const outline = ((await pdf.getOutline()) ?? []).map((o) => o.title);
  const meta = await pdf.getMetadata();
  const xmpTitle = meta.metadata ? (meta.metadata.get('dc:title') as string | null) : null;
  const markInfo = (await pdf.getMarkInfo()) as Record<string, unknown> | null;
  const result: ReadPdf = {
    pages: pdf.numPages, sizes, text: pageTexts.join('\n'), pageTexts, items, outline,
    info: meta.info as Record<string, unknown>, xmpTitle, markInfo, structTrees,
  };
  await pdf.destroy();
  return result;
}

/** Every role in a structure tree, depth first. */
export function roles(node: StructNode | null): string[] {
  if (!node) return [];
  return [...(node.role ? [node.role] : []), ...(node.children ?? []).flatMap(roles)];
}

/** The decompressed content of every Flate stream, to look at marked-content operators. */
export function inflatedStreams(bytes: Uint8Array): string[] {
  const buf = Buffer.from(bytes);
  const raw = buf.toString('latin1');
  const out: string[] = [];
  for (const m of raw.matchAll(/\/Filter \/FlateDecode[^]*?>>\s*stream\n/g)) {
    const start = m.index! + m[0].length;
    const end = raw.indexOf('\nendstream', start);
    try {
      out.push(inflateSync(buf.subarray(start, end)).toString('latin1'));
    } catch {
      // not every stream is a content stream; fonts may fail to inflate as text, which is fine
    }
  }
  return out;
}
