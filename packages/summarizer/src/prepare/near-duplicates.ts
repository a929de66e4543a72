import { cosine } from '@vecsum/embeddings/math';
import type { Sentence, Vector } from '@vecsum/embeddings';

/** How far back the cross-document comparison looks (keeps it near-linear). */
export const DUPLICATE_WINDOW = 2000;

/** Coordinates of the unit vectors kept side by side for the two unrolled filter steps (8 each). */
const HEAD = 16;

/**
 * The nearest earlier eligible sentence of another document within the window whose cosine
 * with sentence i is >= threshold, or -1. A cheap exact filter runs first: for unit vectors,
 * cosine >= t means a squared distance <= 2(1 - t), and the squared distance summed over
 * some coordinates only grows with more of them, so a pair whose partial sum already exceeds
 * the bound (plus a margin far above float64 rounding, whatever the order of the sum) cannot
 * match. The first HEAD coordinates of every unit vector sit in one Float64Array, so the
 * steps that rule out most pairs read two short rows (vectors shorter than HEAD leave zeros
 * there, which keeps the bound): coordinates 0-7 rule out about 88 % of the DUC 2004 dev
 * pairs, 8-15 most of the rest; the sum then goes on over the other coordinates, and pairs
 * that pass are decided by `cosine` itself, so the result is the one of comparing every pair.
 */
export function nearDuplicateFinder(
  sentences: readonly Sentence[],
  vectors: readonly Vector[],
  eligible: readonly boolean[],
  threshold: number,
): (i: number) => number {
  const doc = Int32Array.from(sentences, (s) => s.docIndex);
  const { inverseNorm, head } = unitHeads(vectors);
  const bound = 2 * (1 - threshold) + 1e-9;
  /** The squared distance over head coordinates 8-15 added to `partial`. */
  const second = (hi: number, hj: number, partial: number): number => {
    const x0 = head[hi + 8]! - head[hj + 8]!;
    const x1 = head[hi + 9]! - head[hj + 9]!;
    const x2 = head[hi + 10]! - head[hj + 10]!;
    const x3 = head[hi + 11]! - head[hj + 11]!;
    const x4 = head[hi + 12]! - head[hj + 12]!;
    const x5 = head[hi + 13]! - head[hj + 13]!;
    const x6 = head[hi + 14]! - head[hj + 14]!;
    const x7 = head[hi + 15]! - head[hj + 15]!;
    return partial + (x0 * x0 + x1 * x1 + (x2 * x2 + x3 * x3) + (x4 * x4 + x5 * x5 + (x6 * x6 + x7 * x7)));
  };
  return (i) => {
    const di = doc[i]!;
    const hi = i * HEAD;
    const a0 = head[hi]!;
    const a1 = head[hi + 1]!;
    const a2 = head[hi + 2]!;
    const a3 = head[hi + 3]!;
    const a4 = head[hi + 4]!;
    const a5 = head[hi + 5]!;
    const a6 = head[hi + 6]!;
    const a7 = head[hi + 7]!;
    const low = Math.max(0, i - DUPLICATE_WINDOW);
    for (let j = i - 1; j >= low; j--) {
      if (!eligible[j] || doc[j] === di) continue;
      const hj = j * HEAD;
      const x0 = a0 - head[hj]!;
      const x1 = a1 - head[hj + 1]!;
      const x2 = a2 - head[hj + 2]!;
      const x3 = a3 - head[hj + 3]!;
      const x4 = a4 - head[hj + 4]!;
      const x5 = a5 - head[hj + 5]!;
      const x6 = a6 - head[hj + 6]!;
      const x7 = a7 - head[hj + 7]!;
      const partial = x0 * x0 + x1 * x1 + (x2 * x2 + x3 * x3) + (x4 * x4 + x5 * x5 + (x6 * x6 + x7 * x7));
      if (partial > bound) continue;
      const headSum = second(hi, hj, partial);
      if (headSum > bound) continue;
      if (restWithin(vectors[i]!, inverseNorm[i]!, vectors[j]!, inverseNorm[j]!, headSum, bound) && cosine(vectors[i]!, vectors[j]!) >= threshold) return j;
    }
    return -1;
  };
}

/** Each vector's inverse norm, and the first HEAD coordinates of its unit vector, row by row. */
function unitHeads(vectors: readonly Vector[]): { inverseNorm: Float64Array; head: Float64Array } {
  const n = vectors.length;
  const inverseNorm = new Float64Array(n);
  const head = new Float64Array(n * HEAD);
  for (let i = 0; i < n; i++) {
    const v = vectors[i]!;
    let aa = 0;
    for (let k = 0; k < v.length; k++) aa += v[k]! * v[k]!;
    const s = aa > 0 ? 1 / Math.sqrt(aa) : 0;
    inverseNorm[i] = s;
    for (let k = 0; k < HEAD && k < v.length; k++) head[i * HEAD + k] = v[k]! * s;
  }
  return { inverseNorm, head };
}

/** The partial-sum filter over the coordinates past the head, 8 at a time, from `partial`: false when the pair cannot reach the bound. */
function restWithin(v: Vector, si: number, w: Vector, sj: number, partial: number, bound: number): boolean {
  const d = v.length;
  let k = HEAD;
  while (k < d && partial <= bound) {
    const end = Math.min(d, k + 8);
    for (; k < end; k++) {
      const diff = v[k]! * si - w[k]! * sj;
      partial += diff * diff;
    }
  }
  return partial <= bound;
}
