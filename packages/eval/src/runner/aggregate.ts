import { bootstrapMean, median, pairedBootstrapTest, pairedTTest, type MeanWithInterval } from '@vecsum/embeddings/math';
import type { Comparison, ScoreKey, Scores, SystemResult, Timing } from './evaluate.js';

/** What a run collected for one system, item by item. */
export interface Collected {
  system: string;
  scores: Scores[];
  ms: number[];
  failures: { id: string; message: string }[];
  overBudget: number;
  summaries: string[];
}

/** One system's means with bootstrap intervals per column, its timing, failures and (when kept) summaries. */
export function aggregate(
  c: Collected,
  columns: readonly ScoreKey[],
  resamples: number,
  seed: number,
  keep: boolean,
): Omit<SystemResult, 'vs' | 'comparisons'> {
  const perItem = {} as Record<ScoreKey, number[]>;
  const means = {} as Record<ScoreKey, MeanWithInterval>;
  for (const col of columns) {
    const values = c.scores.map((s) => s[col]!);
    perItem[col] = values;
    means[col] = values.length === 0 ? { mean: 0, lower: 0, upper: 0, confidence: 0.95, resamples, n: 0 } : bootstrapMean(values, { resamples, seed });
  }
  const total = c.ms.reduce((a, b) => a + b, 0);
  const sorted = [...c.ms].sort((a, b) => a - b);
  const timing: Timing = { mean: c.ms.length === 0 ? 0 : total / c.ms.length, median: median(sorted), max: sorted[sorted.length - 1] ?? 0, total };
  return {
    system: c.system,
    items: c.scores.length,
    perItem,
    means,
    msPerItem: timing.mean,
    timing,
    perItemMs: c.ms,
    failures: c.failures,
    overBudget: c.overBudget,
    ...(keep ? { summaries: c.summaries } : {}),
  };
}

/** Paired bootstrap and t-test of a against b. */
function compare(a: readonly number[], b: readonly number[], resamples: number, seed: number): Comparison {
  const boot = pairedBootstrapTest(a, b, { resamples, seed });
  return { meanDifference: boot.meanDifference, pBootstrap: boot.pValueAGreater, pTTest: a.length >= 2 ? pairedTTest(a, b).pValue : null };
}

/** Paired comparisons of every system against the baselines present (a baseline is not compared with itself). */
export function withComparisons(
  results: readonly Omit<SystemResult, 'vs' | 'comparisons'>[],
  columns: readonly ScoreKey[],
  baselineNames: readonly string[],
  resamples: number,
  seed: number,
): SystemResult[] {
  const primary = columns[0]!;
  const baselines = baselineNames.flatMap((name) => results.filter((r) => r.system === name));
  return results.map((r) => {
    const vs: Record<string, number> = {};
    const comparisons: Record<string, Record<ScoreKey, Comparison>> = {};
    if (r.items > 0) {
      for (const b of baselines) {
        if (b.system === r.system) continue;
        const byColumn = {} as Record<ScoreKey, Comparison>;
        for (const col of columns) byColumn[col] = compare(r.perItem[col]!, b.perItem[col]!, resamples, seed + 4);
        comparisons[b.system] = byColumn;
        vs[b.system] = byColumn[primary]!.pBootstrap;
      }
    }
    return { ...r, vs, comparisons };
  });
}
