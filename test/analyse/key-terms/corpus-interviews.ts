/**
 * Builds Interviews for the seed and the corpus files without the real reader: a little markup
 * clean-up, then simpleInterview. Speakers' names and roles are filled in by hand from each text.
 */
import { readFileSync } from 'node:fs';
import type { Interview, Speaker } from '../../../src/model.js';
import { simpleInterview } from '../../helpers/simple-interview.js';

const CORPUS = new URL('../../fixtures/parse/corpus', import.meta.url).pathname;
const SEED = new URL('../../../input/global-times-canada-china-interview.txt', import.meta.url);

function stripMarkup(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/^\[[^\]]+\]:.*$/gm, '')
    .replace(/\\\[/g, '[').replace(/\\\]/g, ']')
    .replace(/`/g, '')
    .replace(/(^|\s)_([^_]+)_/g, '$1$2');
}

/** Joins hard-wrapped lines into one line per paragraph. */
const paragraphs = (text: string): string[] => text.split(/\n\s*\n/).map((b) => b.replace(/\s*\n\s*/g, ' ').replace(/\u00a0/g, ' ').trim()).filter(Boolean);

function speakers(list: readonly Speaker[]) { return list; }

/** The client's sample article. */
export function seedInterview(): Interview {
  const raw = readFileSync(SEED, 'utf8');
  const body = raw.slice(raw.indexOf("Editor's Note:") + "Editor's Note:".length)
    .split('\n').filter((l) => !/Photo:|^Illustration:/.test(l)).join('\n');
  const base = simpleInterview(body);
  return {
    ...base,
    source: { name: 'global-times-canada-china-interview.txt', format: 'txt' },
    publication: 'Global Times',
    speakers: speakers([
      { label: 'GT', name: 'Xia Wenxin', role: 'reporter for the Global Times', description: 'Xia Wenxin, a Global Times reporter, asks the questions.', part: 'interviewer' },
      { label: 'JCR', name: 'Dr Julián Castro-Rea', role: 'political science professor at the University of Alberta in Canada', description: 'Dr Julián Castro-Rea is a political science professor at the University of Alberta in Canada.', part: 'interviewee' },
    ]),
  };
}

/** Kubernetes blog: "**Frederico (FSM)**:" then "**FSM**:" labels, "##" headings. */
export function k8sInterview(): Interview {
  const text = stripMarkup(readFileSync(`${CORPUS}/01-k8s-sig-arch-code-organization.txt`, 'utf8'));
  const blocks = paragraphs(text).filter((b) => !b.startsWith('#')).map((b) =>
    b.replace(/^\*\*([^*]+?)\*\*:?\s*/, (_m, label: string) => `${/\(([A-Z]+)\)/.exec(label)?.[1] ?? label.trim()}: `));
  const base = simpleInterview(blocks.join('\n\n'));
  return {
    ...base,
    source: { name: '01-k8s-sig-arch-code-organization.txt', format: 'md' },
    publication: 'Kubernetes blog',
    speakers: speakers([
      { label: 'FSM', name: 'Frederico Muñoz', role: null, description: 'Frederico Muñoz asks the questions for the Kubernetes blog.', part: 'interviewer' },
      { label: 'MJ', name: 'Madhav Jivrajani', role: 'member of the Code Organization subproject', description: 'Madhav Jivrajani (VMware) is a member of the Code Organization subproject.', part: 'interviewee' },
    ]),
  };
}

/** Opensource.com: "**Q: …**" / "**A:**", image lines and captions. */
export function muffsyInterview(): Interview {
  const text = stripMarkup(readFileSync(`${CORPUS}/03-opensource-muffsy-open-audio-kits.txt`, 'utf8'));
  const all = paragraphs(text);
  const start = all.findIndex((b) => b.startsWith('Previously'));
  const blocks = all.slice(start).filter((b) => !b.startsWith('#') && !b.startsWith('[#]') && !/^={3,}/.test(b))
    .map((b) => b.replace(/^\*\*Q:\s*(.*?)\*\*$/, 'Q: $1').replace(/^\*\*A:\*\*\s*/, 'A: '))
    // Captions: short lines with no full stop under images.
    .filter((b) => /^[QA]: /.test(b) || /[.!?:)]$/.test(b) || b.split(' ').length > 12);
  const base = simpleInterview(blocks.join('\n\n'));
  return {
    ...base,
    source: { name: '03-opensource-muffsy-open-audio-kits.txt', format: 'md' },
    publication: 'Opensource.com',
    speakers: speakers([
      { label: 'Q', name: 'Chris Hermansen', role: null, description: 'Chris Hermansen asks the questions for Opensource.com.', part: 'interviewer' },
      { label: 'A', name: 'Håvard Skrödahl', role: 'founder of Muffsy', description: 'Håvard Skrödahl is the founder of Muffsy, which sells open audio hardware kits.', part: 'interviewee' },
    ]),
  };
}

/** The Setup: each question a "###" heading, answers under it. */
export function boydInterview(): Interview {
  const text = stripMarkup(readFileSync(`${CORPUS}/10-usesthis-danah-boyd.txt`, 'utf8'));
  const out: string[] = [];
  let first = false;
  for (const b of paragraphs(text)) {
    if (b.startsWith('### ')) { out.push(`Q: ${b.slice(4)}`); first = true; }
    else if (first) { out.push(`A: ${b}`); first = false; }
    else out.push(b);
  }
  const base = simpleInterview(out.join('\n\n'));
  return {
    ...base,
    source: { name: '10-usesthis-danah-boyd.txt', format: 'md' },
    publication: 'The Setup',
    speakers: speakers([
      { label: 'Q', name: null, role: null, description: 'The Setup asks the questions.', part: 'interviewer' },
      { label: 'A', name: 'danah boyd', role: 'researcher at Microsoft Research New England', description: 'danah boyd is a researcher at Microsoft Research New England.', part: 'interviewee' },
    ]),
  };
}

/** White House background call: a long opening statement, "Q" without a colon. */
export function solarwindsInterview(): Interview {
  const text = stripMarkup(readFileSync(`${CORPUS}/07-whitehouse-solarwinds-background-call.txt`, 'utf8'));
  const blocks = paragraphs(text).map((b) => b.replace(/^SENIOR ADMINISTRATION OFFICIAL:\s+/, 'SAO: ').replace(/^Q\s{2,}/, 'Q: '));
  const firstQ = blocks.findIndex((b) => b.startsWith('Q: '));
  const fixed = blocks.map((b, i) => (i < firstQ ? b.replace(/^SAO: /, '') : b));
  const base = simpleInterview(fixed.join('\n\n'));
  return {
    ...base,
    source: { name: '07-whitehouse-solarwinds-background-call.txt', format: 'txt' },
    publication: 'The White House',
    speakers: speakers([
      { label: 'Q', name: null, role: null, description: 'Reporters ask the questions.', part: 'interviewer' },
      { label: 'SAO', name: null, role: 'senior administration official', description: 'A senior administration official answers on background.', part: 'interviewee' },
    ]),
  };
}
