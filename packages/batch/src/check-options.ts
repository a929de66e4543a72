import { isSelectorChoice, resolveBudget, SELECTOR_CHOICES, SummarizerError, type SummarizeOptions } from '@vecsum/summarizer';
import { BatchError } from './errors.js';

/**
 * The options every record of a batch will be summarized with, checked before anything is
 * queued: a bad budget or selector would otherwise dead-letter every record, one by one.
 * @throws SummarizerError INVALID_BUDGET or UNKNOWN_SELECTOR, as `summarize` would
 */
export function checkSummarizeOptions(options: Omit<SummarizeOptions, 'signal'>): void {
  if (options.budget !== undefined) resolveBudget(options.budget, 1);
  const selector = options.selector;
  if (selector !== undefined && !isSelectorChoice(selector)) {
    throw new SummarizerError('UNKNOWN_SELECTOR', `unknown selector ${JSON.stringify(selector)}; expected one of ${SELECTOR_CHOICES.join(', ')}`);
  }
}

/** Largest worker concurrency (threads per worker process); more machines scale further. */
export const MAX_CONCURRENCY = 256;

/** A worker's numeric settings, checked before any thread or connection starts. @throws BatchError INVALID_ARGUMENT */
export function checkWorkerSettings(s: { concurrency?: number | undefined; lockMs?: number | undefined; jobTimeoutMs?: number | undefined }): void {
  const bad = (what: string, value: number) => new BatchError('INVALID_ARGUMENT', `${what}, got ${value}`);
  const { concurrency, lockMs, jobTimeoutMs } = s;
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency >= 1 && concurrency <= MAX_CONCURRENCY)) {
    throw bad(`concurrency must be an integer from 1 to ${MAX_CONCURRENCY} (run more workers for more)`, concurrency);
  }
  if (lockMs !== undefined && !(Number.isInteger(lockMs) && lockMs >= 100)) throw bad('lockMs must be an integer of at least 100 (ms)', lockMs);
  if (jobTimeoutMs !== undefined && !(Number.isInteger(jobTimeoutMs) && jobTimeoutMs >= 1)) {
    throw bad('jobTimeoutMs must be a positive integer (ms)', jobTimeoutMs);
  }
}
