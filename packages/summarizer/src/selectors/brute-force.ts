import { dot } from '@vecsum/embeddings/math';
import { rankByScore } from '../select/rank.js';
import type { SelectionContext, SelectionSession, Selector } from '../select/types.js';

/** Largest combination size tried (the paper: 6). */
export const MAX_COMBINATION_SIZE = 6;
/** Most combinations enumerated per call; bounds the work (the paper's C(35, 6) is 1.6M). */
export const MAX_COMBINATIONS = 200_000;

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

/** Largest K <= 35 whose combinations of 1..6 number at most MAX_COMBINATIONS (24). */
export function topKForBound(limit = MAX_COMBINATIONS): number {
  let k = 35;
  const total = (n: number) => Array.from({ length: MAX_COMBINATION_SIZE }, (_, r) => binomial(n, r + 1)).reduce((a, b) => a + b, 0);
  while (k > 1 && total(k) > limit) k--;
  return k;
}

export interface Combination {
  readonly indices: number[];
  /** cos(mean of the sentence vectors, target). */
  readonly similarity: number;
}

/**
 * Best combination of 1..6 of the top-K sentences by importance that fits the budget and
 * cannot take another top-K sentence (so it uses the budget, as the paper's "over 100 words"
 * rule did), by cos(mean vector, target). Depth-first with incremental sums: each
 * combination costs O(size), using precomputed dot products.
 */
export function bestCombination(ctx: SelectionContext, session: SelectionSession): Combination {
  const top = rankByScore(ctx, ctx.importance).filter((i) => session.fits(i)).slice(0, topKForBound());
  const k = top.length;
  const vt = top.map((i) => dot(ctx.vectors[i] as Float32Array, ctx.target));
  const gram = new Float64Array(k * k);
  for (let a = 0; a < k; a++) for (let b = a; b < k; b++) gram[a * k + b] = gram[b * k + a] = dot(ctx.vectors[top[a] as number] as Float32Array, ctx.vectors[top[b] as number] as Float32Array);
  let best: Combination = { indices: [], similarity: Number.NEGATIVE_INFINITY };
  const chosen: number[] = [];
  let enumerated = 0;
  const visit = (start: number, dotSum: number, normSq: number): void => {
    if (chosen.length > 0) {
      enumerated++;
      const set = chosen.map((c) => top[c] as number);
      const maximal = chosen.length === MAX_COMBINATION_SIZE || top.every((i, c) => chosen.includes(c) || !session.fitsSet([...set, i]));
      const sim = normSq > 0 ? dotSum / Math.sqrt(normSq) : 0;
      if (maximal && sim > best.similarity) best = { indices: set, similarity: sim };
    }
    if (chosen.length === MAX_COMBINATION_SIZE || enumerated >= MAX_COMBINATIONS) return;
    for (let c = start; c < k; c++) {
      const set = [...chosen.map((x) => top[x] as number), top[c] as number];
      if (!session.fitsSet(set)) continue;
      let cross = 0;
      for (const x of chosen) cross += gram[x * k + c] as number;
      chosen.push(c);
      visit(c + 1, dotSum + (vt[c] as number), normSq + 2 * cross + (gram[c * k + c] as number));
      chosen.pop();
    }
  };
  visit(0, 0, 0);
  return best.indices.length === 0 ? { indices: [], similarity: 0 } : best;
}

/**
 * Brute force (`selector_near_then_bf`): the best-fitting combination of up to 6 of the top
 * 24 sentences (the bound keeps it under 200,000 combinations; the paper used the top 35),
 * picked in importance order. Unlike the paper, combinations must fit the budget rather than
 * overshoot it and be truncated.
 */
export const bruteForce: Selector = {
  name: 'brute-force',
  select(ctx, session) {
    const best = bestCombination(ctx, session);
    const ordered = [...best.indices].sort((a, b) => (ctx.importance[b] as number) - (ctx.importance[a] as number) || a - b);
    for (const i of ordered) session.pick(i, { reason: 'combination', score: best.similarity });
  },
};
