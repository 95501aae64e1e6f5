import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/parse/decode.js';

const text = 'Zoë asked: “Café?”\r\nYes — olé.\rEnd';
const expected = 'Zoë asked: “Café?”\nYes — olé.\nEnd';

function utf16(s: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + i * 2] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + i * 2] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM, with LF line ends', () => {
    const bytes = new TextEncoder().encode(text);
    expect(decodeText(bytes, 'a.txt')).toEqual({ text: expected, warnings: [] });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]), 'a.txt').text).toBe(expected);
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodeText(utf16(text, false), 'a.txt').text).toBe(expected);
    expect(decodeText(utf16(text, true), 'a.txt').text).toBe(expected);
  });

  it('falls back to Windows-1252 with a warning', () => {
    // "Café – ‘quoted’" in Windows-1252.
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x91, 0x71, 0x92]);
    const out = decodeText(bytes, 'old.txt');
    expect(out.text).toBe('Café – ‘q’');
    expect(out.warnings).toEqual([expect.objectContaining({ code: 'ENCODING' })]);
    expect(out.warnings[0]!.message).toMatch(/old\.txt.*Windows-1252/);
  });

  it('strips zero-width characters and keeps non-breaking spaces for the reader', () => {
    expect(decodeText(new TextEncoder().encode('a\u200bb\u00a0c\ufeff'), 'a.txt').text).toBe('ab\u00a0c');
  });
});
