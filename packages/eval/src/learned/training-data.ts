import { embedDocument, splitDocuments, type SentenceEmbedder } from '@vecsum/embeddings';
import { sentenceFeatures, summarize, type TrainingSet } from '@vecsum/summarizer';
import type { DatasetRecord } from '../datasets/read-jsonl.js';
import { resolveStandardBudget, type StandardSetting } from '../datasets/standard-setting.js';
import { greedyOracle } from '../oracle.js';
import { createRougeScorer } from '../rouge/rouge.js';
import { createRandom, randomIndex } from '../stats/prng.js';

/** One dev set as training material: its records and its standard setting (budget). */
export interface LabelledDataset {
  readonly name: string;
  readonly records: readonly DatasetRecord[];
  readonly setting: StandardSetting;
}

/**
 * Label of a sentence: `oracle`, membership of the greedy ROUGE-2 oracle extract under the
 * dataset's budget (what the shipped model uses); `soft`, the sentence's own ROUGE-1 + ROUGE-2
 * F1 scaled so the record's best is 1; `mix`, the mean of the two.
 */
export type LearnedLabel = 'oracle' | 'soft' | 'mix';

/** The feature rows and labels of one record's candidate sentences, and its CV fold. */
export interface LearnedExample {
  readonly dataset: string;
  readonly id: string;
  readonly record: DatasetRecord;
  readonly fold: number;
  readonly x: readonly (readonly number[])[];
  readonly y: readonly number[];
}

export interface ExampleOptions {
  /** Number of CV folds; record k of a dataset is in fold k mod folds (default 5). */
  readonly folds?: number;
  readonly label?: LearnedLabel;
}

/**
 * Features (`sentenceFeatures`, over the sentences `summarize` would consider) and labels of
 * every record of every dataset, with the embedder the model will be used with.
 */
export async function learnedExamples(datasets: readonly LabelledDataset[], embedder: SentenceEmbedder, options: ExampleOptions = {}): Promise<LearnedExample[]> {
  const folds = options.folds ?? 5;
  const label = options.label ?? 'oracle';
  const out: LearnedExample[] = [];
  for (const { name, records, setting } of datasets) {
    for (const [k, record] of records.entries()) {
      // the candidates are the sentences summarize keeps eligible (length, duplicates, vectors)
      const probe = await summarize({ documents: record.documents }, embedder, { budget: { sentences: 1 }, selector: 'near' });
      const eligible = probe.sentences.map((s) => s.rank !== null);
      const sentences = splitDocuments(record.documents);
      const doc = await embedDocument(sentences, embedder);
      const x = sentenceFeatures({ sentences, vectors: doc.vectors, target: doc.documentVector, eligible });
      const budget = resolveStandardBudget(setting, record);
      const rows = x.map((_, i) => i).filter((i) => eligible[i]);
      const oracle = new Set(
        greedyOracle(
          sentences.map((s) => s.text),
          record.references,
          'sentences' in budget ? { maxSentences: budget.sentences } : { maxWords: (budget as { words: number }).words },
        ).indices,
      );
      let y: number[] = rows.map((i) => (oracle.has(i) ? 1 : 0));
      if (label !== 'oracle') {
        const scorer = createRougeScorer(record.references, { metrics: ['rouge1', 'rouge2'] });
        const raw = rows.map((i) => {
          const r = scorer.score((sentences[i] as { text: string }).text);
          return r.rouge1.f1 + r.rouge2.f1;
        });
        const top = Math.max(1e-9, ...raw);
        const soft = raw.map((v) => v / top);
        y = label === 'soft' ? soft : soft.map((v, j) => (v + (y[j] as number)) / 2);
      }
      out.push({ dataset: name, id: record.id, record, fold: k % folds, x: rows.map((i) => x[i] as number[]), y });
    }
  }
  return out;
}

/** Training rows of the examples, weighted so every dataset weighs the same in total. */
export function balancedTrainingSet(examples: readonly LearnedExample[]): TrainingSet {
  const rowsOf = new Map<string, number>();
  for (const e of examples) rowsOf.set(e.dataset, (rowsOf.get(e.dataset) ?? 0) + e.y.length);
  const x: (readonly number[])[] = [];
  const y: number[] = [];
  const w: number[] = [];
  const group: number[] = [];
  examples.forEach((e, k) => {
    const weight = 1000 / (rowsOf.get(e.dataset) as number);
    e.x.forEach((row, i) => {
      x.push(row);
      y.push(e.y[i] as number);
      w.push(weight);
      group.push(k);
    });
  });
  return { x, y, w, group };
}

/**
 * The examples with their records dealt into `folds` folds afresh: within each dataset the
 * records are shuffled (seeded) and the k-th of the shuffle goes to fold k mod folds, so every
 * fold keeps a share of every dataset. Repeated cross-validation over several seeds tells how
 * much a figure owes to one particular split.
 */
export function refold(examples: readonly LearnedExample[], folds: number, seed: number): LearnedExample[] {
  const random = createRandom(seed);
  const foldOf = new Map<LearnedExample, number>();
  const byDataset = new Map<string, LearnedExample[]>();
  for (const e of examples) {
    const own = byDataset.get(e.dataset);
    if (own === undefined) byDataset.set(e.dataset, [e]);
    else own.push(e);
  }
  for (const own of byDataset.values()) {
    const order = [...own];
    for (let i = order.length - 1; i > 0; i--) {
      const j = randomIndex(random, i + 1);
      [order[i], order[j]] = [order[j] as LearnedExample, order[i] as LearnedExample];
    }
    order.forEach((e, k) => foldOf.set(e, k % folds));
  }
  return examples.map((e) => ({ ...e, fold: foldOf.get(e) as number }));
}
