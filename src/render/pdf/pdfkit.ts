/**
 * pdfkit, fontkit and linebreak, the copies the PDF writer uses: every module of the writer takes
 * them from here. pdfkit is loaded as CommonJS (its own `require` build, the same code as its ES
 * module build), for two reasons measured at the PDF worker's start, which the seed's build waits for:
 * - Node loads its CommonJS graph faster than its ES module graph (about 165 ms against 215 here);
 * - before pdfkit loads, the modules it loads only for what a guide never does can be stood in for:
 *   encryption's AES (@noble/ciphers, whose tables are computed as it loads) and WOFF2's Brotli
 *   decoder (brotli, loaded by fontkit, which decodes its dictionary as it loads). Each stand-in
 *   loads the real module the first time it is called, so nothing is lost but the time. The two
 *   byte helpers pdfkit takes from @noble/hashes for every document (a file ID in hex) are written
 *   here instead: the module and its dependencies took about 13 ms to load. With the stand-ins pdfkit
 *   loads in about 110 ms.
 */
// First, so that unicode-trie finds zlib's decoder when pdfkit loads it.
import './native-inflate.js';
import { Module, createRequire } from 'node:module';
import type PDFDocumentClass from 'pdfkit';
import type LineBreakerClass from 'linebreak';

const require = createRequire(import.meta.url);
const pdfkitRequire = createRequire(require.resolve('pdfkit'));
const fontkitRequire = createRequire(pdfkitRequire.resolve('fontkit'));

type Loader = () => unknown;

/**
 * Puts `exports` in the module cache of `from` for `request`, unless the module is loaded already;
 * `exports` receives a loader of the real module (which then replaces the stand-in in the cache).
 */
function standIn(from: NodeJS.Require, request: string, exports: (real: Loader) => unknown): void {
  let file: string;
  try {
    file = from.resolve(request);
  } catch {
    return; // another layout of node_modules: pdfkit loads the real module
  }
  if (from.cache[file]) return;
  let loaded: unknown;
  const real: Loader = () => {
    if (loaded === undefined) {
      delete from.cache[file];
      loaded = from(request);
    }
    return loaded;
  };
  const module = new Module(file);
  module.filename = file;
  module.loaded = true;
  module.exports = exports(real);
  from.cache[file] = module;
}

/** Lower-case hex of the bytes, as @noble/hashes' bytesToHex gives it. */
export function bytesToHex(bytes: Uint8Array): string {
  if (!(bytes instanceof Uint8Array)) throw new Error('Uint8Array expected');
  let hex = '';
  for (let i = 0; i < bytes.length; i++) hex += HEX[bytes[i]!];
  return hex;
}
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** The arrays one after the other, as @noble/hashes' concatBytes gives them. */
export function concatBytes(...arrays: Uint8Array[]): Uint8Array {
  let size = 0;
  for (const a of arrays) {
    if (!(a instanceof Uint8Array)) throw new Error('Uint8Array expected');
    size += a.length;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}

/** Marks the stand-ins (for tests). */
export const STAND_IN = Symbol.for('discussion-guide.pdfkit-stand-in');

const marked = <T extends object>(value: T): T => Object.defineProperty(value, STAND_IN, { value: true });

standIn(pdfkitRequire, '@noble/ciphers/aes', (real) => marked({
  cbc: (...args: unknown[]) => (real() as { cbc: (...a: unknown[]) => unknown }).cbc(...args),
  ecb: (...args: unknown[]) => (real() as { ecb: (...a: unknown[]) => unknown }).ecb(...args),
}));
standIn(pdfkitRequire, '@noble/hashes/utils', () => marked({ bytesToHex, concatBytes }));
standIn(fontkitRequire, 'brotli/decompress.js', (real) => marked((...args: unknown[]) => (real() as (...a: unknown[]) => unknown)(...args)));

/** pdfkit's module (its CommonJS build): PDFDocument, which also holds LineWrapper. */
const pdfkit = require('pdfkit') as typeof PDFDocumentClass & { readonly LineWrapper: unknown };

export const PDFDocument = pdfkit;
export const LineWrapper: unknown = pdfkit.LineWrapper;
/** The fontkit pdfkit uses (its CommonJS build). */
export const fontkit = pdfkitRequire('fontkit') as { create(data: Uint8Array, postscriptName?: string): unknown };
/** The linebreak package's LineBreaker, the copy pdfkit uses. */
export const LineBreaker = pdfkitRequire('linebreak') as typeof LineBreakerClass;
