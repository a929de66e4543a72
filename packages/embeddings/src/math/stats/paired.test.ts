import { describe, expect, it } from 'vitest';
import { createRandom } from '../random.js';
import { pairedBootstrapTest, pairedTTest } from './paired.js';

/** Two systems on 30 items: B is noise around 0.3, A is B plus 0.05 plus smaller noise. */
function clearlyBetter(): { a: number[]; b: number[] } {
  const random = createRandom(99);
  const b = Array.from({ length: 30 }, () => 0.3 + 0.1 * (random() - 0.5));
  const a = b.map((x) => x + 0.05 + 0.02 * (random() - 0.5));
  return { a, b };
}

describe('pairedBootstrapTest', () => {
  it('finds a clearly better system significant', () => {
    const { a, b } = clearlyBetter();
    const r = pairedBootstrapTest(a, b, { seed: 1 });
    expect(r.meanDifference).toBeCloseTo(0.05, 2);
    expect(r.pValue).toBeLessThan(0.05);
    expect(r.pValueAGreater).toBeLessThan(0.05);
    expect(r.lower).toBeGreaterThan(0);
  });

  it('gives p = 1 for identical systems', () => {
    const { b } = clearlyBetter();
    const r = pairedBootstrapTest(b, b);
    expect(r.pValue).toBe(1);
    expect(r.meanDifference).toBe(0);
    expect(r.lower).toBe(0);
    expect(r.upper).toBe(0);
  });

  it('gives a one-sided p near 1 when A is worse', () => {
    const { a, b } = clearlyBetter();
    expect(pairedBootstrapTest(b, a).pValueAGreater).toBeGreaterThan(0.95);
  });

  it('is deterministic for a seed', () => {
    const a = [0.2, 0.4, 0.35, 0.3, 0.25];
    const b = [0.25, 0.3, 0.3, 0.35, 0.2];
    expect(pairedBootstrapTest(a, b, { seed: 4 })).toEqual(pairedBootstrapTest(a, b, { seed: 4 }));
  });

  it('rejects samples of different lengths', () => {
    expect(() => pairedBootstrapTest([1, 2], [1])).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

describe('pairedTTest', () => {
  it('computes t and p by hand', () => {
    // d = 1, 2, 3, 4: mean 2.5, sd sqrt(5/3), t = 2.5 / (sd / 2), df 3.
    const r = pairedTTest([1, 2, 3, 4], [0, 0, 0, 0]);
    const t = 2.5 / (Math.sqrt(5 / 3) / 2);
    expect(r.t).toBeCloseTo(t, 12);
    expect(r.df).toBe(3);
    const cdf = 0.5 + (t / (Math.sqrt(3) * (1 + (t * t) / 3)) + Math.atan(t / Math.sqrt(3))) / Math.PI;
    expect(r.pValue).toBeCloseTo(2 * (1 - cdf), 12);
  });

  it('finds a clearly better system significant and is symmetric', () => {
    const { a, b } = clearlyBetter();
    const ab = pairedTTest(a, b);
    const ba = pairedTTest(b, a);
    expect(ab.pValue).toBeLessThan(0.05);
    expect(ba.pValue).toBeCloseTo(ab.pValue, 12);
    expect(ba.t).toBeCloseTo(-ab.t, 12);
  });

  it('handles zero variance: p = 1 without difference, 0 with a constant one', () => {
    expect(pairedTTest([1, 2, 3], [1, 2, 3]).pValue).toBe(1);
    const shifted = pairedTTest([1.5, 2.5, 3.5], [1, 2, 3]);
    expect(shifted.pValue).toBe(0);
    expect(shifted.t).toBe(Infinity);
  });

  it('needs at least two pairs of equal length', () => {
    expect(() => pairedTTest([1], [2])).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => pairedTTest([], [])).toThrow(expect.objectContaining({ code: 'EMPTY_INPUT' }));
    expect(() => pairedTTest([1, 2], [1, 2, 3])).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
