import { cosine } from '@vecsum/embeddings/math';
import type { Sentence, Vector } from '@vecsum/embeddings';
import type { Eligibility } from '../prepare/eligibility.js';
import type { SessionRecord } from '../select/session.js';
import type { ReasonCode } from '../select/types.js';
import { isDangling } from './dangling.js';
import { topFactors, type Factor, type LearnedScores } from '../learned/model.js';
import type { ScoredSentence } from './types.js';

export interface ExplainInput {
  readonly sentences: readonly Sentence[];
  readonly vectors: readonly Vector[];
  readonly cosines: readonly number[];
  readonly importance: readonly number[];
  readonly positions: readonly number[];
  readonly eligibility: Eligibility;
  readonly record: SessionRecord;
  /** Present when the learned model ranked the sentences: each candidate gets its top factors. */
  readonly learned?: LearnedScores;
  /** The learned ranking's budget corrections per sentence (lead bonus, length penalty), merged into the factors. */
  readonly adjustment?: readonly (readonly Factor[] | null)[];
}

/** The model's strongest factors for sentence i, with its budget corrections, largest |contribution| first. */
function factorsOf(input: ExplainInput, i: number): Factor[] | null {
  if (input.learned === undefined || input.eligibility.eligible[i] !== true) return null;
  const own = [...topFactors(input.learned.model, input.learned.features[i] as number[]), ...(input.adjustment?.[i] ?? [])];
  return own.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution)).slice(0, FACTORS_SHOWN);
}

const FACTORS_SHOWN = 4;

/** One record per sentence: scores, rank, redundancy with the picked set, and the reason. */
export function explainSentences(input: ExplainInput): ScoredSentence[] {
  const { sentences, vectors, importance, record, eligibility } = input;
  const ranked = sentences
    .map((s) => s.index)
    .filter((i) => eligibility.eligible[i] === true)
    .sort((a, b) => (importance[b] as number) - (importance[a] as number) || a - b);
  const rankOf = new Map(ranked.map((i, r) => [i, r + 1]));
  const pickOrder = new Map(record.picked.map((i, k) => [i, k + 1]));
  const refused = new Set(record.refused);

  return sentences.map((s, i) => {
    let redundancy = 0;
    let closest: number | null = null;
    for (const p of record.picked) {
      if (p === i) continue;
      const c = cosine(vectors[i] as Vector, vectors[p] as Vector);
      if (closest === null || c > redundancy) {
        redundancy = c;
        closest = p;
      }
    }
    const pick = record.picks.get(i);
    const reject = record.rejects.get(i);
    const excluded = eligibility.excluded.get(i);
    let reason: ReasonCode;
    let redundantWith: number | null = null;
    if (pick !== undefined) reason = pick.reason;
    else if (excluded !== undefined) {
      reason = excluded.reason;
      redundantWith = excluded.of ?? null;
    } else if (reject !== undefined) {
      reason = 'redundant';
      redundantWith = reject.redundantWith;
    } else if (refused.has(i)) reason = 'budget';
    else reason = 'not-selected';
    return {
      index: s.index,
      docIndex: s.docIndex,
      text: s.text,
      start: s.start,
      end: s.end,
      words: s.words,
      position: input.positions[i] as number,
      cosine: input.cosines[i] as number,
      importance: importance[i] as number,
      rank: rankOf.get(i) ?? null,
      redundancy,
      gain: pick?.gain ?? null,
      picked: pick !== undefined,
      pickOrder: pickOrder.get(i) ?? null,
      reason,
      redundantWith,
      dangling: isDangling(s.text),
      factors: factorsOf(input, i),
    };
  });
}
