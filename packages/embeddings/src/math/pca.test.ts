import { describe, expect, it } from 'vitest';
import { principalComponents } from './pca.js';
import { dot } from './vector.js';
import { createRandom } from './random.js';

describe('principalComponents', () => {
  it('finds the axis of largest variance of a stretched cloud', () => {
    const rnd = createRandom(7);
    const axis = [0.6, 0.8, 0];
    const rows = Array.from({ length: 500 }, () => {
      const t = (rnd() - 0.5) * 10;
      return axis.map((a, j) => a * t + (rnd() - 0.5) * 0.2 + (j === 2 ? 5 : 0));
    });
    const { components, mean } = principalComponents(rows, { count: 2 });
    expect(Math.abs(dot(components[0]!, axis))).toBeGreaterThan(0.999);
    expect(mean[2]).toBeCloseTo(5, 1);
    // second component is orthogonal to the first
    expect(Math.abs(dot(components[0]!, components[1]!))).toBeLessThan(1e-4);
  });

  it('uncentred, returns the shared direction of vectors (the common component)', () => {
    const rnd = createRandom(3);
    const common = [0, 0, 1, 0];
    const rows = Array.from({ length: 200 }, () => [rnd() - 0.5, rnd() - 0.5, 2 + rnd(), rnd() - 0.5]);
    const { components } = principalComponents(rows, { center: false });
    expect(dot(components[0]!, common)).toBeGreaterThan(0.98);
  });

  it('is deterministic', () => {
    const rows = [
      [1, 2, 3],
      [2, 1, 0],
      [0, 1, 1],
      [3, 3, 1],
    ];
    expect(Array.from(principalComponents(rows).components[0]!)).toEqual(Array.from(principalComponents(rows).components[0]!));
  });
});

describe('principalComponents: the Gram route (fewer rows than dimensions) agrees with the scatter route and power iteration', () => {
  it('gives the same directions and variances as the same rows repeated past the dimension count', () => {
    // 12 rows in 20 dimensions, stretched along decreasing axes so the eigenvalues are well apart; repeating every row twice
    // leaves the covariance as it is but takes the scatter matrix's route (24 rows >= 20 dimensions); one component alone comes by
    // power iteration
    const rnd = createRandom(11);
    const rows = Array.from({ length: 12 }, () => Array.from({ length: 20 }, (_, j) => (rnd() - 0.5) * (j < 5 ? 10 / (j + 1) : 0.01)));
    const gram = principalComponents(rows, { count: 4 });
    const power = principalComponents([...rows, ...rows], { count: 4 });
    const first = principalComponents(rows, { maxIterations: 5000, tolerance: 1e-12 });
    expect(dot(gram.components[0]!, first.components[0]!)).toBeGreaterThan(0.9999);
    expect(gram.components).toHaveLength(4);
    for (let c = 0; c < 4; c++) {
      expect(dot(gram.components[c]!, power.components[c]!)).toBeGreaterThan(0.9999);
      expect(gram.variances[c]!).toBeCloseTo(power.variances[c]!, 5);
    }
  });

  it('stops where the rows have no variance left: 3 distinct rows give at most 2 centred directions', () => {
    const rows = [
      [1, 0, 0, 0, 2],
      [0, 1, 0, 0, 2],
      [0, 0, 1, 0, 2],
    ];
    const { components, variances } = principalComponents(rows, { count: 5 });
    expect(components.length).toBeLessThanOrEqual(2);
    expect(components.length).toBeGreaterThanOrEqual(1);
    for (const v of variances) expect(v).toBeGreaterThan(1e-9);
  });
});
