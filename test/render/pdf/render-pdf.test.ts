import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { AMPERSAND_TITLE, sampleGuide } from '../../helpers/sample-guide.js';
import { inflatedStreams, readPdf, roles, type ReadPdf } from './read-pdf.js';

const guide = sampleGuide();
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const normal = (s: string) => s.replace(/\s+/g, ' ');

describe('renderPdf, student edition on Letter', async () => {
  const { bytes, warnings } = await renderPdf(guide, { edition: 'student' });
  const pdf: ReadPdf = await readPdf(bytes);
  const text = normal(pdf.text);

  it('is a PDF of a sane length on Letter paper, with no warnings', () => {
    expect(latin1(bytes.subarray(0, 8))).toBe('%PDF-1.7');
    expect(pdf.pages).toBeGreaterThanOrEqual(6);
    expect(pdf.pages).toBeLessThanOrEqual(24);
    expect(pdf.sizes.every(([w, h]) => w === 612 && h === 792)).toBe(true);
    expect(warnings).toEqual([]);
  });

  it('shows the title, the speakers with accents and curly quotes, and every section heading', () => {
    expect(text).toContain('Beijing, Ottawa should seize opportunity');
    expect(text).toContain('Julián Castro-Rea');
    expect(text).toContain('Xia Wenxin');
    expect(text).toContain('political science professor at the University of Alberta');
    expect(text).toContain('15 January 2026');
    expect(text).toContain('“foreign interference”');
    expect(text).toContain('Before you read');
    for (const s of guide.sections) expect(text).toContain(`${s.number}. ${s.topic}`);
    expect(text).toContain('After reading');
    expect(text).toContain('Reading critically');
    expect(text).toContain('Glossary');
  });

  it('numbers the paragraphs and cites them in prompts', () => {
    for (const n of [1, 2, 3, 4, 12, 13, 14, 18]) expect(text).toContain(`¶${n}`);
    expect(text).toContain('(¶3, ¶4)');
    expect(text).toContain('Understand:');
  });

  it('has a running header and a footer with the source and page numbers', () => {
    pdf.pageTexts.forEach((t, i) => {
      expect(normal(t)).toContain(`Page ${i + 1} of ${pdf.pages}`);
      expect(t).toContain('Global Times, 15 January 2026');
    });
    expect(pdf.pageTexts[1]).toContain('Student edition');
  });

  it('embeds subsets of both typefaces and no other font', () => {
    const raw = latin1(bytes);
    const names = [...raw.matchAll(/\/BaseFont \/([A-Z]{6}\+[A-Za-z0-9-]+)/g)].map((m) => m[1]!.split('+')[1]);
    expect(new Set(names)).toEqual(new Set(['AtkinsonHyperlegible-Bold', 'AtkinsonHyperlegible-Regular', 'SourceSerif4-Regular', 'SourceSerif4-Italic']));
    expect(raw.match(/\/FontFile2/g)?.length).toBe(4);
  });

  it('is tagged: MarkInfo, a structure tree with headings, paragraphs and lists', () => {
    expect(pdf.markInfo?.Marked).toBe(true);
    const all = pdf.structTrees.flatMap(roles);
    for (const role of ['H1', 'H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Sect']) expect(all).toContain(role);
    expect(all.filter((r) => r === 'H1')).toHaveLength(1);
    const raw = latin1(bytes);
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toContain('/Lang (en)');
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toContain('<pdfuaid:part>1</pdfuaid:part>');
    const streams = inflatedStreams(bytes).join('\n').replace(/\s+/g, ' ');
    expect(streams.match(/\/Artifact << \/Type \/Pagination >> BDC/g)?.length).toBe(pdf.pages);
    expect(streams).toMatch(/\/P << \/MCID \d+ >> BDC/);
    expect(streams).toContain('/Span << /E (paragraph 3) >> BDC');
  });

  it('has a bookmark for every section', () => {
    for (const s of guide.sections) expect(pdf.outline).toContain(`${s.number}. ${s.topic}`);
    expect(pdf.outline).toContain('Before you read');
    expect(pdf.outline).toContain('Glossary');
  });

  it('fills in the metadata, with fixed dates', () => {
    expect(pdf.info.Title).toBe(guide.title);
    expect(pdf.info.Creator).toBe('discussion-guide 0.1.0');
    expect(pdf.info.Author).toBe('Global Times');
    expect(String(pdf.info.Subject)).toContain('student edition');
    expect(String(pdf.info.Keywords)).toContain('Meng Wanzhou');
    expect(String(pdf.info.Keywords)).toContain('unilateralism');
    expect(pdf.info.CreationDate).toBe('D:20260115120000Z');
    expect(pdf.info.ModDate).toBe('D:20260115120000Z');
    expect(pdf.xmpTitle).toBe(guide.title);
  });

  it('keeps every piece of text inside the page, ¶ numbers in the left margin only', () => {
    for (const page of pdf.items) {
      expect(page.length).toBeGreaterThan(10); // no blank pages
      for (const item of page) {
        expect(item.x).toBeGreaterThanOrEqual(86 - 52);
        expect(item.x + item.width).toBeLessThanOrEqual(612 - 72 + 1);
        expect(item.y).toBeGreaterThanOrEqual(30);
        expect(item.y).toBeLessThanOrEqual(792 - 30);
        if (item.x < 86 - 1) expect(item.str).toMatch(/^¶\d+$/);
      }
    }
  });

  it('never leaves a heading last on a page', () => {
    const headings = new Set([...guide.sections.map((s) => `${s.number}. ${s.topic}`), 'Summary', 'Key terms', 'Discussion', 'Before you read', 'After reading', 'Glossary']);
    for (const page of pdf.items) {
      const body = page.filter((i) => i.y > 72 && i.y < 792 - 76);
      const last = body.reduce((a, b) => (b.y < a.y ? b : a));
      expect(headings.has(last.str.trim())).toBe(false);
    }
  });

  it('gives the same bytes twice', async () => {
    const again = await renderPdf(guide, { edition: 'student' });
    expect(Buffer.from(again.bytes).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('renderPdf, teacher edition', async () => {
  const { bytes } = await renderPdf(guide, { edition: 'teacher', creationDate: new Date(Date.UTC(2026, 0, 20, 8, 30)) });
  const pdf = await readPdf(bytes);
  const text = normal(pdf.text);

  it('adds the lesson outline, readability, evidence and definition sources', () => {
    expect(text).toContain('Lesson plan');
    for (const step of ['Read', 'Discuss', 'Write']) expect(text).toMatch(new RegExp(`${step} \\d+ min`));
    expect(text).toMatch(/Total: about \d+ minutes/);
    expect(text).toContain(`grade ${guide.readability.grade.toFixed(1)}`);
    expect(text).toContain(`Reading level: grade ${guide.sections[0]!.readability.grade.toFixed(1)}`);
    expect(text).toContain('“Practical breakthroughs will be difficult to obtain immediately from this trip.”');
    expect(text).toContain('Source: WordNet 3.1.');
    expect(text).toContain('Teacher edition');
    expect(pdf.info.CreationDate).toBe('D:20260120083000Z');
  });

  it('leaves no writing lines (the student edition is longer for them)', async () => {
    const student = await readPdf((await renderPdf(guide, { edition: 'student' })).bytes);
    expect(pdf.pages).toBeLessThanOrEqual(student.pages);
  });
});

describe('renderPdf, awkward input', () => {
  it('sets A4 when asked', async () => {
    const pdf = await readPdf((await renderPdf(guide, { edition: 'student', paper: 'a4' })).bytes);
    expect(pdf.sizes[0]![0]).toBeCloseTo(595.28, 1);
    expect(pdf.sizes[0]![1]).toBeCloseTo(841.89, 1);
  });

  it('escapes "&" and "<" in the XMP, which still parses, and keeps the title as it is', async () => {
    const { bytes } = await renderPdf(sampleGuide({ title: AMPERSAND_TITLE }), { edition: 'student' });
    const raw = Buffer.from(bytes).toString('utf8');
    const xmp = raw.slice(raw.indexOf('<?xpacket begin'), raw.indexOf('<?xpacket end'));
    expect(xmp).toContain('Beijing &amp; Ottawa: &lt;ties&gt;');
    expect(xmp).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
    expect(xmp.replace(/<\?xpacket[^>]*\?>/g, '').match(/<(?!\/?[A-Za-z][\w:.-]*[\s>/])/g)).toBeNull();
    const pdf = await readPdf(bytes);
    expect(pdf.xmpTitle).toBe(AMPERSAND_TITLE);
    expect(pdf.info.Title).toBe(AMPERSAND_TITLE);
    expect(normal(pdf.text)).toContain(AMPERSAND_TITLE);
  });

  it('warns about a character the fonts lack and prints a stand-in, not a blank box', async () => {
    const [first, ...rest] = guide.sections;
    const odd = sampleGuide({ sections: [{ ...first!, summary: `${first!.summary} 北京 ✈ Ω` }, ...rest] });
    const { bytes, warnings } = await renderPdf(odd, { edition: 'student' });
    const codes = warnings.map((w) => w.code);
    expect(codes.every((c) => c === 'MISSING_GLYPH')).toBe(true);
    expect(warnings.map((w) => w.message).join('\n')).toMatch(/U\+5317/);
    expect(warnings.some((w) => w.message.includes('U+2708'))).toBe(true);
    expect(warnings.some((w) => w.message.includes('U+03A9'))).toBe(false);
    expect(normal((await readPdf(bytes)).text)).toContain('?? ? Ω');
  });

  it('flows a paragraph longer than a page and shortens a long title in the header, within the margins', async () => {
    const [first, ...rest] = guide.sections;
    const long = Array.from({ length: 14 }, () => first!.answer[0]).join(' ');
    const title = `${guide.title}: ${'a very long headline that keeps going '.repeat(5)}`.trim();
    const big = sampleGuide({ title, sections: [{ ...first!, answer: [long], answerParagraphs: [{ number: 3, text: long, speaker: 'JCR' }] }, ...rest] });
    const pdf = await readPdf((await renderPdf(big, { edition: 'student' })).bytes);
    expect(normal(pdf.pageTexts[1]!)).toMatch(/influence: a very long[^…]*… Student edition/);
    for (const page of pdf.items) {
      expect(page.length).toBeGreaterThan(10);
      for (const item of page) {
        expect(item.x).toBeGreaterThanOrEqual(86 - 52);
        expect(item.x + item.width).toBeLessThanOrEqual(612 - 72 + 1);
        expect(item.y).toBeGreaterThanOrEqual(30);
      }
    }
    expect(normal(pdf.text)).toContain(normal(long).slice(-200));
  });

  it('says who asks and answers by what they are when the article names no one, never by a bare label', async () => {
    const unnamed = sampleGuide({
      speakers: [
        { label: 'Q', name: null, role: null, description: 'Reporters ask the questions.', part: 'interviewer' },
        { label: 'SENIOR ADMINISTRATION OFFICIAL', name: null, role: 'senior administration official', description: 'A senior administration official answers the questions.', part: 'interviewee' },
      ],
    });
    const first = normal((await readPdf((await renderPdf(unnamed, { edition: 'student' })).bytes)).pageTexts[0]!);
    expect(first).toContain('Asks Interviewer (Q)');
    expect(first).toContain('Answers Senior administration official');
    expect(first).not.toMatch(/Answers SENIOR|Asks Q\b/);
  });

  it('copes with a guide with no speakers, context, prompts or glossary', async () => {
    const bare = sampleGuide({ speakers: [], context: [], editorsNote: null, kicker: null, publication: null, published: null, beforeReading: [], afterReading: [], readingCritically: [], glossary: [], sections: guide.sections.slice(0, 1).map((s) => ({ ...s, keyTerms: [], prompts: [], answerParagraphs: [], answer: [] })) });
    const pdf = await readPdf((await renderPdf(bare, { edition: 'teacher' })).bytes);
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(normal(pdf.text)).toContain('1. What Carney’s visit means');
    expect(pdf.outline).toContain('1. What Carney’s visit means');
  });
});
