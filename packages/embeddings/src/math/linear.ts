import { EmbeddingError } from '../errors.js';

/** Polynomial coefficients, highest degree first (numpy poly1d order). */
export type Polynomial = readonly number[];

/** The value of `p` at `x` (Horner's rule). */
export function evaluatePolynomial(p: Polynomial, x: number): number {
  let y = 0;
  for (const c of p) y = y * x + c;
  return y;
}

/**
 * Least-squares polynomial of a given degree through (x, y) points (normal equations).
 *
 * @throws EmbeddingError `INVALID_ARGUMENT` for samples of different lengths, no more points
 *   than the degree, or points that do not determine the polynomial (a singular system)
 */
export function fitPolynomial(xs: readonly number[], ys: readonly number[], degree: number): Polynomial {
  if (xs.length !== ys.length || xs.length <= degree) {
    throw new EmbeddingError('INVALID_ARGUMENT', `need more than ${degree} points to fit a degree-${degree} polynomial, got ${xs.length}`);
  }
  const n = degree + 1;
  // A^T A c = A^T y with A[i][k] = x_i^(degree-k)
  const ata = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const aty = new Array<number>(n).fill(0);
  xs.forEach((x, i) => {
    const powers = Array.from({ length: n }, (_, k) => x ** (degree - k));
    for (let r = 0; r < n; r++) {
      aty[r] = aty[r]! + powers[r]! * ys[i]!;
      for (let c = 0; c < n; c++) ata[r]![c] = ata[r]![c]! + powers[r]! * powers[c]!;
    }
  });
  return solveLinear(ata, aty);
}

/**
 * Solves the square linear system a x = b by Gauss-Jordan elimination with partial pivoting.
 *
 * @throws EmbeddingError `INVALID_ARGUMENT` when `a` is not n x n for n = b.length, or is
 *   singular (a pivot below 1e-12)
 */
export function solveLinear(a: readonly (readonly number[])[], b: readonly number[]): number[] {
  const n = b.length;
  if (a.length !== n || a.some((row) => row.length !== n)) {
    throw new EmbeddingError('INVALID_ARGUMENT', `solveLinear needs an ${n} x ${n} matrix for ${n} right-hand values`);
  }
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    if (Math.abs(p) < 1e-12) throw new EmbeddingError('INVALID_ARGUMENT', 'singular linear system: the points do not determine the fit');
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / p;
      for (let c = col; c <= n; c++) m[r]![c] = m[r]![c]! - f * m[col]![c]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}
