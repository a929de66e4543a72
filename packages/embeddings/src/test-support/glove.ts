import { defaultCacheDir } from '../word-vectors/cache-dir.js';
import { loadGloveVectors } from '../word-vectors/build-glove-pack.js';
import type { WordVectors } from '../word-vectors/types.js';

let cached: WordVectors | undefined;
/** The embedded GloVe pack, from the cache the root Vitest global setup builds. */
export function testGlove(): WordVectors {
  cached ??= loadGloveVectors({ cacheDir: defaultCacheDir() });
  return cached;
}
