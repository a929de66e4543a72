/**
 * The page sets of the extractor comparison written in session 22 (batches 87 on), each labelled as in comparison-sets.ts:
 * where it came from and its first measurement, taken once before any rule looked at it.
 */
import type { TestPage } from '../src/test-support/page-kit.js';
import { HELDOUT88_PAGES } from '../src/test-support/pages-heldout88.js';

export const SESSION22_SETS: ReadonlyArray<[string, readonly TestPage[]]> = [
  [
    'pages of batch 88, held out in session 22, measured once on the round-43 rules (with the Azure preview notice of round 44): ' +
      '99.0 % / 100.0 %, 0 / 41 bylines, 8 / 636 furniture, 1 / 12 summaries with any; the round-44 news lines tuned on it (training)',
    HELDOUT88_PAGES,
  ],
];
