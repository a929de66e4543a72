import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarize, type SummarizeOptions } from '../summarize.js';
import { SELECTOR_CHOICES } from '../selectors/registry.js';
import { testEmbedder } from '../test-support/fixtures.js';
import { lineAt } from './doubtful.js';

// a saved page's article as the reader gives it: a notice the reader doubts sits in the lead
const NOTICE = 'This story was updated on 14 March to add comments from the county council and the water company.';
const SENTENCES = [
  'The Hexley weir will be taken down this summer, ending two centuries of a barrier across the river.',
  'Salmon and sea trout have been unable to reach the upper river since the weir was raised in 1821.',
  'The county council approved the plan on Tuesday after a two-year study of the river bed.',
  'Engineers will lower the weir in three stages so that the silt behind it moves downstream slowly.',
  'Anglers on the lower river welcomed the decision, though some fear the water will run lower in August.',
  'The work is expected to cost 1.4 million pounds, most of it paid by a national restoration fund.',
];
const ARTICLE = ['# Hexley weir to come down this summer', NOTICE, ...SENTENCES].join('\n\n');

describe('doubtful lines', () => {
  const embedder = testEmbedder();

  it('are not picked by any selector, count in the document vector, and are explained', async () => {
    for (const selector of SELECTOR_CHOICES) {
      const plain = await summarize(ARTICLE, embedder, { budget: { sentences: 3 }, selector, seed: 1 });
      const s = await summarize(ARTICLE, embedder, { budget: { sentences: 3 }, selector, seed: 1, doubtfulLines: [NOTICE] });
      expect(s.picked, selector).toHaveLength(3);
      expect(s.text, selector).not.toContain('This story was updated');
      const notice = s.sentences.find((x) => x.text === NOTICE)!;
      expect(notice.reason, selector).toBe('doubtful');
      expect(notice.explanation).toMatch(/furniture/);
      // the same document vector: the notice's closeness to it is unchanged
      expect(notice.cosine).toBeCloseTo(plain.sentences.find((x) => x.text === NOTICE)!.cosine, 12);
    }
  });

  it('change the lead: without them the notice opens the default summary', async () => {
    const plain = await summarize(ARTICLE, embedder, { budget: { sentences: 2 } });
    expect(plain.text.split('\n')[0]).toBe(NOTICE);
    const s = await summarize(ARTICLE, embedder, { budget: { sentences: 2 }, doubtfulLines: [` ${NOTICE}  `] });
    expect(s.text.split('\n')).toEqual(SENTENCES.slice(0, 2));
  });

  it('stay candidates when fewer than three others would remain', async () => {
    const short = [NOTICE, ...SENTENCES.slice(0, 2)].join('\n\n');
    const s = await summarize(short, embedder, { budget: { words: 30 }, doubtfulLines: [NOTICE] });
    expect(s.sentences.some((x) => x.reason === 'doubtful')).toBe(false);
  });

  it('match whole lines only: a sentence on a longer line stays a candidate', async () => {
    const s = await summarize(ARTICLE, embedder, { budget: { sentences: 3 }, doubtfulLines: ['This story was updated on 14 March'] });
    expect(s.sentences.some((x) => x.reason === 'doubtful')).toBe(false);
  });

  it('reject a value that is not a list of strings', async () => {
    // as a JSON body would bring it: parsed, not typed
    const options: SummarizeOptions = JSON.parse('{"budget": {"sentences": 3}, "doubtfulLines": "x"}');
    await expect(summarize(ARTICLE, embedder, options)).rejects.toMatchObject({ code: 'INVALID_OPTION' });
  });

  it('property: no pick lies on a doubtful line while three other candidates remain', async () => {
    const lines = [NOTICE, ...SENTENCES];
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(lines, { maxLength: 4 }),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom(...SELECTOR_CHOICES),
        async (doubtful, n, selector) => {
          const s = await summarize(lines.join('\n'), embedder, { budget: { sentences: n }, selector, seed: 3, doubtfulLines: doubtful });
          for (const i of s.picked) expect(doubtful).not.toContain(s.sentences[i]!.text);
        },
      ),
      { numRuns: 40, seed: 5 },
    );
  });
});

describe('lineAt', () => {
  it('gives the trimmed line holding an offset', () => {
    const text = 'first line\n  - second line  \nthird';
    expect(lineAt(text, 0)).toBe('first line');
    expect(lineAt(text, text.indexOf('second'))).toBe('- second line');
    expect(lineAt(text, text.indexOf('third'))).toBe('third');
  });
});
