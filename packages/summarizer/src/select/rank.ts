import type { PickReason, SelectionContext, SelectionSession } from './types.js';

/**
 * Comparator of sentence indices: descending score, ties (and NaN) by position. The same order
 * as `scores[b] - scores[a] || a - b`, but it returns only small integers: a fractional
 * difference returned from a comparator is a heap number, one allocation per comparison.
 */
export function byScoreDescending(scores: readonly number[]): (a: number, b: number) => number {
  return (a, b) => {
    const x = scores[a]!;
    const y = scores[b]!;
    return y > x ? 1 : y < x ? -1 : a - b;
  };
}

/** Eligible sentence indices sorted by descending score, ties broken by position. */
export function rankByScore(ctx: SelectionContext, scores: readonly number[]): number[] {
  const order: number[] = [];
  for (let i = 0; i < scores.length; i++) if (ctx.eligible[i] === true) order.push(i);
  return order.sort(byScoreDescending(scores));
}

/**
 * The shared stopping rule of score-based selectors: walk the ranking, pick what fits,
 * skip what does not (a shorter sentence further down may still fill the budget).
 */
export function pickInScoreOrder(ctx: SelectionContext, session: SelectionSession, scores: readonly number[], reason: PickReason): void {
  for (const i of rankByScore(ctx, scores)) {
    if (session.done) return;
    session.pick(i, { reason, score: scores[i]! });
  }
}

/** Index of the best candidate by score (ties: earliest), or -1 when there is none. */
export function argmax(candidates: readonly number[], score: (i: number) => number): { index: number; score: number } {
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const i of candidates) {
    const s = score(i);
    if (s > bestScore || (s === bestScore && i < best)) {
      best = i;
      bestScore = s;
    }
  }
  return { index: best, score: bestScore };
}
