import type { DatasetRecord } from '../datasets/read-jsonl.js';
import { resolveStandardBudget, type StandardSetting } from '../datasets/standard-setting.js';
import { scoreRouge } from '../rouge/rouge.js';
import type { RougeMetric } from '../rouge/types.js';
import { bootstrapMean, type MeanWithInterval } from '../stats/bootstrap.js';
import { pairedBootstrapTest } from '../stats/paired.js';
import type { System } from './systems.js';

/** One score column, e.g. "rouge1.recall". */
export type ScoreKey = `${RougeMetric}.${'recall' | 'precision' | 'f1'}`;

export interface SystemResult {
  readonly system: string;
  readonly items: number;
  /** Per-item scores (x100), per column, in record order. */
  readonly perItem: Readonly<Record<ScoreKey, number[]>>;
  readonly means: Readonly<Record<ScoreKey, MeanWithInterval>>;
  /** Mean milliseconds per item. */
  readonly msPerItem: number;
  /** p-values of "this system is better than X" on the first column (paired bootstrap). */
  readonly vs: Readonly<Record<string, number>>;
}

export interface DatasetResult {
  readonly dataset: string;
  readonly setting: StandardSetting;
  readonly columns: readonly ScoreKey[];
  readonly systems: readonly SystemResult[];
}

export interface EvaluateOptions {
  onProgress?: (done: number, total: number) => void;
  /** Bootstrap resamples for the CIs and paired tests (default 1000). */
  resamples?: number;
  /** Given summaries (by record id) instead of running systems: for `--summaries`. */
}

/** The score columns a setting reports (metric x reported measure). */
export function columnsOf(setting: StandardSetting): ScoreKey[] {
  return setting.rouge.metrics.flatMap((m) => setting.report.map((r) => `${m}.${r}` as ScoreKey));
}

/** Scores one summary under a dataset's standard setting (values x100). */
export function scoreSummary(summary: string, record: DatasetRecord, setting: StandardSetting): Record<ScoreKey, number> {
  const scores = scoreRouge(summary, record.references, setting.rouge) as Record<string, { recall: number; precision: number; f1: number }>;
  const out = {} as Record<ScoreKey, number>;
  for (const key of columnsOf(setting)) {
    const [metric, measure] = key.split('.') as [string, 'recall' | 'precision' | 'f1'];
    out[key] = 100 * (scores[metric]?.[measure] ?? 0);
  }
  return out;
}

function aggregate(name: string, perItemScores: Record<ScoreKey, number>[], columns: readonly ScoreKey[], ms: number, resamples: number): Omit<SystemResult, 'vs'> {
  const perItem = {} as Record<ScoreKey, number[]>;
  const means = {} as Record<ScoreKey, MeanWithInterval>;
  for (const c of columns) {
    const values = perItemScores.map((s) => s[c] as number);
    perItem[c] = values;
    means[c] = bootstrapMean(values, { resamples, seed: 7 });
  }
  return { system: name, items: perItemScores.length, perItem, means, msPerItem: perItemScores.length === 0 ? 0 : ms / perItemScores.length };
}

/** Paired comparisons of every system against the named baselines on the first column. */
function withComparisons(results: Omit<SystemResult, 'vs'>[], columns: readonly ScoreKey[], resamples: number): SystemResult[] {
  const first = columns[0] as ScoreKey;
  const baselines = results.filter((r) => r.system === 'LEAD' || r.system === 'RANDOM');
  return results.map((r) => {
    const vs: Record<string, number> = {};
    for (const b of baselines) {
      if (b.system === r.system) continue;
      vs[b.system] = pairedBootstrapTest(r.perItem[first] as number[], b.perItem[first] as number[], { resamples, seed: 11 }).pValueAGreater;
    }
    return { ...r, vs };
  });
}

/** Runs every system on every record of one dataset under its standard setting. */
export async function evaluateSystems(
  records: readonly DatasetRecord[],
  setting: StandardSetting,
  systems: readonly System[],
  options: EvaluateOptions = {},
): Promise<DatasetResult> {
  const columns = columnsOf(setting);
  const resamples = options.resamples ?? 1000;
  const total = records.length * systems.length;
  let done = 0;
  const results: Omit<SystemResult, 'vs'>[] = [];
  for (const system of systems) {
    const scores: Record<ScoreKey, number>[] = [];
    let ms = 0;
    for (const record of records) {
      const t = performance.now();
      const summary = await system.summarize(record, resolveStandardBudget(setting, record));
      ms += performance.now() - t;
      scores.push(scoreSummary(summary, record, setting));
      options.onProgress?.(++done, total);
    }
    results.push(aggregate(system.name, scores, columns, ms, resamples));
  }
  return { dataset: setting.dataset, setting, columns, systems: withComparisons(results, columns, resamples) };
}

/** Scores given summaries (by record id) as one system; missing ids score 0 and are counted. */
export function evaluateSummaries(
  records: readonly DatasetRecord[],
  setting: StandardSetting,
  summaries: ReadonlyMap<string, string>,
  name = 'summaries',
  resamples = 1000,
): DatasetResult & { missing: string[] } {
  const columns = columnsOf(setting);
  const missing: string[] = [];
  const scores = records.map((r) => {
    const s = summaries.get(r.id);
    if (s === undefined) missing.push(r.id);
    return scoreSummary(s ?? '', r, setting);
  });
  return { dataset: setting.dataset, setting, columns, systems: withComparisons([aggregate(name, scores, columns, 0, resamples)], columns, resamples), missing };
}
