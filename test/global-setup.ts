import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// Imported by path: global setup runs before Vitest's resolver applies the "source" condition.
import { loadGloveVectors } from '../packages/embeddings/src/word-vectors/build-glove-pack.js';
import { defaultCacheDir } from '../packages/embeddings/src/word-vectors/cache-dir.js';
import { loadWordDictionary } from '../packages/analysis/src/word-equations/dictionary.js';

/**
 * Builds the GloVe pack once before any test file runs, so parallel test files never race
 * to build it (each build parses a 307 MB JSON), in `defaultCacheDir()`; VECSUM_CACHE_DIR is then set
 * to that folder so the CLI processes tests start find the same one. The analysis word
 * dictionary too (about 12 s once on a fresh machine): a server finds it cached and loads it
 * at start, instead of answering /v1/analyze 503 ANALYSIS_WARMING_UP while each server's
 * warm-up thread builds its own copy (which the browser tests would wait through).
 */
export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const cacheDir = defaultCacheDir();
  process.env['VECSUM_CACHE_DIR'] = cacheDir;
  const t = performance.now();
  const v = loadGloveVectors({ cacheDir });
  const shared = join(root, '..', 'shared', 'data');
  if (!existsSync(shared)) {
    console.log(`[setup] ${shared} not found: the tests on the research data (../shared/data, never in git) are skipped; everything else runs`);
  }
  console.log(`[setup] GloVe pack ${v.name}: ${v.size} words ready in ${(performance.now() - t).toFixed(0)} ms (${cacheDir})`);
  const td = performance.now();
  loadWordDictionary(v, cacheDir);
  console.log(`[setup] analysis word dictionary ready in ${(performance.now() - td).toFixed(0)} ms`);
}
