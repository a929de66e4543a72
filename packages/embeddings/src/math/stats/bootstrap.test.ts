import { describe, expect, it } from 'vitest';
import { bootstrapMean, percentileInterval } from './bootstrap.js';

describe('bootstrapMean', () => {
  it('gives a zero-width interval for a constant sample', () => {
    const r = bootstrapMean([0.3, 0.3, 0.3, 0.3]);
    expect(r.mean).toBeCloseTo(0.3, 12);
    expect(r.lower).toBeCloseTo(0.3, 12);
    expect(r.upper).toBeCloseTo(0.3, 12);
    expect(r).toMatchObject({ n: 4, resamples: 1000, confidence: 0.95 });
  });

  it('spans the whole range for two opposite values', () => {
    // Resample means of [0, 1] are 0, 0.5 or 1 with probabilities 1/4, 1/2, 1/4:
    // ranks 25 and 974 of 1000 fall on 0 and 1.
    const r = bootstrapMean([0, 1], { seed: 5 });
    expect(r.mean).toBe(0.5);
    expect(r.lower).toBe(0);
    expect(r.upper).toBe(1);
  });

  it('is deterministic for a seed and brackets the mean', () => {
    const values = [0.31, 0.28, 0.35, 0.4, 0.22, 0.3, 0.33, 0.29];
    const a = bootstrapMean(values, { seed: 11 });
    expect(bootstrapMean(values, { seed: 11 })).toEqual(a);
    expect(a.lower).toBeLessThan(a.mean);
    expect(a.upper).toBeGreaterThan(a.mean);
    expect(a.upper - a.lower).toBeLessThan(0.1);
  });

  it('narrows with a lower confidence and takes the number of resamples', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const wide = bootstrapMean(values, { confidence: 0.99, resamples: 2000 });
    const narrow = bootstrapMean(values, { confidence: 0.5, resamples: 2000 });
    expect(narrow.upper - narrow.lower).toBeLessThan(wide.upper - wide.lower);
    expect(wide.resamples).toBe(2000);
  });

  it('rejects empty samples, non-finite values and bad options', () => {
    expect(() => bootstrapMean([])).toThrow(expect.objectContaining({ code: 'EMPTY_INPUT' }));
    expect(() => bootstrapMean([1, Number.NaN])).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => bootstrapMean([1], { resamples: 0 })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => bootstrapMean([1], { confidence: 95 })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => bootstrapMean([1], { seed: 1.5 })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

describe('percentileInterval', () => {
  it('uses ROUGE-1.5.5 ranks: 25 and 974 of 1000 at 95 %', () => {
    const sorted = Array.from({ length: 1000 }, (_, i) => i);
    expect(percentileInterval(sorted, 0.95)).toEqual({ lower: 25, upper: 974 });
  });

  it('interpolates fractional ranks', () => {
    // 10 values, 95 %: ranks 0.25 and 8.75.
    const sorted = Array.from({ length: 10 }, (_, i) => i * 10);
    const { lower, upper } = percentileInterval(sorted, 0.95);
    expect(lower).toBeCloseTo(2.5, 12);
    expect(upper).toBeCloseTo(87.5, 12);
  });
});
