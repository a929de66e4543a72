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

const normalizedText = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Decides the candidates: sentences with a vector, not too long, not a heading (the
 * splitter's `heading`: a title line or Markdown heading; it stays in the document vector) and not a near-duplicate of
 * an earlier sentence (same normalised text, or cosine >= threshold across documents).
 * Cross-document duplicate detection compares each sentence with earlier sentences of other
 * documents only when the input has several documents; it hashes exact repeats first and
 * compares vectors among at most the 2,000 nearest earlier sentences to stay near-linear.
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
    if (multiDoc) {
      const v = vectors[i] as Vector;
      for (let j = i - 1; j >= 0 && j >= i - 2000; j--) {
        if (!eligible[j] || (sentences[j] as Sentence).docIndex === s.docIndex) continue;
        if (cosine(v, vectors[j] as Vector) >= options.duplicateThreshold) {
          eligible[i] = false;
          excluded.set(i, { reason: 'duplicate', of: j });
          return;
        }
      }
    }
  });
  return { eligible, excluded };
}
