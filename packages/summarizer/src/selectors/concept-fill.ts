import { meanAndDeviation } from '@vecsum/embeddings/math';
import { rankByScore } from '../select/rank.js';
import type { SelectionContext, SelectionSession } from '../select/types.js';
import { sharedConcepts } from '../score/concepts.js';
import type { Factor } from '../score/scorer.js';

/** Picks made with the concept term; past them the summary is long and the rest goes by score (keeps a long budget linear). */
const CONCEPT_STEPS = 64;

/** Offers sentence i with its deciding score and factors; true when it was picked. */
export type Take = (i: number, score: number, factors: readonly Factor[]) => boolean;

/**
 * Gap filling over shared facts (a greedy form of Gillick & Favre's concept coverage): at each
 * step every candidate's gain is the weight (documents using it) of the concepts it holds that
 * the summary does not cover yet, per unit of the budget it costs; the gain is standardized
 * among the candidates, so it weighs like the plan's standardized features, and a candidate
 * scores importance + plan.concepts x that. The concept term is a factor of the pick, so the
 * factors still sum to the deciding score. A sentence that only retells what is covered gains
 * nothing, which is how the term avoids repetition.
 */
export function fillConcepts(ctx: SelectionContext, session: SelectionSession, take: Take): void {
  const plan = ctx.plan!;
  const concepts = sharedConcepts(ctx.sentences, ctx.eligible, 1 + maxDocIndex(ctx));
  const gain = new Float64Array(ctx.sentences.length);
  concepts.of.forEach((cs, i) => {
    for (const c of cs) gain[i] = gain[i]! + concepts.weight[c]!;
  });
  const covered = new Uint8Array(concepts.weight.length);
  const skipped = new Set<number>();
  const picked = new Uint8Array(ctx.sentences.length);
  let steps = 0;
  while (!session.done && steps < CONCEPT_STEPS) {
    const live = session.candidates().filter((i) => !skipped.has(i));
    if (live.length === 0) return;
    const perUnit = live.map((i) => gain[i]! / Math.max(1, session.cost(i)));
    const { mean, sd } = meanAndDeviation(perUnit);
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    let bestTerm = 0;
    live.forEach((i, k) => {
      const term = sd > 1e-12 ? (plan.concepts * (perUnit[k]! - mean)) / sd : 0;
      const s = ctx.importance[i]! + term;
      if (s > bestScore) [best, bestScore, bestTerm] = [i, s, term];
    });
    const factors = [...plan.factors(best), ...(bestTerm !== 0 ? [{ feature: 'concepts' as const, contribution: bestTerm }] : [])];
    steps++;
    if (!take(best, bestScore, factors)) {
      skipped.add(best);
      continue;
    }
    picked[best] = 1;
    for (const c of concepts.of[best]!) {
      if (covered[c] === 1) continue;
      covered[c] = 1;
      for (let k = concepts.start[c]!; k < concepts.start[c + 1]!; k++) {
        const j = concepts.sentences[k]!;
        gain[j] = gain[j]! - concepts.weight[c]!;
      }
    }
  }
  for (const i of rankByScore(ctx, ctx.importance)) {
    if (session.done) return;
    if (picked[i] === 0 && !skipped.has(i)) take(i, ctx.importance[i]!, plan.factors(i));
  }
}

function maxDocIndex(ctx: SelectionContext): number {
  let m = 0;
  for (const s of ctx.sentences) if (s.docIndex > m) m = s.docIndex;
  return m;
}
