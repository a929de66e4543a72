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
