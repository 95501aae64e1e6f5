import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseInterview } from '../../src/parse/index.js';
import { isGuideError } from '../../src/errors.js';
import type { Interview } from '../../src/model.js';

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function checkInterview(iv: Interview): void {
  expect(iv.exchanges.length).toBeGreaterThan(0);
  const numbers = [...iv.context, ...iv.exchanges.flatMap((e) => [...e.question, ...e.answer]), ...(iv.closing ?? [])].map((p) => p.number);
  expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  iv.exchanges.forEach((e, i) => expect(e.number).toBe(i + 1));
  expect(() => JSON.stringify(iv)).not.toThrow();
}

// Fragments that look like the shapes the reader knows, mixed into arbitrary text.
const fragment = fc.oneof(
  fc.constantFrom('Q:', 'A:', 'Q.', 'A.', 'Q    ', '**Q:**', '**A:**', '**', '__', '_', '*', '#', '## ', '### ', '?', '---', '* * *', '===', '[#]: x: (y)', '![i](u)', '[t](u)', '[t][1]', '[1]: http://x', 'GT:', 'JCR:', 'Jane Doe:', 'THE PRESIDENT:', 'Editor’s Note:', 'Published: Jan 15, 2026', 'Photo: X', '(inaudible)', '[00:01:02]', '\u00a0', '\u200b', '\t', ' ', '\r\n', '\n', '\n\n', '\r'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
const messy = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(''));

describe('parseInterview properties', () => {
  it('returns an Interview or throws a GuideError, never anything else', () => {
    fc.assert(
      fc.property(fc.oneof(messy, fc.string({ unit: 'binary', maxLength: 400 })), (text) => {
        let iv: Interview;
        try {
          iv = parseInterview(text, 'prop.txt');
        } catch (error) {
          expect(isGuideError(error)).toBe(true);
          return;
        }
        checkInterview(iv);
      }),
      { numRuns: 3000, seed: Number(process.env.PSEED ?? 20260115) },
    );
  });

  const word = fc.stringMatching(/^[a-zà-ÿ]{1,9}$/);
  const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).chain((ws) => fc.constantFrom('.', '!', '', ';', ' —', ', etc.').map((end) => ws.join(' ') + end));
  // A continuation paragraph that itself opens with "A." or "Q —" would be a new label in those styles: an honest ambiguity, left out.
  const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.map((s) => s.charAt(0).toUpperCase() + s.slice(1)).join(' ')).filter((p) => !/^[QA](?![\p{L}])/u.test(p));
  const exchange = fc.record({ question: fc.array(word, { minLength: 1, maxLength: 10 }).map((ws) => `${ws.join(' ')}?`), answer: fc.array(paragraph, { minLength: 1, maxLength: 4 }) });
  const style = fc.constantFrom(
    { ask: 'Q: ', answer: 'A: ' },
    { ask: 'Q. ', answer: 'A. ' },
    { ask: 'Q    ', answer: 'A    ' },
    { ask: 'GT: ', answer: 'JCR: ' },
    { ask: 'Question: ', answer: 'Answer: ' },
    { ask: 'Jane Doe: ', answer: 'Priya Raman: ' },
    { ask: 'INTERVIEWER: ', answer: 'DR SMITH: ' },
    { ask: '**Q:** ', answer: '**A:** ' },
    { ask: '**Maya Chen**: ', answer: '**Tom Okafor**: ' },
  );

  it('never drops answer text, whatever the label style, line ends or spacing', () => {
    fc.assert(
      fc.property(style, fc.array(exchange, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n', '\r'), fc.constantFrom('\n', '\n\u00a0\n', '\n \n\n'), (st, exchanges, eol, gap) => {
        const blocks = exchanges.flatMap((e) => [st.ask + e.question, st.answer + e.answer[0], ...e.answer.slice(1)]);
        const text = blocks.join(`\n${gap}`).replace(/\n/g, eol);
        const iv = parseInterview(text, 'gen.txt');
        checkInterview(iv);
        expect(iv.exchanges).toHaveLength(exchanges.length);
        iv.exchanges.forEach((e, i) => {
          expect(e.answer.map((p) => p.text).join(' ').split(/\s+/)).toEqual(exchanges[i]!.answer.join(' ').split(/\s+/));
          expect(words(e.question.map((p) => p.text).join(' '))).toEqual(words(exchanges[i]!.question));
        });
      }),
      { numRuns: 1500, seed: Number(process.env.PSEED ?? 42) },
    );
  });
});
