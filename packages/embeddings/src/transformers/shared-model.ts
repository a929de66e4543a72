/**
 * transformers.js models loaded once per source and shared by every embedder on it (the last
 * holder's release disposes the ONNX session), with the small part of transformers.js used,
 * typed structurally.
 */
import { EmbeddingError } from '../errors.js';
import { importTransformers, loadFeatureExtractionPipeline, type LoadedPipeline, type ModelLocation, type ModelSource } from './load-pipeline.js';

// --- the small part of transformers.js used here, typed structurally -------------------------

export interface TensorLike {
  readonly dims: number[];
  readonly data: ArrayLike<number>;
}

interface TokenizerCallOptions {
  padding?: boolean;
  truncation?: boolean;
  max_length?: number | null;
  return_tensor?: boolean;
}

interface TokenizerLike {
  (texts: string[], options: TokenizerCallOptions & { return_tensor: false }): { input_ids: number[][] };
  (texts: string[], options: TokenizerCallOptions): Record<string, TensorLike>;
  model_max_length?: unknown;
  all_special_ids?: number[];
}

interface ModelLike {
  (inputs: Record<string, TensorLike>): Promise<Record<string, TensorLike | undefined>>;
  config?: { max_position_embeddings?: unknown };
}

export interface LoadedModel {
  readonly pipeline: LoadedPipeline;
  readonly location: ModelLocation;
  readonly tokenizer: TokenizerLike;
  readonly model: ModelLike;
  readonly dimensions: number;
  /** The model's own token limit (Infinity when none). */
  readonly modelMaxTokens: number;
  readonly specialIds: ReadonlySet<number>;
  readonly meanPooling: (hidden: TensorLike, mask: TensorLike) => TensorLike;
}

/** `model_max_length` values at or above this mean "no limit" (Python writes 1e30). */
const NO_LIMIT = 1e15;

function finiteLimit(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value < NO_LIMIT ? Math.floor(value) : undefined;
}

/** The sentence-level output of a model run: token states [batch, seq, dim] or pooled [batch, dim]. */
export function hiddenStates(outputs: Record<string, TensorLike | undefined>): TensorLike {
  const t = outputs['last_hidden_state'] ?? outputs['logits'] ?? outputs['token_embeddings'];
  if (t === undefined) {
    throw new EmbeddingError('MODEL_LOAD_FAILED', `model has no last_hidden_state/logits/token_embeddings output (got ${Object.keys(outputs).join(', ')})`);
  }
  return t;
}

async function loadModel(options: ModelSource): Promise<LoadedModel> {
  const { pipeline, location } = await loadFeatureExtractionPipeline(options);
  const { mean_pooling } = await importTransformers();
  const tokenizer = pipeline.tokenizer as TokenizerLike;
  const model = pipeline.model as ModelLike;
  const modelMaxTokens = finiteLimit(tokenizer.model_max_length) ?? finiteLimit(model.config?.max_position_embeddings) ?? Infinity;
  // transformers.js computes min(max_length, model_max_length): it must be a number.
  if (typeof tokenizer.model_max_length !== 'number') tokenizer.model_max_length = Number.MAX_SAFE_INTEGER;
  let dimensions: number;
  try {
    const probe = tokenizer(['hello world'], { padding: true, truncation: true });
    const hidden = hiddenStates(await model(probe));
    dimensions = hidden.dims[hidden.dims.length - 1] ?? 0;
  } catch (cause) {
    await pipeline.dispose().catch(() => undefined);
    throw new EmbeddingError('MODEL_LOAD_FAILED', `model ${JSON.stringify(options.model)} loaded but cannot run: ${String(cause)}`, { cause });
  }
  if (!Number.isInteger(dimensions) || dimensions <= 0) {
    await pipeline.dispose().catch(() => undefined);
    throw new EmbeddingError('MODEL_LOAD_FAILED', `model ${JSON.stringify(options.model)} returned vectors of ${dimensions} dimensions`);
  }
  return {
    pipeline,
    location,
    tokenizer,
    model,
    dimensions,
    modelMaxTokens,
    specialIds: new Set(tokenizer.all_special_ids ?? []),
    meanPooling: mean_pooling as unknown as LoadedModel['meanPooling'],
  };
}

// --- shared, memoised loads ------------------------------------------------------------------

interface CacheEntry {
  readonly promise: Promise<LoadedModel>;
  holders: number;
}

const loads = new Map<string, CacheEntry>();

function cacheKey(options: ModelSource): string {
  const { model, localModelPath, allowRemoteModels, cacheDir, quantized } = options;
  return JSON.stringify([model, localModelPath ?? null, allowRemoteModels ?? false, cacheDir ?? null, quantized ?? null, process.cwd()]);
}

/** One load per model source, shared by every embedder on it; a failed load is forgotten. */
export function acquire(options: ModelSource): { promise: Promise<LoadedModel>; release: () => Promise<void> } {
  const key = cacheKey(options);
  let entry = loads.get(key);
  if (entry === undefined) {
    const promise = loadModel(options);
    const created: CacheEntry = { promise, holders: 0 };
    entry = created;
    loads.set(key, created);
    promise.catch(() => {
      if (loads.get(key) === created) loads.delete(key);
    });
  }
  entry.holders++;
  const held = entry;
  let released = false;
  return {
    promise: held.promise,
    async release() {
      if (released) return;
      released = true;
      held.holders--;
      if (held.holders > 0) return;
      if (loads.get(key) === held) loads.delete(key);
      const loaded = await held.promise.catch(() => undefined);
      await loaded?.pipeline.dispose().catch(() => undefined);
    },
  };
}
