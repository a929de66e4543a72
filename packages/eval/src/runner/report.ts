import { mean } from '@vecsum/embeddings/math';
import type { DatasetResult, ScoreKey, SystemResult } from './evaluate.js';

const MEASURE: Readonly<Record<string, string>> = { recall: 'R', precision: 'P', f1: 'F1' };

/** Column label: `rouge1.recall` -> `R-1 R`, `rougeLsum.f1` -> `R-Lsum F1`. */
export function columnLabel(key: ScoreKey): string {
  const [metric, measure] = key.split('.') as [string, string];
  return `${metric.replace(/^rouge/, 'R-')} ${MEASURE[measure] ?? measure}`;
}

const fmt = (x: number): string => x.toFixed(2);
const fmtP = (p: number | undefined): string => (p === undefined ? '' : p < 0.001 ? '<0.001' : p.toFixed(3));
const fmtMs = (ms: number): string => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

/** Names the systems were compared with, in the order of the systems. */
function baselinesOf(result: DatasetResult): string[] {
  const named = new Set(result.systems.flatMap((s) => Object.keys(s.vs)));
  return result.systems.map((s) => s.system).filter((name) => named.has(name));
}

export interface MarkdownTableOptions {
  /** Show the 95 % intervals (default true). */
  ci?: boolean;
  /** Heading level of the dataset title (default 3). */
  headingLevel?: number;
}

/**
 * A dataset's results as Markdown: title, protocol, notes, then one row per system with the
 * mean [95 % CI] of every column, ms/item and the one-sided paired-bootstrap p-values of
 * "better than LEAD / RANDOM" on the primary (first) column.
 */
export function markdownTable(result: DatasetResult, options: MarkdownTableOptions = {}): string {
  const ci = options.ci ?? true;
  const cols = result.columns;
  const baselines = baselinesOf(result);
  const head = ['system', ...cols.map(columnLabel), 'ms/item', ...baselines.map((b) => `p > ${b}`)];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`];
  for (const s of result.systems) {
    const cells = cols.map((c) => {
      const m = s.means[c];
      if (m === undefined) return '';
      return ci ? `${fmt(m.mean)} [${fmt(m.lower)}, ${fmt(m.upper)}]` : fmt(m.mean);
    });
    lines.push(`| ${[s.system, ...cells, fmtMs(s.msPerItem), ...baselines.map((b) => fmtP(s.vs[b]))].join(' | ')} |`);
  }
  const hashes = '#'.repeat(options.headingLevel ?? 3);
  const items = result.systems[0]?.items ?? 0;
  const notes = result.notes.length > 0 ? `${result.notes.map((n) => `- ${n}`).join('\n')}\n\n` : '';
  const pNote = baselines.length > 0 ? ` p-values: paired bootstrap, one-sided, on ${columnLabel(result.primary)}.` : '';
  return `${hashes} ${result.dataset} (${items} items)\n\n${result.setting.description}${pNote}\n\n${notes}${lines.join('\n')}\n`;
}

/** `"arora/near"` -> ['arora', 'near']; names without a slash are not grid cells. */
function gridName(name: string): [string, string] | undefined {
  const at = name.lastIndexOf('/');
  return at <= 0 || at === name.length - 1 ? undefined : [name.slice(0, at), name.slice(at + 1)];
}

export interface GridMatrixOptions {
  /** Columns shown in each cell, joined by " / " (default all of the dataset's columns). */
  columns?: readonly ScoreKey[];
  /** Heading level of the dataset title (default 3). */
  headingLevel?: number;
}

/**
 * The vector function x selector grid of one dataset as a compact Markdown matrix: one row
 * per selector, one column per vector function, each cell the means of the chosen columns
 * ("38.27 / 9.06"); the best cell of each column (by the primary column) in bold. Systems
 * named without "function/selector" (LEAD, RANDOM, ORACLE, peers) come first, in italics, with
 * the same value in every column as they do not depend on the vector function.
 */
export function gridMatrix(result: DatasetResult, options: GridMatrixOptions = {}): string {
  const cols = options.columns ?? result.columns;
  const functions: string[] = [];
  const selectors: string[] = [];
  const cells = new Map<string, SystemResult>();
  const others: SystemResult[] = [];
  for (const s of result.systems) {
    const parts = gridName(s.system);
    if (parts === undefined) {
      others.push(s);
      continue;
    }
    const [fn, sel] = parts;
    if (!functions.includes(fn)) functions.push(fn);
    if (!selectors.includes(sel)) selectors.push(sel);
    cells.set(`${fn}/${sel}`, s);
  }
  const value = (s: SystemResult): string => cols.map((c) => fmt(s.means[c]?.mean ?? Number.NaN)).join(' / ');
  const best = new Map<string, string>();
  for (const fn of functions) {
    let top: SystemResult | undefined;
    for (const sel of selectors) {
      const s = cells.get(`${fn}/${sel}`);
      if (s !== undefined && (top === undefined || (s.means[result.primary]?.mean ?? -1) > (top.means[result.primary]?.mean ?? -1))) top = s;
    }
    if (top !== undefined) best.set(fn, top.system);
  }
  const head = ['selector', ...functions];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`];
  for (const s of others) lines.push(`| _${s.system}_ | ${functions.map(() => `_${value(s)}_`).join(' | ')} |`);
  for (const sel of selectors) {
    const row = functions.map((fn) => {
      const s = cells.get(`${fn}/${sel}`);
      if (s === undefined) return '';
      return best.get(fn) === s.system ? `**${value(s)}**` : value(s);
    });
    lines.push(`| ${sel} | ${row.join(' | ')} |`);
  }
  const hashes = '#'.repeat(options.headingLevel ?? 3);
  const items = result.systems[0]?.items ?? 0;
  return `${hashes} ${result.dataset} (${items} items): ${cols.map(columnLabel).join(' / ')}\n\n${lines.join('\n')}\n`;
}

