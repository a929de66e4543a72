import { describe, expect, it } from 'vitest';
import { createRandom, normalize } from '@vecsum/embeddings/math';
import { alphaMax, denseOperator, fista, lasso, lipschitzOf, type Dictionary } from './fista.js';

/** `atoms` random unit atoms in `d` dimensions and x = a sparse signed combination of them. */
function problem(
  seed: number,
  atoms = 60,
  d = 30,
  support: readonly (readonly [number, number])[] = [
    [3, 1.5],
    [17, -1],
    [29, 0.8],
  ],
  noise = 0,
) {
  const rnd = createRandom(seed);
  const matrix = new Float32Array(atoms * d);
  for (let a = 0; a < atoms; a++) matrix.set(normalize(Float32Array.from({ length: d }, () => rnd() - 0.5)), a * d);
  const x = new Float64Array(d);
  for (const [a, w] of support) for (let j = 0; j < d; j++) x[j] = x[j]! + w * matrix[a * d + j]!;
  for (let j = 0; j < d; j++) x[j] = x[j]! + noise * (rnd() - 0.5);
  const dict: Dictionary = { atoms, dimensions: d, matrix };
  return { dict, x };
}

const nonZero = (w: Float64Array) => [...w.keys()].filter((a) => w[a] !== 0);

/** Optimality (KKT) of min ½‖x − Dᵀw‖² + alpha‖w‖₁: g = D(Dᵀw − x); g_a = −alpha·sign(w_a) on the support, |g_a| <= alpha off it. */
function kktViolation(x: Float64Array, dict: Dictionary, w: Float64Array, alpha: number): number {
  const op = denseOperator(dict);
  const r = new Float64Array(dict.dimensions);
  op.forward(w, r);
  for (let j = 0; j < r.length; j++) r[j] = r[j]! - x[j]!;
  const g = new Float64Array(dict.atoms);
  op.adjoint(r, g);
  let worst = 0;
  for (let a = 0; a < dict.atoms; a++) {
    const ga = g[a]!;
    const wa = w[a]!;
    worst = Math.max(worst, wa === 0 ? Math.max(0, Math.abs(ga) - alpha) : Math.abs(ga + alpha * Math.sign(wa)));
  }
  return worst;
}

describe('lasso (FISTA)', () => {
  it('recovers the support and signs of a sparse combination', () => {
    const { dict, x } = problem(3);
    const w = lasso(x, dict, { alpha: 0.01, maxIterations: 5000, tolerance: 1e-9 });
    expect(nonZero(w).filter((a) => Math.abs(w[a]!) > 0.05)).toEqual([3, 17, 29]);
    expect(w[3]).toBeGreaterThan(1.3);
    expect(w[17]).toBeLessThan(-0.8);
  });

  it('reaches the lasso optimum (KKT conditions hold to the tolerance)', () => {
    const { dict, x } = problem(5, 80, 25, [
      [1, 1],
      [40, -0.7],
      [77, 0.5],
      [12, 0.3],
    ]);
    for (const alpha of [0.02, 0.1, 0.3]) {
      const w = lasso(x, dict, { alpha, maxIterations: 20_000, tolerance: 1e-10, threshold: 0 });
      expect(kktViolation(x, dict, w, alpha)).toBeLessThan(1e-5);
    }
  });

  it('a larger alpha keeps fewer atoms and shrinks them; alpha >= alphaMax keeps none', () => {
    const { dict, x } = problem(
      7,
      60,
      30,
      [
        [3, 1.5],
        [17, -1],
        [29, 0.8],
      ],
      0.3,
    );
    const counts = [0.005, 0.05, 0.2, 0.5].map((alpha) => nonZero(lasso(x, dict, { alpha, maxIterations: 3000 })).length);
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeLessThanOrEqual(counts[i - 1]!);
    expect(counts[0]).toBeGreaterThan(counts[3]!);
    const loose = lasso(x, dict, { alpha: 0.01, maxIterations: 3000 });
    const tight = lasso(x, dict, { alpha: 0.4, maxIterations: 3000 });
    expect(Math.abs(tight[3]!)).toBeLessThan(Math.abs(loose[3]!));
    expect(nonZero(lasso(x, dict, { alpha: alphaMax(x, dict) * 1.0001 }))).toEqual([]);
    expect(nonZero(lasso(x, dict, { alpha: alphaMax(x, dict) * 0.9 })).length).toBeGreaterThan(0);
  });

  it('a warm start from a nearby alpha reaches the same solution in fewer iterations', () => {
    const { dict, x } = problem(11, 120, 40, [
      [5, 1],
      [50, -1],
      [90, 0.6],
      [100, 0.4],
      [7, -0.3],
    ]);
    const opts = { tolerance: 1e-8, maxIterations: 10_000, threshold: 0 };
    const prev = fista(x, dict, { ...opts, alpha: 0.06 });
    const cold = fista(x, dict, { ...opts, alpha: 0.05 });
    const warm = fista(x, dict, { ...opts, alpha: 0.05, initial: prev.weights });
    expect(cold.converged && warm.converged).toBe(true);
    expect(warm.iterations).toBeLessThan(cold.iterations);
    for (let a = 0; a < dict.atoms; a++) expect(warm.weights[a]).toBeCloseTo(cold.weights[a]!, 4);
  });

  it('adaptive restart needs fewer iterations than plain FISTA for the same answer', () => {
    const { dict, x } = problem(13, 200, 50, [
      [9, 1],
      [99, -0.8],
      [150, 0.5],
    ]);
    const opts = { alpha: 0.02, tolerance: 1e-8, maxIterations: 20_000, threshold: 0 };
    const plain = fista(x, dict, { ...opts, restart: false });
    const restarted = fista(x, dict, opts);
    expect(restarted.iterations).toBeLessThan(plain.iterations);
    for (let a = 0; a < dict.atoms; a++) expect(restarted.weights[a]).toBeCloseTo(plain.weights[a]!, 4);
  });

  it('excluded atoms stay 0, unpenalized atoms are not shrunk, |w| < threshold becomes 0', () => {
    const { dict, x } = problem(17);
    const w = lasso(x, dict, { alpha: 0.01, exclude: new Set([3]), maxIterations: 3000 });
    expect(w[3]).toBe(0);
    expect(nonZero(w).length).toBeGreaterThan(0);
    const free = lasso(x, dict, { alpha: 0.3, unpenalized: new Set([3]), maxIterations: 5000, tolerance: 1e-9 });
    const shrunk = lasso(x, dict, { alpha: 0.3, maxIterations: 5000, tolerance: 1e-9 });
    expect(Math.abs(free[3]!)).toBeGreaterThan(Math.abs(shrunk[3]!));
    const thresholded = lasso(x, dict, { alpha: 0.01, threshold: 0.2, maxIterations: 3000 });
    for (const a of nonZero(thresholded)) expect(Math.abs(thresholded[a]!)).toBeGreaterThanOrEqual(0.2);
  });

  it('the Lipschitz constant bounds ‖D Dᵀ‖ (orthonormal atoms: 1)', () => {
    const d = 8;
    const matrix = new Float32Array(d * d);
    for (let a = 0; a < d; a++) matrix[a * d + a] = 1;
    expect(lipschitzOf({ atoms: d, dimensions: d, matrix })).toBeCloseTo(1, 2);
    expect(() => lasso([1, 2], { atoms: d, dimensions: d, matrix })).toThrow(/dimensions/);
    expect(() => lasso(new Float64Array(d), { atoms: d, dimensions: d, matrix }, { alpha: -1 })).toThrow(/alpha/);
  });
});
