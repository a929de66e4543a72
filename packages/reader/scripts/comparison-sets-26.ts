/**
 * The page sets of the extractor comparison written in session 26 (batches 160 to 177), each labelled with its first
 * measurement: taken once, on the rules of its time (round 56 for batches 160 to 165, round 57 for 166 to 171,
 * round 58 for 172 to 177) with the
 * learned model refitted in session 25 and its doubtful lines, before any rule looked at its pages; then what was tuned on it.
 */
import type { TestPage } from '../src/test-support/page-kit.js';
import { blindFirstSight } from './comparison-labels.js';
import { HELDOUT160_PAGES } from '../src/test-support/pages-heldout160.js';
import { HELDOUT161_PAGES } from '../src/test-support/pages-heldout161.js';
import { HELDOUT162_PAGES } from '../src/test-support/pages-heldout162.js';
import { HELDOUT163_PAGES } from '../src/test-support/pages-heldout163.js';
import { HELDOUT164_PAGES } from '../src/test-support/pages-heldout164.js';
import { HELDOUT165_PAGES } from '../src/test-support/pages-heldout165.js';
import { HELDOUT166_PAGES } from '../src/test-support/pages-heldout166.js';
import { HELDOUT167_PAGES } from '../src/test-support/pages-heldout167.js';
import { HELDOUT168_PAGES } from '../src/test-support/pages-heldout168.js';
import { HELDOUT169_PAGES } from '../src/test-support/pages-heldout169.js';
import { HELDOUT170_PAGES } from '../src/test-support/pages-heldout170.js';
import { HELDOUT171_PAGES } from '../src/test-support/pages-heldout171.js';
import { HELDOUT172_PAGES } from '../src/test-support/pages-heldout172.js';
import { HELDOUT173_PAGES } from '../src/test-support/pages-heldout173.js';
import { HELDOUT174_PAGES } from '../src/test-support/pages-heldout174.js';
import { HELDOUT175_PAGES } from '../src/test-support/pages-heldout175.js';
import { HELDOUT176_PAGES } from '../src/test-support/pages-heldout176.js';
import { HELDOUT177_PAGES } from '../src/test-support/pages-heldout177.js';

const firstSight = blindFirstSight(26, 56);

