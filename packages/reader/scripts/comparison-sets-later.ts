/**
 * The later page sets of the extractor comparison (batches 44 on, from session 18), each labelled as in comparison-sets.ts:
 * where it came from and its first measurement, taken once before any rule looked at it.
 */
import type { TestPage } from '../src/test-support/page-kit.js';
import { SESSION22_SETS } from './comparison-sets-22.js';
import { SESSION23_SETS } from './comparison-sets-23.js';
import { SESSION24_SETS } from './comparison-sets-24.js';
import { SESSION25_SETS } from './comparison-sets-25.js';
import { SESSION25_LATE_SETS } from './comparison-sets-25b.js';
import { SESSION26_SETS } from './comparison-sets-26.js';
import { SESSION26_LATE_SETS } from './comparison-sets-26b.js';
import { SESSION27_SETS } from './comparison-sets-27.js';
import { SESSION28_SETS } from './comparison-sets-28.js';
import { SESSION29_SETS } from './comparison-sets-29.js';
import { SESSION30_SETS } from './comparison-sets-30.js';
import { SESSION31_SETS } from './comparison-sets-31.js';
import { SESSION32_SETS } from './comparison-sets-32.js';
import { SESSION33_SETS } from './comparison-sets-33.js';
import { SESSION34_SETS } from './comparison-sets-34.js';
import { SESSION35_SETS } from './comparison-sets-35.js';
import { SESSION36_SETS } from './comparison-sets-36.js';
import { HELDOUT44_PAGES } from '../src/test-support/pages-heldout44.js';
import { HELDOUT45_PAGES } from '../src/test-support/pages-heldout45.js';
import { HELDOUT46_PAGES } from '../src/test-support/pages-heldout46.js';
import { HELDOUT47_PAGES } from '../src/test-support/pages-heldout47.js';
import { HELDOUT48_PAGES } from '../src/test-support/pages-heldout48.js';
import { HELDOUT49_PAGES } from '../src/test-support/pages-heldout49.js';
import { HELDOUT50_PAGES } from '../src/test-support/pages-heldout50.js';
import { HELDOUT51_PAGES } from '../src/test-support/pages-heldout51.js';
import { HELDOUT52_PAGES } from '../src/test-support/pages-heldout52.js';
import { HELDOUT53_PAGES } from '../src/test-support/pages-heldout53.js';
import { HELDOUT54_PAGES } from '../src/test-support/pages-heldout54.js';
import { HELDOUT55_PAGES } from '../src/test-support/pages-heldout55.js';
import { HELDOUT56_PAGES } from '../src/test-support/pages-heldout56.js';
import { HELDOUT57_PAGES } from '../src/test-support/pages-heldout57.js';
import { HELDOUT58_PAGES } from '../src/test-support/pages-heldout58.js';
import { HELDOUT59_PAGES } from '../src/test-support/pages-heldout59.js';
import { HELDOUT60_PAGES } from '../src/test-support/pages-heldout60.js';
import { HELDOUT61_PAGES } from '../src/test-support/pages-heldout61.js';
import { HELDOUT62_PAGES } from '../src/test-support/pages-heldout62.js';
import { HELDOUT63_PAGES } from '../src/test-support/pages-heldout63.js';
import { HELDOUT64_PAGES } from '../src/test-support/pages-heldout64.js';
import { HELDOUT65_PAGES } from '../src/test-support/pages-heldout65.js';
import { HELDOUT66_PAGES } from '../src/test-support/pages-heldout66.js';
import { HELDOUT67_PAGES } from '../src/test-support/pages-heldout67.js';
import { HELDOUT68_PAGES } from '../src/test-support/pages-heldout68.js';
import { HELDOUT69_PAGES } from '../src/test-support/pages-heldout69.js';
import { HELDOUT70_PAGES } from '../src/test-support/pages-heldout70.js';
import { HELDOUT71_PAGES } from '../src/test-support/pages-heldout71.js';
import { HELDOUT72_PAGES } from '../src/test-support/pages-heldout72.js';
import { HELDOUT73_PAGES } from '../src/test-support/pages-heldout73.js';
import { HELDOUT74_PAGES } from '../src/test-support/pages-heldout74.js';
import { HELDOUT75_PAGES } from '../src/test-support/pages-heldout75.js';
import { HELDOUT76_PAGES } from '../src/test-support/pages-heldout76.js';
import { HELDOUT77_PAGES } from '../src/test-support/pages-heldout77.js';
import { HELDOUT78_PAGES } from '../src/test-support/pages-heldout78.js';
import { HELDOUT79_PAGES } from '../src/test-support/pages-heldout79.js';
import { HELDOUT80_PAGES } from '../src/test-support/pages-heldout80.js';
import { HELDOUT81_PAGES } from '../src/test-support/pages-heldout81.js';
import { HELDOUT82_PAGES } from '../src/test-support/pages-heldout82.js';
import { HELDOUT83_PAGES } from '../src/test-support/pages-heldout83.js';
import { HELDOUT84_PAGES } from '../src/test-support/pages-heldout84.js';
import { HELDOUT85_PAGES } from '../src/test-support/pages-heldout85.js';
import { HELDOUT86_PAGES } from '../src/test-support/pages-heldout86.js';

