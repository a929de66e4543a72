import { describe, expect, it } from 'vitest';
import { isEmbeddingError } from '../errors.js';
import { cosine, dot, norm } from '../math/vector.js';
import { testGlove } from '../test-support/glove.js';
import { locateGlovePack } from '../word-vectors/build-glove-pack.js';
import { createWordVectors } from '../word-vectors/in-memory.js';
import { readPack } from '../word-vectors/pack-format.js';
import { commonComponentFor } from './common-component.js';
import { createWordVectorEmbedder } from './word-vector-embedder.js';
import { defaultCacheDir } from '../word-vectors/cache-dir.js';

const FLOOD = 'Heavy rain flooded the river valley and forced families from their homes.';
const STORM = 'A powerful storm brought floods that drove residents out of houses near the river.';
const MARKET = 'Shares of technology companies rose sharply on the stock market.';

describe('createWordVectorEmbedder on the GloVe pack', () => {
  for (const fn of ['mean', 'sif', 'arora'] as const) {
    it(`${fn}: returns unit vectors that rank a paraphrase above an unrelated sentence`, async () => {
      const e = createWordVectorEmbedder(testGlove(), { function: fn });
      const { vectors, empty } = await e.embed([FLOOD, STORM, MARKET]);
      expect(empty).toEqual([]);
      for (const v of vectors) expect(norm(v)).toBeCloseTo(1, 5);
      const [flood, storm, market] = vectors as [Float32Array, Float32Array, Float32Array];
      expect(cosine(flood, storm)).toBeGreaterThan(cosine(flood, market) + 0.05);
    });
  }

  it('an int8 pack composes from its int8 rows exactly as from its dequantized float32 matrix', async () => {
    const lazy = testGlove();
    expect(lazy.quantized).toBeDefined();
    const eager = readPack(locateGlovePack({ cacheDir: defaultCacheDir() }).path, { dequantize: 'load' });
    expect(eager.quantized).toBeUndefined();
    for (const fn of ['mean', 'sif', 'arora'] as const) {
      const a = await createWordVectorEmbedder(lazy, { function: fn }).embed([FLOOD, STORM, MARKET]);
      const b = await createWordVectorEmbedder(eager, { function: fn }).embed([FLOOD, STORM, MARKET]);
      a.vectors.forEach((v, i) => expect(Array.from(v)).toEqual(Array.from(b.vectors[i]!)));
    }
  });

  it('flags a sentence without in-vocabulary words with a zero vector, never NaN', async () => {
    const e = createWordVectorEmbedder(testGlove(), { function: 'arora' });
    const { vectors, empty } = await e.embed(['zzqxv blorptang 12345', '', FLOOD]);
    expect(empty).toEqual([0, 1]);
    expect(Array.from(vectors[0]!).every((x) => x === 0)).toBe(true);
    expect(Array.from(vectors[2]!).some(Number.isNaN)).toBe(false);
  });

  it('arora removes the common component', async () => {
    const e = createWordVectorEmbedder(testGlove(), { function: 'arora' });
    const c0 = commonComponentFor('glove-6b-100d', 100)!;
    const { vectors } = await e.embed([FLOOD, MARKET]);
    for (const v of vectors) expect(Math.abs(dot(v, c0) / norm(c0))).toBeLessThan(1e-5);
    const sif = createWordVectorEmbedder(testGlove(), { function: 'sif', a: 1e-3 });
    const raw = (await sif.embed([FLOOD])).vectors[0]!;
    expect(Math.abs(dot(raw, c0) / norm(c0))).toBeGreaterThan(0.1); // SIF vectors do share it
  });

  it('composes additively: finish(raw(a) + raw(b)) is the vector of the joined text', async () => {
    for (const fn of ['mean', 'sif', 'arora'] as const) {
      const e = createWordVectorEmbedder(testGlove(), { function: fn });
      const sum = e.additive.raw(FLOOD).map((x, i) => x + e.additive.raw(STORM)[i]!);
      const joined = (await e.embed([`${FLOOD} ${STORM}`])).vectors[0]!;
      expect(cosine(e.additive.finish(sum), joined)).toBeCloseTo(1, 5);
    }
  });

  it('sif weights frequent words down: "the" matters less than "river"', () => {
    const e = createWordVectorEmbedder(testGlove(), { function: 'sif' });
    const v = testGlove();
    const theRaw = e.additive.raw('the');
    const riverRaw = e.additive.raw('river');
    // a / (a + p): p("the") = 1 / H_V is large, p("river") (rank ~1,000) is about 1e-4
    expect(norm(theRaw)).toBeLessThan(0.01 * norm(riverRaw));
    expect(norm(riverRaw)).toBeGreaterThan(0.3);
    expect(v.indexOf('the')).toBe(0);
  });

  it('expands "n\'t" to "not" and falls back to the parts of unknown hyphenated compounds', () => {
    const e = createWordVectorEmbedder(testGlove(), { function: 'mean' });
    expect(cosine(e.additive.raw("didn't"), e.additive.raw('did not'))).toBeCloseTo(1, 5);
    expect(cosine(e.additive.raw('flood-riverbank'), e.additive.raw('flood riverbank'))).toBeCloseTo(1, 5);
    expect(cosine(e.additive.raw('well-known'), e.additive.raw('well known'))).toBeLessThan(0.99); // in vocabulary as a whole
  });

  it('supports SUBTLEX frequencies as an alternative to the Zipf estimate', async () => {
    const e = createWordVectorEmbedder(testGlove(), { function: 'sif', frequency: 'subtlex' });
    expect(e.id).toContain('subtlex');
    const { vectors } = await e.embed([FLOOD, STORM, MARKET]);
    expect(cosine(vectors[0]!, vectors[1]!)).toBeGreaterThan(cosine(vectors[0]!, vectors[2]!));
  });

  it('rejects an unknown function, a bad a, and arora without a common component', () => {
    const tiny = createWordVectors({ name: 'tiny', words: ['a', 'b'], values: Float32Array.from([1, 0, 0, 1]), dimensions: 2 });
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isEmbeddingError(e) ? e.code : 'OTHER';
      }
      return undefined;
    };
    expect(code(() => createWordVectorEmbedder(tiny, { function: 'max' as never }))).toBe('INVALID_ARGUMENT');
    expect(code(() => createWordVectorEmbedder(tiny, { function: 'sif', a: 0 }))).toBe('INVALID_ARGUMENT');
    expect(code(() => createWordVectorEmbedder(tiny, { function: 'arora' }))).toBe('INVALID_ARGUMENT');
    expect(code(() => createWordVectorEmbedder(tiny, { function: 'arora', commonComponent: [1, 0, 0] }))).toBe('DIMENSION_MISMATCH');
    expect(createWordVectorEmbedder(tiny, { function: 'arora', commonComponent: [1, 1] }).id).toContain('arora');
  });
});
