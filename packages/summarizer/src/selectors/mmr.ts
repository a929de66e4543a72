import { cosine } from '@vecsum/embeddings/math';
import { SummarizerError } from '../errors.js';
import { argmax } from '../select/rank.js';
import type { Selector } from '../select/types.js';

/**
 * Maximal Marginal Relevance (Carbonell & Goldstein 1998): repeatedly pick
 * argmax lambda * importance(s) - (1 - lambda) * max_{t picked} cos(s, t).
 * lambda = 1 is Near; smaller values trade relevance for novelty (default 0.7).
 */
export const mmr: Selector = {
  name: 'mmr',
  select(ctx, session, options) {
    const lambda = options.lambda ?? 0.7;
    if (!(lambda >= 0 && lambda <= 1)) throw new SummarizerError('INVALID_OPTION', `lambda must be in [0, 1], got ${lambda}`);
    const maxSim = new Float64Array(ctx.vectors.length).fill(Number.NEGATIVE_INFINITY);
    for (;;) {
      const candidates = session.candidates();
      if (candidates.length === 0) return;
      const first = session.picked.length === 0;
      const score = (i: number) => (first ? (ctx.importance[i] as number) : lambda * (ctx.importance[i] as number) - (1 - lambda) * (maxSim[i] as number));
      const best = argmax(candidates, score);
      if (best.index < 0) return;
      if (!first) {
        const bestImportance = ctx.importance[best.index] as number;
        for (const i of candidates) {
          if (i === best.index || (ctx.importance[i] as number) <= bestImportance) continue;
          const closest = argmax(session.picked, (p) => cosine(ctx.vectors[i] as Float32Array, ctx.vectors[p] as Float32Array));
          session.reject(i, { reason: 'redundant', redundantWith: closest.index, score: score(i) });
        }
      }
      session.pick(best.index, { reason: first ? 'importance' : 'diversity', score: best.score });
      const v = ctx.vectors[best.index] as Float32Array;
      for (let i = 0; i < maxSim.length; i++) maxSim[i] = Math.max(maxSim[i] as number, cosine(ctx.vectors[i] as Float32Array, v));
    }
  },
};
