import type { DatasetResult } from './evaluate.js';

const label = (key: string) => key.replace('rouge', 'R-').replace('R-Lsum', 'R-Lsum').replace('.recall', ' R').replace('.precision', ' P').replace('.f1', ' F1');

/** Markdown table of a dataset's results: mean [95% CI] per column, ms/item, p vs LEAD/RANDOM. */
export function markdownTable(result: DatasetResult): string {
  const cols = result.columns;
  const baselines = [...new Set(result.systems.flatMap((s) => Object.keys(s.vs)))];
  const head = ['system', ...cols.map(label), 'ms/item', ...baselines.map((b) => `p > ${b}`)];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`];
  for (const s of result.systems) {
    const cells = cols.map((c) => {
      const m = s.means[c] as { mean: number; lower: number; upper: number };
      return `${m.mean.toFixed(2)} [${m.lower.toFixed(2)}, ${m.upper.toFixed(2)}]`;
    });
    const ps = baselines.map((b) => (s.vs[b] === undefined ? '' : s.vs[b] < 0.001 ? '<0.001' : (s.vs[b] as number).toFixed(3)));
    lines.push(`| ${[s.system, ...cells, s.msPerItem.toFixed(1), ...ps].join(' | ')} |`);
  }
  return `### ${result.dataset} (${result.systems[0]?.items ?? 0} items)\n\n${result.setting.description}\n\n${lines.join('\n')}\n`;
}

/** JSON-friendly results (per-item scores omitted unless asked). */
export function resultsJson(results: readonly DatasetResult[], perItem = false): unknown {
  return results.map((r) => ({
    dataset: r.dataset,
    columns: r.columns,
    systems: r.systems.map((s) => ({
      system: s.system,
      items: s.items,
      msPerItem: s.msPerItem,
      means: s.means,
      vs: s.vs,
      ...(perItem ? { perItem: s.perItem } : {}),
    })),
  }));
}
