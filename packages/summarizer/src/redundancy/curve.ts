import { cosine } from '@vecsum/embeddings/math';
import { SummarizerError } from '../errors.js';

/** Polynomial coefficients, highest degree first (numpy poly1d order). */
export type Polynomial = readonly number[];

export function evaluatePolynomial(p: Polynomial, x: number): number {
  let y = 0;
  for (const c of p) y = y * x + c;
  return y;
}

/** Least-squares polynomial of a given degree through (x, y) points (normal equations). */
export function fitPolynomial(xs: readonly number[], ys: readonly number[], degree: number): Polynomial {
  if (xs.length !== ys.length || xs.length <= degree) {
    throw new SummarizerError('INVALID_OPTION', `need more than ${degree} points to fit a degree-${degree} polynomial, got ${xs.length}`);
  }
  const n = degree + 1;
  // A^T A c = A^T y with A[i][k] = x_i^(degree-k)
  const ata = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const aty = new Array<number>(n).fill(0);
  xs.forEach((x, i) => {
    const powers = Array.from({ length: n }, (_, k) => x ** (degree - k));
    for (let r = 0; r < n; r++) {
      aty[r] = (aty[r] as number) + (powers[r] as number) * (ys[i] as number);
      for (let c = 0; c < n; c++) (ata[r] as number[])[c] = ((ata[r] as number[])[c] as number) + (powers[r] as number) * (powers[c] as number);
    }
  });
  return solveLinear(ata, aty);
}

/** Solves the square linear system a x = b by Gaussian elimination with partial pivoting. */
export function solveLinear(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs((m[r] as number[])[col] as number) > Math.abs((m[pivot] as number[])[col] as number)) pivot = r;
    [m[col], m[pivot]] = [m[pivot] as number[], m[col] as number[]];
    const p = (m[col] as number[])[col] as number;
    if (Math.abs(p) < 1e-12) throw new SummarizerError('INVALID_OPTION', 'cannot fit the redundancy curve: degenerate points');
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = ((m[r] as number[])[col] as number) / p;
      for (let c = col; c <= n; c++) (m[r] as number[])[c] = ((m[r] as number[])[c] as number) - f * ((m[col] as number[])[c] as number);
    }
  }
  return m.map((row, i) => (row[n] as number) / (row[i] as number));
}

/** One document's vectors, as the fitting routine needs them. */
export interface CurveSample {
  readonly vectors: readonly Float32Array[];
  readonly documentVector: Float32Array;
}

/**
 * Fits the expected-redundancy curve (notebook cell 16 of the authors' code): in each
 * document take the Near-best sentence; for every other sentence with a vector, x = cos(doc,
 * other), y = cos(best, other); fit y = curve(x) by least squares. Near-nonredundant then
 * penalises only redundancy beyond curve(cos(doc, s)).
 */
export function fitRedundancyCurve(samples: readonly CurveSample[], degree = 2): Polynomial {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const { vectors, documentVector } of samples) {
    const sims = vectors.map((v) => cosine(v, documentVector));
    let best = -1;
    sims.forEach((s, i) => {
      if (s !== 0 && (best < 0 || s > (sims[best] as number))) best = i;
    });
    if (best < 0) continue;
    vectors.forEach((v, i) => {
      if (i === best || sims[i] === 0) return;
      xs.push(sims[i] as number);
      ys.push(cosine(vectors[best] as Float32Array, v));
    });
  }
  return fitPolynomial(xs, ys, degree);
}
