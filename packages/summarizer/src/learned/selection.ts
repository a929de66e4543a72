import { positionsInDocument } from '../select/position-prior.js';
import type { BudgetUnit } from '../budget.js';
import { FEATURE_NAMES } from './features.js';
import type { Factor, LearnedModel } from './model.js';

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

/** Why a length-budget correction cannot be used (a non-finite bonus), or null. */
export function checkLengthBudget(correction: LengthBudgetAdjustment | undefined): string | null {
  if (correction === undefined) return null;
  return typeof correction === 'object' && correction !== null && Number.isFinite(correction.frequencyBonus) ? null : 'learned model length-budget correction: frequencyBonus must be a finite number';
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

/**
 * The correction under word, character and byte budgets: a sentence gains `frequencyBonus` x
 * (1 - its frequent-word rank among the candidates), so the sentence richest in the input's
 * frequent words gains the whole bonus and the poorest none. Chosen by cross-validation on the
 * dev sets with such budgets (BBC, Opinosis: ranking by word frequency alone beats the model on
 * both) and shipped with the model; sentence budgets are left to SelectionCorrections.
 */
export interface LengthBudgetAdjustment {
  readonly frequencyBonus: number;
}

const FREQUENCY_RANK = FEATURE_NAMES.indexOf('wordFrequencyRank');

/**
 * Every budget correction of `model` for this budget: the sentence-budget corrections (by size)
 * or the length-budget one, over the model's scores and feature rows.
 */
export function correctScores(
  model: Pick<LearnedModel, 'selection' | 'lengthBudget'>,
  scored: { readonly scores: readonly number[]; readonly features: readonly (readonly number[])[] },
  sentences: readonly { readonly index: number; readonly docIndex: number; readonly words: number }[],
  eligible: readonly boolean[],
  budget: { readonly unit: BudgetUnit; readonly limit: number },
): AdjustedScores {
  const bonus = model.lengthBudget?.frequencyBonus ?? 0;
  if (budget.unit === 'sentences' || bonus === 0) return adjustForBudget(scored.scores, sentences, eligible, budget, model.selection);
  const factors: (Factor[] | null)[] = [];
  const scores = scored.scores.map((score, i) => {
    const share = 1 - ((scored.features[i] as readonly number[])[FREQUENCY_RANK] as number);
    factors.push([{ feature: 'frequencyBonus', value: share, contribution: bonus * share }]);
    return score + bonus * share;
  });
  return { scores, factors };
}