export const LATER_SETS: ReadonlyArray<[string, readonly TestPage[]]> = [
  [
    'pages of batch 44, held out in session 18, measured once on the round-38 rules: 77.4 % / 81.5 %, 22 / 115 bylines, 96 / 701 furniture, ' +
      '4 / 12 summaries with any; the round-39 and round-41 rules tuned on them (training)',
    HELDOUT44_PAGES,
  ],
  [
    'pages of batch 45, held out in session 18, measured once on the round-38 rules: 84.3 % / 69.3 %, 4 / 118 bylines, 35 / 575 furniture, ' +
      '4 / 12 summaries with any; the round-39 rules tuned on them (training)',
    HELDOUT45_PAGES,
  ],
  [
    'pages of batch 46, held out in session 18, measured once on the round-38 rules: 86.5 % / 93.9 %, 6 / 30 bylines, 138 / 828 furniture, ' +
      "7 / 12 summaries with any; not tuned on yet (the next round's training batch)",
    HELDOUT46_PAGES,
  ],
  [
    'pages of batch 47, held out in session 18, measured once on the round-38 rules: 72.3 % / 68.5 %, 30 / 127 bylines, 112 / 567 furniture, ' +
      '8 / 12 summaries with any; not tuned on (held out)',
    HELDOUT47_PAGES,
  ],
  [
    'pages of batch 48, held out in session 18, measured once on the round-39 rules: 99.6 % / 99.9 %, 0 / 44 bylines, 5 / 629 furniture, ' +
      '0 / 12 summaries with any; not tuned on (held out)',
    HELDOUT48_PAGES,
  ],
  [
    'pages of batch 49, held out in session 18, measured once on the round-39 rules: 97.4 % / 99.4 %, 5 / 114 bylines, 29 / 534 furniture, ' +
      '1 / 12 summaries with any; not tuned on (held out)',
    HELDOUT49_PAGES,
  ],
  [
    'pages of batch 50, held out in session 18, measured once on the round-39 rules: 96.4 % / 90.5 %, 4 / 89 bylines, 35 / 537 furniture, ' +
      '0 / 12 summaries with any; the round-40 and round-41 rules tuned on three of its pages (training)',
    HELDOUT50_PAGES,
  ],
  [
    'pages of batch 51, held out in session 18, measured once on the round-39 rules: 84.8 % / 85.6 %, 9 / 95 bylines, 138 / 882 furniture, ' +
      "5 / 12 summaries with any; not tuned on yet (a next round's training batch)",
    HELDOUT51_PAGES,
  ],
  [
    'pages of batch 52, held out in session 19, measured once on the round-41 rules: 98.7 % / 99.3 %, 0 / 30 bylines, 7 / 638 furniture, ' +
      '0 / 12 summaries with any; not tuned on (held out)',
    HELDOUT52_PAGES,
  ],
  [
    'pages of batch 53, held out in session 19, measured once on the round-41 rules: 89.8 % / 98.7 %, 1 / 17 bylines, 54 / 763 furniture, ' +
      '1 / 12 summaries with any; not tuned on (held out)',
    HELDOUT53_PAGES,
  ],
  [
    'pages of batch 54, held out in session 19, measured once on the round-41 rules: 100.0 % / 99.2 %, 0 / 37 bylines, 0 / 405 furniture, ' +
      '0 / 12 summaries with any; not tuned on (a training batch, in the tests since)',
    HELDOUT54_PAGES,
  ],
  [
    'pages of batch 55, held out in session 19, measured once on the round-41 rules: 92.8 % / 97.7 %, 2 / 106 bylines, 34 / 733 furniture, ' +
      '1 / 12 summaries with any; the round-41 rules tuned on it (training)',
    HELDOUT55_PAGES,
  ],
  [
    'pages of batch 56, held out in session 19, measured once on the round-41 rules: 91.6 % / 98.1 %, 4 / 22 bylines, 54 / 872 furniture, ' +
      '3 / 12 summaries with any; not tuned on (held out)',
    HELDOUT56_PAGES,
  ],
  [
    'pages of batch 57, held out in session 19, measured once on the round-41 rules: 88.4 % / 95.7 %, 4 / 9 bylines, 83 / 733 furniture, ' +
      '1 / 12 summaries with any; the round-41 rules tuned on it (training)',
    HELDOUT57_PAGES,
  ],
  [
    'pages of batch 58, held out in session 19, measured once on the round-41 rules: 87.7 % / 98.8 %, 0 / 19 bylines, 45 / 762 furniture, ' +
      '3 / 12 summaries with any; the round-41 rules tuned on it (training)',
    HELDOUT58_PAGES,
  ],
  [
    'pages of batch 59, held out in session 20, measured once on the round-41 rules: 100.0 % / 97.6 %, 0 / 8 bylines, 0 / 293 furniture, ' +
      '0 / 12 summaries with any; the round-42 rules tuned on it (training)',
    HELDOUT59_PAGES,
  ],
  [
    'pages of batch 60, held out in session 20, measured once on the round-42 rules: 97.6 % / 98.6 %, 0 / 13 bylines, 22 / 802 furniture, ' +
      '2 / 12 summaries with any; not tuned on (held out)',
    HELDOUT60_PAGES,
  ],
  [
    'pages of batch 61, held out in session 20, measured once on the round-41 rules: 99.1 % / 99.3 %, 0 / 21 bylines, 11 / 450 furniture, ' +
      '1 / 12 summaries with any; the round-42 rules tuned on it (training)',
    HELDOUT61_PAGES,
  ],
  [
    'pages of batch 62, held out in session 20, measured once on the round-42 rules: 95.1 % / 97.6 %, 0 / 101 bylines, 14 / 632 furniture, ' +
      '2 / 12 summaries with any; not tuned on (held out)',
    HELDOUT62_PAGES,
  ],
  [
    'pages of batch 63, held out in session 20, measured once on the round-42 rules: 97.8 % / 100.0 %, 1 / 43 bylines, 10 / 746 furniture, ' +
      '1 / 12 summaries with any; not tuned on (held out)',
    HELDOUT63_PAGES,
  ],
  [
    'pages of batch 64, held out in session 20, measured once on the round-41 rules: 93.6 % / 91.5 %, 7 / 122 bylines, 29 / 758 furniture, ' +
      '1 / 12 summaries with any; the round-42 rules tuned on it (training)',
    HELDOUT64_PAGES,
  ],
  [
    'pages of batch 65, held out in session 20, measured once on the round-42 rules (before their end): 97.3 % / 100.0 %, ' +
      '2 / 46 bylines, 10 / 610 furniture, 1 / 12 summaries with any; the end of round 42 tuned on it (training)',
    HELDOUT65_PAGES,
  ],
  [
    'pages of batch 66, held out in session 20, measured once on the round-42 rules (before their end): 99.6 % / 100.0 %, 0 / 50 bylines, 1 / 379 furniture, ' +
      '0 / 12 summaries with any; the end of round 42 tuned on it (training)',
    HELDOUT66_PAGES,
  ],
  [
    'pages of batch 67, held out in session 20, measured once on the rules of the end of round 42: 98.1 % / 99.9 %, 0 / 54 bylines, 7 / 779 furniture, ' +
      '3 / 12 summaries with any; not tuned on (held out)',
    HELDOUT67_PAGES,
  ],
  [
    'pages of batch 68, held out in session 20, measured once on the round-42 rules (with the alert-bar rule): 97.7 % / 98.1 %, ' +
      '0 / 40 bylines, 9 / 661 furniture, 1 / 12 summaries with any; not tuned on (held out)',
    HELDOUT68_PAGES,
  ],
  [
    'pages of batch 70, held out in session 20, measured once on the rules of the end of round 42: 96.7 % / 97.1 %, ' +
      '0 / 18 bylines, 29 / 526 furniture, 2 / 12 summaries with any; the round-42 help-centre rules tuned on it (training)',
    HELDOUT70_PAGES,
  ],
  [
    'pages of batch 69, held out in session 20, measured once on the round-42 rules (help centres included): 92.0 % / 99.3 %, ' +
      '0 / 105 bylines, 25 / 779 furniture, 0 / 12 summaries with any; the round-43 rules tuned on it (training)',
    HELDOUT69_PAGES,
  ],
  [
    'pages of batch 71, held out in session 21, measured once on the round-43 rules (forums): ' +
      '97.1 % / 99.2 %, 2 / 63 bylines, 22 / 665 furniture, 0 / 12 summaries with any; not tuned on (held out)',
    HELDOUT71_PAGES,
  ],
  [
    'pages of batch 72, held out in session 21, measured once on the round-43 rules (forums): ' +
      '96.8 % / 99.0 %, 1 / 48 bylines, 7 / 653 furniture, 0 / 12 summaries with any; the round-43 notice rules tuned on it (training)',
    HELDOUT72_PAGES,
  ],
  [
    'pages of batch 73, held out in session 21, measured once on the round-43 rules (forums): ' +
      '96.8 % / 92.6 %, 0 / 31 bylines, 13 / 673 furniture, 4 / 12 summaries with any; the round-43 notice rules tuned on it (training)',
    HELDOUT73_PAGES,
  ],
  [
    'pages of batch 74, held out in session 21, measured once on the round-43 rules (forums): ' +
      '96.5 % / 100.0 %, 1 / 40 bylines, 5 / 693 furniture, 2 / 12 summaries with any; not tuned on (held out)',
    HELDOUT74_PAGES,
  ],
  [
    'pages of batch 75, held out in session 21, measured once on the round-43 rules (forums): ' +
      '96.2 % / 99.9 %, 0 / 59 bylines, 34 / 782 furniture, 2 / 12 summaries with any; the round-43 notice rules tuned on it (training)',
    HELDOUT75_PAGES,
  ],
  [
    'pages of batch 76, held out in session 21, measured once on the round-43 rules (forums): ' +
      '99.1 % / 98.9 %, 0 / 50 bylines, 6 / 598 furniture, 1 / 12 summaries with any; not tuned on (held out)',
    HELDOUT76_PAGES,
  ],
  [
    'pages of batch 77, held out in session 21, measured once on the round-43 rules (notices of batches 78 and 79 in part): ' +
      '98.1 % / 97.3 %, 0 / 35 bylines, 7 / 590 furniture, 2 / 12 summaries with any; not tuned on (held out)',
    HELDOUT77_PAGES,
  ],
  [
    'pages of batch 78, held out in session 21, measured once on the round-43 rules (notices of batches 72, 73 and 75): ' +
      '98.7 % / 100.0 %, 3 / 40 bylines, 4 / 641 furniture, 1 / 12 summaries with any; the round-43 notice lines tuned on it (training)',
    HELDOUT78_PAGES,
  ],
  [
    'pages of batch 79, held out in session 21, measured once on the round-43 rules (notices of batches 72, 73 and 75): ' +
      '96.4 % / 98.2 %, 0 / 11 bylines, 23 / 665 furniture, 2 / 12 summaries with any; the round-43 notice lines tuned on it (training)',
    HELDOUT79_PAGES,
  ],
  [
    'pages of batch 80, held out in session 21, measured once on the round-43 rules (with the notices of batches 78 and 79): ' +
      '96.9 % / 98.7 %, 0 / 26 bylines, 7 / 479 furniture, 1 / 12 summaries with any; not tuned on (held out)',
    HELDOUT80_PAGES,
  ],
  [
    'pages of batch 82, held out in session 21, measured once on the round-43 rules (notices of batches 78 and 79 in part): ' +
      '96.4 % / 98.6 %, 1 / 29 bylines, 23 / 659 furniture, 1 / 12 summaries with any; not tuned on (held out)',
    HELDOUT82_PAGES,
  ],
  [
    'pages of batch 81, held out in session 21, measured once on the round-43 rules (with the notices of batches 78 and 79): ' +
      '98.0 % / 99.4 %, 0 / 107 bylines, 11 / 784 furniture, 0 / 12 summaries with any; the last round-43 lines tuned on it (training)',
    HELDOUT81_PAGES,
  ],
  [
    'pages of batch 85, held out in session 21, measured once on the rules of the end of round 43 (before its last lines): ' +
      '96.6 % / 98.6 %, 0 / 41 bylines, 13 / 585 furniture, 4 / 12 summaries with any; the last round-43 lines tuned on it (training)',
    HELDOUT85_PAGES,
  ],
  [
    'pages of batch 83, held out in session 21, measured once on the rules of the end of round 43 (its last lines included): ' +
      '98.6 % / 99.8 %, 1 / 40 bylines, 12 / 676 furniture, 1 / 12 summaries with any; not tuned on (held out)',
    HELDOUT83_PAGES,
  ],
  [
    'pages of batch 84, held out in session 21, measured once on the round-43 rules (all but the lines of batch 85): ' +
      '99.6 % / 98.2 %, 0 / 35 bylines, 6 / 665 furniture, 1 / 12 summaries with any; not tuned on (held out)',
    HELDOUT84_PAGES,
  ],
  [
    'pages of batch 86, held out in session 21, measured once on the rules of the end of round 43 (before the lines of batch 86): ' +
      '98.0 % / 99.1 %, 1 / 21 bylines, 27 / 828 furniture, 2 / 12 summaries with any; the help-centre lines of round 43 tuned on it (training)',
    HELDOUT86_PAGES,
  ],
  ...SESSION22_SETS,
  ...SESSION23_SETS,
  ...SESSION24_SETS,
  ...SESSION25_SETS,
  ...SESSION25_LATE_SETS,
  ...SESSION26_SETS,
  ...SESSION26_LATE_SETS,
  ...SESSION27_SETS,
  ...SESSION28_SETS,
  ...SESSION29_SETS,
  ...SESSION30_SETS,
  ...SESSION31_SETS,
  ...SESSION32_SETS,
  ...SESSION33_SETS,
  ...SESSION34_SETS,
  ...SESSION35_SETS,
  ...SESSION36_SETS,
];
