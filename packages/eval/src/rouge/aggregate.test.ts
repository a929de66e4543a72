import { describe, expect, it } from 'vitest';
import { aggregateCounts, fMeasure, roundAsRouge155, scoreCounts } from './aggregate.js';

describe('fMeasure', () => {
  it('is the harmonic mean at alpha 0.5', () => {
    expect(fMeasure(0.5, 1, 0.5)).toBeCloseTo(2 / 3, 12);
  });

  it('is precision at alpha 1 and recall at alpha 0', () => {
    expect(fMeasure(0.25, 0.75, 1)).toBeCloseTo(0.25, 12);
    expect(fMeasure(0.25, 0.75, 0)).toBeCloseTo(0.75, 12);
  });

  it('is 0 when both are 0', () => {
    expect(fMeasure(0, 0, 0.5)).toBe(0);
  });
});

describe('scoreCounts', () => {
  it('divides hits by the reference and peer counts, 0 for an empty side', () => {
    expect(scoreCounts({ hits: 2, referenceCount: 4, peerCount: 8 }, 0.5)).toEqual({
      recall: 0.5,
      precision: 0.25,
      f1: (2 * 0.5 * 0.25) / 0.75,
    });
    expect(scoreCounts({ hits: 0, referenceCount: 0, peerCount: 0 }, 0.5)).toEqual({ recall: 0, precision: 0, f1: 0 });
  });
});

describe('aggregateCounts', () => {
  const perReference = [
    { hits: 1, referenceCount: 2, peerCount: 4 },
    { hits: 3, referenceCount: 10, peerCount: 4 },
  ];

  it("'average' pools counts (weights long references more than 'macro')", () => {
    const s = aggregateCounts(perReference, 'average', 0.5);
    expect(s.recall).toBeCloseTo(4 / 12, 12);
    expect(s.precision).toBeCloseTo(4 / 8, 12);
  });

  it("'macro' averages the per-reference figures", () => {
    const s = aggregateCounts(perReference, 'macro', 0.5);
    expect(s.recall).toBeCloseTo((0.5 + 0.3) / 2, 12);
    expect(s.precision).toBeCloseTo((0.25 + 0.75) / 2, 12);
  });

  it("'best' picks the highest recall, not the highest F", () => {
    // Reference 1: R 0.5, P 0.25, F 0.333. Reference 2: R 0.3, P 0.75, F 0.43.
    const s = aggregateCounts(perReference, 'best', 0.5);
    expect(s.recall).toBe(0.5);
    expect(s.precision).toBe(0.25);
  });
});

describe('roundAsRouge155', () => {
  it('rounds R and P to 5 decimals and computes F from the rounded figures, as ROUGE prints them', () => {
    const r = roundAsRouge155({ recall: 2 / 3, precision: 1 / 7, f1: 0 });
    expect(r.recall).toBe(0.66667);
    expect(r.precision).toBe(0.14286);
    expect(r.f1).toBe(Number(((2 * 0.66667 * 0.14286) / (0.66667 + 0.14286)).toFixed(5)));
  });

  it('rounds exact ties to even, as Perl sprintf("%7.5f") does', () => {
    expect(roundAsRouge155({ recall: 1 / 64, precision: 3 / 64, f1: 0 }).recall).toBe(0.01562); // 0.015625
    expect(roundAsRouge155({ recall: 1 / 64, precision: 3 / 64, f1: 0 }).precision).toBe(0.04688); // 0.046875
    expect(roundAsRouge155({ recall: 0.123456, precision: 0, f1: 0 }).recall).toBe(0.12346);
  });
});
