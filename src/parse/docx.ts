/** Word (.docx) bytes → the Markdown-like text the interview reader understands, through mammoth's HTML. Pure but for mammoth's in-memory work. */
import { Buffer } from 'node:buffer';
import mammoth from 'mammoth';
import { GuideError } from '../errors.js';
import { htmlToText } from './html.js';

/** What the Word reader found: the article as Markdown-like text, and what mammoth noticed on the way. */
export interface DocxText {
  readonly text: string;
  readonly warnings: string[];
}

/**
 * Word styles mammoth does not map by itself: a document's Title is its headline, captions go the way of HTML
 * captions (dropped), and everyday body styles are plain paragraphs rather than a warning each.
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='caption'] => figcaption:fresh",
  "p[style-name='Caption'] => figcaption:fresh",
  "p[style-name='Quote'] => blockquote:fresh",
  "p[style-name='Intense Quote'] => blockquote:fresh",
  "p[style-name='Normal (Web)'] => p:fresh",
  "p[style-name='Body Text'] => p:fresh",
  "p[style-name='No Spacing'] => p:fresh",
  "p[style-name='Plain Text'] => p:fresh",
];

/** Converts a .docx file's bytes to Markdown-like text; throws GuideError('UNREADABLE') (naming `name`) when it is not a readable Word file. */
export async function docxToText(bytes: Uint8Array, name?: string): Promise<DocxText> {
  let result: { value: string; messages: ReadonlyArray<{ type: string; message: string }> };
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        externalFileAccess: false,
        // Images carry no article text; an empty source keeps mammoth from base64-encoding every photo.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
  } catch (cause) {
    throw new GuideError('UNREADABLE', `this is not a readable Word document (${describe(cause)})`, {
      hint: 'Open it in Word and save it again as .docx',
      cause,
      ...(name === undefined ? {} : { file: name }),
    });
  }
  const warnings = [...new Set(result.messages.map((m) => `Word ${m.type}: ${m.message}`))];
  return { text: htmlToText(`<!doctype html><html><body>${result.value}</body></html>`).text, warnings };
}

function describe(cause: unknown): string {
  const message = cause instanceof Error ? cause.message : String(cause);
  return message.split('\n')[0]?.trim() || 'unknown error';
}
