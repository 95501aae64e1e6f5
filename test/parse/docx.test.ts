import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docxToText } from '../../src/parse/docx.js';
import { GuideError } from '../../src/errors.js';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/docx/${name}`, import.meta.url)));

describe('docxToText', () => {
  it('reads a Word interview into Markdown-like text with bold labels and headings', async () => {
    const { text, warnings } = await docxToText(fixture('interview.docx'));
    expect(text).toBe(
      [
        '---',
        'title: "A conversation with Inês Moreau"',
        '---',
        '',
        'Inês Moreau teaches chemistry in Lyon. This interview has been lightly edited & condensed.',
        '',
        '**Q:** Why chemistry, and why “now”?',
        '',
        '**A:** Because it’s everywhere — in bread, in rain.',
        'And my students ask \\<why> all the time.',
        '',
        '### What surprised you most?',
        '',
        'That 15-year-olds love titrations. Really!',
        '',
      ].join('\n'),
    );
    expect(text).not.toContain('Photo:');
    expect(warnings).toEqual([expect.stringMatching(/^Word warning: Unrecognised paragraph style: 'Fancy Intro'/)]);
  });

  it('accepts a view into a larger buffer', async () => {
    const bytes = fixture('interview.docx');
    const padded = new Uint8Array(bytes.length + 16);
    padded.set(bytes, 8);
    const { text } = await docxToText(padded.subarray(8, 8 + bytes.length));
    expect(text).toContain('**Q:** Why chemistry');
  });

  it('names the file in the error when given its name', async () => {
    await expect(docxToText(new Uint8Array(0), 'notes.docx')).rejects.toMatchObject({ code: 'UNREADABLE', file: 'notes.docx' });
  });

  for (const [name, bytes] of [
    ['random bytes', new TextEncoder().encode('this is plain text, not a zip file at all')],
    ['an empty file', new Uint8Array(0)],
    ['a truncated file', fixture('interview.docx').subarray(0, 400)],
    ['a zip with no document in it', fixture('not-a-document.docx')],
  ] as const) {
    it(`throws UNREADABLE with a hint for ${name}`, async () => {
      const error: unknown = await docxToText(bytes).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(GuideError);
      expect(error).toMatchObject({ code: 'UNREADABLE', hint: 'Open it in Word and save it again as .docx' });
      expect((error as GuideError).message).toMatch(/^this is not a readable Word document \(.+\)$/);
    });
  }
});
