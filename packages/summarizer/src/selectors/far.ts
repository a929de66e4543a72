import { pickInScoreOrder } from '../select/rank.js';
import type { Selector } from '../select/types.js';

/** Far: the least document-like sentences first. A control, not a summarizer (`selector_far`). */
export const far: Selector = {
  name: 'far',
  select(ctx, session) {
    pickInScoreOrder(
      ctx,
      session,
      ctx.importance.map((s) => -s),
      'far',
    );
  },
};
