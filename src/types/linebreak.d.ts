/** The parts of the linebreak package (UAX #14, the breaker pdfkit's LineWrapper uses) that ./render/pdf/line-breaks.ts calls. */
declare module 'linebreak' {
  export default class LineBreaker {
    constructor(text: string);
    /** The next break opportunity, or null after the last. */
    nextBreak(): { position: number; required: boolean } | null;
  }
}
