import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEmbeddingError } from '../errors.js';
import { addScaled, cosine, dot, isZero, meanVector, norm, normalize, removeProjection, subtract } from './vector.js';

const vec = (d: number) => fc.array(fc.float({ min: -100, max: 100, noNaN: true, noDefaultInfinity: true }), { minLength: d, maxLength: d });
const nonZero = (d: number) => vec(d).filter((v) => v.some((x) => Math.abs(x) > 1e-3));
const pair = fc.integer({ min: 1, max: 16 }).chain((d) => fc.tuple(nonZero(d), nonZero(d)));

describe('vector math', () => {
  it('cosine of a vector with itself is 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 16 }).chain(nonZero), (v) => {
        expect(cosine(v, v)).toBeCloseTo(1, 5);
      }),
    );
  });

  it('cosine is symmetric and within [-1, 1]', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const c = cosine(a, b);
        expect(c).toBeCloseTo(cosine(b, a), 10);
        expect(c).toBeGreaterThanOrEqual(-1);
        expect(c).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('normalize gives unit length and keeps the direction', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 16 }).chain(nonZero), (v) => {
        const u = normalize(v);
        expect(norm(u)).toBeCloseTo(1, 5);
        expect(cosine(u, v)).toBeCloseTo(1, 5);
      }),
    );
  });

  it('normalize keeps a zero vector zero instead of producing NaN', () => {
    const u = normalize([0, 0, 0]);
    expect(Array.from(u)).toEqual([0, 0, 0]);
    expect(cosine([0, 0], [1, 2])).toBe(0);
    expect(isZero(u)).toBe(true);
  });

  it('dot matches a hand computation and rejects mismatched dimensions', () => {
    expect(dot([1, 2, 3], [4, -5, 6])).toBe(12);
    let caught: unknown;
    try {
      dot([1, 2], [1, 2, 3]);
    } catch (e) {
      caught = e;
    }
    expect(isEmbeddingError(caught) && caught.code).toBe('DIMENSION_MISMATCH');
  });

  it('meanVector, subtract and addScaled agree with each other', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const m = meanVector([a, b]);
        const viaAdd = addScaled(addScaled(new Float32Array(a.length), a, 0.5), b, 0.5);
        for (let i = 0; i < a.length; i++) expect(m[i]).toBeCloseTo(viaAdd[i]!, 3);
        const diff = subtract(a, b);
        for (let i = 0; i < a.length; i++) expect(diff[i]).toBeCloseTo(a[i]! - b[i]!, 3);
      }),
    );
  });

  it('removeProjection leaves a vector orthogonal to the direction', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const u = normalize(b);
        const r = removeProjection(Float32Array.from(a), u);
        expect(Math.abs(dot(r, u))).toBeLessThan(1e-2 * (norm(a) + 1));
      }),
    );
  });
});
