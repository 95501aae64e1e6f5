/**
 * A fast path for fontkit's text layout, for the words a handout is made of.
 *
 * pdfkit shapes every distinct word with fontkit, which runs each of the font's OpenType lookups
 * (about 30 in Source Serif 4) over every glyph: about 0.1 ms a word while the code is cold, so
 * a third of a guide's PDF time. For a word of Latin letters, digits and punctuation, only two
 * kinds of lookup can act on it in the fonts we ship: ligatures (GSUB type 4: "fi", "ffi") and pair
 * kerning (GPOS type 2). This module applies exactly those, in fontkit's order and with fontkit's
 * arithmetic, and leaves every other word to fontkit:
 * - words with a character outside Latin and Common script, a combining mark, a default-ignorable
 *   character or a fraction slash (fontkit treats those specially);
 * - words with a glyph that any other kind of lookup, of any feature fontkit applies, starts on
 *   (contextual kerning, ccmp, locl, mark attachment ...), before or after ligatures;
 * - words with a glyph that GDEF classes as a mark.
 * The result is the same glyphs, code points and positions as fontkit's (a test compares the two on
 * every word of the test articles and their guides, in every face), so the PDF's bytes do not change.
 * It follows fontkit 2.0's DefaultShaper and OTProcessor (one stage of features, lookups sorted by
 * index, the script's default language system).
 */

/** What this module reads of a fontkit glyph. */
interface Glyph {
  readonly id: number;
  readonly codePoints: number[];
  readonly advanceWidth: number;
}

/** A glyph's position, as fontkit's GlyphPosition (pdfkit scales every own key of it). */
interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** What layout returns: fontkit's GlyphRun, as far as pdfkit uses it. */
export interface Run {
  glyphs: Glyph[];
  positions: Position[];
  readonly advanceWidth: number;
  /**
   * The code points of this word that a glyph stands for, where they differ from the glyph's own (the
   * fast path's runs, and fontkit's where each glyph stands for one character: see withOwnCodePoints).
   * A glyph's own code points are those fontkit first met it by in this process, which may be
   * another character's ("ﬁ" for the "fi" ligature): the PDF's ToUnicode map is made from these instead.
   */
  readonly textCodePoints?: readonly (readonly number[] | undefined)[];
}

interface Coverage {
  version: number;
  glyphs?: number[];
  rangeRecords?: { start: number; end: number; startCoverageIndex: number }[];
}
interface ClassDef {
  version: number;
  startGlyph?: number;
  classValueArray?: number[];
  classRangeRecord?: { start: number; end: number; class: number }[];
}
interface ValueRecord {
  xAdvance?: number;
  yAdvance?: number;
  xPlacement?: number;
  yPlacement?: number;
}
interface Listish<T> {
  get(i: number): T;
  readonly length: number;
}
interface SubTable {
  version?: number;
  lookupType?: number;
  extension?: SubTable;
  coverage?: Coverage;
  coverages?: Coverage[];
  inputCoverage?: Coverage[];
  backtrackCoverage?: Coverage[];
  lookaheadCoverage?: Coverage[];
  markCoverage?: Coverage;
  mark1Coverage?: Coverage;
  ligatureSets?: Listish<{ glyph: number; components: number[] }[]>;
  pairSets?: Listish<{ secondGlyph: number; value1: ValueRecord; value2: ValueRecord }[]>;
  classDef1?: ClassDef;
  classDef2?: ClassDef;
  classRecords?: Listish<Listish<{ value1: ValueRecord; value2: ValueRecord }>>;
}
interface Lookup {
  lookupType: number;
  flags: { markAttachmentType?: number; flags?: Record<string, boolean> };
  subTables: SubTable[];
}
interface LayoutTable {
  scriptList?: { tag: string; script: { defaultLangSys?: { featureIndexes: number[] } } }[];
  featureList: { tag: string; feature: { lookupListIndexes: number[] } }[];
  lookupList: Listish<Lookup>;
  featureVariations?: unknown;
}
/** The parts of a fontkit font this module reads. */
export interface FontkitFont {
  GSUB?: LayoutTable;
  GPOS?: LayoutTable;
  GDEF?: { glyphClassDef?: ClassDef };
  /** AAT tables: fontkit shapes with its AAT engine then, and the legacy kerning table. */
  morx?: unknown;
  kern?: unknown;
  _cmapProcessor: { lookup(codePoint: number): number };
  getGlyph(id: number, codePoints: number[]): Glyph;
  glyphForCodePoint(codePoint: number): Glyph;
  layout(text: string, ...rest: unknown[]): Run;
}

