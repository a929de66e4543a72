import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHIPPED_PLAN } from '../score/plan.js';
import { summarize } from '../summarize.js';
import { testEmbedder } from '../test-support/fixtures.js';

// Four reports of one storm (written for this test): what three of them share is the event,
// each adds its own detail.
const REPORTS = [
  'Storm Ada cut power to 40,000 homes on Friday night. Crews worked until dawn on fallen power lines near the river. ' +
    'A bakery on Main Street lost its roof.',
  'Power lines fell across the valley as Storm Ada passed on Friday night. The airport cancelled all evening flights. ' +
    'Two hikers were rescued from the ridge by helicopter.',
  'By Saturday morning most of the 40,000 homes had power again, the utility said. Storm Ada moved north toward the coast. ' +
    'The utility asked people to stay away from fallen power lines.',
  'Schools will reopen on Monday after Storm Ada. The mayor thanked the crews who repaired the power lines. ' +
    'A food bank opened in the town hall for families without power.',
];
const WITH_CONCEPTS = { ...SHIPPED_PLAN, cluster: { ...SHIPPED_PLAN.cluster, concepts: 1 } };

describe('auto on several documents: shared facts (concept coverage)', () => {
  it('under a word budget a pick names the shared facts in its score, and the factors sum to the deciding score', async () => {
    const s = await summarize({ documents: REPORTS }, testEmbedder(), { budget: { words: 40 }, planConstants: WITH_CONCEPTS, explain: true });
    expect(s.meta.plan?.kind).toBe('cluster');
    expect(s.meta.plan?.concepts).toBe(1);
    expect(s.meta.plan?.why).toMatch(/covering the facts several of them report/);
    const picks = s.sentences.filter((x) => x.reason === 'scored');
    expect(picks.length).toBeGreaterThan(0);
    expect(picks.some((x) => x.factors?.some((f) => f.feature === 'concepts'))).toBe(true);
    for (const x of picks) {
      const sum = (x.factors ?? []).reduce((n, f) => n + f.contribution, 0);
      expect(sum).toBeCloseTo(x.decidingScore!, 12);
    }
    const withTerm = picks.filter((x) => x.factors?.some((f) => f.feature === 'concepts'));
    for (const x of withTerm) expect(x.explanation).toMatch(/facts several documents share that the summary lacked [+-]\d/);
  });

  it('with room for one sentence it picks the one reporting what most documents share (the storm and the power lines)', async () => {
    const s = await summarize({ documents: REPORTS }, testEmbedder(), { budget: { words: 13 }, planConstants: WITH_CONCEPTS });
    expect(s.picked.length).toBe(1);
    expect(s.sentences[s.picked[0]!]!.text).toMatch(/Storm Ada/);
    expect(s.sentences[s.picked[0]!]!.text).toMatch(/[Pp]ower lines/);
    // without the term the same budget picks by closeness alone
    const plain = await summarize({ documents: REPORTS }, testEmbedder(), { budget: { words: 13 } });
    expect(plain.meta.plan?.concepts).toBe(0);
  });

  it('under a sentence budget the plan has no shared-facts term (it ranks by the plan weights alone)', async () => {
    const s = await summarize({ documents: REPORTS }, testEmbedder(), { budget: { sentences: 3 }, planConstants: WITH_CONCEPTS, explain: true });
    expect(s.meta.plan?.concepts).toBe(0);
    expect(s.sentences.some((x) => x.factors?.some((f) => f.feature === 'concepts'))).toBe(false);
  });

  it('property: any word budget and document order is kept to, the factors sum to each pick, and the same input gives the same picks', async () => {
    const embedder = testEmbedder();
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray([0, 1, 2, 3], { minLength: 2 }), fc.integer({ min: 5, max: 120 }), async (order, words) => {
        const docs = order.map((k) => REPORTS[k]!);
        const s = await summarize({ documents: docs }, embedder, { budget: { words }, planConstants: WITH_CONCEPTS, explain: true });
        expect(s.meta.used).toBeLessThanOrEqual(words);
        for (const x of s.sentences.filter((y) => y.reason === 'scored')) {
          expect((x.factors ?? []).reduce((n, f) => n + f.contribution, 0)).toBeCloseTo(x.decidingScore!, 12);
        }
        const again = await summarize({ documents: docs }, embedder, { budget: { words }, planConstants: WITH_CONCEPTS });
        expect(again.picked).toEqual(s.picked);
      }),
      { numRuns: 30 },
    );
  });
});
