import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createWordVectorEmbedder } from '../compose/word-vector-embedder.js';
import { isEmbeddingError } from '../errors.js';
import { norm, normalize, sum } from '../math/index.js';
import { tokenize } from '../segment/tokenize.js';
import type { WordVectors } from '../word-vectors/types.js';
import { importTransformers, loadFeatureExtractionPipeline } from './load-pipeline.js';
import { loadTransformersEmbedder, type TransformersEmbedder } from './transformers-embedder.js';
import { tempDir, TINY_DIMENSIONS, writeTinyModel } from './test-support/tiny-static-model.js';

const SENTENCES = [
  'The cat sat on the mat.',
  'A big red dog barked at the blue house!',
  "Mr. O'Neill's well-known dog can't pay $10.9 to the U.S.",
  'THE CAT, THE DOG AND THE HOUSE',
  'zebra the quokka cat', // unknown words among known ones
  "don't do that", // "n't" -> "not"
];

/** The direct path: normalised sum of the unit rows of the in-vocabulary tokens. */
function directMean(vectors: WordVectors, text: string): Float32Array {
  const rows = tokenize(text)
    .map((t) => vectors.indexOf(t === "n't" ? 'not' : t))
    .filter((r) => r >= 0)
    .map((r) => vectors.row(r));
  return normalize(sum(rows, vectors.dimensions));
}

function expectClose(a: Float32Array | undefined, b: Float32Array | undefined, digits = 6): void {
  expect(a).toBeDefined();
  expect(b).toBeDefined();
  expect(a?.length).toBe(b?.length);
  a!.forEach((x, j) => expect(x).toBeCloseTo(b![j]!, digits));
}

async function errorOf(p: Promise<unknown>): Promise<{ code?: string; message: string; cause?: unknown }> {
  try {
    await p;
  } catch (e) {
    if (isEmbeddingError(e)) return { code: e.code, message: e.message, cause: e.cause };
    return { message: String(e) };
  }
  throw new Error('expected a rejection');
}

