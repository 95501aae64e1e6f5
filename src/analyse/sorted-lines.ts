/**
 * A binary search of a sorted text file on disk (WordNet's index files), without reading it into
 * memory: the file is read in 4 KB pages, kept once read, so the first steps of every search, which
 * visit the same few pages, cost nothing after the first lookup. A small file that most searches
 * cover can be read whole instead, in one call (`whole`), and is then searched as one string. Bytes are read as latin1, so a character
 * offset is a byte offset.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';

const PAGE = 4096;
const NEWLINE = 10;
const SPACE = 32;

export class SortedLines {
  private size: number;
  private readonly pages = new Map<number, Buffer>();

  /**
   * The whole file as a latin1 string, when it is read whole: a search then steps through it with
   * the string's own indexOf and charCodeAt, not page by page (three times faster on the facts table).
   */
  private all: string | undefined;
  /** The open file, for reading pages; none once a file read whole is closed after reading. */
  private fd: number | undefined;

  constructor(file: string, options: { whole?: boolean } = {}) {
    this.fd = openSync(file, 'r');
    this.size = fstatSync(this.fd).size;
    if (options.whole) {
      this.all = readFileSync(this.fd).toString('latin1');
      this.size = this.all.length;
      closeSync(this.fd);
      this.fd = undefined;
    }
  }

  /** The file's length in bytes. */
  get length(): number {
    return this.size;
  }

  private page(n: number): Buffer {
    let page = this.pages.get(n);
    if (!page) {
      if (this.fd === undefined) throw new Error('SortedLines: the file was closed');
      page = Buffer.allocUnsafe(Math.min(PAGE, this.size - n * PAGE));
      let got = 0;
      while (got < page.length) {
        const read = readSync(this.fd, page, got, page.length - got, n * PAGE + got);
        if (read <= 0) break;
        got += read;
      }
      this.pages.set(n, page);
    }
    return page;
  }

  /** Offset of the first newline at or after `from` (the file's length when there is none). */
  private newlineFrom(from: number): number {
    if (this.all !== undefined) {
      const i = this.all.indexOf('\n', from);
      return i === -1 ? this.size : i;
    }
    for (let at = from; at < this.size; ) {
      const n = Math.floor(at / PAGE);
      const page = this.page(n);
      const i = page.indexOf(NEWLINE, at - n * PAGE);
      if (i !== -1) return n * PAGE + i;
      at = (n + 1) * PAGE;
    }
    return this.size;
  }

  /** The text between two offsets. */
  private text(start: number, end: number): string {
    if (this.all !== undefined) return this.all.slice(start, end);
    let out = '';
    for (let at = start; at < end; ) {
      const n = Math.floor(at / PAGE);
      const page = this.page(n);
      const stop = Math.min(end - n * PAGE, page.length);
      out += page.toString('latin1', at - n * PAGE, stop);
      at = n * PAGE + stop;
    }
    return out;
  }

  /** The line that starts at `start`, without its newline. */
  lineAt(start: number): string {
    return this.text(start, this.newlineFrom(start));
  }

  /** The start of the first line that starts at or after `at`. */
  private lineStartFrom(at: number): number {
    return at === 0 ? 0 : Math.min(this.newlineFrom(at - 1) + 1, this.size);
  }

  /** The byte at an offset inside the file. */
  private byteAt(at: number): number {
    if (this.all !== undefined) return this.all.charCodeAt(at);
    const n = Math.floor(at / PAGE);
    return this.page(n)[at - n * PAGE]!;
  }

  /**
   * The line from `start` to `end` (its newline) compared with `prefix` by its key, as `keyOf(line)`
   * compares with `prefix` in JavaScript (by UTF-16 unit; a latin1 byte is one unit): negative,
   * zero or positive. It reads the bytes in place, so a search makes no strings.
   */
  private compareKey(start: number, end: number, prefix: string, exact: boolean): number {
    if (this.all !== undefined) return compareIn(this.all, start, end, prefix, exact);
    let n = Math.floor(start / PAGE);
    let page = this.page(n);
    let offset = start - n * PAGE;
    for (let i = 0; ; i++, offset++) {
      if (offset === page.length && start + i < end) {
        n += 1;
        page = this.page(n);
        offset = 0;
      }
      const b = start + i < end ? page[offset]! : -1;
      // The key ends at the line's end, or at its first space when it is the line's first word.
      if (b === -1 || (exact && b === SPACE)) return i - prefix.length;
      // The prefix ends first: a whole word that runs on sorts after it; the first characters are it.
      if (i === prefix.length) return exact ? 1 : 0;
      const d = b - prefix.charCodeAt(i);
      if (d !== 0) return d;
    }
  }

  /**
   * The start of the first line whose key is `prefix` (its first word when `exact`, else its first
   * `prefix.length` characters), or -1. Lines that start with a space (a licence header) sort first.
   */
  find(prefix: string, exact: boolean): number {
    // Invariant: every line that starts before `lo` sorts before `prefix`; the line at or after `hi` does not.
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = this.lineStartFrom(mid);
      if (start >= this.size) { hi = mid; continue; }
      const end = this.newlineFrom(start);
      if (!this.isHeader(start, end) && this.compareKey(start, end, prefix, exact) >= 0) hi = mid;
      else lo = end + 1;
    }
    const start = this.lineStartFrom(lo);
    if (start >= this.size) return -1;
    const end = this.newlineFrom(start);
    return !this.isHeader(start, end) && this.compareKey(start, end, prefix, exact) === 0 ? start : -1;
  }

  /** Whether the line starts with a space (WordNet's licence header). */
  private isHeader(start: number, end: number): boolean {
    return start < end && this.byteAt(start) === SPACE;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    this.all = undefined;
    this.pages.clear();
  }
}

/** SortedLines' compareKey on a file held as a string (a latin1 character is a byte). */
function compareIn(all: string, start: number, end: number, prefix: string, exact: boolean): number {
  for (let i = 0; ; i++) {
    const b = start + i < end ? all.charCodeAt(start + i) : -1;
    if (b === -1 || (exact && b === SPACE)) return i - prefix.length;
    if (i === prefix.length) return exact ? 1 : 0;
    const d = b - prefix.charCodeAt(i);
    if (d !== 0) return d;
  }
}