/** Features fontkit's default shaper applies to every glyph (local ones, for fractions, are left to fontkit). */
const GLOBAL_FEATURES = ['rvrn', 'ltra', 'ltrm', 'ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern'];
/** fontkit's fallbacks when a table has no script for the text's. */
const DEFAULT_SCRIPTS = ['DFLT', 'dflt', 'latn'];

/**
 * Whether the fast path takes a word: every character Basic Latin, Latin-1, Latin Extended-A or -B,
 * or general punctuation and currency signs (all of Latin or Common script, none a mark, a default
 * ignorable or the fraction slash, which fontkit treats specially), and at least one Latin letter,
 * so that fontkit too would shape it as Latin, unless `common` says the font shapes digits and
 * punctuation alone the same way.
 */
function isPlain(text: string, common: boolean): boolean {
  let letter = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) letter = true;
    else if (!((c >= 0x20 && c < 0x7f) || c === 0x0a || (c >= 0xa0 && c <= 0xbf && c !== 0xad) || c === 0xd7 || c === 0xf7 || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e && c !== 0x2044) || (c >= 0x20a0 && c <= 0x20bf))) return false;
  }
  return letter || common;
}

interface LigatureStep { kind: 'liga'; tables: SubTable[] }
/** A pair-kerning lookup, with what it gives each pair of glyphs met so far (see pairValues). */
interface PairStep { kind: 'pair'; tables: SubTable[]; pairs?: Map<number, PairValues> }
/** The values a pair-kerning lookup adds to the first glyph and the second, or null when it leaves the pair. */
type PairValues = readonly [ValueRecord | undefined, ValueRecord | undefined] | null;
/** A lookup the fast path does not apply: the word goes to fontkit if the lookup could act on it. */
interface CheckStep { kind: 'check'; test: (glyphs: readonly { id: number }[]) => boolean }

/** How a face is shaped on the fast path: its lookups in fontkit's order, applied or checked. */
interface Plan {
  readonly gsub: (LigatureStep | CheckStep)[];
  readonly gpos: (PairStep | CheckStep)[];
  /** Whether words of digits and punctuation only get the same lookups as Latin words (then the fast path takes them too). */
  readonly common: boolean;
}

function coverageGlyphs(coverage: Coverage | undefined, into: Set<number>): void {
  if (!coverage) return;
  if (coverage.version === 1) for (const g of coverage.glyphs ?? []) into.add(g);
  else for (const r of coverage.rangeRecords ?? []) for (let g = r.start; g <= r.end; g++) into.add(g);
}

/** Coverage and class tables as arrays by glyph id, built on first use: fontkit scans them linearly for every glyph. */
const coverageTables = new WeakMap<Coverage, Map<number, number>>();
const classTables = new WeakMap<ClassDef, Map<number, number>>();

function coverageIndex(coverage: Coverage, glyph: number): number {
  let table = coverageTables.get(coverage);
  if (!table) {
    table = new Map();
    if (coverage.version === 1) coverage.glyphs!.forEach((g, i) => { if (!table!.has(g)) table!.set(g, i); });
    else for (const r of coverage.rangeRecords ?? []) for (let g = r.start; g <= r.end; g++) if (!table.has(g)) table.set(g, r.startCoverageIndex + g - r.start);
    coverageTables.set(coverage, table);
  }
  return table.get(glyph) ?? -1;
}

function classOf(glyph: number, classDef: ClassDef | undefined): number {
  if (!classDef) return 0;
  let table = classTables.get(classDef);
  if (!table) {
    table = new Map();
    if (classDef.version === 1) classDef.classValueArray!.forEach((c, i) => table!.set(classDef.startGlyph! + i, c));
    else for (const r of classDef.classRangeRecord ?? []) for (let g = r.start; g <= r.end; g++) if (!table.has(g)) table.set(g, r.class);
    classTables.set(classDef, table);
  }
  return table.get(glyph) ?? 0;
}

/** The glyphs a lookup's subtable can start acting on. */
function triggers(type: number, table: SubTable, isGpos: boolean, into: Set<number>): void {
  const contextual = isGpos ? type === 7 || type === 8 : type === 5 || type === 6;
  if (contextual && table.version === 3) return coverageGlyphs((table.inputCoverage ?? table.coverages)?.[0], into);
  if (isGpos && (type === 4 || type === 5)) return coverageGlyphs(table.markCoverage, into);
  if (isGpos && type === 6) return coverageGlyphs(table.mark1Coverage, into);
  coverageGlyphs(table.coverage, into);
}

