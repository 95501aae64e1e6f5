/** Bytes → text: detects the encoding, normalises line ends, refuses empty, binary and oversized input. Pure. */
import type { Warning } from '../model.js';
import { GuideError } from '../errors.js';

/** Default size limit for one input file (5 MB). */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Options for decodeText. */
export interface DecodeOptions {
  /** Largest input accepted, in bytes (default 5 MB). */
  readonly maxBytes?: number;
}

/** Decoded text with the warnings found on the way. */
export interface DecodedText {
  readonly text: string;
  readonly warnings: Warning[];
}

const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g;

/** Decodes a file's bytes to text (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252 fallback) with LF line ends and no zero-width characters. */
export function decodeText(bytes: Uint8Array, name: string, options: DecodeOptions = {}): DecodedText {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new GuideError('TOO_LARGE', `the file is ${formatSize(bytes.length)}, over the ${formatSize(maxBytes)} limit`, {
      file: name,
      hint: 'Split the article into smaller files, or raise the limit with --max-size if this really is one article.',
    });
  }
  const warnings: Warning[] = [];
  let text = decodeBytes(bytes, name, warnings);
  text = text.replace(/\r\n?/g, '\n').replace(ZERO_WIDTH, '');
  if (text.replace(/[\s\u00A0]/g, '') === '') {
    throw new GuideError('EMPTY', 'the file is empty or holds only white space', {
      file: name,
      hint: 'Paste the interview text into the file and save it, then build again.',
    });
  }
  if (looksBinary(text)) {
    throw new GuideError('BINARY', 'the file is not text (it holds binary data)', {
      file: name,
      hint: 'Save the article as plain text (.txt), Markdown (.md), HTML (.html) or Word (.docx) and try again.',
    });
  }
  return { text, warnings };
}

function decodeBytes(bytes: Uint8Array, name: string, warnings: Warning[]): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (hasNul(bytes)) throw binaryError(name);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    warnings.push({
      code: 'ENCODING',
      message: `${name} is not valid UTF-8; read it as Windows-1252. Check accented letters and quotes, or save the file as UTF-8.`,
    });
    return decodeWindows1252(bytes);
  }
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (Node's decoder may treat the label as Latin-1).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b);
  return out;
}

function hasNul(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

// Text may hold a stray control character; binary data holds many (or NUL, or U+FFFD from bad bytes).
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 65536);
  let control = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12) || (c >= 0x7f && c < 0xa0 && c !== 0x85)) control++;
  }
  return control > 8 && control / sample.length > 0.01;
}

function binaryError(name: string): GuideError {
  return new GuideError('BINARY', 'the file is not text (it holds binary data)', {
    file: name,
    hint: 'Save the article as plain text (.txt), Markdown (.md), HTML (.html) or Word (.docx) and try again.',
  });
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
