import { FEATURES, type Feature, type FeatureColumns } from './features.js';

/** One term of a score: a feature (or a gap term: the vector gap, or the shared facts not yet covered) and what it added. */
export interface Factor {
  readonly feature: Feature | 'gap' | 'concepts';
  /** weight x feature value; the factors of a score sum to it exactly. */
  readonly contribution: number;
}

/** Scores of a linear scorer: score_i = sum_k weight_k x feature_k(i). */
export interface LinearScores {
  readonly score: Float64Array;
  /** The non-zero terms of sentence i's score, largest |contribution| first. */
  factors(i: number): Factor[];
}

/** The linear score of every sentence under the given weights (non-candidates score 0). */
export function linearScores(columns: FeatureColumns, weights: Readonly<Partial<Record<Feature, number>>>, eligible: readonly boolean[]): LinearScores {
  const used = FEATURES.filter((f) => (weights[f] ?? 0) !== 0);
  const score = new Float64Array(eligible.length);
  for (let i = 0; i < eligible.length; i++) {
    if (eligible[i] !== true) continue;
    let s = 0;
    for (const f of used) s += weights[f]! * columns[f][i]!;
    score[i] = s;
  }
  return {
    score,
    factors(i) {
      return used.map((f) => ({ feature: f, contribution: weights[f]! * columns[f][i]! })).sort(byMagnitude);
    },
  };
}

/**
 * Larger |contribution| first, ties in feature order (the sort is stable): the order of
 * `|b| - |a|`, returning only -1, 0 or 1 (a fractional difference returned from a comparator
 * is a heap number, one allocation per comparison).
 */
function byMagnitude(a: Factor, b: Factor): number {
  const x = Math.abs(a.contribution);
  const y = Math.abs(b.contribution);
  return y > x ? 1 : y < x ? -1 : 0;
}
