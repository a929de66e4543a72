import { describe, expect, it } from 'vitest';
import { embedDocument, splitDocuments } from '@vecsum/embeddings';
import { readDataset, testEmbedder } from '../test-support/fixtures.js';
import { FEATURE_NAMES, sentenceFeatures } from './features.js';

const col = (name: (typeof FEATURE_NAMES)[number]): number => FEATURE_NAMES.indexOf(name);

async function featuresOf(documents: string[], eligible?: (i: number) => boolean) {
  const sentences = splitDocuments(documents);
  const doc = await embedDocument(sentences, testEmbedder());
  const rows = sentenceFeatures({ sentences, vectors: doc.vectors, target: doc.documentVector, eligible: sentences.map((_, i) => eligible?.(i) ?? true) });
  return { sentences, rows };
}

describe('sentenceFeatures on a real news article', () => {
  const article = (readDataset('cnndm-dev.jsonl')[7] as { documents: string[] }).documents;

  it('one finite row per sentence, position flags and relative position as documented', async () => {
    const { sentences, rows } = await featuresOf(article);
    expect(rows).toHaveLength(sentences.length);
    expect(rows.every((r) => r.length === FEATURE_NAMES.length && r.every(Number.isFinite))).toBe(true);
    expect(rows.map((r) => r[col('firstSentence')]).indexOf(1)).toBe(0);
    expect(rows.map((r) => r[col('thirdSentence')]).indexOf(1)).toBe(2);
    expect(rows[0]?.[col('relativePosition')]).toBe(0);
    expect(rows.at(-1)?.[col('relativePosition')]).toBe(1);
    expect(rows.map((r) => r[col('logSentences')])).toEqual(rows.map(() => Math.log(sentences.length)));
    for (const r of rows) expect(r[col('wordFrequency')]).toBeGreaterThanOrEqual(0);
    for (const r of rows) expect(r[col('wordFrequency')]).toBeLessThanOrEqual(1);
  });

  it('PacSum centralities: the last sentence has no forward edges, the first no backward ones', async () => {
    const { rows } = await featuresOf(article);
    expect(rows.at(-1)?.[col('forwardCentrality')]).toBe(0);
    expect(rows[0]?.[col('backwardCentrality')]).toBe(0);
    expect(Math.max(...rows.map((r) => r[col('forwardCentrality')] as number))).toBeGreaterThan(0);
  });

  it('the cosine rank is 0 for the sentence closest to the document and 1 for the farthest', async () => {
    const { rows } = await featuresOf(article);
    const cos = rows.map((r) => r[col('cosine')] as number);
    expect(rows[cos.indexOf(Math.max(...cos))]?.[col('cosineRank')]).toBe(0);
    expect(rows[cos.indexOf(Math.min(...cos))]?.[col('cosineRank')]).toBe(1);
  });

  it('ineligible sentences take no part in ranks and centralities', async () => {
    const { rows } = await featuresOf(article, (i) => i !== 1);
    expect(rows[1]?.[col('degreeCentrality')]).toBe(0);
    expect(rows[1]?.[col('cosineRank')]).toBe(1);
  });

  it('a cluster: positions restart in every document; the document count is logged', async () => {
    const cluster = (readDataset('duc2004-dev.jsonl')[0] as { documents: string[] }).documents.slice(0, 3);
    const { sentences, rows } = await featuresOf(cluster);
    const firsts = rows.map((r, i) => (r[col('firstSentence')] === 1 ? (sentences[i]?.docIndex as number) : -1)).filter((d) => d >= 0);
    expect(firsts).toEqual([0, 1, 2]);
    expect(rows[0]?.[col('documents')]).toBeCloseTo(Math.log(3), 12);
  });
});
