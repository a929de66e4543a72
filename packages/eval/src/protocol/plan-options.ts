import type { PlanConstants, PlanWeights } from '@vecsum/summarizer';

/**
 * The few principled variants the protocol compares, one group per constant of `auto` (each
 * group only changes the inputs its plan kind receives). Nothing else is tuned.
 */
export type PlanOptions = Readonly<Record<string, readonly { readonly label: string; readonly patch: Partial<PlanConstants> }[]>>;

export const PLAN_OPTIONS: PlanOptions = {
  centralShare: [0.25, 0.35, 0.45].map((v) => ({ label: `central from ${v}`, patch: { centralShare: v } })),
  central: [
    { label: 'word overlap', patch: { central: weights({ wordOverlap: 1 }) } },
    { label: 'word overlap + cosine', patch: { central: weights({ wordOverlap: 1, cosine: 0.5 }) } },
    { label: 'word overlap + position', patch: { central: weights({ wordOverlap: 1, position: 1 }) } },
  ],
  list: [
    { label: 'word overlap', patch: { list: weights({ wordOverlap: 1 }) } },
    { label: 'frequency', patch: { list: weights({ frequency: 1 }) } },
    { label: 'overlap + frequency + cosine', patch: { list: weights({ wordOverlap: 1, frequency: 1, cosine: 0.5 }) } },
    { label: 'frequency, shorter items', patch: { list: weights({ frequency: 1, length: -0.5 }) } },
  ],
  cluster: [
    { label: 'cosine', patch: { cluster: weights({ cosine: 1 }) } },
    { label: 'cosine + position/2', patch: { cluster: weights({ cosine: 1, position: 0.5 }) } },
    { label: 'cosine + position/2, repeats skipped', patch: { cluster: { weights: { cosine: 1, position: 0.5 }, gap: 0, redundancy: 0.9 } } },
    { label: 'cosine + position', patch: { cluster: weights({ cosine: 1, position: 1 }) } },
    { label: 'cosine + position, gap, redundancy 0.9', patch: { cluster: { weights: { cosine: 1, position: 1 }, gap: 2, redundancy: 0.9 } } },
  ],
  one: [
    { label: 'cosine (near)', patch: { one: weights({ cosine: 1 }) } },
    { label: 'position (lead)', patch: { one: weights({ position: 1 }) } },
    { label: 'cosine + position', patch: { one: weights({ cosine: 1, position: 1 }) } },
  ],
};

function weights(w: PlanWeights['weights']): PlanWeights {
  return { weights: w, gap: 0, redundancy: 1 };
}

/**
 * Options tried beside the protocol's (`choose-plan --trial NAME`) and not adopted, kept so the
 * comparison can be run again; docs/results.md gives their figures.
 * - lead: the lead plan's position with a little centrality (word overlap 1/4 or 1/2, or
 *   cosine 1/4), for BBC's short budgets, where central sentences win and the lead loses.
 * - length: the lead plan's position with a preference for longer sentences (length x1/4 or x1/2), for
 *   BBC's short budgets, whose long references reward long sentences under F1 (session 15).
 * - one: the one-sentence plan with less position (cosine + position x1/2 or x1/4), between
 *   XSum (which wants cosine) and SummEval at one sentence (which wants the lead).
 * - rest: cosine to the rest of the document (the sentence's own part left out of the document
 *   vector, score/rest.ts) in place of cosine to the whole, in every plan that weighs cosine.
 * - lexone: the one-sentence plan by word-overlap centrality (TextRank's lexical similarity, which the npm peers use)
 *   alone, with position, and with cosine and position (session 29), for XSum at one sentence.
 * - concepts: Gillick & Favre's concept coverage (word pairs several documents share) as a gap
 *   term for clusters under a length budget (score/concepts.ts), weighed 1/2 and 1 against the
 *   standardized cosine.
 * - pyramid: inverted-pyramid routing (score/pyramid.ts, session 17): a `lead` or `one` input
 *   keeps its plan when its opening is at least 0, 1/2 or 1 sd closer to the rest of the text
 *   than its average sentence, else it takes the central plan's weights (one sentence: cosine);
 *   the first option is the shipped behaviour (no routing).
 * - oneUpTo: a length budget (words, characters) holding at most 1.5 of the article's average
 *   sentences runs the one-sentence plan instead of the article plans (session 25), for XSum at
 *   its reference's words, where the lead loses to near; the first option is the shipped behaviour.
 */
