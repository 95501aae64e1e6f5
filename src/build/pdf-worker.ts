/**
 * The PDF worker thread: loads pdfkit and the fonts as soon as it starts, warms up on the first
 * article while the main thread analyses it, then renders the guides it is sent, in order.
 */
import { parentPort } from 'node:worker_threads';
import type { Interview } from '../model.js';
import { isGuideError } from '../errors.js';
import { renderPdf } from '../render/pdf/index.js';
import { draftGuide } from './draft-guide.js';
import type { PdfReply, PdfRequest, SentError } from './pdf-protocol.js';

const port = parentPort;
let warmed = false;

/** Renders the article's text once and throws the PDF away: the faces, shaped words and measured paragraphs stay cached. */
async function warmUp(interview: Interview): Promise<void> {
  if (warmed) return;
  warmed = true;
  try {
    await renderPdf(draftGuide(interview), { edition: 'student', creationDate: new Date(0) });
  } catch {
    // Only a head start; the real render reports any problem.
  }
}

function sendable(error: unknown): SentError {
  if (isGuideError(error)) return { guide: true, code: error.code, message: error.message, file: error.file, line: error.line, hint: error.hint, cause: error.cause === undefined ? undefined : sendable(error.cause) };
  const err = error instanceof Error ? error : new Error(String(error));
  return { guide: false, message: err.message, stack: err.stack };
}

// Requests arrive in order; a chain keeps them in that order whatever each one awaits.
let queue: Promise<void> = Promise.resolve();
port?.on('message', (request: PdfRequest) => {
  queue = queue.then(async () => {
    if (request.kind === 'prepare') return warmUp(request.interview);
    let reply: PdfReply;
    try {
      const { bytes, warnings } = await renderPdf(request.guide, request.options);
      reply = { id: request.id, ok: true, bytes, warnings };
      port.postMessage(reply, [bytes.buffer as ArrayBuffer]);
    } catch (error) {
      reply = { id: request.id, ok: false, error: sendable(error) };
      port.postMessage(reply);
    }
  });
});
