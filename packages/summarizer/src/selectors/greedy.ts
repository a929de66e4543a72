import { addScaled, cosine, normalize } from '@vecsum/embeddings/math';
import { argmax } from '../select/rank.js';
import type { Selector } from '../select/types.js';

/**
 * Greedy gap filling (`selector_greedy`): start from the most document-like sentence, then
 * repeatedly add the sentence that brings the summary's vector closest to the document's.
 * `joined` (default) uses the exact vector of the joined summary text (word-vector models
 * compose additively, so no re-embedding is needed); `mean` uses the normalised mean of the
 * sentence vectors (`greedy_avg`). The gain recorded is the rise in cos(summary, document).
 *
 * Deviation from the authors' code: a sentence that does not fit the remaining budget is
 * skipped and the search goes on with those that fit, instead of overshooting and truncating.
 */
export const greedy: Selector = {
  name: 'greedy',
  select(ctx, session, options) {
    const variant = options.greedyVariant ?? 'joined';
    const d = ctx.target.length;
    const parts = variant === 'joined' ? ctx.join.parts : ctx.vectors;
    const finish = variant === 'joined' ? ctx.join.finish : (v: Float32Array, out?: Float32Array) => normalize(v, out);
    const sum = new Float32Array(d);
    const scratch = new Float32Array(d);
    let current = 0;
    for (;;) {
      const candidates = session.candidates();
      if (candidates.length === 0) return;
      const first = session.picked.length === 0;
      const best = first
        ? argmax(candidates, (i) => ctx.importance[i]!)
        : argmax(candidates, (i) => {
            const p = parts[i]!;
            for (let j = 0; j < d; j++) scratch[j] = sum[j]! + p[j]!;
            return cosine(finish(scratch, scratch), ctx.target);
          });
      if (best.index < 0) return;
      addScaled(sum, parts[best.index]!);
      const now = cosine(finish(Float32Array.from(sum)), ctx.target);
      session.pick(best.index, first ? { reason: 'importance', score: best.score, gain: now } : { reason: 'gap', score: best.score, gain: now - current });
      current = now;
    }
  },
};
