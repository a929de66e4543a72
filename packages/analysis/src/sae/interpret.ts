import { cosine, normalize } from '@vecsum/embeddings/math';
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
  for (const a of acts) for (let i = 0; i < sae.features; i++) if ((a[i] as number) > 0) frequency[i] = (frequency[i] as number) + 1 / acts.length;
  const chosen =
    options.features ??
    Array.from({ length: sae.features }, (_, i) => i)
      .filter((i) => (frequency[i] as number) > 0)
      .sort((a, b) => (frequency[b] as number) - (frequency[a] as number))
      .slice(0, options.top ?? 10);
  return chosen.map((feature) => {
    const ranked = acts.map((a, k) => ({ k, activation: a[feature] as number })).sort((x, y) => y.activation - x.activation);
    return {
      feature,
      frequency: frequency[feature] as number,
      maxActivation: ranked[0]?.activation ?? 0,
      examples: ranked.slice(0, options.examples ?? 3).filter((r) => r.activation > 0).map((r) => ({ text: texts[r.k] as string, activation: r.activation })),
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

/**
 * Steering check (paper 3's clamp with the error term kept): x' = SAE_clamped(x) + (x − SAE(x)),
 * feature clamped to `times` x its max activation; then the Near selection (top-k sentences by
 * cosine to the target) is re-run against x' and compared.
 */
export function steer(sae: SparseAutoencoder, documentVector: Float32Array, sentenceVectors: readonly Float32Array[], feature: number, maxActivation: number, k = 3, times = 3): SteeringResult {
  const f = encode(sae, documentVector);
  const recon = decode(sae, f);
  const clamped = Float32Array.from(f);
  clamped[feature] = maxActivation * times;
  const steered = decode(sae, clamped);
  for (let j = 0; j < steered.length; j++) steered[j] = (steered[j] as number) + ((documentVector[j] as number) - (recon[j] as number));
  const target = normalize(steered);
  const topK = (t: Float32Array) =>
    sentenceVectors
      .map((v, i) => ({ i, c: cosine(v, t) }))
      .sort((a, b) => b.c - a.c || a.i - b.i)
      .slice(0, k)
      .map((x) => x.i);
  const before = topK(documentVector);
  const after = topK(target);
  return { feature, clampedTo: maxActivation * times, before, after, changed: after.filter((i) => !before.includes(i)).length, targetCosine: cosine(documentVector, target) };
}
