/** Every failure @vecsum/summarizer can report. Callers branch on `code`. */
export type SummarizerErrorCode = 'EMPTY_DOCUMENT' | 'INVALID_BUDGET' | 'UNKNOWN_SELECTOR' | 'INVALID_OPTION' | 'INPUT_TOO_LARGE';

export const SUMMARIZER_ERROR_CODES: readonly SummarizerErrorCode[] = [
  'EMPTY_DOCUMENT',
  'INVALID_BUDGET',
  'UNKNOWN_SELECTOR',
  'INVALID_OPTION',
  'INPUT_TOO_LARGE',
];

/** The one error class of @vecsum/summarizer. */
export class SummarizerError extends Error {
  readonly code: SummarizerErrorCode;
  constructor(code: SummarizerErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SummarizerError';
    this.code = code;
  }
}

export const isSummarizerError = (e: unknown): e is SummarizerError => e instanceof Error && e.name === 'SummarizerError';
