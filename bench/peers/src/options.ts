import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCacheDir } from '@vecsum/embeddings';
import { DATASET_NAMES } from '@vecsum/eval';
import { PEER_PACKAGES } from './peers.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The flags every bench-peers command takes: which datasets, where the data is, which peers. */
export const COMMON_OPTIONS = {
  datasets: { type: 'string', default: DATASET_NAMES.join(',') },
  'data-dir': { type: 'string', default: join(ROOT, '..', 'shared', 'data') },
  peers: { type: 'string', default: PEER_PACKAGES.join(',') },
} as const;

/** The GloVe cache folder, as the CLI resolves it: the flag, else `defaultCacheDir()`. */
export function cacheDirOf(flag?: string): string {
  return flag ?? defaultCacheDir();
}

/** A comma-separated flag as a list. */
export const list = (s: string): string[] =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
