import { dot, principalComponents } from '@vecsum/embeddings/math';
import { argmax, pickInScoreOrder } from '../select/rank.js';
import type { Selector } from '../select/types.js';

/** Most principal components used (the rest of the budget goes in importance order). */
export const MAX_COMPONENTS = 20;
/** Components whose variance is below this fraction of the first one's are noise, not axes (float32 vectors leave ~1e-8). */
export const MIN_RELATIVE_VARIANCE = 1e-6;

/**
 * PCA (`selector_pca`): the principal components of the eligible sentence vectors (centred,
 * power iteration with deflation; at most min(#eligible, dimensions, 20) of them). For each
 * component in order, pick the candidate (eligible, unpicked, fitting) with the largest
 * |v . component|, the raw (uncentred) projection as in the authors' code, ties by position.
 * When the components run out and the budget is not exhausted, the rest is filled in
 * importance order (reason `importance`).
 *
 * Deviations from the authors' code: a sentence that does not fit is passed over for the
 * best one that does (they overshot and truncated); components with (numerically) zero
 * variance, which n sentences leave beyond the first n - 1, are not used, since their
 * direction is arbitrary; the importance-order fill is ours (the authors stopped when the
 * components ran out, leaving the budget unused).
 */
export const pca: Selector = {
  name: 'pca',
  select(ctx, session) {
    const rows: Float32Array[] = [];
    ctx.eligible.forEach((e, i) => {
      if (e) rows.push(ctx.vectors[i]!);
    });
    if (rows.length === 0) return;
    const count = Math.min(rows.length, ctx.target.length, MAX_COMPONENTS);
    const { components, variances } = principalComponents(rows, { count });
    const floor = (variances[0] ?? 0) * MIN_RELATIVE_VARIANCE;
    for (let c = 0; c < components.length; c++) {
      if (!(variances[c]! > floor)) break;
      const candidates = session.candidates();
      if (candidates.length === 0) return;
      const component = components[c]!;
      const best = argmax(candidates, (i) => Math.abs(dot(ctx.vectors[i]!, component)));
      // refused only by a session that stops at the first overflow; it is then closed
      if (!session.pick(best.index, { reason: 'component', score: best.score })) return;
    }
    pickInScoreOrder(ctx, session, ctx.importance, 'importance');
  },
};