export interface ResultsJsonOptions {
  /** Include per-item scores and timings (default false). */
  perItem?: boolean;
}

/** JSON-friendly results: per dataset, per system means with intervals, timing, comparisons. */
export function resultsJson(results: readonly DatasetResult[], options: ResultsJsonOptions = {}): unknown {
  return results.map((r) => ({
    dataset: r.dataset,
    items: r.ids.length,
    budget: r.setting.budget,
    columns: r.columns,
    primary: r.primary,
    notes: r.notes,
    systems: r.systems.map((s) => ({
      system: s.system,
      items: s.items,
      means: s.means,
      msPerItem: s.msPerItem,
      timing: s.timing,
      vs: s.vs,
      comparisons: s.comparisons,
      failures: s.failures,
      overBudget: s.overBudget,
      ...(options.perItem === true ? { ids: r.ids, perItem: s.perItem, perItemMs: s.perItemMs } : {}),
      ...(s.summaries !== undefined ? { summaries: s.summaries } : {}),
    })),
  }));
}

export interface GapSummaryOptions {
  /** Show only the best n systems (default all). */
  top?: number;
}

/**
 * One line per grid system ("function/selector") across datasets: the share of the gap from
 * RANDOM to ORACLE it closes, (system - RANDOM) / (ORACLE - RANDOM), averaged over ROUGE-1 and
 * ROUGE-2 in each dataset's first reported measure, then over the datasets; with the mean rank
 * of the system among the grid systems. Datasets without RANDOM and ORACLE rows are left out.
 * Sorted best first.
 */
export function gapSummary(results: readonly DatasetResult[], options: GapSummaryOptions = {}): string {
  const used: DatasetResult[] = [];
  const gaps = new Map<string, Map<string, number>>();
  for (const r of results) {
    const by = new Map(r.systems.map((s) => [s.system, s]));
    const lo = by.get('RANDOM');
    const hi = by.get('ORACLE');
    if (lo === undefined || hi === undefined) continue;
    const measure = r.setting.report[0] ?? 'f1';
    const keys = r.columns.filter((c) => c === `rouge1.${measure}` || c === `rouge2.${measure}`);
    if (keys.length === 0) continue;
    used.push(r);
    for (const s of r.systems) {
      if (gridName(s.system) === undefined) continue;
      const shares = keys.map((k) => {
        const span = (hi.means[k]?.mean ?? 0) - (lo.means[k]?.mean ?? 0);
        return span === 0 ? 0 : ((s.means[k]?.mean ?? 0) - (lo.means[k]?.mean ?? 0)) / span;
      });
      const m = gaps.get(s.system) ?? new Map<string, number>();
      m.set(r.dataset, shares.reduce((a, b) => a + b, 0) / shares.length);
      gaps.set(s.system, m);
    }
  }
  const names = [...gaps.keys()].filter((n) => used.every((r) => gaps.get(n)?.has(r.dataset)));
  const ranks = new Map<string, number[]>(names.map((n) => [n, []]));
  for (const r of used) {
    const order = [...names].sort((a, b) => (gaps.get(b)?.get(r.dataset) ?? 0) - (gaps.get(a)?.get(r.dataset) ?? 0));
    order.forEach((n, i) => ranks.get(n)?.push(i + 1));
  }
  const overall = (n: string): number => mean(used.map((r) => gaps.get(n)?.get(r.dataset) ?? 0));
  const sorted = names.sort((a, b) => overall(b) - overall(a) || mean(ranks.get(a) ?? []) - mean(ranks.get(b) ?? []));
  const shown = options.top === undefined ? sorted : sorted.slice(0, options.top);
  const head = ['system', 'mean gap closed', 'mean rank', ...used.map((r) => r.dataset)];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`];
  for (const n of shown) {
    lines.push(
      `| ${[n, overall(n).toFixed(3), mean(ranks.get(n) ?? []).toFixed(1), ...used.map((r) => (gaps.get(n)?.get(r.dataset) ?? 0).toFixed(2))].join(' | ')} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
