import type { Budget } from '@vecsum/summarizer';
import { EvalError } from '../errors.js';
import type { RougeMetric, RougeOptions } from '../rouge/types.js';
import type { DatasetRecord } from './read-jsonl.js';
import { referenceSentences, referenceWords } from './reference-length.js';

/** The datasets described in the shared data README. */
export type DatasetName = 'duc2004' | 'cnndm' | 'summeval' | 'xsum' | 'opinosis' | 'bbc';

/** All dataset names, in README order. */
export const DATASET_NAMES: readonly DatasetName[] = ['duc2004', 'cnndm', 'summeval', 'xsum', 'opinosis', 'bbc'];

/**
 * A budget as a dataset defines it: a fixed summarizer `Budget`, or "as many words (sentences)
 * as the item's references" (BBC), resolved per item by {@link resolveStandardBudget}.
 */
export type StandardBudget = Budget | { readonly matchReference: 'words' | 'sentences' };

/** Which of recall, precision and F a dataset's papers report. */
export type ReportedMeasure = 'recall' | 'precision' | 'f1';

/** The customary evaluation protocol of one dataset. */
export interface StandardSetting {
  readonly dataset: DatasetName;
  /** Summary length the systems are given. */
  readonly budget: StandardBudget;
  /** ROUGE options to pass to `scoreRouge` as they are (metrics, stemming, limit, aggregation). */
  readonly rouge: RougeOptions<RougeMetric> & { readonly metrics: readonly RougeMetric[] };
  /** Measures to report, in order. */
  readonly report: readonly ReportedMeasure[];
  /** One line on where the protocol comes from. */
  readonly description: string;
}

const SETTINGS: Readonly<Record<DatasetName, StandardSetting>> = {
  duc2004: {
    dataset: 'duc2004',
    budget: { words: 100 },
    rouge: { metrics: ['rouge1', 'rouge2'], stem: true, removeStopwords: false, limit: { words: 100 }, aggregate: 'average' },
    report: ['recall'],
    description:
      'DUC 2004 Task 2: 100-word summaries, ROUGE-1/2 recall, Porter stemming, stopwords kept, ' +
      'peer (and references) cut to 100 words, model average over the 4 references ' +
      '(ROUGE-1.5.5 -n 4 -m -a -l 100 -x -c 95 -r 1000 -f A -p 0.5 -t 0, as Templeton & Kalita). ' +
      'The official DUC limit is 665 bytes (-b 665).',
  },
  cnndm: {
    dataset: 'cnndm',
    budget: { sentences: 3 },
    rouge: { metrics: ['rouge1', 'rouge2', 'rougeLsum'], stem: true, removeStopwords: false, aggregate: 'average' },
    report: ['f1'],
    description: 'CNN/DailyMail: LEAD-3-sized (3-sentence) summaries, full-length ROUGE-1/2/Lsum F1, stemming.',
  },
  summeval: {
    dataset: 'summeval',
    budget: { sentences: 3 },
    rouge: { metrics: ['rouge1', 'rouge2', 'rougeLsum'], stem: true, removeStopwords: false, aggregate: 'average' },
    report: ['f1'],
    description:
      'SummEval: as CNN/DailyMail (3 sentences, ROUGE-1/2/Lsum F1) against all 11 references, ' + 'model average; references[0] alone is plain CNN/DailyMail.',
  },
  xsum: {
    dataset: 'xsum',
    budget: { sentences: 1 },
    rouge: { metrics: ['rouge1', 'rouge2', 'rougeLsum'], stem: true, removeStopwords: false, aggregate: 'average' },
    report: ['f1'],
    description: "XSum: one-sentence summaries, ROUGE-1/2/L F1 (L: ROUGE-1.5.5's summary-level LCS), stemming.",
  },
  opinosis: {
    dataset: 'opinosis',
    budget: { sentences: 2 },
    rouge: { metrics: ['rouge1', 'rouge2', 'rougeSU4'], stem: true, removeStopwords: false, aggregate: 'average' },
    report: ['f1', 'recall'],
    description:
      'Opinosis: very short summaries (2 sentences, about the length of the gold summaries), ROUGE-1/2/SU4 F ' +
      'and recall against all 3-5 gold summaries (ROUGE-1.5.5 -2 4 -u).',
  },
  bbc: {
    dataset: 'bbc',
    budget: { matchReference: 'sentences' },
    rouge: { metrics: ['rouge1', 'rouge2', 'rougeLsum'], stem: true, removeStopwords: false, aggregate: 'average' },
    report: ['f1'],
    description:
      'BBC News Summary: no official protocol; as many sentences as the (extractive) ' + "reference has, ROUGE-1/2/L F1 (L: ROUGE-1.5.5's summary-level LCS).",
  },
};

