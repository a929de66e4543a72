import { pickInScoreOrder } from '../select/rank.js';
import type { Selector } from '../select/types.js';

/** Random: a seeded random order (the context's PRNG; see SummarizeOptions.seed). */
export const random: Selector = {
  name: 'random',
  select(ctx, session) {
    pickInScoreOrder(
      ctx,
      session,
      ctx.sentences.map(() => ctx.random()),
      'random',
    );
  },
};
