import { beforeAll, describe, expect, it } from 'vitest';
import { topContributions } from '@vecsum/analysis';
import { createWordVectorEmbedder, embedDocument, loadGloveVectors, splitDocuments, type SentenceEmbedder } from '@vecsum/embeddings';
import { cosine, norm } from '@vecsum/embeddings/math';
import { AnalyzeBodySchema } from '../schemas.js';
import { ARTICLE } from '../test-support/app.js';
import { analyzeReport } from './analyze.js';
import type { WorkResources } from './execute.js';

interface Share {
  dimension: number;
  value: number;
  words?: unknown;
}
interface FallbackReport {
  summary: { picked: number[]; contributions: Share[] };
  sentences: { index: number; cosine: number; contributions: Share[] }[];
  gap: { norm: number; dimensions: Share[] };
}

let embedder: SentenceEmbedder;
// no word dictionary: /v1/analyze answers with the per-dimension report (other models take this path too)
const resources: WorkResources = { embedder: async () => embedder };
const run = async (body: object) =>
  (await analyzeReport({ route: 'analyze', body: AnalyzeBodySchema.parse(body), input: ARTICLE, warnings: [] }, resources)) as FallbackReport;

describe('/v1/analyze without a word dictionary', () => {
  beforeAll(() => {
    embedder = createWordVectorEmbedder(loadGloveVectors({ cacheDir: process.env['VECSUM_CACHE_DIR']! }), { function: 'arora' });
  });

  it("every dimension's contribution adds up to the sentence's cosine with the document, as analysis computes it", async () => {
    const report = await run({ text: ARTICLE, budget: { sentences: 2 }, top: 100 });
    const doc = await embedDocument(splitDocuments([ARTICLE]), embedder);
    expect(report.sentences).toHaveLength(2);
    for (const s of report.sentences) {
      const v = doc.vectors[s.index]!;
      expect(s.contributions).toHaveLength(embedder.dimensions);
      expect(s.contributions.reduce((a, c) => a + c.value, 0)).toBeCloseTo(cosine(v, doc.documentVector), 5);
      expect(s.contributions).toEqual(topContributions(v, doc.documentVector, 100));
      expect(s.contributions[0]).not.toHaveProperty('words'); // no vectors to label dimensions with
    }
  });

  it('lists the top dimensions by |value| and a unit gap direction with its norm', async () => {
    const report = await run({ text: ARTICLE, budget: { sentences: 1 }, top: 5 });
    for (const list of [report.summary.contributions, report.sentences[0]?.contributions ?? [], report.gap.dimensions]) {
      expect(list).toHaveLength(5);
      const sizes = list.map((c) => Math.abs(c.value));
      expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    }
    // one sentence leaves part of the document uncovered; the gap's dimensions are of a unit vector
    expect(report.gap.norm).toBeGreaterThan(0.1);
    expect(norm(report.gap.dimensions.map((c) => c.value))).toBeLessThanOrEqual(1 + 1e-6);
    const all = await run({ text: ARTICLE, budget: { sentences: 1 }, top: 100 });
    expect(norm(all.gap.dimensions.map((c) => c.value))).toBeCloseTo(1, 5);
  });
});
