/** Every failure @vecsum/eval can report. Callers branch on `code`, never on message text. */
export type EvalErrorCode = 'INVALID_ARGUMENT' | 'EMPTY_INPUT' | 'BAD_DATASET' | 'UNKNOWN_DATASET' | 'READ_FAILED';

/** All codes, in a stable order (for exhaustive mappings such as HTTP status tables). */
export const EVAL_ERROR_CODES: readonly EvalErrorCode[] = ['INVALID_ARGUMENT', 'EMPTY_INPUT', 'BAD_DATASET', 'UNKNOWN_DATASET', 'READ_FAILED'];

/** Options of {@link EvalError}: the wrapped cause and, for dataset errors, the 1-based line. */
export interface EvalErrorOptions {
  readonly cause?: unknown;
  readonly line?: number;
}

/** The one error class of @vecsum/eval, with a closed set of codes. */
export class EvalError extends Error {
  readonly code: EvalErrorCode;
  /** 1-based line of the offending record, for `BAD_DATASET` errors raised while parsing JSONL. */
  readonly line: number | undefined;
  constructor(code: EvalErrorCode, message: string, options?: EvalErrorOptions) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'EvalError';
    this.code = code;
    this.line = options?.line;
  }
}

/** Name-based check: survives duplicate module copies where `instanceof` would not. */
export const isEvalError = (e: unknown): e is EvalError => e instanceof Error && e.name === 'EvalError';
