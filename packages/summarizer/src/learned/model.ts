import { FEATURE_NAMES, sentenceFeatures, type FeatureInput } from './features.js';
import { checkCorrections, checkLengthBudget, type LengthBudgetAdjustment, type SelectionCorrections } from './selection.js';

/**
 * A learned sentence scorer over FEATURE_NAMES. Two kinds, both small, both explainable
 * feature by feature:
 *
 * - `linear`: score = bias + sum_k weights[k] (x[k] - mean[k]) / scale[k] (logistic regression
 *   when trained by fitLogistic);
 * - `trees`: score = base + sum of regression trees (gradient-boosted, logistic loss).
 *
 * Trained on the logistic loss (the default), scores are log-odds that the sentence belongs to
 * the oracle extract; trained on the pairwise loss (`loss: 'pairwise'`), they are ranking scores,
 * comparable only between sentences of one input. Either way a higher score ranks first.
 */
export type LearnedModel = LinearModel | TreeModel;

interface ModelInfo {
  /** Format version of this object. */
  readonly version: 2;
  /** Feature names, in the order the weights and splits refer to. */
  readonly features: readonly string[];
  /** What the model was trained for and on (free text, for reports). */
  readonly trainedOn?: string;
  /** Score corrections under sentence budgets (learned/selection.ts); none when absent. */
  readonly selection?: SelectionCorrections;
  /** Score correction under word, character and byte budgets (learned/selection.ts); none when absent. */
  readonly lengthBudget?: LengthBudgetAdjustment;
}

export interface LinearModel extends ModelInfo {
  readonly kind: 'linear';
  readonly mean: readonly number[];
  readonly scale: readonly number[];
  readonly weights: readonly number[];
  readonly bias: number;
}

/** A regression tree in flat arrays: node k splits on feature[k] at threshold[k] (x <= t goes left); leaves have feature -1. */
export interface Tree {
  readonly feature: readonly number[];
  readonly threshold: readonly number[];
  readonly left: readonly number[];
  readonly right: readonly number[];
  /** Node values (leaf outputs; inner nodes hold the weighted mean of their leaves, for contributions). */
  readonly value: readonly number[];
}

export interface TreeModel extends ModelInfo {
  readonly kind: 'trees';
  /** The loss the trees were fitted on; logistic when absent. */
  readonly loss?: 'logistic' | 'pairwise';
  readonly base: number;
  readonly trees: readonly Tree[];
}

/** The model's score for one feature row (log-odds under the logistic loss). */
export function scoreRow(model: LearnedModel, x: readonly number[]): number {
  if (model.kind === 'linear') {
    let s = model.bias;
    for (let k = 0; k < model.weights.length; k++) s += ((model.weights[k] as number) * ((x[k] as number) - (model.mean[k] as number))) / (model.scale[k] as number);
    return s;
  }
  let s = model.base;
  for (const t of model.trees) s += t.value[leafOf(t, x)] as number;
  return s;
}

function leafOf(t: Tree, x: readonly number[]): number {
  let k = 0;
  while ((t.feature[k] as number) >= 0) k = (x[t.feature[k] as number] as number) <= (t.threshold[k] as number) ? (t.left[k] as number) : (t.right[k] as number);
  return k;
}

/**
 * Each feature's share of the score relative to the average sentence of the training data:
 * for a linear model weight x standardized value; for trees, the change in node value along
 * the decision path credited to the split's feature (Saabas). Sums to score - baseline.
 */
export function contributions(model: LearnedModel, x: readonly number[]): { baseline: number; byFeature: number[] } {
  const byFeature = new Array<number>(model.features.length).fill(0);
  if (model.kind === 'linear') {
    for (let k = 0; k < model.weights.length; k++) byFeature[k] = ((model.weights[k] as number) * ((x[k] as number) - (model.mean[k] as number))) / (model.scale[k] as number);
    return { baseline: model.bias, byFeature };
  }
  let baseline = model.base;
  for (const t of model.trees) {
    baseline += t.value[0] as number;
    let k = 0;
    while ((t.feature[k] as number) >= 0) {
      const next = (x[t.feature[k] as number] as number) <= (t.threshold[k] as number) ? (t.left[k] as number) : (t.right[k] as number);
      byFeature[t.feature[k] as number] = (byFeature[t.feature[k] as number] as number) + (t.value[next] as number) - (t.value[k] as number);
      k = next;
    }
  }
  return { baseline, byFeature };
}

/** Why the model cannot be used (features other than this version's, in order; malformed corrections), or null. */
export function checkModelFeatures(model: LearnedModel): string | null {
  if (model.version !== 2) return `unsupported learned model version ${String(model.version)}`;
  if (model.features.length !== FEATURE_NAMES.length || model.features.some((f, k) => f !== FEATURE_NAMES[k])) {
    return `learned model features [${model.features.join(', ')}] do not match this version's [${FEATURE_NAMES.join(', ')}]`;
  }
  return checkCorrections(model.selection) ?? checkLengthBudget(model.lengthBudget);
}

/** A model's scores for every sentence of an input, with the feature rows behind them. */
export interface LearnedScores {
  readonly model: LearnedModel;
  readonly features: readonly (readonly number[])[];
  readonly scores: readonly number[];
}

/** Features and scores of every sentence (ineligible ones included, so indices line up). */
export function scoreSentences(input: FeatureInput, model: LearnedModel): LearnedScores {
  const features = sentenceFeatures(input);
  return { model, features, scores: features.map((x) => scoreRow(model, x)) };
}

/** One feature's part in a learned score. */
export interface Factor {
  readonly feature: string;
  /** The feature's value for the sentence. */
  readonly value: number;
  /** Its contribution to the score, relative to the average training sentence. */
  readonly contribution: number;
}

/** The `top` features that moved a sentence's score most, largest |contribution| first. */
export function topFactors(model: LearnedModel, x: readonly number[], top = 4): Factor[] {
  const { byFeature } = contributions(model, x);
  return byFeature
    .map((contribution, k) => ({ feature: model.features[k] as string, value: x[k] as number, contribution }))
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))
    .slice(0, top);
}