/** Ordered: SummEval's source name mentions CNN/DailyMail, so it must be tried first. */
const PATTERNS: readonly (readonly [RegExp, DatasetName])[] = [
  [/^summeval/, 'summeval'],
  [/^(cnndm|cnn\/?dailymail|cnn\/dm|cnn-dm)/, 'cnndm'],
  [/^xsum/, 'xsum'],
  [/^duc[ _-]?2004/, 'duc2004'],
  [/^opinosis/, 'opinosis'],
  [/^bbc/, 'bbc'],
];

/**
 * Identifies the dataset behind a name, record id, file name or path, or `source` string:
 * `'duc2004'`, `'duc2004-d30001'`, `'/work/shared/data/cnndm-dev.jsonl'`,
 * `'SummEval (CNN/DailyMail test)'` all work.
 *
 * @throws EvalError `UNKNOWN_DATASET` when nothing matches
 */
export function datasetNameOf(datasetIdOrSource: string): DatasetName {
  const trimmed = datasetIdOrSource.trim().toLowerCase();
  // A path: keep the file name. A source string such as "CNN/DailyMail ..." has no extension.
  const base = /\.jsonl?$/.test(trimmed) ? (trimmed.split(/[\\/]/).pop() ?? trimmed) : trimmed;
  for (const [pattern, name] of PATTERNS) if (pattern.test(base)) return name;
  throw new EvalError('UNKNOWN_DATASET', `no standard setting for "${datasetIdOrSource}"; known datasets: ${DATASET_NAMES.join(', ')}`);
}

/**
 * The customary budget and ROUGE protocol of a dataset (see the shared data README):
 *
 * | dataset | budget | ROUGE | reported |
 * | --- | --- | --- | --- |
 * | duc2004 | 100 words | R-1, R-2; peer and references cut to 100 words | recall |
 * | cnndm, summeval | 3 sentences | R-1, R-2, R-Lsum | F1 |
 * | xsum | 1 sentence | R-1, R-2, R-L | F1 |
 * | opinosis | 2 sentences | R-1, R-2, R-SU4 | F1, recall |
 * | bbc | the reference's sentence count | R-1, R-2, R-L | F1 |
 *
 * All use Porter stemming, keep stop words, and average over references (ROUGE `-f A`).
 * Each call returns a new object.
 *
 * @param datasetIdOrSource anything {@link datasetNameOf} accepts
 * @throws EvalError `UNKNOWN_DATASET`
 */
export function standardSetting(datasetIdOrSource: string): StandardSetting {
  // A fresh copy, so a caller editing its setting cannot change anyone else's.
  return structuredClone(SETTINGS[datasetNameOf(datasetIdOrSource)]);
}

/**
 * Turns a setting's budget into a concrete summarizer `Budget` for one item: fixed budgets
 * are returned as they are; `{ matchReference: 'words' }` becomes `{ words: n }` with n the
 * mean word count of the item's references, rounded (at least 1); likewise for sentences.
 */
export function resolveStandardBudget(setting: Pick<StandardSetting, 'budget'>, record: DatasetRecord): Budget {
  const { budget } = setting;
  if (!('matchReference' in budget)) return budget;
  if (record.references.length === 0) {
    throw new EvalError('EMPTY_INPUT', `record ${record.id} has no reference to take the length from`);
  }
  return budget.matchReference === 'sentences' ? { sentences: referenceSentences(record) } : { words: referenceWords(record) };
}
