import { EmbeddingError } from '../errors.js';
import { isZero, norm, normalize, removeProjection } from '../math/vector.js';
import { tokenIds, type TokenIdBuffer } from '../segment/token-ids.js';
import type { AdditiveComposer, EmbedResult, SentenceEmbedder, Vector } from '../types.js';
import type { WordVectors } from '../word-vectors/types.js';
import { commonComponentFor } from './common-component.js';
import { sifWeights, wordProbabilities, type FrequencySource } from './frequency.js';
import { createRowSums } from './row-sums.js';
import { createIdRows, createTokenRows, pushRow, type RowBuffer } from './word-rows.js';

/**
 * How a sentence vector is composed from word vectors (all on unit word vectors):
 * - `mean`: the normalised sum (same direction as the mean).
 * - `sif`: smooth inverse frequency, sum of a / (a + p(w)) * v(w) (Arora et al. 2017).
 * - `arora`: SIF, then the projection on a common component c0 removed.
 */
export type WordVectorFunction = 'mean' | 'sif' | 'arora';
export const WORD_VECTOR_FUNCTIONS: readonly WordVectorFunction[] = ['mean', 'sif', 'arora'];

/** Calibrated on the dev data (see docs/results.md): SIF 1e-4, Arora 1e-3. */
export const DEFAULT_SIF_A: Readonly<Record<Exclude<WordVectorFunction, 'mean'>, number>> = { sif: 1e-4, arora: 1e-3 };

export interface WordVectorEmbedderOptions {
  /** Default `arora`. */
  function?: WordVectorFunction;
  /** SIF smoothing a (> 0); default DEFAULT_SIF_A for the function. */
  a?: number;
  /** Default `zipf`. */
  frequency?: FrequencySource;
  /**
   * The common component removed by `arora` (any length-d vector; normalised here). Defaults to
   * the one shipped for the table (glove-6b-100d); other tables must pass one (see
   * `computeCommonComponent`), else INVALID_ARGUMENT.
   */
  commonComponent?: ArrayLike<number>;
  /** Tokeniser; default the GloVe-compatible `tokenize` (scanned into interned ids: `token-ids.ts`). */
  tokenize?: (text: string) => string[];
}

const weightCache = new WeakMap<WordVectors, Map<string, Float32Array>>();

function weightsFor(vectors: WordVectors, fn: WordVectorFunction, a: number, source: FrequencySource): Float32Array | undefined {
  if (fn === 'mean') return undefined;
  let byKey = weightCache.get(vectors);
  if (byKey === undefined) {
    byKey = new Map();
    weightCache.set(vectors, byKey);
  }
  const key = `${source}:${a}`;
  let w = byKey.get(key);
  if (w === undefined) {
    w = sifWeights(wordProbabilities(vectors, source), a);
    byKey.set(key, w);
  }
  return w;
}

/**
 * A `SentenceEmbedder` over word vectors. Vectors compose additively, so it also exposes
 * `additive`: the exact vector of any joined set of sentences without re-embedding.
 *
 * @example
 * const embedder = createWordVectorEmbedder(loadGloveVectors({ cacheDir }), { function: 'arora' });
 * const { vectors } = await embedder.embed(['The cat sat.', 'A dog barked.']);
 */
export function createWordVectorEmbedder(
  vectors: WordVectors,
  options: WordVectorEmbedderOptions = {},
): SentenceEmbedder & {
  readonly additive: AdditiveComposer;
  readonly function: WordVectorFunction;
} {
  const fn = options.function ?? 'arora';
  if (!WORD_VECTOR_FUNCTIONS.includes(fn)) {
    throw new EmbeddingError('INVALID_ARGUMENT', `unknown vector function ${JSON.stringify(fn)}; expected one of ${WORD_VECTOR_FUNCTIONS.join(', ')}`);
  }
  const a = fn === 'mean' ? 0 : (options.a ?? DEFAULT_SIF_A[fn]);
  const source = options.frequency ?? 'zipf';
  const weights = weightsFor(vectors, fn, a, source);
  const c0 = fn === 'arora' ? commonComponentOf(vectors, options.commonComponent) : undefined;
  const additive = additiveComposer(vectors, weights, c0, options.tokenize);
  const d = vectors.dimensions;

  const id = fn === 'mean' ? `${vectors.name}/mean` : `${vectors.name}/${fn}(a=${a}${source === 'zipf' ? '' : `,${source}`})`;
  return {
    id,
    dimensions: d,
    function: fn,
    additive,
    async embed(texts, embedOptions) {
      const out: Vector[] = [];
      const empty: number[] = [];
      texts.forEach((text, i) => {
        if (i % 4096 === 0 && embedOptions?.signal?.aborted === true) {
          throw new EmbeddingError('INVALID_ARGUMENT', 'embedding aborted', { cause: embedOptions.signal.reason });
        }
        const raw = additive.raw(text);
        const v = additive.finish(raw, raw);
        if (norm(v) === 0) empty.push(i);
        out.push(v);
      });
      return { vectors: out, empty, truncated: [] } satisfies EmbedResult;
    },
  };
}

