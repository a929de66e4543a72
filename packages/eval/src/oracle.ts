import { EvalError } from './errors.js';
import { createRougeScorer, scoreRouge } from './rouge/rouge.js';
import type { RougeOptions } from './rouge/types.js';

/** ROUGE settings of the oracle and of {@link sentenceImportance} (the metrics are fixed). */
export type OracleRougeOptions = Omit<RougeOptions, 'metrics'>;

/** Options of {@link greedyOracle}. Without a budget it stops only when nothing improves. */
export interface OracleOptions {
  /** Pick at most this many sentences. */
  readonly maxSentences?: number;
  /**
   * Keep the extract within this many whitespace-separated words: a sentence that would
   * overflow is never picked (a shorter one may still be).
   */
  readonly maxWords?: number;
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

function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => w.length > 0).length;
}

function assertOptionalPositiveInteger(value: number | undefined, name: string): void {
  if (value !== undefined && (!Number.isInteger(value) || value < 1)) {
    throw new EvalError('INVALID_ARGUMENT', `${name} must be a positive integer, got ${String(value)}`);
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
 * @example greedyOracle(sentences, record.references, { maxWords: 100 }).indices // [0, 4, 9]
 */
export function greedyOracle(
  sentences: readonly string[],
  references: readonly string[],
  options: OracleOptions = {},
): OracleResult {
  if (!Array.isArray(sentences) || sentences.some((s) => typeof s !== 'string')) {
    throw new EvalError('INVALID_ARGUMENT', 'sentences must be an array of strings');
  }
  assertOptionalPositiveInteger(options.maxSentences, 'maxSentences');
  assertOptionalPositiveInteger(options.maxWords, 'maxWords');
  const scorer = createRougeScorer(references, { ...options.rouge, metrics: ['rouge1', 'rouge2'] });
  const words = sentences.map(countWords);
  const maxSentences = options.maxSentences ?? sentences.length;
  const maxWords = options.maxWords ?? Number.POSITIVE_INFINITY;

  const picked = new Set<number>();
  const steps: OracleStep[] = [];
  let current = { r2: 0, r1: 0 };
  let usedWords = 0;
  while (picked.size < maxSentences) {
    let best: { index: number; r2: number; r1: number } | undefined;
    for (let i = 0; i < sentences.length; i++) {
      if (picked.has(i) || usedWords + (words[i] ?? 0) > maxWords) continue;
      const extract = [...picked, i].sort((x, y) => x - y).map((k) => sentences[k] ?? '');
      const s = scorer.score(extract.join('\n'));
      const candidate = { index: i, r2: s.rouge2.f1, r1: s.rouge1.f1 };
      // Strictly better only: on a full tie the earlier sentence, seen first, stays.
      if (best === undefined || isBetter(candidate, best)) best = candidate;
    }
    if (best === undefined || !isBetter(best, current)) break;
    picked.add(best.index);
    usedWords += words[best.index] ?? 0;
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
export function sentenceImportance(
  sentence: string,
  references: readonly string[],
  options: OracleRougeOptions = {},
): number {
  return scoreRouge(sentence, references, { ...options, metrics: ['rouge1'] }).rouge1.recall;
}
