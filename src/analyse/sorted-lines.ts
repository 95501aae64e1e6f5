/**
 * A binary search of a sorted text file on disk (WordNet's index files), without reading it into
 * memory: the file is read in 4 KB pages, kept once read, so the first steps of every search, which
 * visit the same few pages, cost nothing after the first lookup. Bytes are read as latin1, so a
 * character offset is a byte offset.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const PAGE = 4096;
const NEWLINE = 10;

export class SortedLines {
  private readonly fd: number;
  private readonly size: number;
  private readonly pages = new Map<number, Buffer>();

  constructor(file: string) {
    this.fd = openSync(file, 'r');
    this.size = fstatSync(this.fd).size;
  }

  /** The file's length in bytes. */
  get length(): number {
    return this.size;
  }

  private page(n: number): Buffer {
    let page = this.pages.get(n);
    if (!page) {
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
      const line = this.lineAt(start);
      if (!line.startsWith(' ') && keyOf(line, prefix, exact) >= prefix) hi = mid;
      else lo = start + line.length + 1;
    }
    const start = this.lineStartFrom(lo);
    if (start >= this.size) return -1;
    const line = this.lineAt(start);
    return !line.startsWith(' ') && keyOf(line, prefix, exact) === prefix ? start : -1;
  }

  close(): void {
    closeSync(this.fd);
    this.pages.clear();
  }
}

function keyOf(line: string, prefix: string, exact: boolean): string {
  if (!exact) return line.slice(0, prefix.length);
  const space = line.indexOf(' ');
  return space === -1 ? line : line.slice(0, space);
}
