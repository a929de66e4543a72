/** Every failure @vecsum/embeddings can report. Callers branch on `code`, never on message text. */
export type EmbeddingErrorCode =
  | 'EMPTY_INPUT'
  | 'INVALID_ARGUMENT'
  | 'INPUT_TOO_LARGE'
  | 'MODEL_NOT_FOUND'
  | 'MODEL_LOAD_FAILED'
  | 'CACHE_CORRUPT'
  | 'DIMENSION_MISMATCH';

export const EMBEDDING_ERROR_CODES: readonly EmbeddingErrorCode[] = [
  'EMPTY_INPUT',
  'INVALID_ARGUMENT',
  'INPUT_TOO_LARGE',
  'MODEL_NOT_FOUND',
  'MODEL_LOAD_FAILED',
  'CACHE_CORRUPT',
  'DIMENSION_MISMATCH',
];

/** The one error class of @vecsum/embeddings, with a closed set of codes. */
export class EmbeddingError extends Error {
  readonly code: EmbeddingErrorCode;
  constructor(code: EmbeddingErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EmbeddingError';
    this.code = code;
  }
}

/** Name-based check: survives duplicate module copies where `instanceof` would not. */
export const isEmbeddingError = (e: unknown): e is EmbeddingError => e instanceof Error && e.name === 'EmbeddingError';
