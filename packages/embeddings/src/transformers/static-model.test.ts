import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isEmbeddingError } from '../errors.js';
import { cosine } from '../math/index.js';
import { tokenize } from '../segment/tokenize.js';
import { createWordVectors } from '../word-vectors/in-memory.js';
import { loadFeatureExtractionPipeline, type LoadedPipeline } from './load-pipeline.js';
import { exportWordVectorsAsTransformersModel, writeStaticEmbeddingModel } from './static-model.js';
import { loadTransformersEmbedder } from './transformers-embedder.js';
import { tempDir, TINY_DIMENSIONS, TINY_WORDS, tinyWordVectors, writeTinyModel } from './test-support/tiny-static-model.js';

const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

/** Sentences exercising every rule of `tokenize`. */
const TOKENIZER_CORPUS = [
  "Mr. O'Neill's well-known firm can't pay $10.9bn (3.5%) to the U.S.",
  'The cat sat on the mat.',
  "They're going to the U.S next week, aren't they? We'd've gone.",
  "I don't know; she won't say, and he can't (or won't) either.",
  'Visit www.bbc.co.uk or https://example.com/path?q=1, e-mail john.smith@example.com today!',
  'The 1990s saw 10,000 people at 10:30 on 24/7 duty, 3d mp3 g8 100m.',
  'Students\' "quotes" and ‘curly’ apostrophes: it’s John’s — rock’n’roll.',
  'AT&T and M&S & others; e.g. the a.m. shift, i.e. early.',
  'Café naïve coöperate déjà-vu 日本 中文 Ελληνικά.',
  'Soft\u00adhyphen and non\u2011breaking\u2010hyphens, 10-year-old 2004-05 cross-border.',
  '£5 €10 ¥300 50% #hashtag @handle ... ellipsis… end',
  '   ',
  '',
  'UPPER CASE TEXT WITH NUMBERS 123 AND U.S.A. INITIALS',
  "The dogs' bones; the children's toys; o'clock; 'quoted'",
  'Decomposed e\u0301 accent and caf\u0065\u0301.',
  'U.S.A. and u.s.a and U.S. and u.s, the u.s.com host, http://a.b/c and (U.K.) "e.g" x_u.s',
];

