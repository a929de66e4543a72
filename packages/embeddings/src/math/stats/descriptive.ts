/** Options of {@link meanAndDeviation}. */
export interface DeviationOptions {
  /** Use only these positions of `values` (default all). */
  readonly indices?: readonly number[];
  /** Delta degrees of freedom: 0 for the population deviation (default), 1 for the sample one. */
  readonly ddof?: 0 | 1;
}

/**
 * Arithmetic mean, summed in order (so every caller gets the same bits). An empty sample has
 * mean 0: callers that must tell "no data" apart check the length first.
 *
 * @param indices use only these positions of `values` (default all)
 */
export function mean(values: ArrayLike<number>, indices?: readonly number[]): number {
  let sum = 0;
  if (indices === undefined) {
    for (let i = 0; i < values.length; i++) sum += values[i]!;
    return values.length === 0 ? 0 : sum / values.length;
  }
  for (const i of indices) sum += values[i]!;
  return indices.length === 0 ? 0 : sum / indices.length;
}

/**
 * Mean and standard deviation: sqrt(Σ(x - mean)² / (n - ddof)). Both 0 for an empty sample
 * (and the deviation 0 when n <= ddof).
 */
export function meanAndDeviation(values: ArrayLike<number>, options: DeviationOptions = {}): { mean: number; sd: number } {
  const { indices, ddof = 0 } = options;
  const m = mean(values, indices);
  let squares = 0;
  let n = 0;
  if (indices === undefined) {
    for (let i = 0; i < values.length; i++) squares += (values[i]! - m) ** 2;
    n = values.length;
  } else {
    for (const i of indices) squares += (values[i]! - m) ** 2;
    n = indices.length;
  }
  return { mean: m, sd: n > ddof ? Math.sqrt(squares / (n - ddof)) : 0 };
}

/**
 * z-scores (population deviation) of `values` at `indices`, in place; other positions are left
 * as they are. A constant column (deviation at most 1e-12) becomes 0.
 */
export function standardize(values: Float64Array, indices: readonly number[]): Float64Array {
  if (indices.length === 0) return values;
  const { mean: m, sd } = meanAndDeviation(values, { indices });
  for (const i of indices) values[i] = sd > 1e-12 ? (values[i]! - m) / sd : 0;
  return values;
}

/** The median (the mean of the two middle values for an even count); 0 for an empty sample. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const m = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[m]! : (sorted[m - 1]! + sorted[m]!) / 2;
}
