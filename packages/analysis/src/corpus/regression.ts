import { meanAndDeviation } from '@vecsum/embeddings/math';
import { AnalysisError } from '../errors.js';
import { alphaMax, fista } from '../lasso/fista.js';
import type { Dictionary } from '../lasso/operator.js';

/** Features as columns: columns[j][i] = feature j of sample i. */
export type Columns = readonly ArrayLike<number>[];

export interface LassoRegressionOptions {
  /** Control covariates (e.g. log sentence length), fitted without penalty. */
  readonly controls?: Columns;
  /** Walk the alpha path down until more than this many features enter; keep the last fit with at most this many (default 6). */
  readonly keep?: number;
  /** A fixed alpha instead of the path (in standardised units: ½‖y − Xw‖² + alpha‖w‖₁). */
  readonly alpha?: number;
  /** Fit on these samples only (default all). */
  readonly rows?: readonly number[];
}

export interface LassoRegression {
  readonly alpha: number;
  /** Per feature, in standardised units (change in y per standard deviation of the feature). */
  readonly weights: Float64Array;
  /** Per control, in standardised units. */
  readonly controlWeights: Float64Array;
  /** Prediction for sample i of the same columns. */
  predict(i: number): number;
}

interface Standardised {
  readonly mean: Float64Array;
  readonly sd: Float64Array;
}

/** Per column, the mean and population deviation over `rows` (a constant column gets deviation 1). */
function standardise(columns: Columns, rows: readonly number[]): Standardised {
  const p = columns.length;
  const mean = new Float64Array(p);
  const sd = new Float64Array(p);
  columns.forEach((col, j) => {
    const stats = meanAndDeviation(col, { indices: rows });
    mean[j] = stats.mean;
    sd[j] = stats.sd || 1;
  });
  return { mean, sd };
}

type Solve = (alpha: number, initial?: Float64Array, exclude?: ReadonlySet<number>) => Float64Array;

/** The standardised design (operator atoms = features, dimensions = samples). */
function designMatrix(features: Columns, rows: readonly number[], { mean, sd }: Standardised): Float32Array {
  const n = rows.length;
  const matrix = new Float32Array(features.length * n);
  features.forEach((col, j) => rows.forEach((i, r) => (matrix[j * n + r] = (col[i]! - mean[j]!) / sd[j]!)));
  return matrix;
}

/** A FISTA solve of the centred target with the controls (indices q..p-1) unpenalised. */
function solver(target: Float64Array, dict: Dictionary, q: number): Solve {
  const unpenalized = new Set(Array.from({ length: dict.atoms - q }, (_, c) => q + c));
  return (alpha, initial, exclude) =>
    fista(target, dict, {
      alpha,
      threshold: 0,
      maxIterations: 3000,
      tolerance: 1e-7,
      unpenalized,
      ...(initial === undefined ? {} : { initial }),
      ...(exclude === undefined ? {} : { exclude }),
    }).weights;
}

/**
 * The alpha path from alphaMax (of the penalised features once the controls alone have been
 * fitted) down by 0.85 with warm starts; the last fit with at most `keep` active features.
 */
function alphaPath(target: Float64Array, dict: Dictionary, q: number, keep: number, solve: Solve): { alpha: number; w: Float64Array } {
  const { atoms: p, dimensions: n, matrix } = dict;
  const base = p === q ? new Float64Array(p) : solve(0, undefined, new Set(Array.from({ length: q }, (_, j) => j)));
  const fitted = new Float64Array(n);
  for (let j = q; j < p; j++) for (let r = 0; r < n; r++) fitted[r] = fitted[r]! + base[j]! * matrix[j * n + r]!;
  const resid = Float64Array.from(target, (t, r) => t - fitted[r]!);
  const top = alphaMax(resid, { atoms: q, dimensions: n, matrix: matrix.subarray(0, q * n) });
  let alpha = top;
  let w = solve(top, base);
  for (let a = top * 0.85; a > top * 1e-3; a *= 0.85) {
    const next = solve(a, w);
    let active = 0;
    for (let j = 0; j < q; j++) if (next[j] !== 0) active++;
    if (active > keep) break;
    w = next;
    alpha = a;
  }
  return { alpha, w };
}

/**
 * Lasso regression of y on standardised features (intercept by centring; an optional control
 * covariate unpenalised), solved by the same FISTA as the word equations. Without `alpha`, the
 * alpha path from alphaMax down by 0.85 (warm starts) stops before more than `keep` features
 * are active.
 */
export function lassoRegression(columns: Columns, y: readonly number[], options: LassoRegressionOptions = {}): LassoRegression {
  const rows = options.rows ?? y.map((_, i) => i);
  const n = rows.length;
  const features = [...columns, ...(options.controls ?? [])];
  const p = features.length;
  const q = columns.length;
  if (n < 3 || p === 0) throw new AnalysisError('EMPTY_INPUT', `need at least 3 samples and 1 feature, got ${n} and ${p}`);
  const stats = standardise(features, rows);
  const { mean, sd } = stats;
  const dict: Dictionary = { atoms: p, dimensions: n, matrix: designMatrix(features, rows, stats) };
  let yMean = 0;
  for (const i of rows) yMean += y[i]! / n;
  const target = Float64Array.from(rows, (i) => y[i]! - yMean);
  const solve = solver(target, dict, q);
  const { alpha, w } =
    q === 0
      ? { alpha: 0, w: solve(0) }
      : options.alpha !== undefined
        ? { alpha: options.alpha, w: solve(options.alpha) }
        : alphaPath(target, dict, q, options.keep ?? 6, solve);
  return {
    alpha,
    weights: w.slice(0, q),
    controlWeights: w.slice(q),
    predict(i) {
      let s = yMean;
      for (let j = 0; j < p; j++) {
        const wj = w[j]!;
        if (wj !== 0) s += (wj * (features[j]![i]! - mean[j]!)) / sd[j]!;
      }
      return s;
    },
  };
}
