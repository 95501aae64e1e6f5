/** Who asks, who answers, who moderates: decided from the evidence in the text, with a warning when it is a guess. Pure. */
import type { SpeakerPart, Warning } from '../model.js';
import type { Turn } from './turns.js';

/** The part each label plays, and what was assumed. */
export interface Parts {
  readonly parts: ReadonlyMap<string, SpeakerPart>;
  readonly askers: ReadonlySet<string>;
  readonly warnings: Warning[];
}

const ASKS = /^(?:Q|Question|QUESTION|Interviewer|INTERVIEWER)$/;
const ANSWERS = /^(?:A|Answer|ANSWER|Interviewee|INTERVIEWEE)$/;
const REQUEST = /\b(?:could you|can you|would you|will you|tell us|tell me|talk (?:a little |a bit )?about|walk us|explain|describe|elaborate|give us|share|what about|how about|I(?:'m| am| was) (?:wondering|curious|interested)|I wonder|do you|did you|are you|is there|what|why|how|when|where|which|who)\b/i;

// A turn that asks without a question mark: "Tell us about the early years."
/** True for a prompt that asks without a question mark ("Tell me about…", "Describe…"). */
export function opensWithRequest(text: string): boolean {
  return ASKING_START.test(text);
}

const ASKING_START = /^(?:(?:so|and|now|finally|lastly|first|ok|okay),?\s+)?(?:tell us|tell me|talk (?:to us |me )?(?:a (?:little|bit) )?about|describe|explain|walk (?:us|me) through|give us|take us|share|let['’]?s talk|could you|can you|would you|I(?:['’]d| would) like you to)\b/i;

interface Stats { turns: number; questions: number; words: number; first: number }

/** True when a turn reads as a question: it has a question mark or asks in other words. */
export function turnAsks(turn: Turn): boolean {
  const text = turn.paras.map((p) => p.text).join(' ');
  return text.includes('?') || REQUEST.test(text);
}

/** Decides each label's part. `hints` are parts the article states (an editor's note naming the reporter, say). */
export function decideParts(turns: readonly Turn[], hints: ReadonlyMap<string, SpeakerPart>): Parts {
  const stats = new Map<string, Stats>();
  turns.forEach((t, i) => {
    if (t.label === null) return;
    const s = stats.get(t.label) ?? { turns: 0, questions: 0, words: 0, first: i };
    const text = t.paras.map((p) => p.text).join(' ');
    s.turns++;
    if (text.includes('?') || ASKING_START.test(text)) s.questions++;
    s.words += text.split(/\s+/).filter(Boolean).length;
    stats.set(t.label, s);
  });
  const labels = [...stats.keys()];
  const warnings: Warning[] = [];
  const parts = new Map<string, SpeakerPart>();
  const askers = new Set<string>();
  for (const l of labels) {
    if (ASKS.test(l)) askers.add(l);
    else if (hints.get(l) === 'interviewer') askers.add(l);
  }
  // Many people asking once each, one person answering them all (an AMA, a reader Q&A).
  if (askers.size === 0 && labels.length >= 3) {
    const main = [...labels].sort((a, b) => stats.get(b)!.turns - stats.get(a)!.turns)[0]!;
    const crowd = labels.filter((l) => l !== main);
    if (stats.get(main)!.turns >= 2 && crowd.every((l) => stats.get(l)!.turns === 1 && stats.get(l)!.questions === 1 && hints.get(l) !== 'interviewee')) for (const l of crowd) askers.add(l);
  }
  if (askers.size === 0 && labels.length > 0) {
    const ratio = (l: string) => { const s = stats.get(l)!; return s.questions / s.turns; };
    const perTurn = (l: string) => { const s = stats.get(l)!; return s.words / s.turns; };
    const candidates = labels.filter((l) => !ANSWERS.test(l) && hints.get(l) !== 'interviewee');
    const pool = candidates.length ? candidates : labels;
    const ranked = [...pool].sort((a, b) => ratio(b) - ratio(a) || perTurn(a) - perTurn(b) || stats.get(a)!.first - stats.get(b)!.first);
    const best = ranked[0]!;
    askers.add(best);
    const others = labels.filter((l) => l !== best);
    const clear = others.length > 0 && ratio(best) >= 0.5 && others.every((l) => ratio(l) <= ratio(best) - 0.3) && others.some((l) => perTurn(l) > perTurn(best));
    const decided = candidates.length < labels.length && candidates.length === 1;
    if (!clear && !decided) {
      const why = others.length === 0
        ? 'it is the only speaker label'
        : `its turns hold the most questions (${stats.get(best)!.questions} of ${stats.get(best)!.turns}) and it speaks ${stats.get(best)!.first === 0 ? 'first' : 'in turn with the others'}`;
      warnings.push({ code: 'ASSUMED_ASKER', message: `Assumed that ${best} asks the questions because ${why}; check the speakers.` });
    }
    // A second interviewer: asks in most turns and talks less per turn than those who answer.
    for (const l of others) {
      if (hints.get(l) === 'interviewee' || ANSWERS.test(l)) continue;
      if (stats.get(l)!.turns >= 2 && ratio(l) >= 0.6 && perTurn(l) <= perTurn(best) * 1.5) askers.add(l);
    }
  }
  // The main answerer is who speaks right after the questions most often (then who says most).
  const replies = new Map<string, number>();
  turns.forEach((t, i) => { const prev = turns[i - 1]; if (t.label !== null && prev?.label != null && askers.has(prev.label) && !askers.has(t.label)) replies.set(t.label, (replies.get(t.label) ?? 0) + 1); });
  const nonAskers = labels.filter((l) => !askers.has(l));
  const mostWords = [...nonAskers].sort((a, b) => (replies.get(b) ?? 0) - (replies.get(a) ?? 0) || stats.get(b)!.words - stats.get(a)!.words)[0];
  for (const l of labels) {
    if (askers.has(l)) { parts.set(l, 'interviewer'); continue; }
    if (hints.get(l) === 'moderator' || (l !== mostWords && isModerator(l, turns, askers))) { parts.set(l, 'moderator'); continue; }
    parts.set(l, 'interviewee');
  }
  warnings.push(...sharedLabels(turns));
  return { parts, askers, warnings };
}

// Short turns that hand over to a questioner: "Go ahead, Jim." "Next question."
function isModerator(label: string, turns: readonly Turn[], askers: ReadonlySet<string>): boolean {
  let n = 0;
  let handovers = 0;
  let words = 0;
  turns.forEach((t, i) => {
    if (t.label !== label) return;
    n++;
    words += t.paras.map((p) => p.text).join(' ').split(/\s+/).length;
    const next = turns[i + 1];
    if (next && next.label !== null && askers.has(next.label)) handovers++;
  });
  return n >= 2 && words / n < 35 && handovers / n >= 0.6;
}

// One label handing over to itself means two people share it (a moderator and a briefer, say).
function sharedLabels(turns: readonly Turn[]): Warning[] {
  const seen = new Set<string>();
  const out: Warning[] = [];
  for (let i = 1; i < turns.length; i++) {
    const a = turns[i - 1]!;
    const b = turns[i]!;
    if (a.label === null || a.label !== b.label || seen.has(a.label) || ASKS.test(a.label)) continue;
    // A hand-over: a short turn, then the same label greeting or thanking (not just a new paragraph).
    const short = a.paras.map((p) => p.text).join(' ').split(/\s+/).length <= 80;
    if (!short || !/^(?:thank|thanks|good (?:morning|afternoon|evening)|hello|hi\b|hey\b)/i.test(b.paras[0]?.text ?? '')) continue;
    seen.add(a.label);
    out.push({ code: 'SHARED_LABEL', message: `The label ${a.label} opens two turns in a row; it may stand for more than one person (a moderator and a speaker, say). Both are read as ${a.label}.`, line: b.line });
  }
  return out;
}
