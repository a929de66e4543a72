import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createWordVectorEmbedder, defaultCacheDir, loadGloveVectors, type WordVectors } from '@vecsum/embeddings';

/** Repository root (tests only). */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
/** ../shared/data beside the repository: licensed data, read at test time, never copied. */
export const DATA_DIR = join(REPO_ROOT, '..', 'shared', 'data');

export interface DataRecord {
  id: string;
  source: string;
  documents: string[];
  references: string[];
}

/** Whether ../shared/data is there; the tests on it skip otherwise (test/global-setup.ts says so once). */
export const HAS_SHARED_DATA: boolean = existsSync(DATA_DIR);

/** Records of a dev file, e.g. `readDataset('cnndm-dev.jsonl')`; none without ../shared/data (those tests skip). */
export function readDataset(file: string): DataRecord[] {
  if (!HAS_SHARED_DATA) return [];
  return readFileSync(join(DATA_DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as DataRecord);
}

let glove: WordVectors | undefined;
/** The embedded GloVe pack, from `defaultCacheDir()` (the root Vitest global setup builds it there). */
export function testGlove(): WordVectors {
  glove ??= loadGloveVectors({ cacheDir: defaultCacheDir() });
  return glove;
}

export const testEmbedder = (fn: 'mean' | 'sif' | 'arora' = 'arora') => createWordVectorEmbedder(testGlove(), { function: fn });
