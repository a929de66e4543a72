import { describe, expect, it } from 'vitest';
import { createWordVectorEmbedder } from '../compose/word-vector-embedder.js';
import { isEmbeddingError } from '../errors.js';
import { cosine, norm, sum, normalize } from '../math/vector.js';
import { splitSentences } from '../segment/split-sentences.js';
import { testGlove } from '../test-support/glove.js';
import type { EmbedResult, SentenceEmbedder } from '../types.js';
import { embedDocument } from './embed-document.js';

const TEXT = `The council approved a plan to restore the river. Engineers expect the wetlands to hold more floodwater.
Critics said the money should repair water mains first. Birds and fish are expected to return within a few years.`;

describe('embedDocument', () => {
  it('makes the joined-text document vector, and the mean variant, both unit length', async () => {
    const e = createWordVectorEmbedder(testGlove(), { function: 'arora' });
    const sentences = splitSentences(TEXT);
    expect(sentences.length).toBe(4);
    const joined = await embedDocument(sentences, e);
    const direct = (await e.embed([sentences.map((s) => s.text).join(' ')])).vectors[0]!;
    expect(cosine(joined.documentVector, direct)).toBeCloseTo(1, 5);
    const mean = await embedDocument(sentences, e, { documentVector: 'mean' });
    expect(cosine(mean.documentVector, normalize(sum(mean.vectors, 100)))).toBeCloseTo(1, 5);
    expect(norm(joined.documentVector)).toBeCloseTo(1, 5);
    expect(joined.join.exact).toBe(true);
  });

  it('removes the per-document common component when asked', async () => {
    const e = createWordVectorEmbedder(testGlove(), { function: 'sif' });
    const doc = await embedDocument(splitSentences(TEXT), e, { removeDocumentComponent: true });
    for (const v of doc.vectors) expect(norm(v)).toBeCloseTo(1, 4);
    const plain = await embedDocument(splitSentences(TEXT), e);
    expect(cosine(doc.vectors[0]!, plain.vectors[0]!)).toBeLessThan(0.9999);
  });

  it('falls back to the mean document vector when a non-additive model truncates the joined text', async () => {
    const fake: SentenceEmbedder = {
      id: 'fake',
      dimensions: 2,
      async embed(texts): Promise<EmbedResult> {
        return { vectors: texts.map((t) => normalize([t.length % 3, 1])), empty: [], truncated: texts.length === 1 ? [0] : [] };
      },
    };
    const doc = await embedDocument(splitSentences(TEXT), fake);
    expect(doc.warnings).toContain('DOCUMENT_VECTOR_MEAN_FALLBACK');
    expect(doc.join.exact).toBe(false);
  });

  it('throws EMPTY_INPUT for no sentences', async () => {
    const e = createWordVectorEmbedder(testGlove(), { function: 'mean' });
    await expect(embedDocument([], e)).rejects.toSatisfy((err) => isEmbeddingError(err) && err.code === 'EMPTY_INPUT');
  });
});
