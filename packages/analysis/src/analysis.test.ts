import { describe, expect, it } from 'vitest';
import { createWordVectorEmbedder, loadGloveVectors, type WordVectors } from '@vecsum/embeddings';
import { lasso } from './lasso/fista.js';
import { createRandom } from '@vecsum/embeddings/math';
import { loadWordDictionary, type WordDictionary } from './word-equations/dictionary.js';
import { wordEquation } from './word-equations/word-equation.js';
import { analyze } from './report/analyze.js';
import { pearson, partialCorrelation } from './corpus/statistics.js';

const cacheDir = process.env['VECSUM_CACHE_DIR'] as string;
let glove: WordVectors;
let dict: WordDictionary;
const setup = () => {
  glove ??= loadGloveVectors({ cacheDir });
  dict ??= loadWordDictionary(glove, cacheDir);
  return { glove, dict };
};

const ARTICLE = [
  'Heavy rain flooded the river valley on Monday and forced hundreds of families from their homes.',
  'Rescue teams used boats to reach villages cut off by the water.',
  'The flood destroyed bridges and roads across the region.',
  'Officials said the river rose faster than at any time in fifty years.',
  'Meanwhile, the stock market closed higher as technology shares gained.',
  'Farmers fear the water will ruin this year\'s harvest.',
].join(' ');

describe('lasso (FISTA)', () => {
  it('recovers the support of a sparse combination, and a larger alpha keeps fewer atoms', () => {
    const rnd = createRandom(3);
    const atoms = 40;
    const d = 20;
    const matrix = new Float32Array(atoms * d).map(() => rnd() - 0.5);
    for (let a = 0; a < atoms; a++) {
      const row = matrix.subarray(a * d, (a + 1) * d);
      const n = Math.hypot(...row);
      for (let j = 0; j < d; j++) row[j] = (row[j] as number) / n;
    }
    const x = new Float32Array(d);
    for (const [a, w] of [[3, 1.5], [17, -1], [29, 0.8]] as const) for (let j = 0; j < d; j++) x[j] = (x[j] as number) + w * (matrix[a * d + j] as number);
    const dict = { atoms, dimensions: d, matrix };
    const w = lasso(x, dict, { alpha: 0.01, maxIterations: 3000, tolerance: 1e-9 });
    const support = [...w.keys()].filter((a) => Math.abs(w[a] as number) > 0.05);
    expect(support).toEqual([3, 17, 29]);
    expect(w[17]).toBeLessThan(0);
    const sparse = lasso(x, dict, { alpha: 0.8 });
    expect(sparse.filter((v) => v !== 0).length).toBeLessThanOrEqual(w.filter((v) => v !== 0).length);
    expect(Math.abs(sparse[3] as number)).toBeLessThan(Math.abs(w[3] as number)); // shrinkage
    expect(lasso(x, dict, { alpha: 10 }).every((v) => v === 0)).toBe(true);
  });
});

describe('word equations on GloVe', () => {
  it('a dictionary word recovers itself, and not when excluded', () => {
    const { glove, dict } = setup();
    const word = dict.words[10] as string;
    const own = wordEquation(glove.row(glove.indexOf(word)), dict);
    expect(own.atoms[0]?.word).toBe(word);
    expect(own.reconstructionCosine).toBeGreaterThan(0.9);
    const excluded = wordEquation(glove.row(glove.indexOf(word)), dict, { excludeWord: word });
    expect(excluded.atoms.map((a) => a.word)).not.toContain(word);
  });

  it('reconstruction improves as alpha falls, at the cost of more atoms', () => {
    const { glove, dict } = setup();
    const v = glove.row(glove.indexOf('election'));
    const sparse = wordEquation(v, dict, { alpha: 0.2 });
    const dense = wordEquation(v, dict, { alpha: 0.02 });
    expect(dense.reconstructionCosine).toBeGreaterThan(sparse.reconstructionCosine);
    expect(dense.l0).toBeGreaterThan(sparse.l0);
  });

  it('names water words for a flood sentence', async () => {
    const { glove, dict } = setup();
    const e = createWordVectorEmbedder(glove, { function: 'arora' });
    const v = (await e.embed(['Heavy rain flooded the river valley and forced families from their homes.'])).vectors[0] as Float32Array;
    const eq = wordEquation(v, dict, { top: 10 });
    expect(eq.atoms.map((a) => a.word).join(' ')).toMatch(/flood|water|rain|river/);
  });
});

describe('analyze (per-document report)', () => {
  it('reports contributions, equations, the gap and each greedy step', async () => {
    const { glove, dict } = setup();
    const e = createWordVectorEmbedder(glove, { function: 'arora' });
    const r = await analyze(ARTICLE, e, glove, dict, { budget: { sentences: 3 }, selector: 'greedy' });
    expect(r.sentences).toHaveLength(3);
    for (const s of r.sentences) {
      const sum = s.contributions.reduce((a, c) => a + c.value, 0);
      expect(Math.abs(sum)).toBeLessThanOrEqual(1.0001);
      expect(s.contributions[0]?.words.positive.length).toBeGreaterThan(0);
      expect(s.equation.reconstructionCosine).toBeGreaterThan(0.7);
    }
    expect(r.steps).toHaveLength(2);
    // greedy picks sentences that point into the gap
    for (const st of r.steps) expect(st.nextCosineToGap).toBeGreaterThan(0);
    expect(r.gap.norm).toBeGreaterThan(0);
    expect(r.summary.text).not.toMatch(/stock market/);
  });
});

describe('statistics', () => {
  it('pearson and partial correlation behave on known data', () => {
    const z = [1, 2, 3, 4, 5, 6];
    const x = z.map((v) => 2 * v + 1);
    const y = z.map((v, i) => v + (i % 2 === 0 ? 0.5 : -0.5));
    expect(pearson(x, z)).toBeCloseTo(1, 10);
    expect(Math.abs(partialCorrelation(x, y, z))).toBeLessThan(1); // all of x's link to y goes through z
    expect(pearson([1, 1, 1], [1, 2, 3])).toBe(0);
  });
});
