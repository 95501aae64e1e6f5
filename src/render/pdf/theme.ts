/** The PDF's typographic system: page geometry, type sizes, colours and spacing, in points. */
import type { FontRole } from '../fonts.js';

/** Paper sizes the writer supports. */
export type Paper = 'letter' | 'a4';

/** Page geometry for one paper size. */
export interface PageGeometry {
  readonly size: readonly [number, number];
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  /** Baseline area of the running header and footer, inside the top and bottom margins. */
  readonly headerY: number;
  readonly footerY: number;
}

/** Letter (612 × 792) or A4 (595.28 × 841.89), with the same margins. */
export function pageGeometry(paper: Paper): PageGeometry {
  const size: readonly [number, number] = paper === 'a4' ? [595.28, 841.89] : [612, 792];
  const margins = { top: 76, bottom: 72, left: 86, right: 72 };
  return { size, margins, headerY: 40, footerY: size[1] - 50 };
}

/** A text style: face, size and leading (extra space between lines). */
export interface TextStyle {
  readonly font: FontRole;
  readonly size: number;
  readonly lineGap: number;
  readonly color: string;
  readonly characterSpacing?: number;
}

/** Ink colours; all pass WCAG AA on white. */
export const COLORS = {
  ink: '#1b1b1b',
  muted: '#4a4f57',
  accent: '#1d4f7a',
  rule: '#a9b4c0',
  faint: '#c9d1da',
  tint: '#eef3f8',
} as const;

/** The styles every block is set in. */
export const STYLES = {
  // No letter-spacing anywhere: pdftotext and screen readers split spaced-out words ("VIE WPOINT").
  kicker: { font: 'sansBold', size: 9, lineGap: 2, color: COLORS.accent },
  title: { font: 'sansBold', size: 23, lineGap: 3, color: COLORS.ink },
  edition: { font: 'sans', size: 11, lineGap: 2, color: COLORS.muted },
  meta: { font: 'sans', size: 10, lineGap: 3, color: COLORS.ink },
  metaLabel: { font: 'sansBold', size: 10, lineGap: 3, color: COLORS.muted },
  h2: { font: 'sansBold', size: 15.5, lineGap: 2, color: COLORS.accent },
  h3: { font: 'sansBold', size: 10, lineGap: 2, color: COLORS.accent },
  body: { font: 'serif', size: 10.75, lineGap: 3.2, color: COLORS.ink },
  question: { font: 'serifItalic', size: 10.75, lineGap: 3.2, color: COLORS.ink },
  ui: { font: 'sans', size: 10, lineGap: 2.6, color: COLORS.ink },
  uiBold: { font: 'sansBold', size: 10, lineGap: 2.6, color: COLORS.ink },
  note: { font: 'sans', size: 8.8, lineGap: 2.2, color: COLORS.muted },
  noteItalic: { font: 'serifItalic', size: 9.5, lineGap: 2.4, color: COLORS.muted },
  margin: { font: 'sans', size: 8, lineGap: 0, color: COLORS.muted },
  furniture: { font: 'sans', size: 8, lineGap: 0, color: COLORS.muted },
} as const satisfies Record<string, TextStyle>;

/** Vertical rhythm. */
export const SPACE = {
  paragraph: 6,
  afterH2: 8,
  beforeH2: 20,
  beforeH3: 12,
  afterH3: 5,
  item: 7,
  /** Height of one ruled writing line in the student edition. */
  writeLine: 22,
  writeLines: 3,
} as const;
