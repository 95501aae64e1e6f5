/**
 * Interviews for the analyse tests, built without the real reader: the seed and two corpus files
 * are cleaned into "LABEL: text" paragraphs and passed to simpleInterview with their metadata.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Interview } from '../../../src/model.js';
import { simpleInterview } from '../../helpers/simple-interview.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const corpus = new URL('../../fixtures/parse/corpus/', import.meta.url).pathname;

function blocks(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((b) => b.replace(/\u00a0/g, ' ').trim()).filter(Boolean);
}

function unlink(s: string): string {
  return s
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The client's sample article. */
export function seedInterview(): Interview {
  const text = readFileSync(`${root}input/global-times-canada-china-interview.txt`, 'utf8');
  const all = blocks(text);
  const start = all.findIndex((b) => b.startsWith('GT:'));
  const noteIndex = all.findIndex((b) => b.startsWith("Editor's Note"));
  const note = all.slice(noteIndex + 1, start).join('\n\n');
  const body = all.slice(start).filter((b) => !/Photo:|^Illustration:/.test(b));
  return simpleInterview([note, ...body].join('\n\n'), {
    source: { name: 'global-times-canada-china-interview.txt', format: 'txt' },
    title: 'Beijing, Ottawa should seize opportunity to build lasting ties beyond US influence',
    kicker: 'OPINION / VIEWPOINT',
    published: '2026-01-15',
    publication: 'Global Times',
    editorsNote: note,
    speakers: [
      { label: 'GT', name: 'Xia Wenxin', role: 'Global Times reporter', description: 'Xia Wenxin, a Global Times reporter, asks the questions.', part: 'interviewer' },
      { label: 'JCR', name: 'Dr Julián Castro-Rea', role: 'political science professor at the University of Alberta in Canada', description: 'Dr Julián Castro-Rea, a political science professor at the University of Alberta in Canada, answers.', part: 'interviewee' },
    ],
  });
}

/** Opensource.com's interview with the maker of Muffsy audio kits (`**Q: …**` / `**A:**`). */
export function muffsyInterview(): Interview {
  const all = blocks(readFileSync(`${corpus}03-opensource-muffsy-open-audio-kits.txt`, 'utf8'));
  const out: string[] = [];
  let afterImage = false;
  let started = false;
  for (const b of all) {
    if (/^\* \* \*/.test(b)) break;
    if (/^\[#\]:|^\[\d+\]:|^=+$|^###|^Designing open audio hardware as DIY kits\n/.test(b)) continue;
    if (/^!\[/.test(b)) { afterImage = true; continue; }
    const q = /^\*\*Q:\s*(.*?)\*\*$/s.exec(b);
    const a = /^\*\*A:\*\*\s*(.*)$/s.exec(b);
    if (afterImage && !q && !a) { afterImage = false; if (!/[.!?]$/.test(b) || b.split(' ').length < 16) continue; }
    afterImage = false;
    if (q) { started = true; out.push(`Q: ${unlink(q[1]!)}`); } else if (a) out.push(`A: ${unlink(a[1]!)}`);
    else if (started || !/^Did you know/.test(b)) out.push(unlink(b));
  }
  const intro = out.slice(0, out.findIndex((b) => b.startsWith('Q: ')));
  return simpleInterview(out.join('\n\n'), {
    source: { name: '03-opensource-muffsy-open-audio-kits.txt', format: 'md' },
    title: 'Designing open audio hardware as DIY kits', kicker: null, published: '2019-08-01',
    publication: 'Opensource.com', author: 'Chris Hermansen', editorsNote: null,
    speakers: [
      { label: 'Q', name: 'Chris Hermansen', role: null, description: 'Chris Hermansen asks the questions.', part: 'interviewer' },
      { label: 'A', name: 'Håvard Skrödahl', role: 'founder of Muffsy', description: 'Håvard Skrödahl, founder of Muffsy, answers.', part: 'interviewee' },
    ],
    context: intro.map((text, i) => ({ number: i + 1, text })),
  });
}

/** The Setup's interview with danah boyd (questions as `###` headings). */
export function boydInterview(): Interview {
  const text = readFileSync(`${corpus}10-usesthis-danah-boyd.txt`, 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
  const out: string[] = [];
  let first = false;
  for (const b of blocks(text)) {
    if (/^\[[^\]]+\]:/.test(b)) continue;
    const h = /^###\s+(.*)$/.exec(b);
    if (h) { out.push(`Q: ${h[1]}`); first = true; continue; }
    out.push(first ? `A: ${unlink(b)}` : unlink(b));
    first = false;
  }
  return simpleInterview(out.join('\n\n'), {
    source: { name: '10-usesthis-danah-boyd.txt', format: 'md' },
    title: 'danah boyd', kicker: null, published: '2009-08-12', publication: 'The Setup', editorsNote: null,
    speakers: [
      { label: 'Q', name: null, role: null, description: 'The Setup asks the questions.', part: 'interviewer' },
      { label: 'A', name: 'danah boyd', role: 'Researcher, Microsoft Research New England', description: 'danah boyd, a researcher at Microsoft Research New England, answers.', part: 'interviewee' },
    ],
  });
}

/** The answerer of an exchange as the summariser wants it. */
export function answererOf(iv: Interview, label: string | undefined): { name: string | null; label: string } {
  const s = iv.speakers.find((x) => x.label === label);
  return { name: s?.name ?? null, label: label ?? '' };
}