/** The unit common component arora removes: the caller's, else the one shipped for these vectors. */
function commonComponentOf(vectors: WordVectors, given: ArrayLike<number> | undefined): Vector {
  const d = vectors.dimensions;
  const c = given ?? commonComponentFor(vectors.name, d);
  if (c === undefined) {
    throw new EmbeddingError('INVALID_ARGUMENT', `no common component shipped for ${vectors.name}; pass commonComponent (computeCommonComponent makes one)`);
  }
  if (c.length !== d) throw new EmbeddingError('DIMENSION_MISMATCH', `common component has ${c.length} dimensions, vectors ${d}`);
  const c0 = normalize(c);
  if (isZero(c0)) throw new EmbeddingError('INVALID_ARGUMENT', 'common component is a zero vector');
  return c0;
}

/** Longest row buffer an embedder keeps between texts. */
const KEPT_ROWS = 1 << 16;

/** raw: the weighted sum of a text's word rows; finish: minus the common component, normalized. */
function additiveComposer(
  vectors: WordVectors,
  weights: Float32Array | undefined,
  c0: Vector | undefined,
  tokenize: ((text: string) => string[]) | undefined,
): AdditiveComposer {
  const d = vectors.dimensions;
  const addRows = createRowSums(vectors, weights);
  // the rows of the text being composed (raw is synchronous: one buffer, grown when needed)
  const rows: RowBuffer = { rows: new Int32Array(256), count: 0 };
  const rowsOf = tokenize === undefined ? idRowsOf(vectors) : tokenRowsOf(vectors, tokenize);
  return {
    raw(text, out = new Float32Array(d)) {
      if (out.length !== d) throw new EmbeddingError('DIMENSION_MISMATCH', `out has ${out.length} dimensions, vectors ${d}`);
      out.fill(0);
      rows.count = 0;
      rowsOf(text, rows);
      addRows(out, rows.rows, rows.count);
      if (rows.rows.length > KEPT_ROWS) rows.rows = new Int32Array(256); // a huge text's buffer is not kept
      return out;
    },
    finish(raw, out = new Float32Array(d)) {
      if (out !== raw) out.set(raw);
      if (c0 !== undefined) removeProjection(out, c0);
      return normalize(out, out);
    },
  };
}

/** The default tokens' rows: interned token ids (`token-ids.ts`), rows memoised by id. */
function idRowsOf(vectors: WordVectors): (text: string, out: RowBuffer) => void {
  const idRows = createIdRows(vectors);
  const ids: TokenIdBuffer = { ids: new Int32Array(256), count: 0 };
  return (text, out) => {
    idRows.bound();
    tokenIds(text, idRows.table, ids);
    idRows.rows(ids.ids, ids.count, out);
    if (ids.ids.length > KEPT_ROWS) ids.ids = new Int32Array(256);
  };
}

/** A caller's tokenizer's rows, memoised by token string. */
function tokenRowsOf(vectors: WordVectors, tokenize: (text: string) => string[]): (text: string, out: RowBuffer) => void {
  const rowsOf = createTokenRows(vectors);
  return (text, out) => {
    for (const token of tokenize(text)) {
      const found = rowsOf(token);
      if (typeof found === 'number') {
        if (found >= 0) pushRow(out, found);
      } else {
        for (const r of found) pushRow(out, r);
      }
    }
  };
}
