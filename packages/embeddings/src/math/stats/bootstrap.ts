import { EmbeddingError } from '../../errors.js';
import { createRandom, randomIndex, type Random } from '../random.js';
import { mean } from './descriptive.js';

/** Options of the bootstrap estimators. */
export interface BootstrapOptions {
  /** Number of bootstrap resamples. Default 1000 (ROUGE-1.5.5 `-r 1000`). */
  readonly resamples?: number;
  /** Confidence level, a fraction in (0, 1). Default 0.95 (ROUGE `-c 95`). */
  readonly confidence?: number;
  /** Seed of the resampling generator; the same seed gives the same interval. Default 0. */
  readonly seed?: number;
}

/** A sample mean with its bootstrap confidence interval. */
export interface MeanWithInterval {
  /** The plain sample mean (not the mean of the resampled means, which ROUGE-1.5.5 prints). */
  readonly mean: number;
  readonly lower: number;
  readonly upper: number;
  readonly confidence: number;
  readonly resamples: number;
  /** Sample size. */
  readonly n: number;
}

/** Validated options with defaults filled in. */
export interface ResolvedBootstrapOptions {
  readonly resamples: number;
  readonly confidence: number;
  readonly seed: number;
}

/**
 * Fills in defaults and checks ranges.
 *
 * @throws EmbeddingError `INVALID_ARGUMENT` for a non-positive or fractional `resamples`, a
 *   confidence outside (0, 1) or a non-integer seed
 */
export function resolveBootstrapOptions(options: BootstrapOptions = {}): ResolvedBootstrapOptions {
  const resamples = options.resamples ?? 1000;
  const confidence = options.confidence ?? 0.95;
  const seed = options.seed ?? 0;
  if (!Number.isInteger(resamples) || resamples < 1) {
    throw new EmbeddingError('INVALID_ARGUMENT', `resamples must be a positive integer, got ${String(resamples)}`);
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new EmbeddingError('INVALID_ARGUMENT', `confidence must be a fraction in (0, 1), got ${String(confidence)}`);
  }
  if (!Number.isInteger(seed)) throw new EmbeddingError('INVALID_ARGUMENT', `seed must be an integer, got ${String(seed)}`);
  return { resamples, confidence, seed };
}

/**
 * Checks that `values` is a non-empty array of finite numbers.
 *
 * @throws EmbeddingError `EMPTY_INPUT` for an empty array, `INVALID_ARGUMENT` for a non-finite value
 */
export function assertSample(values: readonly number[], what = 'values'): void {
  if (values.length === 0) throw new EmbeddingError('EMPTY_INPUT', `${what} must not be empty`);
  const badIndex = values.findIndex((v) => typeof v !== 'number' || !Number.isFinite(v));
  if (badIndex >= 0) {
    throw new EmbeddingError('INVALID_ARGUMENT', `${what}[${badIndex}] is not a finite number: ${String(values[badIndex])}`);
  }
}

/** Mean of one resample (with replacement) of `values`. */
export function resampledMean(values: readonly number[], random: Random): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[randomIndex(random, values.length)] ?? 0;
  return sum / values.length;
}

/**
 * Percentile interval of bootstrap statistics, with ROUGE-1.5.5's ranks: the lower bound is
 * the value at rank `R·(1-c)/2` and the upper bound at rank `R - R·(1-c)/2 - 1` of the sorted
 * statistics (0-based, linear interpolation between neighbours for fractional ranks). With
 * R = 1000 and c = 0.95 that is ranks 25 and 974, exactly as ROUGE.
 *
 * @param sorted statistics in ascending order, at least one
 */
export function percentileInterval(sorted: readonly number[], confidence: number): { lower: number; upper: number } {
  const r = sorted.length;
  const at = (rank: number): number => {
    const clamped = Math.min(Math.max(rank, 0), r - 1);
    const low = Math.floor(clamped);
    const high = Math.min(low + 1, r - 1);
    const a = sorted[low] ?? 0;
    return a + ((sorted[high] ?? a) - a) * (clamped - low);
  };
  // Rounded so that 1000 × (1 - 0.95) / 2 is exactly rank 25, not 25.000000000000018.
  const delta = Math.round(((r * (1 - confidence)) / 2) * 1e9) / 1e9;
  return { lower: at(delta), upper: at(r - delta - 1) };
}

/**
 * The mean of a sample with a percentile-bootstrap confidence interval: `resamples` resamples
 * of the items with replacement, the mean of each, and the interval of those means (see
 * {@link percentileInterval}). Deterministic for a given seed. A constant sample gives a
 * zero-width interval.
 *
 * @param values per-item scores (for example ROUGE-2 recall of each cluster)
 * @throws EmbeddingError `EMPTY_INPUT` for no values; `INVALID_ARGUMENT` for bad options or values
 * @example bootstrapMean([0.31, 0.29, 0.35], { seed: 7 }) // { mean: 0.3166, lower: ..., upper: ... }
 */
export function bootstrapMean(values: readonly number[], options: BootstrapOptions = {}): MeanWithInterval {
  assertSample(values);
  const { resamples, confidence, seed } = resolveBootstrapOptions(options);
  const random = createRandom(seed);
  const means = new Float64Array(resamples);
  for (let k = 0; k < resamples; k++) means[k] = resampledMean(values, random);
  means.sort();
  const { lower, upper } = percentileInterval(Array.from(means), confidence);
  return { mean: mean(values), lower, upper, confidence, resamples, n: values.length };
}
