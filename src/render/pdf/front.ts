/** The opening of the guide: title block, the teacher's lesson plan, and "Before you read". */
import type { Edition, Guide, Speaker } from '../../model.js';
import { formatCitation, formatDate, formatSectionCount, lessonOutline, speakerName, whoIsWho } from '../format.js';
import { firstTurnRuns, formatCount, heading2, heading3, paragraph, paragraphStart, promptList, promptListStart, turns } from './blocks.js';
import type { Flow, Run, Struct } from './flow.js';
import { COLORS, SPACE, STYLES } from './theme.js';

/** "Xia Wenxin, Global Times reporter"; for someone the article does not name, what they are, with their label where it says something else: "Interviewer (Q)", "Senior administration official". */
function who(guide: Guide, speaker: Speaker): string {
  if (speaker.name) return speaker.role ? `${speaker.name}, ${speaker.role}` : speaker.name;
  const what = speakerName(guide, speaker.label);
  return what.toLowerCase() === speaker.label.toLowerCase() ? what : `${what} (${speaker.label})`;
}

/** A label and its value side by side, as one paragraph. */
function metaRow(flow: Flow, parent: Struct, label: string, value: string): void {
  const labelWidth = 74;
  const box = { x: flow.column.x + labelWidth, width: flow.column.width - labelWidth };
  const height = flow.measure([{ text: value, style: STYLES.meta }], box);
  flow.ensure(height);
  const y = flow.y;
  const element = flow.tag(parent, 'P');
  element.add(() => flow.write([{ text: `${label} `, style: STYLES.metaLabel }], { x: flow.column.x, width: labelWidth - 8 }, { y }));
  element.add(() => flow.write([{ text: value, style: STYLES.meta }], box, { y }));
  element.end();
  flow.y = y + height + 2;
}

/** Headline, kicker, edition, course, source and who is speaking. */
export function titleBlock(flow: Flow, root: Struct, guide: Guide, edition: Edition): void {
  const { column } = flow;
  flow.rule(flow.top - 14, COLORS.accent, 2.5);
  if (guide.kicker) paragraph(flow, root, [{ text: guide.kicker.toUpperCase(), style: STYLES.kicker }], { after: 6 });
  flow.leaf(root, 'H1', () => flow.write([{ text: guide.title, style: STYLES.title }]));
  flow.y += 4;
  const label = edition === 'teacher' ? 'Discussion guide · Teacher edition' : 'Discussion guide · Student edition';
  paragraph(flow, root, [{ text: guide.course ? `${label} · ${guide.course}` : label, style: STYLES.edition }], { after: 12 });
  flow.rule(flow.y, COLORS.rule, 0.6, column);
  flow.y += 10;
  const published = formatDate(guide.published);
  const source = [guide.publication, published].filter(Boolean).join(', ') || formatCitation(guide);
  metaRow(flow, root, 'Source', guide.author ? `${source}; by ${guide.author}` : source);
  for (const part of ['interviewer', 'moderator', 'interviewee'] as const) {
    const people = guide.speakers.filter((s) => s.part === part);
    if (people.length === 0) continue;
    metaRow(flow, root, part === 'interviewee' ? 'Answers' : part === 'moderator' ? 'Chairs' : 'Asks', people.map((p) => who(guide, p)).join('; '));
  }
  const r = guide.readability;
  metaRow(flow, root, 'Reading', `${formatSectionCount(guide.sections)}, ${formatCount(r.words)} words, about ${r.minutes} minute${r.minutes === 1 ? '' : 's'}`);
  flow.y += 6;
  flow.rule(flow.y, COLORS.rule, 0.6, column);
  flow.y += 4;
  if (edition === 'student') nameLines(flow);
}

