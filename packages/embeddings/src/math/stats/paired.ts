import { EmbeddingError } from '../../errors.js';
import { createRandom } from '../random.js';
import { assertSample, percentileInterval, resampledMean, resolveBootstrapOptions, type BootstrapOptions } from './bootstrap.js';
import { mean, meanAndDeviation } from './descriptive.js';
import { studentTTwoSidedP } from './special-functions.js';

/** Outcome of {@link pairedBootstrapTest}. */
export interface PairedBootstrapResult {
  readonly n: number;
  readonly meanA: number;
  readonly meanB: number;
  /** mean(A) - mean(B). */
  readonly meanDifference: number;
  /** Bootstrap confidence interval of the mean difference. */
  readonly lower: number;
  readonly upper: number;
  /**
   * One-sided p-value for "A is better than B": the share of resamples in which A's mean is not
   * above B's (Koehn 2004). 0 means less than 1/resamples.
   */
  readonly pValueAGreater: number;
  /** Two-sided p-value: twice the smaller tail share (at most 1). */
  readonly pValue: number;
  readonly confidence: number;
  readonly resamples: number;
}

/** Outcome of {@link pairedTTest}. */
export interface PairedTTestResult {
  readonly n: number;
  /** mean(A) - mean(B). */
  readonly meanDifference: number;
  /** The t statistic (±Infinity when every difference is the same non-zero value, NaN when all are 0). */
  readonly t: number;
  /** Degrees of freedom, n - 1. */
  readonly df: number;
  /** Two-sided p-value (1 when all differences are 0, 0 when they are constant and non-zero). */
  readonly pValue: number;
}

function differences(a: readonly number[], b: readonly number[]): number[] {
  assertSample(a, 'a');
  assertSample(b, 'b');
  if (a.length !== b.length) {
    throw new EmbeddingError('INVALID_ARGUMENT', `paired samples differ in length: ${a.length} vs ${b.length}`);
  }
  return a.map((x, i) => x - (b[i] ?? 0));
}

/**
 * Paired bootstrap test of system A against system B scored on the same items (`a[i]` and
 * `b[i]` are the two systems' scores on item i): resamples the items with replacement, keeping
 * pairs together, and looks at the distribution of the mean difference. Deterministic for a
 * given seed.
 *
 * @throws EmbeddingError `EMPTY_INPUT` for empty samples; `INVALID_ARGUMENT` for samples of different
 *   lengths, non-finite values or bad options
 */
export function pairedBootstrapTest(a: readonly number[], b: readonly number[], options: BootstrapOptions = {}): PairedBootstrapResult {
  const d = differences(a, b);
  const { resamples, confidence, seed } = resolveBootstrapOptions(options);
  const random = createRandom(seed);
  const stats = new Float64Array(resamples);
  let notAbove = 0;
  let notBelow = 0;
  for (let k = 0; k < resamples; k++) {
    const m = resampledMean(d, random);
    stats[k] = m;
    if (m <= 0) notAbove++;
    if (m >= 0) notBelow++;
  }
  stats.sort();
  const { lower, upper } = percentileInterval(Array.from(stats), confidence);
  return {
    n: d.length,
    meanA: mean(a),
    meanB: mean(b),
    meanDifference: mean(d),
    lower,
    upper,
    pValueAGreater: notAbove / resamples,
    pValue: Math.min(1, (2 * Math.min(notAbove, notBelow)) / resamples),
    confidence,
    resamples,
  };
}

/**
 * Paired (dependent-samples) Student t-test of A against B, as `scipy.stats.ttest_rel` (which
 * the paper's authors used): t = mean(d) / (sd(d) / √n) with d = a - b and the n - 1 sample
 * standard deviation, two-sided p from the t distribution with n - 1 degrees of freedom.
 * Where scipy returns NaN for zero variance, this returns p = 1 (all differences 0) or p = 0
 * (a constant non-zero difference).
 *
 * @throws EmbeddingError `INVALID_ARGUMENT` for fewer than 2 pairs, different lengths or non-finite
 *   values; `EMPTY_INPUT` for empty samples
 */
export function pairedTTest(a: readonly number[], b: readonly number[]): PairedTTestResult {
  const d = differences(a, b);
  const n = d.length;
  if (n < 2) throw new EmbeddingError('INVALID_ARGUMENT', 'a paired t-test needs at least 2 pairs');
  const { mean: meanDifference, sd } = meanAndDeviation(d, { ddof: 1 });
  const df = n - 1;
  // Relative tolerance: differences equal up to rounding count as constant.
  const constant = sd <= 1e-12 * Math.max(1, Math.abs(meanDifference));
  if (constant) {
    const zero = Math.abs(meanDifference) <= 1e-15;
    return { n, meanDifference, t: zero ? Number.NaN : Math.sign(meanDifference) * Infinity, df, pValue: zero ? 1 : 0 };
  }
  const t = meanDifference / (sd / Math.sqrt(n));
  return { n, meanDifference, t, df, pValue: studentTTwoSidedP(t, df) };
}
