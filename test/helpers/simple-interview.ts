/**
 * Builds an Interview from a text whose paragraphs start "LABEL: ", without the real reader,
 * so analyse and render tests do not depend on the parse stage. The first label asks.
 */
import type { Interview, Paragraph, Exchange, Speaker } from '../../src/model.js';

export function simpleInterview(text: string, meta: Partial<Interview> = {}): Interview {
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((b) => b.replace(/\u00a0/g, ' ').trim()).filter(Boolean);
  let n = 0;
  const context: Paragraph[] = [];
  const exchanges: Exchange[] = [];
  let asker: string | null = null;
  let current: { question: Paragraph[]; answer: Paragraph[]; answerer: string | null } | null = null;
  let lastLabel: string | null = null;
  const flush = () => {
    if (current && asker) exchanges.push({ number: exchanges.length + 1, asker, answerers: current.answerer ? [current.answerer] : [], question: current.question, answer: current.answer });
    current = null;
  };
  for (const block of blocks) {
    const m = /^([A-Z][A-Za-z .]{0,40}):\s+(.*)$/s.exec(block);
    if (m) {
      const label = m[1]!;
      const para: Paragraph = { number: ++n, text: m[2]!.trim(), speaker: label };
      asker ??= label;
      if (label === asker) { flush(); current = { question: [para], answer: [], answerer: null }; }
      else if (current) { current.answer.push(para); current.answerer ??= label; }
      lastLabel = label;
    } else if (current && lastLabel && lastLabel !== asker) {
      current.answer.push({ number: ++n, text: block, speaker: lastLabel });
    } else if (!current) {
      context.push({ number: ++n, text: block });
    }
  }
  flush();
  const labels = [...new Set(exchanges.flatMap((e) => [e.asker, ...e.answerers]))];
  const speakers: Speaker[] = labels.map((label) => ({ label, name: null, role: null, description: `${label} ${label === asker ? 'asks the questions' : 'answers'}.`, part: label === asker ? 'interviewer' : 'interviewee' }));
  return {
    source: { name: 'simple.txt', format: 'txt' },
    title: null, kicker: null, published: null, publication: null, author: null, editorsNote: null,
    speakers, context, exchanges, warnings: [],
    ...meta,
  };
}
