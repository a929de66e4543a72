import type { PickReason, SelectionContext, SelectionSession } from './types.js';

/** Eligible sentence indices sorted by descending score, ties broken by position. */
export function rankByScore(ctx: SelectionContext, scores: readonly number[]): number[] {
  const order: number[] = [];
  for (let i = 0; i < scores.length; i++) if (ctx.eligible[i] === true) order.push(i);
  return order.sort((a, b) => scores[b]! - scores[a]! || a - b);
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
