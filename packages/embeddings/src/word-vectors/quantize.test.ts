import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dequantizeRow, dequantizeUnitMatrix, quantizeRow, unitFactors } from './quantize.js';

const rows = fc.array(fc.float({ min: -4, max: 4, noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 300 });

describe('int8 quantization with a per-row scale', () => {
  it('brings every component back within scale / 2, with scale = max|x| / 127', () => {
    fc.assert(
      fc.property(rows, (values) => {
        const x = Float32Array.from(values);
        const q = new Int8Array(x.length);
        const scale = quantizeRow(x, q);
        const max = x.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
        expect(scale).toBeCloseTo(max / 127, 6);
        const back = dequantizeRow(q, scale, new Float32Array(x.length));
        for (let j = 0; j < x.length; j++) {
          // scale / 2 is the rounding bound; the slack covers float32 rounding of x / scale and q * scale.
          expect(Math.abs(back[j]! - x[j]!)).toBeLessThanOrEqual(scale / 2 + 1e-6 * max);
          expect(Math.abs(q[j]!)).toBeLessThanOrEqual(127);
        }
      }),
    );
  });

  it('keeps the largest component exact in magnitude and zero rows zero', () => {
    const q = new Int8Array(3);
    const s = quantizeRow([0.5, -1, 0.25], q);
    expect(Array.from(q)).toEqual([64, -127, 32]);
    expect(s * 127).toBeCloseTo(1, 6);
    expect(quantizeRow([0, 0, 0], q)).toBe(0);
    expect(Array.from(q)).toEqual([0, 0, 0]);
  });

  it('dequantizes rows to unit length in the direction of the original', () => {
    fc.assert(
      fc.property(
        rows.filter((v) => v.some((x) => Math.abs(x) > 1e-3)),
        (values) => {
          const x = Float32Array.from(values);
          const q = new Int8Array(x.length);
          const scale = quantizeRow(x, q);
          const out = dequantizeUnitMatrix(q, unitFactors(q, x.length), x.length);
          let dot = 0;
          let nOut = 0;
          let nX = 0;
          for (let j = 0; j < x.length; j++) {
            dot += out[j]! * x[j]!;
            nOut += out[j]! ** 2;
            nX += x[j]! ** 2;
          }
          expect(Math.sqrt(nOut)).toBeCloseTo(1, 5);
          // Error per component <= scale / 2 bounds the angle: cos >= 1 - d (scale/2)^2 / |x|^2 / 2 roughly; 0.99 is loose but real.
          expect(dot / Math.sqrt(nX)).toBeGreaterThan(0.99 - (x.length * scale ** 2) / nX);
        },
      ),
    );
  });
});