export const PLAN_TRIALS: Readonly<Record<string, PlanOptions>> = {
  lead: {
    lead: [
      { label: 'position (lead)', patch: { lead: weights({ position: 1 }) } },
      { label: 'position + overlap/4', patch: { lead: weights({ position: 1, wordOverlap: 0.25 }) } },
      { label: 'position + overlap/2', patch: { lead: weights({ position: 1, wordOverlap: 0.5 }) } },
      { label: 'position + cosine/4', patch: { lead: weights({ position: 1, cosine: 0.25 }) } },
    ],
  },
  length: {
    lead: [
      { label: 'position (lead)', patch: { lead: weights({ position: 1 }) } },
      { label: 'position + length/4', patch: { lead: weights({ position: 1, length: 0.25 }) } },
      { label: 'position + length/2', patch: { lead: weights({ position: 1, length: 0.5 }) } },
    ],
  },
  one: {
    one: [
      { label: 'cosine + position/2', patch: { one: weights({ cosine: 1, position: 0.5 }) } },
      { label: 'cosine + position/4', patch: { one: weights({ cosine: 1, position: 0.25 }) } },
    ],
  },
  rest: {
    one: [
      { label: 'rest (near)', patch: { one: weights({ rest: 1 }) } },
      { label: 'rest + position', patch: { one: weights({ rest: 1, position: 1 }) } },
    ],
    list: [{ label: 'overlap + frequency + rest', patch: { list: weights({ wordOverlap: 1, frequency: 1, rest: 0.5 }) } }],
    cluster: [{ label: 'rest', patch: { cluster: weights({ rest: 1 }) } }],
  },
  pyramid: {
    pyramid: [{ label: 'no routing', patch: { pyramid: undefined } }, ...[0, 0.5, 1].map((t) => ({ label: `lead kept from ${t} sd`, patch: { pyramid: t } }))],
  },
  oneUpTo: {
    oneUpTo: [
      { label: 'one-sentence budgets only', patch: { oneUpTo: undefined } },
      { label: 'budgets of up to 1.5 sentences', patch: { oneUpTo: 1.5 } },
    ],
  },
  lexone: {
    one: [
      { label: 'word overlap', patch: { one: weights({ wordOverlap: 1 }) } },
      { label: 'word overlap + position', patch: { one: weights({ wordOverlap: 1, position: 1 }) } },
      { label: 'word overlap + cosine + position', patch: { one: weights({ wordOverlap: 1, cosine: 1, position: 1 }) } },
    ],
  },
  concepts: {
    cluster: [0.5, 1].map((w) => ({
      label: `cosine + shared facts x${w}`,
      patch: { cluster: { weights: { cosine: 1 }, gap: 0, redundancy: 1, concepts: w } },
    })),
  },
};

/** The protocol's options with the named trials' options added to their groups. */
export function withTrials(trials: readonly string[]): PlanOptions {
  const out: Record<string, PlanOptions[string]> = { ...PLAN_OPTIONS };
  for (const name of trials) {
    const trial = PLAN_TRIALS[name];
    if (trial === undefined) throw new Error(`unknown trial ${JSON.stringify(name)}; known: ${Object.keys(PLAN_TRIALS).join(', ')}`);
    for (const [group, options] of Object.entries(trial)) out[group] = [...(out[group] ?? []), ...options];
  }
  return out;
}

/** How many configurations a set of options compares (each option of each group). */
export const configurationsOf = (options: PlanOptions): number => Object.values(options).reduce((n, g) => n + g.length, 0);

/** How many configurations the protocol compares. */
export const CONFIGURATIONS_COMPARED = configurationsOf(PLAN_OPTIONS);
