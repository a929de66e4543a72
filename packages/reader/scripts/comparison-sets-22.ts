/**
 * The page sets of the extractor comparison written in session 22 (batches 87 on), each labelled as in comparison-sets.ts:
 * where it came from and its first measurement, taken once before any rule looked at it.
 */
import type { TestPage } from '../src/test-support/page-kit.js';
import { HELDOUT112_PAGES } from '../src/test-support/pages-heldout112.js';
import { HELDOUT113_PAGES } from '../src/test-support/pages-heldout113.js';
import { HELDOUT114_PAGES } from '../src/test-support/pages-heldout114.js';
import { HELDOUT115_PAGES } from '../src/test-support/pages-heldout115.js';
import { HELDOUT106_PAGES } from '../src/test-support/pages-heldout106.js';
import { HELDOUT107_PAGES } from '../src/test-support/pages-heldout107.js';
import { HELDOUT108_PAGES } from '../src/test-support/pages-heldout108.js';
import { HELDOUT109_PAGES } from '../src/test-support/pages-heldout109.js';
import { HELDOUT110_PAGES } from '../src/test-support/pages-heldout110.js';
import { HELDOUT111_PAGES } from '../src/test-support/pages-heldout111.js';
import { HELDOUT87_PAGES } from '../src/test-support/pages-heldout87.js';
import { HELDOUT88_PAGES } from '../src/test-support/pages-heldout88.js';
import { HELDOUT89_PAGES } from '../src/test-support/pages-heldout89.js';
import { HELDOUT90_PAGES } from '../src/test-support/pages-heldout90.js';
import { HELDOUT91_PAGES } from '../src/test-support/pages-heldout91.js';
import { HELDOUT92_PAGES } from '../src/test-support/pages-heldout92.js';
import { HELDOUT93_PAGES } from '../src/test-support/pages-heldout93.js';
import { HELDOUT94_PAGES } from '../src/test-support/pages-heldout94.js';
import { HELDOUT95_PAGES } from '../src/test-support/pages-heldout95.js';
import { HELDOUT96_PAGES } from '../src/test-support/pages-heldout96.js';
import { HELDOUT97_PAGES } from '../src/test-support/pages-heldout97.js';
import { HELDOUT98_PAGES } from '../src/test-support/pages-heldout98.js';
import { HELDOUT99_PAGES } from '../src/test-support/pages-heldout99.js';
import { HELDOUT100_PAGES } from '../src/test-support/pages-heldout100.js';
import { HELDOUT101_PAGES } from '../src/test-support/pages-heldout101.js';
import { HELDOUT102_PAGES } from '../src/test-support/pages-heldout102.js';
import { HELDOUT103_PAGES } from '../src/test-support/pages-heldout103.js';
import { HELDOUT104_PAGES } from '../src/test-support/pages-heldout104.js';
import { HELDOUT105_PAGES } from '../src/test-support/pages-heldout105.js';

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
  [
    'pages of batch 94, held out in session 22, measured once on the round-44 rules of batches 88, 90 and 93: ' +
      '98.5 % / 99.2 %, 0 / 45 bylines, 5 / 845 furniture, 2 / 12 summaries with any; not tuned on (held out)',
    HELDOUT94_PAGES,
  ],
  [
    'pages of batch 95, held out in session 22, measured once on the round-44 rules of batches 88, 90 and 93: ' +
      '98.0 % / 99.2 %, 3 / 44 bylines, 8 / 830 furniture, 1 / 12 summaries with any; not tuned on (held out)',
    HELDOUT95_PAGES,
  ],
  [
    'pages of batch 96, held out in session 22, measured once on the round-44 rules of batches 88, 90 and 93: ' +
      '99.2 % / 97.4 %, 0 / 41 bylines, 3 / 609 furniture, 0 / 12 summaries with any; not tuned on (held out)',
    HELDOUT96_PAGES,
  ],
  [
    'pages of batch 97, held out in session 22, measured once on the round-44 rules of batches 88, 90 and 93: ' +
      '95.9 % / 98.3 %, 4 / 36 bylines, 25 / 664 furniture, 2 / 12 summaries with any; the round-44 health lines tuned on it (training)',
    HELDOUT97_PAGES,
  ],
  [
    'pages of batch 98, held out in session 22, measured once on the round-44 rules of batches 88, 90 and 93: ' +
      '98.1 % / 99.6 %, 1 / 39 bylines, 11 / 689 furniture, 2 / 12 summaries with any; the round-44 news lines tuned on it (training)',
    HELDOUT98_PAGES,
  ],
  [
    'pages of batch 99, held out in session 22, measured once on the round-44 rules of batches 88, 90 and 93: ' +
      '97.6 % / 99.6 %, 1 / 6 bylines, 12 / 747 furniture, 4 / 12 summaries with any; the round-44 docs notices tuned on it (training)',
    HELDOUT99_PAGES,
  ],
  [
    'pages of batch 101, held out in session 22, measured once on the round-44 rules of batches 88 to 99: ' +
      '99.8 % / 99.6 %, 0 / 31 bylines, 3 / 500 furniture, 0 / 12 summaries with any; not tuned on (held out)',
    HELDOUT101_PAGES,
  ],
  [
    'pages of batch 103, held out in session 22, measured once on the round-44 rules of batches 88 to 99: ' +
      '98.8 % / 98.8 %, 0 / 45 bylines, 5 / 599 furniture, 0 / 12 summaries with any; not tuned on (held out)',
    HELDOUT103_PAGES,
  ],
  [
    'pages of batch 104, held out in session 22, measured once on the round-44 rules of batches 88 to 99: ' +
      '97.2 % / 99.9 %, 0 / 39 bylines, 7 / 567 furniture, 3 / 12 summaries with any; the round-44 opening notices tuned on it (training)',
    HELDOUT104_PAGES,
  ],
  [
    'pages of batch 105, held out in session 22, measured once on the round-44 rules of batches 88 to 99: ' +
      '97.3 % / 100.0 %, 0 / 38 bylines, 10 / 597 furniture, 1 / 12 summaries with any; the round-44 closing notices tuned on it (training)',
    HELDOUT105_PAGES,
  ],
  [
    'pages of batch 100, held out in session 22, measured once on the end-of-round-44 rules (batches 88 to 105): ' +
      '99.5 % / 99.5 %, 0 / 54 bylines, 11 / 695 furniture, 3 / 12 summaries with any; not tuned on (held out)',
    HELDOUT100_PAGES,
  ],
  [
    'pages of batch 102, held out in session 22, measured once on the end-of-round-44 rules (batches 88 to 105): ' +
      '97.1 % / 99.5 %, 1 / 54 bylines, 29 / 710 furniture, 1 / 12 summaries with any; not tuned on (held out)',
    HELDOUT102_PAGES,
  ],
  [
    'pages of batch 110, held out in session 22, measured once on the end-of-round-44 rules of batches 88 to 105: ' +
      '98.3 % / 98.5 %, 0 / 39 bylines, 17 / 493 furniture, 1 / 12 summaries with any; the last round-44 lines tuned on it (training)',
    HELDOUT110_PAGES,
  ],
  [
    'pages of batch 111, held out in session 22, measured once on the end-of-round-44 rules of batches 88 to 105: ' +
      '97.2 % / 91.6 %, 0 / 43 bylines, 16 / 524 furniture, 0 / 12 summaries with any; the last round-44 lines tuned on it (training)',
    HELDOUT111_PAGES,
  ],
  [
    'pages of batch 106, held out in session 22, measured once on the end-of-round-44 rules (lines of batches 88 to 111): ' +
      '98.9 % / 99.6 %, 1 / 41 bylines, 3 / 573 furniture, 0 / 12 summaries with any; not tuned on (held out)',
    HELDOUT106_PAGES,
  ],
  [
    'pages of batch 107, held out in session 22, measured once on the end-of-round-44 rules (lines of batches 88 to 111): ' +
      '99.7 % / 98.8 %, 2 / 46 bylines, 2 / 678 furniture, 3 / 12 summaries with any; not tuned on (held out)',
    HELDOUT107_PAGES,
  ],
  [
    'pages of batch 108, held out in session 22, measured once on the end-of-round-44 rules (lines of batches 88 to 111): ' +
      '98.0 % / 97.3 %, 2 / 44 bylines, 19 / 703 furniture, 1 / 12 summaries with any; not tuned on (held out)',
    HELDOUT108_PAGES,
  ],
  [
    'pages of batch 109, held out in session 22, measured once on the end-of-round-44 rules (lines of batches 88 to 111): ' +
      '98.6 % / 99.9 %, 1 / 73 bylines, 14 / 586 furniture, 0 / 12 summaries with any; not tuned on (held out)',
    HELDOUT109_PAGES,
  ],
  [
    'pages of batch 114, held out in session 22, measured once on the end-of-round-44 rules of batches 88 to 111: ' +
      '97.4 % / 100.0 %, 1 / 33 bylines, 14 / 484 furniture, 2 / 12 summaries with any; the round-44 lines of batch 114 tuned on it (training)',
    HELDOUT114_PAGES,
  ],
  [
    'pages of batch 115, held out in session 22, measured once on the end-of-round-44 rules of batches 88 to 111: ' +
      '97.1 % / 100.0 %, 0 / 40 bylines, 14 / 446 furniture, 5 / 12 summaries with any; the round-44 lines of batch 115 tuned on it (training)',
    HELDOUT115_PAGES,
  ],
  [
    'pages of batch 112, held out in session 22, measured once on the rules of the end of round 44 (lines of batches 88 to 115): ' +
      '99.2 % / 99.7 %, 1 / 43 bylines, 12 / 595 furniture, 1 / 12 summaries with any; not tuned on (held out)',
    HELDOUT112_PAGES,
  ],
  [
    'pages of batch 113, held out in session 22, measured once on the rules of the end of round 44 (lines of batches 88 to 115): ' +
      '98.3 % / 99.5 %, 1 / 37 bylines, 7 / 579 furniture, 2 / 12 summaries with any; not tuned on (held out)',
    HELDOUT113_PAGES,
  ],
];
