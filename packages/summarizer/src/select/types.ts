import type { Plan, PlanConstants } from '../score/plan.js';
import type { Factor } from '../score/scorer.js';
import type { JoinComposer, Sentence, Vector } from '@vecsum/embeddings';
import type { BudgetUnit } from '../budget.js';

/** Why a sentence was picked. */
export type PickReason =
  | 'importance' // highest cosine to the document (near and the first pick of iterative selectors)
  | 'gap' // brought the summary vector closest to the document (greedy)
  | 'nonredundant' // best importance once unexpected redundancy was penalised
  | 'diversity' // best MMR trade-off of relevance and novelty
  | 'centrality' // highest LexRank centrality
  | 'cluster' // nearest to a cluster centre
  | 'component' // strongest on a principal component
  | 'combination' // part of the best combination found by brute force
  | 'position' // lead baseline
  | 'random' // random baseline
  | 'far' // lowest cosine (control)
  | 'context' // preceding sentence pulled in for a dangling reference
  | 'scored' // highest score of the default's scorer (the plan's weights; see factors)
  | 'truncated'; // cut to fill the rest of the budget exactly (truncate option or no-fit fallback)

/** Why a sentence was not picked. */
export type SkipReason =
  | 'redundant' // too similar to an already picked sentence (see redundantWith)
  | 'budget' // would have been picked but did not fit the remaining budget
  | 'not-selected' // ranked below the picked sentences
  | 'no-vector' // no in-vocabulary word: no vector
  | 'too-long' // longer than the candidate length cap
  | 'heading' // a title line or Markdown heading (Sentence.heading)
  | 'fragment' // a short line that does not end as a sentence: a label, a table cell, a menu item
  | 'doubtful' // on a line the caller doubts is the text's own (a web page's likely furniture; SummarizeOptions.doubtfulLines)
  | 'duplicate'; // near-duplicate of an earlier sentence (see redundantWith)

export type ReasonCode = PickReason | SkipReason;

export interface PickNote {
  readonly reason: PickReason;
  /** The selector's score for the sentence at the moment it was picked. */
  readonly score: number;
  /** Marginal gain in cos(summary, document), when the selector measures it. */
  readonly gain?: number;
  /** The terms of `score` (the default's scorer): they sum to it exactly. */
  readonly factors?: readonly Factor[];
}

export interface RejectNote {
  readonly reason: 'redundant';
  readonly redundantWith: number;
  readonly score: number;
}

/** Everything a selector may look at. Immutable; selectors are pure over it. */
export interface SelectionContext {
  readonly sentences: readonly Sentence[];
  /** Unit sentence vectors (zero for sentences without a vector). */
  readonly vectors: readonly Vector[];
  /** The target: the document vector, biased towards the query when one is given. */
  readonly target: Vector;
  /** cos(sentence, target), plus the position prior when enabled. */
  readonly importance: readonly number[];
  /** Candidates: false for sentences without a vector, too long, or duplicates. */
  readonly eligible: readonly boolean[];
  /** Vector of any set of sentences (exact join for word-vector models). */
  readonly join: JoinComposer;
  /** Seeded PRNG in [0, 1). */
  readonly random: () => number;
  /** Name of the vector function (for per-function settings such as redundancy curves). */
  readonly vectorFunction: string;
  /** The default's plan and its score terms per sentence, when `scored` runs (auto). */
  readonly plan?: Plan & { factors(i: number): Factor[] };
}

/**
 * The budget-aware accumulator a selector fills. Picks that do not fit are refused, so a
 * selector can never exceed the budget.
 */
export interface SelectionSession {
  readonly picked: readonly number[];
  /** True when no eligible, unpicked sentence fits the remaining budget. */
  readonly done: boolean;
  /** Budget units a sentence costs (separator included if it would not be the first). */
  cost(index: number): number;
  readonly remaining: number;
  /** The unit the budget counts in. */
  readonly unit: BudgetUnit;
  /** Eligible, not yet picked, fitting the remaining budget. */
  candidates(): number[];
  fits(index: number): boolean;
  /** True when the whole set (in any order) fits the remaining budget. */
  fitsSet(indices: readonly number[]): boolean;
  /** Adds a sentence; returns false (and records a budget skip) when it does not fit. */
  pick(index: number, note: PickNote): boolean;
  reject(index: number, note: RejectNote): void;
  /** A fresh, empty session over the same budget (for selectors that compare strategies). */
  fork(): SelectionSession;
}

export interface SelectorOptions {
  /** near-nonredundant: redundancy penalty factor (default 5). */
  factor?: number;
  /** mmr: relevance weight lambda in [0, 1] (default 0.7). */
  lambda?: number;
  /** greedy: `joined` re-embeds the joined summary (default), `mean` averages sentence vectors. */
  greedyVariant?: 'joined' | 'mean';
  /** lexrank: `continuous` (default) or `discrete`. */
  lexrankVariant?: 'continuous' | 'discrete';
  /** lexrank/cluster: refuse inputs with more candidate sentences than this (default 2000). */
  maxSentences?: number;
  /** auto / scored: plan constants to use instead of the shipped ones (for cross-validation). */
  planConstants?: PlanConstants;
}

export interface Selector {
  readonly name: SelectorName;
  /** Fills the session. Must be deterministic given the context (use ctx.random only). */
  select(ctx: SelectionContext, session: SelectionSession, options: SelectorOptions): void;
}

export const SELECTOR_NAMES = [
  'near',
  'near-nonredundant',
  'greedy',
  'lexrank',
  'mmr',
  'cluster',
  'pca',
  'brute-force',
  'max-sim',
  'lead',
  'random',
  'far',
  'scored',
] as const;
export type SelectorName = (typeof SELECTOR_NAMES)[number];
