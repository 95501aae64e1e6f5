import { createRequire } from 'node:module';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { installNativeInflate, isZlibInflate, zlibInflate, type Inflate } from '../../../src/render/pdf/native-inflate.js';

const trieRequire = createRequire(createRequire(import.meta.url).resolve('unicode-trie'));
const tinyFile = trieRequire.resolve('tiny-inflate');

/** tiny-inflate as its package ships it (a fresh copy, whatever the cache holds). */
function stockTiny(): Inflate {
  const saved = trieRequire.cache[tinyFile];
  delete trieRequire.cache[tinyFile];
  try {
    return trieRequire('tiny-inflate') as Inflate;
  } finally {
    if (saved) trieRequire.cache[tinyFile] = saved;
  }
}

const tiny = stockTiny();
const fast = zlibInflate(tiny);

/** Both decoders on the same data, each with its own room of `room` bytes. */
function both(source: Uint8Array, room: number): [Uint8Array, Uint8Array] {
  return [tiny(source, new Uint8Array(room)), fast(source, new Uint8Array(room))];
}

describe('zlib in place of tiny-inflate', () => {
  it('decodes any raw DEFLATE data to the same bytes, given room enough or more', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 300 }), (data, level, extra) => {
        const [a, b] = both(deflateRawSync(data, { level }), data.length + extra);
        expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
        expect(b.length).toBe(a.length);
      }),
    );
  });

  it('decodes data compressed twice, as unicode-trie stores its tables', () => {
    const table = Buffer.from(Array.from({ length: 40_000 }, (_, i) => (i * 7919) % 251 > 200 ? i % 256 : 0));
    const twice = deflateRawSync(deflateRawSync(table, { level: 9 }), { level: 9 });
    const decode = (inflate: Inflate) => inflate(inflate(twice, new Uint8Array(table.length)), new Uint8Array(table.length));
    expect(Buffer.from(decode(fast)).equals(table)).toBe(true);
    expect(Buffer.from(decode(fast)).equals(Buffer.from(decode(tiny)))).toBe(true);
  });

  it('leaves to tiny-inflate what zlib cannot do as it does: too little room, or data zlib refuses', () => {
    let asked = 0;
    const counting = zlibInflate((s, d) => (asked++, tiny(s, d)));
    // Whatever tiny-inflate makes of these (a cut result, an error), the stand-in makes the same.
    const outcome = (inflate: Inflate, source: Uint8Array, room: number): string => {
      try {
        return Buffer.from(inflate(source, new Uint8Array(room))).toString('hex');
      } catch (error) {
        return `error: ${String(error)}`;
      }
    };
    const packed = deflateRawSync(Buffer.from('the quick brown fox jumps over the lazy dog '.repeat(50)));
    expect(outcome(counting, packed, 10)).toBe(outcome(tiny, packed, 10));
    expect(asked).toBe(1);
    const garbage = new Uint8Array([0xff, 0xff, 0xff, 0xff]);
    expect(outcome(counting, garbage, 16)).toBe(outcome(tiny, garbage, 16));
    expect(asked).toBe(2);
  });

  it('is what unicode-trie finds once installed, and is not wrapped twice', () => {
    installNativeInflate();
    const found = trieRequire('tiny-inflate') as Inflate;
    expect(isZlibInflate(found)).toBe(true);
    expect(isZlibInflate(tiny)).toBe(false);
    const data = Buffer.from('a table of classes '.repeat(100));
    expect(Buffer.from(found(deflateRawSync(data), new Uint8Array(data.length))).equals(data)).toBe(true);
    // A second copy of the module (the compiled one beside the sources) leaves the stand-in as it is.
    installNativeInflate();
    expect(trieRequire('tiny-inflate')).toBe(found);
  });
});
