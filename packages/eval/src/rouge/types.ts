import type { TokenizeOptions } from './tokenize.js';
import type { RougeLimit } from './truncate.js';

/** ROUGE-N for any n >= 1: `'rouge1'`, `'rouge2'`, `'rouge3'`, ... */
export type RougeNMetric = `rouge${number}`;

/**
 * ROUGE-S with a maximum gap (`'rougeS4'`: ROUGE-1.5.5 `-2 4`) and ROUGE-SU, the same plus
 * unigrams (`'rougeSU4'`: `-2 4 -u`, the Opinosis and DUC 2005-2007 measure).
 */
export type RougeSkipMetric = `rougeS${number}` | `rougeSU${number}`;

/**
 * A ROUGE measure:
 * - `rougeN`: clipped n-gram co-occurrence;
 * - `rougeSk` / `rougeSUk`: clipped skip-bigram co-occurrence with at most k words in between,
 *   `SU` adding unigrams ({@link RougeSkipMetric});
 * - `rougeL`: sentence-level LCS of the whole texts (line breaks ignored), Google rouge-score's
 *   `rougeL`;
 * - `rougeLsum`: summary-level union LCS over `\n`-separated sentences, which is what
 *   ROUGE-1.5.5 itself reports as ROUGE-L on sentence-per-line input, and rouge-score's `rougeLsum`.
 */
export type RougeMetric = RougeNMetric | RougeSkipMetric | 'rougeL' | 'rougeLsum';

/** The metrics computed when `metrics` is not given. */
export type DefaultRougeMetric = 'rouge1' | 'rouge2' | 'rougeL' | 'rougeLsum';

/** The metrics computed when `metrics` is not given, in report order. */
export const DEFAULT_ROUGE_METRICS: readonly DefaultRougeMetric[] = ['rouge1', 'rouge2', 'rougeL', 'rougeLsum'];

/** One ROUGE figure, each in [0, 1]. */
export interface RougeScore {
  readonly recall: number;
  readonly precision: number;
  /** F-measure `P·R / ((1-alpha)·P + alpha·R)`: F1 with the default alpha 0.5 (ROUGE `-p 0.5`). */
  readonly f1: number;
}

/** Scores keyed by metric. */
export type RougeScores<M extends RougeMetric = DefaultRougeMetric> = { readonly [K in M]: RougeScore };

/**
 * How the scores against several references are combined:
 * - `'average'` (default): ROUGE-1.5.5 `-f A` "model average". Hits and counts are pooled over
 *   references: recall = Σ hits / Σ reference n-grams, precision = Σ hits / (references ×
 *   peer n-grams), F from those. Not the mean of per-reference scores when references differ
 *   in length.
 * - `'best'`: ROUGE-1.5.5 `-f B`: the scores against the one reference with the highest recall
 *   (ties: the first such reference).
 * - `'macro'`: the arithmetic mean of per-reference recall, precision and F, the way most
 *   Python wrappers average rouge-score results (and the data README's sanity script).
 */
export type RougeAggregate = 'average' | 'best' | 'macro';

/** Options of `scoreRouge` / `createRougeScorer`. */
export interface RougeOptions<M extends RougeMetric = RougeMetric> extends TokenizeOptions {
  /** Metrics to compute. Default {@link DEFAULT_ROUGE_METRICS}. */
  readonly metrics?: readonly M[];
  /** Truncate before tokenising: `{words}` is ROUGE `-l`, `{bytes}` is ROUGE `-b`. Default none. */
  readonly limit?: RougeLimit;
  /**
   * Apply `limit` to the references too. Default `true`, because ROUGE-1.5.5 does: its
   * `readText` is called with the same limit for the peer and for every model summary.
   */
  readonly limitReferences?: boolean;
  /** Multi-reference combination. Default `'average'` (ROUGE `-f A`). */
  readonly aggregate?: RougeAggregate;
  /** Weight of recall vs precision in F, in [0, 1] (ROUGE `-p`). Default 0.5. */
  readonly alpha?: number;
}
