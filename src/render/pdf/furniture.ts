/** Running header and footer, drawn on every page once the page count is known, as artifacts. */
import type { Edition, Guide } from '../../model.js';
import { formatCitation } from '../format.js';
import type { Flow } from './flow.js';
import { COLORS, STYLES } from './theme.js';

/**
 * The text shortened with an ellipsis until it fits the width, in the furniture's style (which it
 * sets). `fitted` keeps what it found: the title and the source are fitted on every page.
 */
function fit(flow: Flow, text: string, width: number, fitted: Map<string, string>): string {
  flow.use(STYLES.furniture);
  const key = `${width}\u0000${text}`;
  const known = fitted.get(key);
  if (known !== undefined) return known;
  let result = text;
  if (flow.doc.widthOfString(text) > width) {
    const words = text.split(' ');
    while (words.length > 1 && flow.doc.widthOfString(`${words.join(' ')}…`) > width) words.pop();
    result = `${words.join(' ').replace(/[,;:.\s]+$/, '')}…`;
  }
  fitted.set(key, result);
  return result;
}

/** Header (title, edition; not on the first page) and footer (source, "Page X of Y") on each page. */
export function drawFurniture(flow: Flow, guide: Guide, edition: Edition): void {
  const { doc, geometry, column } = flow;
  const range = doc.bufferedPageRange();
  const citation = formatCitation(guide);
  const editionName = edition === 'teacher' ? 'Teacher edition' : 'Student edition';
  const half = column.width / 2;
  const fitted = new Map<string, string>();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const margins = doc.page.margins;
    const saved = { top: margins.top, bottom: margins.bottom };
    // Furniture sits in the margins; lift them so pdfkit does not start a new page for it.
    margins.top = 0;
    margins.bottom = 0;
    flow.artifact(() => {
      const pageNo = `Page ${i + 1} of ${range.count}`;
      if (i > range.start) {
        const title = fit(flow, flow.guard.clean(guide.title, STYLES.furniture.font), column.width - 110, fitted);
        flow.write([{ text: title, style: STYLES.furniture }], { x: column.x, width: column.width - 100 }, { y: geometry.headerY });
        flow.write([{ text: editionName, style: STYLES.furniture }], { x: column.x + column.width - 100, width: 100 }, { align: 'right', y: geometry.headerY });
        const ruleY = geometry.headerY + 14;
        doc.save().moveTo(column.x, ruleY).lineTo(column.x + column.width, ruleY).lineWidth(0.5).strokeColor(COLORS.faint).stroke().restore();
      }
      const footY = geometry.footerY;
      doc.save().moveTo(column.x, footY - 8).lineTo(column.x + column.width, footY - 8).lineWidth(0.5).strokeColor(COLORS.faint).stroke().restore();
      flow.write([{ text: fit(flow, citation, half + 40, fitted), style: STYLES.furniture }], { x: column.x, width: half + 50 }, { y: footY });
      flow.write([{ text: pageNo, style: STYLES.furniture }], { x: column.x + half, width: half }, { align: 'right', y: footY });
    }, 'Pagination');
    margins.top = saved.top;
    margins.bottom = saved.bottom;
  }
}
