/** The messages between the main thread and the PDF worker: plain, structured-cloneable data. */
import type { ErrorCode } from '../errors.js';
import type { BackMatter, Guide, Interview, Section, Warning } from '../model.js';
import type { PdfOptions } from '../render/pdf/index.js';

/** What the main thread asks of the worker. */
export type PdfRequest =
  | { readonly kind: 'prepare'; readonly interview: Interview }
  | { readonly kind: 'render'; readonly id: number; readonly guide: Guide; readonly options: PdfOptions }
  /** A PDF set part by part: its head (see analyseInParts), each section for every PDF begun on it, then the end with the back matter. */
  | { readonly kind: 'begin'; readonly id: number; readonly head: Guide; readonly options: PdfOptions }
  | { readonly kind: 'section'; readonly ids: readonly number[]; readonly section: Section }
  | { readonly kind: 'finish'; readonly id: number; readonly back: BackMatter };

/** An error as it crosses threads: a GuideError keeps its code, place and hint; any other keeps its stack. */
export type SentError =
  | { readonly guide: true; readonly code: ErrorCode; readonly message: string; readonly file?: string; readonly line?: number; readonly hint?: string; readonly cause?: SentError }
  | { readonly guide: false; readonly message: string; readonly stack?: string };

/** The worker's answer to one render. */
export type PdfReply =
  | { readonly id: number; readonly ok: true; readonly bytes: Uint8Array; readonly warnings: Warning[] }
  | { readonly id: number; readonly ok: false; readonly error: SentError };
