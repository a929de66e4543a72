import { EmbeddingError } from '../errors.js';
import type { Vector } from '../types.js';

function assertSameLength(a: ArrayLike<number>, b: ArrayLike<number>): void {
  if (a.length !== b.length) {
    throw new EmbeddingError('DIMENSION_MISMATCH', `vectors have different dimensions: ${a.length} and ${b.length}`);
  }
}

/** Inner product. Throws DIMENSION_MISMATCH when the lengths differ. */
export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  assertSameLength(a, b);
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** Euclidean (L2) norm. */
export function norm(a: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    const v = a[i]!;
    s += v * v;
  }
  return Math.sqrt(s);
}

/** True when every component is exactly zero (or the vector is empty). */
export function isZero(a: ArrayLike<number>): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== 0) return false;
  return true;
}

/**
 * Unit vector in the direction of `a`, written into `out` (a new array when omitted).
 * A zero vector stays zero: never NaN.
 */
export function normalize(a: ArrayLike<number>, out: Vector = new Float32Array(a.length)): Vector {
  const n = norm(a);
  if (n === 0 || !Number.isFinite(n)) {
    out.fill(0);
    return out;
  }
  for (let i = 0; i < a.length; i++) out[i] = a[i]! / n;
  return out;
}

/** Cosine similarity in [-1, 1]; 0 when either vector is zero. */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  assertSameLength(a, b);
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    ab += x * y;
    aa += x * x;
    bb += y * y;
  }
  if (aa === 0 || bb === 0) return 0;
  const c = ab / Math.sqrt(aa * bb);
  return c > 1 ? 1 : c < -1 ? -1 : c;
}

/** `out += scale * a`, in place; returns `out`. */
export function addScaled(out: Vector, a: ArrayLike<number>, scale = 1): Vector {
  assertSameLength(out, a);
  for (let i = 0; i < out.length; i++) out[i] = out[i]! + scale * a[i]!;
  return out;
}

/** `a - b` as a new vector. */
export function subtract(a: ArrayLike<number>, b: ArrayLike<number>): Vector {
  assertSameLength(a, b);
  const out = new Float32Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! - b[i]!;
  return out;
}

/** Component-wise sum of vectors (zero vector of `dimensions` when the list is empty). */
export function sum(vectors: readonly ArrayLike<number>[], dimensions: number): Vector {
  const out = new Float32Array(dimensions);
  for (const v of vectors) addScaled(out, v);
  return out;
}

/** Arithmetic mean of vectors. Throws EMPTY_INPUT for an empty list. */
export function meanVector(vectors: readonly ArrayLike<number>[]): Vector {
  const first = vectors[0];
  if (first === undefined) throw new EmbeddingError('EMPTY_INPUT', 'mean of no vectors');
  const out = sum(vectors, first.length);
  for (let i = 0; i < out.length; i++) out[i] = out[i]! / vectors.length;
  return out;
}

/** Removes the projection of `a` on the unit direction `u`, in place: `a -= (a·u) u`. */
export function removeProjection(a: Vector, u: ArrayLike<number>): Vector {
  return addScaled(a, u, -dot(a, u));
}
