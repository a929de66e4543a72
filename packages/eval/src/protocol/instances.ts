import type { Budget } from '@vecsum/summarizer';
import type { DatasetRecord } from '../datasets/read-jsonl.js';
import { standardSetting, type DatasetName } from '../datasets/standard-setting.js';
import { createRougeScorer } from '../rouge/rouge.js';
import { matrixBudget, MATRIX_BUDGETS, type MatrixBudget } from './budgets.js';

/** A record of a dataset, its fold (train records: none), under one budget kind. */
export interface Instance {
  readonly dataset: DatasetName;
  readonly record: DatasetRecord;
  readonly split: 'train' | 'dev';
  /** Outer CV fold of a dev record (record k of its dataset is in fold k mod folds); -1 for train. */
  readonly fold: number;
  readonly kind: MatrixBudget;
  readonly budget: Budget;
}

export interface ProtocolData {
  readonly dataset: DatasetName;
  readonly split: 'train' | 'dev';
  readonly records: readonly DatasetRecord[];
}

/** Every (record, budget kind) pair of the data, dev records dealt into `folds` folds. */
export function instancesOf(data: readonly ProtocolData[], folds: number): Instance[] {
  const out: Instance[] = [];
  for (const { dataset, split, records } of data) {
    records.forEach((record, k) => {
      for (const kind of MATRIX_BUDGETS)
        out.push({ dataset, record, split, fold: split === 'dev' ? k % folds : -1, kind, budget: matrixBudget(kind, record, dataset) });
    });
  }
  return out;
}

/** The first measure of the dataset's standard setting (R-1 F1; R-1 recall on DUC 2004), x100. */
export function primaryScore(dataset: DatasetName, record: DatasetRecord, summary: string): number {
  const setting = standardSetting(dataset);
  let scorer = scorers.get(record);
  if (scorer === undefined) {
    scorer = createRougeScorer(record.references, { ...setting.rouge, metrics: ['rouge1'] });
    scorers.set(record, scorer);
  }
  const measure = setting.report[0] ?? 'f1';
  return 100 * scorer.score(summary).rouge1[measure];
}

const scorers = new WeakMap<DatasetRecord, ReturnType<typeof createRougeScorer<'rouge1'>>>();

/**
 * The objective a choice is made on: the mean score over the given instances, every dataset
 * weighing the same and every budget kind within it the same (so BBC's 583 records do not
 * outvote DUC's 13).
 */
export function balancedMean(instances: readonly Instance[], scores: readonly number[]): number {
  const cells = new Map<string, { sum: number; n: number }>();
  instances.forEach((x, i) => {
    const key = `${x.dataset}\u0000${x.kind}`;
    const c = cells.get(key) ?? { sum: 0, n: 0 };
    c.sum += scores[i]!;
    c.n++;
    cells.set(key, c);
  });
  const byDataset = new Map<string, number[]>();
  for (const [key, c] of cells) {
    const d = key.split('\u0000')[0]!;
    byDataset.set(d, [...(byDataset.get(d) ?? []), c.sum / c.n]);
  }
  const means = [...byDataset.values()].map((v) => v.reduce((a, b) => a + b, 0) / v.length);
  return means.reduce((a, b) => a + b, 0) / Math.max(1, means.length);
}
