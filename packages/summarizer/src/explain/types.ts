import type { Budget, BudgetUnit } from '../budget.js';
import type { TraceStep } from '../select/session.js';
import type { ReasonCode, SelectorName } from '../select/types.js';
import type { SelectorChoice } from '../selectors/registry.js';
import type { Factor } from '../learned/model.js';

/** Every input sentence with its scores and why it was or was not picked. */
export interface ScoredSentence {
  readonly index: number;
  readonly docIndex: number;
  readonly text: string;
  /** Char offsets into its document. */
  readonly start: number;
  readonly end: number;
  readonly words: number;
  /** Position within its document (0-based). */
  readonly position: number;
  /** cos(sentence, document vector) in [-1, 1]; 0 without a vector. */
  readonly cosine: number;
  /** The score selectors ranked by: cosine to the (query-biased) target plus position prior. */
  readonly importance: number;
  /** 1-based rank by importance among candidates; null for non-candidates. */
  readonly rank: number | null;
  /** Highest cosine to a picked sentence other than itself (0 when nothing else is picked). */
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
   * When the learned model ranked the sentences (`learned`, or `auto` on one document and a
   * budget above one sentence): the four features that moved this candidate's score most, e.g.
   * `firstSentence +1.2`; else null.
   */
  readonly factors: readonly Factor[] | null;
}

export interface SummaryMeta {
  readonly selector: SelectorChoice;
  /** The selector that ran (`auto` resolved, or `lead` after the no-vector fallback). */
  readonly selectorUsed: SelectorName;
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
