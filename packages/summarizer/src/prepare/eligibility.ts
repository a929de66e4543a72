import type { Sentence, Vector } from '@vecsum/embeddings';
import type { SkipReason } from '../select/types.js';
import { exactDuplicates } from './exact-duplicates.js';
import { isFragment, MIN_FULL_SENTENCES } from './fragments.js';
import { nearDuplicateFinder } from './near-duplicates.js';

export interface EligibilityOptions {
  /** Sentences with more words are not candidates (the paper: 100). */
  maxSentenceWords: number;
  /** Cosine at or above which a later sentence is a near-duplicate of an earlier one (default 0.97). */
  duplicateThreshold: number;
}

export interface Eligibility {
  readonly eligible: boolean[];
  /** Why an ineligible sentence is out, and for duplicates which sentence it repeats. */
  readonly excluded: Map<number, { reason: Extract<SkipReason, 'no-vector' | 'too-long' | 'heading' | 'duplicate' | 'fragment' | 'doubtful'>; of?: number }>;
}

/**
 * Decides the candidates: sentences with a vector, not too long, not a heading (the
 * splitter's `heading`: a title line or Markdown heading; it stays in the document vector) and not a near-duplicate of
 * an earlier sentence (same normalised text, or cosine >= threshold across documents).
 * Cross-document duplicate detection compares each sentence with earlier sentences of other
 * documents only when the input has several documents; it hashes exact repeats first and
 * compares vectors among at most the 2,000 nearest earlier sentences to stay near-linear
 * (with an exact early-exit filter, `nearDuplicateFinder`). Fragments (`isFragment`: short lines that do
 * not end as sentences, such as labels and table cells) are left out when at least three full
 * sentences remain candidates; a text made of little else keeps them.
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
  const earlierCopy = exactDuplicates(sentences);
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
    const prior = earlierCopy(i);
    if (prior >= 0) {
      eligible[i] = false;
      excluded.set(i, { reason: 'duplicate', of: prior });
      return;
    }
    const j = near === undefined ? -1 : near(i);
    if (j >= 0) {
      eligible[i] = false;
      excluded.set(i, { reason: 'duplicate', of: j });
    }
  });
  excludeFragments(sentences, eligible, excluded);
  return { eligible, excluded };
}

/** Leaves fragments out of the candidates (reason `fragment`) when at least MIN_FULL_SENTENCES full sentences remain. */
export function excludeFragments(sentences: readonly Sentence[], eligible: boolean[], excluded: Eligibility['excluded']): void {
  const fragments = sentences.flatMap((s, i) => (eligible[i] === true && isFragment(s) ? [i] : []));
  const full = eligible.filter(Boolean).length - fragments.length;
  if (fragments.length === 0 || full < MIN_FULL_SENTENCES) return;
  for (const i of fragments) {
    eligible[i] = false;
    excluded.set(i, { reason: 'fragment' });
  }
}
