export type BatchErrorCode = 'REDIS_UNAVAILABLE' | 'BAD_RECORD' | 'INVALID_ARGUMENT';

export class BatchError extends Error {
  readonly code: BatchErrorCode;
  constructor(code: BatchErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BatchError';
    this.code = code;
  }
}

export const isBatchError = (e: unknown): e is BatchError => e instanceof Error && e.name === 'BatchError';
