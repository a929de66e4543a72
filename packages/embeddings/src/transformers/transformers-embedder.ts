import { EmbeddingError } from '../errors.js';
import { normalize, isZero } from '../math/index.js';
import type { EmbedOptions, EmbedResult, SentenceEmbedder, Vector } from '../types.js';
import { acquire, hiddenStates, type LoadedModel, type TensorLike } from './shared-model.js';

/** How token vectors become one sentence vector. */
export type TransformersPooling = 'mean' | 'cls';

export interface TransformersEmbedderOptions {
  /**
   * A Hugging Face feature-extraction model id (e.g. "Xenova/all-MiniLM-L6-v2") or a folder
   * path (absolute, or starting with "./" or "../") holding `config.json`, `tokenizer.json`,
   * `tokenizer_config.json` and `onnx/model.onnx` or `onnx/model_quantized.onnx`.
   */
  model: string;
  /**
   * Folder holding model folders, for an id: the model is read from `localModelPath/<id>`.
   * Default: transformers.js's `env.localModelPath`. A relative folder path in `model` is
   * resolved against it (default: the working directory).
   */
  localModelPath?: string;
  /** Download from the Hugging Face hub when not found locally. Default false (offline). */
  allowRemoteModels?: boolean;
  /** transformers.js's file cache for downloaded models. Default: `env.cacheDir`. */
  cacheDir?: string;
  /**
   * Load `onnx/model_quantized.onnx` (true) or `onnx/model.onnx` (false). Default: whichever
   * the local folder has (quantized first), else true as in transformers.js.
   */
  quantized?: boolean;
  /** Default `mean` (mean over the attention mask); `cls` takes the first token's vector. */
  pooling?: TransformersPooling;
  /**
   * Vectors are always L2-normalised (the `SentenceEmbedder` contract); `false` is rejected
   * with INVALID_ARGUMENT rather than silently ignored. Default true.
   */
  normalize?: boolean;
  /** Texts per forward pass. Default 32. */
  batchSize?: number;
  /**
   * Truncate texts to this many tokens (special tokens included). Default and upper bound: the
   * model's limit (`tokenizer.model_max_length`, else `max_position_embeddings`).
   */
  maxTokens?: number;
  /** The embedder id. Default `model`, with ":cls" appended for CLS pooling. */
  id?: string;
}

/** A `SentenceEmbedder` backed by a transformers.js feature-extraction model. */
export interface TransformersEmbedder extends SentenceEmbedder {
  /** Token limit applied (Infinity when the model has none and no `maxTokens` was given). */
  readonly maxTokens: number;
  readonly pooling: TransformersPooling;
  /** Where the model was loaded from (folder or id) and whether it is quantized. */
  readonly source: { readonly model: string; readonly folder: string; readonly quantized: boolean };
  /** Releases this embedder's hold on the shared ONNX session (freed with the last holder). */
  dispose(): Promise<void>;
}

// --- embedding -------------------------------------------------------------------------------

function validateOptions(options: TransformersEmbedderOptions): { pooling: TransformersPooling; batchSize: number; maxTokens: number } {
  if (typeof options !== 'object' || options === null) throw new EmbeddingError('INVALID_ARGUMENT', 'options must be an object with a model');
  if (typeof options.model !== 'string' || options.model.trim() === '') {
    throw new EmbeddingError('INVALID_ARGUMENT', 'model must be a non-empty string (a Hugging Face id or a folder path)');
  }
  const pooling = options.pooling ?? 'mean';
  if (pooling !== 'mean' && pooling !== 'cls') {
    throw new EmbeddingError('INVALID_ARGUMENT', `unknown pooling ${JSON.stringify(pooling)}; expected "mean" or "cls"`);
  }
  if (options.normalize === false) {
    throw new EmbeddingError('INVALID_ARGUMENT', 'normalize: false is not supported: a SentenceEmbedder returns unit vectors');
  }
  const batchSize = options.batchSize ?? 32;
  if (!Number.isInteger(batchSize) || batchSize <= 0) {
    throw new EmbeddingError('INVALID_ARGUMENT', `batchSize must be a positive integer, got ${batchSize}`);
  }
  const maxTokens = options.maxTokens ?? Infinity;
  if (maxTokens !== Infinity && (!Number.isInteger(maxTokens) || maxTokens <= 0)) {
    throw new EmbeddingError('INVALID_ARGUMENT', `maxTokens must be a positive integer, got ${maxTokens}`);
  }
  return { pooling, batchSize, maxTokens };
}

function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) {
    throw new EmbeddingError('INVALID_ARGUMENT', 'embedding aborted', { cause: signal.reason });
  }
}

/** Row `i` of a [batch, dim] tensor, or token 0 of row `i` of a [batch, seq, dim] tensor. */
function firstTokenRow(t: TensorLike, i: number): Float32Array {
  const d = t.dims[t.dims.length - 1]!;
  const stride = t.dims.length === 3 ? t.dims[1]! * d : d;
  return Float32Array.from({ length: d }, (_, j) => t.data[i * stride + j]!);
}

/**
 * Embeds one batch: token counts first (for `truncated` and texts with no content token),
 * then one forward pass over the texts with content, padded to the longest (not to the limit).
 */
