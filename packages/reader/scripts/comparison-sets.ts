/**
 * The page sets of the extractor comparison (compare-extractors.ts), each labelled with where it
 * came from and what its first measurement was: a batch held out when it was written is measured
 * once, before any rule looks at it, and the label keeps that first figure.
 */
import type { TestPage } from '../src/test-support/page-kit.js';
import { HELDOUT_PAGES } from '../src/test-support/pages-heldout.js';
import { HELDOUT2_PAGES } from '../src/test-support/pages-heldout2.js';
import { HELDOUT3_PAGES } from '../src/test-support/pages-heldout3.js';
import { HELDOUT4_PAGES } from '../src/test-support/pages-heldout4.js';
import { HELDOUT5_PAGES } from '../src/test-support/pages-heldout5.js';
import { HELDOUT6_PAGES } from '../src/test-support/pages-heldout6.js';
import { HELDOUT7_PAGES } from '../src/test-support/pages-heldout7.js';
import { HELDOUT8_PAGES } from '../src/test-support/pages-heldout8.js';
import { HELDOUT9_PAGES } from '../src/test-support/pages-heldout9.js';
import { HELDOUT10_PAGES } from '../src/test-support/pages-heldout10.js';
import { HELDOUT11_PAGES } from '../src/test-support/pages-heldout11.js';
import { HELDOUT12_PAGES } from '../src/test-support/pages-heldout12.js';
import { HELDOUT13_PAGES } from '../src/test-support/pages-heldout13.js';
import { HELDOUT14_PAGES } from '../src/test-support/pages-heldout14.js';
import { HELDOUT15_PAGES } from '../src/test-support/pages-heldout15.js';
import { HELDOUT16_PAGES } from '../src/test-support/pages-heldout16.js';
import { HELDOUT17_PAGES } from '../src/test-support/pages-heldout17.js';
import { HELDOUT18_PAGES } from '../src/test-support/pages-heldout18.js';
import { HELDOUT19_PAGES } from '../src/test-support/pages-heldout19.js';
import { HELDOUT20_PAGES } from '../src/test-support/pages-heldout20.js';
import { HELDOUT21_PAGES } from '../src/test-support/pages-heldout21.js';
import { HELDOUT22_PAGES } from '../src/test-support/pages-heldout22.js';
import { HELDOUT23_PAGES } from '../src/test-support/pages-heldout23.js';
import { HELDOUT24_PAGES } from '../src/test-support/pages-heldout24.js';
import { HELDOUT25_PAGES } from '../src/test-support/pages-heldout25.js';
import { HELDOUT26_PAGES } from '../src/test-support/pages-heldout26.js';
import { HELDOUT27_PAGES } from '../src/test-support/pages-heldout27.js';
import { HELDOUT28_PAGES } from '../src/test-support/pages-heldout28.js';
import { HELDOUT29_PAGES } from '../src/test-support/pages-heldout29.js';
import { HELDOUT30_PAGES } from '../src/test-support/pages-heldout30.js';
import { HELDOUT31_PAGES } from '../src/test-support/pages-heldout31.js';
import { HELDOUT32_PAGES } from '../src/test-support/pages-heldout32.js';
import { HELDOUT33_PAGES } from '../src/test-support/pages-heldout33.js';
import { HELDOUT34_PAGES } from '../src/test-support/pages-heldout34.js';
import { HELDOUT35_PAGES } from '../src/test-support/pages-heldout35.js';
import { HELDOUT38_PAGES } from '../src/test-support/pages-heldout38.js';
import { HELDOUT39_PAGES } from '../src/test-support/pages-heldout39.js';
import { HELDOUT40_PAGES } from '../src/test-support/pages-heldout40.js';
import { HELDOUT41_PAGES } from '../src/test-support/pages-heldout41.js';
import { HELDOUT42_PAGES } from '../src/test-support/pages-heldout42.js';
import { HELDOUT43_PAGES } from '../src/test-support/pages-heldout43.js';
import { HELDOUT36_PAGES } from '../src/test-support/pages-heldout36.js';
import { HELDOUT37_PAGES } from '../src/test-support/pages-heldout37.js';
import { TEST_PAGES } from '../src/test-support/pages.js';
import { LATER_SETS } from './comparison-sets-later.js';
import { SESSION37_SETS } from './comparison-sets-37.js';
import { SESSION38_SETS } from './comparison-sets-38.js';
import { SESSION39_SETS } from './comparison-sets-39.js';
import { SESSION40_SETS } from './comparison-sets-40.js';
import { SESSION41_SETS } from './comparison-sets-41.js';
import { SESSION42_SETS } from './comparison-sets-42.js';
import { SESSION43_SETS } from './comparison-sets-43.js';
import { SESSION44_SETS } from './comparison-sets-44.js';
import { SESSION45_SETS } from './comparison-sets-45.js';
import { SESSION46_SETS } from './comparison-sets-46.js';

