/** Every failure @vecsum/analysis can report. */
export type AnalysisErrorCode = 'INVALID_ARGUMENT' | 'EMPTY_INPUT' | 'DIMENSION_MISMATCH';

export class AnalysisError extends Error {
  readonly code: AnalysisErrorCode;
  constructor(code: AnalysisErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AnalysisError';
    this.code = code;
  }
}

export const isAnalysisError = (e: unknown): e is AnalysisError => e instanceof Error && e.name === 'AnalysisError';