export const SESSION26_SETS: ReadonlyArray<[string, readonly TestPage[]]> = [
  [
    firstSight(
      160,
      'news from international outlets, sport and fact-checking',
      '98.5 % / 97.7 %, 1 / 30 bylines, 10 / 558 furniture, 0 / 12 summaries with any',
      '98.7 % / 97.7 %, 1 / 30 bylines, 9 / 558 furniture, 0 / 12 summaries with any',
      'the round-57 lines (an e-mail address alone, a podcast promo, a membership line, "More X from Y") tuned on four of its pages (training)',
    ),
    HELDOUT160_PAGES,
  ],
  [
    firstSight(
      161,
      'the technology press',
      '98.6 % / 98.1 %, 0 / 38 bylines, 13 / 524 furniture, 0 / 12 summaries with any',
      '99.3 % / 98.1 %, 0 / 38 bylines, 9 / 524 furniture, 0 / 12 summaries with any',
      'the round-57 "Also:" headline line tuned on one of its pages (training)',
    ),
    HELDOUT161_PAGES,
  ],
  [
    firstSight(
      162,
      'programming and package documentation',
      '93.4 % / 98.3 %, 0 / 10 bylines, 28 / 628 furniture, 2 / 12 summaries with any',
      '93.5 % / 98.3 %, 0 / 10 bylines, 25 / 628 furniture, 2 / 12 summaries with any',
      'the round-57 docs-branch banner and partner boxes tuned on two of its pages (training)',
    ),
    HELDOUT162_PAGES,
  ],
  [
    firstSight(
      163,
      'wikis, reference works and specifications',
      '94.5 % / 99.0 %, 3 / 19 bylines, 54 / 581 furniture, 2 / 12 summaries with any',
      '95.0 % / 99.0 %, 3 / 19 bylines, 47 / 581 furniture, 2 / 12 summaries with any',
      'the round-57 "Author Information" heading tuned on one of its pages (training)',
    ),
    HELDOUT163_PAGES,
  ],
  [
    firstSight(
      164,
      'forums, boards and mailing lists',
      '97.0 % / 76.7 %, 8 / 101 bylines, 11 / 500 furniture, 1 / 12 summaries with any',
      '97.6 % / 76.7 %, 8 / 101 bylines, 10 / 500 furniture, 1 / 12 summaries with any',
      "the round-57 forum rules (XenForo's sidebar modifier and poster stats, vBulletin's date cell, a rules box, a sender line) " +
        'tuned on six of its pages (training)',
    ),
    HELDOUT164_PAGES,
  ],
  [
    firstSight(
      165,
      'blogs, company and project pages',
      '99.0 % / 98.2 %, 0 / 33 bylines, 6 / 546 furniture, 0 / 12 summaries with any',
      'the same',
      'not tuned on (held out)',
    ),
    HELDOUT165_PAGES,
  ],
  [
    firstSight(
      166,
      'business, finance and specialist news',
      '97.5 % / 95.9 %, 0 / 30 bylines, 7 / 496 furniture, 0 / 12 summaries with any',
      '99.1 % / 95.9 %, 0 / 30 bylines, 3 / 496 furniture, 0 / 12 summaries with any',
      'the round-58 "Story Continues" panel and event promo tuned on two of its pages (training)',
      57,
    ),
    HELDOUT166_PAGES,
  ],
  [
    firstSight(
      167,
      'newsletters, gardens and personal publishing',
      '98.0 % / 99.5 %, 0 / 28 bylines, 25 / 315 furniture, 2 / 12 summaries with any',
      '98.4 % / 99.5 %, 0 / 28 bylines, 23 / 315 furniture, 2 / 12 summaries with any',
      'the round-58 audio player box and sponsor callout tuned on two of its pages (training)',
      57,
    ),
    HELDOUT167_PAGES,
  ],
  [
    firstSight(
      168,
      'infrastructure and platform documentation',
      '99.2 % / 98.7 %, 0 / 7 bylines, 7 / 461 furniture, 0 / 12 summaries with any',
      'the same',
      'not tuned on (held out)',
      57,
    ),
    HELDOUT168_PAGES,
  ],
  [
    firstSight(
      169,
      'wikis of games, code and knowledge',
      '94.8 % / 93.0 %, 0 / 15 bylines, 37 / 879 furniture, 1 / 12 summaries with any',
      '94.8 % / 92.8 %, 0 / 15 bylines, 37 / 879 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
      57,
    ),
    HELDOUT169_PAGES,
  ],
  [
    firstSight(
      170,
      'community forums on many engines',
      '99.1 % / 100.0 %, 0 / 89 bylines, 5 / 688 furniture, 2 / 12 summaries with any',
      '99.1 % / 100.0 %, 0 / 89 bylines, 5 / 688 furniture, 1 / 12 summaries with any',
      'the round-58 forum rules box tuned on one of its pages (training)',
      57,
    ),
    HELDOUT170_PAGES,
  ],
  [
    firstSight(
      171,
      'media, events and course pages',
      '94.8 % / 99.7 %, 0 / 19 bylines, 80 / 807 furniture, 1 / 12 summaries with any',
      '95.0 % / 99.5 %, 0 / 19 bylines, 79 / 807 furniture, 1 / 12 summaries with any',
      'the round-58 course archive notice tuned on one of its pages (training)',
      57,
    ),
    HELDOUT171_PAGES,
  ],
  [
    firstSight(
      172,
      'local and national nonprofit newsrooms',
      '98.2 % / 100.0 %, 0 / 29 bylines, 7 / 520 furniture, 1 / 12 summaries with any',
      '98.9 % / 100.0 %, 0 / 29 bylines, 5 / 520 furniture, 1 / 12 summaries with any',
      'the round-59 funder and podcast lines tuned on three of its pages (training)',
      58,
    ),
    HELDOUT172_PAGES,
  ],
  [
    firstSight(
      173,
      'company engineering and product blogs',
      '98.0 % / 99.3 %, 0 / 33 bylines, 8 / 457 furniture, 0 / 12 summaries with any',
      'the same',
      'the round-59 hiring and brands lines tuned on two of its pages (training)',
      58,
    ),
    HELDOUT173_PAGES,
  ],
  [
    firstSight(
      174,
      'language and runtime documentation',
      '97.7 % / 98.2 %, 0 / 7 bylines, 22 / 429 furniture, 0 / 12 summaries with any',
      'the same',
      'not tuned on (held out)',
      58,
    ),
    HELDOUT174_PAGES,
  ],
  [
    firstSight(
      175,
      'regional encyclopedias and reference works',
      '94.4 % / 91.4 %, 5 / 31 bylines, 24 / 447 furniture, 1 / 12 summaries with any',
      '95.4 % / 91.1 %, 3 / 31 bylines, 22 / 447 furniture, 0 / 12 summaries with any',
      'the round-59 paragraph class, citation, subscription and licensing lines tuned on four of its pages (training)',
      58,
    ),
    HELDOUT175_PAGES,
  ],
  [
    firstSight(
      176,
      'vendor and game communities',
      '99.7 % / 100.0 %, 1 / 97 bylines, 7 / 603 furniture, 0 / 12 summaries with any',
      '99.7 % / 99.9 %, 1 / 97 bylines, 7 / 603 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
      58,
    ),
    HELDOUT176_PAGES,
  ],
  [
    firstSight(
      177,
      'listings, launches and store pages',
      '89.9 % / 97.3 %, 1 / 23 bylines, 120 / 834 furniture, 2 / 12 summaries with any',
      '89.9 % / 97.3 %, 1 / 23 bylines, 119 / 834 furniture, 2 / 12 summaries with any',
      'the round-59 seller badge line tuned on one of its pages (training)',
      58,
    ),
    HELDOUT177_PAGES,
  ],
];
