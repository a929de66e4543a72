import { join } from 'node:path';
import type { SentenceEmbedder } from '@vecsum/embeddings';
import { readJsonlDataset } from '../datasets/read-jsonl.js';
import { DATASET_NAMES, standardSetting, type DatasetName } from '../datasets/standard-setting.js';
import { crossValidate, type CrossValidation, type LearnedFitOptions } from './cross-validate.js';
import { learnedExamples, type ExampleOptions, type LabelledDataset } from './training-data.js';

/** The dev sets `<dir>/<name>-dev.jsonl` with their standard settings (default: all six). */
export async function readDevSets(dir: string, names: readonly DatasetName[] = DATASET_NAMES): Promise<LabelledDataset[]> {
  const out: LabelledDataset[] = [];
  for (const name of names) out.push({ name, records: await readJsonlDataset(join(dir, `${name}-dev.jsonl`)), setting: standardSetting(name) });
  return out;
}

/**
 * 5-fold cross-validation of the learned model over all six dev sets, as the shipped model was
 * trained (features from `embedder`, which should be the one the model is used with: arora
 * GloVe for the shipped model). About 30 s here.
 */
export async function devCrossValidation(dir: string, embedder: SentenceEmbedder, options: ExampleOptions & LearnedFitOptions = {}): Promise<CrossValidation> {
  return crossValidate(await learnedExamples(await readDevSets(dir), embedder, options), options);
}
