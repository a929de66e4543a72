import { createWordVectorEmbedder, loadGloveVectors, type SentenceEmbedder, type WordVectorFunction } from '@vecsum/embeddings';

/** The batch package's own embedder factory (GloVe only); the CLI passes its own, which also loads other models. */
export function createEmbedder(flags: { model?: string; vectorFunction: WordVectorFunction; cacheDir?: string }): SentenceEmbedder {
  if (flags.model !== undefined && flags.model !== 'glove' && flags.model !== 'glove-6b-100d') throw new Error(`this worker only has GloVe, not ${flags.model}`);
  const cacheDir = flags.cacheDir ?? process.env['VECSUM_CACHE_DIR'];
  if (cacheDir === undefined) throw new Error('no word-vector cache: set VECSUM_CACHE_DIR');
  return createWordVectorEmbedder(loadGloveVectors({ cacheDir }), { function: flags.vectorFunction });
}