describe('static-embedding model files', () => {
  let model: Awaited<ReturnType<typeof writeTinyModel>>;
  // folders a test loaded a model from are removed with the file's: transformers.js may still read a model file just after the
  // embedder's load resolved and its dispose (a CI run on a loaded machine saw ENOENT on a folder removed at the end of its test)
  const loadedFolders: (() => void)[] = [];
  beforeAll(async () => {
    model = await writeTinyModel({ quantized: true });
  });
  afterAll(() => {
    model.cleanup();
    for (const cleanup of loadedFolders) cleanup();
  });

  it('writes the transformers.js folder layout with a bert config', () => {
    for (const f of ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model.onnx', 'onnx/model_quantized.onnx']) {
      expect(statSync(join(model.folder, f)).size).toBeGreaterThan(0);
    }
    const config = readJson(join(model.folder, 'config.json'));
    expect(config['model_type']).toBe('bert');
    expect(config['hidden_size']).toBe(TINY_DIMENSIONS);
    expect(config['vocab_size']).toBe(TINY_WORDS.length + 2);
    const tc = readJson(join(model.folder, 'tokenizer_config.json'));
    expect(tc).toMatchObject({ unk_token: '[UNK]', pad_token: '[PAD]', do_lower_case: true });
  });

  it('maps [PAD] and [UNK] to ids 0 and 1, row r to id r + 2, and "n\'t" to the row of "not"', () => {
    const tok = readJson(join(model.folder, 'tokenizer.json'));
    const m = tok['model'] as { type: string; vocab: Record<string, number>; unk_token: string };
    expect(m.type).toBe('WordLevel');
    expect(m.vocab['[PAD]']).toBe(0);
    expect(m.vocab['[UNK]']).toBe(1);
    TINY_WORDS.forEach((w, r) => expect(m.vocab[w]).toBe(r + 2));
    expect(m.vocab["n't"]).toBe(TINY_WORDS.indexOf('not') + 2);
  });

  it('float model: row 0/1 are zero and each word id returns its unit row', async () => {
    const { pipeline } = await loadFeatureExtractionPipeline({ model: model.folder, quantized: false });
    try {
      const { Tensor } = await import('@xenova/transformers');
      const ids = Array.from({ length: TINY_WORDS.length + 2 }, (_, i) => BigInt(i));
      const input = new Tensor('int64', BigInt64Array.from(ids), [1, ids.length]);
      const run = pipeline.model as (x: Record<string, unknown>) => Promise<{ last_hidden_state: { dims: number[]; data: Float32Array } }>;
      const { last_hidden_state: out } = await run({ input_ids: input, attention_mask: input });
      expect(out.dims).toEqual([1, TINY_WORDS.length + 2, TINY_DIMENSIONS]);
      const row = (i: number) => out.data.subarray(i * TINY_DIMENSIONS, (i + 1) * TINY_DIMENSIONS);
      expect(Array.from(row(0)).every((x) => x === 0)).toBe(true);
      expect(Array.from(row(1)).every((x) => x === 0)).toBe(true);
      for (let r = 0; r < TINY_WORDS.length; r++) expect(Array.from(row(r + 2))).toEqual(Array.from(model.vectors.row(r)));
    } finally {
      await pipeline.dispose();
    }
  });

  it('quantized model: int8 rows with per-row scales stay within cosine 0.999 of the float rows', async () => {
    const float = await loadTransformersEmbedder({ model: model.folder, quantized: false });
    const int8 = await loadTransformersEmbedder({ model: model.folder, quantized: true });
    try {
      expect(int8.source.quantized).toBe(true);
      const texts = [...TINY_WORDS, 'the cat sat on the mat', 'a big red dog barked at the blue house'];
      const a = await float.embed(texts);
      const b = await int8.embed(texts);
      texts.forEach((_, i) => expect(cosine(a.vectors[i]!, b.vectors[i]!)).toBeGreaterThan(0.999));
      expect(b.empty).toEqual([]);
    } finally {
      await float.dispose();
      await int8.dispose();
    }
  });

  it('quantized is detected from the folder when not given (float only -> false)', async () => {
    const only = await writeTinyModel();
    loadedFolders.push(only.cleanup);
    const e = await loadTransformersEmbedder({ model: only.folder });
    expect(e.source.quantized).toBe(false);
    await e.dispose();
  });

  it('exportWordVectorsAsTransformersModel takes (vectors, folder) and writes the same files', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const info = await exportWordVectorsAsTransformersModel(tinyWordVectors(), join(dir, 'm'));
      expect(info).toMatchObject({ dimensions: TINY_DIMENSIONS, vocabularySize: TINY_WORDS.length + 2 });
      expect(info.files).toEqual(['onnx/model.onnx', 'tokenizer.json', 'tokenizer_config.json', 'config.json']);
      expect(readFileSync(join(dir, 'm', 'onnx', 'model.onnx'))).toEqual(readFileSync(join(model.folder, 'onnx', 'model.onnx')));
    } finally {
      cleanup();
    }
  });

  it('rejects equal or empty special-token names', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const err = await writeStaticEmbeddingModel(dir, tinyWordVectors(), { unkToken: 'X', padToken: 'X' }).catch((e: unknown) => e);
      expect(isEmbeddingError(err) && err.code).toBe('INVALID_ARGUMENT');
    } finally {
      cleanup();
    }
  });

  it('keeps case with lowercase: false', async () => {
    const v = createWordVectors({ name: 'cased', words: ['Apple', 'apple'], values: Float32Array.of(1, 0, 0, 1), dimensions: 2 });
    const { dir, cleanup } = tempDir();
    loadedFolders.push(cleanup);
    await writeStaticEmbeddingModel(join(dir, 'm'), v, { lowercase: false });
    const e = await loadTransformersEmbedder({ model: join(dir, 'm') });
    const { vectors } = await e.embed(['Apple', 'apple']);
    expect(Array.from(vectors[0]!)).toEqual([1, 0]);
    expect(Array.from(vectors[1]!)).toEqual([0, 1]);
    await e.dispose();
  });
});

describe('static tokenizer.json reproduces tokenize()', () => {
  let model: Awaited<ReturnType<typeof writeTinyModel>>;
  let pipeline: LoadedPipeline;
  beforeAll(async () => {
    model = await writeTinyModel();
    ({ pipeline } = await loadFeatureExtractionPipeline({ model: model.folder }));
  });
  afterAll(async () => {
    await pipeline.dispose();
    model.cleanup();
  });

  it.each(TOKENIZER_CORPUS.map((t) => [t]))('same tokens for %j', (text) => {
    // WordLevel in transformers.js keeps token strings until ids are looked up, so
    // _encode_text shows the pre-tokens exactly.
    const tokenizer = pipeline.tokenizer as { _encode_text(t: string): string[] };
    expect(tokenizer._encode_text(text)).toEqual(tokenize(text));
  });
});
