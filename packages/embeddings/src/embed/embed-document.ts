import { EmbeddingError } from '../errors.js';
import { cosine, isZero, normalize, removeProjection, sum } from '../math/vector.js';
import { computeCommonComponent } from '../compose/common-component.js';
import type { EmbedOptions, Sentence, SentenceEmbedder, Vector } from '../types.js';

/**
 * How the document vector is made: `joined` embeds the whole text (the paper's default),
 * `mean` normalises the mean of the sentence vectors.
 */
export type DocumentVectorMode = 'joined' | 'mean';

export interface EmbedDocumentOptions extends EmbedOptions {
  documentVector?: DocumentVectorMode;
  /**
   * Remove this document's own first common component (uncentred PCA over its sentence
   * vectors) from every vector: the paper's per-document Arora variant. Default false.
   */
  removeDocumentComponent?: boolean;
}

/**
 * Composes the vector of a set of sentences from per-sentence parts. Exact (the vector of
 * the joined text) for additive models; otherwise the normalised mean of sentence vectors.
 */
export interface JoinComposer {
  readonly exact: boolean;
  /** One part per sentence; sum the parts of a set, then `finish`. */
  readonly parts: readonly Vector[];
  /** Unit vector of a sum of parts (written into `out` when given). */
  finish(partSum: Vector, out?: Vector): Vector;
}

export interface EmbeddedDocument {
  readonly sentences: readonly Sentence[];
  /** Unit vector per sentence; a zero vector for sentences listed in `empty`. */
  readonly vectors: readonly Vector[];
  readonly documentVector: Vector;
  /** Sentences with no in-vocabulary word (zero vector). */
  readonly empty: readonly number[];
  /** Sentences the model truncated. */
  readonly truncated: readonly number[];
  readonly join: JoinComposer;
  readonly embedderId: string;
  /** Machine-readable notes about fallbacks taken. */
  readonly warnings: readonly string[];
}

/**
 * Embeds the sentences of a document and its document vector.
 * Throws EMPTY_INPUT when there are no sentences.
 */
export async function embedDocument(sentences: readonly Sentence[], embedder: SentenceEmbedder, options: EmbedDocumentOptions = {}): Promise<EmbeddedDocument> {
  if (sentences.length === 0) throw new EmbeddingError('EMPTY_INPUT', 'no sentences to embed');
  const mode = options.documentVector ?? 'joined';
  const signalOpt = options.signal === undefined ? {} : { signal: options.signal };
  const warnings: string[] = [];
  const texts = sentences.map((s) => s.text);
  const d = embedder.dimensions;
  const additive = embedder.additive;
  const embedded = await sentenceVectors(texts, embedder, signalOpt);
  const { empty, truncated, parts, finishModel } = embedded;
  let vectors = embedded.vectors;
  for (const v of vectors) {
    if (v.length !== d) throw new EmbeddingError('DIMENSION_MISMATCH', `embedder ${embedder.id} returned ${v.length} dimensions, declared ${d}`);
  }

  let documentVector: Vector;
  if (mode === 'joined' && additive !== undefined) {
    documentVector = finishModel(sum(parts, d));
  } else if (mode === 'joined') {
    const joined = await embedder.embed([texts.join(' ')], signalOpt);
    const v = joined.vectors[0];
    if (v === undefined || joined.truncated.length > 0 || isZero(v)) {
      warnings.push('DOCUMENT_VECTOR_MEAN_FALLBACK');
      documentVector = normalize(sum(vectors, d));
    } else {
      documentVector = v;
    }
  } else {
    documentVector = normalize(sum(vectors, d));
  }

  let finish = finishModel;
  if (options.removeDocumentComponent === true) {
    const nonEmpty = vectors.filter((v) => !isZero(v));
    if (nonEmpty.length >= 2) {
      const c = computeCommonComponent(nonEmpty);
      const project = (v: Vector): Vector => normalize(removeProjection(v, c), v);
      vectors = vectors.map((v) => project(Float32Array.from(v)));
      documentVector = project(Float32Array.from(documentVector));
      finish = (raw, out) => project(finishModel(raw, out));
    } else {
      warnings.push('DOCUMENT_COMPONENT_SKIPPED');
    }
  }
  if (isZero(documentVector)) warnings.push('DOCUMENT_VECTOR_ZERO');
  return {
    sentences,
    vectors,
    documentVector,
    empty,
    truncated,
    join: { exact: additive !== undefined, parts, finish },
    embedderId: embedder.id,
    warnings,
  };
}

interface SentenceVectors {
  readonly vectors: Vector[];
  readonly empty: number[];
  readonly truncated: number[];
  /** What the join composer sums: raw (unnormalised) parts for an additive embedder, else the unit vectors. */
  readonly parts: Vector[];
  readonly finishModel: (raw: Vector, out?: Vector) => Vector;
}

/** The sentences' unit vectors, and the parts and finish a summary vector is composed from. */
async function sentenceVectors(texts: readonly string[], embedder: SentenceEmbedder, signalOpt: { signal?: AbortSignal }): Promise<SentenceVectors> {
  const additive = embedder.additive;
  if (additive !== undefined) {
    // Parts and vectors are views into two n x d buffers: two allocations, not 2n.
    const d = embedder.dimensions;
    const partRows = new Float32Array(texts.length * d);
    const vectorRows = new Float32Array(texts.length * d);
    const parts = new Array<Vector>(texts.length);
    const vectors = new Array<Vector>(texts.length);
    const empty: number[] = [];
    for (let i = 0; i < texts.length; i++) {
      const part = additive.raw(texts[i]!, partRows.subarray(i * d, (i + 1) * d));
      const v = additive.finish(part, vectorRows.subarray(i * d, (i + 1) * d));
      parts[i] = part;
      vectors[i] = v;
      if (isZero(v)) empty.push(i);
    }
    return { vectors, empty, truncated: [], parts, finishModel: (raw, out) => additive.finish(raw, out) };
  }
  const result = await embedder.embed(texts, signalOpt);
  return {
    vectors: result.vectors,
    empty: [...result.empty],
    truncated: [...result.truncated],
    parts: result.vectors,
    finishModel: (raw, out) => normalize(raw, out),
  };
}

/** Cosine of each sentence vector to a target vector (0 for zero vectors). */
export function similarities(vectors: readonly Vector[], target: Vector): number[] {
  return vectors.map((v) => cosine(v, target));
}
