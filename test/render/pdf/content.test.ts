import { describe, expect, it } from 'vitest';
import type { Guide } from '../../../src/model.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { sampleGuide } from '../../helpers/sample-guide.js';
import { readPdf } from './read-pdf.js';

const normal = (s: string) => s.replace(/\s+/g, ' ');
const base = sampleGuide();
const [first, ...rest] = base.sections;

/** The seed with a sign-off, a questioner's thanks inside an answer and a context paragraph with a speaker. */
function withTurns(): Guide {
  const last = first!.answerParagraphs.at(-1)!;
  const thanks = { number: last.number, text: 'Thank you, that is very clear.', speaker: 'GT' };
  const answerParagraphs = [...first!.answerParagraphs.slice(0, -1), thanks];
  return sampleGuide({
    context: [{ ...base.context[0]!, speaker: 'GT' }],
    sections: [{ ...first!, answerParagraphs, answer: answerParagraphs.map((p) => p.text) }, ...rest],
    closing: [
      { number: 19, text: 'Thank you for talking to the Global Times.', speaker: 'GT' },
      { number: 20, text: 'It was a pleasure.', speaker: 'JCR' },
      { number: 21, text: 'This interview has been edited for length.' },
    ],
  });
}

describe('renderPdf, who says what', async () => {
  const { bytes } = await renderPdf(withTurns(), { edition: 'student' });
  const pdf = await readPdf(bytes);
  const text = normal(pdf.text);

  it('prints the closing after the last section, numbered, under "End of the interview", with the speakers', () => {
    const end = text.indexOf('End of the interview');
    expect(end).toBeGreaterThan(text.indexOf(`7. ${base.sections[6]!.topic}`));
    expect(end).toBeLessThan(text.indexOf('After reading'));
    const closing = text.slice(end);
    expect(closing).toMatch(/¶19 Xia Wenxin: Thank you for talking to the Global Times\./);
    expect(closing).toMatch(/¶20 Dr Julián Castro-Rea: It was a pleasure\./);
    expect(closing).toMatch(/¶21 This interview has been edited for length\./);
    expect(pdf.outline).toContain('End of the interview');
  });

  it('names a speaker inside an answer who is not its answerer, and the speaker of a context paragraph', () => {
    expect(text).toMatch(/¶4 Xia Wenxin: Thank you, that is very clear\./);
    expect(text).toMatch(/¶1 Xia Wenxin: Canadian Prime Minister Mark Carney/);
    // The answerer's own paragraphs are not labelled.
    expect(text).not.toMatch(/Dr Julián Castro-Rea: This visit is indeed/);
  });

  it('prints nothing extra for a guide without closing words', async () => {
    const plain = normal((await readPdf((await renderPdf(base, { edition: 'student' })).bytes)).text);
    expect(plain).not.toContain('End of the interview');
    expect(plain).not.toMatch(/Castro-Rea: This visit/);
  });

  it('is deterministic with the new blocks', async () => {
    const again = await renderPdf(withTurns(), { edition: 'student' });
    expect(Buffer.from(again.bytes).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('renderPdf, what the reviewer found', async () => {
  const student = await readPdf((await renderPdf(base, { edition: 'student' })).bytes);
  const teacher = await readPdf((await renderPdf(base, { edition: 'teacher' })).bytes);
  const text = normal(student.text);

  it('cites a key term by its paragraph, not as "first in"', () => {
    const anand = base.sections[0]!.keyTerms.find((t) => t.term === 'Anita Anand')!;
    expect(text).toContain(`Anita Anand (person, Canadian Foreign Minister, ¶${anand.firstParagraph})`);
    expect(text).not.toContain('first in ¶');
  });

  it('says who is who from name, role and part, without repeating the name', () => {
    expect(text).toContain('Xia Wenxin (GT) — reporter, Global Times; asks the questions.');
    expect(text).toContain('Dr Julián Castro-Rea (JCR) — political science professor at the University of Alberta in Canada; answers the questions.');
  });

  it('extracts the kicker and headings as written (no letter-spacing)', () => {
    expect(text).toContain('OPINION / VIEWPOINT');
    expect(text).toContain('Key terms');
  });

  it('never starts a line with a definition\'s source (teacher edition)', () => {
    expect(normal(teacher.text)).toContain('Source: WordNet 3.1.');
    for (const page of teacher.items) for (const item of page) if (item.x < 86 + 1) expect(item.str).not.toMatch(/^\s*Source:/);
  });

  it('never leaves any heading last on a page, in either edition', () => {
    const headings = new Set(['Who is speaking', 'Context: the editor’s note', 'The interview in brief', 'Think before you read', 'Summary', 'Key terms', 'Discussion', 'Xia Wenxin asks', 'Julián Castro-Rea answers']);
    for (const pdf of [student, teacher]) {
      for (const page of pdf.items) {
        const body = page.filter((i) => i.y > 72 && i.y < 792 - 76);
        const last = body.reduce((a, b) => (b.y < a.y ? b : a));
        expect(headings.has(last.str.trim())).toBe(false);
      }
    }
  });
});

describe('renderPdf, a symbol the fonts lack', () => {
  it('prints a close stand-in ("≅" → "≈") and still warns', async () => {
    const odd = sampleGuide({ sections: [{ ...first!, summary: `${first!.summary} We have ≅2.2 million lines → more.` }, ...rest] });
    const { bytes, warnings } = await renderPdf(odd, { edition: 'student' });
    const text = normal((await readPdf(bytes)).text);
    expect(text).toContain('We have ≈2.2 million lines -> more.');
    expect(text).not.toContain('?2.2');
    const messages = warnings.map((w) => w.message).join('\n');
    expect(warnings.every((w) => w.code === 'MISSING_GLYPH')).toBe(true);
    expect(messages).toMatch(/U\+2245.*printed as "≈"/);
    expect(messages).toMatch(/U\+2192.*printed as "->"/);
  });
});

describe('renderPdf, a question kept with its answer', () => {
  it('starts a section on a new page when its question and the first answer paragraph would not fit, in both editions', async () => {
    const guide = sampleGuide();
    const [first, ...rest] = guide.sections;
    // A short answer paragraph (kept whole at the foot of a page) after a question of one paragraph, or of three.
    const answer = { number: first!.answerParagraphs[0]!.number, text: first!.answerParagraphs[0]!.text.slice(0, 330) };
    const q = first!.questionParagraphs[0]!;
    // (Together they stay within half a page, past which a long question may run on from the foot of a page.)
    const questions = [[q], [{ ...q, text: q.text.slice(0, 260) }, { ...q, number: q.number + 0.1, text: q.text.slice(0, 120) }, { ...q, number: q.number + 0.2, text: 'What could we expect from it?' }]];
    for (const questionParagraphs of questions) {
      const section = { ...first!, questionParagraphs, answerParagraphs: [answer, ...first!.answerParagraphs.slice(1)], answer: [answer.text, ...first!.answer.slice(1)] };
      for (const edition of ['student', 'teacher'] as const) {
        for (let filler = 0; filler < 34; filler += 1) {
          const padded = { ...guide, context: [...guide.context, ...Array.from({ length: filler }, (_, i) => ({ number: 900 + i, text: 'A line of context to move the section down the page.' }))], sections: [section, ...rest] };
          const pdf = await readPdf((await renderPdf(padded, { edition })).bytes);
          const asks = pdf.pageTexts.findIndex((t) => t.includes('Xia Wenxin asks'));
          const answers = pdf.pageTexts.findIndex((t) => t.includes('Julián Castro-Rea answers'));
          expect(answers, `${edition}, ${questionParagraphs.length} question paragraphs, ${filler} lines before`).toBe(asks);
        }
      }
    }
  }, 120_000);
});
