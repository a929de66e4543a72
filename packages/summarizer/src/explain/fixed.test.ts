import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFixed } from './fixed.js';

describe('toFixed', () => {
  it('writes what Number.prototype.toFixed writes, for 2 and 3 digits', () => {
    const digits = fc.constantFrom(2 as const, 3 as const);
    // scores and contributions (small), any double, and exact ties such as 0.125 and 1.005
    const ties = fc.integer({ min: -2_000_000, max: 2_000_000 }).map((k) => (k + 0.5) / 1000);
    const value = fc.oneof(
      fc.double({ min: -5, max: 5 }),
      fc.double(),
      ties,
      fc.integer().map((k) => k / 100),
    );
    fc.assert(
      fc.property(value, digits, (x, d) => {
        expect(toFixed(x, d)).toBe(x.toFixed(d));
      }),
      { numRuns: 20_000 },
    );
    for (const x of [0, -0, 1.005, 0.125, -0.001, 0.0049999, 999999.995, 1e6, -1e21, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(toFixed(x, 2)).toBe(x.toFixed(2));
      expect(toFixed(x, 3)).toBe(x.toFixed(3));
    }
  });
});
