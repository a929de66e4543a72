/**
 * The page sets of the extractor comparison written at the end of session 25 (batches 154 to 159), labelled as in
 * comparison-sets-25.ts: measured once on the rules of round 54 with the model refitted in session 25.
 */
import type { TestPage } from '../src/test-support/page-kit.js';
import { HELDOUT154_PAGES } from '../src/test-support/pages-heldout154.js';
import { HELDOUT155_PAGES } from '../src/test-support/pages-heldout155.js';
import { HELDOUT156_PAGES } from '../src/test-support/pages-heldout156.js';
import { HELDOUT157_PAGES } from '../src/test-support/pages-heldout157.js';
import { HELDOUT158_PAGES } from '../src/test-support/pages-heldout158.js';
import { HELDOUT159_PAGES } from '../src/test-support/pages-heldout159.js';
import { firstSight } from './comparison-sets-25.js';

export const SESSION25_LATE_SETS: ReadonlyArray<[string, readonly TestPage[]]> = [
  [
    firstSight(
      154,
      'news from more US and UK outlets',
      '98.2 % / 100.0 %, 0 / 46 bylines, 13 / 688 furniture, 1 / 12 summaries with any',
      '98.8 % / 100.0 %, 0 / 46 bylines, 9 / 688 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
      54,
    ),
    HELDOUT154_PAGES,
  ],
  [
    firstSight(
      155,
      'more blog and newsletter platforms',
      '99.5 % / 99.6 %, 0 / 31 bylines, 7 / 463 furniture, 1 / 12 summaries with any',
      'the same',
      'the forwarded-email line of round 55 tuned on one of its pages, the model not fitted on it (held out)',
      54,
    ),
    HELDOUT155_PAGES,
  ],
  [
    firstSight(
      156,
      'help centres and product docs',
      '97.5 % / 100.0 %, 0 / 2 bylines, 12 / 611 furniture, 1 / 12 summaries with any',
      '97.7 % / 100.0 %, 0 / 2 bylines, 9 / 611 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
      54,
    ),
    HELDOUT156_PAGES,
  ],
  [
    firstSight(
      157,
      'encyclopedias, wikis and health pages',
      '96.7 % / 99.6 %, 1 / 27 bylines, 21 / 711 furniture, 2 / 12 summaries with any',
      '97.5 % / 99.6 %, 1 / 27 bylines, 18 / 711 furniture, 2 / 12 summaries with any',
      'not tuned on (held out)',
      54,
    ),
    HELDOUT157_PAGES,
  ],
  [
    firstSight(
      158,
      'forums and discussions on more platforms',
      '98.8 % / 98.0 %, 2 / 141 bylines, 16 / 654 furniture, 1 / 12 summaries with any',
      'the same',
      'not tuned on (held out)',
      54,
    ),
    HELDOUT158_PAGES,
  ],
  [
    firstSight(
      159,
      'magazines, trade press and features',
      '96.9 % / 100.0 %, 0 / 25 bylines, 27 / 768 furniture, 0 / 12 summaries with any',
      '97.3 % / 99.9 %, 0 / 25 bylines, 22 / 768 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
      54,
    ),
    HELDOUT159_PAGES,
  ],
];
