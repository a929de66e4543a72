import type { Budget } from '@vecsum/summarizer';
import type { DatasetRecord } from '../datasets/read-jsonl.js';
import { referenceSentences, referenceWords } from '../datasets/reference-length.js';
import type { DatasetName } from '../datasets/standard-setting.js';

/**
 * The budget kinds of the robustness matrix: the reference's sentence count, a fixed three
 * sentences, the reference's word count (100 words on DUC 2004, its standard), and a fifth of
 * the input's sentences. A default has to hold under each of them, not only under the one a
 * dataset is usually scored with.
 */
export const MATRIX_BUDGETS = ['refSentences', 'threeSentences', 'refWords', 'ratio'] as const;
export type MatrixBudget = (typeof MATRIX_BUDGETS)[number];

export const MATRIX_BUDGET_LABEL: Readonly<Record<MatrixBudget, string>> = {
  refSentences: "reference's sentences",
  threeSentences: '3 sentences',
  refWords: "reference's words",
  ratio: 'ratio 0.2',
};

/** The concrete budget of one matrix cell for one record. */
export function matrixBudget(kind: MatrixBudget, record: DatasetRecord, dataset: DatasetName): Budget {
  switch (kind) {
    case 'refSentences':
      return { sentences: referenceSentences(record) };
    case 'threeSentences':
      return { sentences: 3 };
    case 'refWords':
      return { words: dataset === 'duc2004' ? 100 : referenceWords(record) };
    case 'ratio':
      return { ratio: 0.2 };
  }
}
