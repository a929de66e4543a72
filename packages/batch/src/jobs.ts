import type { SummarizeOptions } from '@vecsum/summarizer';

/** One record of the ../shared/data shape (only id and documents are needed). */
export interface BatchRecord {
  readonly id: string;
  readonly documents: readonly string[];
}

export interface JobData {
  /** Position in the submitted file: results come back in this order. */
  readonly seq: number;
  /** The raw record (validated by the worker, so bad records reach the dead-letter list). */
  readonly record: unknown;
  readonly options: Omit<SummarizeOptions, 'signal'>;
  readonly vectorFunction: 'mean' | 'sif' | 'arora';
  /** Model name (default: the embedded GloVe model); the worker resolves it. */
  readonly model?: string;
}

export interface JobResult {
  readonly id: string;
  readonly summary: string;
}

export interface DeadLetter {
  readonly id: string;
  readonly seq: number;
  readonly code: string;
  readonly message: string;
}

/** Redis list of dead letters of a queue. */
export const deadLetterKey = (queue: string): string => `vecsum:dead:${queue}`;
