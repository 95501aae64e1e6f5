/**
 * Every string is checked against the face it will be set in before it is drawn: a character the
 * font lacks becomes a close stand-in the font has ("≅" → "≈", "→" → "->", "ő" → "o", else "?")
 * and a MISSING_GLYPH warning, never a silent blank box.
 */
import type { Warning } from '../../model.js';
import { fontFamilyName, type FontRole } from '../fonts.js';

/** Answers whether a face can draw a code point. */
export type GlyphLookup = (role: FontRole, codePoint: number) => boolean;

/** Beyond this many missing characters, one warning sums them up. */
const MAX_LISTED = 5;

/** Characters that carry no ink and that some fonts map to nothing; dropped before drawing. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
/** Whether a string has an invisible character or a tab, return or feed to replace (few have). */
const NEEDS_SPACING = /[\u200b-\u200d\u2060\ufeff\t\r\v\f]/;

/**
 * Stand-ins for symbols, best first: the first whose every character the face has is used. Letters
 * need no entry (their NFKD base letter is tried next).
 */
const STAND_INS: Readonly<Record<string, readonly string[]>> = {
  '≅': ['≈', '~'],
  '≃': ['≈', '~'],
  '≌': ['≈', '~'],
  '∼': ['~'],
  '∽': ['~'],
  '≈': ['~'],
  '≡': ['='],
  '≠': ['!='],
  '≤': ['<='],
  '≥': ['>='],
  '−': ['-'],
  '×': ['x'],
  '÷': ['/'],
  '→': ['->'],
  '⟶': ['->'],
  '←': ['<-'],
  '↔': ['<->'],
  '⇒': ['=>'],
  '⇐': ['<='],
  '⇔': ['<=>'],
  '′': ["'"],
  '″': ['"'],
  '‐': ['-'],
  '‑': ['-'],
  '‒': ['–', '-'],
  '―': ['—', '-'],
  '…': ['...'],
  '✓': ['√', 'v'],
  '✔': ['✓', '√', 'v'],
  '✗': ['×', 'x'],
  '✘': ['×', 'x'],
  '★': ['*'],
  '☆': ['*'],
  '∆': ['Δ'],
  '•': ['·', '*'],
  '●': ['•', '*'],
  '○': ['•', 'o'],
  '◦': ['•', 'o'],
  '■': ['•', '*'],
  '□': ['•', '*'],
  '▪': ['•', '*'],
  '◆': ['•', '*'],
  '◇': ['•', '*'],
  '►': ['•', '>'],
  '▶': ['•', '>'],
  '▸': ['•', '>'],
  '‣': ['•', '>'],
  '⁃': ['–', '-'],
};

/**
 * The characters most prose is made of: a line feed, printable ASCII, Latin-1 but the soft hyphen,
 * dashes, curly quotes and the ellipsis. A text of only these, in a face that draws them all, is
 * clean as it is; the test is one pass of compiled regular-expression code, where clean()'s own loop
 * runs in the interpreter for much of a short build. The soft hyphen is left to the loop only out of
 * caution (the faces draw it). COMMON_CODE_POINTS lists the same characters, for asking a face; a
 * test checks that the two agree on every UTF-16 code unit.
 */
export const COMMON_TEXT = /^[\n\x20-\x7e\u00a0-\u00ac\u00ae-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2026]*$/;
export const COMMON_CODE_POINTS: readonly number[] = [
  0x0a,
  ...range(0x20, 0x7e),
  ...range(0xa0, 0xac),
  ...range(0xae, 0xff),
  0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026,
];

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Checks text against the fonts and collects one warning per missing character. */
export class GlyphGuard {
  private readonly known = new Map<FontRole, Map<number, boolean>>();
  private readonly missing = new Map<number, Set<FontRole>>();
  /** Per face, by UTF-16 unit below the surrogates: 1 drawable, 2 not, 0 not yet asked. */
  private readonly drawable = new Map<FontRole, Uint8Array>();

  /**
   * `common` remembers, by role, whether the face draws every character of COMMON_TEXT. It may be
   * shared by the guards of documents whose roles name the same faces, as the PDF writer's do (see
   * faceCoverage); by default each guard asks on its own.
   */
  constructor(
    private readonly lookup: GlyphLookup,
    private readonly common: Map<FontRole, boolean> = new Map(),
  ) {}

