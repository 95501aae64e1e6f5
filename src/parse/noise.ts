/** Noise that is not the interview: captions, credits, image lines, link lists, timestamps, repeated lines, editing notes. Pure. */
import type { Block } from './blocks.js';
import { blockText } from './blocks.js';

/** A block left out of the article, and why. */
export interface DroppedBlock {
  readonly block: Block;
  readonly reason: string;
}

const ci = (word: string): string => `[${word[0]!.toUpperCase()}${word[0]!.toLowerCase()}]${word.slice(1)}`;
const MEDIA = `(?:${['photo(?:graph)?s?', 'illustrations?', 'images?', 'pictures?', 'graphics?', 'videos?', 'screenshots?', 'file photo', 'infographics?', 'cartoons?'].map(ci).join('|')})`;
const NAMEISH = String.raw`(?:\p{Lu}[\p{L}'’.&-]*\s+){0,6}`;
const CAPTION = [
  new RegExp(String.raw`^\(?${NAMEISH}${MEDIA}\s*(?:[Cc]redits?)?\s*:\s*\S.{0,120}$`, 'u'),
  /^\(?(?:credits?|image credit|photo credit)\s*:\s*\S.{0,80}\)?$/i,
];
// Short credit lines only: "Photo by Jane Doe", "Courtesy of the artist" (not "Pictures from my childhood remind me…").
const CREDIT = [new RegExp(String.raw`^\(?${MEDIA}\s+(?:by|courtesy of|credit|from|via)\b[^,;.!?]{0,80}\)?\.?$`, 'u'), /^\(?(?:courtesy of|handout|file photo)\b[^,;.!?]{0,60}\)?\.?$/i];
const FOOTER = [
  /^via\s*:\s*\S+$/i,
  /^(?:作者|选题|译者|校对|本文由|原文)/,
  /^(?:this (?:article|story|interview|post) (?:was )?(?:originally |first )?(?:appeared|published|ran)\b)/i,
  /^(?:republished|reprinted) (?:with|by) permission\b/i,
  /^(?:copyright|©|\(c\))\s*(?:\d{4}|©)/i,
  /^all rights reserved\.?$/i,
  /^(?:END|-30-|###|\[END\]|\* \* \*)$/,
];
const PAGE_FURNITURE = /^(?:advertisement|advertising|sponsored(?: content)?|story continues below(?: advertisement)?|continue reading(?: below)?|read more|read more:.*|related:.*|recommended(?: for you)?|subscribe(?: now| to .*)?|sign up for .*newsletter.*|share this (?:article|story)|skip advertisement)$/i;
const EDITING_NOTE = /\b(?:lightly |been |was |is )?(?:edited|condensed)\b[^.]{0,60}\b(?:clarity|length|brevity|readability|style)\b|\blightly edited\b|\b(?:has|have) been (?:condensed|edited|shortened|abridged)(?: and (?:condensed|edited|shortened|abridged))?[.)*_\]]*$/i;
const EDITING_START = /^[(*_\[]*(?:editor['’]?s note\s*:\s*)?(?:this|the|our|these|answers|responses|remarks|interview|conversation|transcript|q&a|excerpts?|edited|condensed)\b/i;
const STAGE = /^[([](?:laughter|applause|inaudible|crosstalk|pause|silence|music|the call [^)\]]*|the (?:audio|line|connection)[^)\]]*|technical difficulties[^)\]]*|break in (?:the )?(?:call|transcript)|end of (?:the )?(?:call|transcript)|off[- ]mic|cross-talk|unintelligible)[^)\]]*[)\]]\.?$/i;
const TIMESTAMP_ONLY = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]?$/;

/** Why a line of plain text is noise, or null when it may be content. */
export function noiseReason(text: string): string | null {
  const t = text.trim();
  if (t === '') return 'blank';
  // Noise is short; long text is content (and never meets the patterns below, which stay fast this way).
  if (t.length > 400) return null;
  const words = t.split(/\s+/).length;
  if (TIMESTAMP_ONLY.test(t)) return 'timestamp';
  if (STAGE.test(t)) return 'stage direction';
  if (words <= 20 && CAPTION.some((re) => re.test(t))) return 'caption';
  if (words <= 10 && CREDIT.some((re) => re.test(t))) return 'caption';
  if (words <= 12 && PAGE_FURNITURE.test(t)) return 'page furniture';
  if (words <= 40 && FOOTER.some((re) => re.test(t))) return 'credit footer';
  if (words <= 30 && EDITING_START.test(t) && EDITING_NOTE.test(t)) return 'editing note';
  return null;
}

/** True for a line that stands alone even inside a paragraph: a caption or credit line. */
export function isNoiseLine(line: string): boolean {
  const r = noiseReason(line.replace(/\*\*|__/g, ''));
  return r !== null && r !== 'blank';
}

/** Splits blocks into content and dropped noise; `isTurn` says which blocks open a speaker's turn (never dropped as captions). */
export function removeNoise(blocks: readonly Block[], isTurn: (b: Block) => boolean): { kept: Block[]; dropped: DroppedBlock[] } {
  const kept: Block[] = [];
  const dropped: DroppedBlock[] = [];
  let previousText: string | null = null;
  let afterImage = false;
  for (const block of blocks) {
    const text = block.kind === 'para' || block.kind === 'heading' ? blockText(block) : '';
    const reason = classify(block, text, isTurn(block), previousText, afterImage);
    afterImage = block.kind === 'image';
    previousText = text || previousText;
    if (reason) dropped.push({ block, reason });
    else kept.push(block);
  }
  return { kept, dropped };
}

function classify(block: Block, text: string, turn: boolean, previous: string | null, afterImage: boolean): string | null {
  if (block.kind === 'image') return 'image';
  if (block.kind === 'refdef') return 'link list';
  if (block.kind === 'rule') return null;
  if (turn) return null;
  const reason = noiseReason(text);
  if (reason) return reason;
  // A repeated caption or heading line is noise; a repeated sentence ("Yes." "Yes.") may be what was said.
  if (previous !== null && text === previous && !/[.!?…]["”’)]?$/.test(text)) return 'repeated line';
  // The short line under an image is its caption.
  if (afterImage && block.kind === 'para' && !block.raw.includes('\n') && text.split(/\s+/).length <= 20 && !/[?"“]/.test(text)) return 'caption';
  return null;
}
