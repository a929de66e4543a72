import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWordVectorEmbedder, loadGloveVectors } from '@vecsum/embeddings';
import { LEARNED_MODEL, NO_ADJUSTMENT } from '@vecsum/summarizer';
import { readJsonlDataset } from '../datasets/read-jsonl.js';
import { standardSetting } from '../datasets/standard-setting.js';
import { HAS_SHARED_DATA, SHARED_DATA_DIR } from '../test-support/shared-data.js';
import { crossValidate, fitLearned, withCrossValidatedModel } from './cross-validate.js';
import { balancedTrainingSet, learnedExamples, refold, type LabelledDataset } from './training-data.js';

const embedder = () => createWordVectorEmbedder(loadGloveVectors({ cacheDir: process.env['VECSUM_CACHE_DIR'] as string }), { function: 'arora' });
const devSet = async (name: 'cnndm' | 'xsum', n: number): Promise<LabelledDataset> => ({
  name,
  records: (await readJsonlDataset(join(SHARED_DATA_DIR, `${name}-dev.jsonl`))).slice(0, n),
  setting: standardSetting(name),
});

describe.skipIf(!HAS_SHARED_DATA)('learned training data and cross-validation on real dev records', async () => {
  const sets = HAS_SHARED_DATA ? [await devSet('cnndm', 12), await devSet('xsum', 8)] : [];
  const examples = HAS_SHARED_DATA ? await learnedExamples(sets, embedder()) : [];

  it('one example per record, folds k mod 5, oracle labels within the budget (3 sentences, 1 sentence)', () => {
    expect(examples.map((e) => e.id)).toEqual(sets.flatMap((s) => s.records.map((r) => r.id)));
    expect(examples.filter((e) => e.dataset === 'cnndm').map((e) => e.fold)).toEqual([0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 1]);
    for (const e of examples) {
      expect(e.x).toHaveLength(e.y.length);
      const picked = e.y.filter((v) => v === 1).length;
      expect(picked).toBeGreaterThanOrEqual(1);
      expect(picked).toBeLessThanOrEqual(e.dataset === 'cnndm' ? 3 : 1);
      expect(e.y.every((v) => v === 0 || v === 1)).toBe(true);
    }
  });

  it('soft labels are each record\'s ROUGE scaled to a best of 1', async () => {
    const soft = await learnedExamples([sets[0] as LabelledDataset], embedder(), { label: 'soft' });
    for (const e of soft) {
      expect(Math.max(...e.y)).toBeCloseTo(1, 12);
      expect(Math.min(...e.y)).toBeGreaterThanOrEqual(0);
    }
  });

  it('every dataset weighs the same in training, however many sentences it has', () => {
    const data = balancedTrainingSet(examples);
    const rowsOf = (name: string) => examples.filter((e) => e.dataset === name).reduce((s, e) => s + e.y.length, 0);
    const cnndmRows = rowsOf('cnndm');
    expect(cnndmRows).not.toBe(rowsOf('xsum'));
    const w = data.w as number[];
    const total = (from: number, to: number) => w.slice(from, to).reduce((s, v) => s + v, 0);
    expect(total(0, cnndmRows)).toBeCloseTo(1000, 6);
    expect(total(cnndmRows, w.length)).toBeCloseTo(1000, 6);
  });

  it('refold deals each dataset\'s records afresh: same examples, balanced folds, a different split per seed, the same for one seed', () => {
    const a = refold(examples, 5, 1);
    const b = refold(examples, 5, 2);
    expect(a.map((e) => e.id)).toEqual(examples.map((e) => e.id));
    expect(a.map((e) => e.x)).toEqual(examples.map((e) => e.x));
    for (const name of ['cnndm', 'xsum']) {
      const counts = [0, 1, 2, 3, 4].map((f) => a.filter((e) => e.dataset === name && e.fold === f).length);
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    }
    expect(a.map((e) => e.fold)).not.toEqual(examples.map((e) => e.fold));
    expect(a.map((e) => e.fold)).not.toEqual(b.map((e) => e.fold));
    expect(refold(examples, 5, 1).map((e) => e.fold)).toEqual(a.map((e) => e.fold));
  });

  it('each record gets the model fitted without its fold; records it does not know get none', () => {
    const cv = crossValidate(examples);
    expect(cv.models).toHaveLength(5);
    const record = examples[7];
    const own = cv.modelFor('cnndm', record?.id as string);
    expect(own).toBe(cv.models[record?.fold as number]);
    expect(own).toEqual(fitLearned(examples.filter((e) => e.fold !== record?.fold)));
    expect(own).not.toEqual(fitLearned(examples));
    expect(own?.selection).toEqual(LEARNED_MODEL.selection);
    expect(cv.modelFor('cnndm', 'no-such-id')).toBeUndefined();
    expect(cv.modelFor('xsum', record?.id as string)).toBeUndefined();
    expect(crossValidate(examples, { selection: NO_ADJUSTMENT }).models[0]?.selection).toEqual(NO_ADJUSTMENT);
  });

  it('withCrossValidatedModel hands the fold model to known records and leaves the rest as given', () => {
    const cv = crossValidate(examples);
    const options = withCrossValidatedModel(cv, { selector: 'auto' as const, truncate: true });
    const known = examples[3];
    expect(options({ id: known?.id as string }, { dataset: 'cnndm' })).toEqual({ selector: 'auto', truncate: true, learnedModel: cv.models[known?.fold as number] });
    expect(options({ id: 'elsewhere' }, { dataset: 'cnndm' })).toEqual({ selector: 'auto', truncate: true });
  });
});
