import { addScaled, cosine, normalize } from '@vecsum/embeddings/math';
import type { SelectionContext, Selector } from '../select/types.js';
import { bestCombination } from './brute-force.js';
import { greedy } from './greedy.js';

function meanSimilarity(ctx: SelectionContext, indices: readonly number[]): number {
  const sum = new Float32Array(ctx.target.length);
  for (const i of indices) addScaled(sum, ctx.vectors[i] as Float32Array);
  return cosine(normalize(sum), ctx.target);
}

/**
 * Max-sim (`selector_max_sim`): run brute force and greedy, keep the summary whose mean
 * sentence vector is closer to the target.
 */
export const maxSim: Selector = {
  name: 'max-sim',
  select(ctx, session, options) {
    const bf = bestCombination(ctx, session);
    const scratch = session.fork();
    greedy.select(ctx, scratch, options);
    const greedyPicks = [...scratch.picked];
    const useGreedy = meanSimilarity(ctx, greedyPicks) > meanSimilarity(ctx, bf.indices);
    if (useGreedy) {
      greedyPicks.forEach((i, k) => session.pick(i, { reason: k === 0 ? 'importance' : 'gap', score: ctx.importance[i] as number }));
    } else {
      const ordered = [...bf.indices].sort((a, b) => (ctx.importance[b] as number) - (ctx.importance[a] as number) || a - b);
      for (const i of ordered) session.pick(i, { reason: 'combination', score: bf.similarity });
    }
  },
};
