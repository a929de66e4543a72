import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultCacheDir, loadGloveVectors, type WordVectors } from '@vecsum/embeddings';
import { readJsonlDataset, sentenceImportance, type DatasetRecord } from '@vecsum/eval';
import { loadWordDictionary, type WordDictionary } from '../word-equations/dictionary.js';
import { analyzeCorpus, corpusMarkdown } from './analyze-corpus.js';

const DATA = fileURLToPath(new URL('../../../../../shared/data/cnndm-dev.jsonl', import.meta.url));
const cacheDir = defaultCacheDir();
let glove: WordVectors;
let dict: WordDictionary;
let records: DatasetRecord[];

describe.skipIf(!existsSync(DATA))('corpus analysis on CNN/DM dev', () => {
  beforeAll(async () => {
    glove = loadGloveVectors({ cacheDir });
    dict = loadWordDictionary(glove, cacheDir);
    records = await readJsonlDataset(DATA);
  }, 120_000);

  it('cos(sentence, document) correlates with importance; only arora keeps it once length is controlled', async () => {
    const r = await analyzeCorpus(records, glove, dict, sentenceImportance, { atoms: false });
    const by = Object.fromEntries(r.correlations.map((c) => [c.vectorFunction, c]));
    expect(Object.keys(by)).toEqual(['mean', 'sif', 'arora']);
    // the calibration notes' figures on this file: r 0.34 / 0.43 / 0.56, partial r -0.06 / 0.03 / 0.29, length 0.72
    expect(by['arora']?.r).toBeGreaterThan(by['mean']!.r);
    expect(by['arora']?.partialR).toBeGreaterThan(0.2);
    expect(Math.abs(by['mean']!.partialR)).toBeLessThan(0.15);
    expect(by['arora']?.lengthR).toBeGreaterThan(0.6);
    expect(by['arora']?.sentences).toBeGreaterThan(1000);
    expect(r.dimensions.features.length).toBeGreaterThan(0);
    expect(r.dimensions.features.length).toBeLessThanOrEqual(6);
    for (const f of r.dimensions.features) expect(f.words?.positive).toHaveLength(5);
    // length carries most of what can be predicted; cos adds to it out of fold
    expect(r.dimensions.baselineCvR2).toBeGreaterThan(0.3);
    expect(r.dimensions.cosineCvR2).toBeGreaterThan(r.dimensions.baselineCvR2);
    expect(r.atoms).toBeNull();
    expect(corpusMarkdown('cnndm-dev', r)).toMatch(/\| arora \| \d+ \| 0\.\d{3} \| 0\.\d{3} \|/);
  });

  it('the atom lasso labels its features with basis words and syntactic atoms', async () => {
    const r = await analyzeCorpus(records.slice(0, 12), glove, dict, sentenceImportance, { keep: 3, keepAtoms: 5 });
    expect(r.atoms).not.toBeNull();
    const names = new Set([...dict.words, ...dict.syntactic.map((s) => s.name)]);
    expect(r.atoms?.features.length).toBeLessThanOrEqual(5);
    for (const f of r.atoms?.features ?? []) expect(names.has(f.feature)).toBe(true);
    expect(r.atoms?.candidates).toBeGreaterThan(dict.syntactic.length);
  }, 120_000);
});
