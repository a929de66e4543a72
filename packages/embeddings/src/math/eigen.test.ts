import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { symmetricEigen } from './eigen.js';

/** A symmetric n x n matrix from n*n numbers (the upper triangle mirrored). */
function symmetric(entries: readonly number[], n: number): Float64Array {
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      m[i * n + j] = entries[i * n + j]!;
      m[j * n + i] = entries[i * n + j]!;
    }
  }
  return m;
}

describe('symmetricEigen', () => {
  it('solves a 2 x 2 matrix by hand: [[2, 1], [1, 2]] has 3 along (1, 1) and 1 along (1, -1)', () => {
    const { values, vectors } = symmetricEigen([2, 1, 1, 2], 2);
    expect(values[0]).toBeCloseTo(3, 12);
    expect(values[1]).toBeCloseTo(1, 12);
    expect(Math.abs(vectors[0]!)).toBeCloseTo(Math.SQRT1_2, 12);
    expect(vectors[0]! * vectors[1]!).toBeGreaterThan(0);
    expect(vectors[2]! * vectors[3]!).toBeLessThan(0);
  });

  it('leaves its input unchanged and returns a diagonal matrix as it is, largest first', () => {
    const input = [1, 0, 0, 0, 5, 0, 0, 0, -2];
    const { values } = symmetricEigen(input, 3);
    expect(Array.from(values)).toEqual([5, 1, -2]);
    expect(input).toEqual([1, 0, 0, 0, 5, 0, 0, 0, -2]);
  });

  it('property: A v = lambda v, the vectors are orthonormal, and the values are sorted', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 12 })
          .chain((n) => fc.tuple(fc.constant(n), fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: n * n, maxLength: n * n }))),
        ([n, entries]) => {
          const a = symmetric(entries, n);
          const { values, vectors } = symmetricEigen(a, n);
          const scale = Math.max(1, ...entries.map(Math.abs));
          for (let k = 0; k < n; k++) {
            if (k > 0) expect(values[k]!).toBeLessThanOrEqual(values[k - 1]!);
            for (let i = 0; i < n; i++) {
              let av = 0;
              for (let j = 0; j < n; j++) av += a[i * n + j]! * vectors[k * n + j]!;
              expect(Math.abs(av - values[k]! * vectors[k * n + i]!)).toBeLessThan(1e-9 * scale * n);
            }
            for (let l = 0; l < n; l++) {
              let d = 0;
              for (let j = 0; j < n; j++) d += vectors[k * n + j]! * vectors[l * n + j]!;
              expect(Math.abs(d - (k === l ? 1 : 0))).toBeLessThan(1e-9);
            }
          }
        },
      ),
      { numRuns: 200, seed: 5 },
    );
  });
});