describe('loadTransformersEmbedder over a tiny static model (real feature-extraction pipeline)', () => {
  let model: Awaited<ReturnType<typeof writeTinyModel>>;
  let embedder: TransformersEmbedder;
  beforeAll(async () => {
    model = await writeTinyModel();
    embedder = await loadTransformersEmbedder({ model: model.folder });
  });
  afterAll(async () => {
    await embedder.dispose();
    model.cleanup();
  });

  it('knows its dimensions after load and returns unit Float32Array vectors', async () => {
    expect(embedder.dimensions).toBe(TINY_DIMENSIONS);
    expect(embedder.id).toBe(model.folder);
    expect(embedder.maxTokens).toBe(Infinity); // static model: no limit
    const { vectors, empty, truncated } = await embedder.embed(SENTENCES);
    expect(vectors).toHaveLength(SENTENCES.length);
    for (const v of vectors) {
      expect(v).toBeInstanceOf(Float32Array);
      expect(v).toHaveLength(TINY_DIMENSIONS);
      expect(norm(v)).toBeCloseTo(1, 6);
    }
    expect(empty).toEqual([]);
    expect(truncated).toEqual([]);
  });

  it('mean pooling equals the normalised mean of the in-vocabulary unit rows (direct path)', async () => {
    const { vectors } = await embedder.embed(SENTENCES);
    SENTENCES.forEach((s, i) => expectClose(vectors[i], directMean(model.vectors, s)));
  });

  it("agrees with the repository's word-vector 'mean' embedder", async () => {
    const direct = createWordVectorEmbedder(model.vectors, { function: 'mean' });
    const a = await embedder.embed(SENTENCES);
    const b = await direct.embed(SENTENCES);
    SENTENCES.forEach((_, i) => expectClose(a.vectors[i], b.vectors[i]));
  });

  it('differs from the direct path only on out-of-vocabulary hyphenated compounds (documented caveat)', async () => {
    const direct = createWordVectorEmbedder(model.vectors, { function: 'mean' });
    // "red-blue" is not in the table: the direct path falls back to "red" + "blue", the static
    // model sees one unknown token.
    const [a, b] = await Promise.all([embedder.embed(['red-blue house']), direct.embed(['red-blue house'])]);
    expectClose(a.vectors[0], model.vectors.row(model.vectors.indexOf('house')));
    expect(Math.abs((a.vectors[0]?.[0] ?? 0) - (b.vectors[0]?.[0] ?? 0))).toBeGreaterThan(1e-3);
  });

  it('matches the raw transformers.js pipeline call (pooling mean, normalize true)', async () => {
    const { pipeline } = await loadFeatureExtractionPipeline({ model: model.folder });
    try {
      const extractor = pipeline as unknown as (t: string[], o: object) => Promise<{ dims: number[]; data: Float32Array }>;
      const out = await extractor(SENTENCES, { pooling: 'mean', normalize: true });
      expect(out.dims).toEqual([SENTENCES.length, TINY_DIMENSIONS]);
      const { vectors } = await embedder.embed(SENTENCES);
      SENTENCES.forEach((_, i) => expectClose(vectors[i], out.data.subarray(i * TINY_DIMENSIONS, (i + 1) * TINY_DIMENSIONS)));
    } finally {
      await pipeline.dispose();
    }
  });

  it('gives the same vectors in batches of 1, 2, 4 and all at once', async () => {
    const texts = [...SENTENCES, '', 'cat', 'the the the the the the the the dog'];
    const all = await embedder.embed(texts);
    for (const batchSize of [1, 2, 4]) {
      const e = await loadTransformersEmbedder({ model: model.folder, batchSize });
      try {
        const r = await e.embed(texts);
        expect(r.empty).toEqual(all.empty);
        texts.forEach((_, i) => expectClose(r.vectors[i], all.vectors[i]));
      } finally {
        await e.dispose();
      }
    }
    const oneByOne = await Promise.all(texts.map((t) => embedder.embed([t])));
    texts.forEach((_, i) => expectClose(oneByOne[i]?.vectors[0], all.vectors[i]));
  });

  it('an empty string, blanks, punctuation and unknown-only texts give zero vectors flagged in empty', async () => {
    const texts = ['', 'cat', '   ', '...!?', 'zebra quokka', 'dog'];
    const { vectors, empty } = await embedder.embed(texts);
    expect(empty).toEqual([0, 2, 3, 4]);
    for (const i of empty) expect(Array.from(vectors[i]!)).toEqual(new Array(TINY_DIMENSIONS).fill(0));
    for (const v of vectors) expect(v.every((x) => Number.isFinite(x))).toBe(true);
    expectClose(vectors[1], model.vectors.row(model.vectors.indexOf('cat')));
    // A batch of only empty texts never reaches the model.
    const allEmpty = await embedder.embed(['', ' ']);
    expect(allEmpty.empty).toEqual([0, 1]);
  });

  it('returns an empty result for no texts and rejects non-strings', async () => {
    expect(await embedder.embed([])).toEqual({ vectors: [], empty: [], truncated: [] });
    const err = await errorOf(embedder.embed([42 as unknown as string]));
    expect(err.code).toBe('INVALID_ARGUMENT');
  });

  it('reports texts longer than maxTokens in truncated and embeds their first maxTokens tokens', async () => {
    const e = await loadTransformersEmbedder({ model: model.folder, maxTokens: 3, batchSize: 2 });
    try {
      expect(e.maxTokens).toBe(3);
      const texts = ['the cat sat', 'the cat sat on the mat', 'dog', 'a big red dog barked'];
      const { vectors, truncated } = await e.embed(texts);
      expect(truncated).toEqual([1, 3]);
      expectClose(vectors[1], directMean(model.vectors, 'the cat sat'));
      expectClose(vectors[3], directMean(model.vectors, 'a big red'));
      expectClose(vectors[2], directMean(model.vectors, 'dog'));
    } finally {
      await e.dispose();
    }
  });

  it('CLS pooling takes the first token row (zero when the first token is unknown)', async () => {
    const e = await loadTransformersEmbedder({ model: model.folder, pooling: 'cls' });
    try {
      expect(e.id).toBe(`${model.folder}:cls`);
      const { vectors, empty } = await e.embed(['Dog barked at the cat', 'the mat', 'zebra cat']);
      expectClose(vectors[0], model.vectors.row(model.vectors.indexOf('dog')));
      expectClose(vectors[1], model.vectors.row(model.vectors.indexOf('the')));
      expect(empty).toEqual([2]);
    } finally {
      await e.dispose();
    }
  });

  it('honours an AbortSignal between batches', async () => {
    const e = await loadTransformersEmbedder({ model: model.folder, batchSize: 1 });
    try {
      const controller = new AbortController();
      controller.abort(new Error('user cancelled'));
      const before = await errorOf(e.embed(['cat'], { signal: controller.signal }));
      expect(before.code).toBe('INVALID_ARGUMENT');
      expect(before.message).toMatch(/aborted/);
      expect((before.cause as Error).message).toBe('user cancelled');
      // Aborted after the first batch: a signal that turns aborted on its second read.
      let reads = 0;
      const flaky = {
        get aborted() {
          return ++reads > 1;
        },
        reason: 'late',
      } as unknown as AbortSignal;
      const between = await errorOf(e.embed(['cat', 'dog', 'mat'], { signal: flaky }));
      expect(between.code).toBe('INVALID_ARGUMENT');
      expect(reads).toBe(2);
    } finally {
      await e.dispose();
    }
  });

  it('shares one load between embedders; disposing one leaves the other working', async () => {
    const a = await loadTransformersEmbedder({ model: model.folder });
    const b = await loadTransformersEmbedder({ model: model.folder });
    await a.dispose();
    await a.dispose(); // idempotent
    expect((await b.embed(['cat'])).vectors).toHaveLength(1);
    expect((await errorOf(a.embed(['cat']))).code).toBe('INVALID_ARGUMENT');
    await b.dispose();
    // The suite's embedder holds the load too.
    expect((await embedder.embed(['cat'])).empty).toEqual([]);
  });

  it('leaves transformers.js env as it found it', async () => {
    const { env } = await importTransformers();
    const before = { ...env };
    const e = await loadTransformersEmbedder({ model: model.folder, quantized: false, cacheDir: '/nonexistent-cache' });
    await e.dispose();
    expect({ ...env }).toEqual(before);
  });
});

