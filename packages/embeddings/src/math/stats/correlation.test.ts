import { describe, expect, it } from 'vitest';
import { partialCorrelation, pearson } from './correlation.js';

describe('correlation', () => {
  it('pearson: 1 for a linear relation, -1 for an inverse one, 0 for a constant', () => {
    const z = [1, 2, 3, 4, 5, 6];
    expect(
      pearson(
        z.map((v) => 2 * v + 1),
        z,
      ),
    ).toBeCloseTo(1, 10);
    expect(
      pearson(
        z.map((v) => -v),
        z,
      ),
    ).toBeCloseTo(-1, 10);
    expect(pearson([1, 1, 1], [1, 2, 3])).toBe(0);
    expect(pearson([], [])).toBe(0);
  });

  it('partial correlation removes a shared driver: x and y both follow z, plus independent noise', () => {
    const z = Array.from({ length: 400 }, (_, i) => i / 40);
    const noise = (i: number, k: number) => (Math.sin(i * 12.9898 * k) * 43758.5453) % 1;
    const x = z.map((v, i) => v + noise(i, 1));
    const y = z.map((v, i) => v + noise(i, 7));
    expect(pearson(x, y)).toBeGreaterThan(0.8);
    expect(Math.abs(partialCorrelation(x, y, z))).toBeLessThan(0.15);
    // y = x's own noise (beyond z) carries the partial correlation
    const y2 = z.map((v, i) => 0.2 * v + noise(i, 1));
    expect(partialCorrelation(x, y2, z)).toBeGreaterThan(0.9);
  });
});
