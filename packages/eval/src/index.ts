/**
 * @vecsum/eval: ROUGE that matches ROUGE-1.5.5, dataset reading and standard settings,
 * the greedy oracle and the evaluation protocol. Its statistics (bootstrap intervals, paired
 * tests) live in `@vecsum/embeddings/math`, the project's one numeric module.
 */
export { EvalError, EVAL_ERROR_CODES, isEvalError } from './errors.js';
export type { EvalErrorCode, EvalErrorOptions } from './errors.js';

/** The Porter stemmer as ROUGE-1.5.5 ships it lives with the tokenizer in @vecsum/embeddings (the summarizer stems too). */
export { porterStem } from '@vecsum/embeddings';
export { ENGLISH_STOPWORDS } from './rouge/stopwords.js';
export { createTokenizer, rougeStem, splitLines, tokenize } from './rouge/tokenize.js';
export type { TokenizeOptions, Tokenizer } from './rouge/tokenize.js';
export { truncateBytes, truncateToLimit, truncateWords } from './rouge/truncate.js';
export type { RougeLimit } from './rouge/truncate.js';
export { countNgrams, clippedMatches } from './rouge/ngrams.js';
export type { NgramCounts } from './rouge/ngrams.js';
export { lcsLength, markLcs, summaryLevelLcs } from './rouge/lcs.js';
export type { LcsCounts } from './rouge/lcs.js';
export { aggregateCounts, fMeasure, scoreCounts } from './rouge/aggregate.js';
export type { RougeCounts } from './rouge/aggregate.js';
export { DEFAULT_ROUGE_METRICS } from './rouge/types.js';
export type {
  DefaultRougeMetric,
  RougeAggregate,
  RougeMetric,
  RougeNMetric,
  RougeOptions,
  RougeScore,
  RougeScores,
} from './rouge/types.js';
export { createRougeScorer, scoreRouge } from './rouge/rouge.js';
export type { RougeScorer } from './rouge/rouge.js';

export { parseJsonlDataset, readJsonlDataset } from './datasets/read-jsonl.js';
export type { DatasetRecord } from './datasets/read-jsonl.js';
export {
  DATASET_NAMES,
  datasetNameOf,
  resolveStandardBudget,
  standardSetting,
} from './datasets/standard-setting.js';
export type {
  DatasetName,
  ReportedMeasure,
  StandardBudget,
  StandardSetting,
} from './datasets/standard-setting.js';
export { referenceSentences, referenceWords } from './datasets/reference-length.js';

export { greedyOracle, sentenceImportance } from './oracle.js';
export type { OracleOptions, OracleResult, OracleRougeOptions, OracleStep } from './oracle.js';

export { MATRIX_BUDGETS, MATRIX_BUDGET_LABEL, matrixBudget } from './protocol/budgets.js';
export type { MatrixBudget } from './protocol/budgets.js';
export { instancesOf, primaryScore, balancedMean } from './protocol/instances.js';
export type { Instance, ProtocolData } from './protocol/instances.js';
export {
  PLAN_OPTIONS,
  PLAN_TRIALS,
  withTrials,
  configurationsOf,
  CONFIGURATIONS_COMPARED,
  autoSummary,
  scoreOptions,
  chooseConstants,
  nestedCrossValidation,
} from './protocol/plan-search.js';
export type { NestedResult } from './protocol/plan-search.js';
export { computeMatrix, cellVerdict, MATRIX_BASELINES } from './protocol/matrix.js';
export type { MatrixCell, MatrixSystem, CellVerdict } from './protocol/matrix.js';

export { vecsumSystem, leadSystem, randomSystem, oracleSystem } from './runner/systems.js';
export type { System, SystemOptions } from './runner/systems.js';
export { enforceBudget } from './runner/budget.js';
export { evaluateSystems, evaluateSummaries, scoreSummary, columnsOf, DEFAULT_BASELINES } from './runner/evaluate.js';
export type {
  Comparison,
  DatasetResult,
  EvalProgress,
  EvaluateOptions,
  EvaluateSummariesOptions,
  ScoreKey,
  SystemResult,
  Timing,
} from './runner/evaluate.js';
export { columnLabel, gapSummary, gridMatrix, markdownTable, resultsJson } from './runner/report.js';
export type { GapSummaryOptions, GridMatrixOptions, MarkdownTableOptions, ResultsJsonOptions } from './runner/report.js';
