import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crossValidatedR2 } from './cross-validation.js';
import { mean, meanAndDeviation, median, standardize } from './descriptive.js';

const sample = fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true, noDefaultInfinity: true }), { minLength: 2, maxLength: 50 });

describe('mean, deviation, z-scores, median', () => {
  it('mean and deviation of a known sample; the sample deviation uses n - 1', () => {
    const xs = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(mean(xs)).toBe(5);
    expect(meanAndDeviation(xs)).toEqual({ mean: 5, sd: 2 });
    expect(meanAndDeviation(xs, { ddof: 1 }).sd).toBeCloseTo(Math.sqrt(32 / 7), 14);
    expect(mean([])).toBe(0);
    expect(meanAndDeviation([7], { ddof: 1 })).toEqual({ mean: 7, sd: 0 });
  });

  it('indices select the positions used', () => {
    const xs = [100, 1, 2, 100, 3];
    expect(mean(xs, [1, 2, 4])).toBe(2);
    expect(meanAndDeviation(xs, { indices: [1, 2, 4] }).sd).toBeCloseTo(Math.sqrt(2 / 3), 14);
  });

  it('standardize gives mean 0 and deviation 1 at the indices, leaves the rest, and zeroes a constant column (property)', () => {
    fc.assert(
      fc.property(sample, (xs) => {
        const values = Float64Array.from([42, ...xs]);
        const indices = xs.map((_, i) => i + 1);
        const before = meanAndDeviation(values, { indices });
        standardize(values, indices);
        expect(values[0]).toBe(42);
        const after = meanAndDeviation(values, { indices });
        expect(after.mean).toBeCloseTo(0, 9);
        expect(after.sd).toBeCloseTo(before.sd > 1e-12 ? 1 : 0, 9);
      }),
    );
    expect(Array.from(standardize(Float64Array.from([3, 3, 3]), [0, 1, 2]))).toEqual([0, 0, 0]);
  });

  it('median: the middle value, or the mean of the two middle ones; the input is not reordered', () => {
    const xs = [5, 1, 4, 2];
    expect(median(xs)).toBe(3);
    expect(xs).toEqual([5, 1, 4, 2]);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([])).toBe(0);
  });
});

describe('crossValidatedR2', () => {
  const y = Array.from({ length: 60 }, (_, i) => Math.sin(i) * 3 + (i % 7));
  const groups = y.map((_, i) => i % 10);

  it('1 for a model that knows y, about 0 or below for the training mean, in between for a noisy one', () => {
    expect(crossValidatedR2(y, groups, 5, () => (i) => y[i]!)).toBe(1);
    const meanModel = crossValidatedR2(y, groups, 5, (train) => {
      const m = mean(y, train);
      return () => m;
    });
    expect(meanModel).toBeLessThanOrEqual(0);
    expect(meanModel).toBeGreaterThan(-0.2);
    const noisy = crossValidatedR2(y, groups, 5, () => (i) => y[i]! + (i % 2 === 0 ? 1 : -1));
    expect(noisy).toBeGreaterThan(0.5);
    expect(noisy).toBeLessThan(1);
  });

  it('holds out whole groups: the model never trains on a test position', () => {
    crossValidatedR2(y, groups, 5, (train) => {
      const trained = new Set(train.map((i) => groups[i]));
      return (i) => {
        expect(trained.has(groups[i]!)).toBe(false);
        return 0;
      };
    });
  });
});
