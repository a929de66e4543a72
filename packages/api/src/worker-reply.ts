import { EMBEDDING_ERROR_CODES, EmbeddingError } from '@vecsum/embeddings';
import { READER_ERROR_CODES, ReaderError } from '@vecsum/reader';
import { SUMMARIZER_ERROR_CODES, SummarizerError } from '@vecsum/summarizer';
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

/** True when `code` is one of `codes` (a code from the wire, checked before it types an error). */
function isOneOf<T extends string>(codes: readonly T[], code: string): code is T {
  return codes.some((c) => c === code);
}

/** The typed error a worker sent, rebuilt on the main thread (a code its class does not have falls through). */
export function rebuild(error: WireError): Error {
  const { code, message } = error;
  if (error.name === 'SummarizerError' && isOneOf(SUMMARIZER_ERROR_CODES, code)) return new SummarizerError(code, message);
  if (error.name === 'EmbeddingError' && isOneOf(EMBEDDING_ERROR_CODES, code)) return new EmbeddingError(code, message);
  if (error.name === 'ReaderError' && isOneOf(READER_ERROR_CODES, code)) return new ReaderError(code, message);
  if (error.name === 'ApiError')
    return new ApiError(error.status ?? 500, error.code, error.message, {
      ...(error.errors === undefined ? {} : { errors: error.errors }),
      headers: { ...error.headers },
    });
  return new Error(error.message);
}
