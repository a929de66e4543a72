import type { SentenceEmbedder } from '@vecsum/embeddings';
import { mean, pairedBootstrapTest } from '@vecsum/embeddings/math';
import { SHIPPED_PLAN, summarize, type PlanConstants } from '@vecsum/summarizer';
import { standardSetting } from '../datasets/standard-setting.js';
import { enforceBudget } from '../runner/budget.js';
import { leadSystem, vecsumSystem } from '../runner/systems.js';
import { balancedMean, primaryScore, type Instance } from './instances.js';

import { configurationsOf, PLAN_OPTIONS, type PlanOptions } from './plan-options.js';

export { CONFIGURATIONS_COMPARED, configurationsOf, PLAN_OPTIONS, PLAN_TRIALS, withTrials, type PlanOptions } from './plan-options.js';

/** The summary `auto` gives an instance under some constants (word budgets filled exactly, as the paper's evaluation), and the plan kind it ran. */
export async function autoSummary(instance: Instance, embedder: SentenceEmbedder, constants: PlanConstants): Promise<{ text: string; kind: string }> {
  const s = await summarize({ documents: instance.record.documents }, embedder, {
    budget: instance.budget,
    planConstants: constants,
    truncate: 'words' in instance.budget,
  });
  return { text: s.text, kind: s.meta.plan?.kind ?? s.meta.selectorUsed };
}

/** Whether an option of `group` can change the summary of an input `auto` gave plan `kind` under the shipped constants. */
function affects(group: string, kind: string): boolean {
  if (group === 'centralShare') return kind === 'lead' || kind === 'central';
  if (group === 'oneUpTo') return kind === 'lead' || kind === 'central' || kind === 'one';
  if (group === 'pyramid') return kind === 'lead' || kind === 'one';
  return group === kind;
}

/** Score of every instance under every option (each option = the shipped constants with one group changed). */
export async function scoreOptions(
  instances: readonly Instance[],
  embedder: SentenceEmbedder,
  onProgress?: (done: number, total: number) => void,
  groups: PlanOptions = PLAN_OPTIONS,
): Promise<Map<string, number[]>> {
  // One pass with the shipped constants; an option is then re-run only on the inputs whose plan
  // it can change (each group only touches its own plan kind), the rest keep the shipped score.
  const base = [];
  for (const x of instances) {
    const s = await autoSummary(x, embedder, SHIPPED_PLAN);
    base.push({ kind: s.kind, score: primaryScore(x.dataset, x.record, s.text) });
  }
  const out = new Map<string, number[]>();
  // the simple baselines a choice must not fall behind (the robustness matrix's no-loss rule)
  for (const system of [
    leadSystem,
    vecsumSystem('near', embedder, { selector: 'near', truncate: true }),
    vecsumSystem('lexrank', embedder, { selector: 'lexrank', truncate: true }),
  ]) {
    const scores: number[] = [];
    for (const x of instances)
      scores.push(primaryScore(x.dataset, x.record, enforceBudget(await system.summarize(x.record, x.budget, standardSetting(x.dataset)), x.budget).text));
    out.set(`${BASELINE}${system.name}`, scores);
  }
  const total = configurationsOf(groups);
  let done = 0;
  for (const [group, options] of Object.entries(groups)) {
    for (const option of options) {
      const constants = { ...SHIPPED_PLAN, ...option.patch };
      const scores: number[] = [];
      for (const [i, x] of instances.entries()) {
        const own = base[i]!;
        scores.push(affects(group, own.kind) ? primaryScore(x.dataset, x.record, (await autoSummary(x, embedder, constants)).text) : own.score);
      }
      out.set(`${group}\u0000${option.label}`, scores);
      onProgress?.(++done, total);
    }
  }
  return out;
}

/** Key prefix of the baselines' scores in the map `scoreOptions` returns. */
const BASELINE = 'baseline\u0000';

/**
 * What a choice is judged by, on the instances kept: first the acceptance rule of the
 * robustness matrix, the number of (dataset, budget kind) cells where it falls significantly
 * below the best of LEAD, near and lexrank (one-sided paired bootstrap, p < 0.05, as
 * `cellVerdict`); then the balanced mean score. A default that is better on average but loses
 * to a simple baseline in one more cell loses: robustness first.
 */
