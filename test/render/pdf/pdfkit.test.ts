import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { brotliCompressSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STAND_IN, bytesToHex, concatBytes, fontkit, LineBreaker, LineWrapper, PDFDocument } from '../../../src/render/pdf/pdfkit.js';

const require = createRequire(import.meta.url);
const pdfkitRequire = createRequire(require.resolve('pdfkit'));
const fontkitRequire = createRequire(pdfkitRequire.resolve('fontkit'));
// The real modules, loaded from their own files (the stand-ins are in the cache of pdfkit's and fontkit's copies).
const realHashes = createRequire(pdfkitRequire.resolve('@noble/hashes/utils'))('./utils.js') as { bytesToHex(b: Uint8Array): string; concatBytes(...a: Uint8Array[]): Uint8Array };

describe('pdfkit as the PDF writer loads it', () => {
  it('is pdfkit’s CommonJS build, with the fontkit and linebreak it uses', () => {
    expect(PDFDocument).toBe(pdfkitRequire('./pdfkit.js'));
    expect(LineWrapper).toBe((pdfkitRequire('./pdfkit.js') as { LineWrapper: unknown }).LineWrapper);
    expect(fontkit).toBe(pdfkitRequire('fontkit'));
    expect(LineBreaker).toBe(pdfkitRequire('linebreak'));
  });

  it('stands in for AES and Brotli until they are called, then calls the real modules', () => {
    const aes = pdfkitRequire('@noble/ciphers/aes') as Record<PropertyKey, unknown>;
    const brotli = fontkitRequire('brotli/decompress.js') as ((data: Uint8Array, size: number) => Uint8Array) & Record<PropertyKey, unknown>;
    expect(aes[STAND_IN]).toBe(true);
    expect(brotli[STAND_IN]).toBe(true);
    const text = Buffer.from('WOFF2 fonts are Brotli-compressed; a guide never loads one.');
    expect(Buffer.from(brotli(brotliCompressSync(text), text.length)).toString()).toBe(text.toString());
    const key = new Uint8Array(16).fill(7);
    const iv = new Uint8Array(16).fill(3);
    const data = new Uint8Array(32).fill(1);
    const real = createRequire(pdfkitRequire.resolve('@noble/ciphers/aes'))('./aes.js') as { cbc(k: Uint8Array, i: Uint8Array): { encrypt(d: Uint8Array): Uint8Array } };
    const cbc = aes.cbc as typeof real.cbc;
    expect(Buffer.from(cbc(key, iv).encrypt(data)).equals(Buffer.from(real.cbc(key, iv).encrypt(data)))).toBe(true);
  });

  it('gives the hex and joined bytes @noble/hashes gives', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 5 }), (arrays) => {
        for (const a of arrays) expect(bytesToHex(a)).toBe(realHashes.bytesToHex(a));
        expect(Buffer.from(concatBytes(...arrays)).equals(Buffer.from(realHashes.concatBytes(...arrays)))).toBe(true);
      }),
    );
    expect(bytesToHex(randomBytes(300))).toMatch(/^[0-9a-f]{600}$/);
    expect(() => bytesToHex([1, 2] as unknown as Uint8Array)).toThrow();
    expect(() => concatBytes([1] as unknown as Uint8Array)).toThrow();
  });
});
