/**
 * The page sets of the extractor comparison written late in session 26 (batches 178 to 183), labelled as in
 * comparison-sets-26.ts: measured once on the rules of round 59 with the learned model refitted in session 25.
 */
import type { TestPage } from '../src/test-support/page-kit.js';
import { blindFirstSight } from './comparison-labels.js';
import { HELDOUT178_PAGES } from '../src/test-support/pages-heldout178.js';
import { HELDOUT179_PAGES } from '../src/test-support/pages-heldout179.js';
import { HELDOUT180_PAGES } from '../src/test-support/pages-heldout180.js';
import { HELDOUT181_PAGES } from '../src/test-support/pages-heldout181.js';
import { HELDOUT182_PAGES } from '../src/test-support/pages-heldout182.js';
import { HELDOUT183_PAGES } from '../src/test-support/pages-heldout183.js';

const firstSight = blindFirstSight(26, 59);

export const SESSION26_LATE_SETS: ReadonlyArray<[string, readonly TestPage[]]> = [
  [
    firstSight(
      178,
      "news agencies' English services",
      '96.3 % / 99.7 %, 7 / 38 bylines, 11 / 554 furniture, 0 / 12 summaries with any',
      '97.2 % / 99.7 %, 6 / 38 bylines, 9 / 554 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT178_PAGES,
  ],
  [
    firstSight(
      179,
      'public bodies, international organisations and charities',
      '95.5 % / 97.8 %, 2 / 23 bylines, 20 / 658 furniture, 1 / 12 summaries with any',
      '95.9 % / 97.8 %, 0 / 23 bylines, 18 / 658 furniture, 1 / 12 summaries with any',
      'the round-60 table footnote tuned on one of its pages (training)',
    ),
    HELDOUT179_PAGES,
  ],
  [
    firstSight(
      180,
      'cloud and developer-tool documentation',
      '99.3 % / 97.7 %, 0 / 13 bylines, 6 / 562 furniture, 1 / 12 summaries with any',
      '99.4 % / 97.7 %, 0 / 13 bylines, 3 / 562 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT180_PAGES,
  ],
  [
    firstSight(
      181,
      'health and medical reference pages',
      '92.6 % / 99.1 %, 3 / 18 bylines, 40 / 643 furniture, 2 / 12 summaries with any',
      '93.7 % / 99.0 %, 2 / 18 bylines, 37 / 643 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT181_PAGES,
  ],
  [
    firstSight(
      182,
      'question-and-answer sites',
      '97.4 % / 99.8 %, 7 / 123 bylines, 23 / 1173 furniture, 1 / 12 summaries with any',
      '98.1 % / 99.8 %, 3 / 123 bylines, 18 / 1173 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT182_PAGES,
  ],
  [
    firstSight(
      183,
      'legal, scholarly and archival documents',
      '90.6 % / 90.7 %, 4 / 36 bylines, 21 / 537 furniture, 5 / 12 summaries with any',
      '92.5 % / 90.1 %, 2 / 36 bylines, 18 / 537 furniture, 4 / 12 summaries with any',
      "the round-60 contents-target class, information block and transcriber's note tuned on two of its pages (training)",
    ),
    HELDOUT183_PAGES,
  ],
];
