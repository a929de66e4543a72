import { cosine } from '@vecsum/embeddings/math';
import type { Vector } from '@vecsum/embeddings';

/** Each vector's squared L2 norm, summed in the order `cosine` sums it. */
export function squaredNorms(vectors: readonly Vector[]): Float64Array {
  const out = new Float64Array(vectors.length);
  vectors.forEach((v, i) => {
    let s = 0;
    for (let k = 0; k < v.length; k++) s += v[k]! * v[k]!;
    out[i] = s;
  });
  return out;
}

/**
 * `cosine(a, b)` bit for bit when aa and bb are the vectors' `squaredNorms` (its three sums
 * are independent, so the norms summed once give the same numbers), with one product per
 * coordinate instead of three. Vectors of different lengths go to `cosine` (its error).
 */
export function cosineWithNorms(a: Vector, b: Vector, aa: number, bb: number): number {
  if (a.length !== b.length) return cosine(a, b);
  let ab = 0;
  for (let i = 0; i < a.length; i++) ab += a[i]! * b[i]!;
  if (aa === 0 || bb === 0) return 0;
  const c = ab / Math.sqrt(aa * bb);
  return c > 1 ? 1 : c < -1 ? -1 : c;
}
