import { dot, principalComponents } from '@vecsum/embeddings/math';
import { argmax, pickInScoreOrder } from '../select/rank.js';
import type { Selector } from '../select/types.js';

/**
 * PCA (`selector_pca`): principal components (centred) of the candidates' vectors; for each
 * component in order, pick the unpicked sentence with the largest |projection| that fits.
 * When components run out (at most 20) the rest of the budget is filled in importance order.
 */
export const pca: Selector = {
  name: 'pca',
  select(ctx, session) {
    const candidates = session.candidates();
    if (candidates.length === 0) return;
    const rows = candidates.map((i) => ctx.vectors[i] as Float32Array);
    const count = Math.min(candidates.length, ctx.target.length, 20);
    const { components } = principalComponents(rows, { count });
    for (const c of components) {
      const open = session.candidates();
      if (open.length === 0) return;
      const best = argmax(open, (i) => Math.abs(dot(ctx.vectors[i] as Float32Array, c)));
      if (best.index >= 0) session.pick(best.index, { reason: 'component', score: best.score });
    }
    pickInScoreOrder(ctx, session, ctx.importance, 'importance');
  },
};