export const SETS: ReadonlyArray<[string, readonly TestPage[]]> = [
  ['written pages, rules tuned on them (training)', TEST_PAGES],
  ['held-out pages of sprint 7; the sprint-8 rules looked at them (training)', HELDOUT_PAGES],
  ['pages of batch 2, the sprint-8 rules tuned on them (training)', HELDOUT2_PAGES],
  ['pages of batch 3, held out in sprint 8; the sprint-9 rules tuned on them (training)', HELDOUT3_PAGES],
  ['pages of batch 4, held out in sprint 9; the layout-box fix and the session-9 rules tuned on them (training)', HELDOUT4_PAGES],
  ['pages of batch 5, held out in session 9, measured once: 93.0 % / 99.6 %; the session-9 round-4 rules tuned on them (training)', HELDOUT5_PAGES],
  [
    'pages of batch 6, held out in session 10, measured once: 97.8 % / 98.2 %, 1 / 47 bylines, 11 / 289 furniture; the round-5 rules tuned on them (training)',
    HELDOUT6_PAGES,
  ],
  [
    'pages of batch 7, held out in session 10, measured once: 96.0 % / 97.3 %, 2 / 40 bylines, 7 / 362 furniture; the round-6 rules tuned on them (training)',
    HELDOUT7_PAGES,
  ],
  [
    'pages of batch 8, held out in session 10, measured once: 91.3 % / 88.9 %, 7 / 25 bylines, 25 / 241 furniture; the round-7 rules tuned on them (training)',
    HELDOUT8_PAGES,
  ],
  [
    'pages of batch 9, held out in session 11, measured once: 96.4 % / 88.9 %, 10 / 34 bylines, 13 / 249 furniture; the round-8 rules tuned on them (training)',
    HELDOUT9_PAGES,
  ],
  [
    'pages of batch 10, held out in session 11, measured once: 80.7 % / 73.5 %, 0 / 50 bylines, 26 / 396 furniture, 4 / 12 summaries with any; ' +
      'the round-9 rules tuned on them (training)',
    HELDOUT10_PAGES,
  ],
  [
    'pages of batch 11, held out in session 11, measured once: 90.4 % / 97.7 %, 13 / 47 bylines, 32 / 309 furniture, 5 / 12 summaries with any; ' +
      'the round-10 rules tuned on them (training)',
    HELDOUT11_PAGES,
  ],
  [
    'pages of batch 12, held out in session 12, measured once on the round-10 rules: 93.2 % / 97.6 %, 4 / 36 bylines, 59 / 509 furniture, ' +
      '5 / 12 summaries with any; the round-11 rules tuned on them (training)',
    HELDOUT12_PAGES,
  ],
  [
    'pages of batch 13, held out in session 12, measured once on the round-11 rules: 95.6 % / 97.1 %, 2 / 45 bylines, 18 / 456 furniture, ' +
      '1 / 12 summaries with any; the round-12 rules tuned on them (training)',
    HELDOUT13_PAGES,
  ],
  [
    'pages of batch 14, held out in session 12, measured once on the round-12 rules: 95.4 % / 99.1 %, 15 / 45 bylines, 39 / 511 furniture, ' +
      '3 / 12 summaries with any; the round-13 rules tuned on them (training)',
    HELDOUT14_PAGES,
  ],
  [
    'pages of batch 15, held out in session 12, measured once on the round-13 rules: 96.9 % / 98.1 %, 0 / 36 bylines, 19 / 376 furniture, ' +
      '0 / 12 summaries with any; the round-14 rules tuned on them (training)',
    HELDOUT15_PAGES,
  ],
  [
    'pages of batch 16, held out in session 13, measured once on the round-14 rules: 96.6 % / 94.6 %, 2 / 51 bylines, 40 / 529 furniture, ' +
      '2 / 12 summaries with any; the round-15 rules tuned on them (training)',
    HELDOUT16_PAGES,
  ],
  [
    'pages of batch 17, held out in session 13, measured once on the round-15 rules: 95.3 % / 100.0 %, 5 / 58 bylines, 40 / 634 furniture, ' +
      '1 / 12 summaries with any; the round-16 rules tuned on them (training)',
    HELDOUT17_PAGES,
  ],
  [
    'pages of batch 18, held out in session 13, measured once on the round-16 rules: 94.2 % / 94.6 %, 6 / 40 bylines, 19 / 541 furniture, ' +
      '1 / 12 summaries with any; the round-17 rules tuned on them (training)',
    HELDOUT18_PAGES,
  ],
  [
    'pages of batch 19, held out in session 13, measured once on the round-17 rules: 97.1 % / 94.6 %, 5 / 28 bylines, 10 / 506 furniture, ' +
      '1 / 12 summaries with any; the round-18 rules tuned on them (training)',
    HELDOUT19_PAGES,
  ],
  [
    'pages of batch 20, held out in session 14, measured once on the round-18 rules: 97.0 % / 99.5 %, 0 / 39 bylines, 20 / 786 furniture, ' +
      '1 / 12 summaries with any; the round-19 rules tuned on them (training)',
    HELDOUT20_PAGES,
  ],
  [
    'pages of batch 21, held out in session 14, measured once on the round-19 rules: 99.1 % / 96.4 %, 0 / 22 bylines, 10 / 629 furniture, ' +
      '2 / 12 summaries with any; the round-20 rules tuned on them (training)',
    HELDOUT21_PAGES,
  ],
  [
    'pages of batch 22, held out in session 14, measured once on the round-20 rules: 90.0 % / 91.3 %, 7 / 72 bylines, 95 / 597 furniture, ' +
      '3 / 12 summaries with any; the round-21 rules tuned on them (training)',
    HELDOUT22_PAGES,
  ],
  [
    'pages of batch 23, held out in session 14, measured once on the round-22 rules: 89.3 % / 85.7 %, 1 / 29 bylines, 6 / 611 furniture, ' +
      '0 / 12 summaries with any; the round-23 rules tuned on them (training)',
    HELDOUT23_PAGES,
  ],
  [
    'pages of batch 24, held out in session 14, measured once on the round-23 rules: 96.8 % / 97.3 %, 10 / 33 bylines, 9 / 572 furniture, ' +
      '1 / 12 summaries with any; the round-24 rules tuned on them (training)',
    HELDOUT24_PAGES,
  ],
  [
    'pages of batch 25, held out in session 15, measured once on the round-24 rules: 99.2 % / 99.2 %, 1 / 43 bylines, 8 / 627 furniture, ' +
      '0 / 12 summaries with any; the round-25 rules tuned on them (training)',
    HELDOUT25_PAGES,
  ],
  [
    'pages of batch 26, held out in session 15, measured once on the round-25 rules: 98.0 % / 97.5 %, 0 / 33 bylines, 8 / 458 furniture, ' +
      '1 / 12 summaries with any; the round-26 rules tuned on them (training)',
    HELDOUT26_PAGES,
  ],
  [
    'pages of batch 27, held out in session 15, measured once on the round-26 rules: 89.0 % / 94.9 %, 1 / 92 bylines, 26 / 621 furniture, ' +
      '1 / 12 summaries with any; the round-27 rules tuned on them (training)',
    HELDOUT27_PAGES,
  ],
  [
    'pages of batch 28, held out in session 15, measured once on the round-27 rules: 98.8 % / 93.1 %, 1 / 54 bylines, 13 / 732 furniture, ' +
      '1 / 12 summaries with any; the round-28 rules tuned on them (training)',
    HELDOUT28_PAGES,
  ],
  [
    'pages of batch 29, held out in session 15, measured once on the round-27 rules: 97.6 % / 99.6 %, 0 / 37 bylines, 15 / 647 furniture, ' +
      '1 / 12 summaries with any; the round-29 rules tuned on them (training)',
    HELDOUT29_PAGES,
  ],
  [
    'pages of batch 30, held out in session 15, measured once on the round-27 rules: 98.1 % / 95.5 %, 7 / 27 bylines, 13 / 513 furniture, ' +
      '1 / 12 summaries with any; the round-28 rules tuned on them (training)',
    HELDOUT30_PAGES,
  ],
  [
    'pages of batch 31, held out in session 15, measured once on the round-28 rules: 98.1 % / 98.8 %, 4 / 122 bylines, 11 / 737 furniture, ' +
      '1 / 12 summaries with any; the round-29 rules tuned on them (training)',
    HELDOUT31_PAGES,
  ],
  [
    'pages of batch 32, held out in session 16, measured once on the round-29 rules: 97.1 % / 94.6 %, 5 / 38 bylines, 11 / 526 furniture, ' +
      '0 / 12 summaries with any; the round-30 rules tuned on them (training)',
    HELDOUT32_PAGES,
  ],
  [
    'pages of batch 33, held out in session 16, measured once on the round-30 rules: 97.8 % / 93.6 %, 1 / 13 bylines, 4 / 369 furniture, ' +
      '1 / 12 summaries with any; the round-31 rules tuned on them (training)',
    HELDOUT33_PAGES,
  ],
  [
    'pages of batch 34, held out in session 16, measured once on the round-30 rules: 93.0 % / 91.8 %, 2 / 60 bylines, 31 / 628 furniture, ' +
      '2 / 12 summaries with any; the round-31 rules tuned on them (training)',
    HELDOUT34_PAGES,
  ],
  [
    'pages of batch 36, held out in session 16, measured once on the round-31 rules: 98.2 % / 99.3 %, 0 / 41 bylines, 9 / 522 furniture, ' +
      '1 / 12 summaries with any; the round-32 rules tuned on them (training)',
    HELDOUT36_PAGES,
  ],
  [
    'pages of batch 37, held out in session 16, measured once on the round-31 rules: 99.0 % / 99.6 %, 0 / 27 bylines, 7 / 360 furniture, ' +
      '1 / 12 summaries with any; the round-32 rules tuned on them (training)',
    HELDOUT37_PAGES,
  ],
  [
    'pages of batch 35, held out in session 16, measured once on the round-32 rules: 93.3 % / 80.4 %, 14 / 109 bylines, 37 / 510 furniture, ' +
      '2 / 12 summaries with any; the round-33 rules tuned on them (training)',
    HELDOUT35_PAGES,
  ],
  [
    'pages of batch 39, held out in session 17, measured once on the round-33 rules: 96.1 % / 98.5 %, 1 / 27 bylines, 32 / 675 furniture, ' +
      '2 / 12 summaries with any; the round-34 rules tuned on them (training)',
    HELDOUT39_PAGES,
  ],
  [
    'pages of batch 38, held out in session 17, measured once on the round-33 rules: 93.7 % / 87.2 %, 14 / 123 bylines, 48 / 658 furniture, ' +
      '4 / 12 summaries with any; the round-34 rules tuned on them (training)',
    HELDOUT38_PAGES,
  ],
  [
    'pages of batch 40, held out in session 17, measured once on the round-34 rules: 77.2 % / 79.1 %, 14 / 100 bylines, 50 / 529 furniture, ' +
      '5 / 12 summaries with any; the round-35 rules tuned on them (training)',
    HELDOUT40_PAGES,
  ],
  [
    'pages of batch 41, held out in session 17, measured once on the round-34 rules: 99.9 % / 96.5 %, 1 / 35 bylines, 3 / 463 furniture, ' +
      '0 / 12 summaries with any; the round-35 rules tuned on them (training)',
    HELDOUT41_PAGES,
  ],
  [
    'pages of batch 42, held out in session 17, measured once on the round-35 rules: 91.6 % / 83.0 %, 21 / 128 bylines, 103 / 761 furniture, ' +
      '3 / 12 summaries with any; the round-36 and round-37 rules tuned on two of its pages (training)',
    HELDOUT42_PAGES,
  ],
  [
    'pages of batch 43, held out in session 17, measured once on the round-35 rules: 93.6 % / 98.7 %, 0 / 33 bylines, 42 / 973 furniture, ' +
      '1 / 12 summaries with any; not tuned on (held out)',
    HELDOUT43_PAGES,
  ],
  ...LATER_SETS,
  ...SESSION37_SETS,
  ...SESSION38_SETS,
  ...SESSION39_SETS,
  ...SESSION40_SETS,
  ...SESSION41_SETS,
  ...SESSION42_SETS,
  ...SESSION43_SETS,
  ...SESSION44_SETS,
  ...SESSION45_SETS,
  ...SESSION46_SETS,
];
