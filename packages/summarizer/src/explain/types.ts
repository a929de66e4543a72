import type { Budget, BudgetUnit } from '../budget.js';
import type { TraceStep } from '../select/session.js';
import type { ReasonCode, SelectorName } from '../select/types.js';
import type { SelectorChoice } from '../selectors/registry.js';
import type { Factor } from '../score/scorer.js';
import type { PlanKind } from '../score/plan.js';
import type { Feature } from '../score/features.js';

/** Every input sentence with its scores and why it was or was not picked. */
export interface ScoredSentence {
  readonly index: number;
  readonly docIndex: number;
  readonly text: string;
  /** Char offsets into its document. */
  readonly start: number;
  readonly end: number;
  readonly words: number;
  /** Position within its document (0-based; texts for people say it 1-based). */
  readonly position: number;
  /** cos(sentence, document vector) in [-1, 1]; 0 without a vector. */
  readonly cosine: number;
  /**
   * The score selectors ranked by: under `auto`, the plan's linear score (its `factors` sum to
   * it); for the paper's selectors, cosine to the (query-biased) target plus any position prior.
   */
  readonly importance: number;
  /** 1-based rank by `importance` among candidates (not by cosine); null for non-candidates. */
  readonly rank: number | null;
  /** The score that decided the pick: `importance`, plus the gap term when the plan weighs it; null if not picked. */
  readonly decidingScore: number | null;
  /** Highest cosine to a picked sentence other than itself (0 when nothing else is picked; long summaries: among their first 64 picks). */
  readonly redundancy: number;
  /** Marginal gain in cos(summary, document) when picked, if the selector measured it. */
  readonly gain: number | null;
  readonly picked: boolean;
  /** 1-based order in which it was picked, null if not picked. */
  readonly pickOrder: number | null;
  readonly reason: ReasonCode;
  /** For `redundant` and `duplicate`: the sentence it repeats. */
  readonly redundantWith: number | null;
  /** Opens with a pronoun or connective that needs earlier context. */
  readonly dangling: boolean;
  /**
   * Under `auto`: the terms of the deciding score (of `importance` for sentences not picked),
   * largest first; they sum to it exactly. Null for non-candidates and the paper's selectors.
   */
  readonly factors: readonly Factor[] | null;
  /** Why it was picked or not, in one plain sentence (what the CLI and the demo show). */
  readonly explanation: string;
}

export interface SummaryMeta {
  readonly selector: SelectorChoice;
  /** The selector that ran (`scored` for auto, or `lead` after the no-vector fallback). */
  readonly selectorUsed: SelectorName;
  /** Under `auto`: the plan it chose for this input, its weights and why, in words. */
  readonly plan?: {
    readonly kind: PlanKind;
    readonly weights: Readonly<Partial<Record<Feature, number>>>;
    readonly gap: number;
    readonly redundancy: number;
    /** Weight of the shared-facts term (clusters under a length budget; 0: none). */
    readonly concepts: number;
    readonly why: string;
    /** How far the opening stands above the average sentence in closeness to the rest (sd), when inverted-pyramid routing measured it. */
    readonly leadEvidence?: number;
  };
  readonly embedderId: string;
  readonly budget: Budget;
  readonly unit: BudgetUnit;
  readonly limit: number;
  /** Budget units the summary uses, separators included. */
  readonly used: number;
  readonly order: 'document' | 'rank';
  readonly documentCount: number;
  readonly sentenceCount: number;
  /** cos(summary vector, document vector). */
  readonly similarity: number;
  readonly timings: { readonly segmentMs: number; readonly embedMs: number; readonly selectMs: number; readonly totalMs: number };
  /** Codes of fallbacks taken, e.g. NO_VECTORS, TRUNCATED_TO_FIT, WHOLE_DOCUMENT. */
  readonly warnings: readonly string[];
}

export interface Summary {
  /** The summary, one sentence per line. */
  readonly text: string;
  /** Indices of picked sentences in output order. */
  readonly picked: readonly number[];
  /** Every input sentence, in document order. */
  readonly sentences: readonly ScoredSentence[];
  /** The selector's steps: what was picked and how close the summary came to the document. */
  readonly trace: readonly TraceStep[];
  /** Set when the last sentence was cut to fit (`truncate: true` or the no-fit fallback). */
  readonly truncated: { readonly index: number; readonly text: string } | null;
  readonly meta: SummaryMeta;
}
