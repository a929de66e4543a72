import { embedDocument, splitDocuments, type SentenceEmbedder } from '@vecsum/embeddings';
import { cosine, normalize } from '@vecsum/embeddings/math';
import { summarize, type SummarizeInput, type SummarizeOptions } from '@vecsum/summarizer';
import { AnalysisError } from '../errors.js';
import type { WordDictionary } from '../word-equations/dictionary.js';
import { wordEquation, type WordEquation } from '../word-equations/word-equation.js';
import { decode, encode, type SparseAutoencoder } from './sparse-autoencoder.js';

export interface FeatureReport {
  readonly feature: number;
  /** Share of inputs on which it fires. */
  readonly frequency: number;
  readonly maxActivation: number;
  /** Top-activating sentences with their activation. */
  readonly examples: readonly { readonly text: string; readonly activation: number }[];
  /** Word equation of the decoder direction. */
  readonly equation: WordEquation;
}

/** Interprets features by their top-activating sentences and the word equation of their decoder direction. */
export function interpretFeatures(
  sae: SparseAutoencoder,
  vectors: readonly Float32Array[],
  texts: readonly string[],
  dict: WordDictionary,
  options: { features?: readonly number[]; examples?: number; top?: number } = {},
): FeatureReport[] {
  const acts = vectors.map((v) => encode(sae, v));
  const frequency = new Float64Array(sae.features);
  for (const a of acts) for (let i = 0; i < sae.features; i++) if (a[i]! > 0) frequency[i] = frequency[i]! + 1 / acts.length;
  const chosen =
    options.features ??
    Array.from({ length: sae.features }, (_, i) => i)
      .filter((i) => frequency[i]! > 0)
      .sort((a, b) => frequency[b]! - frequency[a]!)
      .slice(0, options.top ?? 10);
  return chosen.map((feature) => {
    const ranked = acts.map((a, k) => ({ k, activation: a[feature]! })).sort((x, y) => y.activation - x.activation);
    return {
      feature,
      frequency: frequency[feature]!,
      maxActivation: ranked[0]?.activation ?? 0,
      examples: ranked
        .slice(0, options.examples ?? 3)
        .filter((r) => r.activation > 0)
        .map((r) => ({ text: texts[r.k]!, activation: r.activation })),
      equation: wordEquation(sae.decoder.subarray(feature * sae.dimensions, (feature + 1) * sae.dimensions), dict, { top: 8 }),
    };
  });
}

export interface SteeringResult {
  readonly feature: number;
  readonly clampedTo: number;
  /** Sentence indices of the top-k by cosine, before and after clamping. */
  readonly before: readonly number[];
  readonly after: readonly number[];
  readonly changed: number;
  /** cos(original target, steered target). */
  readonly targetCosine: number;
}

/** The steered vector x' = SAE_clamped(x) + (x − SAE(x)): one feature clamped, the SAE's error term kept (paper 3). */
export function clampFeature(sae: SparseAutoencoder, x: Float32Array, feature: number, value: number): Float32Array {
  if (!(feature >= 0 && feature < sae.features)) throw new AnalysisError('INVALID_ARGUMENT', `feature must be in [0, ${sae.features}), got ${feature}`);
  const f = encode(sae, x);
  const recon = decode(sae, f);
  const clamped = Float32Array.from(f);
  clamped[feature] = value;
  const steered = decode(sae, clamped);
  for (let j = 0; j < steered.length; j++) steered[j] = steered[j]! + (x[j]! - recon[j]!);
  return normalize(steered);
}

export interface SummarySteering {
  readonly feature: number;
  readonly clampedTo: number;
  /** cos(document vector, steered target). */
  readonly targetCosine: number;
  readonly selector: string;
  /** Picked sentences (document order) without and with the clamp. */
  readonly before: readonly number[];
  readonly after: readonly number[];
  readonly added: readonly number[];
  readonly removed: readonly number[];
  readonly beforeText: string;
  readonly afterText: string;
}

const STEER_QUERY = '\u0000vecsum-steered-target';

/**
 * Steering check through the real summarizer: clamp one feature of the document vector
 * (`times` x `maxActivation`, the paper's units) with the error term kept, then run
 * `summarize` with that vector as the target (a wrapped embedder answers a sentinel query with
 * it, queryWeight 1) and compare the picks with the unsteered summary.
 */
export async function steerSummary(
  input: SummarizeInput,
  embedder: SentenceEmbedder,
  sae: SparseAutoencoder,
  feature: number,
  options: { readonly maxActivation: number; readonly times?: number; readonly summarize: SummarizeOptions },
): Promise<SummarySteering> {
  const docs = typeof input === 'string' ? [input] : input.documents;
  const doc = await embedDocument(splitDocuments(docs), embedder, {
    ...(options.summarize.documentVector === undefined ? {} : { documentVector: options.summarize.documentVector }),
    ...(options.summarize.removeDocumentComponent === undefined ? {} : { removeDocumentComponent: options.summarize.removeDocumentComponent }),
  });
  const clampedTo = options.maxActivation * (options.times ?? 5);
  const target = clampFeature(sae, doc.documentVector, feature, clampedTo);
  const fn = (embedder as { function?: unknown }).function;
  const steered: SentenceEmbedder & { function?: unknown } = {
    id: embedder.id,
    dimensions: embedder.dimensions,
    ...(embedder.additive === undefined ? {} : { additive: embedder.additive }),
    ...(typeof fn === 'string' ? { function: fn } : {}),
    embed: (texts, o) =>
      texts.length === 1 && texts[0] === STEER_QUERY
        ? Promise.resolve({ vectors: [Float32Array.from(target)], empty: [], truncated: [] })
        : embedder.embed(texts, o),
  };
  const before = await summarize(input, embedder, options.summarize);
  const after = await summarize(input, steered, { ...options.summarize, query: STEER_QUERY, queryWeight: 1 });
  return {
    feature,
    clampedTo,
    targetCosine: cosine(doc.documentVector, target),
    selector: after.meta.selectorUsed,
    before: before.picked,
    after: after.picked,
    added: after.picked.filter((i) => !before.picked.includes(i)),
    removed: before.picked.filter((i) => !after.picked.includes(i)),
    beforeText: before.text,
    afterText: after.text,
  };
}

/**
 * Steering check on Near alone (paper 3's clamp with the error term kept): the top-k sentences
 * by cosine to the document vector, and to the steered vector (see `steerSummary` for the real
 * selectors).
 */
export function steer(
  sae: SparseAutoencoder,
  documentVector: Float32Array,
  sentenceVectors: readonly Float32Array[],
  feature: number,
  maxActivation: number,
  k = 3,
  times = 3,
): SteeringResult {
  const target = clampFeature(sae, documentVector, feature, maxActivation * times);
  const topK = (t: Float32Array) =>
    sentenceVectors
      .map((v, i) => ({ i, c: cosine(v, t) }))
      .sort((a, b) => b.c - a.c || a.i - b.i)
      .slice(0, k)
      .map((x) => x.i);
  const before = topK(documentVector);
  const after = topK(target);
  return {
    feature,
    clampedTo: maxActivation * times,
    before,
    after,
    changed: after.filter((i) => !before.includes(i)).length,
    targetCosine: cosine(documentVector, target),
  };
}
