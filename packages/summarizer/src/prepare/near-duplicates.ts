import { cosine } from '@vecsum/embeddings/math';
import type { Sentence, Vector } from '@vecsum/embeddings';

/** How far back the cross-document comparison looks (keeps it near-linear). */
export const DUPLICATE_WINDOW = 2000;

/** Coordinates of the unit vectors kept side by side for the first, unrolled filter step. */
const HEAD = 8;

/**
 * The nearest earlier eligible sentence of another document within the window whose cosine
 * with sentence i is >= threshold, or -1. A cheap exact filter runs first: for unit vectors,
 * cosine >= t means a squared distance <= 2(1 - t), and the squared distance summed over
 * some coordinates only grows with more of them, so a pair whose partial sum already exceeds
 * the bound (plus a margin far above float64 rounding, whatever the order of the sum) cannot
 * match. The first HEAD coordinates of every unit vector sit in one Float64Array, so the
 * step that rules out most pairs reads two short rows (vectors shorter than HEAD leave zeros
 * there, which keeps the bound); pairs that pass are decided by
 * `cosine` itself, so the result is the one of comparing every pair.
 */
export function nearDuplicateFinder(
  sentences: readonly Sentence[],
  vectors: readonly Vector[],
  eligible: readonly boolean[],
  threshold: number,
): (i: number) => number {
  const n = sentences.length;
  const doc = Int32Array.from(sentences, (s) => s.docIndex);
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
  const bound = 2 * (1 - threshold) + 1e-9;
  const rest = (i: number, j: number): boolean => restWithin(vectors[i]!, inverseNorm[i]!, vectors[j]!, inverseNorm[j]!, bound);
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
      if (x0 * x0 + x1 * x1 + (x2 * x2 + x3 * x3) + (x4 * x4 + x5 * x5 + (x6 * x6 + x7 * x7)) > bound) continue;
      if (rest(i, j) && cosine(vectors[i]!, vectors[j]!) >= threshold) return j;
    }
    return -1;
  };
}

/** The partial-sum filter over all coordinates, 8 at a time: false when the pair cannot reach the bound. */
function restWithin(v: Vector, si: number, w: Vector, sj: number, bound: number): boolean {
  const d = v.length;
  let partial = 0;
  let k = 0;
  while (k < d && partial <= bound) {
    const end = Math.min(d, k + 8);
    for (; k < end; k++) {
      const diff = v[k]! * si - w[k]! * sj;
      partial += diff * diff;
    }
  }
  return partial <= bound;
}
