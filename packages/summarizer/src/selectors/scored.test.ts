import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarize } from '../summarize.js';
import { contentWords } from '../score/lexical.js';
import { testEmbedder } from '../test-support/fixtures.js';

// Three wire reports of one flood (written for this test): the first sentence of each retells
// the same event in nearly the same words; the rest add different facts.
const REPORTS = [
  'Heavy rains flooded the river town of Millbrook on Tuesday, forcing 2,000 residents to leave their homes. ' +
    'The river rose four metres in six hours, the highest level since records began in 1921. ' +
    'Volunteers filled sandbags through the night at the old stone bridge.',
  'On Tuesday heavy rains flooded Millbrook, a river town, forcing 2,000 residents from their homes. ' +
    'The regional council opened three schools as shelters and asked for army help. ' +
    'Farmers downstream lost most of the barley harvest to standing water.',
  'Insurers estimated the damage to homes and shops in the flooded town at 40 million euros. ' +
    'Heavy rains flooded Millbrook on Tuesday, and 2,000 residents had to leave their homes. ' +
    'Engineers will inspect the stone bridge once the water falls.',
];

/** The share of the shorter sentence's content words found in the other (the rule in scored.ts). */
function sharedShare(a: string, b: string): { share: number; size: number } {
  const x = new Set(contentWords(a));
  const y = new Set(contentWords(b));
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let common = 0;
  for (const t of small) if (large.has(t)) common++;
  return { share: small.size === 0 ? 0 : common / small.size, size: small.size };
}

describe('auto on several documents: near-repeats', () => {
  it('never picks two retellings of the same event, and says which pick a skipped one repeats', async () => {
    const summary = await summarize({ documents: REPORTS }, testEmbedder(), { budget: { sentences: 4 } });
    expect(summary.meta.plan?.kind).toBe('cluster');
    const picked = summary.picked.map((i) => summary.sentences[i]!.text);
    const floodOpeners = picked.filter((t) => /flooded/.test(t) && /2,000 residents/.test(t));
    expect(floodOpeners.length).toBe(1);
    const skipped = summary.sentences.filter((s) => s.reason === 'redundant');
    expect(skipped.length).toBeGreaterThan(0);
    for (const s of skipped) {
      expect(summary.picked).toContain(s.redundantWith);
      expect(s.explanation).toMatch(new RegExp(`^Not picked: repeats #${(s.redundantWith ?? 0) + 1}\\b`));
    }
  });

  it('property: in any order of the reports and any sentence budget, no two picks share most of their content words', async () => {
    const embedder = testEmbedder();
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray([0, 1, 2], { minLength: 2 }), fc.integer({ min: 1, max: 9 }), async (order, sentences) => {
        const summary = await summarize({ documents: order.map((k) => REPORTS[k]!) }, embedder, { budget: { sentences } });
        const picked = summary.picked.map((i) => summary.sentences[i]!.text);
        for (let a = 0; a < picked.length; a++) {
          for (let b = a + 1; b < picked.length; b++) {
            const { share, size } = sharedShare(picked[a]!, picked[b]!);
            expect(size < 4 || share < 0.6).toBe(true);
          }
        }
      }),
      { numRuns: 25 },
    );
  });

  it('a single article is not filtered: the rule is for clusters', async () => {
    const summary = await summarize(REPORTS.join('\n\n'), testEmbedder(), { budget: { sentences: 9 } });
    expect(summary.meta.plan?.kind).not.toBe('cluster');
    expect(summary.sentences.some((s) => s.reason === 'redundant')).toBe(false);
  });
});
