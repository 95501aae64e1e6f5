import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInterview } from '../../src/parse/index.js';
import { missingWords } from './audit.js';

const file = new URL('../fixtures/parse/seed/global-times-canada-china-interview.txt', import.meta.url);
const source = readFileSync(file, 'utf8');
const iv = parseInterview(source, 'global-times-canada-china-interview.txt');

describe('the client sample (Global Times interview)', () => {
  it('reads the metadata', () => {
    expect(iv.title).toBe('Beijing, Ottawa should seize opportunity to build lasting ties beyond US influence');
    expect(iv.kicker).toBe('OPINION / VIEWPOINT');
    expect(iv.published).toBe('2026-01-15');
    expect(iv.publication).toBe('Global Times');
    expect(iv.editorsNote).toMatch(/^Canadian Prime Minister Mark Carney began his state visit/);
    expect(iv.editorsNote).toMatch(/resistance to unilateralism\.$/);
    expect(iv.source).toEqual({ name: 'global-times-canada-china-interview.txt', format: 'txt' });
  });

  it('finds the speakers, their names and roles, from the editor’s note', () => {
    expect(iv.speakers.map((s) => [s.label, s.name, s.part])).toEqual([
      ['GT', 'Xia Wenxin', 'interviewer'],
      ['JCR', 'Dr Julián Castro-Rea', 'interviewee'],
    ]);
    expect(iv.speakers[0]!.role).toMatch(/reporter/);
    expect(iv.speakers[1]!.role).toBe('political science professor at the University of Alberta in Canada');
    expect(iv.speakers[1]!.description).toBe('Dr Julián Castro-Rea, a political science professor at the University of Alberta in Canada, answers the questions.');
  });

  it('has seven exchanges with whole answers', () => {
    expect(iv.exchanges).toHaveLength(7);
    expect(iv.exchanges.map((e) => e.answer.length)).toEqual([2, 1, 1, 1, 3, 1, 1]);
    for (const e of iv.exchanges) {
      expect(e.asker).toBe('GT');
      expect(e.answerers).toEqual(['JCR']);
      expect(e.question).toHaveLength(1);
      expect(e.question[0]!.text).toMatch(/\?$/);
    }
    expect(iv.exchanges[4]!.answer[2]!.text).toBe('However, the window of opportunity will not last forever.');
    expect(iv.exchanges[6]!.answer[0]!.text).toMatch(/US unilateralism, and act together within multilateral fora in support of this common position\.$/);
  });

  it('numbers every paragraph in reading order: note ¶1, Q1 ¶2, A1 ¶3–4, path dependence ¶12', () => {
    expect(iv.context.map((p) => p.number)).toEqual([1]);
    const ex = iv.exchanges;
    expect(ex[0]!.question[0]!.number).toBe(2);
    expect(ex[0]!.answer.map((p) => p.number)).toEqual([3, 4]);
    const p12 = ex.flatMap((e) => [...e.question, ...e.answer]).find((p) => p.number === 12)!;
    expect(p12.text).toMatch(/path dependence/);
    expect(ex[4]!.answer[0]!.number).toBe(12);
    const all = [...iv.context, ...ex.flatMap((e) => [...e.question, ...e.answer])].map((p) => p.number);
    expect(all).toEqual(all.map((_, i) => i + 1));
  });

  it('keeps captions, credits, duplicates and non-breaking-space lines out', () => {
    const text = JSON.stringify(iv);
    expect(text).not.toMatch(/Illustration: VCG|Photo: Courtesy|Courtesy of JCR|\u00a0/);
    expect(iv.warnings).toEqual([]);
  });

  it('loses no word of the interview', () => {
    expect(missingWords(source, iv, { from: /^Editor's Note/, drop: [/Photo: Courtesy/, /^Editor's Note:$/] })).toEqual([]);
  });

  it('matches the golden model', async () => {
    await expect(`${JSON.stringify(iv, null, 2)}\n`).toMatchFileSnapshot('../fixtures/parse/seed/expected.json');
  });
});

describe('the client sample in other encodings', () => {
  it('reads the same from UTF-16 with a BOM and from CRLF UTF-8 with a BOM', async () => {
    const { decodeText } = await import('../../src/parse/decode.js');
    const le = new Uint8Array(2 + source.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < source.length; i++) { le[2 + i * 2] = source.charCodeAt(i) & 0xff; le[3 + i * 2] = source.charCodeAt(i) >> 8; }
    expect(parseInterview(decodeText(le, 'seed.txt').text, 'global-times-canada-china-interview.txt')).toEqual(iv);
    const crlf = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(source.replace(/\n/g, '\r\n'))]);
    expect(parseInterview(decodeText(crlf, 'seed.txt').text, 'global-times-canada-china-interview.txt')).toEqual(iv);
  });
});

describe('who asks without question marks', () => {
  it('counts "Tell us…" and "Describe…" as asking', () => {
    const text = 'Lee Park: I was born in Busan and moved to Seoul at ten.\n\nAmy Ross: Tell us about Seoul.\n\nLee Park: It was loud, fast and full of markets that never closed.\n\nAmy Ross: Describe your first job.\n\nLee Park: Washing dishes in a noodle bar for six months.';
    const iv = parseInterview(text, 'requests.txt');
    expect(iv.exchanges.map((e) => [e.asker, e.answerers[0]])).toEqual([['Amy Ross', 'Lee Park'], ['Amy Ross', 'Lee Park']]);
    expect(iv.context[0]!.speaker).toBe('Lee Park');
  });
});
