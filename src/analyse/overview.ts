/** A two- or three-sentence overview of the whole interview, built only from its own text and metadata. */
import type { Interview, Speaker } from '../model.js';
import { sentencesOf } from './summary/sentences.js';
import { scoreSentences, rewriteSentence } from './summary/index.js';
import { speakerRef, surnameOf, capitalise, speaksInFirstPerson } from './summary/attribution.js';

const DESCRIBES = /\b(?:discuss(?:es|ed)?|explor(?:es|ed)|examin(?:es|ed)|talk(?:s|ed)? (?:about|with|to)|explain(?:s|ed)?|shar(?:es|ed)|describ(?:es|ed)|argu(?:es|ed)|reflect(?:s|ed)|consider(?:s|ed)|interview(?:s|ed)?)\b/i;

/** "Xia Wenxin, Global Times reporter" style: a name with its role, or the role alone. */
function who(s: Speaker): string | null {
  const name = s.name?.trim() || null;
  const role = s.role?.trim() || null;
  if (name && role) return /^\p{Ll}/u.test(role) ? `${name}, ${/^(?:a|an|the)\s/i.test(role) ? '' : /^[aeiou]/i.test(role) ? 'an ' : 'a '}${role},` : `${name} (${role})`;
  return name ?? (role ? `the ${role}` : null);
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Who talks with whom: from the speakers, or null when the article names no one. */
function participants(iv: Interview): string | null {
  const askers = iv.speakers.filter((s) => s.part === 'interviewer' && (s.name || s.role));
  const answerers = iv.speakers.filter((s) => s.part === 'interviewee');
  const them = answerers.map(who).filter((x): x is string => !!x);
  if (!them.length) return null;
  const asker = askers.map((s) => s.name ?? s.role!).filter(Boolean);
  if (asker.length || iv.publication) {
    const by = asker.length ? `${list(asker)}${iv.publication ? ` of ${iv.publication}` : ''} interviews` : `${iv.publication} interviews`;
    return `${by} ${list(them)}`.replace(/,$/, '') + '.';
  }
  // No named interviewer: say who answers, and where the headline says something beyond their name.
  const names = answerers.map((s) => s.name ?? '').filter(Boolean);
  const title = iv.title?.trim();
  const where = title && !names.some((n) => title.toLowerCase().includes(n.toLowerCase())) ? `In “${title}”, ` : '';
  const who_ = list(them).replace(/,$/, '');
  return `${where}${where ? who_ : capitalise(who_)} ${them.length > 1 ? 'answer' : 'answers'} the questions.`;
}

/** Sentences of the editor's note that say what the interview covers, with speaker labels and pronouns resolved. */
function fromNote(iv: Interview): string[] {
  if (!iv.context.length) return [];
  const labels = iv.speakers.map((s) => s.label).filter((l) => l.length > 1);
  const main = iv.speakers.find((s) => s.part === 'interviewee');
  const surname = main?.name ? surnameOf(main.name) : null;
  const out: string[] = [];
  const all = sentencesOf(iv.context);
  const names = iv.speakers.flatMap((s) => (s.name ? [surnameOf(s.name)] : []));
  for (const s of all) {
    if (!DESCRIBES.test(s.text) || speaksInFirstPerson(s.text) || /\b(?:we|our)\b/i.test(s.text)) continue;
    if (!names.some((n) => s.text.includes(n)) && !/^(?:He|She|They)\s/.test(s.text)) continue;
    // "discusses whether this visit …": the note's opening sentence says which visit.
    if (out.length === 0 && s.index > 0 && /\b(?:this|the) (?:visit|trip|meeting|summit|event|decision|move|crisis|war|deal|election|report|book|film|project)\b/i.test(s.text)) out.push(all[0]!.text);
    let text = s.text;
    for (const l of labels) text = text.replace(new RegExp(`\\s*\\(${l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)`, 'g'), '');
    if (/^(?:He|She|They)\s/.test(text)) {
      if (!surname || out.length === 0) continue;
      text = text.replace(/^(?:He|She|They)\s/, `${surname} `);
    }
    out.push(text.replace(/\s+/g, ' ').trim());
    if (out.length >= 2) break;
  }
  return out;
}

/** Two or three sentences: who talks with whom and about what (from the note or the speakers), and the main claim. */
export function summariseInterview(interview: Interview): string {
  const note = fromNote(interview);
  const out: string[] = [];
  const intro = participants(interview);
  if (note.length && (note[0]!.split(/\s+/).length <= 60 || !intro)) out.push(...note);
  else if (intro) out.push(intro, ...note.slice(0, 1));
  const answers = interview.exchanges.flatMap((e) => e.answer);
  const sentences = sentencesOf(answers);
  if (sentences.length && out.length < 3) {
    const { scores } = scoreSentences(sentences);
    const order = sentences.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
    const main = interview.speakers.find((s) => s.part === 'interviewee');
    const ref = speakerRef({ name: main?.name ?? null, label: main?.label ?? '' });
    const context = answers.map((p) => p.text).join('\n');
    for (const i of order) {
      const s = sentences[i]!;
      if (s.words > 40 || s.words < 8 || /^\p{Ll}/u.test(s.text) || /^(?:VERB|AUX|CCONJ|SCONJ|ADP)$/.test(s.tokens[0]?.pos ?? '')) continue;
      const line = rewriteSentence(s, ref, true, context);
      if (line) {
        out.push(/[.!?]["”’]?$/.test(line) ? line : `${line}.`);
        break;
      }
    }
  }
  return out.slice(0, 3).map((s) => capitalise(s.trim())).join(' ');
}
