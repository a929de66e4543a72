import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitDocuments } from '@vecsum/embeddings';
import { readDataset } from '../test-support/fixtures.js';
import { summarize } from '../summarize.js';
import { testEmbedder } from '../test-support/fixtures.js';
import { LEARNED_MODEL } from './shipped-model.js';
import { adjustForBudget } from './selection.js';

describe('adjustForBudget on real articles', () => {
  const records = readDataset('cnndm-dev.jsonl') as { documents: string[] }[];
  const sentences = splitDocuments([...(records[3] as { documents: string[] }).documents, ...(records[9] as { documents: string[] }).documents]);
  const scores = sentences.map((_, i) => Math.sin(i));
  const eligible = sentences.map(() => true);
  const meanWords = sentences.reduce((s, x) => s + x.words, 0) / sentences.length;

  it('under a sentence budget of b the first b sentences of every document gain the lead bonus', () => {
    const { scores: out } = adjustForBudget(scores, sentences, eligible, { unit: 'sentences', limit: 2 }, { lengthPenalty: 0, leadBonus: 0.7 });
    const secondDocStart = sentences.findIndex((s) => s.docIndex === 1);
    const boosted = out.map((v, i) => (Math.abs(v - (scores[i] as number) - 0.7) < 1e-12 ? i : -1)).filter((i) => i >= 0);
    expect(boosted).toEqual([0, 1, secondDocStart, secondDocStart + 1]);
    out.forEach((v, i) => {
      if (!boosted.includes(i)) expect(v).toBe(scores[i]);
    });
  });

  it('the length penalty is proportional to words over the mean, so longer sentences lose more', () => {
    const { scores: out, factors } = adjustForBudget(scores, sentences, eligible, { unit: 'sentences', limit: 3 }, { lengthPenalty: 0.5, leadBonus: 0 });
    out.forEach((v, i) => expect(v).toBeCloseTo((scores[i] as number) - (0.5 * (sentences[i] as { words: number }).words) / meanWords, 12));
    const long = sentences.reduce((a, s) => (s.words > (sentences[a] as { words: number }).words ? s.index : a), 0);
    const short = sentences.reduce((a, s) => (s.words < (sentences[a] as { words: number }).words ? s.index : a), 0);
    expect((scores[long] as number) - (out[long] as number)).toBeGreaterThan((scores[short] as number) - (out[short] as number));
    expect(factors[long]).toEqual([{ feature: 'lengthPenalty', value: (sentences[long] as { words: number }).words / meanWords, contribution: (out[long] as number) - (scores[long] as number) }]);
  });

  it('the mean length counts only eligible sentences', () => {
    const some = sentences.map((_, i) => i % 2 === 0);
    const eligibleMean = sentences.filter((_, i) => i % 2 === 0).reduce((s, x) => s + x.words, 0) / some.filter(Boolean).length;
    const { scores: out } = adjustForBudget(scores, sentences, some, { unit: 'sentences', limit: 3 }, { lengthPenalty: 1, leadBonus: 0 });
    expect(out[4]).toBeCloseTo((scores[4] as number) - (sentences[4] as { words: number }).words / eligibleMean, 12);
  });

  it('word, char and byte budgets (which charge length already) and a zero adjustment leave scores as they are', () => {
    for (const unit of ['words', 'chars', 'bytes'] as const) {
      const { scores: out, factors } = adjustForBudget(scores, sentences, eligible, { unit, limit: 100 }, { lengthPenalty: 1, leadBonus: 1 });
      expect(out).toEqual(scores);
      expect(factors.every((f) => f === null)).toBe(true);
    }
    expect(adjustForBudget(scores, sentences, eligible, { unit: 'sentences', limit: 3 }).scores).toEqual(scores);
  });
});

describe('budget corrections through summarize (properties, shipped model, real articles)', () => {
  const pool = (readDataset('cnndm-dev.jsonl') as { documents: string[] }[]).slice(10, 20).map((r) => r.documents.join(' '));
  const run = (text: string, b: number, lengthPenalty: number, leadBonus: number) =>
    summarize(text, testEmbedder(), { budget: { sentences: b }, selector: 'learned', trigramBlocking: false, learnedModel: { ...LEARNED_MODEL, selection: { lengthPenalty, leadBonus } } });

  it('a larger lead bonus never picks fewer of the first b sentences', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: pool.length - 1 }), fc.integer({ min: 1, max: 5 }), fc.double({ min: 0, max: 3, noNaN: true }), fc.double({ min: 0, max: 3, noNaN: true }), async (doc, b, x, y) => {
        const [small, large] = x <= y ? [x, y] : [y, x];
        const leadCount = async (bonus: number) => (await run(pool[doc] as string, b, 0.5, bonus)).picked.filter((i) => i < b).length;
        expect(await leadCount(large)).toBeGreaterThanOrEqual(await leadCount(small));
      }),
      { numRuns: 30 },
    );
  });

  it('a larger length penalty never picks more words in all', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: pool.length - 1 }), fc.integer({ min: 1, max: 5 }), fc.double({ min: 0, max: 3, noNaN: true }), fc.double({ min: 0, max: 3, noNaN: true }), async (doc, b, x, y) => {
        const [small, large] = x <= y ? [x, y] : [y, x];
        const words = async (penalty: number) => {
          const s = await run(pool[doc] as string, b, penalty, 1);
          return s.picked.reduce((sum, i) => sum + (s.sentences[i]?.words ?? 0), 0);
        };
        expect(await words(large)).toBeLessThanOrEqual(await words(small));
      }),
      { numRuns: 30 },
    );
  });
});
