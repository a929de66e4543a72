import type { MeanWithInterval } from '@vecsum/embeddings/math';
import type { DatasetRecord } from '../datasets/read-jsonl.js';
import { resolveStandardBudget, type StandardSetting } from '../datasets/standard-setting.js';
import { EvalError } from '../errors.js';
import { createRougeScorer } from '../rouge/rouge.js';
import type { RougeMetric, RougeScore, RougeScores } from '../rouge/types.js';
import { aggregate, type Collected, withComparisons } from './aggregate.js';
import { enforceBudget } from './budget.js';
import { leadSystem, randomSystem, type System } from './systems.js';

/** One score column, e.g. `"rouge1.recall"`. */
export type ScoreKey = `${RougeMetric}.${'recall' | 'precision' | 'f1'}`;

/** A system against a baseline on one column, over the same items. */
export interface Comparison {
  /** mean(system) - mean(baseline), x100 like the scores. */
  readonly meanDifference: number;
  /** Paired bootstrap, one-sided: share of resamples in which the system is not better (Koehn 2004). */
  readonly pBootstrap: number;
  /** Paired t-test, two-sided (scipy `ttest_rel`, as the paper's authors used); null with fewer than 2 items. */
  readonly pTTest: number | null;
}

/** Milliseconds per item of one system. */
export interface Timing {
  readonly mean: number;
  readonly median: number;
  readonly max: number;
  readonly total: number;
}

export interface SystemResult {
  readonly system: string;
  readonly items: number;
  /** Per-item scores (x100), per column, in record order. */
  readonly perItem: Readonly<Record<ScoreKey, number[]>>;
  /** Mean (x100) with its bootstrap confidence interval, per column. */
  readonly means: Readonly<Record<ScoreKey, MeanWithInterval>>;
  /** Mean milliseconds per item (summarizing only; scoring is not timed). */
  readonly msPerItem: number;
  readonly timing: Timing;
  /** Milliseconds per item, in record order. */
  readonly perItemMs: readonly number[];
  /** Items on which the system threw: scored as an empty summary. */
  readonly failures: readonly { readonly id: string; readonly message: string }[];
  /** Items whose summary was longer than the budget and was cut to it. */
  readonly overBudget: number;
  /** One-sided paired-bootstrap p-value of "better than X" on the primary column, per baseline. */
  readonly vs: Readonly<Record<string, number>>;
  /** Every column against every baseline: mean difference, paired bootstrap and t-test. */
  readonly comparisons: Readonly<Record<string, Readonly<Record<ScoreKey, Comparison>>>>;
  /** The summaries, in record order (only with `keepSummaries`). */
  readonly summaries?: readonly string[];
}

export interface DatasetResult {
  readonly dataset: string;
  readonly setting: StandardSetting;
  /** Reported columns: each ROUGE metric of the setting x each reported measure. */
  readonly columns: readonly ScoreKey[];
  /** The column `vs` and the table's p-values refer to (the first one). */
  readonly primary: ScoreKey;
  readonly systems: readonly SystemResult[];
  /** Ids of the records, in the order of `perItem`. */
  readonly ids: readonly string[];
  /** Notes for the reader (how LEAD is defined here, cut summaries, failures). */
  readonly notes: readonly string[];
}

/** Where a run is: `done` of `total` summaries of the dataset, the current system. */
export interface EvalProgress {
  readonly dataset: string;
  readonly system: string;
  readonly done: number;
  readonly total: number;
}

export interface EvaluateOptions {
  /** Called after every summary. */
  onProgress?: (progress: EvalProgress) => void;
  /** Bootstrap resamples for the intervals and the paired tests (default 1000). */
  resamples?: number;
  /** Seed of the bootstrap (default 7). */
  seed?: number;
  /** Systems every other one is compared with, by name (default LEAD and RANDOM, when present). */
  baselines?: readonly string[];
  /** Cut summaries longer than the budget (default true; counted in `overBudget`). */
  enforceBudget?: boolean;
  /** Keep every summary in the result (default false). */
  keepSummaries?: boolean;
}

export const DEFAULT_BASELINES: readonly string[] = ['LEAD', 'RANDOM'];

/** The score columns a setting reports (metric x reported measure). */
export function columnsOf(setting: StandardSetting): ScoreKey[] {
  return setting.rouge.metrics.flatMap((m) => setting.report.map((r) => `${m}.${r}` as ScoreKey));
}

export type Scores = Record<ScoreKey, number>;

function pick(scores: RougeScores<RougeMetric>, columns: readonly ScoreKey[]): Scores {
  const out = {} as Scores;
  for (const key of columns) {
    const [metric, measure] = key.split('.') as [RougeMetric, 'recall' | 'precision' | 'f1'];
    out[key] = 100 * ((scores[metric] as RougeScore | undefined)?.[measure] ?? 0);
  }
  return out;
}

/** Scores one summary under a dataset's standard setting (values x100, the setting's columns). */
export function scoreSummary(summary: string, record: DatasetRecord, setting: StandardSetting): Scores {
  return pick(createRougeScorer(record.references, setting.rouge).score(summary), columnsOf(setting));
}

