import type { Summary } from '@vecsum/summarizer';
import type { SummarizeRequest } from '../api-client.js';

/** Page → worker: summarize one request whose text is already read (plain text or Markdown). */
export interface WorkerRequest {
  readonly id: number;
  readonly req: SummarizeRequest;
  /** Lines of a pasted web page's article that read like page furniture: not to be picked (`ReadResult.doubtful`). */
  readonly doubtful: readonly string[];
  /** Absolute address of the word-vector pack (the page's, not the worker script's, base). */
  readonly modelUrl: string;
}

/** Worker → page: the summary, or a failure with a stable code and a plain sentence. */
export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly summary: Summary }
  | { readonly id: number; readonly ok: false; readonly code: string; readonly message: string };
