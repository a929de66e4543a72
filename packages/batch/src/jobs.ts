import type { SummarizeOptions } from '@vecsum/summarizer';

export type VectorFunction = 'mean' | 'sif' | 'arora';

export interface JobData {
  /** 1-based line of the record in the submitted file. */
  readonly line: number;
  /** The record's id (`line N` when it has none). */
  readonly id: string;
  /** The raw record (validated by the worker, so bad records reach the dead letters). */
  readonly record: unknown;
  /** Set for a line that is not JSON: the worker dead-letters it as INVALID_JSON. */
  readonly invalidJson?: string;
  readonly options: Omit<SummarizeOptions, 'signal'>;
  readonly vectorFunction: VectorFunction;
  /** Model name (default: the embedded GloVe model); the worker resolves it. */
  readonly model?: string;
}

export interface JobResult {
  readonly id: string;
  readonly line: number;
  readonly summary: string;
}

/** A record that will not be summarized, with its error code (BAD_RECORD, INVALID_JSON, EMPTY_DOCUMENT...). */
export interface DeadLetter {
  readonly id: string;
  readonly line: number;
  readonly code: string;
  readonly message: string;
}
