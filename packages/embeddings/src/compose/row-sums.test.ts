import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testGlove } from '../test-support/glove.js';
import { createRowSums } from './row-sums.js';

describe('createRowSums on the int8 GloVe pack', () => {
  it('adds rows two per pass with the float32 sums of adding them one at a time', () => {
    const vectors = testGlove();
    const q = vectors.quantized!;
    const d = vectors.dimensions;
    const weights = Float32Array.from({ length: vectors.size }, (_, r) => 1e-3 / (1e-3 + 1 / (r + 10)));
    const sums = { weighted: createRowSums(vectors, weights), plain: createRowSums(vectors, undefined) };
    // rows of frequent and rare words, repeats included, odd and even counts
    const rows = fc.array(fc.oneof(fc.nat(200), fc.nat(vectors.size - 1)), { maxLength: 25 });
    fc.assert(
      fc.property(rows, fc.boolean(), (list, weighted) => {
        const expected = new Float32Array(d);
        for (const r of list) {
          const w = weighted ? weights[r]! : 1;
          for (let j = 0; j < d; j++) expected[j] = expected[j]! + w * Math.fround(q.values[r * d + j]! * q.factors[r]!);
        }
        const out = new Float32Array(d);
        (weighted ? sums.weighted : sums.plain)(out, Int32Array.from(list), list.length);
        expect(Array.from(out)).toEqual(Array.from(expected));
      }),
      { numRuns: 200 },
    );
  });
});
