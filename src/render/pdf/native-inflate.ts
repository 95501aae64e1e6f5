/**
 * The PDF stack's Unicode tables (the linebreak package's line-break classes, unicode-properties,
 * fontkit's shaping classes) are stored compressed twice and decoded when their modules load, by
 * unicode-trie with tiny-inflate, a DEFLATE decoder written in JavaScript: about 25 ms of every PDF
 * worker's start, before a page is set. Here zlib's decoder takes its place. DEFLATE decodes one
 * way, so the tables are the same; where zlib cannot give what tiny-inflate would (output longer
 * than the room given, or data zlib refuses), tiny-inflate itself decodes. Import this module before
 * pdfkit, so that unicode-trie finds the faster decoder when it loads.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { inflateRawSync } from 'node:zlib';

/** tiny-inflate's function: decodes raw DEFLATE `source` into `dest`; returns dest, or the part of it filled. */
export type Inflate = (source: Uint8Array, dest: Uint8Array) => Uint8Array;

/** Marks the stand-ins, for every copy of this module (the tests load the sources and the compiled code). */
const STAND_IN = Symbol.for('discussion-guide.zlib-inflate');

/** Whether an Inflate is one of zlibInflate's. */
export function isZlibInflate(inflate: unknown): boolean {
  return typeof inflate === 'function' && (inflate as unknown as Record<symbol, unknown>)[STAND_IN] === true;
}

/** An Inflate that decodes with zlib, and with `fallback` where zlib cannot stand in for it. */
export function zlibInflate(fallback: Inflate): Inflate {
  const inflate: Inflate = (source, dest) => {
    let out: Uint8Array;
    try {
      out = inflateRawSync(source);
    } catch {
      return fallback(source, dest);
    }
    if (out.length > dest.length) return fallback(source, dest);
    dest.set(out);
    // As tiny-inflate: a shorter result is a copy of the part filled (its slice), else dest itself.
    return out.length < dest.length ? dest.slice(0, out.length) : dest;
  };
  Object.defineProperty(inflate, STAND_IN, { value: true });
  return inflate;
}

let installed = false;

/**
 * Makes tiny-inflate, as unicode-trie finds it, decode with zlib: every later require or import of
 * that copy gets the stand-in (fontkit's WOFF decoder too, where zlib also ignores the bytes after
 * the data, as tiny-inflate does). Once per thread, and never over a stand-in already there. Tables
 * decoded before this are left as they are.
 */
export function installNativeInflate(): void {
  if (installed) return;
  installed = true;
  try {
    const require = createRequire(import.meta.url);
    const trieRequire = createRequire(require.resolve('unicode-trie'));
    const file = trieRequire.resolve('tiny-inflate');
    const tiny = trieRequire('tiny-inflate') as Inflate;
    const cached = trieRequire.cache[file];
    if (cached && !isZlibInflate(tiny)) cached.exports = zlibInflate(tiny);
  } catch {
    // Another layout of node_modules (pnpm's, where unicode-trie is not ours to resolve): tiny-inflate
    // decodes, a little slower.
  }
}

installNativeInflate();
