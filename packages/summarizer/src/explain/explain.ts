import type { Sentence, Vector } from '@vecsum/embeddings';
import { costOf, type BudgetUnit } from '../budget.js';
import type { Eligibility } from '../prepare/eligibility.js';
import { byScoreDescending } from '../select/rank.js';
import type { SessionRecord } from '../select/session.js';
import type { ReasonCode, SelectionContext } from '../select/types.js';
import { cosineWithNorms, squaredNorms } from './cosines.js';
import { isDangling } from './dangling.js';
import { explanationText } from './describe-reason.js';
import type { ScoredSentence } from './types.js';

export interface ExplainInput {
  readonly sentences: readonly Sentence[];
  readonly vectors: readonly Vector[];
  /** The vectors' `squaredNorms` (computed here when absent). */
  readonly norms?: Float64Array;
  readonly cosines: readonly number[];
  readonly importance: readonly number[];
  readonly positions: readonly number[];
  readonly eligibility: Eligibility;
  readonly record: SessionRecord;
  readonly unit: BudgetUnit;
  /** Budget left after the picks, in `unit`. */
  readonly remaining: number;
  /** Present under `auto`: each candidate gets the terms of its score. */
  readonly plan?: NonNullable<SelectionContext['plan']>;
}

/** Picks a sentence's redundancy is measured against (the first ones, in output order). */
export const REDUNDANCY_PICKS = 64;

/** One record per sentence: scores, rank, redundancy with the picked set, the reason and its explanation. */
export function explainSentences(input: ExplainInput): ScoredSentence[] {
  const { sentences, vectors, importance, record, eligibility } = input;
  const ranked = sentences
    .map((s) => s.index)
    .filter((i) => eligibility.eligible[i] === true)
    .sort(byScoreDescending(importance));
  const rankOf = new Map(ranked.map((i, r) => [i, r + 1]));
  const pickOrder = new Map(record.picked.map((i, k) => [i, k + 1]));
  const refused = new Set(record.refused);
  const lastPick = lowestPick(record, importance);
  // Redundancy is measured against at most REDUNDANCY_PICKS picks, so a whole-text summary stays linear.
  const compared = record.picked.slice(0, REDUNDANCY_PICKS);
  const norms = input.norms ?? squaredNorms(vectors);
  const cos = (i: number, j: number): number => cosineWithNorms(vectors[i]!, vectors[j]!, norms[i]!, norms[j]!);

  return sentences.map((s, i) => {
    const { redundancy, closest } = closestPick(compared, cos, i);
    const pick = record.picks.get(i);
    const { reason, redundantWith } = reasonOf(i, record, eligibility, refused);
    const candidate = eligibility.eligible[i] === true;
    // a pick's factors are its note's (copied, so the explanation does not share the note's
    // array); a candidate's are made here for it
    const factors = pick?.factors !== undefined ? [...pick.factors] : candidate && input.plan !== undefined ? input.plan.factors(i) : null;
    // one object per sentence: `explanation` is filled in once the rest is there to describe
    const out: Mutable<ScoredSentence> = {
      index: s.index,
      docIndex: s.docIndex,
      text: s.text,
      start: s.start,
      end: s.end,
      words: s.words,
      position: input.positions[i]!,
      cosine: input.cosines[i]!,
      importance: importance[i]!,
      rank: rankOf.get(i) ?? null,
      decidingScore: pick === undefined ? null : pick.score,
      redundancy,
      gain: pick?.gain ?? null,
      picked: pick !== undefined,
      pickOrder: pickOrder.get(i) ?? null,
      reason,
      redundantWith,
      dangling: isDangling(s.text),
      factors,
      explanation: '',
    };
    const similarity = redundantWith !== null && closest === redundantWith ? redundancy : redundantWith !== null ? cos(i, redundantWith) : null;
    out.explanation = explanationText(out, {
      lastPickScore: lastPick,
      similarity,
      overBy: reason === 'budget' ? Math.max(1, Math.round(costOf(s.text, input.unit) - input.remaining)) : null,
      unit: input.unit,
    });
    return out;
  });
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Why sentence i is in or out: picked, excluded, rejected as redundant, refused by the budget, or not selected. */
function reasonOf(
  i: number,
  record: SessionRecord,
  eligibility: Eligibility,
  refused: ReadonlySet<number>,
): { reason: ReasonCode; redundantWith: number | null } {
  const pick = record.picks.get(i);
  if (pick !== undefined) return { reason: pick.reason, redundantWith: null };
  const excluded = eligibility.excluded.get(i);
  if (excluded !== undefined) return { reason: excluded.reason, redundantWith: excluded.of ?? null };
  const reject = record.rejects.get(i);
  if (reject !== undefined) return { reason: 'redundant', redundantWith: reject.redundantWith };
  return { reason: refused.has(i) ? 'budget' : 'not-selected', redundantWith: null };
}

/** The picked sentence closest to sentence i (other than itself) and their cosine. */
function closestPick(picked: readonly number[], cos: (i: number, j: number) => number, i: number): { redundancy: number; closest: number | null } {
  let redundancy = 0;
  let closest: number | null = null;
  for (const p of picked) {
    if (p === i) continue;
    const c = cos(i, p);
    if (closest === null || c > redundancy) {
      redundancy = c;
      closest = p;
    }
  }
  return { redundancy, closest };
}

/** The lowest score among picks the selector made for their score (null when none). */
function lowestPick(record: SessionRecord, importance: readonly number[]): number | null {
  let low: number | null = null;
  for (const [i, note] of record.picks) {
    if (note.reason === 'truncated' || note.reason === 'context') continue;
    const s = importance[i]!;
    if (low === null || s < low) low = s;
  }
  return low;
}
