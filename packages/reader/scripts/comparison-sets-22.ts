/**
 * The page sets of the extractor comparison written in session 22 (batches 87 on), each labelled as in comparison-sets.ts:
 * where it came from and its first measurement, taken once before any rule looked at it.
 */
import type { TestPage } from '../src/test-support/page-kit.js';
import { HELDOUT87_PAGES } from '../src/test-support/pages-heldout87.js';
import { HELDOUT88_PAGES } from '../src/test-support/pages-heldout88.js';
import { HELDOUT89_PAGES } from '../src/test-support/pages-heldout89.js';
import { HELDOUT90_PAGES } from '../src/test-support/pages-heldout90.js';
import { HELDOUT91_PAGES } from '../src/test-support/pages-heldout91.js';
import { HELDOUT92_PAGES } from '../src/test-support/pages-heldout92.js';
import { HELDOUT93_PAGES } from '../src/test-support/pages-heldout93.js';

export const SESSION22_SETS: ReadonlyArray<[string, readonly TestPage[]]> = [
  [
    'pages of batch 88, held out in session 22, measured once on the round-43 rules (with the Azure preview notice of round 44): ' +
      '99.0 % / 100.0 %, 0 / 41 bylines, 8 / 636 furniture, 1 / 12 summaries with any; the round-44 news lines tuned on it (training)',
    HELDOUT88_PAGES,
  ],
  [
    'pages of batch 87, held out in session 22, measured once on the round-43 rules with the round-44 news lines of batch 88: ' +
      '99.1 % / 99.5 %, 0 / 42 bylines, 8 / 706 furniture, 0 / 12 summaries with any; not tuned on (held out)',
    HELDOUT87_PAGES,
  ],
  [
    'pages of batch 89, held out in session 22, measured once on the round-43 rules with the round-44 news lines of batch 88: ' +
      '99.5 % / 99.2 %, 0 / 51 bylines, 2 / 816 furniture, 0 / 12 summaries with any; not tuned on (held out)',
    HELDOUT89_PAGES,
  ],
  [
    'pages of batch 91, held out in session 22, measured once on the round-43 rules with the round-44 news lines of batch 88: ' +
      '97.1 % / 99.4 %, 3 / 48 bylines, 36 / 1022 furniture, 1 / 12 summaries with any; not tuned on (held out)',
    HELDOUT91_PAGES,
  ],
  [
    'pages of batch 90, held out in session 22, measured once on the round-43 rules with the round-44 news lines of batch 88: ' +
      '96.7 % / 99.2 %, 1 / 38 bylines, 32 / 599 furniture, 1 / 12 summaries with any; the round-44 blog boxes tuned on it (training)',
    HELDOUT90_PAGES,
  ],
  [
    'pages of batch 92, held out in session 22, measured once on the round-43 rules with the round-44 news lines of batch 88: ' +
      '98.8 % / 98.1 %, 0 / 23 bylines, 3 / 595 furniture, 0 / 12 summaries with any; round 44 looked at it (training; no rule needed)',
    HELDOUT92_PAGES,
  ],
  [
    'pages of batch 93, held out in session 22, measured once on the round-43 rules with the round-44 news lines of batch 88: ' +
      '94.9 % / 89.8 %, 4 / 114 bylines, 32 / 783 furniture, 1 / 12 summaries with any; the round-44 thread boxes tuned on it (training)',
    HELDOUT93_PAGES,
  ],
];
