import { existsSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { EmbeddingError } from '../errors.js';

/**
 * Loading a transformers.js `feature-extraction` pipeline without leaving global state behind.
 *
 * transformers.js reads its configuration from the global `env` object while it loads a model
 * (`env.localModelPath` has no per-call equivalent). This module never touches `env` at import
 * time (it does not even import transformers.js until a model is loaded): each load sets the
 * few `env` fields it needs, loads, and restores the previous values, with loads serialised so
 * two concurrent loads cannot see each other's settings. Per-call options (`local_files_only`,
 * `cache_dir`, `quantized`) are passed as well. Inference does not read `env`.
 */

type TransformersModule = typeof import('@xenova/transformers');

/** The `env` fields a load sets (the generated typings of transformers.js declare some const). */
interface TransformersEnv {
  localModelPath: string;
  allowRemoteModels: boolean;
  allowLocalModels: boolean;
  useFSCache: boolean;
  cacheDir: string | null;
}

function envOf(transformers: TransformersModule): TransformersEnv {
  return transformers.env as unknown as TransformersEnv;
}

let transformersModule: Promise<TransformersModule> | undefined;

/** The transformers.js module, imported on first use (it loads onnxruntime-node). */
export function importTransformers(): Promise<TransformersModule> {
  transformersModule ??= import('@xenova/transformers');
  return transformersModule;
}

/** The loading options of `loadTransformersEmbedder` (see there). */
export interface ModelSource {
  readonly model: string;
  readonly localModelPath?: string;
  readonly allowRemoteModels?: boolean;
  readonly cacheDir?: string;
  readonly quantized?: boolean;
}

/** Where a model is looked for. */
export interface ModelLocation {
  /** The name transformers.js is given (folder name or Hugging Face id). */
  readonly name: string;
  /** `env.localModelPath` during the load. */
  readonly localModelPath: string;
  /** The local folder searched: `localModelPath/name`. */
  readonly folder: string;
  /** The transformers.js file cache folder searched (id models only). */
  readonly cacheFolder: string | undefined;
  /** False for a folder path; else `allowRemoteModels` (default false). */
  readonly allowRemote: boolean;
  /** True when `model` was a folder path (the file cache is not consulted). */
  readonly isPath: boolean;
  readonly cacheDir: string | undefined;
  readonly quantized: boolean;
}

/** A path rather than a Hugging Face id: absolute, or starting with `.` (`./x`, `../x`, `.`). */
export function isModelPath(model: string): boolean {
  return isAbsolute(model) || model === '.' || model === '..' || /^\.\.?[\\/]/.test(model);
}

function defaultQuantized(folders: readonly (string | undefined)[]): boolean {
  for (const f of folders) {
    if (f === undefined) continue;
    if (existsSync(join(f, 'onnx', 'model_quantized.onnx'))) return true;
    if (existsSync(join(f, 'onnx', 'model.onnx'))) return false;
  }
  return true; // transformers.js default
}

/**
 * Resolves where `source.model` is looked for. A folder path is resolved against
 * `localModelPath` (default: the working directory) and is never fetched remotely; an id is
 * looked for in `localModelPath` (default: transformers.js's `env.localModelPath`), then the
 * file cache (`cacheDir`, default `env.cacheDir`), then, when allowed, the Hugging Face hub.
 * `quantized` defaults to what the local folder holds (`onnx/model_quantized.onnx` first).
 */
export function resolveModelLocation(source: ModelSource, env: Pick<TransformersEnv, 'localModelPath' | 'cacheDir'>): ModelLocation {
  if (typeof source.model !== 'string' || source.model.trim() === '') {
    throw new EmbeddingError('INVALID_ARGUMENT', 'model must be a non-empty string (a Hugging Face id or a folder path)');
  }
  const cacheDir = source.cacheDir;
  if (isModelPath(source.model)) {
    const folder = resolve(source.localModelPath ?? '.', source.model);
    return {
      name: basename(folder),
      localModelPath: dirname(folder),
      folder,
      cacheFolder: undefined,
      allowRemote: false,
      isPath: true,
      cacheDir,
      quantized: source.quantized ?? defaultQuantized([folder]),
    };
  }
  const localModelPath = resolve(source.localModelPath ?? env.localModelPath);
  const folder = join(localModelPath, source.model);
  const cacheRoot = cacheDir ?? env.cacheDir ?? undefined;
  const cacheFolder = cacheRoot === undefined ? undefined : join(resolve(cacheRoot), source.model);
  return {
    name: source.model,
    localModelPath,
    folder,
    cacheFolder,
    allowRemote: source.allowRemoteModels ?? false,
    isPath: false,
    cacheDir,
    quantized: source.quantized ?? defaultQuantized([cacheFolder, folder]),
  };
}

let envQueue: Promise<unknown> = Promise.resolve();

/**
 * Runs `load` with transformers.js's `env` set for `location`, then restores the previous
 * values. Loads are serialised through a queue.
 */
async function withModelEnv<T>(location: ModelLocation, load: () => Promise<T>): Promise<T> {
  const env = envOf(await importTransformers());
  const run = envQueue.then(async () => {
    const saved = {
      localModelPath: env.localModelPath,
      allowRemoteModels: env.allowRemoteModels,
      allowLocalModels: env.allowLocalModels,
      useFSCache: env.useFSCache,
      cacheDir: env.cacheDir,
    };
    try {
      env.localModelPath = `${location.localModelPath.replace(/[\\/]+$/, '')}/`;
      env.allowRemoteModels = location.allowRemote;
      env.allowLocalModels = true;
      // A folder path must not be shadowed by a cached model of the same name.
      if (location.isPath) env.useFSCache = false;
      if (location.cacheDir !== undefined) env.cacheDir = location.cacheDir;
      return await load();
    } finally {
      Object.assign(env, saved);
    }
  });
  envQueue = run.catch(() => undefined);
  return run;
}

const NOT_FOUND_PATTERNS = [/file was not found locally at "([^"]*)"/, /Could not locate file: "([^"]*)"/];

function notFoundMessage(model: string, location: ModelLocation, detail: string): string {
  const places = [location.folder, ...(location.cacheFolder === undefined ? [] : [`${location.cacheFolder} (cache)`])];
  const remote = location.isPath
    ? ''
    : location.allowRemote
      ? '; the Hugging Face hub was also tried'
      : '; remote models are disabled (allowRemoteModels: false)';
  return `model ${JSON.stringify(model)} not found: ${detail}; searched ${places.join(' and ')}${remote}`;
}

/** The pieces of a loaded feature-extraction pipeline this package uses. */
export interface LoadedPipeline {
  readonly tokenizer: unknown;
  readonly model: unknown;
  dispose(): Promise<void>;
}

/**
 * Loads a `feature-extraction` pipeline. Before loading (remote disabled), a folder without
 * `config.json` is MODEL_NOT_FOUND naming the folders searched; a file missing during the load
 * (e.g. `onnx/model_quantized.onnx`) is MODEL_NOT_FOUND naming the file; any other failure is
 * MODEL_LOAD_FAILED with the transformers.js error as `cause`.
 */
export async function loadFeatureExtractionPipeline(source: ModelSource): Promise<{ pipeline: LoadedPipeline; location: ModelLocation }> {
  let transformers: TransformersModule;
  try {
    transformers = await importTransformers();
  } catch (cause) {
    throw new EmbeddingError('MODEL_LOAD_FAILED', `cannot load @xenova/transformers: ${String(cause)}`, { cause });
  }
  const location = resolveModelLocation(source, envOf(transformers));
  if (!location.allowRemote) {
    const candidates = [location.folder, location.cacheFolder].filter((f): f is string => f !== undefined);
    if (!candidates.some((f) => existsSync(join(f, 'config.json')))) {
      throw new EmbeddingError('MODEL_NOT_FOUND', notFoundMessage(source.model, location, 'no config.json'));
    }
  }
  try {
    const loaded = await withModelEnv(location, () =>
      transformers.pipeline('feature-extraction', location.name, {
        quantized: location.quantized,
        local_files_only: !location.allowRemote,
        ...(location.cacheDir === undefined ? {} : { cache_dir: location.cacheDir }),
      }),
    );
    return { pipeline: loaded as unknown as LoadedPipeline, location };
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    for (const re of NOT_FOUND_PATTERNS) {
      const m = re.exec(message);
      if (m !== null) {
        throw new EmbeddingError('MODEL_NOT_FOUND', notFoundMessage(source.model, location, `missing ${m[1] ?? 'a file'}`), { cause });
      }
    }
    throw new EmbeddingError('MODEL_LOAD_FAILED', `cannot load model ${JSON.stringify(source.model)} from ${location.folder}: ${message}`, { cause });
  }
}
