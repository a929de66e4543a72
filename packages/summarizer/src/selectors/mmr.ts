import { cosine } from '@vecsum/embeddings/math';
import { SummarizerError } from '../errors.js';
import { argmax } from '../select/rank.js';
import type { Selector } from '../select/types.js';

/** Default relevance weight of MMR. */
export const DEFAULT_MMR_LAMBDA = 0.7;

/**
 * Maximal Marginal Relevance (Carbonell & Goldstein 1998; not in the authors' code): pick the
 * most important sentence (for every lambda, so lambda = 0 does not start at random), then repeatedly the candidate (eligible, unpicked, fitting) that
 * maximises lambda * importance(s) - (1 - lambda) * max_{t picked} cos(s, t), ties by
 * position. `options.lambda` (default 0.7) must be in [0, 1] (else INVALID_OPTION): 1 is
 * Near, smaller values trade relevance for novelty.
 *
 * Every candidate more important than the sentence picked at a step was passed over for
 * redundancy; it is recorded as redundant with the picked sentence it is most similar to
 * (the first such record stands; picking the sentence later clears it).
 */
export const mmr: Selector = {
  name: 'mmr',
  select(ctx, session, options) {
    const lambda = options.lambda ?? DEFAULT_MMR_LAMBDA;
    if (typeof lambda !== 'number' || !(lambda >= 0 && lambda <= 1)) {
      throw new SummarizerError('INVALID_OPTION', `lambda must be in [0, 1], got ${String(lambda)}`);
    }
    const n = ctx.vectors.length;
    /** max cos(s, t) over the picked t; unused before the first pick. */
    const maxSim = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
    let folded = 0;
    for (;;) {
      // Fold new picks into maxSim (`picked` only grows; the session may have added a
      // dangling sentence's context itself).
      for (; folded < session.picked.length; folded++) {
        const v = ctx.vectors[session.picked[folded]!]!;
        for (let i = 0; i < n; i++) maxSim[i] = Math.max(maxSim[i]!, cosine(ctx.vectors[i]!, v));
      }
      const candidates = session.candidates();
      if (candidates.length === 0) return;
      const first = session.picked.length === 0;
      const score = (i: number): number => (first ? ctx.importance[i]! : lambda * ctx.importance[i]! - (1 - lambda) * maxSim[i]!);
      const best = argmax(candidates, score);
      if (best.index < 0) return;
      if (!first) {
        const bestImportance = ctx.importance[best.index]!;
        for (const i of candidates) {
          if (i === best.index || ctx.importance[i]! <= bestImportance) continue;
          const closest = argmax(session.picked, (t) => cosine(ctx.vectors[i]!, ctx.vectors[t]!));
          session.reject(i, { reason: 'redundant', redundantWith: closest.index, score: score(i) });
        }
      }
      // A candidate that does not fit is refused only by a session that stops at the first
      // overflow (the paper's rule, with truncate); that session is then closed.
      if (!session.pick(best.index, { reason: first ? 'importance' : 'diversity', score: best.score })) return;
    }
  },
};
