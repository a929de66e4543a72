import { EmbeddingError } from '@vecsum/embeddings';
import { ReaderError } from '@vecsum/reader';
import { SummarizerError } from '@vecsum/summarizer';
import { ApiError, type FieldError } from './problem.js';
import type { ParsedJob } from './work/job.js';

/** An error as it crosses from a worker to the main thread. */
export interface WireError {
  name: string;
  code: string;
  message: string;
  status?: number;
  errors?: readonly FieldError[] | undefined;
  headers?: Readonly<Record<string, string>>;
}

/** A worker's answer to job `id`: the response bytes, a job for the main thread, or an error. */
export type WorkerReply =
  | { id: number; ok: true; bytes: Uint8Array }
  | { id: number; ok: true; delegate: ParsedJob }
  | { id: number; ok: false; error: WireError };

/** The typed error a worker sent, rebuilt on the main thread. */
export function rebuild(error: WireError): Error {
  if (error.name === 'SummarizerError') return new SummarizerError(error.code as never, error.message);
  if (error.name === 'EmbeddingError') return new EmbeddingError(error.code as never, error.message);
  if (error.name === 'ReaderError') return new ReaderError(error.code as never, error.message);
  if (error.name === 'ApiError')
    return new ApiError(error.status ?? 500, error.code, error.message, {
      ...(error.errors === undefined ? {} : { errors: error.errors }),
      headers: { ...error.headers },
    });
  return new Error(error.message);
}