/** Whether coverages[k] holds glyphs[from + k] for every k (fontkit's coverageSequenceMatches, nothing skipped). */
function coveredFrom(glyphs: readonly { id: number }[], from: number, coverages: readonly Coverage[] | undefined): boolean {
  if (!coverages) return true;
  if (from < 0 || from + coverages.length > glyphs.length) return false;
  return coverages.every((c, k) => coverageIndex(c, glyphs[from + k]!.id) !== -1);
}

/** What makes one of a run of lookups the fast path only checks act on a word: a glyph one starts on, or an exact context. */
interface Triggers {
  /** Glyphs that a subtable of any of the checked lookups starts on. */
  readonly glyphs: Set<number>;
  /** Context subtables (format 3) matched as fontkit matches them. */
  readonly contexts: ((glyphs: readonly { id: number }[]) => boolean)[];
}

/**
 * What could make a lookup the fast path does not apply act on a word. A coverage-based context
 * (format 3) is matched exactly as fontkit matches it when the lookup skips nothing but marks (the
 * word has none); any other subtable counts as acting when the word holds a glyph it starts on.
 */
function triggersOf(lookup: Lookup, isGpos: boolean, into: Triggers): void {
  const flags = lookup.flags?.flags ?? {};
  const skips = !!(flags.ignoreBaseGlyphs || flags.ignoreLigatures);
  const ext = isGpos ? 9 : 7;
  for (const raw of lookup.subTables) {
    const type = lookup.lookupType === ext ? raw.lookupType! : lookup.lookupType;
    const table = lookup.lookupType === ext ? raw.extension! : raw;
    const chained = isGpos ? type === 8 : type === 6;
    const context = isGpos ? type === 7 : type === 5;
    if (!skips && table.version === 3 && chained) {
      const back = table.backtrackCoverage ?? [];
      const input = table.inputCoverage ?? [];
      const starts = startsOf(input);
      into.contexts.push((glyphs) => glyphs.some((g, i) => starts(g.id) && coveredFrom(glyphs, i - back.length, back) && coveredFrom(glyphs, i, input) && coveredFrom(glyphs, i + input.length, table.lookaheadCoverage)));
    } else if (!skips && table.version === 3 && context) {
      const starts = startsOf(table.coverages ?? []);
      into.contexts.push((glyphs) => glyphs.some((g, i) => starts(g.id) && coveredFrom(glyphs, i, table.coverages)));
    } else triggers(type, table, isGpos, into.glyphs);
  }
}

/** Whether a context can start on a glyph: the glyph is in its first coverage (any glyph when it has none). */
function startsOf(coverages: readonly Coverage[]): (glyph: number) => boolean {
  if (coverages.length === 0) return () => true;
  const first = new Set<number>();
  coverageGlyphs(coverages[0], first);
  return (glyph) => first.has(glyph);
}

/** Whether a word holds a glyph, or a context, that one of the checked lookups acts on. */
function checkTest(found: Triggers): (glyphs: readonly { id: number }[]) => boolean {
  const { glyphs: ids, contexts } = found;
  return (glyphs) => {
    for (let i = 0; i < glyphs.length; i++) if (ids.has(glyphs[i]!.id)) return true;
    return contexts.some((t) => t(glyphs));
  };
}

/**
 * The steps of a table: lookups the fast path applies, in order, and between them one check for
 * each run of lookups it does not apply. Checks in a row see the same glyphs, so one test of their
 * joined triggers gives the answer each would give in turn (the word goes to fontkit if any acts).
 */
function stepsOf<Apply extends LigatureStep | PairStep>(table: LayoutTable | undefined, isGpos: boolean, apply: (tables: SubTable[]) => Apply): (Apply | CheckStep)[] {
  const steps: (Apply | CheckStep)[] = [];
  let pending: Triggers | null = null;
  for (const { lookup } of lookupsOf(table)) {
    const tables = implemented(lookup, isGpos);
    if (tables) {
      if (pending) steps.push({ kind: 'check', test: checkTest(pending) });
      pending = null;
      steps.push(apply(tables));
    } else triggersOf(lookup, isGpos, (pending ??= { glyphs: new Set(), contexts: [] }));
  }
  if (pending) steps.push({ kind: 'check', test: checkTest(pending) });
  return steps;
}

