import { beforeAll, describe, expect, it } from 'vitest';
import { createWordVectorEmbedder, defaultCacheDir, embedDocument, loadGloveVectors, splitDocuments, type WordVectors } from '@vecsum/embeddings';
import { cosine } from '@vecsum/embeddings/math';
import { summarize } from '@vecsum/summarizer';
import { loadWordDictionary, type WordDictionary } from '../word-equations/dictionary.js';
import { analyze } from './analyze.js';
import { dimensionWords, topContributions, topDimensions } from './dimensions.js';

const cacheDir = defaultCacheDir();
let glove: WordVectors;
let dict: WordDictionary;
beforeAll(() => {
  glove = loadGloveVectors({ cacheDir });
  dict = loadWordDictionary(glove, cacheDir);
}, 120_000);

const ARTICLE = [
  'Heavy rain flooded the river valley on Monday and forced hundreds of families from their homes.',
  'Rescue teams used boats to reach villages cut off by the water.',
  'The flood destroyed bridges and roads across the region.',
  'Officials said the river rose faster than at any time in fifty years.',
  'Meanwhile, the stock market closed higher as technology shares gained.',
  "Farmers fear the water will ruin this year's harvest.",
  'The government promised emergency funds for the worst-hit towns.',
].join(' ');

describe('per-dimension contributions', () => {
  it('the contributions of all dimensions add up to the cosine, and each dimension has its words', async () => {
    const e = createWordVectorEmbedder(glove, { function: 'arora' });
    const doc = await embedDocument(splitDocuments([ARTICLE]), e);
    const s = doc.vectors[0]!;
    const all = topContributions(s, doc.documentVector, glove.dimensions);
    expect(all.reduce((a, c) => a + c.value, 0)).toBeCloseTo(cosine(s, doc.documentVector), 5);
    expect(all[0]?.words).toBeUndefined(); // no vectors, no labels
    const top = topContributions(s, doc.documentVector, 5, glove);
    expect(top.map((c) => Math.abs(c.value))).toEqual([...top.map((c) => Math.abs(c.value))].sort((a, b) => b - a));
    expect(topDimensions(s, 3)[0]?.value).toBe([...s].sort((a, b) => Math.abs(b) - Math.abs(a))[0]);
    const words = dimensionWords(glove, top[0]?.dimension ?? 0, 5);
    expect(top[0]?.words).toEqual(words);
    expect(words.positive).toHaveLength(5);
    const row = (w: string) => glove.row(glove.indexOf(w))[top[0]?.dimension ?? 0]!;
    expect(row(words.positive[0]!)).toBeGreaterThan(row(words.negative[0]!));
  });
});

describe('analyze (per-document report)', () => {
  it('reports contributions, equations, the gap, and greedy steps whose pick points into the gap', async () => {
    const e = createWordVectorEmbedder(glove, { function: 'arora' });
    const r = await analyze(ARTICLE, e, glove, dict, { budget: { sentences: 3 }, selector: 'greedy' });
    expect(r.sentences).toHaveLength(3);
    expect(r.selector).toBe('greedy');
    for (const s of r.sentences) {
      expect(Math.abs(s.contributions.reduce((a, c) => a + c.value, 0))).toBeLessThanOrEqual(1.0001);
      expect(s.contributions[0]?.words?.positive.length).toBeGreaterThan(0);
      expect(s.equation.reconstructionCosine).toBeGreaterThan(0.7);
      expect(s.equation.atoms.length).toBeGreaterThan(0);
      expect(s.minusDocument.atoms.length).toBeGreaterThan(0);
    }
    expect(r.document.equation.atoms.map((a) => a.word).join(' ')).toMatch(/flood|water|rain|river|creek|mud|villagers|residents/);
    expect(r.steps).toHaveLength(2);
    for (const st of r.steps) {
      expect(st.nextCosineToGap).toBeGreaterThan(0);
      expect(st.gapCosineRank).toBeGreaterThanOrEqual(1);
      expect(st.gapCosineRank).toBeLessThanOrEqual(st.candidates);
      expect(st.nextLoadings.map((a) => a.word)).toEqual(st.gap.atoms.map((a) => a.word));
      for (const w of st.shared)
        expect(Math.sign(st.nextLoadings.find((a) => a.word === w)?.weight ?? 0)).toBe(Math.sign(st.gap.atoms.find((a) => a.word === w)?.weight ?? 0));
    }
    // the greedy pick is among the sentences that point most into the gap
    expect(Math.min(...r.steps.map((st) => st.gapCosineRank))).toBeLessThanOrEqual(2);
    expect(r.gap.norm).toBeGreaterThan(0);
    expect(r.gap.equation.l0).toBeGreaterThan(0);
    expect(r.summary.text).not.toMatch(/stock market/);
    expect(JSON.parse(JSON.stringify(r))).toMatchObject({ document: { equation: { reconstructionCosine: expect.any(Number) } } });
  });

  it('takes a precomputed summary and gives the same report', async () => {
    const e = createWordVectorEmbedder(glove, { function: 'arora' });
    const options = { budget: { sentences: 2 }, selector: 'greedy' } as const;
    const summary = await summarize(ARTICLE, e, options);
    const fresh = await analyze(ARTICLE, e, glove, dict, options);
    const reused = await analyze(ARTICLE, e, glove, dict, { ...options, summary });
    expect(reused).toEqual(fresh);
  });
});
