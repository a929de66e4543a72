import type { JoinComposer, Sentence, Vector } from '@vecsum/embeddings';
import type { ResolvedBudget } from '../budget.js';
import type { SelectionContext, SelectorName } from '../select/types.js';
import { FEATURES, featureColumns } from './features.js';
import { budgetShare, checkPlanConstants, choosePlan, SHIPPED_PLAN, type InputShape, type Plan, type PlanConstants } from './plan.js';
import { leadEvidence, openingCount, routeByLeadEvidence } from './pyramid.js';
import { linearScores } from './scorer.js';

export interface ScoreInput {
  readonly documents: readonly string[];
  readonly sentences: readonly Sentence[];
  readonly vectors: readonly Vector[];
  readonly target: Vector;
  readonly eligible: readonly boolean[];
  readonly budget: ResolvedBudget;
  /** The document vector's parts (`rest`); absent when the target leans towards a query. */
  readonly join?: JoinComposer;
}

/** The plan `auto` runs on this input, its scores (the importance selectors rank by) and their terms. */
export function planScores(
  input: ScoreInput,
  constants: PlanConstants = SHIPPED_PLAN,
): { importance: number[]; plan: NonNullable<SelectionContext['plan']>; selector: SelectorName } {
  const checked = constants === SHIPPED_PLAN ? constants : checkPlanConstants(constants);
  const shape = shapeOf(input);
  const plan = routed(choosePlan(shape, input.budget, checked), input, shape, checked);
  const needed = new Set(FEATURES.filter((f) => (plan.weights[f] ?? 0) !== 0));
  const scores = linearScores(featureColumns(input, needed), plan.weights, input.eligible);
  return { importance: Array.from(scores.score), plan: { ...plan, factors: scores.factors }, selector: 'scored' };
}

/** The plan after inverted-pyramid routing (score/pyramid.ts), when the constants ask for it. */
function routed(plan: Plan, input: ScoreInput, shape: InputShape, constants: PlanConstants): Plan {
  if (constants.pyramid === undefined || (plan.kind !== 'lead' && plan.kind !== 'one')) return plan;
  const candidates: number[] = [];
  for (let i = 0; i < input.eligible.length; i++) if (input.eligible[i] === true) candidates.push(i);
  const k = openingCount(plan.kind, budgetShare(shape, input.budget), candidates.length);
  return routeByLeadEvidence(plan, leadEvidence(input.vectors, input.target, input.join, candidates, k), constants);
}

/** The plan as the meta shows it (its fields, without the per-sentence factors). */
export const planMeta = ({ kind, weights, gap, redundancy, concepts, why, leadEvidence: e }: NonNullable<SelectionContext['plan']>) =>
  e === undefined ? { kind, weights, gap, redundancy, concepts, why } : { kind, weights, gap, redundancy, concepts, why, leadEvidence: e };

function shapeOf(input: ScoreInput): InputShape {
  let candidates = 0;
  let words = 0;
  input.sentences.forEach((s, i) => {
    if (input.eligible[i] !== true) return;
    candidates++;
    words += s.words;
  });
  const lines = input.documents.reduce((n, d) => n + nonBlankLines(d), 0);
  return { documents: input.documents.length, lines, candidates, meanWords: candidates > 0 ? words / candidates : 0 };
}

const NON_SPACE = /\S/g;

/**
 * `text.split('\n').filter((l) => l.trim() !== '').length` without the lines: trim removes
 * exactly what `\s` matches, so a line counts when it holds a `\S`; each one found skips to the
 * next line.
 */
export function nonBlankLines(text: string): number {
  let n = 0;
  let from = 0;
  for (;;) {
    NON_SPACE.lastIndex = from;
    const m = NON_SPACE.exec(text);
    if (m === null) return n;
    n++;
    const end = text.indexOf('\n', m.index);
    if (end < 0) return n;
    from = end + 1;
  }
}
