/** The power-iteration PCA shipped before session 38 (deflation from a fixed start on the d x d scatter matrix), kept for pca.bench.ts. */
import { EmbeddingError } from '../../src/errors.js';
import type { Vector } from '../../src/types.js';
import { dot, normalize, removeProjection } from '../../src/math/vector.js';

export interface PrincipalComponentsOptions {
  /** How many components (default 1). */
  count?: number;
  /** Subtract the mean of the rows first (default true). `false` gives right singular vectors. */
  center?: boolean;
  /** Power-iteration steps per component (default 100). */
  maxIterations?: number;
  /** Stop when successive estimates differ by less than this (default 1e-7). */
  tolerance?: number;
}

export interface PrincipalComponents {
  /** Unit directions, strongest first. */
  readonly components: Vector[];
  /** Variance (or mean squared projection when uncentred) along each direction. */
  readonly variances: number[];
  /** The row mean that was subtracted (zero when `center` is false). */
  readonly mean: Vector;
}

/**
 * Top principal directions of the rows by power iteration with deflation. Deterministic: the
 * start vector is fixed, and each direction's sign is chosen so its largest component is
 * positive. Forms the d x d scatter matrix once (O(n d^2)), then iterates on it.
 */
export function principalComponents(rows: readonly ArrayLike<number>[], options: PrincipalComponentsOptions = {}): PrincipalComponents {
  const first = rows[0];
  if (first === undefined) throw new EmbeddingError('EMPTY_INPUT', 'PCA of no vectors');
  const d = first.length;
  const count = Math.min(options.count ?? 1, d);
  const center = options.center ?? true;
  const maxIterations = options.maxIterations ?? 100;
  const tolerance = options.tolerance ?? 1e-7;

  const mean = new Float32Array(d);
  if (center) {
    for (const r of rows) for (let j = 0; j < d; j++) mean[j] = mean[j]! + r[j]! / rows.length;
  }
  const cov = scatterMatrix(rows, mean);
  const components: Vector[] = [];
  const variances: number[] = [];
  const w = new Float64Array(d);
  for (let c = 0; c < count; c++) {
    let v: Vector = new Float32Array(d);
    for (let j = 0; j < d; j++) v[j] = 1 / Math.sqrt(d) + (j % 7) * 1e-3; // fixed start
    for (const prev of components) removeProjection(v, prev);
    normalize(v, v);
    let variance = 0;
    for (let it = 0; it < maxIterations; it++) {
      for (let a = 0; a < d; a++) {
        let s = 0;
        for (let b = 0; b < d; b++) s += cov[a * d + b]! * v[b]!;
        w[a] = s;
      }
      const next = Float32Array.from(w);
      for (const prev of components) removeProjection(next, prev); // deflation
      variance = dot(next, v);
      normalize(next, next);
      let diff = 0;
      for (let j = 0; j < d; j++) diff += Math.abs(next[j]! - v[j]!);
      v = next;
      if (diff < tolerance) break;
    }
    // deterministic sign
    let maxIdx = 0;
    for (let j = 1; j < d; j++) if (Math.abs(v[j]!) > Math.abs(v[maxIdx]!)) maxIdx = j;
    if (v[maxIdx]! < 0) for (let j = 0; j < d; j++) v[j] = -v[j]!;
    if (dot(v, v) === 0) break;
    components.push(v);
    variances.push(variance);
  }
  return { components, variances, mean };
}

/**
 * Scatter matrix C = X^T X / n of the rows minus `mean`, formed once: d x d, so each power
 * iteration step costs O(d^2) instead of O(n d).
 */
function scatterMatrix(rows: readonly ArrayLike<number>[], mean: Float32Array): Float64Array {
  const d = mean.length;
  const cov = new Float64Array(d * d);
  const centred = new Float64Array(d);
  for (const r of rows) {
    for (let j = 0; j < d; j++) centred[j] = r[j]! - mean[j]!;
    for (let a = 0; a < d; a++) {
      const x = centred[a]!;
      if (x === 0) continue;
      for (let b = a; b < d; b++) cov[a * d + b] = cov[a * d + b]! + x * centred[b]!;
    }
  }
  for (let a = 0; a < d; a++) {
    for (let b = a; b < d; b++) {
      const v = cov[a * d + b]! / rows.length;
      cov[a * d + b] = v;
      cov[b * d + a] = v;
    }
  }
  return cov;
}
