import { cosine, evaluatePolynomial } from '@vecsum/embeddings/math';
import { argmax } from '../select/rank.js';
import { redundancyCurveFor } from '../redundancy/curves.js';
import type { Selector } from '../select/types.js';

/** Default penalty factor; the authors' sweep (notebook cell 18) rose up to factor 5-20. */
export const DEFAULT_REDUNDANCY_FACTOR = 3;

/**
 * Near-nonredundant (`selector_near_redundancy`): pick the most document-like sentence,
 * then repeatedly the one maximising near(s) - factor * (redundancy(s) - curve(near(s))),
 * where redundancy(s) is the mean cosine to the picked sentences and curve() the redundancy
 * expected from a sentence's document similarity alone (fitted per vector function). The
 * authors' SIF curve had a bug that collapsed it to a constant; ours is refitted.
 * A sentence passed over for a less important one is recorded as redundant with the picked
 * sentence it is closest to.
 */
export const nearNonredundant: Selector = {
  name: 'near-nonredundant',
  select(ctx, session, options) {
    const factor = options.factor ?? DEFAULT_REDUNDANCY_FACTOR;
    const curve = redundancyCurveFor(ctx.vectorFunction);
    const n = ctx.vectors.length;
    const simSum = new Float64Array(n);
    for (;;) {
      const candidates = session.candidates();
      if (candidates.length === 0) return;
      const k = session.picked.length;
      const score = (i: number): number => {
        const near = ctx.importance[i]!;
        if (k === 0) return near;
        const redundancy = simSum[i]! / k;
        return near - factor * (redundancy - evaluatePolynomial(curve, near));
      };
      const best = argmax(candidates, score);
      if (best.index < 0) return;
      const bestImportance = ctx.importance[best.index]!;
      if (k > 0) {
        for (const i of candidates) {
          if (i !== best.index && ctx.importance[i]! > bestImportance) {
            const closest = argmax(session.picked, (p) => cosine(ctx.vectors[i]!, ctx.vectors[p]!));
            session.reject(i, { reason: 'redundant', redundantWith: closest.index, score: score(i) });
          }
        }
      }
      session.pick(best.index, { reason: k === 0 ? 'importance' : 'nonredundant', score: best.score });
      const v = ctx.vectors[best.index]!;
      for (let i = 0; i < n; i++) simSum[i] = simSum[i]! + cosine(ctx.vectors[i]!, v);
    }
  },
};
