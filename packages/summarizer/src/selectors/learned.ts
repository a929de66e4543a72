import { pickInScoreOrder } from '../select/rank.js';
import type { Selector } from '../select/types.js';
import { sentenceFeatures } from './learned-features.js';
import { LEARNED_MODEL } from './learned-model.js';

/**
 * Learned: sentences in descending score of a linear model over sentenceFeatures (cosine,
 * position, length), trained on per-sentence ROUGE labels of the dev data by
 * packages/eval/scripts/train-learned.ts and shipped as learned-model.ts; evaluated with
 * cross-validation across documents (docs/results.md).
 */
export const learned: Selector = {
  name: 'learned',
  select(ctx, session, options) {
    const model = options.learnedWeights ?? LEARNED_MODEL;
    const scores = sentenceFeatures(ctx.sentences, ctx.importance).map((f) => f.reduce((s, x, k) => s + x * (model.weights[k] ?? 0), model.bias));
    pickInScoreOrder(ctx, session, scores, 'learned');
  },
};
