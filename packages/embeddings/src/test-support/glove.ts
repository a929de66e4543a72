import { loadGloveVectors } from '../word-vectors/build-glove-pack.js';
import type { WordVectors } from '../word-vectors/types.js';

let cached: WordVectors | undefined;
/** The embedded GloVe pack, from the cache the root Vitest global setup builds. */
export function testGlove(): WordVectors {
  const cacheDir = process.env['VECSUM_CACHE_DIR'];
  if (cacheDir === undefined) throw new Error('VECSUM_CACHE_DIR is not set: run tests through the root vitest config');
  cached ??= loadGloveVectors({ cacheDir });
  return cached;
}
