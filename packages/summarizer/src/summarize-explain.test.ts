import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SELECTOR_NAMES } from './select/types.js';
import type { SummaryMeta } from './explain/types.js';
import { summarize } from './summarize.js';
import { REPO_ROOT, testEmbedder } from './test-support/fixtures.js';

const text = readFileSync(join(REPO_ROOT, 'examples', 'river-restoration.txt'), 'utf8');
const withoutTimings = ({ timings: _, ...meta }: SummaryMeta): Omit<SummaryMeta, 'timings'> => meta;

describe('explain: false (the API under explain=false)', () => {
  it('gives the same summary, picks, trace and meta, without explaining every sentence (property over selectors and budgets)', async () => {
    const embedder = testEmbedder();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('auto' as const, ...SELECTOR_NAMES.filter((s) => s !== 'random')),
        fc.oneof(
          fc.integer({ min: 1, max: 6 }).map((n) => ({ sentences: n })),
          fc.integer({ min: 20, max: 150 }).map((n) => ({ words: n })),
        ),
        fc.boolean(),
        async (selector, budget, truncate) => {
          const full = await summarize({ documents: [text] }, embedder, { selector, budget, truncate });
          const bare = await summarize({ documents: [text] }, embedder, { selector, budget, truncate, explain: false });
          expect(full.sentences.length).toBeGreaterThan(0);
          expect(bare.sentences).toEqual([]);
          expect({ ...bare, sentences: [], meta: withoutTimings(bare.meta) }).toEqual({ ...full, sentences: [], meta: withoutTimings(full.meta) });
        },
      ),
      { numRuns: 30 },
    );
  });
});
