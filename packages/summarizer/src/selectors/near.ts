import { pickInScoreOrder } from '../select/rank.js';
import type { Selector } from '../select/types.js';

/** Near: sentences in descending cosine to the document vector (the paper's `selector_near`). */
export const near: Selector = {
  name: 'near',
  select(ctx, session) {
    pickInScoreOrder(ctx, session, ctx.importance, 'importance');
  },
};
