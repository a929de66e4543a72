import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePolynomial, fitPolynomial, solveLinear } from './linear.js';

const coefficient = fc.double({ min: -5, max: 5, noNaN: true, noDefaultInfinity: true });
const vectorOf = (n: number) => fc.array(coefficient, { minLength: n, maxLength: n });
/** An n x n matrix (1 <= n <= 6) and a vector of n. */
const system = fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(fc.array(vectorOf(n), { minLength: n, maxLength: n }), vectorOf(n)));

describe('solveLinear', () => {
  it('solves a 3 x 3 system that needs a row swap (zero first pivot)', () => {
    // 0x + 2y + z = 7, x + y + z = 6, 2x + y + 3z = 13 -> (1, 2, 3)
    const x = solveLinear(
      [
        [0, 2, 1],
        [1, 1, 1],
        [2, 1, 3],
      ],
      [7, 6, 13],
    );
    x.forEach((v, i) => expect(v).toBeCloseTo([1, 2, 3][i]!, 12));
  });

  it('recovers x from A x for diagonally dominant A (property)', () => {
    fc.assert(
      fc.property(system, ([rows, x]) => {
        const n = x.length;
        // make A strictly diagonally dominant, so it is well conditioned
        const a = rows.map((row, i) => row.map((v, j) => (i === j ? 5 * n + 1 + Math.abs(v) : v)));
        const b = a.map((row) => row.reduce((s, v, j) => s + v * x[j]!, 0));
        solveLinear(a, b).forEach((v, i) => expect(v).toBeCloseTo(x[i]!, 9));
      }),
    );
  });

  it('refuses a singular or misshapen system with a typed error', () => {
    expect(() =>
      solveLinear(
        [
          [1, 2],
          [2, 4],
        ],
        [3, 6],
      ),
    ).toThrow(expect.objectContaining({ name: 'EmbeddingError', code: 'INVALID_ARGUMENT' }));
    expect(() => solveLinear([[1, 2]], [3, 6])).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

describe('fitPolynomial', () => {
  it('recovers a quadratic from exact points, highest degree first', () => {
    const xs = [-1, -0.5, 0, 0.3, 0.7, 1];
    const p = [0.25, 0.75, -0.05];
    const fit = fitPolynomial(
      xs,
      xs.map((x) => evaluatePolynomial(p, x)),
      2,
    );
    fit.forEach((c, i) => expect(c).toBeCloseTo(p[i]!, 10));
  });

  it('is the least-squares line through noisy points: residuals sum to zero and are orthogonal to x', () => {
    const xs = [0, 1, 2, 3, 4, 5];
    const ys = [1.1, 2.9, 5.2, 6.8, 9.1, 11.0];
    const line = fitPolynomial(xs, ys, 1);
    const residuals = xs.map((x, i) => ys[i]! - evaluatePolynomial(line, x));
    expect(residuals.reduce((a, r) => a + r, 0)).toBeCloseTo(0, 10);
    expect(residuals.reduce((a, r, i) => a + r * xs[i]!, 0)).toBeCloseTo(0, 10);
    expect(residuals.some((r) => Math.abs(r) > 0.01)).toBe(true);
  });

  it('needs more points than the degree, and points that determine the curve', () => {
    expect(() => fitPolynomial([1, 2], [1, 2], 2)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => fitPolynomial([1, 1, 1], [1, 2, 3], 1)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
