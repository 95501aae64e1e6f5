/**
 * pdfkit's fillColor and strokeColor for the guide's colours ("#1a2533"): every call parses the
 * hex, divides each channel by 255 and prints the three numbers, and the guide sets a colour before
 * nearly every text it measures or sets, and every rule and writing line it draws (tens of thousands
 * of times in a long guide). The operators depend on the colour alone, so they are made once per
 * colour; the document gets the same operators in the same order, and the same state, as pdfkit's
 * own methods give it. Other colours (names, arrays, gradients, patterns, spot colours) go to pdfkit.
 */
import { PDFDocument } from './pdfkit.js';

interface DocInternals {
  addContent(data: string): unknown;
  fillOpacity(opacity?: number): unknown;
  strokeOpacity(opacity?: number): unknown;
  _fillColor: unknown;
}

type SetColor = (this: DocInternals, color: unknown, opacity?: number) => DocInternals;

/** A six-digit hex colour, the only kind this path takes. */
const HEX6 = /^#[0-9a-f]{6}$/i;

/** The content operators pdfkit's _setColorCore writes for a six-digit hex colour (DeviceRGB), by stroke and colour. */
const operators = [new Map<string, readonly [string, string]>(), new Map<string, readonly [string, string]>()] as const;

/** The operators for a hex colour, as pdfkit writes them: the colour space, then the channels over 255. */
function colorOperators(color: string, stroke: boolean): readonly [string, string] {
  const table = operators[stroke ? 1 : 0];
  let ops = table.get(color);
  if (!ops) {
    const hex = parseInt(color.slice(1), 16);
    const channels = [hex >> 16, (hex >> 8) & 0xff, hex & 0xff].map((part) => part / 255);
    ops = stroke ? ['/DeviceRGB CS', `${channels.join(' ')} SCN`] : ['/DeviceRGB cs', `${channels.join(' ')} scn`];
    table.set(color, ops);
  }
  return ops;
}

const INSTALLED = Symbol.for('discussion-guide.color-operators');

/** Makes pdfkit's fillColor and strokeColor write a hex colour's operators from the tables above (once per process). */
export function installColorOperators(): void {
  const proto = PDFDocument.prototype as unknown as { fillColor: SetColor; strokeColor: SetColor; [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  proto.fillColor = fromTable(proto.fillColor, false);
  proto.strokeColor = fromTable(proto.strokeColor, true);
}

/** pdfkit's fillColor (or strokeColor), with a hex colour's operators from the table. */
function fromTable(original: SetColor, stroke: boolean): SetColor {
  return function (this: DocInternals, color: unknown, opacity?: number): DocInternals {
    if (typeof color !== 'string' || !HEX6.test(color)) return original.call(this, color, opacity);
    const [space, channels] = colorOperators(color, stroke);
    this.addContent(space);
    this.addContent(channels);
    if (stroke) {
      this.strokeOpacity(opacity);
    } else {
      this.fillOpacity(opacity);
      this._fillColor = [color, opacity];
    }
    return this;
  };
}
