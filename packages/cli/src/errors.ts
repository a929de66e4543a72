import { isEmbeddingError } from '@vecsum/embeddings';
import { isSummarizerError } from '@vecsum/summarizer';
import { isBatchError } from '@vecsum/batch';

/** Exit codes: stable, documented in `vecsum --help`. */
export const EXIT = {
  ok: 0,
  internal: 1,
  usage: 2,
  input: 3,
  model: 4,
} as const;

/** A command-line usage problem (unknown flag, missing file, bad value). */
export class CliError extends Error {
  readonly code: string;
  readonly exitCode: number;
  constructor(code: string, message: string, exitCode: number = EXIT.usage, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CliError';
    this.code = code;
    this.exitCode = exitCode;
  }
}

/** Maps any error to its code and exit status. */
export function describeError(e: unknown): { code: string; message: string; exitCode: number } {
  if (e instanceof CliError) return { code: e.code, message: e.message, exitCode: e.exitCode };
  if (isSummarizerError(e)) {
    const usage = e.code === 'INVALID_BUDGET' || e.code === 'UNKNOWN_SELECTOR' || e.code === 'INVALID_OPTION';
    return { code: e.code, message: e.message, exitCode: usage ? EXIT.usage : EXIT.input };
  }
  if (isBatchError(e)) return { code: e.code, message: e.message, exitCode: e.code === 'REDIS_UNAVAILABLE' ? EXIT.model : EXIT.input };
  if (isEmbeddingError(e)) {
    const model = e.code === 'MODEL_NOT_FOUND' || e.code === 'MODEL_LOAD_FAILED' || e.code === 'CACHE_CORRUPT';
    return { code: e.code, message: e.message, exitCode: model ? EXIT.model : EXIT.input };
  }
  const err = e instanceof Error ? e : new Error(String(e));
  return { code: 'INTERNAL', message: err.stack ?? err.message, exitCode: EXIT.internal };
}
