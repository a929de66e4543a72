import type { BudgetUnit } from '../budget.js';
import type { SelectorName } from '../select/types.js';

/**
 * What `auto` runs, chosen on the dev data (docs/results.md; 5-fold cross-validation across
 * records for the learned model, which never scores a record it was trained on):
 *
 * - several documents (a cluster, as in DUC 2004): `near` with a position prior of weight 0.1,
 *   the best of the whole grid there (R-1/R-2 recall 39.46 / 9.83 against the learned model's
 *   37.27 / 8.09);
 * - one document, one sentence: `near`, the sentence closest to the document vector, without a
 *   prior (the learned model was trained for longer extracts; see the table below);
 * - one document, anything longer: the `learned` model (150 gradient-boosted trees of depth 2
 *   over position, length, cosine, PacSum centrality and word frequency), with trigram
 *   blocking in tight budgets and, under a sentence budget, the shipped lead bonus and length
 *   penalty for that budget size, under a word budget the frequent-word bonus
 *   (learned/selection.ts):
 *
 * | dataset (first metric) | learned (CV) | near + 0.1 prior | LEAD |
 * |---|---:|---:|---:|
 * | CNN/DM R-1 F1 | 41.74 | 34.31 | 40.72 |
 * | SummEval R-1 F1 | 34.57 | 28.21 | 34.11 |
 * | XSum R-1 F1 (one sentence: auto runs near, 18.12) | 17.90 | 17.76 | 16.28 |
 * | Opinosis R-1 recall | 34.20 | 27.69 | 26.89 |
 * | BBC R-1 F1 | 81.89 | 72.78 | 65.21 |
 *
 * Under one sentence `near` beats the learned model on four of the five single-document sets
 * cut to one sentence (all but SummEval; CNN/DM by 1.4 R-1, BBC by 1.1), the table
 * `train-learned` prints.
 *
 * On CNN/DM and SummEval the margin over LEAD-3 is small (paired 95% intervals [+0.12, +1.96]
 * and [+0.01, +1.05]); without the sentence-budget corrections the model trails LEAD-3 there
 * (38.10 and 32.41), as the calibration notes predict for models without a
 * pretrained encoder.
 */
export function autoSelector(documentCount: number, budget?: { readonly unit: BudgetUnit; readonly limit: number }): SelectorName {
  if (documentCount > 1) return 'near';
  return budget !== undefined && budget.unit === 'sentences' && budget.limit <= 1 ? 'near' : 'learned';
}

/** Position-prior weight `auto` adds to `near` on several documents when the caller sets none (none on one). */
export const AUTO_POSITION_WEIGHT = 0.1;

/** The position weight `auto` runs with (the caller's `positionWeight` wins). */
export function autoPositionWeight(documentCount: number, selector: SelectorName): number {
  return selector === 'near' && documentCount > 1 ? AUTO_POSITION_WEIGHT : 0;
}