function notesFor(setting: StandardSetting, records: readonly DatasetRecord[], systems: readonly SystemResult[]): string[] {
  const notes: string[] = [];
  const names = new Set(systems.map((s) => s.system));
  if (names.has('LEAD')) {
    notes.push(
      records.some((r) => r.documents.length > 1)
        ? 'LEAD is the official DUC baseline: the first words of the most recent document (documents[-1]), cut to the budget.'
        : 'LEAD: the first sentences of the document, cut to the budget.',
    );
  }
  for (const s of systems) {
    if (s.failures.length > 0)
      notes.push(`${s.system} failed on ${s.failures.length} item(s), scored as empty summaries (first: ${s.failures[0]?.id}: ${s.failures[0]?.message}).`);
    if (s.overBudget > 0) notes.push(`${s.system}: ${s.overBudget} summar${s.overBudget === 1 ? 'y was' : 'ies were'} longer than the budget and cut to it.`);
  }
  if (setting.rouge.limit !== undefined && 'words' in setting.rouge.limit)
    notes.push(`ROUGE also cuts every peer to ${setting.rouge.limit.words} words (-l ${setting.rouge.limit.words}).`);
  return notes;
}

/**
 * Runs every system on every record of one dataset under its standard setting: the budget is
 * resolved per record, each summary is held to it (`enforceBudget`), timed, and scored with
 * the setting's ROUGE options. Per system: per-item scores, mean with a 95 % bootstrap
 * interval per column, timing, and paired comparisons (bootstrap and t-test) with the
 * baselines (LEAD and RANDOM by default; include those systems to get them). A system that
 * throws on an item scores an empty summary there and the failure is recorded.
 *
 * @example
 * const systems = [leadSystem, randomSystem(), vecsumSystem('arora/near', embedder, { selector: 'near' })];
 * const result = await evaluateSystems(records, standardSetting('cnndm'), systems);
 * console.log(markdownTable(result));
 */
export async function evaluateSystems(
  records: readonly DatasetRecord[],
  setting: StandardSetting,
  systems: readonly System[],
  options: EvaluateOptions = {},
): Promise<DatasetResult> {
  const names = new Set<string>();
  for (const s of systems) {
    if (names.has(s.name)) throw new EvalError('INVALID_ARGUMENT', `two systems are named ${JSON.stringify(s.name)}`);
    names.add(s.name);
  }
  const columns = columnsOf(setting);
  const resamples = options.resamples ?? 1000;
  const seed = options.seed ?? 7;
  const enforce = options.enforceBudget ?? true;
  const total = records.length * systems.length;
  const scorers = records.map((r) => createRougeScorer(r.references, setting.rouge));
  const budgets = records.map((r) => resolveStandardBudget(setting, r));
  let done = 0;
  const collected: Collected[] = [];
  for (const system of systems) {
    const c: Collected = { system: system.name, scores: [], ms: [], failures: [], overBudget: 0, summaries: [] };
    for (const [k, record] of records.entries()) {
      const budget = budgets[k]!;
      let summary = '';
      const t = performance.now();
      try {
        summary = await system.summarize(record, budget, setting);
        if (typeof summary !== 'string') throw new TypeError(`summarize returned ${typeof summary}, not a string`);
      } catch (e) {
        summary = '';
        c.failures.push({ id: record.id, message: e instanceof Error ? e.message : String(e) });
      }
      c.ms.push(performance.now() - t);
      if (enforce) {
        const held = enforceBudget(summary, budget);
        if (held.cut) c.overBudget++;
        summary = held.text;
      }
      c.scores.push(pick(scorers[k]!.score(summary), columns));
      if (options.keepSummaries === true) c.summaries.push(summary);
      options.onProgress?.({ dataset: setting.dataset, system: system.name, done: ++done, total });
    }
    collected.push(c);
  }
  const aggregated = collected.map((c) => aggregate(c, columns, resamples, seed, options.keepSummaries === true));
  const results = withComparisons(aggregated, columns, options.baselines ?? DEFAULT_BASELINES, resamples, seed);
  return {
    dataset: setting.dataset,
    setting,
    columns,
    primary: columns[0]!,
    systems: results,
    ids: records.map((r) => r.id),
    notes: notesFor(setting, records, results),
  };
}

export interface EvaluateSummariesOptions extends Omit<EvaluateOptions, 'keepSummaries'> {
  /** Name of the scored system (default `summaries`). */
  name?: string;
  /** Also run LEAD and RANDOM on the same records, as rows to compare with (default true). */
  baselineSystems?: boolean;
}

/**
 * Scores given summaries (by record id; sentences one per line) as one system under the
 * dataset's standard setting, next to LEAD and RANDOM run on the same records (unless
 * `baselineSystems: false`). Records without a summary score 0 and are listed in `missing`;
 * summary ids not in the dataset are listed in `unknown`.
 */
export async function evaluateSummaries(
  records: readonly DatasetRecord[],
  setting: StandardSetting,
  summaries: ReadonlyMap<string, string>,
  options: EvaluateSummariesOptions = {},
): Promise<DatasetResult & { missing: string[]; unknown: string[] }> {
  const missing = records.filter((r) => !summaries.has(r.id)).map((r) => r.id);
  const ids = new Set(records.map((r) => r.id));
  const unknown = [...summaries.keys()].filter((id) => !ids.has(id));
  const given: System = {
    name: options.name ?? 'summaries',
    summarize: async (record) => summaries.get(record.id) ?? '',
  };
  const systems = options.baselineSystems === false ? [given] : [given, leadSystem, randomSystem()];
  const result = await evaluateSystems(records, setting, systems, options);
  const notes =
    missing.length > 0
      ? [...result.notes, `${missing.length} record(s) have no summary and score 0 (first: ${missing.slice(0, 3).join(', ')}).`]
      : result.notes;
  return { ...result, notes, missing, unknown };
}
