import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The one default cache folder (GloVe packs, word dictionaries, transformers.js models):
 * `$VECSUM_CACHE_DIR` when set and not empty, else `$XDG_CACHE_HOME/vecsum`, else
 * `~/.cache/vecsum`. Composition roots (CLI, API server, batch worker, scripts, benches, test
 * setup) call it; libraries take the folder as an argument. A `--cache-dir` flag wins over it.
 */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const set = (v: string | undefined): string | undefined => (v === undefined || v === '' ? undefined : v);
  return set(env['VECSUM_CACHE_DIR']) ?? join(set(env['XDG_CACHE_HOME']) ?? join(homedir(), '.cache'), 'vecsum');
}
