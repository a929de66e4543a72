import { describe, expect, it } from 'vitest';
import { createRandom, crossValidatedR2 } from '@vecsum/embeddings/math';
import { lassoRegression } from './regression.js';

/** n samples of p noise features; y = 2·x3 − x7 + 3·control + noise. */
function data(seed: number, n = 600, p = 30) {
  const rnd = createRandom(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(rnd() + 1e-12)) * Math.cos(2 * Math.PI * rnd());
  const columns = Array.from({ length: p }, () => Float64Array.from({ length: n }, gauss));
  const control = Array.from({ length: n }, gauss);
  const y = Array.from({ length: n }, (_, i) => 2 * columns[3]![i]! - columns[7]![i]! + 3 * control[i]! + 0.5 * gauss());
  const groups = Array.from({ length: n }, (_, i) => i % 20);
  return { columns, control, y, groups };
}

describe('lasso regression', () => {
  it('finds the two features that matter, with their signs, beside an unpenalised control', () => {
    const { columns, control, y } = data(1);
    const m = lassoRegression(columns, y, { controls: [control], keep: 2 });
    const kept = [...m.weights.keys()].filter((j) => m.weights[j] !== 0);
    expect(kept).toEqual([3, 7]);
    expect(m.weights[3]).toBeGreaterThan(0);
    expect(m.weights[7]).toBeLessThan(0);
    expect(m.controlWeights[0]).toBeGreaterThan(2.5);
    // the path stopped before a third feature entered; a fixed small alpha lets more in
    const loose = lassoRegression(columns, y, { controls: [control], alpha: m.alpha * 0.05 });
    expect([...loose.weights].filter((w) => w !== 0).length).toBeGreaterThan(2);
  });

  it('out-of-fold R²: control + features beats the control alone, which beats nothing', () => {
    const { columns, control, y, groups } = data(2);
    const full = crossValidatedR2(y, groups, 5, (train) => lassoRegression(columns, y, { controls: [control], keep: 2, rows: train }).predict);
    const ctl = crossValidatedR2(y, groups, 5, (train) => lassoRegression([], y, { controls: [control], rows: train }).predict);
    expect(full).toBeGreaterThan(ctl + 0.1);
    expect(ctl).toBeGreaterThan(0.5);
    expect(full).toBeLessThanOrEqual(1);
    expect(() => lassoRegression([], y)).toThrow(/at least/);
  });
});
