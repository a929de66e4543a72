import { cosine } from '@vecsum/embeddings/math';
import type { Sentence, Vector } from '@vecsum/embeddings';
import type { SkipReason } from '../select/types.js';

export interface EligibilityOptions {
  /** Sentences with more words are not candidates (the paper: 100). */
  maxSentenceWords: number;
  /** Cosine at or above which a later sentence is a near-duplicate of an earlier one (default 0.97). */
  duplicateThreshold: number;
}

export interface Eligibility {
  readonly eligible: boolean[];
  /** Why an ineligible sentence is out, and for duplicates which sentence it repeats. */
  readonly excluded: Map<number, { reason: Extract<SkipReason, 'no-vector' | 'too-long' | 'heading' | 'duplicate'>; of?: number }>;
}

const normalizedText = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Decides the candidates: sentences with a vector, not too long, not a heading (the
 * splitter's `heading`: a title line or Markdown heading; it stays in the document vector) and not a near-duplicate of
 * an earlier sentence (same normalised text, or cosine >= threshold across documents).
 * Cross-document duplicate detection compares each sentence with earlier sentences of other
 * documents only when the input has several documents; it hashes exact repeats first and
 * compares vectors among at most the 2,000 nearest earlier sentences to stay near-linear
 * (with an exact early-exit filter, `nearDuplicateFinder`).
 */
export function decideEligibility(
  sentences: readonly Sentence[],
  vectors: readonly Vector[],
  empty: readonly number[],
  options: EligibilityOptions,
): Eligibility {
  const eligible = sentences.map(() => true);
  const excluded: Eligibility['excluded'] = new Map();
  const emptySet = new Set(empty);
  const seen = new Map<string, number>();
  const multiDoc = sentences.some((s) => s.docIndex !== 0);
  const near = multiDoc ? nearDuplicateFinder(sentences, vectors, eligible, options.duplicateThreshold) : undefined;
  sentences.forEach((s, i) => {
    if (emptySet.has(i)) {
      eligible[i] = false;
      excluded.set(i, { reason: 'no-vector' });
      return;
    }
    if (s.words > options.maxSentenceWords) {
      eligible[i] = false;
      excluded.set(i, { reason: 'too-long' });
      return;
    }
    if (s.heading === true) {
      eligible[i] = false;
      excluded.set(i, { reason: 'heading' });
      return;
    }
    const key = normalizedText(s.text);
    const prior = seen.get(key);
    if (prior !== undefined) {
      eligible[i] = false;
      excluded.set(i, { reason: 'duplicate', of: prior });
      return;
    }
    seen.set(key, i);
    const j = near === undefined ? -1 : near(i);
    if (j >= 0) {
      eligible[i] = false;
      excluded.set(i, { reason: 'duplicate', of: j });
    }
  });
  return { eligible, excluded };
}

/** How far back the cross-document comparison looks (keeps it near-linear). */
const DUPLICATE_WINDOW = 2000;

/**
 * The nearest earlier eligible sentence of another document within the window whose cosine
 * with sentence i is >= threshold, or -1. A cheap exact filter runs first: for unit vectors,
 * cosine >= t means a squared distance <= 2(1 - t), and the squared distance summed over the
 * first coordinates only grows, so a pair whose partial sum already exceeds the bound (plus a
 * margin far above float64 rounding) cannot match. Pairs that pass are decided by `cosine`
 * itself, so the result is the one of comparing every pair.
 */
function nearDuplicateFinder(
  sentences: readonly Sentence[],
  vectors: readonly Vector[],
  eligible: readonly boolean[],
  threshold: number,
): (i: number) => number {
  const n = sentences.length;
  const doc = Int32Array.from(sentences, (s) => s.docIndex);
  const inverseNorm = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = vectors[i]!;
    let aa = 0;
    for (let k = 0; k < v.length; k++) aa += v[k]! * v[k]!;
    inverseNorm[i] = aa > 0 ? 1 / Math.sqrt(aa) : 0;
  }
  const bound = 2 * (1 - threshold) + 1e-9;
  return (i) => {
    const v = vectors[i]!;
    const si = inverseNorm[i]!;
    const d = v.length;
    for (let j = i - 1; j >= 0 && j >= i - DUPLICATE_WINDOW; j--) {
      if (!eligible[j] || doc[j] === doc[i]) continue;
      const w = vectors[j]!;
      const sj = inverseNorm[j]!;
      let partial = 0;
      let k = 0;
      while (k < d && partial <= bound) {
        const end = Math.min(d, k + 8);
        for (; k < end; k++) {
          const diff = v[k]! * si - w[k]! * sj;
          partial += diff * diff;
        }
      }
      if (partial > bound) continue;
      if (cosine(v, w) >= threshold) return j;
    }
    return -1;
  };
}
