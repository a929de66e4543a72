import { addScaled, cosine } from '@vecsum/embeddings/math';
import type { PickNote, SelectionContext, SelectionSession, Selector } from '../select/types.js';
import { bestCombination } from './brute-force.js';
import { greedy } from './greedy.js';

/** cos(sum of the unit sentence vectors, target): the mean vector's cosine. 0 for no sentences. */
export function meanVectorSimilarity(ctx: SelectionContext, indices: readonly number[]): number {
  const sum = new Float32Array(ctx.target.length);
  for (const i of indices) addScaled(sum, ctx.vectors[i]!);
  return cosine(sum, ctx.target);
}

/** A scratch copy of `session` (same budget, costs and options, same picks) that records pick notes. */
function recordingCopy(session: SelectionSession): { scratch: SelectionSession; notes: Map<number, PickNote> } {
  const inner = session.fork();
  for (const i of session.picked) inner.pick(i, { reason: 'importance', score: 0 });
  const notes = new Map<number, PickNote>();
  const scratch: SelectionSession = {
    get picked() {
      return inner.picked;
    },
    get done() {
      return inner.done;
    },
    get remaining() {
      return inner.remaining;
    },
    unit: inner.unit,
    cost: (i) => inner.cost(i),
    candidates: () => inner.candidates(),
    fits: (i) => inner.fits(i),
    fitsSet: (s) => inner.fitsSet(s),
    pick(i, note) {
      const ok = inner.pick(i, note);
      if (ok) notes.set(i, note);
      return ok;
    },
    reject: (i, note) => inner.reject(i, note),
    fork: () => inner.fork(),
  };
  return { scratch, notes };
}

/**
 * Max-sim (`selector_max_sim`): run brute force (`bestCombination`) and greedy (on a scratch
 * copy of the session: `fork`, same budget and costs), and keep the summary whose mean
 * sentence vector has the larger cosine to the target (ties: brute force). Its sentences are
 * picked into the session: brute force's in importance order (reason `combination`, score =
 * the combination's cosine), greedy's in greedy's order with greedy's own notes (`importance`
 * for the first, then `gap`). `options.greedyVariant` is passed on to greedy.
 *
 * As in the authors' code, both summaries are compared by their mean vectors, also when
 * greedy itself optimised the exact joined vector.
 */
export const maxSim: Selector = {
  name: 'max-sim',
  select(ctx, session, options) {
    const before = session.picked.length;
    const bf = bestCombination(ctx, session);
    const { scratch, notes } = recordingCopy(session);
    greedy.select(ctx, scratch, options);
    const greedyPicks = scratch.picked.slice(before);
    const already = session.picked.slice(0, before);
    const greedySim = meanVectorSimilarity(ctx, [...already, ...greedyPicks]);
    const bfSim = meanVectorSimilarity(ctx, [...already, ...bf.indices]);
    if (greedySim > bfSim) {
      // Sentences the scratch session added as dangling context come back with their sentence.
      for (const i of greedyPicks) {
        const note = notes.get(i);
        if (note !== undefined) session.pick(i, note);
      }
    } else {
      for (const i of bf.indices) session.pick(i, { reason: 'combination', score: bf.similarity });
    }
  },
};
