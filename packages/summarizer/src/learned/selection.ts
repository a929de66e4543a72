import { positionsInDocument } from '../select/position-prior.js';
import type { BudgetUnit } from '../budget.js';
import type { Factor } from './model.js';

/**
 * How `learned` turns model scores into a pick order under a sentence budget. The model predicts
 * membership of the oracle extract, which knows the reference; two corrections, both chosen by
 * cross-validation in packages/eval/scripts/train-learned.ts and shipped with the model:
 *
 * - `lengthPenalty`: a sentence budget does not charge for length, but ROUGE F1 (and a reader)
 *   does, so a sentence loses lengthPenalty x (its words / the mean words per sentence);
 * - `leadBonus`: under a budget of b sentences LEAD-b is the baseline to beat, and when the
 *   model is unsure the opening sentences are the safer bet, so the first b sentences of each
 *   document gain leadBonus (a later sentence must out-score them by that much to replace them).
 *
 * Word, character and byte budgets already charge length, and have no "first b": scores pass
 * through unchanged.
 */
export interface SelectionAdjustment {
  readonly lengthPenalty: number;
  readonly leadBonus: number;
}

export const NO_ADJUSTMENT: SelectionAdjustment = { lengthPenalty: 0, leadBonus: 0 };

/** The adjusted scores and each sentence's adjustment factors (for the explanation). */
export interface AdjustedScores {
  readonly scores: number[];
  readonly factors: (Factor[] | null)[];
}

/**
 * Applies `adjustment` under a sentence budget of `limit`; other units return the scores as they
 * are. The mean length is over the eligible sentences.
 */
export function adjustForBudget(
  scores: readonly number[],
  sentences: readonly { readonly index: number; readonly docIndex: number; readonly words: number }[],
  eligible: readonly boolean[],
  budget: { readonly unit: BudgetUnit; readonly limit: number },
  adjustment: SelectionAdjustment = NO_ADJUSTMENT,
): AdjustedScores {
  const { lengthPenalty, leadBonus } = adjustment;
  if (budget.unit !== 'sentences' || (lengthPenalty === 0 && leadBonus === 0)) {
    return { scores: [...scores], factors: scores.map(() => null) };
  }
  let words = 0;
  let count = 0;
  sentences.forEach((s, i) => {
    if (eligible[i] === true) {
      words += s.words;
      count++;
    }
  });
  const meanWords = count > 0 && words > 0 ? words / count : 1;
  const positions = positionsInDocument(sentences as Parameters<typeof positionsInDocument>[0]);
  const factors: (Factor[] | null)[] = [];
  const adjusted = scores.map((score, i) => {
    const relativeLength = (sentences[i] as { words: number }).words / meanWords;
    const lead = (positions[i] as number) < budget.limit ? 1 : 0;
    const own: Factor[] = [];
    if (lengthPenalty !== 0) own.push({ feature: 'lengthPenalty', value: relativeLength, contribution: -lengthPenalty * relativeLength });
    if (leadBonus !== 0) own.push({ feature: 'leadBonus', value: lead, contribution: leadBonus * lead });
    factors.push(own);
    return score - lengthPenalty * relativeLength + leadBonus * lead;
  });
  return { scores: adjusted, factors };
}