export function judge(subset: readonly Instance[], own: readonly number[], baselines: readonly (readonly number[])[]): number[] {
  const cells = new Map<string, number[]>();
  subset.forEach((x, i) => {
    const key = `${x.dataset}\u0000${x.kind}`;
    const members = cells.get(key) ?? [];
    members.push(i);
    cells.set(key, members);
  });
  let lost = 0;
  const byDataset = new Map<string, number[]>();
  for (const members of cells.values()) {
    const mine = members.map((i) => own[i]!);
    let best: number[] | undefined;
    for (const b of baselines) {
      const theirs = members.map((i) => b[i]!);
      if (best === undefined || mean(theirs) > mean(best)) best = theirs;
    }
    if (best === undefined) continue;
    if (pairedBootstrapTest(best, mine, { resamples: 1000, seed: 7 }).pValueAGreater < 0.05) lost++;
    const dataset = subset[members[0]!]!.dataset;
    byDataset.set(dataset, [...(byDataset.get(dataset) ?? []), Math.min(0, mean(mine) - mean(best))]);
  }
  const shortfall = mean([...byDataset.values()].map((v) => mean(v)));
  return [-lost, shortfall, balancedMean(subset, own)];
}

/** Whether judgement `a` beats `b`: the first criterion that differs (beyond rounding) decides. */
function lexicographicallyAbove(a: readonly number[], b: readonly number[]): boolean {
  for (let k = 0; k < a.length; k++) {
    if (a[k]! > b[k]! + 1e-9) return true;
    if (a[k]! < b[k]! - 1e-9) return false;
  }
  return false;
}

/** The option of each group judged best (`judge`) over the instances `use` keeps. */
export function chooseConstants(
  instances: readonly Instance[],
  scores: ReadonlyMap<string, number[]>,
  use: (x: Instance) => boolean,
  groups: PlanOptions = PLAN_OPTIONS,
): { constants: PlanConstants; chosen: Record<string, string> } {
  const keep = instances.map(use);
  const subset = instances.filter((_, i) => keep[i]);
  const baselines = [...scores.entries()].filter(([k]) => k.startsWith(BASELINE)).map(([, v]) => v.filter((_, i) => keep[i]));
  let constants: PlanConstants = { ...SHIPPED_PLAN };
  const chosen: Record<string, string> = {};
  for (const [group, options] of Object.entries(groups)) {
    let best = options[0]!;
    let bestValue: number[] | undefined;
    for (const option of options) {
      const all = scores.get(`${group}\u0000${option.label}`)!;
      const value = judge(
        subset,
        all.filter((_, i) => keep[i]),
        baselines,
      );
      if (bestValue === undefined || lexicographicallyAbove(value, bestValue)) {
        best = option;
        bestValue = value;
      }
    }
    constants = { ...constants, ...best.patch };
    chosen[group] = best.label;
  }
  return { constants, chosen };
}

export interface NestedResult {
  /** Per outer fold: the constants chosen on train + the other folds. */
  readonly folds: readonly { readonly fold: number; readonly chosen: Record<string, string>; readonly constants: PlanConstants }[];
  /** The score of every dev instance under its own fold's choice (NaN for train instances). */
  readonly outer: readonly number[];
  /** The summaries behind `outer` ('' for train instances). */
  readonly summaries: readonly string[];
}

/**
 * Nested cross-validation: for each outer fold, every constant is chosen on the train records
 * and the other dev folds (the inner selection), then the fold's dev records are summarized
 * with that choice. The outer scores estimate what the protocol, not one choice, gives on
 * unseen records.
 */
export async function nestedCrossValidation(
  instances: readonly Instance[],
  embedder: SentenceEmbedder,
  scores: ReadonlyMap<string, number[]>,
  folds: number,
  groups: PlanOptions = PLAN_OPTIONS,
): Promise<NestedResult> {
  const outer = instances.map(() => Number.NaN);
  const summaries = instances.map(() => '');
  const chosenPerFold: NestedResult['folds'][number][] = [];
  for (let f = 0; f < folds; f++) {
    const { constants, chosen } = chooseConstants(instances, scores, (x) => x.fold !== f, groups);
    chosenPerFold.push({ fold: f, chosen, constants });
    for (const [i, x] of instances.entries()) {
      if (x.fold !== f) continue;
      const summary = (await autoSummary(x, embedder, constants)).text;
      summaries[i] = summary;
      outer[i] = primaryScore(x.dataset, x.record, summary);
    }
  }
  return { folds: chosenPerFold, outer, summaries };
}
