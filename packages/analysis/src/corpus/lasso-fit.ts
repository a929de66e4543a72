import { crossValidatedR2, partialCorrelation } from '@vecsum/embeddings/math';
import type { DimensionWords } from '../report/dimensions.js';
import { lassoRegression, type Columns } from './regression.js';
import type { SentenceSample } from './sentence-sample.js';

export interface Coefficient {
  /** `dim 17`, a basis word, or a syntactic atom's name. */
  readonly feature: string;
  /** Lasso weight per standard deviation of the feature. */
  readonly weight: number;
  /** Partial r of the feature alone with importance, log length controlled. */
  readonly partialR: number;
  /** For raw dimensions: the words loading most on it (positive end, negative end). */
  readonly words?: DimensionWords;
}

export interface LassoFit {
  /** What the lasso saw: `sentence - document` raw dimensions, or its word-equation atoms. */
  readonly over: string;
  readonly control: 'log length' | 'none';
  /** Features offered. */
  readonly candidates: number;
  /** Features kept, largest |weight| first. */
  readonly features: readonly Coefficient[];
  readonly alpha: number;
  /** Out-of-fold R² (folds by document) of control + lasso at this alpha. */
  readonly cvR2: number;
  /** Out-of-fold R² of the control alone (0 without a control). */
  readonly baselineCvR2: number;
  /** Out-of-fold R² of the control plus cos(sentence, document) of the same vectors (the paper's importance signal). */
  readonly cosineCvR2: number;
  readonly folds: number;
}

/** The features a lasso is offered, one column per feature over the sample's sentences. */
export interface FeatureColumns {
  readonly columns: Columns;
  readonly names: readonly string[];
  /** The words of feature j, for features that have them (raw dimensions). */
  readonly label?: (j: number) => DimensionWords | undefined;
}

export interface FitRequest extends FeatureColumns {
  readonly over: string;
  /** Features kept by the lasso path. */
  readonly keep: number;
  /** Log length as an unpenalised control. */
  readonly control: boolean;
  /** Folds of the cross-validation, by record. */
  readonly folds: number;
}

/**
 * The lasso of the sample's importance on the features (log length as an unpenalised control
 * when asked), its kept features with their partial r, and its out-of-fold R² against the
 * control alone and against the control plus cos(sentence, document).
 */
export function fitLasso(sample: SentenceSample, request: FitRequest): LassoFit {
  const { columns, names, label, keep, control, folds } = request;
  const { importance: targets, logLength: lengths, groups } = sample;
  const controls = control ? [lengths] : [];
  const model = lassoRegression(columns, targets, { controls, keep });
  const features: Coefficient[] = [];
  model.weights.forEach((w, j) => {
    if (w === 0) return;
    const words = label?.(j);
    features.push({
      feature: names[j]!,
      weight: w,
      partialR: partialCorrelation(Array.from(columns[j]!), targets, lengths),
      ...(words === undefined ? {} : { words }),
    });
  });
  features.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  const cv = (cols: Columns, ctl: Columns, alpha: number) =>
    crossValidatedR2(targets, groups, folds, (train) => lassoRegression(cols, targets, { controls: ctl, alpha, rows: train }).predict);
  const cvR2 = cv(columns, controls, model.alpha);
  const baselineCvR2 = control ? cv([], controls, 0) : 0;
  const cosineCvR2 = cv([], [...controls, sample.cos], 0);
  return {
    over: request.over,
    control: control ? 'log length' : 'none',
    candidates: columns.length,
    features,
    alpha: model.alpha,
    cvR2,
    baselineCvR2,
    cosineCvR2,
    folds,
  };
}
