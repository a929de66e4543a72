export { summarize } from './summarize.js';
export type { SummarizeOptions } from './summarize.js';
export type { SummarizeInput } from './prepare/input.js';
export { DEFAULT_MAX_INPUT_CHARS } from './prepare/input.js';
export { htmlToText } from './prepare/html.js';
export type { Summary, ScoredSentence, SummaryMeta } from './explain/types.js';
export type { TraceStep } from './select/session.js';
export { SummarizerError, isSummarizerError, SUMMARIZER_ERROR_CODES } from './errors.js';
export type { SummarizerErrorCode } from './errors.js';
export { resolveBudget, truncateText, costOf, summaryCost, BUDGET_KINDS, SENTENCE_SEPARATOR } from './budget.js';
export type { Budget, BudgetUnit, ResolvedBudget } from './budget.js';
export { SELECTOR_NAMES } from './select/types.js';
export type {
  SelectorName,
  SelectorOptions,
  Selector,
  SelectionContext,
  SelectionSession,
  PickReason,
  SkipReason,
  ReasonCode,
} from './select/types.js';
export { SELECTORS, SELECTOR_CHOICES, getSelector, isSelectorChoice } from './selectors/registry.js';
export type { SelectorChoice } from './selectors/registry.js';
export { autoSelector, autoPositionWeight, AUTO_POSITION_WEIGHT } from './selectors/auto.js';
export { fitRedundancyCurve, fitPolynomial, evaluatePolynomial, solveLinear } from './redundancy/curve.js';
export type { Polynomial, CurveSample } from './redundancy/curve.js';
export { REDUNDANCY_CURVES } from './redundancy/curves.js';
export { isDangling } from './explain/dangling.js';
export { positionPrior } from './select/position-prior.js';
export { describeReason, REASON_TEXT, FACTOR_TEXT } from './explain/describe-reason.js';
export { sentenceFeatures, FEATURE_NAMES, CENTRALITY_SAMPLE } from './learned/features.js';
export type { FeatureInput, FeatureName } from './learned/features.js';
export { scoreRow, scoreSentences, contributions, topFactors, checkModelFeatures } from './learned/model.js';
export type { LearnedModel, LinearModel, TreeModel, Tree, LearnedScores, Factor } from './learned/model.js';
export { fitLogistic, fitTrees } from './learned/fit.js';
export { adjustForBudget, adjustmentFor, correctScores, NO_ADJUSTMENT } from './learned/selection.js';
export type { SelectionAdjustment, SelectionCorrections, SizedAdjustment, LengthBudgetAdjustment, AdjustedScores } from './learned/selection.js';
export type { TrainingSet, TreeOptions } from './learned/fit.js';
export { LEARNED_MODEL } from './learned/shipped-model.js';
