import { describe, expect, it } from 'vitest';
import { logGamma, regularizedIncompleteBeta, studentTTwoSidedP } from './special-functions.js';

describe('logGamma', () => {
  it('matches known values', () => {
    expect(logGamma(1)).toBeCloseTo(0, 12);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(logGamma(100)).toBeCloseTo(359.1342053695754, 8);
  });
});

describe('regularizedIncompleteBeta', () => {
  it('is x for a = b = 1 and has the right bounds', () => {
    for (const x of [0.1, 0.5, 0.9]) expect(regularizedIncompleteBeta(x, 1, 1)).toBeCloseTo(x, 12);
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });

  it('satisfies I_x(a, b) = 1 - I_(1-x)(b, a)', () => {
    expect(regularizedIncompleteBeta(0.3, 2.5, 4)).toBeCloseTo(1 - regularizedIncompleteBeta(0.7, 4, 2.5), 12);
  });
});

describe('studentTTwoSidedP', () => {
  it('matches closed forms for 1, 2 and 3 degrees of freedom', () => {
    // df 1 (Cauchy): P(|T| > 1) = 1/2.
    expect(studentTTwoSidedP(1, 1)).toBeCloseTo(0.5, 12);
    // df 2: P(|T| > t) = 1 - t / sqrt(2 + t^2).
    expect(studentTTwoSidedP(2, 2)).toBeCloseTo(1 - 2 / Math.sqrt(6), 12);
    // df 3: CDF = 1/2 + (t/(sqrt3 (1 + t^2/3)) + atan(t/sqrt3)) / pi.
    const t = 3.2;
    const cdf = 0.5 + (t / (Math.sqrt(3) * (1 + (t * t) / 3)) + Math.atan(t / Math.sqrt(3))) / Math.PI;
    expect(studentTTwoSidedP(t, 3)).toBeCloseTo(2 * (1 - cdf), 12);
  });

  it('gives 0.05 at the tabulated critical values', () => {
    expect(studentTTwoSidedP(2.228138851986, 10)).toBeCloseTo(0.05, 9);
    expect(studentTTwoSidedP(-1.95996398454, 1e7)).toBeCloseTo(0.05, 6);
  });

  it('is 1 at t = 0 and 0 at infinity', () => {
    expect(studentTTwoSidedP(0, 5)).toBeCloseTo(1, 12);
    expect(studentTTwoSidedP(Infinity, 5)).toBe(0);
  });
});
