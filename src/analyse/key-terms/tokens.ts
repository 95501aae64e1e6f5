/** Tags every paragraph of an interview once, joining hyphenated words ("Castro-Rea", "dual-track") into one token. */
import type { Interview, Paragraph } from '../../model.js';
import { tagText, type Token } from '../nlp.js';

/** A token as key-term extraction sees it. */
export interface Tok {
  readonly value: string;
  readonly lower: string;
  readonly lemma: string;
  readonly pos: string;
  readonly stop: boolean;
  readonly type: string;
  readonly spaceBefore: boolean;
  /** Starts with a capital letter (or is an acronym such as "ESP32"). */
  readonly cap: boolean;
}

/** A sentence of a paragraph, tagged. */
export interface TaggedSentenceRef {
  readonly text: string;
  readonly tokens: readonly Tok[];
  readonly paragraph: number;
  /** 0 for the context before the first question, else the exchange's 1-based number. */
  readonly section: number;
}

const HYPHENS = new Set(['-', '‐', '‑']);

function toTok(t: Token): Tok {
  const cap = /^[\p{Lu}]/u.test(t.value);
  return { value: t.value, lower: t.value.toLowerCase(), lemma: (t.lemma ?? t.value).toLowerCase(), pos: t.pos, stop: t.stop, type: t.type, spaceBefore: t.spaceBefore, cap };
}

/** Joins "A - B" written without spaces into one token; a compound of names stays a name. */
function joinHyphens(tokens: readonly Token[]): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const hy = tokens[i + 1];
    const prev = out[out.length - 1];
    if (prev && HYPHENS.has(t.value) && !t.spaceBefore && hy && !hy.spaceBefore && prev.type === 'word' && hy.type === 'word') {
      const parts = prev.value + '-' + hy.value;
      const pos = prev.pos === 'PROPN' && hy.pos === 'PROPN' ? 'PROPN' : hy.pos === 'PROPN' && prev.cap ? 'PROPN' : hy.pos === 'VERB' ? 'ADJ' : hy.pos;
      out[out.length - 1] = { ...prev, value: parts, lower: parts.toLowerCase(), lemma: prev.lower + '-' + (hy.lemma ?? hy.value).toLowerCase(), pos, stop: false };
      i += 1;
      continue;
    }
    out.push(toTok(t));
  }
  return out;
}

function tagParagraph(p: Paragraph, section: number): TaggedSentenceRef[] {
  return tagText(p.text).map((s) => ({ text: s.text, tokens: joinHyphens(s.tokens), paragraph: p.number, section }));
}

/** Every sentence of the interview, tagged, in reading order with its paragraph and section. */
export function tagInterview(interview: Interview): TaggedSentenceRef[] {
  const out: TaggedSentenceRef[] = [];
  for (const p of interview.context) out.push(...tagParagraph(p, 0));
  // Sections are numbered by position, so element i of the result always belongs to exchanges[i].
  interview.exchanges.forEach((ex, i) => {
    for (const p of [...ex.question, ...ex.answer]) out.push(...tagParagraph(p, i + 1));
  });
  return out;
}
