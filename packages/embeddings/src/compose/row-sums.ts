import type { Vector } from '../types.js';
import type { WordVectors } from '../word-vectors/types.js';

/**
 * Adds word rows, each times its weight, into a float32 vector: the sums of adding one row at
 * a time, out[j] = fround(out[j] + w(r) * row_r[j]), in the given order. Rows come from the
 * int8 pack when there is one (fround(q * f) is exactly the float32 `matrix` value, without
 * making the matrix), else from `matrix`.
 *
 * Two rows go through each pass over the coordinates: the running sum is rounded to float32
 * between them (Math.fround) exactly as storing it would, so the result is the same bit for bit,
 * with one load and one store of `out` per two rows (about 15 % faster on the DUC 2004 dev
 * clusters than one row per pass).
 */
export function createRowSums(vectors: WordVectors, weights: Float32Array | undefined): (out: Vector, rows: Int32Array, count: number) => void {
  const d = vectors.dimensions;
  const q = vectors.quantized;
  const weight = (r: number): number => (weights === undefined ? 1 : weights[r]!);
  if (q === undefined) {
    return (out, rows, count) => {
      const m = vectors.matrix;
      for (let k = 0; k < count; k++) {
        const r = rows[k]!;
        const w = weight(r);
        const base = r * d;
        for (let j = 0; j < d; j++) out[j] = out[j]! + w * m[base + j]!;
      }
    };
  }
  const { values, factors } = q;
  const addOne = (out: Vector, r: number): void => {
    const w = weight(r);
    const f = factors[r]!;
    const base = r * d;
    for (let j = 0; j < d; j++) out[j] = out[j]! + w * Math.fround(values[base + j]! * f);
  };
  const addTwo = (out: Vector, r1: number, r2: number): void => {
    const w1 = weight(r1);
    const f1 = factors[r1]!;
    const b1 = r1 * d;
    const w2 = weight(r2);
    const f2 = factors[r2]!;
    const b2 = r2 * d;
    for (let j = 0; j < d; j++) {
      const first = Math.fround(out[j]! + w1 * Math.fround(values[b1 + j]! * f1));
      out[j] = first + w2 * Math.fround(values[b2 + j]! * f2);
    }
  };
  // what the touching loop read, kept so that its loads are not dropped as unused
  let sink = 0;
  return (out, rows, count) => {
    // Touch each row's cache lines (start, middle, end of its d bytes), factor and weight first:
    // the loads of rows not in cache (20 MB of int8 rows in the default pack) then overlap
    // instead of stalling the sums one row after another (embed phase about 14 % faster on the
    // CNN/DM and DUC 2004 dev records, old and new interleaved by bench/peers/src/ab.ts).
    // The sums are unchanged.
    let t = 0;
    let u = 0;
    for (let m = 0; m < count; m++) {
      const r = rows[m]!;
      const b = r * d;
      t ^= values[b]! ^ values[b + (d >> 1)]! ^ values[b + d - 1]!;
      u += factors[r]! + weight(r);
    }
    sink ^= t ^ (u > 0 ? 1 : 0);
    let k = 0;
    for (; k + 1 < count; k += 2) addTwo(out, rows[k]!, rows[k + 1]!);
    if (k < count) addOne(out, rows[k]!);
  };
}
