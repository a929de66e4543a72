import { createWordVectorEmbedder, defaultCacheDir, loadGloveVectors, type SentenceEmbedder, type WordVectorFunction } from '@vecsum/embeddings';

/** The batch package's own embedder factory (GloVe only); the CLI passes its own, which also loads other models. */
export function createEmbedder(flags: { model?: string; vectorFunction: WordVectorFunction; cacheDir?: string }): SentenceEmbedder {
  if (flags.model !== undefined && flags.model !== 'glove' && flags.model !== 'glove-6b-100d')
    throw new Error(`this worker only has GloVe, not ${flags.model}`);
  return createWordVectorEmbedder(loadGloveVectors({ cacheDir: flags.cacheDir ?? defaultCacheDir() }), { function: flags.vectorFunction });
}
