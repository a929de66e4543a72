import type { RougeAggregate, RougeScore } from './types.js';

/** Raw counts of one peer against one reference, for any ROUGE measure. */
export interface RougeCounts {
  /** Matches: clipped n-gram hits, or (clipped) LCS hits. */
  readonly hits: number;
  /** Units in the reference (n-grams or tokens): the recall denominator. */
  readonly referenceCount: number;
  /** Units in the peer: the precision denominator. */
  readonly peerCount: number;
}

/**
 * ROUGE-1.5.5's weighted harmonic mean `P·R / ((1-alpha)·P + alpha·R)`, 0 when the denominator
 * is 0. alpha = 0.5 gives F1; alpha -> 1 favours precision, alpha -> 0 favours recall.
 */
export function fMeasure(precision: number, recall: number, alpha: number): number {
  const denominator = (1 - alpha) * precision + alpha * recall;
  return denominator > 0 ? (precision * recall) / denominator : 0;
}

const ratio = (numerator: number, denominator: number): number => (denominator > 0 ? numerator / denominator : 0);

/** Recall, precision and F of one set of counts. */
export function scoreCounts(counts: RougeCounts, alpha: number): RougeScore {
  const recall = ratio(counts.hits, counts.referenceCount);
  const precision = ratio(counts.hits, counts.peerCount);
  return { recall, precision, f1: fMeasure(precision, recall, alpha) };
}

/**
 * Combines per-reference counts into one score (see {@link RougeAggregate}).
 *
 * @param perReference counts against each reference, at least one
 */
export function aggregateCounts(perReference: readonly RougeCounts[], aggregate: RougeAggregate, alpha: number): RougeScore {
  switch (aggregate) {
    case 'average': {
      let hits = 0;
      let referenceCount = 0;
      let peerCount = 0;
      for (const c of perReference) {
        hits += c.hits;
        referenceCount += c.referenceCount;
        peerCount += c.peerCount;
      }
      return scoreCounts({ hits, referenceCount, peerCount }, alpha);
    }
    case 'best': {
      let best: RougeScore | undefined;
      for (const c of perReference) {
        const score = scoreCounts(c, alpha);
        // Strictly greater, as ROUGE-1.5.5: the first reference wins ties.
        if (best === undefined || score.recall > best.recall) best = score;
      }
      return best ?? { recall: 0, precision: 0, f1: 0 };
    }
    case 'macro': {
      let recall = 0;
      let precision = 0;
      let f1 = 0;
      for (const c of perReference) {
        const score = scoreCounts(c, alpha);
        recall += score.recall;
        precision += score.precision;
        f1 += score.f1;
      }
      const k = Math.max(1, perReference.length);
      return { recall: recall / k, precision: precision / k, f1: f1 / k };
    }
  }
}

/**
 * Perl's `sprintf("%7.5f", x)` as a number: rounds to 5 decimals, ties to even on the binary
 * value (C printf), where `toFixed` would round ties up. Ties happen: 1/64 = 0.015625 -> 0.01562.
 */
function perlRound5(x: number): number {
  // toFixed rounds the exact binary value, so only exact ties need the even rule.
  const exact = /^(\d+\.\d{5})50*$/.exec(x.toFixed(30));
  if (exact === null) return Number(x.toFixed(5));
  const down = Number(exact[1]);
  const lastDigit = Number((exact[1] ?? '').slice(-1));
  return lastDigit % 2 === 0 ? down : Number((down + 1e-5).toFixed(5));
}

/**
 * A score as ROUGE-1.5.5 prints it: recall and precision rounded to 5 decimals, F computed from
 * those rounded figures (`computeNGramScore`, `computeLCSScore`) and rounded again. Scores here
 * are kept unrounded; this reproduces the official per-item figures exactly.
 *
 * @param alpha the `-p` weight the F was computed with (default 0.5)
 */
export function roundAsRouge155(score: RougeScore, alpha = 0.5): RougeScore {
  const recall = perlRound5(score.recall);
  const precision = perlRound5(score.precision);
  return { recall, precision, f1: perlRound5(fMeasure(precision, recall, alpha)) };
}