describe('loadTransformersEmbedder errors (offline)', () => {
  // model folders a load has read are removed with the block's: transformers.js may still read a file of the folder just after the
  // load settled (a CI run on a loaded machine saw ENOENT on a folder removed at the end of its test)
  const loadedFolders: (() => void)[] = [];
  afterAll(() => {
    for (const cleanup of loadedFolders) cleanup();
  });
  it('a missing folder is MODEL_NOT_FOUND naming the folder', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const folder = join(dir, 'no-such-model');
      const err = await errorOf(loadTransformersEmbedder({ model: folder }));
      expect(err.code).toBe('MODEL_NOT_FOUND');
      expect(err.message).toContain(folder);
    } finally {
      cleanup();
    }
  });

  it('a Hugging Face id absent locally is MODEL_NOT_FOUND naming localModelPath/id, without network', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const err = await errorOf(loadTransformersEmbedder({ model: 'Xenova/all-MiniLM-L6-v2', localModelPath: dir, cacheDir: dir }));
      expect(err.code).toBe('MODEL_NOT_FOUND');
      expect(err.message).toContain(join(dir, 'Xenova/all-MiniLM-L6-v2'));
      expect(err.message).toMatch(/allowRemoteModels: false/);
    } finally {
      cleanup();
    }
  });

  it('an id found under localModelPath loads offline', async () => {
    const model = await writeTinyModel();
    loadedFolders.push(model.cleanup);
    const root = join(model.folder, '..');
    const e = await loadTransformersEmbedder({ model: 'tiny-static', localModelPath: root });
    expect(e.dimensions).toBe(TINY_DIMENSIONS);
    expect(e.source.folder).toBe(model.folder);
    await e.dispose();
  });

  it('a missing ONNX file is MODEL_NOT_FOUND naming the file', async () => {
    const model = await writeTinyModel();
    loadedFolders.push(model.cleanup);
    const err = await errorOf(loadTransformersEmbedder({ model: model.folder, quantized: true }));
    expect(err.code).toBe('MODEL_NOT_FOUND');
    expect(err.message).toContain('model_quantized.onnx');
  });

  it('a corrupt ONNX file is MODEL_LOAD_FAILED with the cause', async () => {
    const model = await writeTinyModel();
    // transformers.js logs the onnxruntime failure and its wasm fallback attempt.
    const quiet = [vi.spyOn(console, 'warn').mockImplementation(() => undefined), vi.spyOn(console, 'error').mockImplementation(() => undefined)];
    try {
      writeFileSync(join(model.folder, 'onnx', 'model.onnx'), 'not a protobuf');
      const err = await errorOf(loadTransformersEmbedder({ model: model.folder }));
      expect(err.code).toBe('MODEL_LOAD_FAILED');
      expect(err.cause).toBeDefined();
    } finally {
      for (const q of quiet) q.mockRestore();
      loadedFolders.push(model.cleanup);
    }
  });

  it('rejects bad options with INVALID_ARGUMENT before loading anything', async () => {
    for (const bad of [{ normalize: false }, { batchSize: 0 }, { maxTokens: 1.5 }, { pooling: 'max' as 'mean' }, { model: '' }]) {
      const err = await errorOf(loadTransformersEmbedder({ model: './x', ...bad }));
      expect(err.code, JSON.stringify(bad)).toBe('INVALID_ARGUMENT');
    }
  });
});
