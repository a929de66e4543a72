/**
 * @vecsum/summarizer's public surface: what a user calls. index.test.ts lists it, so every
 * change to it is deliberate.
 */
export { summarize } from './summarize.js';
export type { SummarizeOptions } from './summarize.js';
export type { SummarizeInput } from './prepare/input.js';
export { DEFAULT_MAX_INPUT_CHARS } from './prepare/input.js';
export type { Summary, ScoredSentence, SummaryMeta } from './explain/types.js';
export type { TraceStep } from './select/session.js';
export { SummarizerError, isSummarizerError, SUMMARIZER_ERROR_CODES } from './errors.js';
export type { SummarizerErrorCode } from './errors.js';
export { resolveBudget, BUDGET_KINDS, costOf, summaryCost, roomLeft, fitRanked } from './budget.js';
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
export { SELECTOR_CHOICES, isSelectorChoice } from './selectors/registry.js';
export type { SelectorChoice } from './selectors/registry.js';
export { describeReason, REASON_TEXT, FACTOR_TEXT } from './explain/describe-reason.js';
export { FEATURES } from './score/features.js';
export type { Feature } from './score/features.js';
export type { Factor } from './score/scorer.js';
export { checkPlanConstants, SHIPPED_PLAN, PLAN_KINDS } from './score/plan.js';
export type { Plan, PlanConstants, PlanKind, PlanWeights, InputShape } from './score/plan.js';
