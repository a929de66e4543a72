import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitDocuments } from '@vecsum/embeddings';
import { HAS_SHARED_DATA, readDataset } from '../test-support/fixtures.js';
import { summarize } from '../summarize.js';
import { testEmbedder } from '../test-support/fixtures.js';
import { LEARNED_MODEL } from './shipped-model.js';
import { adjustForBudget, adjustmentFor, checkCorrections, checkLengthBudget, correctScores, NO_ADJUSTMENT, type SizedAdjustment } from './selection.js';
import { FEATURE_NAMES } from './features.js';
import { isSummarizerError } from '../errors.js';

/** Needs ../shared/data (the research data beside the repository); skipped without it. */
const itOnData = it.skipIf(!HAS_SHARED_DATA);

describe.skipIf(!HAS_SHARED_DATA)('adjustForBudget on real articles', () => {
  const records = readDataset('cnndm-dev.jsonl') as { documents: string[] }[];
  const sentences = splitDocuments([...(records[3]?.documents ?? []), ...(records[9]?.documents ?? [])]);
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

describe('corrections by budget size', () => {
  const sized: SizedAdjustment[] = [
    { fromSentences: 2, lengthPenalty: 0.5, leadBonus: 1 },
    { fromSentences: 5, lengthPenalty: 0, leadBonus: 3 },
  ];

  it('each budget gets the entry of the largest fromSentences it reaches, and none below the first', () => {
    expect(adjustmentFor(sized, 1)).toEqual(NO_ADJUSTMENT);
    expect(adjustmentFor(sized, 2)).toEqual({ lengthPenalty: 0.5, leadBonus: 1 });
    expect(adjustmentFor(sized, 4)).toEqual({ lengthPenalty: 0.5, leadBonus: 1 });
    expect(adjustmentFor(sized, 5)).toEqual({ lengthPenalty: 0, leadBonus: 3 });
    expect(adjustmentFor(sized, 50)).toEqual({ lengthPenalty: 0, leadBonus: 3 });
    expect(adjustmentFor({ lengthPenalty: 0.2, leadBonus: 0.3 }, 1)).toEqual({ lengthPenalty: 0.2, leadBonus: 0.3 });
    expect(adjustmentFor(undefined, 3)).toEqual(NO_ADJUSTMENT);
  });

  itOnData('adjustForBudget applies the entry of the budget size: one sentence untouched, two with the first two boosted', () => {
    const records = readDataset('cnndm-dev.jsonl') as { documents: string[] }[];
    const sentences = splitDocuments((records[5] as { documents: string[] }).documents);
    const scores = sentences.map((_, i) => Math.cos(i));
    const eligible = sentences.map(() => true);
    const one = adjustForBudget(scores, sentences, eligible, { unit: 'sentences', limit: 1 }, sized);
    expect(one.scores).toEqual(scores);
    expect(one.factors.every((f) => f === null)).toBe(true);
    const two = adjustForBudget(scores, sentences, eligible, { unit: 'sentences', limit: 2 }, sized);
    const meanWords = sentences.reduce((s, x) => s + x.words, 0) / sentences.length;
    two.scores.forEach((v, i) => expect(v).toBeCloseTo((scores[i] as number) - (0.5 * (sentences[i] as { words: number }).words) / meanWords + (i < 2 ? 1 : 0), 12));
  });

  itOnData('malformed corrections are named, and a model carrying them is refused with INVALID_OPTION', async () => {
    expect(checkCorrections(sized)).toBeNull();
    expect(checkCorrections(LEARNED_MODEL.selection)).toBeNull();
    expect(checkCorrections([])).toMatch(/empty/);
    expect(checkCorrections([sized[1] as SizedAdjustment, sized[0] as SizedAdjustment])).toMatch(/ascending/);
    expect(checkCorrections([{ fromSentences: 1.5, lengthPenalty: 0, leadBonus: 0 }])).toMatch(/ascending/);
    expect(checkCorrections({ lengthPenalty: Number.NaN, leadBonus: 0 })).toMatch(/finite/);
    const text = (readDataset('cnndm-dev.jsonl') as { documents: string[] }[])[2]?.documents.join(' ') as string;
    const bad = { ...LEARNED_MODEL, selection: [{ fromSentences: 0, lengthPenalty: 0, leadBonus: 1 }] };
    const error = await summarize(text, testEmbedder(), { budget: { sentences: 3 }, selector: 'learned', learnedModel: bad }).catch((e: unknown) => e);
    expect(isSummarizerError(error) && error.code).toBe('INVALID_OPTION');
  });

  itOnData('the shipped model applies the corrections of the budget size, as its explanations show', async () => {
    const text = (readDataset('cnndm-dev.jsonl') as { documents: string[] }[])[7]?.documents.join(' ') as string;
    for (const b of [1, 2, 3, 5]) {
      const s = await summarize(text, testEmbedder(), { budget: { sentences: b }, selector: 'learned' });
      const own = adjustmentFor(LEARNED_MODEL.selection, b);
      const correction = (i: number, feature: string) => s.sentences[i]?.factors?.find((f) => f.feature === feature);
      const candidates = s.sentences.filter((x) => x.rank !== null).map((x) => x.index);
      expect(candidates.length).toBeGreaterThan(5);
      for (const i of candidates) {
        expect(correction(i, 'lengthPenalty')?.contribution ?? 0).toBeCloseTo(own.lengthPenalty === 0 ? 0 : -own.lengthPenalty * (correction(i, 'lengthPenalty')?.value as number), 12);
        expect(correction(i, 'leadBonus')?.contribution ?? 0).toBe(own.leadBonus * (i < b ? 1 : 0));
      }
    }
    // the shipped corrections differ by size: one sentence is not corrected like three
    expect(adjustmentFor(LEARNED_MODEL.selection, 1)).not.toEqual(adjustmentFor(LEARNED_MODEL.selection, 3));
  });
});

describe.skipIf(!HAS_SHARED_DATA)('the word-budget correction (frequent words)', () => {
  const records = readDataset('cnndm-dev.jsonl') as { documents: string[] }[];
  const sentences = splitDocuments((records[4]?.documents ?? []));
  const rankColumn = FEATURE_NAMES.indexOf('wordFrequencyRank');
  const features = sentences.map((_, i) => FEATURE_NAMES.map((__, k) => (k === rankColumn ? i / (sentences.length - 1) : 0)));
  const scores = sentences.map((_, i) => Math.sin(i));
  const eligible = sentences.map(() => true);
  const model = { selection: { lengthPenalty: 0.5, leadBonus: 1 }, lengthBudget: { frequencyBonus: 3 } };

  it('under word, char and byte budgets a sentence gains bonus x (1 - frequent-word rank), with a factor saying so', () => {
    for (const unit of ['words', 'chars', 'bytes'] as const) {
      const out = correctScores(model, { scores, features }, sentences, eligible, { unit, limit: 100 });
      out.scores.forEach((v, i) => expect(v).toBeCloseTo((scores[i] as number) + 3 * (1 - i / (sentences.length - 1)), 12));
      expect(out.factors[0]).toEqual([{ feature: 'frequencyBonus', value: 1, contribution: 3 }]);
    }
  });

  it('sentence budgets get the sentence corrections only; no bonus, no change', () => {
    const sentencesBudget = { unit: 'sentences' as const, limit: 3 };
    expect(correctScores(model, { scores, features }, sentences, eligible, sentencesBudget)).toEqual(adjustForBudget(scores, sentences, eligible, sentencesBudget, model.selection));
    expect(correctScores({ lengthBudget: { frequencyBonus: 0 } }, { scores, features }, sentences, eligible, { unit: 'words', limit: 100 }).scores).toEqual(scores);
    expect(correctScores({}, { scores, features }, sentences, eligible, { unit: 'words', limit: 100 }).scores).toEqual(scores);
  });

  it('a non-finite bonus is refused; the shipped one is valid', () => {
    expect(checkLengthBudget({ frequencyBonus: Number.POSITIVE_INFINITY })).toMatch(/finite/);
    expect(checkLengthBudget(LEARNED_MODEL.lengthBudget)).toBeNull();
  });

  it('through summarize: a larger bonus never lowers the frequent-word score of the pick (property, shipped model, real articles)', async () => {
    const pool = records.slice(20, 30).map((r) => r.documents.join(' '));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: pool.length - 1 }), fc.double({ min: 0, max: 20, noNaN: true }), fc.double({ min: 0, max: 20, noNaN: true }), async (doc, x, y) => {
        const [small, large] = x <= y ? [x, y] : [y, x];
        const firstPickRank = async (bonus: number) => {
          const s = await summarize(pool[doc] as string, testEmbedder(), { budget: { words: 30 }, selector: 'learned', trigramBlocking: false, learnedModel: { ...LEARNED_MODEL, lengthBudget: { frequencyBonus: bonus } } });
          const first = s.sentences.find((z) => z.pickOrder === 0);
          return first?.factors?.find((f) => f.feature === 'frequencyBonus')?.value ?? 0;
        };
        expect(await firstPickRank(large)).toBeGreaterThanOrEqual(await firstPickRank(small));
      }),
      { numRuns: 25 },
    );
  });
});

describe.skipIf(!HAS_SHARED_DATA)('budget corrections through summarize (properties, shipped model, real articles)', () => {
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
