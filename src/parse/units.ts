/** The reader's working units: blocks with their text stripped and their speaker label read. Pure. */
import type { Block } from './blocks.js';
import { blockText, joinLines } from './blocks.js';
import { isWhollyBold } from './inline.js';
import type { ConfirmedLabels, LabelMatch } from './labels.js';
import { isConfirmed, matchLabel } from './labels.js';

/** One content block, ready for the reader. */
export interface Unit {
  readonly kind: 'para' | 'heading' | 'rule';
  /** Plain text (labels removed). */
  readonly text: string;
  readonly line: number;
  readonly level?: number;
  /** The speaker label that opens it, when it has one. */
  readonly label?: string;
  readonly match?: LabelMatch;
  /** A paragraph set wholly in bold. */
  readonly bold?: boolean;
}

/** The confirmed label that opens a block or line, if any. */
export function confirmedLabel(raw: string, confirmed: ConfirmedLabels): LabelMatch | null {
  const m = matchLabel(raw);
  if (!m || !isConfirmed(m, confirmed)) return null;
  return m;
}

/** Turns kept blocks into units, reading each paragraph's label. */
export function toUnits(blocks: readonly Block[], confirmed: ConfirmedLabels): Unit[] {
  const units: Unit[] = [];
  for (const b of blocks) {
    if (b.kind === 'rule') { units.push({ kind: 'rule', text: '', line: b.line }); continue; }
    if (b.kind === 'heading') {
      const text = blockText(b);
      const m = confirmedLabel(b.raw, confirmed);
      if (m) units.push({ kind: 'para', text: joinLines(m.rest), line: b.line, label: m.label, match: m });
      else if (text) units.push({ kind: 'heading', text, line: b.line, level: b.level ?? 1 });
      continue;
    }
    if (b.kind !== 'para') continue;
    const m = confirmedLabel(b.raw, confirmed);
    if (m) {
      units.push({ kind: 'para', text: joinLines(m.rest), line: b.line, label: m.label, match: m, bold: m.wholeBold });
      continue;
    }
    const text = blockText(b);
    if (text) units.push({ kind: 'para', text, line: b.line, bold: isWhollyBold(b.raw.replace(/\n/g, ' ')) });
  }
  return units;
}

/** Gives a label written as a surname, first name or initials after the full name ("REBECCA MOORE:" then "MOORE:", "Ben Torres:" then "BT:") the full name, so one person is one speaker. */
export function mergeShortLabels(units: readonly Unit[]): Unit[] {
  const firstUse = new Map<string, number>();
  units.forEach((u, i) => { if (u.label !== undefined && !firstUse.has(u.label)) firstUse.set(u.label, i); });
  const labels = [...firstUse.keys()];
  const words = (l: string) => l.replace(/^(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+/i, '').split(/\s+/);
  const full = new Map<string, string>();
  for (const short of labels) {
    if (short.includes(' ') || short.length < 2 || /^(?:Q|A|Question|Answer)$/i.test(short)) continue;
    const longer = labels.filter((l) => {
      const w = words(l);
      const initials = w.map((x) => x.charAt(0)).join('').toUpperCase();
      return w.length >= 2 && firstUse.get(l)! < firstUse.get(short)! && (w[w.length - 1] === short || w[0] === short || initials === short);
    });
    if (longer.length === 1) full.set(short, longer[0]!);
  }
  if (full.size === 0) return [...units];
  return units.map((u) => (u.label !== undefined && full.has(u.label) ? { ...u, label: full.get(u.label)! } : u));
}
