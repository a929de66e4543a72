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
 *
 * The corrections may differ with the size of the budget (`SizedAdjustment`): on the dev data
 * the three-sentence pair helps under three sentences and hurts under one (XSum, and CNN/DM,
 * SummEval and BBC cut to one sentence: a single sentence is scored against a reference longer
 * than itself, so length is no cost, and the one sentence that stands for an article is less
 * often its first).
 */
export interface SelectionAdjustment {
  readonly lengthPenalty: number;
  readonly leadBonus: number;
}

/** An adjustment for sentence budgets of at least `fromSentences` (up to the next entry's). */
export interface SizedAdjustment extends SelectionAdjustment {
  readonly fromSentences: number;
}

/**
 * The corrections a model carries: one adjustment for every sentence budget, or one per range of
 * budget sizes, in ascending `fromSentences` (a budget below the first entry's gets none).
 */
export type SelectionCorrections = SelectionAdjustment | readonly SizedAdjustment[];

export const NO_ADJUSTMENT: SelectionAdjustment = { lengthPenalty: 0, leadBonus: 0 };

/** The adjustment that applies under a budget of `sentences` sentences. */
export function adjustmentFor(corrections: SelectionCorrections | undefined, sentences: number): SelectionAdjustment {
  if (corrections === undefined) return NO_ADJUSTMENT;
  if (!isSized(corrections)) return corrections;
  let found: SelectionAdjustment = NO_ADJUSTMENT;
  for (const entry of corrections) if (entry.fromSentences <= sentences) found = entry;
  return { lengthPenalty: found.lengthPenalty, leadBonus: found.leadBonus };
}

function isSized(corrections: SelectionCorrections): corrections is readonly SizedAdjustment[] {
  return Array.isArray(corrections);
}

/** Why `corrections` cannot be used (non-finite values, sizes not ascending integers from 1), or null. */
export function checkCorrections(corrections: SelectionCorrections | undefined): string | null {
  if (corrections === undefined) return null;
  const entries: readonly SelectionAdjustment[] = isSized(corrections) ? corrections : [corrections];
  if (entries.length === 0) return 'learned model selection corrections: empty list';
  for (const e of entries) {
    if (typeof e !== 'object' || e === null || !Number.isFinite(e.lengthPenalty) || !Number.isFinite(e.leadBonus)) {
      return 'learned model selection corrections: lengthPenalty and leadBonus must be finite numbers';
    }
  }
  if (isSized(corrections)) {
    let previous = 0;
    for (const e of corrections) {
      if (!Number.isInteger(e.fromSentences) || e.fromSentences <= previous) {
        return 'learned model selection corrections: fromSentences must be integers, ascending, from 1';
      }
      previous = e.fromSentences;
    }
  }
  return null;
}

/** The adjusted scores and each sentence's adjustment factors (for the explanation). */
export interface AdjustedScores {
  readonly scores: number[];
  readonly factors: (Factor[] | null)[];
}

/**
 * Applies the corrections for a sentence budget of `limit`; other units return the scores as they
 * are. The mean length is over the eligible sentences.
 */
export function adjustForBudget(
  scores: readonly number[],
  sentences: readonly { readonly index: number; readonly docIndex: number; readonly words: number }[],
  eligible: readonly boolean[],
  budget: { readonly unit: BudgetUnit; readonly limit: number },
  corrections: SelectionCorrections = NO_ADJUSTMENT,
): AdjustedScores {
  const { lengthPenalty, leadBonus } = budget.unit === 'sentences' ? adjustmentFor(corrections, budget.limit) : NO_ADJUSTMENT;
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
