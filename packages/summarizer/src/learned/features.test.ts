import { describe, expect, it } from 'vitest';
import { embedDocument, splitDocuments } from '@vecsum/embeddings';
import { HAS_SHARED_DATA, readDataset, testEmbedder } from '../test-support/fixtures.js';
import { CENTRALITY_SAMPLE, FEATURE_NAMES, sentenceFeatures } from './features.js';

const col = (name: (typeof FEATURE_NAMES)[number]): number => FEATURE_NAMES.indexOf(name);

async function featuresOf(documents: string[], eligible?: (i: number) => boolean) {
  const sentences = splitDocuments(documents);
  const doc = await embedDocument(sentences, testEmbedder());
  const rows = sentenceFeatures({ sentences, vectors: doc.vectors, target: doc.documentVector, eligible: sentences.map((_, i) => eligible?.(i) ?? true) });
  return { sentences, rows };
}

describe.skipIf(!HAS_SHARED_DATA)('sentenceFeatures on a real news article', () => {
  const article = readDataset('cnndm-dev.jsonl')[7]?.documents ?? [];

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

  it('the frequent-word rank orders the candidates by wordFrequency, 0 for the highest and 1 for the lowest', async () => {
    const { rows } = await featuresOf(article);
    const freq = rows.map((r) => r[col('wordFrequency')] as number);
    const rank = rows.map((r) => r[col('wordFrequencyRank')] as number);
    expect(rank[freq.indexOf(Math.max(...freq))]).toBe(0);
    expect(rank[freq.lastIndexOf(Math.min(...freq))]).toBe(1);
    for (let a = 0; a < rows.length; a++) for (let b = 0; b < rows.length; b++) if ((freq[a] as number) > (freq[b] as number)) expect(rank[a]).toBeLessThan(rank[b] as number);
  });

  it('ineligible sentences take no part in ranks and centralities', async () => {
    const { rows } = await featuresOf(article, (i) => i !== 1);
    expect(rows[1]?.[col('degreeCentrality')]).toBe(0);
    expect(rows[1]?.[col('cosineRank')]).toBe(1);
    expect(rows[1]?.[col('wordFrequencyRank')]).toBe(1);
  });

  it('a cluster: positions restart in every document; the document count is logged', async () => {
    const cluster = (readDataset('duc2004-dev.jsonl')[0] as { documents: string[] }).documents.slice(0, 3);
    const { sentences, rows } = await featuresOf(cluster);
    const firsts = rows.map((r, i) => (r[col('firstSentence')] === 1 ? (sentences[i]?.docIndex as number) : -1)).filter((d) => d >= 0);
    expect(firsts).toEqual([0, 1, 2]);
    expect(rows[0]?.[col('documents')]).toBeCloseTo(Math.log(3), 12);
  });

  /** The documented definition, every pair, no sampling: PacSum threshold over all pairs. */
  function bruteCentralities(sentences: readonly { docIndex: number }[], vectors: readonly ArrayLike<number>[]) {
    const n = sentences.length;
    const matrix = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let k = 0; k < (vectors[i] as ArrayLike<number>).length; k++) s += ((vectors[i] as ArrayLike<number>)[k] as number) * ((vectors[j] as ArrayLike<number>)[k] as number);
        matrix[i * n + j] = s;
      }
    }
    const sim = (i: number, j: number) => matrix[i * n + j] as number;
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) ((lo = Math.min(lo, sim(i, j))), (hi = Math.max(hi, sim(i, j))));
    const threshold = lo + 0.6 * (hi - lo);
    return sentences.map((s, i) => {
      let f = 0;
      let b = 0;
      let d = 0;
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        d += sim(i, j);
        if ((sentences[j] as { docIndex: number }).docIndex !== s.docIndex) continue;
        if (j > i) f += Math.max(0, sim(i, j) - threshold);
        else b += Math.max(0, sim(i, j) - threshold);
      }
      return [f / (n - 1), b / (n - 1), d / (n - 1)];
    });
  }

  it('centralities follow the definition exactly up to CENTRALITY_SAMPLE candidates', async () => {
    const cluster = (readDataset('duc2004-dev.jsonl')[1] as { documents: string[] }).documents.slice(0, 4);
    const { sentences, rows } = await featuresOf(cluster);
    expect(sentences.length).toBeLessThanOrEqual(CENTRALITY_SAMPLE);
    const doc = await embedDocument(sentences, testEmbedder());
    const brute = bruteCentralities(sentences, doc.vectors);
    rows.forEach((r, i) => {
      expect(r[col('forwardCentrality')]).toBeCloseTo(brute[i]?.[0] as number, 10);
      expect(r[col('backwardCentrality')]).toBeCloseTo(brute[i]?.[1] as number, 10);
      expect(r[col('degreeCentrality')]).toBeCloseTo(brute[i]?.[2] as number, 10);
    });
  });

  it('above CENTRALITY_SAMPLE candidates the sampled centralities stay close to the exact ones', async () => {
    const articles = readDataset('bbc-dev.jsonl').slice(0, 50).flatMap((r) => (r as { documents: string[] }).documents);
    const text = [articles.join('\n\n')];
    const { sentences, rows } = await featuresOf(text);
    expect(sentences.length).toBeGreaterThan(CENTRALITY_SAMPLE);
    const doc = await embedDocument(sentences, testEmbedder());
    const brute = bruteCentralities(sentences, doc.vectors);
    const degree = rows.map((r) => r[col('degreeCentrality')] as number);
    const exact = brute.map((b) => b[2] as number);
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
    const [ma, mb] = [mean(degree), mean(exact)];
    const cov = mean(degree.map((v, i) => (v - ma) * ((exact[i] as number) - mb)));
    const corr = cov / Math.sqrt(mean(degree.map((v) => (v - ma) ** 2)) * mean(exact.map((v) => (v - mb) ** 2)));
    expect(corr).toBeGreaterThan(0.95);
    expect(rows.every((r) => r.every(Number.isFinite))).toBe(true);
  });
});
