/**
 * Where PDFs are rendered: in this thread, or in a worker thread that loads pdfkit and the fonts
 * while this thread reads and analyses, then renders while the next article is analysed. The bytes
 * are the same either way: rendering depends only on the guide.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BackMatter, Guide, Interview, Section } from '../model.js';
import { GuideError } from '../errors.js';
import type { PdfOptions, PdfResult } from '../render/pdf/index.js';
import type { PdfReply, PdfRequest, SentError } from './pdf-protocol.js';
import { quickParse } from '../quick-args.js';

/** Renders PDFs for the build. */
export interface PdfRenderer {
  /** A chance to get ready for an article before its guide exists (the worker warms up on it). */
  prepare(interview: Interview): void;
  render(guide: Guide, options: PdfOptions): Promise<PdfResult>;
  /**
   * Begins one PDF per options on a guide's head (see analyseInParts), to be given its sections as
   * they are made; finish(), given the back matter, then gives the PDFs, in the order of `options`.
   */
  start(head: Guide, options: readonly PdfOptions[]): PdfParts;
  /** Stops the worker, if there is one. */
  close(): Promise<void>;
}

/** PDFs being set part by part. */
export interface PdfParts {
  section(section: Section): void;
  finish(back: BackMatter): Promise<PdfResult>[];
}

/** Renders in this thread, from the finished guide; pdfkit and the fonts load on the first PDF. */
export const inThisThread: PdfRenderer = {
  prepare: () => undefined,
  render: async (guide, options) => (await import('../render/pdf/index.js')).renderPdf(guide, options),
  start: (head, options) => {
    const sections: Section[] = [];
    return {
      section: (section) => void sections.push(section),
      finish: (back) => options.map((o) => inThisThread.render({ ...head, sections, ...back }, o)),
    };
  },
  close: async () => undefined,
};

const WORKER_FILE = fileURLToPath(new URL('./pdf-worker.js', import.meta.url));

/** Whether PDFs can be set in a worker thread: two cores or more, and the worker compiled (tests run the sources). */
const workerUsable = (): boolean => availableParallelism() >= 2 && existsSync(WORKER_FILE);

// A small young generation: the worker's garbage is short-lived, and the default doubles its memory for no speed.
const newWorker = (): Worker => new Worker(WORKER_FILE, { resourceLimits: { maxYoungGenerationSizeMb: 12 } });

/** A worker started before the CLI loaded, until a build takes it; and whether it failed meanwhile. */
let prestarted: { worker: Worker; failed: boolean; fail: () => void } | undefined;

/** Whether the command line is a plain build (see quickParse) whose formats, if given, include PDF. */
export function mayMakePdf(argv: readonly string[]): boolean {
  const parsed = quickParse(argv);
  return parsed !== null && (typeof parsed.format !== 'string' || parsed.format.split(',').some((f) => f.trim() === 'pdf'));
}

/**
 * Starts the PDF worker at once when the command line is a plain build whose formats (if given)
 * include PDF, so that it loads pdfkit while the CLI loads and reads its settings (the bin calls
 * this first). Until a build takes it, it does not keep the process alive: a run that makes no PDF
 * (a settings file may ask for Markdown only) ends as it would have.
 */
export function prestartPdfWorker(argv: readonly string[]): void {
  if (prestarted || !mayMakePdf(argv) || !workerUsable()) return;
  const started = { worker: newWorker(), failed: false, fail: () => void (started.failed = true) };
  started.worker.on('error', started.fail).on('exit', started.fail).unref();
  prestarted = started;
}

/** A worker-thread renderer (the prestarted worker, if it is still well), or the in-thread one where no worker can run. */
export function startPdfRenderer(): PdfRenderer {
  if (!workerUsable()) return inThisThread;
  const early = prestarted;
  prestarted = undefined;
  if (early && !early.failed) {
    early.worker.off('error', early.fail).off('exit', early.fail).ref();
    return new WorkerRenderer(early.worker);
  }
  if (early) void early.worker.terminate();
  return new WorkerRenderer(newWorker());
}

class WorkerRenderer implements PdfRenderer {
  private next = 0;
  private readonly pending = new Map<number, { resolve: (r: PdfResult) => void; reject: (e: unknown) => void }>();
  private failure: unknown;
  /** The worker warms up on the first article only; later ones are not sent to it for that. */
  private prepared = false;

  constructor(private readonly worker: Worker) {
    worker.on('message', (reply: PdfReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (!waiting) return;
      if (reply.ok) waiting.resolve({ bytes: reply.bytes, warnings: reply.warnings });
      else waiting.reject(revive(reply.error));
    });
    const fail = (error: unknown) => {
      this.failure = error;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the PDF worker stopped (exit code ${code})`)));
  }

  prepare(interview: Interview): void {
    if (this.prepared || this.failure !== undefined) return;
    this.prepared = true;
    this.worker.postMessage({ kind: 'prepare', interview } satisfies PdfRequest);
  }

  render(guide: Guide, options: PdfOptions): Promise<PdfResult> {
    const id = this.next++;
    return this.ask(id, { kind: 'render', id, guide, options });
  }

  start(head: Guide, options: readonly PdfOptions[]): PdfParts {
    const ids = options.map(() => this.next++);
    if (ids.length === 0) return { section: () => undefined, finish: () => [] };
    if (this.failure === undefined) ids.forEach((id, i) => this.worker.postMessage({ kind: 'begin', id, head, options: options[i]! } satisfies PdfRequest));
    return {
      // One message for every PDF begun: a section is copied to the worker once.
      section: (section) => {
        if (this.failure === undefined) this.worker.postMessage({ kind: 'section', ids, section } satisfies PdfRequest);
      },
      finish: (back) => ids.map((id) => this.ask(id, { kind: 'finish', id, back })),
    };
  }

  /** Sends a request and waits for the reply with its id. */
  private ask(id: number, request: PdfRequest): Promise<PdfResult> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    this.failure ??= new Error('the PDF worker was closed');
    await this.worker.terminate();
  }
}

/** The error as it was thrown in the worker. */
function revive(sent: SentError): Error {
  if (sent.guide) return new GuideError(sent.code, sent.message, { file: sent.file, line: sent.line, hint: sent.hint, cause: sent.cause && revive(sent.cause) });
  const error = new Error(sent.message);
  if (sent.stack) error.stack = sent.stack;
  return error;
}
