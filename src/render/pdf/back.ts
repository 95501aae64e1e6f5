/** The close of the guide: the interview's closing words, after reading, reading critically, and the glossary. */
import type { Edition, Guide } from '../../model.js';
import { formatKind } from '../format.js';
import { firstTurnRuns, heading2, paragraph, paragraphStart, promptList, promptListStart, sourceNote, turns } from './blocks.js';
import type { Flow, Run, Struct } from './flow.js';
import { COLORS, SPACE, STYLES } from './theme.js';

/** The words after the last answer (a sign-off, closing remarks), numbered, with who says them. */
export function closing(flow: Flow, root: Struct, guide: Guide): void {
  const paragraphs = guide.closing ?? [];
  if (paragraphs.length === 0) return;
  const sect = flow.tag(root, 'Sect');
  heading2(flow, sect, 'End of the interview', paragraphStart(flow, firstTurnRuns(guide, paragraphs)));
  turns(flow, sect, guide, paragraphs);
  sect.end();
}

/** "After reading" and, for opinion or loaded questions, "Reading critically". */
export function afterReading(flow: Flow, root: Struct, guide: Guide, edition: Edition): void {
  const options = { edition, lines: SPACE.writeLines };
  for (const [title, prompts] of [['After reading', guide.afterReading], ['Reading critically', guide.readingCritically]] as const) {
    if (prompts.length === 0) continue;
    const sect = flow.tag(root, 'Sect');
    heading2(flow, sect, title, promptListStart(flow, prompts, options));
    promptList(flow, sect, prompts, options);
    sect.end();
  }
}

/** Every key term with its definition and the sections it appears in. */
export function glossary(flow: Flow, root: Struct, guide: Guide, edition: Edition): void {
  if (guide.glossary.length === 0) return;
  const sect = flow.tag(root, 'Sect');
  const muted = { ...STYLES.ui, color: COLORS.muted };
  const rows = guide.glossary.map((entry): Run[] => {
    const where = entry.sections.length ? `section${entry.sections.length === 1 ? '' : 's'} ${entry.sections.join(', ')}` : '';
    const source = sourceNote(entry.source, edition, entry.sourceWord);
    return [
      { text: entry.term, style: STYLES.uiBold },
      { text: ` (${[formatKind(entry.kind), where].filter(Boolean).join('; ')})`, style: muted },
      { text: ` — ${entry.definition}${source}`, style: STYLES.ui },
    ];
  });
  heading2(flow, sect, 'Glossary', paragraphStart(flow, rows[0]!));
  const list = flow.tag(sect, 'L');
  for (const runs of rows) {
    const item = flow.tag(list, 'LI');
    paragraph(flow, item, runs, { type: 'LBody', after: SPACE.paragraph - 1 });
    item.end();
  }
  list.end();
  sect.end();
}
