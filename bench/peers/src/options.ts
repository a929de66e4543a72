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

/** True when `value` is one of `choices` (a flag checked against them, typed as them). */
export const isOneOf = <T extends string>(choices: readonly T[], value: string): value is T => choices.some((c) => c === value);

/** A comma-separated flag whose items must be among `choices`; exits with a message naming an unknown one. */
export function listOf<T extends string>(s: string, choices: readonly T[], what: string): T[] {
  return list(s).map((x) => {
    if (isOneOf(choices, x)) return x;
    process.stderr.write(`unknown ${what} ${JSON.stringify(x)}; expected one of ${choices.join(', ')}\n`);
    return process.exit(2);
  });
}

/** A comma-separated flag as a list. */
export const list = (s: string): string[] =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
