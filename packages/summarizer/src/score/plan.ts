import type { ResolvedBudget } from '../budget.js';
import { SummarizerError } from '../errors.js';
import { isRecord, memberOf } from '../guards.js';
import SHIPPED from './auto-plan.json' with { type: 'json' };
import { FEATURES, type Feature } from './features.js';

const isFeature = memberOf(FEATURES);

/** The kinds of input `auto` tells apart, each with its own weights. */
export const PLAN_KINDS = ['cluster', 'list', 'central', 'lead', 'one'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

/** How the scorer weighs one kind of input. */
export interface PlanWeights {
  /** Weight of each feature in the sentence score (absent: 0). */
  readonly weights: Readonly<Partial<Record<Feature, number>>>;
  /** Weight of the gap term: how much a sentence covering what the summary still lacks gains (0: none). */
  readonly gap: number;
  /** A candidate this close (cosine) to a picked sentence repeats it and is skipped (1: never). */
  readonly redundancy: number;
  /**
   * Clusters only: weight of the shared-facts term (concept-fill.ts), used under a length
   * budget (words, chars, bytes); absent or 0: none.
   */
  readonly concepts?: number;
}

/** Every constant of `auto`, chosen by the nested cross-validation in @vecsum/eval (`choose-plan`). */
export interface PlanConstants {
  /** One article: a budget taking at least this share of its sentences runs `central`, a smaller one `lead`. */
  readonly centralShare: number;
  /** One text of at least this many sentences, about one a line, is a `list` (reviews, posts, bullet points). */
  readonly listMinSentences: number;
  /**
   * One article under a budget (any unit) of at most this many of its average sentences is
   * summarized as one sentence (`one`); absent: only a budget of one sentence is.
   */
  readonly oneUpTo?: number | undefined;
  readonly cluster: PlanWeights;
  readonly list: PlanWeights;
  readonly central: PlanWeights;
  readonly lead: PlanWeights;
  readonly one: PlanWeights;
  /**
   * Inverted-pyramid routing (score/pyramid.ts): a `lead` or `one` input keeps its plan when the
   * lead evidence is at least this many standard deviations, else it takes the central plan's
   * weights (one sentence: cosine); absent: no routing.
   */
  readonly pyramid?: number | undefined;
}

/** What `auto` decided for one input: which weights, and why, in words. */
export interface Plan extends PlanWeights {
  readonly kind: PlanKind;
  readonly why: string;
  /** Weight of the shared-facts term in this run (0: none). */
  readonly concepts: number;
  /** The lead evidence (score/pyramid.ts), when inverted-pyramid routing measured it. */
  readonly leadEvidence?: number;
}

/** The shape of the input that decides the plan. */
export interface InputShape {
  readonly documents: number;
  /** Non-empty lines of the input (all documents). */
  readonly lines: number;
  /** Candidate sentences. */
  readonly candidates: number;
  /** Mean words of a candidate. */
  readonly meanWords: number;
}

export const SHIPPED_PLAN: PlanConstants = checkPlanConstants(SHIPPED.constants);

/** About how many sentences the budget takes, as a share of the candidates (0 to 1). */
export function budgetShare(shape: InputShape, budget: ResolvedBudget): number {
  if (shape.candidates === 0) return 1;
  const perSentence = budget.unit === 'sentences' ? 1 : budget.unit === 'words' ? shape.meanWords : shape.meanWords * 6;
  return Math.min(1, budget.limit / Math.max(1e-9, perSentence) / shape.candidates);
}

/**
 * The plan for an input. Several documents are a `cluster`; one text of many one-line items a
 * `list`; one article summarized in one sentence `one`; otherwise an article whose budget takes
 * a large share of it is summarized by its `central` sentences, and a short summary of an
 * article by its `lead` (news puts the key facts first: on the CNN/DailyMail data no
 * embedding-only scorer beats the first sentences).
 */
export function choosePlan(shape: InputShape, budget: ResolvedBudget, constants: PlanConstants = SHIPPED_PLAN): Plan {
  const share = budgetShare(shape, budget);
  const pct = `${Math.round(share * 100)} %`;
  if (shape.documents > 1) {
    const concepts = budget.unit === 'sentences' ? 0 : (constants.cluster.concepts ?? 0);
    const what = concepts > 0 ? 'closest to what they share and covering the facts several of them report' : 'closest to what they share';
    return {
      kind: 'cluster',
      ...constants.cluster,
      concepts,
      why: `${shape.documents} documents: the sentences ${what}, skipping any that retells a picked one`,
    };
  }
  if (shape.candidates >= constants.listMinSentences && shape.candidates <= 1.5 * shape.lines) {
    return {
      kind: 'list',
      ...constants.list,
      concepts: 0,
      why: `${shape.candidates} short items, about one a line, in no particular order: the items most like the rest`,
    };
  }
  if (budget.unit === 'sentences' && budget.limit <= 1)
    return { kind: 'one', ...constants.one, concepts: 0, why: 'one sentence: the one that stands best for the whole text' };
  const about = share * shape.candidates;
  if (budget.unit !== 'sentences' && constants.oneUpTo !== undefined && about <= constants.oneUpTo)
    return {
      kind: 'one',
      ...constants.one,
      concepts: 0,
      why: `the budget holds about ${about < 0.95 ? 'less than ' : ''}one of the text's sentences: the one that stands best for the whole text`,
    };
  if (share >= constants.centralShare)
    return { kind: 'central', ...constants.central, concepts: 0, why: `the summary takes about ${pct} of the text: its most central sentences` };
  return {
    kind: 'lead',
    ...constants.lead,
    concepts: 0,
    why: `a short summary (about ${pct} of the text) of an article: its opening sentences, where news puts the key facts`,
  };
}

/** Validates plan constants (the shipped asset or a caller's), throwing INVALID_OPTION. */
export function checkPlanConstants(value: unknown): PlanConstants {
  const fail = (what: string): never => {
    throw new SummarizerError('INVALID_OPTION', `plan constants: ${what}`);
  };
  const v = isRecord(value) ? value : fail('expected an object');
  for (const key of ['centralShare', 'listMinSentences'] as const) if (typeof v[key] !== 'number' || !Number.isFinite(v[key])) fail(`${key} must be a number`);
  const pyramid = v['pyramid'];
  if (pyramid !== undefined && !(typeof pyramid === 'number' && Number.isFinite(pyramid))) fail('pyramid must be a number');
  const oneUpTo = v['oneUpTo'];
  if (oneUpTo !== undefined && !(typeof oneUpTo === 'number' && Number.isFinite(oneUpTo) && oneUpTo >= 0)) fail('oneUpTo must be a number >= 0');
  for (const kind of PLAN_KINDS) {
    const p = v[kind];
    if (!isRecord(p)) return fail(`${kind} is missing`);
    const w = p['weights'];
    if (!isRecord(w)) return fail(`${kind}.weights is missing`);
    for (const [f, x] of Object.entries(w)) {
      if (!isFeature(f)) fail(`${kind}.weights has an unknown feature ${JSON.stringify(f)}`);
      if (typeof x !== 'number' || !Number.isFinite(x)) fail(`${kind}.weights.${f} must be a number`);
    }
    for (const key of ['gap', 'redundancy']) if (typeof p[key] !== 'number') fail(`${kind}.${key} must be a number`);
    const concepts = p['concepts'];
    if (concepts !== undefined && !(typeof concepts === 'number' && Number.isFinite(concepts) && concepts >= 0)) fail(`${kind}.concepts must be a number >= 0`);
  }
  return value as PlanConstants; // every field was checked above
}
