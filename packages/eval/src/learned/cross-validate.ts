import { fitLogistic, fitTrees, LEARNED_MODEL, type LearnedModel, type LengthBudgetAdjustment, type SelectionCorrections, type TreeOptions } from '@vecsum/summarizer';
import { balancedTrainingSet, type LearnedExample } from './training-data.js';

/** The kind and size of the shipped model (packages/summarizer/src/learned/shipped-model.ts). */
export const SHIPPED_TREES: Required<Pick<TreeOptions, 'trees' | 'depth' | 'learningRate' | 'minChild'>> = { trees: 150, depth: 2, learningRate: 0.1, minChild: 0.005 };

export interface LearnedFitOptions {
  readonly kind?: 'trees' | 'linear';
  /** Tree options (default SHIPPED_TREES). */
  readonly trees?: TreeOptions;
  /** Budget corrections to store in the model (default: the shipped model's). */
  readonly selection?: SelectionCorrections;
  /** Word-budget correction to store in the model (default: the shipped model's). */
  readonly lengthBudget?: LengthBudgetAdjustment;
  readonly trainedOn?: string;
}

/** A model fitted on the examples, each dataset weighing the same. */
export function fitLearned(examples: readonly LearnedExample[], options: LearnedFitOptions = {}): LearnedModel {
  const data = balancedTrainingSet(examples);
  const extra = options.trainedOn === undefined ? {} : { trainedOn: options.trainedOn };
  const model = options.kind === 'linear' ? fitLogistic(data, { l2: 1e-3, ...extra }) : fitTrees(data, { ...SHIPPED_TREES, ...options.trees, ...extra });
  const selection = options.selection ?? LEARNED_MODEL.selection;
  const lengthBudget = options.lengthBudget ?? LEARNED_MODEL.lengthBudget;
  return { ...model, ...(selection === undefined ? {} : { selection }), ...(lengthBudget === undefined ? {} : { lengthBudget }) };
}

/** One model per fold, each fitted on the examples of the other folds (of every dataset). */
export interface CrossValidation {
  readonly models: readonly LearnedModel[];
  /** The model that never saw this record: its fold's. Undefined for a record not in the examples. */
  modelFor(dataset: string, id: string): LearnedModel | undefined;
}

export function crossValidate(examples: readonly LearnedExample[], options: LearnedFitOptions = {}): CrossValidation {
  const folds = Math.max(0, ...examples.map((e) => e.fold)) + 1;
  const models = Array.from({ length: folds }, (_, f) => fitLearned(examples.filter((e) => e.fold !== f), options));
  const foldOf = new Map(examples.map((e) => [`${e.dataset}\u0000${e.id}`, e.fold]));
  return {
    models,
    modelFor(dataset, id) {
      const fold = foldOf.get(`${dataset}\u0000${id}`);
      return fold === undefined ? undefined : models[fold];
    },
  };
}

/**
 * Options for a vecsum system that, for `auto` and `learned`, summarizes each record with the
 * fold model that never saw it (records the cross-validation does not know get the shipped
 * model): how the grid and the peer table report the learned default honestly on the data it
 * was trained on.
 */
export function withCrossValidatedModel<O extends object>(cv: CrossValidation, options: O): (record: { readonly id: string }, setting: { readonly dataset: string }) => O {
  return (record, setting) => {
    const learnedModel = cv.modelFor(setting.dataset, record.id);
    return learnedModel === undefined ? options : { ...options, learnedModel };
  };
}
