import type { JoinComposer, Vector } from '@vecsum/embeddings';
import { dot, standardize } from '@vecsum/embeddings/math';
import type { Plan, PlanConstants } from './plan.js';
import { restCosines } from './rest.js';

/**
 * Evidence that an article is an inverted pyramid, from its text alone: how close its opening
 * `k` candidates are to the rest of it, against its other sentences. Each candidate's cosine to
 * the document without it (score/rest.ts; to the target when there are no parts, e.g. under a
 * query) is standardized among the candidates, and the first `k` candidates' values are
 * averaged: 0 means the opening is as close to the rest as the average sentence, +1 one
 * standard deviation closer. Candidates are in document order.
 */
export function leadEvidence(vectors: readonly Vector[], target: Vector, join: JoinComposer | undefined, candidates: readonly number[], k: number): number {
  if (candidates.length < 2) return 0;
  const closeness = join === undefined ? Float64Array.from(vectors, (v) => dot(v, target)) : restCosines(vectors, join, candidates);
  const z = standardize(closeness, candidates);
  const opening = candidates.slice(0, Math.max(1, Math.min(k, candidates.length)));
  return opening.reduce((s, i) => s + z[i]!, 0) / opening.length;
}

/** How many opening sentences a plan of kind `lead` or `one` would take: the budget's share of the candidates, at least 1. */
export function openingCount(kind: Plan['kind'], share: number, candidates: number): number {
  return kind === 'one' ? 1 : Math.max(1, Math.min(candidates, Math.round(share * candidates)));
}

const sd = (x: number): string => `${x >= 0 ? '+' : '\u2212'}${Math.abs(x).toFixed(2)} sd`;

/**
 * The `lead` and `one` plans, routed by the lead evidence when `constants.pyramid` (a threshold
 * in standard deviations) is set: at or above it the plan stays as it is and says why; below it
 * a short summary takes the `central` plan's weights and a one-sentence summary plain cosine
 * (near), since the opening does not stand for the rest of the text. Other plans pass through.
 */
export function routeByLeadEvidence(plan: Plan, evidence: number, constants: PlanConstants): Plan {
  const threshold = constants.pyramid;
  if (threshold === undefined || (plan.kind !== 'lead' && plan.kind !== 'one')) return plan;
  const opening = plan.kind === 'one' ? 'the opening sentence is' : 'the opening sentences are';
  const measured = `${opening} ${sd(evidence)} closer to the rest of the text than its average sentence`;
  if (evidence >= threshold) {
    const kept = plan.kind === 'one' ? 'so early position counts' : 'so the lead was kept';
    return { ...plan, leadEvidence: evidence, why: `${plan.why}; ${measured} (at least ${sd(threshold)}): ${kept}` };
  }
  const below = `${measured}, below ${sd(threshold)}: not an inverted pyramid`;
  if (plan.kind === 'one')
    return { ...plan, weights: { cosine: 1 }, leadEvidence: evidence, why: `one sentence: ${below}, so the sentence closest to the whole text` };
  return {
    ...plan,
    kind: 'central',
    ...constants.central,
    concepts: 0,
    leadEvidence: evidence,
    why: `a short summary: ${below}, so its most central sentences`,
  };
}
