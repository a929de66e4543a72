import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWordVectorEmbedder } from '../compose/word-vector-embedder.js';
import { cosine, norm } from '../math/index.js';
import { tokenize } from '../segment/tokenize.js';
import { loadGloveVectors } from '../word-vectors/build-glove-pack.js';
import type { WordVectors } from '../word-vectors/types.js';
import { exportWordVectorsAsTransformersModel } from './static-model.js';
import { loadTransformersEmbedder, type TransformersEmbedder } from './transformers-embedder.js';
import { tempDir } from './test-support/tiny-static-model.js';
import { defaultCacheDir } from '../word-vectors/cache-dir.js';

// The pack is built once by test/global-setup.ts, in defaultCacheDir().
const cacheDir = defaultCacheDir();

const SENTENCES = [
  "Mr. O'Neill's well-known firm can't pay $10.9bn (3.5%) to the U.S.",
  'The Federal Reserve raised interest rates by a quarter of a percentage point on Wednesday.',
  "They're going to the U.K. next week, aren't they? We'd've gone in the 1990s.",
  'Visit www.bbc.co.uk or e-mail the newsroom about the 10,000 protesters at 10:30.',
  'Scientists said the vaccine was 95% effective in preventing COVID-19 in late-stage trials.',
  'The company, based in São Paulo, reported a net loss of €12 million for the quarter.',
  'Quokkaesque flibbertigibbets zorbed.', // mostly out of vocabulary
  '',
];

/** True when the direct path would split an out-of-vocabulary compound the static model cannot. */
const hasOovCompound = (v: WordVectors, text: string): boolean => tokenize(text).some((t) => t.includes('-') && v.indexOf(t) < 0);

describe('GloVe pack exported as a transformers.js static model', () => {
  let vectors: WordVectors;
  let embedder: TransformersEmbedder;
  let dir: ReturnType<typeof tempDir>;

  beforeAll(async () => {
    vectors = loadGloveVectors({ cacheDir });
    dir = tempDir('vecsum-glove-static-');
    await exportWordVectorsAsTransformersModel(vectors, join(dir.dir, 'glove'));
    embedder = await loadTransformersEmbedder({ model: join(dir.dir, 'glove') });
  });
  afterAll(async () => {
    await embedder.dispose();
    dir.cleanup();
  });

  it('writes a float32 table of (words + 2) x dimensions', () => {
    const size = statSync(join(dir.dir, 'glove', 'onnx', 'model.onnx')).size;
    const table = (vectors.size + 2) * vectors.dimensions * 4;
    expect(size).toBeGreaterThan(table);
    expect(size).toBeLessThan(table + 4096);
    expect(embedder.dimensions).toBe(vectors.dimensions);
  });

  it("matches the direct 'mean' word-vector embedder on news sentences", async () => {
    const direct = createWordVectorEmbedder(vectors, { function: 'mean' });
    const a = await embedder.embed(SENTENCES);
    const b = await direct.embed(SENTENCES);
    expect(a.empty).toEqual(b.empty);
    SENTENCES.forEach((s, i) => {
      const va = a.vectors[i]!;
      const vb = b.vectors[i]!;
      if (norm(vb) === 0) {
        expect(norm(va)).toBe(0);
      } else if (!hasOovCompound(vectors, s)) {
        expect(cosine(va, vb), s).toBeGreaterThan(0.999999);
      }
    });
  });
});
