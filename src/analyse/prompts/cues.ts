/** Finds what an answer does, sentence by sentence: claims, reasons, contrasts, advice, predictions, evidence, quoted phrases. */
import { remembered, type SentenceMemo, type SourceSentence } from '../summary/sentences.js';
import { speaksInFirstPerson, trimLead } from '../summary/attribution.js';
import { isMeta } from './phrasing.js';
import { collapseSpaces, spaceSplitLength } from '../chars.js';

/** What a sentence does in the argument. */
export type CueKind = 'claim' | 'reason' | 'driver' | 'contrast' | 'recommendation' | 'prediction' | 'evidence' | 'quote';

/** A sentence that carries a cue, with the exact words that carry it. */
export interface Cue {
  readonly kind: CueKind;
  readonly sentence: SourceSentence;
  /** The exact words of the cue in the sentence: the quoted phrase, the contrast, the driver phrase, the figure. */
  readonly phrase?: string;
  /** For reasons: the part of the sentence the reason explains, where it can be cut out. */
  readonly effect?: string;
  /** For reasons: the reason itself. */
  readonly cause?: string;
}

const REASON = /^(.{20,}?),?\s+(because|since|as a result of|due to|owing to|thanks to|so that)\s+(.{8,})$/i;
const THIS_IS_WHY = /^(?:this|that) is (?:why|the reason)\s+(.{12,})$/i;
const DRIVER = /\b(?:the\s+(?:main|key|real|primary|biggest|major|chief)\s+(?:driver|reason|cause|factor|motive)\s+(?:of|for|behind)\s+[^,.;]+?)(?=\s+(?:is|was|are|were)\b)/i;
const DRIVEN = /\b(?:is|are|was|were|being)\s+(?:mainly |largely |mostly )?(?:driven|motivated|caused)\s+by\b/i;
const NOT_SO_MUCH = /\bnot so much\b[^.;]*?\b(?:as|but)\b[^.;]*/i;
const NOT_BUT = /(?<=\p{L}\s)not\s+(?:only\s+)?[^.;,]{2,60}?,?\s+but\s+[^.;]*/iu;
const CONTRAST_START = /^(?:but|however|yet|still|nevertheless|on the other hand|that said)\b,?\s*/i;
const RECOMMEND = /\b(?:must|should|ought to|needs? to|(?<!(?:n't|not|never) )(?:have|has) to|it is (?:high )?time)\b/i;
// "will" in a relative clause after a noun says what something does ("a bot that will sync the
// commits"), and after a generic "you" mid-sentence what anyone meets ("in the repository, you will come
// across a directory"): neither is a forecast. A sentence's own subject ("That will change everything")
// still makes one: the words before "will" must follow a letter, in lower case.
const NOT_FORECAST = String.raw`(?<!\p{L},? (?:that|which|who|you) )`;
const PREDICT = new RegExp(String.raw`\b(?:${NOT_FORECAST}[Ww]ill|${NOT_FORECAST}[Ww]on't|[Gg]oing to|is likely to|are likely to)\b`, 'u');
const EVIDENCE = /(?<![\p{L}\p{N}.\-$€£])(?:[≅~]?\d[\d,.]*\s*(?:%|percent|per cent|million|billion|thousand|trillion)|\d{2,}[\d,]*(?=\s+\p{Ll}{3,})(?!\s+(?:years?|days?|months?|ago)\b))(?![\p{L}\p{N}])|\b(?:an?|the|recent|latest)\s+(?:[\p{Lu}][\p{L}]+\s+)?(?:poll|survey)\b/u;
const QUOTED = /[“"]([^”"]{3,60})[”"]/g;

// "I need to", "you will have heard": the speaker's own plans and asides are not advice or forecasts.
const SELF = /\b(?:I|you|we|I['’]ll|you['’]ll)\s+(?:\p{L}+\s+)?$/iu;
const EVALUATIVE = /\b(?:important|essential|crucial|necessary|risky|dangerous|unique|best|worst|better|worse|wrong|fair|unfair|bad|outrageous|obvious|difficult|impossible|likely|unlikely|key|main|real|only|always|never|no one|nobody|everyone|should|must|need|needs|cannot|can't|doesn't have to|don't have to|promises?|too|enough|matter|matters|breakthrough|mistake|failure|success|lesson|guarantee|opportunity|risk|threat)\b/i;

/**
 * Whether a sentence says something a student could argue with: a judgement, a generalisation, a
 * possibility or a forecast, rather than a report of what the speaker did or owns.
 */
export function isArguable(s: SourceSentence): boolean {
  return remembered(arguableMemo, s, () => testArguable(s));
}
const arguableMemo: SentenceMemo<boolean> = new WeakMap();

function testArguable(s: SourceSentence): boolean {
  // What the speaker did or owns ("I went to…", "My MacBook is…") is a report, not a position.
  const personal = speaksInFirstPerson(trimLead(s.text)) || /^\W*(?:my|our)\b/i.test(trimLead(s.text));
  if (personal && !/\b(?:I|we) (?:do |don't |really )?(?:think|believe|know|doubt|suspect)\b|\b(?:doesn't|don't) have to\b/i.test(s.text)) return false;
  // Lists of names ("Mail, Calendar, Microsoft Office, …") are inventories, not claims.
  const names = s.tokens.filter((t) => t.pos === 'PROPN').length;
  if ((s.text.match(/,/g)?.length ?? 0) > 4 || names / Math.max(1, s.words) > 0.3) return false;
  const graded = s.tokens.some((t, i) => (t.pos === 'ADJ' && /est$/.test(t.value) && t.value.length > 5) || (/^(?:most|more|less|least)$/i.test(t.value) && s.tokens[i + 1]?.pos === 'ADJ'));
  return EVALUATIVE.test(s.text) || graded;
}

const VIEW = /\b(?:enjoy|love|loved|hate|prefer|miss|want|wish|fascinated|happy|rather|favou?rite|hope|dream|believe|think)\b/i;

/** Whether the speaker gives a personal view in the first person ("I don't enjoy Facebook …"). */
export function isPersonalView(s: SourceSentence): boolean {
  const text = trimLead(s.text);
  return speaksInFirstPerson(text) && VIEW.test(text) && s.words >= 6 && !/\?\s*["”]?$/.test(text);
}

/** Whether the sentence states a condition or asks, which makes it a weak claim to build on. */
function hedged(text: string): boolean {
  return /\?\s*["”]?$/.test(text) || /^(?:if|when|whether)\b/i.test(text);
}

/** A cue without its sentence; `laterOnly` when it holds only for a sentence that is not the passage's first. */
type CueSpec = Omit<Cue, 'sentence'> & { readonly laterOnly?: true };

/** Finds every cue in the sentences, in reading order. */
export function findCues(sentences: readonly SourceSentence[]): Cue[] {
  const cues: Cue[] = [];
  for (const s of sentences) {
    for (const { laterOnly, kind, ...rest } of remembered(cueMemo, s, () => cueSpecs(s))) {
      if (laterOnly && s.index === 0) continue;
      cues.push({ kind, sentence: s, ...rest });
    }
  }
  return cues;
}

/** What findCues reads of a sentence: its text, tokens and word count; its index only for `laterOnly`. */
function cueSpecs(s: SourceSentence): CueSpec[] {
  const cues: CueSpec[] = [];
  const text = collapseSpaces(s.text).trim();
  if (isMeta(text)) return cues;
  const body = text.replace(/[.!]\s*["”’]?$/, '');
  for (const m of text.matchAll(QUOTED)) {
    const phrase = m[1]!.replace(/[.,;:!?]+$/, '').trim();
    if (spaceSplitLength(phrase) <= 6) cues.push({ kind: 'quote', phrase });
  }
  const driver = DRIVER.exec(body);
  if (driver) cues.push({ kind: 'driver', phrase: driver[0] });
  else if (DRIVEN.test(body)) cues.push({ kind: 'driver' });
  const why = THIS_IS_WHY.exec(body);
  const reason = REASON.exec(body);
  if (why) cues.push({ kind: 'reason', effect: why[1]! });
  else if (reason && !/^(?:since|because)/i.test(body)) cues.push({ kind: 'reason', effect: reason[1]!, cause: `${reason[2]} ${reason[3]}` });
  const contrast = NOT_SO_MUCH.exec(body) ?? NOT_BUT.exec(body);
  if (contrast) cues.push({ kind: 'contrast', phrase: contrast[0].trim() });
  else if (CONTRAST_START.test(text)) cues.push({ kind: 'contrast', laterOnly: true });
  const advice = RECOMMEND.exec(body);
  const future = PREDICT.exec(body);
  if (advice && !hedged(text) && !SELF.test(body.slice(0, advice.index))) cues.push({ kind: 'recommendation' });
  else if (future && !hedged(text) && !/\bif\b/i.test(body.slice(0, future.index)) && !SELF.test(body.slice(0, future.index))) cues.push({ kind: 'prediction' });
  const figure = EVIDENCE.exec(body);
  if (figure) cues.push({ kind: 'evidence', phrase: figure[0].trim() });
  if (!hedged(text) && s.words >= 6 && isArguable(s)) cues.push({ kind: 'claim' });
  return cues;
}

const cueMemo: SentenceMemo<readonly CueSpec[]> = new WeakMap();

const JUDGEMENT = /\b(?:important|essential|crucial|necessary|risky|dangerous|best|worst|better|worse|wrong|fair|unfair|bad|outrageous|obvious|difficult|impossible|unlikely|likely|mistake|failure|success|lesson|guarantee|opportunity|risk|threat|breakthrough|promises?|matters?|deserves?|overrated|underrated|too \p{L}+|(?:not )?enough)\b/iu;
const CAUSAL = /\b(?:because|since|due to|caus(?:e|es|ed)|led to|leads? to|result(?:s|ed)? in|driv(?:en|er|es)|so that|the reason|this is why|that is why|explains?|depends? on)\b/i;
const MODAL_ADVICE = /\b(?:must|should|ought to|needs? to|(?<!(?:n't|not|never) )(?:have|has) to|it is (?:high )?time|cannot afford)\b/i;

/**
 * Whether a claim is one a student could reasonably agree or disagree with: advice (should, must,
 * need to), a judgement, a forecast or a causal claim. Reports of what was done, descriptions of
 * things and the speaker's own tastes ("I'm fascinated by …") are not.
 */
export function isDebatable(s: SourceSentence): boolean {
  return remembered(debatableMemo, s, () => testDebatable(s));
}
const debatableMemo: SentenceMemo<boolean> = new WeakMap();

function testDebatable(s: SourceSentence): boolean {
  const text = trimLead(s.text);
  if (hedged(text) || s.words < 5 || isMeta(text)) return false;
  if (isPersonalView(s) && !/\b(?:I|we) (?:do |don't |really )?(?:think|believe|doubt|suspect)\b/i.test(text)) return false;
  const personal = speaksInFirstPerson(text) || /^\W*(?:my|our)\b/i.test(text);
  if (personal && !/\b(?:I|we) (?:do |don't |really )?(?:think|believe|know|doubt|suspect)\b/i.test(text)) return false;
  if ((s.text.match(/,/g)?.length ?? 0) > 4) return false;
  const graded = s.tokens.some((t, i) => (t.pos === 'ADJ' && /est$/.test(t.value) && t.value.length > 5) || (/^(?:most|more|less|least)$/i.test(t.value) && s.tokens[i + 1]?.pos === 'ADJ'));
  const advice = MODAL_ADVICE.exec(text);
  const ownPlan = advice && SELF.test(text.slice(0, advice.index));
  return (!!advice && !ownPlan) || (PREDICT.test(text) && !/\bif\b/i.test(text)) || CAUSAL.test(text) || JUDGEMENT.test(text) || graded;
}
