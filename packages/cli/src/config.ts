import { closeSync, existsSync, mkdirSync, openSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  createWordVectorEmbedder,
  defaultCacheDir,
  locateGlovePack,
  loadGloveVectors,
  WORD_VECTOR_FUNCTIONS,
  type SentenceEmbedder,
  type WordVectorFunction,
  type WordVectors,
} from '@vecsum/embeddings';
import { isOneOf } from './args.js';
import { CliError, EXIT, messageOf } from './errors.js';
import { createProgress } from './io/progress.js';

/** The cache folder: `--cache-dir`, else `defaultCacheDir` (VECSUM_CACHE_DIR, XDG_CACHE_HOME/vecsum, ~/.cache/vecsum). */
export function resolveCacheDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? defaultCacheDir(env);
}

let glove: WordVectors | undefined;

/**
 * Makes sure the GloVe cache can be written in `dir` before the 15 s build starts: its missing
 * folders are created one at a time (Node's recursive mkdir never returns on some paths, such
 * as one under /proc) and a probe file is written and removed.
 * @throws CliError MODEL_LOAD_FAILED (exit 4) naming the folder, the reason and the way out
 */
export function ensureWritableCacheDir(dir: string): void {
  const refuse = (why: string, cause?: unknown) =>
    new CliError(
      'MODEL_LOAD_FAILED',
      `cannot build the GloVe cache in ${dir}: ${why}; give a writable folder with --cache-dir DIR or VECSUM_CACHE_DIR`,
      EXIT.model,
      cause === undefined ? undefined : { cause },
    );
  const missing: string[] = [];
  let at = resolve(dir);
  while (!existsSync(at) && dirname(at) !== at) {
    missing.unshift(at);
    at = dirname(at);
  }
  if (!statSync(at).isDirectory()) throw refuse(`${at} is not a folder`);
  const probe = join(dir, `.vecsum-probe-${process.pid}`);
  try {
    for (const m of missing) mkdirSync(m);
    closeSync(openSync(probe, 'w'));
    unlinkSync(probe);
  } catch (cause) {
    throw refuse(messageOf(cause), cause);
  }
}

/** Loads the embedded GloVe pack, building the cache on first use with progress on stderr. */
export function loadDefaultVectors(cacheDir: string): WordVectors {
  if (glove !== undefined) return glove;
  const fresh = locateGlovePack({ cacheDir }).needsBuild;
  if (fresh) ensureWritableCacheDir(cacheDir);
  const progress = createProgress(
    'building GloVe cache',
    process.stderr,
    fresh ? `vecsum: building the GloVe word-vector cache in ${cacheDir} (one time, about 10 s)...` : undefined,
  );
  glove = loadGloveVectors({ cacheDir, onProgress: progress });
  progress.done();
  return glove;
}

/** The --vector-function flag (default arora), checked. */
export function vectorFunctionFlag(given: string | undefined): WordVectorFunction {
  const fn = given ?? 'arora';
  if (!isOneOf(WORD_VECTOR_FUNCTIONS, fn)) {
    throw new CliError('INVALID_OPTION', `--vector-function must be one of ${WORD_VECTOR_FUNCTIONS.join(', ')}, got ${fn}`);
  }
  return fn;
}

export interface ModelFlags {
  model?: string | undefined;
  vectorFunction?: string | undefined;
  cacheDir?: string | undefined;
}

/**
 * The embedder a command asked for: `glove` (default; `--vector-function mean|sif|arora`), or
 * any transformers.js feature-extraction model folder given by path.
 */
export async function createEmbedder(flags: ModelFlags): Promise<SentenceEmbedder> {
  const cacheDir = resolveCacheDir(flags.cacheDir);
  const model = flags.model ?? 'glove';
  const fn = vectorFunctionFlag(flags.vectorFunction);
  if (model === 'glove' || model === 'glove-6b-100d') {
    return createWordVectorEmbedder(loadDefaultVectors(cacheDir), { function: fn });
  }
  const { loadTransformersEmbedder } = await import('@vecsum/embeddings/transformers');
  return loadTransformersEmbedder({ model, cacheDir: join(cacheDir, 'transformers') });
}
