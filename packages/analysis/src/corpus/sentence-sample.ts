import { createWordVectorEmbedder, embedDocument, splitDocuments, type WordVectorFunction, type WordVectors } from '@vecsum/embeddings';
import { dot, subtract } from '@vecsum/embeddings/math';

/** One record of a dataset with references (`DatasetRecord` of @vecsum/eval fits). */
export interface CorpusRecord {
  readonly documents: readonly string[];
  readonly references: readonly string[];
}

/**
 * The importance of one sentence against a record's references. The paper's (and the CLI's)
 * is ROUGE-1 recall of the sentence alone: `sentenceImportance` of @vecsum/eval. It is passed
 * in so that this package (and the HTTP service above it) does not ship ROUGE.
 */
export type SentenceImportance = (sentence: string, references: readonly string[]) => number;

/** The candidate sentences of a corpus under one vector function, as parallel columns. */
export interface SentenceSample {
  readonly vectorFunction: WordVectorFunction;
  /** cos(sentence, document). */
  readonly cos: number[];
  /** log(1 + importance of the sentence). */
  readonly importance: number[];
  /** log(sentence length in words). */
  readonly logLength: number[];
  /** The record each sentence comes from (the cross-validation folds are by record). */
  readonly groups: number[];
  /** sentence - document vectors (empty unless asked for). */
  readonly differences: Float32Array[];
}

export interface SamplePassOptions {
  /** Sentences longer than this are not candidates. */
  readonly maxWords: number;
  /** Keep the sentence - document vectors. */
  readonly differences?: boolean;
  readonly onProgress?: ((phase: string, done: number, total: number) => void) | undefined;
}

/** One embedding pass over the records: every candidate sentence's cosine, importance and length. */
export async function sampleSentences(
  records: readonly CorpusRecord[],
  vectors: WordVectors,
  fn: WordVectorFunction,
  importance: SentenceImportance,
  options: SamplePassOptions,
): Promise<SentenceSample> {
  const embedder = createWordVectorEmbedder(vectors, { function: fn });
  const sample: SentenceSample = { vectorFunction: fn, cos: [], importance: [], logLength: [], groups: [], differences: [] };
  for (const [k, r] of records.entries()) {
    const all = splitDocuments(r.documents);
    if (all.length === 0) continue;
    const doc = await embedDocument(all, embedder);
    all.forEach((s, i) => {
      if (doc.empty.includes(i) || s.words > options.maxWords) return;
      const v = doc.vectors[i]!;
      sample.cos.push(dot(v, doc.documentVector));
      sample.importance.push(Math.log(1 + importance(s.text, r.references)));
      sample.logLength.push(Math.log(s.words));
      sample.groups.push(k);
      if (options.differences === true) sample.differences.push(subtract(v, doc.documentVector));
    });
    options.onProgress?.(`embedding (${fn})`, k + 1, records.length);
  }
  return sample;
}