  /** The text with every character the face lacks replaced by a stand-in. */
  clean(text: string, role: FontRole): string {
    if (COMMON_TEXT.test(text) && this.drawsCommon(role)) return text;
    const plain = NEEDS_SPACING.test(text) ? text.replace(INVISIBLE, '').replace(/[\t\r\v\f]/g, ' ') : text;
    // Nearly every string is fine as it is: copy it only from the first character the face lacks.
    // Characters below U+FFFF are looked up in a table per face, filled as they are met.
    let seen = this.drawable.get(role);
    if (!seen) this.drawable.set(role, (seen = new Uint8Array(0x10000)));
    let i = 0;
    while (i < plain.length) {
      const unit = plain.charCodeAt(i);
      const mark = seen[unit]!;
      if (mark === 1) { i++; continue; }
      if (mark === 2) break;
      const cp = plain.codePointAt(i)!;
      const ok = this.hasCodePoint(role, cp);
      if (cp <= 0xffff && (unit < 0xd800 || unit > 0xdfff)) seen[unit] = ok ? 1 : 2;
      if (!ok) break;
      i += cp > 0xffff ? 2 : 1;
    }
    if (i === plain.length) return plain;
    let out = plain.slice(0, i);
    for (const char of plain.slice(i)) out += this.has(role, char) ? char : this.standIn(role, char);
    return out;
  }

  /** One MISSING_GLYPH warning per character, naming the faces that lack it; one summary line when there are many (a whole script the fonts lack). */
  warnings(): Warning[] {
    const entries = [...this.missing.entries()].sort(([a], [b]) => a - b);
    const families = (roles: Iterable<FontRole>) => [...new Set([...roles].map(fontFamilyName))].sort().join(' and ');
    if (entries.length > MAX_LISTED) {
      const shown = entries.slice(0, MAX_LISTED).map(([cp]) => String.fromCodePoint(cp)).join(' ');
      const roles = entries.flatMap(([, r]) => [...r]);
      return [{
        code: 'MISSING_GLYPH',
        message: `The PDF fonts have no glyphs for ${entries.length} characters (${shown} …, missing in ${families(roles)}); they are printed as close stand-ins or "?". The Markdown guide keeps them as written.`,
      }];
    }
    return entries.map(([cp, roles]) => ({
      code: 'MISSING_GLYPH',
      message: `The PDF fonts have no glyph for "${String.fromCodePoint(cp)}" (U+${cp.toString(16).toUpperCase().padStart(4, '0')}, missing in ${families(roles)}); it is printed as "${this.fallback(String.fromCodePoint(cp), [...roles][0]!)}".`,
    }));
  }

  private drawsCommon(role: FontRole): boolean {
    let draws = this.common.get(role);
    if (draws === undefined) this.common.set(role, (draws = COMMON_CODE_POINTS.every((cp) => this.hasCodePoint(role, cp))));
    return draws;
  }

  private has(role: FontRole, char: string): boolean {
    return this.hasCodePoint(role, char.codePointAt(0)!);
  }

  private hasCodePoint(role: FontRole, cp: number): boolean {
    if (cp === 0x0a || cp === 0x20) return true;
    let known = this.known.get(role);
    if (!known) this.known.set(role, (known = new Map()));
    let ok = known.get(cp);
    if (ok === undefined) {
      ok = this.lookup(role, cp);
      known.set(cp, ok);
    }
    return ok;
  }

  private standIn(role: FontRole, char: string): string {
    const cp = char.codePointAt(0)!;
    const roles = this.missing.get(cp) ?? new Set<FontRole>();
    roles.add(role);
    this.missing.set(cp, roles);
    return this.fallback(char, role);
  }

  /** A close symbol the face has ("≅" → "≈", else "~"), else the unaccented letter ("ő" → "o"), else "?". */
  private fallback(char: string, role: FontRole): string {
    const drawable = (s: string) => s !== '' && s !== char && [...s].every((c) => this.has(role, c));
    const symbol = (STAND_INS[char] ?? []).find(drawable);
    if (symbol) return symbol;
    const base = char.normalize('NFKD').replace(/\p{M}/gu, '');
    return drawable(base) ? base : '?';
  }
}