/** "Name / Class / Date" with lines to write on: paper only, so an artifact. */
function nameLines(flow: Flow): void {
  const fields = [['Name', 0.5], ['Class', 0.25], ['Date', 0.25]] as const;
  const y = flow.y + 18;
  const gap = 14;
  let x = flow.column.x;
  flow.artifact(() => {
    for (const [label, share] of fields) {
      const width = (flow.column.width - gap * (fields.length - 1)) * share;
      flow.write([{ text: label, style: STYLES.metaLabel }], { x, width }, { y });
      flow.use(STYLES.metaLabel);
      const start = x + flow.doc.widthOfString(label) + 6;
      const lineY = y + flow.lineHeight(STYLES.metaLabel) - 3;
      flow.doc.save().moveTo(start, lineY).lineTo(x + width, lineY).lineWidth(0.6).strokeColor(COLORS.rule).stroke().restore();
      x += width + gap;
    }
  });
  flow.y = y + flow.lineHeight(STYLES.metaLabel) + 6;
}

/** The teacher's lesson outline and the article's reading figures. */
export function lessonPlan(flow: Flow, root: Struct, guide: Guide): void {
  const sect = flow.tag(root, 'Sect');
  heading2(flow, sect, 'Lesson plan');
  const steps = lessonOutline(guide);
  const total = steps.reduce((n, s) => n + s.minutes, 0);
  const list = flow.tag(sect, 'L');
  const stepBox = { x: flow.column.x, width: 104 };
  const minutesBox = { x: flow.column.x + 104, width: 44 };
  const body = { x: flow.column.x + 160, width: flow.column.width - 160 };
  for (const step of steps) {
    const height = Math.max(flow.measure([{ text: step.what, style: STYLES.ui }], body), flow.measure([{ text: step.step, style: STYLES.uiBold }], stepBox));
    flow.ensure(height);
    const y = flow.y;
    const item = flow.tag(list, 'LI');
    const label = flow.tag(item, 'Lbl');
    label.add(() => flow.write([{ text: `${step.step} `, style: STYLES.uiBold }], stepBox, { y }));
    label.add(() => flow.write([{ text: `${step.minutes} min`, style: { ...STYLES.ui, color: COLORS.muted } }], minutesBox, { align: 'right', y }));
    label.end();
    flow.leaf(item, 'LBody', () => flow.write([{ text: step.what, style: STYLES.ui }], body, { y }));
    item.end();
    flow.y = y + height + SPACE.paragraph;
  }
  list.end();
  const r = guide.readability;
  const runs: Run[] = [
    { text: `Total: about ${total} minutes. `, style: STYLES.uiBold },
    { text: `Reading level of the whole article: Flesch–Kincaid grade ${r.grade.toFixed(1)}; ${formatCount(r.words)} words in ${r.sentences} sentences; about ${r.minutes} minutes to read at 200 words a minute.`, style: STYLES.ui },
  ];
  flow.y += 2;
  paragraph(flow, sect, runs);
  sect.end();
}

/** Who is speaking, the context (editor's note), the interview in brief and the anticipation prompts: the Markdown's headings. */
export function beforeReading(flow: Flow, root: Struct, guide: Guide, edition: Edition): void {
  const sect = flow.tag(root, 'Sect');
  heading2(flow, sect, 'Before you read');
  if (guide.speakers.length) {
    const rows = guide.speakers.map((s): Run[] => {
      const { name, about } = whoIsWho(s);
      return [
        { text: name, style: STYLES.uiBold },
        { text: ` — ${about}`, style: STYLES.ui },
      ];
    });
    heading3(flow, sect, 'Who is speaking', paragraphStart(flow, rows[0]!));
    for (const runs of rows) paragraph(flow, sect, runs);
  }
  if (guide.context.length || guide.editorsNote) {
    const first = guide.context.length ? firstTurnRuns(guide, guide.context) : [{ text: guide.editorsNote ?? '', style: STYLES.body }];
    heading3(flow, sect, guide.editorsNote ? 'Context: the editor’s note' : 'Context', paragraphStart(flow, first));
    if (guide.context.length) turns(flow, sect, guide, guide.context);
    else paragraph(flow, sect, first);
  }
  if (guide.overview) {
    const runs = [{ text: guide.overview, style: STYLES.ui }];
    heading3(flow, sect, 'The interview in brief', paragraphStart(flow, runs));
    paragraph(flow, sect, runs);
  }
  if (guide.beforeReading.length) {
    const options = { edition, lines: 2 };
    heading3(flow, sect, 'Think before you read', promptListStart(flow, guide.beforeReading, options));
    promptList(flow, sect, guide.beforeReading, options);
  }
  sect.end();
}