/** The script entry fontkit's selectScript picks for a script tag: the tag itself, else the first default one. */
function scriptOf(table: LayoutTable, script: string): NonNullable<LayoutTable['scriptList']>[number] | undefined {
  const list = table.scriptList ?? [];
  return list.find((s) => s.tag === script) ?? DEFAULT_SCRIPTS.map((t) => list.find((s) => s.tag === t)).find(Boolean);
}

/**
 * The table's lookups for a script (fontkit's selectScript with no language), with their features,
 * in the order fontkit applies them: 'latn' for Latin words, and for words of digits and punctuation
 * only (fontkit's script 'zzzz') the first of its default scripts that the table has.
 */
function lookupsOf(table: LayoutTable | undefined, script: 'latn' | 'zzzz' = 'latn'): { feature: string; index: number; lookup: Lookup }[] {
  if (!table?.scriptList) return [];
  const langSys = scriptOf(table, script)?.script.defaultLangSys;
  if (!langSys) return [];
  const features: Record<string, { lookupListIndexes: number[] }> = {};
  for (const i of langSys.featureIndexes) features[table.featureList[i]!.tag] = table.featureList[i]!.feature;
  const out: { feature: string; index: number; lookup: Lookup }[] = [];
  for (const tag of GLOBAL_FEATURES) {
    const feature = features[tag];
    if (feature) for (const index of feature.lookupListIndexes) out.push({ feature: tag, index, lookup: table.lookupList.get(index) });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Whether the fast path can apply a lookup itself: a ligature or pair-kerning lookup that skips nothing but marks. */
function implemented(lookup: Lookup, isGpos: boolean): SubTable[] | null {
  const flags = lookup.flags?.flags ?? {};
  if (flags.ignoreBaseGlyphs || flags.ignoreLigatures || flags.rightToLeft) return null;
  const want = isGpos ? 2 : 4;
  const ext = isGpos ? 9 : 7;
  const tables = lookup.subTables.map((t) => (lookup.lookupType === ext ? (t.lookupType === want ? t.extension! : null) : lookup.lookupType === want ? t : null));
  return tables.every((t): t is SubTable => t !== null) ? tables : null;
}

function makePlan(font: FontkitFont): Plan | null {
  // Variable fonts change lookups and positions by their axes; ours are static. Without GDEF fontkit
  // tells marks by Unicode category, an AAT font has its own engine, a legacy kern table its own
  // kerning, and a table without a Latin or default script keeps the script of the word before.
  if (font.GSUB?.featureVariations || font.GPOS?.featureVariations) return null;
  if (!font.GDEF || font.morx || font.kern) return null;
  if ((font.GSUB && !scriptOf(font.GSUB, 'latn')) || (font.GPOS && !scriptOf(font.GPOS, 'latn'))) return null;
  const gsub = stepsOf(font.GSUB, false, (tables): LigatureStep => ({ kind: 'liga', tables }));
  const gpos = stepsOf(font.GPOS, true, (tables): PairStep => ({ kind: 'pair', tables }));
  const same = (table: LayoutTable | undefined) => {
    const a = lookupsOf(table, 'latn');
    const b = lookupsOf(table, 'zzzz');
    return a.length === b.length && a.every((x, i) => x.index === b[i]!.index && x.feature === b[i]!.feature);
  };
  return { gsub, gpos, common: same(font.GSUB) && same(font.GPOS) };
}

/** A glyph being shaped (fontkit's GlyphInfo, reduced to what ligatures and kerning use). */
interface Info {
  id: number;
  codePoints: number[];
  /** The word's own code points for the glyph. */
  own: number[];
}

function applyLigatures(step: LigatureStep, glyphs: Info[]): void {
  for (let i = 0; i < glyphs.length; i++) {
    for (const table of step.tables) {
      const index = coverageIndex(table.coverage!, glyphs[i]!.id);
      if (index === -1) continue;
      let done = false;
      for (const ligature of table.ligatureSets!.get(index)) {
        const n = ligature.components.length;
        let matched = i + n < glyphs.length;
        for (let k = 0; matched && k < n; k++) matched = glyphs[i + 1 + k]!.id === ligature.components[k];
        if (!matched) continue;
        const parts = glyphs.slice(i, i + 1 + n);
        glyphs.splice(i, 1 + n, { id: ligature.glyph, codePoints: parts.flatMap((g) => g.codePoints), own: parts.flatMap((g) => g.own) });
        done = true;
        break;
      }
      // fontkit stops at the first subtable that applies; one whose coverage holds the glyph but whose ligatures do not match does not.
      if (done) break;
    }
  }
}

function addValue(position: Position, value: ValueRecord | undefined): void {
  if (!value) return;
  if (value.xAdvance != null) position.xAdvance += value.xAdvance;
  if (value.yAdvance != null) position.yAdvance += value.yAdvance;
  if (value.xPlacement != null) position.xOffset += value.xPlacement;
  if (value.yPlacement != null) position.yOffset += value.yPlacement;
}

function applyKerning(step: PairStep, glyphs: readonly Glyph[], positions: Position[]): void {
  for (let i = 0; i + 1 < glyphs.length; i++) {
    const values = pairValues(step, glyphs[i]!.id, glyphs[i + 1]!.id);
    if (!values) continue;
    addValue(positions[i]!, values[0]);
    addValue(positions[i + 1]!, values[1]);
  }
}

/**
 * What the lookup gives a pair of glyphs, found once per pair (by glyph ids, below 65,536) and then
 * remembered with the step: a face's words meet the same few thousand pairs again and again, and
 * finding one reads the coverage and, for class kerning, both class tables.
 */
function pairValues(step: PairStep, cur: number, next: number): PairValues {
  const pairs = (step.pairs ??= new Map());
  const key = cur * 0x10000 + next;
  let values = pairs.get(key);
  if (values === undefined) pairs.set(key, (values = findPair(step, cur, next)));
  return values;
}

/** The first subtable whose coverage holds the first glyph and that has the pair decides (fontkit's order). */
function findPair(step: PairStep, cur: number, next: number): PairValues {
  for (const table of step.tables) {
    const index = coverageIndex(table.coverage!, cur);
    if (index === -1) continue;
    if (table.version === 1) {
      const pair = table.pairSets!.get(index).find((p) => p.secondGlyph === next);
      if (!pair) continue;
      return [pair.value1, pair.value2];
    }
    const pair = table.classRecords!.get(classOf(cur, table.classDef1)).get(classOf(next, table.classDef2));
    return [pair.value1, pair.value2];
  }
  return null;
}

/**
 * A run with fontkit's advanceWidth: the sum of the glyphs' x advances, summed when first read. pdfkit
 * scales the positions as soon as it has the run and reads the width after, for every use of the word;
 * the sum is kept from the first read.
 */
function run(glyphs: Glyph[], positions: Position[], textCodePoints: (number[] | undefined)[] | undefined): Run {
  let width: number | undefined;
  return {
    glyphs,
    positions,
    textCodePoints,
    get advanceWidth() {
      if (width === undefined) {
        width = 0;
        for (const p of positions) width += p.xAdvance;
      }
      return width;
    },
  };
}

/** Shapes a word on the fast path, or returns null when fontkit must. */
function shapeFast(font: FontkitFont, plan: Plan, isMark: (gid: number) => boolean, text: string): Run | null {
  if (text.length === 0 || !isPlain(text, plan.common)) return null;
  // fontkit's glyphsForString: one glyph per code point, fetched in order (getGlyph keeps the first code points it sees for an id).
  const base: Glyph[] = [];
  const own: number[] = [];
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    base.push(font.getGlyph(font._cmapProcessor.lookup(cp), [cp]));
    own.push(cp);
  }
  // fontkit reads the code points cached with each glyph, which may be another character's that maps
  // to the same glyph (U+00A0 and U+0020, U+00AD and "-"): its fraction and ignorable rules go by those.
  if (base.some((g) => g.codePoints[0] === 0x2044)) return null;
  const infos: Info[] = base.map((g, i) => ({ id: g.id, codePoints: [...g.codePoints], own: [own[i]!] }));
  if (infos.some((g) => isMark(g.id))) return null;
  for (const step of plan.gsub) {
    if (step.kind === 'check') {
      if (step.test(infos)) return null;
    } else applyLigatures(step, infos);
  }
  if (infos.some((g) => isMark(g.id))) return null;
  const glyphs = infos.map((g) => font.getGlyph(g.id, g.codePoints));
  if (glyphs.some((g) => isDefaultIgnorable(g.codePoints[0] ?? 0))) return null;
  const positions: Position[] = glyphs.map((g) => ({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 }));
  for (const step of plan.gpos) {
    if (step.kind === 'check') {
      if (step.test(glyphs)) return null;
    } else applyKerning(step, glyphs, positions);
  }
  // fontkit fetches the space glyph at the end of every layout (to hide ignorables with it), which
  // decides the code points cached with that glyph: done here too, in the same place.
  font.glyphForCodePoint(0x20);
  // Only where they differ from the glyph's own (a glyph's code points never change once fontkit has
  // made it): most words keep none, so the cache of shaped words stays small.
  let textCodePoints: (number[] | undefined)[] | undefined;
  infos.forEach((g, i) => {
    if (!sameCodePoints(g.own, glyphs[i]!.codePoints)) (textCodePoints ??= [])[i] = g.own;
  });
  return run(glyphs, positions, textCodePoints);
}

function sameCodePoints(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((cp, i) => cp === b[i]);
}

/** fontkit's LayoutEngine.isDefaultIgnorable (from DerivedCoreProperties, as HarfBuzz has it). */
function isDefaultIgnorable(ch: number): boolean {
  const plane = ch >> 16;
  if (plane === 0) {
    switch (ch >> 8) {
      case 0x00: return ch === 0x00ad;
      case 0x03: return ch === 0x034f;
      case 0x06: return ch === 0x061c;
      case 0x17: return ch >= 0x17b4 && ch <= 0x17b5;
      case 0x18: return ch >= 0x180b && ch <= 0x180e;
      case 0x20: return (ch >= 0x200b && ch <= 0x200f) || (ch >= 0x202a && ch <= 0x202e) || (ch >= 0x2060 && ch <= 0x206f);
      case 0xfe: return (ch >= 0xfe00 && ch <= 0xfe0f) || ch === 0xfeff;
      case 0xff: return ch >= 0xfff0 && ch <= 0xfff8;
      default: return false;
    }
  }
  if (plane === 0x01) return (ch >= 0x1bca0 && ch <= 0x1bca3) || (ch >= 0x1d173 && ch <= 0x1d17a);
  if (plane === 0x0e) return ch >= 0xe0000 && ch <= 0xe0fff;
  return false;
}

const installed = new WeakSet<object>();

/**
 * Puts the fast path in front of a fontkit font's layout(), for calls without features (pdfkit's);
 * every other call, and every word the fast path declines, goes to fontkit's own layout.
 */
export function installFastLayout(font: FontkitFont): void {
  if (installed.has(font)) return;
  installed.add(font);
  const plan = makePlan(font);
  if (!plan) return;
  const gdef = font.GDEF?.glyphClassDef;
  const isMark = (gid: number) => classOf(gid, gdef) === 3;
  const original = font.layout.bind(font);
  font.layout = (text: string, ...rest: unknown[]): Run => {
    if (typeof text === 'string' && rest.every((r) => r === undefined)) {
      const fast = shapeFast(font, plan, isMark, text);
      if (fast) return fast;
    }
    return withOwnCodePoints(font, text, original(text, ...rest));
  };
}

/**
 * fontkit's run for a word, with the word's own code points where each glyph stands for one of its
 * characters in order (the glyph its cmap gives that character): fontkit's glyphs carry the code
 * points they were first met by in the process ("‘" for the glyph "ʻ" shares), which would make a
 * guide's ToUnicode map depend on the guides before it in a batch. A run that joins, splits or
 * reorders characters keeps fontkit's.
 */
function withOwnCodePoints(font: FontkitFont, text: string, shaped: Run): Run {
  if (typeof text !== 'string' || shaped.textCodePoints) return shaped;
  const own = [...text].map((c) => c.codePointAt(0)!);
  const { glyphs } = shaped;
  if (glyphs.length !== own.length || !glyphs.every((g, i) => g.id === font._cmapProcessor.lookup(own[i]!))) return shaped;
  let textCodePoints: (number[] | undefined)[] | undefined;
  glyphs.forEach((g, i) => {
    if (!sameCodePoints([own[i]!], g.codePoints)) (textCodePoints ??= [])[i] = [own[i]!];
  });
  if (textCodePoints) (shaped as { textCodePoints?: (number[] | undefined)[] }).textCodePoints = textCodePoints;
  return shaped;
}

/** For tests: the fast path's answer for a word, without falling back (null when it declines). */
export function fastShapeForTest(font: FontkitFont, text: string): Run | null {
  const plan = makePlan(font);
  if (!plan) return null;
  const gdef = font.GDEF?.glyphClassDef;
  return shapeFast(font, plan, (gid) => classOf(gid, gdef) === 3, text);
}
