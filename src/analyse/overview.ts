/** A two- or three-sentence overview of the whole interview, built only from its own text and metadata. */
import type { Interview, Speaker } from '../model.js';
import { sentencesOf } from './summary/sentences.js';
import { isDebatable } from './prompts/cues.js';
import { withoutAsides, isMeta } from './prompts/phrasing.js';
import { scoreSentences, rewriteSentence, thesisWeight } from './summary/index.js';
import { speakerRef, surnameOf, capitalise, speaksInFirstPerson, escapeRegExp } from './summary/attribution.js';
import { testRepeat } from './repeats.js';

const DESCRIBES = /\b(?:discuss(?:es|ed)?|explor(?:es|ed)|examin(?:es|ed)|talk(?:s|ed)? (?:about|with|to)|explain(?:s|ed)?|shar(?:es|ed)|describ(?:es|ed)|argu(?:es|ed)|reflect(?:s|ed)|consider(?:s|ed)|interview(?:s|ed)?)\b/i;

/** "Xia Wenxin, Global Times reporter" style: a name with its role, or the role alone. */
function who(s: Speaker): string | null {
  const name = s.name?.trim() || null;
  const role = s.role?.trim() || null;
  if (name && role) return /^\p{Ll}/u.test(role) ? `${name}, ${/^(?:a|an|the)\s/i.test(role) ? '' : /^[aeiou]/i.test(role) ? 'an ' : 'a '}${role},` : `${name} (${role})`;
  return name ?? (role ? `the ${role}` : null);
}

function list(items: readonly string[]): string {
  // A role's closing comma ("Jane Doe, a researcher,") gives way to the list's own.
  const inner = items.slice(0, -1).map((item) => item.replace(/,$/, ''));
  return items.length <= 1 ? items.join('') : `${inner.join(', ')} and ${items[items.length - 1]}`;
}

/** Who talks with whom: from the speakers, or null when the article names no one. */
function participants(iv: Interview): string | null {
  const askers = iv.speakers.filter((s) => s.part === 'interviewer' && (s.name || s.role));
  const answerers = iv.speakers.filter((s) => s.part === 'interviewee');
  const them = answerers.map(who).filter((x): x is string => !!x);
  if (!them.length) return null;
  // "Interviewer interviews Dr Patel": a role that only names the part says nothing.
  const asker = askers.map((s) => s.name ?? s.role!).filter((a) => a && !/^(?:the\s+)?(?:interviewer|questioner|host|moderator|q)$/i.test(a));
  const publisher = iv.publication ?? null;
  // A web address names where the text was published, not who asked: "bidenwhitehouse.archives.gov interviews …" is wrong.
  const site = publisher !== null && /^[\w-]+(?:\.[\w-]+)+$/.test(publisher);
  if (asker.length || (publisher && !site)) {
    // "The Daily Planet of The Daily Planet": a byline that is the publication's own name is said once.
    const of = publisher && !asker.some((a) => a.toLowerCase() === publisher.toLowerCase()) ? ` of ${publisher}` : '';
    const by = asker.length ? `${list(asker)}${of} ${asker.length > 1 ? 'interview' : 'interviews'}` : `${publisher} interviews`;
    return `${by} ${list(them)}`.replace(/,$/, '') + '.';
  }
  // No named interviewer: say who answers, and where the headline says something beyond their name.
  const names = answerers.map((s) => s.name ?? '').filter(Boolean);
  const title = iv.title?.trim();
  const where = title && !names.some((n) => title.toLowerCase().includes(n.toLowerCase())) ? `In “${title}”, ` : '';
  // "Jane Doe, a researcher at X, answers": the role's closing comma stays, as a verb follows.
  const who_ = list(them);
  return `${where}${where ? who_ : sentenceStart(who_, iv)} ${them.length > 1 ? 'answer' : 'answers'} the questions.`;
}

