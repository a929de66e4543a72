import { EmbeddingError } from '../errors.js';
import type { Vector } from '../types.js';
import { symmetricEigen } from './eigen.js';
import { dot, normalize, removeProjection } from './vector.js';

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
 * Top principal directions of the rows. Deterministic: each direction's sign is chosen so its
 * largest component is positive. One direction (the common component of a document's word
 * vectors) comes by power iteration from a fixed start on the d x d scatter matrix, formed once
 * (O(n d^2)); it converges in a few steps on a dominant direction. Several come exactly from the
 * Jacobi eigen-decomposition of the smaller of the scatter matrix and the n x n Gram matrix of the
 * rows (a document's sentences in 100 or 384 dimensions: fewer rows than dimensions), where
 * deflated power iteration stalls on close variances (session 38: 100 steps left the first three
 * of 200 rows off, at 30 times the cost for 30 rows; packages/embeddings/bench/pca.bench.ts).
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
  if (count > 1) return { ...(rows.length < d ? gramComponents(rows, mean, count) : scatterComponents(rows, mean, count)), mean };
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
    fixSign(v);
    if (dot(v, v) === 0) break;
    components.push(v);
    variances.push(variance);
  }
  return { components, variances, mean };
}

/** A variance at most this fraction of the largest is rounding noise: no direction left. */
const ZERO_VARIANCE = 1e-12;

/** The deterministic sign: the direction's largest component is positive. */
function fixSign(v: Vector): void {
  let maxIdx = 0;
  for (let j = 1; j < v.length; j++) if (Math.abs(v[j]!) > Math.abs(v[maxIdx]!)) maxIdx = j;
  if (v[maxIdx]! < 0) for (let j = 0; j < v.length; j++) v[j] = -v[j]!;
}

/**
 * The top `count` directions from the Gram matrix G = X X^T / n of the rows X minus `mean`: G and
 * the scatter matrix X^T X / n share their non-zero eigenvalues, and an eigenvector u of G gives
 * the direction X^T u. Stops at the first eigenvalue that is numerically zero (at most 1e-12 of the
 * largest: no variance left, and X^T u would be rounding noise).
 */
function gramComponents(rows: readonly ArrayLike<number>[], mean: Float32Array, count: number): Omit<PrincipalComponents, 'mean'> {
  const n = rows.length;
  const d = mean.length;
  const x = rows.map((r) => Float64Array.from({ length: d }, (_, j) => r[j]! - mean[j]!));
  const gram = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let k = i; k < n; k++) {
      const g = dot(x[i]!, x[k]!) / n;
      gram[i * n + k] = g;
      gram[k * n + i] = g;
    }
  }
  const { values, vectors } = symmetricEigen(gram, n);
  const components: Vector[] = [];
  const variances: number[] = [];
  const direction = new Float64Array(d);
  const floor = Math.max(0, values[0]! * ZERO_VARIANCE);
  for (let c = 0; c < Math.min(count, n); c++) {
    if (!(values[c]! > floor)) break;
    direction.fill(0);
    for (let i = 0; i < n; i++) {
      const u = vectors[c * n + i]!;
      const row = x[i]!;
      for (let j = 0; j < d; j++) direction[j] = direction[j]! + u * row[j]!;
    }
    const v = normalize(direction);
    fixSign(v);
    if (dot(v, v) === 0) break;
    components.push(v);
    variances.push(values[c]!);
  }
  return { components, variances };
}

/** The top `count` directions: the eigenvectors of the scatter matrix, exactly (numerically zero variances left out, as in gramComponents). */
function scatterComponents(rows: readonly ArrayLike<number>[], mean: Float32Array, count: number): Omit<PrincipalComponents, 'mean'> {
  const d = mean.length;
  const { values, vectors } = symmetricEigen(scatterMatrix(rows, mean), d);
  const components: Vector[] = [];
  const variances: number[] = [];
  const floor = Math.max(0, values[0]! * ZERO_VARIANCE);
  for (let c = 0; c < count; c++) {
    if (!(values[c]! > floor)) break;
    const v = normalize(vectors.subarray(c * d, (c + 1) * d));
    fixSign(v);
    components.push(v);
    variances.push(values[c]!);
  }
  return { components, variances };
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
