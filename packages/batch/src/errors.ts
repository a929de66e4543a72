export type BatchErrorCode =
  | 'REDIS_UNAVAILABLE'
  | 'BAD_RECORD'
  | 'INVALID_ARGUMENT'
  | 'DUPLICATE_ID'
  | 'BATCH_UNKNOWN'
  | 'BATCH_INCOMPLETE'
  | 'MANIFEST_NOT_READABLE';

export class BatchError extends Error {
  readonly code: BatchErrorCode;
  /** For REDIS_UNAVAILABLE during a submit: records queued before Redis stopped answering. */
  readonly queued: number | undefined;
  constructor(code: BatchErrorCode, message: string, options?: { cause?: unknown; queued?: number }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'BatchError';
    this.code = code;
    this.queued = options?.queued;
  }
}

export const isBatchError = (e: unknown): e is BatchError => e instanceof Error && e.name === 'BatchError';