async function embedBatch(
  loaded: LoadedModel,
  texts: string[],
  limit: number,
  pooling: TransformersPooling,
): Promise<{ vectors: Vector[]; empty: number[]; truncated: number[] }> {
  const { tokenizer, model, dimensions, specialIds } = loaded;
  const { input_ids: ids } = tokenizer(texts, { padding: false, truncation: false, return_tensor: false });
  const truncated: number[] = [];
  const run: number[] = [];
  let longest = 0;
  ids.forEach((tokens, i) => {
    if (tokens.length > limit) truncated.push(i);
    if (tokens.some((id) => !specialIds.has(id))) {
      run.push(i);
      longest = Math.max(longest, Math.min(tokens.length, limit));
    }
  });
  const vectors: Vector[] = texts.map(() => new Float32Array(dimensions));
  if (run.length > 0) {
    const inputs = tokenizer(
      run.map((i) => texts[i]!),
      { padding: true, truncation: true, max_length: longest },
    );
    const hidden = hiddenStates(await model(inputs));
    const last = hidden.dims[hidden.dims.length - 1];
    if (last !== dimensions) {
      throw new EmbeddingError('DIMENSION_MISMATCH', `model returned ${last} dimensions, expected ${dimensions}`);
    }
    let pooled = hidden; // [batch, dim] already, or CLS: token 0 of [batch, seq, dim]
    if (pooling === 'mean' && hidden.dims.length === 3) {
      const mask = inputs['attention_mask'];
      if (mask === undefined) throw new EmbeddingError('MODEL_LOAD_FAILED', 'tokenizer returned no attention_mask for mean pooling');
      pooled = loaded.meanPooling(hidden, mask);
    }
    run.forEach((textIndex, row) => {
      const v = firstTokenRow(pooled, row);
      vectors[textIndex] = normalize(v, v);
    });
  }
  const empty: number[] = [];
  vectors.forEach((v, i) => {
    if (isZero(v)) empty.push(i);
  });
  return { vectors, empty, truncated };
}

/**
 * Loads a transformers.js feature-extraction model and returns a `SentenceEmbedder` over it.
 * Async so that `dimensions` is known (a probe text is run once after loading).
 *
 * - Offline by default: a model id is read from `localModelPath/<id>` or the transformers.js
 *   cache; set `allowRemoteModels` to download. transformers.js's global `env` is set only
 *   for the duration of the load and then restored (see load-pipeline.ts); composition roots
 *   pass `localModelPath`/`cacheDir`/`allowRemoteModels` here instead of setting `env`.
 * - Loads are memoised: embedders on the same source share one ONNX session; `dispose`
 *   releases this embedder's hold.
 * - `embed` returns unit Float32Array vectors (no transformers.js Tensor leaves this module).
 *   A text with no non-special token (e.g. "", or only unknown words for a static model), or
 *   whose pooled vector is zero, gets a zero vector and is listed in `empty`; a text longer
 *   than the token limit is truncated and listed in `truncated`.
 *
 * @example
 * const embedder = await loadTransformersEmbedder({ model: 'Xenova/all-MiniLM-L6-v2', localModelPath: './models' });
 * const { vectors, truncated } = await embedder.embed(['The cat sat.', 'A dog barked.']);
 * @throws EmbeddingError MODEL_NOT_FOUND (message names the folders searched), MODEL_LOAD_FAILED
 * (with the transformers.js error as `cause`), INVALID_ARGUMENT for bad options.
 */
export async function loadTransformersEmbedder(options: TransformersEmbedderOptions): Promise<TransformersEmbedder> {
  const { pooling, batchSize, maxTokens } = validateOptions(options);
  const { promise, release } = acquire(options);
  let loaded: LoadedModel;
  try {
    loaded = await promise;
  } catch (e) {
    await release();
    throw e;
  }
  const limit = Math.min(maxTokens, loaded.modelMaxTokens);
  let disposed = false;
  return {
    id: options.id ?? (pooling === 'cls' ? `${options.model}:cls` : options.model),
    dimensions: loaded.dimensions,
    maxTokens: limit,
    pooling,
    source: { model: options.model, folder: loaded.location.folder, quantized: loaded.location.quantized },
    async embed(texts: readonly string[], embedOptions?: EmbedOptions): Promise<EmbedResult> {
      if (disposed) throw new EmbeddingError('INVALID_ARGUMENT', `embedder ${options.model} has been disposed`);
      if (!Array.isArray(texts)) throw new EmbeddingError('INVALID_ARGUMENT', 'texts must be an array of strings');
      texts.forEach((t, i) => {
        if (typeof t !== 'string') throw new EmbeddingError('INVALID_ARGUMENT', `texts[${i}] is not a string (${t === null ? 'null' : typeof t})`);
      });
      const vectors: Vector[] = [];
      const empty: number[] = [];
      const truncated: number[] = [];
      for (let start = 0; start < texts.length; start += batchSize) {
        checkAborted(embedOptions?.signal);
        const batch = texts.slice(start, start + batchSize);
        let result: Awaited<ReturnType<typeof embedBatch>>;
        try {
          result = await embedBatch(loaded, batch, limit, pooling);
        } catch (cause) {
          if (cause instanceof EmbeddingError) throw cause;
          throw new EmbeddingError('MODEL_LOAD_FAILED', `model ${options.model} failed on texts ${start}..${start + batch.length - 1}: ${String(cause)}`, {
            cause,
          });
        }
        vectors.push(...result.vectors);
        for (const i of result.empty) empty.push(start + i);
        for (const i of result.truncated) truncated.push(start + i);
      }
      return { vectors, empty, truncated };
    },
    async dispose() {
      if (disposed) return;
      disposed = true;
      await release();
    },
  };
}
