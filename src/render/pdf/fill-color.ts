/**
 * pdfkit's fillColor for the guide's colours ("#1a2533"): every call parses the hex, divides each
 * channel by 255 and prints the three numbers, and the guide sets a colour before nearly every
 * text it measures or sets (tens of thousands of times in a long guide). The operators depend on
 * the colour alone, so they are made once per colour; the document gets the same operators in the
 * same order, and the same state, as pdfkit's own fillColor gives it. Other colours (names, arrays,
 * gradients, patterns, spot colours) go to pdfkit.
 */
import { PDFDocument } from './pdfkit.js';

interface DocInternals {
  addContent(data: string): unknown;
  fillOpacity(opacity?: number): unknown;
  _fillColor: unknown;
  spotColors: Record<string, unknown>;
}

type FillColor = (this: DocInternals, color: unknown, opacity?: number) => DocInternals;

/** A six-digit hex colour, the only kind this path takes. */
const HEX6 = /^#[0-9a-f]{6}$/i;

/** The content operators pdfkit's _setColorCore writes for a six-digit hex colour (DeviceRGB). */
const operators = new Map<string, readonly [string, string]>();

/** The operators for a hex colour, as pdfkit writes them: the colour space, then the channels over 255. */
export function fillOperators(color: string): readonly [string, string] {
  let ops = operators.get(color);
  if (!ops) {
    const hex = parseInt(color.slice(1), 16);
    const channels = [hex >> 16, (hex >> 8) & 0xff, hex & 0xff].map((part) => part / 255);
    ops = ['/DeviceRGB cs', `${channels.join(' ')} scn`];
    operators.set(color, ops);
  }
  return ops;
}

const INSTALLED = Symbol.for('discussion-guide.fill-color');

/** Makes pdfkit's fillColor write a hex colour's operators from the table above (once per process). */
export function installFillColor(): void {
  const proto = PDFDocument.prototype as unknown as { fillColor: FillColor; [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const original = proto.fillColor;
  proto.fillColor = function fillColor(this: DocInternals, color: unknown, opacity?: number): DocInternals {
    if (typeof color !== 'string' || !HEX6.test(color)) return original.call(this, color, opacity);
    const [space, channels] = fillOperators(color);
    this.addContent(space);
    this.addContent(channels);
    this.fillOpacity(opacity);
    this._fillColor = [color, opacity];
    return this;
  };
}
