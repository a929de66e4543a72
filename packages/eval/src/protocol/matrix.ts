import { mean, pairedBootstrapTest } from '@vecsum/embeddings/math';
import type { Budget } from '@vecsum/summarizer';
import type { DatasetRecord } from '../datasets/read-jsonl.js';
import { standardSetting, type DatasetName } from '../datasets/standard-setting.js';
import { enforceBudget } from '../runner/budget.js';
import type { System } from '../runner/systems.js';
import { MATRIX_BUDGETS, matrixBudget, type MatrixBudget } from './budgets.js';
import { primaryScore } from './instances.js';

/** The baselines `auto` must not lose to in any cell of the matrix. */
export const MATRIX_BASELINES = ['LEAD', 'near', 'lexrank'] as const;

/** Per-record scores of every system in one (dataset, budget kind) cell. */
export interface MatrixCell {
  readonly dataset: DatasetName;
  readonly kind: MatrixBudget;
  readonly ids: readonly string[];
  readonly scores: Readonly<Record<string, readonly number[]>>;
}

/** A system of the matrix: anything that summarizes a record under a budget. */
export type MatrixSystem = Pick<System, 'name' | 'summarize'>;

/** Every cell: each system summarizes each record under each budget kind, scored by the dataset's first measure. */
export async function computeMatrix(
  data: readonly { readonly dataset: DatasetName; readonly records: readonly DatasetRecord[] }[],
  systems: readonly MatrixSystem[],
  onCell?: (cell: MatrixCell) => void,
): Promise<MatrixCell[]> {
  const cells: MatrixCell[] = [];
  for (const { dataset, records } of data) {
    const setting = standardSetting(dataset);
    for (const kind of MATRIX_BUDGETS) {
      const scores: Record<string, number[]> = {};
      for (const system of systems) {
        const own: number[] = [];
        for (const record of records) {
          const budget: Budget = matrixBudget(kind, record, dataset);
          const text = await system.summarize(record, budget, setting);
          own.push(primaryScore(dataset, record, enforceBudget(text, budget).text));
        }
        scores[system.name] = own;
      }
      const cell = { dataset, kind, ids: records.map((r) => r.id), scores };
      onCell?.(cell);
      cells.push(cell);
    }
  }
  return cells;
}

export interface CellVerdict {
  readonly best: string;
  readonly bestMean: number;
  readonly systemMean: number;
  /** One-sided paired-bootstrap p that the best baseline is above the system. */
  readonly p: number;
  /** The no-loss rule: not significantly below the best baseline (p >= 0.05). */
  readonly holds: boolean;
}

/** The no-loss rule in one cell: `system` against the best of the baselines on the mean. */
export function cellVerdict(cell: MatrixCell, system: string, baselines: readonly string[] = MATRIX_BASELINES, resamples = 1000): CellVerdict {
  const own = cell.scores[system]!;
  let best = baselines[0]!;
  for (const b of baselines) if (mean(cell.scores[b] as number[]) > mean(cell.scores[best] as number[])) best = b;
  const p = pairedBootstrapTest(cell.scores[best] as number[], own, { resamples, seed: 7 }).pValueAGreater;
  return { best, bestMean: mean(cell.scores[best] as number[]), systemMean: mean(own), p, holds: p >= 0.05 };
}
