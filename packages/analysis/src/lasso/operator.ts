import { norm } from '@vecsum/embeddings/math';

/** A dictionary of `atoms` vectors of length `dimensions`, row-major (row a = atom a). */
export interface Dictionary {
  readonly atoms: number;
  readonly dimensions: number;
  readonly matrix: Float32Array;
}

/**
 * A linear map w (length `atoms`) -> Dᵀw (length `dimensions`) and its adjoint, so the same
 * solver serves a dense word dictionary and a regression design matrix.
 */
export interface LinearOperator {
  readonly atoms: number;
  readonly dimensions: number;
  /** out = Dᵀ w. */
  forward(w: Float64Array, out: Float64Array): void;
  /** out = D r. */
  adjoint(r: Float64Array, out: Float64Array): void;
}

const operatorCache = new WeakMap<Float32Array, LinearOperator>();

/** The operator of a dense row-major dictionary (cached per matrix; skips zero weights). */
export function denseOperator(dict: Dictionary): LinearOperator {
  const hit = operatorCache.get(dict.matrix);
  if (hit !== undefined && hit.atoms === dict.atoms && hit.dimensions === dict.dimensions) return hit;
  const { atoms: k, dimensions: d } = dict;
  const m = Float64Array.from(dict.matrix);
  const op: LinearOperator = {
    atoms: k,
    dimensions: d,
    forward(w, out) {
      out.fill(0);
      for (let a = 0; a < k; a++) {
        const wa = w[a]!;
        if (wa === 0) continue;
        const base = a * d;
        for (let j = 0; j < d; j++) out[j] = out[j]! + wa * m[base + j]!;
      }
    },
    adjoint(r, out) {
      for (let a = 0; a < k; a++) {
        const base = a * d;
        let g = 0;
        for (let j = 0; j < d; j++) g += m[base + j]! * r[j]!;
        out[a] = g;
      }
    },
  };
  operatorCache.set(dict.matrix, op);
  return op;
}

const lipschitzCache = new WeakMap<object, number>();

/** Largest eigenvalue of D Dᵀ (the gradient's Lipschitz constant), by power iteration; cached. */
export function lipschitzOf(dict: Dictionary | LinearOperator): number {
  const op = 'matrix' in dict ? denseOperator(dict) : dict;
  const cached = lipschitzCache.get(op);
  if (cached !== undefined) return cached;
  let v = new Float64Array(op.atoms).fill(1 / Math.sqrt(op.atoms));
  const image = new Float64Array(op.dimensions);
  let lambda = 0;
  for (let it = 0; it < 200; it++) {
    op.forward(v, image);
    const u = new Float64Array(op.atoms);
    op.adjoint(image, u);
    const n = norm(u);
    if (n === 0) break;
    const converged = Math.abs(n - lambda) <= 1e-7 * n;
    lambda = n;
    for (let a = 0; a < u.length; a++) u[a] = u[a]! / n;
    v = u;
    if (converged) break;
  }
  // a hair above the estimate: power iteration approaches the top eigenvalue from below
  const l = Math.max(lambda * 1.001, 1e-12);
  lipschitzCache.set(op, l);
  return l;
}
