import { costOf, isSummarizerError, resolveBudget, roomLeft, summaryCost, type Budget, type ResolvedBudget } from '@vecsum/summarizer';
import { EvalError } from './errors.js';
import { createRougeScorer, scoreRouge } from './rouge/rouge.js';
import type { RougeOptions } from './rouge/types.js';

/** ROUGE settings of the oracle and of {@link sentenceImportance} (the metrics are fixed). */
export type OracleRougeOptions = Omit<RougeOptions, 'metrics'>;

/** Options of {@link greedyOracle}. Without a budget it stops only when nothing improves. */
export interface OracleOptions {
  /**
   * Keep the extract within this budget, counted as the summarizer counts it (sentences one per
   * line; a ratio is of the given sentences): a sentence that would overflow is never picked
   * (a shorter one may still be).
   */
  readonly budget?: Budget;
  /** ROUGE options (stemming, limit, aggregation...). Default: stemmed, `-f A`. */
  readonly rouge?: OracleRougeOptions;
}

/** One greedy step: the sentence added and the extract's scores after adding it. */
export interface OracleStep {
  readonly index: number;
  readonly rouge2F1: number;
  readonly rouge1F1: number;
}

/** The oracle extract. */
export interface OracleResult {
  /** Picked sentence indices, ascending (document order). */
  readonly indices: readonly number[];
  /** Picks in the order the greedy search made them. */
  readonly steps: readonly OracleStep[];
  /** ROUGE-2 F1 of the final extract (0 when nothing was picked). */
  readonly rouge2F1: number;
  /** ROUGE-1 F1 of the final extract. */
  readonly rouge1F1: number;
}

const EPSILON = 1e-12;

/** (ROUGE-2 F1, ROUGE-1 F1) compared lexicographically, with a tolerance for float noise. */
function isBetter(a: { r2: number; r1: number }, b: { r2: number; r1: number }): boolean {
  if (a.r2 > b.r2 + EPSILON) return true;
  return Math.abs(a.r2 - b.r2) <= EPSILON && a.r1 > b.r1 + EPSILON;
}

/** The summarizer's reading of a budget, its error as this package's `INVALID_ARGUMENT`. */
function resolveOracleBudget(budget: Budget | undefined, sentenceCount: number): ResolvedBudget | undefined {
  if (budget === undefined) return undefined;
  try {
    return resolveBudget(budget, sentenceCount);
  } catch (e) {
    if (isSummarizerError(e)) throw new EvalError('INVALID_ARGUMENT', e.message, { cause: e });
    throw e;
  }
}

/**
 * Greedy oracle extract (the labels of the paper's SVM and its "reference" sentences):
 * repeatedly add the sentence that maximises the ROUGE-2 F1 of the extract against the
 * references, breaking ties by ROUGE-1 F1 and then by the earlier position, until no sentence
 * improves the (ROUGE-2 F1, ROUGE-1 F1) pair or the budget is reached. The extract is scored
 * with its sentences in document order, one per line (so ROUGE-Lsum-style units are kept and
 * bigrams run across sentence boundaries as in ROUGE-1.5.5).
 *
 * @param sentences candidate sentences, in document order
 * @param references reference summaries
 * @throws EvalError `EMPTY_INPUT` with no references; `INVALID_ARGUMENT` for a bad budget or
 *   ROUGE option
 * @example greedyOracle(sentences, record.references, { budget: { words: 100 } }).indices // [0, 4, 9]
 */
export function greedyOracle(sentences: readonly string[], references: readonly string[], options: OracleOptions = {}): OracleResult {
  if (!Array.isArray(sentences) || sentences.some((s) => typeof s !== 'string')) {
    throw new EvalError('INVALID_ARGUMENT', 'sentences must be an array of strings');
  }
  const budget = resolveOracleBudget(options.budget, sentences.length);
  const scorer = createRougeScorer(references, { ...options.rouge, metrics: ['rouge1', 'rouge2'] });
  const costs = budget === undefined ? [] : sentences.map((s) => costOf(s, budget.unit));

  const picked = new Set<number>();
  const steps: OracleStep[] = [];
  let current = { r2: 0, r1: 0 };
  while (picked.size < sentences.length) {
    let best: { index: number; r2: number; r1: number } | undefined;
    const used =
      budget === undefined
        ? 0
        : summaryCost(
            [...picked].map((k) => sentences[k] ?? ''),
            budget.unit,
          );
    const room = budget === undefined ? Number.POSITIVE_INFINITY : roomLeft(budget, used, picked.size);
    for (let i = 0; i < sentences.length; i++) {
      if (picked.has(i) || (costs[i] ?? 0) > room) continue;
      const extract = [...picked, i].sort((x, y) => x - y).map((k) => sentences[k] ?? '');
      const s = scorer.score(extract.join('\n'));
      const candidate = { index: i, r2: s.rouge2.f1, r1: s.rouge1.f1 };
      // Strictly better only: on a full tie the earlier sentence, seen first, stays.
      if (best === undefined || isBetter(candidate, best)) best = candidate;
    }
    if (best === undefined || !isBetter(best, current)) break;
    picked.add(best.index);
    current = { r2: best.r2, r1: best.r1 };
    steps.push({ index: best.index, rouge2F1: best.r2, rouge1F1: best.r1 });
  }
  return {
    indices: [...picked].sort((x, y) => x - y),
    steps,
    rouge2F1: current.r2,
    rouge1F1: current.r1,
  };
}

/**
 * Importance of one sentence as in the paper's analyses: the ROUGE-1 recall of the sentence
 * alone against the references (stemmed; several references combined by `aggregate`, default
 * ROUGE `-f A`).
 *
 * @throws EvalError `EMPTY_INPUT` with no references; `INVALID_ARGUMENT` for bad options
 */
export function sentenceImportance(sentence: string, references: readonly string[], options: OracleRougeOptions = {}): number {
  return scoreRouge(sentence, references, { ...options, metrics: ['rouge1'] }).rouge1.recall;
}
