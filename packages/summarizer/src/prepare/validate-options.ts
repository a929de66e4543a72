import { SummarizerError } from '../errors.js';
import type { SummarizeOptions } from '../summarize.js';

/** Checks the options `summarize` reads before any work, throwing INVALID_OPTION with what is wrong. */
export function validateOptions(o: SummarizeOptions): void {
  const check = (ok: boolean, what: string): void => {
    if (!ok) throw new SummarizerError('INVALID_OPTION', what);
  };
  if (o.order !== undefined) check(o.order === 'document' || o.order === 'rank', `order must be document or rank, got ${JSON.stringify(o.order)}`);
  if (o.queryWeight !== undefined) check(o.queryWeight >= 0 && o.queryWeight <= 1, `queryWeight must be in [0, 1], got ${o.queryWeight}`);
  if (o.positionWeight !== undefined) check(Number.isFinite(o.positionWeight), `positionWeight must be a finite number`);
  if (o.factor !== undefined) check(Number.isFinite(o.factor) && o.factor >= 0, `factor must be >= 0, got ${o.factor}`);
  if (o.lambda !== undefined) check(o.lambda >= 0 && o.lambda <= 1, `lambda must be in [0, 1], got ${o.lambda}`);
  if (o.maxSentenceWords !== undefined) check(Number.isInteger(o.maxSentenceWords) && o.maxSentenceWords > 0, 'maxSentenceWords must be a positive integer');
  if (o.duplicateThreshold !== undefined) check(o.duplicateThreshold > 0 && o.duplicateThreshold <= 1, 'duplicateThreshold must be in (0, 1]');
  if (o.query !== undefined) check(typeof o.query === 'string', 'query must be a string');
  if (o.doubtfulLines !== undefined)
    check(Array.isArray(o.doubtfulLines) && o.doubtfulLines.every((l) => typeof l === 'string'), 'doubtfulLines must be an array of strings');
}
