/** The close of the guide: after reading, reading critically, and the glossary. */
import type { Edition, Guide } from '../../model.js';
import { formatKind, formatSource } from '../format.js';
import { heading2, paragraph, promptList } from './blocks.js';
import type { Flow, Run, Struct } from './flow.js';
import { COLORS, SPACE, STYLES } from './theme.js';

/** "After reading" and, for opinion or loaded questions, "Reading critically". */
export function afterReading(flow: Flow, root: Struct, guide: Guide, edition: Edition): void {
  const promptRoom = flow.lineHeight(STYLES.ui) * 2 + (edition === 'student' ? SPACE.writeLine * 3 : 0);
  if (guide.afterReading.length) {
    const sect = flow.tag(root, 'Sect');
    heading2(flow, sect, 'After reading', promptRoom);
    promptList(flow, sect, guide.afterReading, { edition, lines: SPACE.writeLines });
    sect.end();
  }
  if (guide.readingCritically.length) {
    const sect = flow.tag(root, 'Sect');
    heading2(flow, sect, 'Reading critically', promptRoom);
    promptList(flow, sect, guide.readingCritically, { edition, lines: SPACE.writeLines });
    sect.end();
  }
}

/** Every key term with its definition and the sections it appears in. */
export function glossary(flow: Flow, root: Struct, guide: Guide, edition: Edition): void {
  if (guide.glossary.length === 0) return;
  const sect = flow.tag(root, 'Sect');
  heading2(flow, sect, 'Glossary', flow.lineHeight(STYLES.ui) * 3);
  const list = flow.tag(sect, 'L');
  const muted = { ...STYLES.ui, color: COLORS.muted };
  for (const entry of guide.glossary) {
    const where = entry.sections.length ? `section${entry.sections.length === 1 ? '' : 's'} ${entry.sections.join(', ')}` : '';
    const runs: Run[] = [
      { text: entry.term, style: STYLES.uiBold },
      { text: ` (${[formatKind(entry.kind), where].filter(Boolean).join('; ')})`, style: muted },
      { text: ` — ${entry.definition}`, style: STYLES.ui },
      ...(edition === 'teacher' ? [{ text: ` Source:\u00a0${formatSource(entry.source).replace(/ /g, '\u00a0')}.`, style: muted }] : []),
    ];
    const item = flow.tag(list, 'LI');
    paragraph(flow, item, runs, { type: 'LBody', after: SPACE.paragraph - 1 });
    item.end();
  }
  list.end();
  sect.end();
}
