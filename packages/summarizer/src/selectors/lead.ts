import { pickInScoreOrder } from '../select/rank.js';
import type { Selector } from '../select/types.js';

/**
 * Lead: sentences in document order. For multi-document input, documents are taken in input
 * order; the DUC baseline (first sentences of the most recent document) is lead on that
 * document alone.
 */
export const lead: Selector = {
  name: 'lead',
  select(ctx, session) {
    pickInScoreOrder(
      ctx,
      session,
      ctx.sentences.map((s) => -s.index),
      'position',
    );
  },
};
