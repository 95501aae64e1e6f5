/**
 * The PDF worker thread: loads pdfkit and the fonts as soon as it starts, warms up on the first
 * article while the main thread analyses it, then renders the guides it is sent, in order.
 */
import { parentPort } from 'node:worker_threads';
import type { Interview } from '../model.js';
import { isGuideError } from '../errors.js';
import { PdfWriter, renderPdf, type PdfResult } from '../render/pdf/index.js';
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

/** PDFs being set part by part, by id; a failed one keeps its error until its end is asked for. */
const writers = new Map<number, { writer?: PdfWriter; error?: unknown }>();

/** Sends a PDF, or the error that stopped it, as the answer to request `id`. */
function reply(id: number, result: () => Promise<PdfResult>): Promise<void> {
  // A failure to send the PDF is answered as an error too, so the queue goes on for the next request.
  return result()
    .then(({ bytes, warnings }) => port!.postMessage({ id, ok: true, bytes, warnings } satisfies PdfReply, [bytes.buffer as ArrayBuffer]))
    .catch((error: unknown) => port!.postMessage({ id, ok: false, error: sendable(error) } satisfies PdfReply));
}

// Requests arrive in order; a chain keeps them in that order whatever each one awaits.
let queue: Promise<void> = Promise.resolve();
port?.on('message', (request: PdfRequest) => {
  queue = queue.then(async () => {
    switch (request.kind) {
      case 'prepare':
        return warmUp(request.interview);
      case 'render':
        return reply(request.id, () => renderPdf(request.guide, request.options));
      case 'begin':
        try {
          writers.set(request.id, { writer: new PdfWriter(request.head, request.options) });
        } catch (error) {
          writers.set(request.id, { error });
        }
        return;
      case 'section':
        for (const id of request.ids) {
          const job = writers.get(id);
          if (!job?.writer) continue;
          try {
            job.writer.section(request.section);
          } catch (error) {
            writers.set(id, { error });
          }
        }
        return;
      case 'finish': {
        const job = writers.get(request.id);
        writers.delete(request.id);
        return reply(request.id, async () => {
          if (!job?.writer) throw job?.error ?? new Error('no PDF was begun with this id');
          return job.writer.finish(request.back);
        });
      }
    }
  });
});