/** Capitalised to start a sentence, unless it starts with a name its owner writes in lower case ("danah boyd", "boyd", "u/lava_lab_lucia"). */
function sentenceStart(text: string, iv: Interview): string {
  const lowerNames = iv.speakers.flatMap((s) => [s.name ?? '', s.name ? surnameOf(s.name) : '', s.label]).filter((n) => /^\p{Ll}/u.test(n));
  return lowerNames.some((n) => text.startsWith(n) && !/^[\p{L}\p{N}]/u.test(text.slice(n.length))) ? text : capitalise(text);
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

/**
 * Two or three sentences. The guide prints the editor's note just above the overview, so when there
 * is one the overview does not repeat it: it gives the interviewee's main claims, from different
 * answers. Without a note it says first who talks with whom.
 */
export function summariseInterview(interview: Interview): string {
  const out: string[] = [];
  // The note already says who talks with whom when it describes the interview in the third person.
  const intro = fromNote(interview).length ? null : participants(interview);
  if (intro) out.push(intro);
  const claims = mainClaims(interview, intro ? 2 : 3);
  out.push(...claims);
  // Nothing to claim (no answers that can be reported): fall back on the note's own words.
  if (!claims.length) out.push(...(fromNote(interview).length ? fromNote(interview) : !intro && participants(interview) ? [participants(interview)!] : []));
  // A name written in lower case ("danah boyd", "u/lava_lab_lucia") keeps it at the start of a sentence.
  return out.slice(0, 3).map((s) => sentenceStart(s.trim(), interview)).join(' ');
}

/** The interviewee's main claims: the most central answer sentences, thesis sentences first, at most one per answer. */
function mainClaims(interview: Interview, max: number): string[] {
  const answers = interview.exchanges.flatMap((e) => e.answer);
  const sentences = sentencesOf(answers);
  if (!sentences.length) return [];
  const section = new Map(interview.exchanges.flatMap((e) => e.answer.map((p) => [p.number, e.number] as const)));
  const { scores } = scoreSentences(sentences);
  // Claims a reader can weigh (advice, judgements, forecasts, causes) lead; then the most central others.
  const weighted = scores.map((x, i) => x * thesisWeight(sentences[i]!, sentences) * (isDebatable(sentences[i]!) ? 1.5 : 1));
  const order = sentences.map((_, i) => i).sort((a, b) => weighted[b]! - weighted[a]! || a - b);
  const main = interview.speakers.find((s) => s.part === 'interviewee');
  const ref = speakerRef({ name: main?.name ?? null, label: main?.label ?? '' });
  const context = answers.map((p) => p.text).join('\n');
  const out: { i: number; line: string }[] = [];
  const used = new Set<number>();
  for (const i of order) {
    if (out.length >= max) break;
    const s = sentences[i]!;
    if (s.words > 40 || s.words < 8 || /^\p{Ll}/u.test(s.text) || /^(?:VERB|AUX|CCONJ|SCONJ|ADP)$/.test(s.tokens[0]?.pos ?? '') || /\?\s*["”’]?$/.test(s.text)) continue;
    // Conditions, answers that lean on the question ("Precisely, because …") and an unexplained "we" do not stand alone.
    if (isMeta(s.text) || /^(?:if|when|whether|unless)\b|^\p{L}+,\s+(?:because|since|if|when)\b/iu.test(s.text) || (!speaksInFirstPerson(s.text) && /\b(?:we|our|us)\b/i.test(s.text.replace(/“[^”]*”|"[^"]*"/g, '')))) continue;
    const from = section.get(s.paragraph) ?? 0;
    if (used.has(from)) continue;
    const raw = rewriteSentence(s, ref, true, context);
    const line = raw && !raw.includes(': “') ? withoutAsides(raw) : raw;
    // Only a whole, clean claim that names its speaker: no broken-off speech ("the —"), no doubled words.
    if (!line || !line.startsWith(ref.subject) || /\s[—–]\s|^\p{L}+ly\b/u.test(s.text) || testRepeat(/(?:^|[^\p{L}])(\p{L}+(?: \p{L}+)?) \1(?![\p{L}])/iu, s.text)) continue;
    used.add(from);
    out.push({ i, line: /[.!?]["”’]?$/.test(line) ? line : `${line}.` });
  }
  // In the order the interview makes them; the speaker is named once, then "also".
  return out.sort((a, b) => a.i - b.i).map((x, k) => (k === 0 ? x.line : x.line.replace(new RegExp(`^${escapeRegExp(ref.subject)} (says|argues) that `), `${ref.subject} also $1 that `).replace(new RegExp(`^${escapeRegExp(ref.subject)} says: `), `${ref.subject} adds: `)));
}
