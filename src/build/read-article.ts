/** Bytes of any supported format → the text the parser reads. Pure; picks the reader by extension. */
import path from 'node:path';
import type { Warning } from '../model.js';
import { decodeText } from '../parse/decode.js';
import { GuideError } from '../errors.js';

/** The decoded article text with the reader's warnings. */
export interface ArticleText {
  readonly text: string;
  readonly format: 'txt' | 'md' | 'html' | 'docx';
  readonly warnings: readonly Warning[];
}

/** Decodes an article: .docx through mammoth, .html through an HTML parser, the rest as text. */
export async function readArticle(bytes: Uint8Array, name: string, maxBytes: number): Promise<ArticleText> {
  const ext = path.extname(name).toLowerCase();
  if (ext === '.docx') {
    if (bytes.length > maxBytes) {
      throw new GuideError('TOO_LARGE', `the file is over the ${Math.round(maxBytes / 1024 / 1024)} MB limit`, { file: name, hint: 'Split the article, or raise the limit with --max-size.' });
    }
    // mammoth loads only when a Word file is asked for.
    const { docxToText } = await import('../parse/docx.js');
    const { text, warnings } = await docxToText(bytes, name);
    return { text, format: 'docx', warnings: warnings.map((message) => ({ code: 'DOCX', message })) };
  }
  const decoded = decodeText(bytes, name, { maxBytes });
  if (ext === '.html' || ext === '.htm') {
    const { htmlToText } = await import('../parse/html.js');
    return { text: htmlToText(decoded.text).text, format: 'html', warnings: decoded.warnings };
  }
  return { text: decoded.text, format: ext === '.md' || ext === '.markdown' ? 'md' : 'txt', warnings: decoded.warnings };
}
