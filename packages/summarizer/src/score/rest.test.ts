import { embedDocument, splitSentences } from '@vecsum/embeddings';
import { dot } from '@vecsum/embeddings/math';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarize } from '../summarize.js';
import { testEmbedder } from '../test-support/fixtures.js';
import { SHIPPED_PLAN } from './plan.js';
import { restCosines } from './rest.js';

const SENTENCES = [
  'The river was straightened in the 1950s to drain the farmland on both banks.',
  'Engineers now want to restore its old meanders and let it flood the meadows again.',
  'Farmers worry that wetter fields will cost them a season of grazing.',
  'The county council will vote on the plan in March.',
  'Otters and kingfishers returned within two years on a restored stretch upstream.',
  'A public meeting is planned for the village hall.',
];

describe('restCosines', () => {
  it('is the cosine of each sentence with the embedding of all the other sentences joined (word vectors compose exactly)', async () => {
    const embedder = testEmbedder('arora');
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(SENTENCES, { minLength: 3 }), async (texts) => {
        const doc = await embedDocument(splitSentences(texts.join(' ')), embedder);
        const all = doc.sentences.map((_, i) => i);
        const rest = restCosines(doc.vectors, doc.join, all);
        for (const i of all) {
          const others = (
            await embedder.embed([
              doc.sentences
                .filter((_, j) => j !== i)
                .map((s) => s.text)
                .join(' '),
            ])
          ).vectors[0]!;
          expect(rest[i]).toBeCloseTo(dot(doc.vectors[i]!, others), 4);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('is below the plain cosine for a long sentence, whose own words weigh in the whole', async () => {
    const embedder = testEmbedder('arora');
    const long = 'Volunteers counted otters, kingfishers, herons, dippers, water voles, trout and eels along every restored meander in May.';
    const doc = await embedDocument(splitSentences([...SENTENCES, long].join(' ')), embedder);
    const i = doc.sentences.length - 1;
    const rest = restCosines(doc.vectors, doc.join, [i]);
    expect(rest[i]).toBeLessThan(dot(doc.vectors[i]!, doc.documentVector));
  });

  it('a plan that weighs it: picks name "closeness to the rest of the text", and the factors sum to the deciding score', async () => {
    const constants = { ...SHIPPED_PLAN, one: { weights: { rest: 1, position: 1 }, gap: 0, redundancy: 1 } };
    const s = await summarize({ documents: [SENTENCES.join(' ')] }, testEmbedder(), { budget: { sentences: 1 }, planConstants: constants });
    expect(s.meta.plan?.kind).toBe('one');
    const pick = s.sentences.find((x) => x.reason === 'scored')!;
    expect(pick.factors?.map((f) => f.feature).sort()).toEqual(['position', 'rest']);
    expect(pick.factors!.reduce((n, f) => n + f.contribution, 0)).toBeCloseTo(pick.decidingScore as number, 9);
    // with a query the target is not the document vector: rest is the cosine to the target
    const q = await summarize({ documents: [SENTENCES.join(' ')] }, testEmbedder(), { budget: { sentences: 1 }, planConstants: constants, query: 'otters' });
    const qPick = q.sentences.find((x) => x.reason === 'scored')!;
    expect(qPick.factors?.map((f) => f.feature).sort()).toEqual(['position', 'rest']);
  });
});
