/**
 * The page sets of the extractor comparison written in session 28 (batches 208 to 237), each labelled with its first measurement:
 * taken once, on the rules of its time (round 65 for batches 208 to 213, round 66 for 214 to 219, round 67 for 220 to 225, round
 * 68 for 226 to 231, round 69 for 232 to 237; those last six written in 15 minutes each, shorter and plainer), with the learned
 * model refitted in session 25 and its doubtful lines, before any rule looked at its pages; then what was tuned on it.
 */
import type { TestPage } from '../src/test-support/page-kit.js';
import { blindFirstSight } from './comparison-labels.js';
import { HELDOUT208_PAGES } from '../src/test-support/pages-heldout208.js';
import { HELDOUT209_PAGES } from '../src/test-support/pages-heldout209.js';
import { HELDOUT210_PAGES } from '../src/test-support/pages-heldout210.js';
import { HELDOUT211_PAGES } from '../src/test-support/pages-heldout211.js';
import { HELDOUT212_PAGES } from '../src/test-support/pages-heldout212.js';
import { HELDOUT213_PAGES } from '../src/test-support/pages-heldout213.js';
import { HELDOUT214_PAGES } from '../src/test-support/pages-heldout214.js';
import { HELDOUT215_PAGES } from '../src/test-support/pages-heldout215.js';
import { HELDOUT216_PAGES } from '../src/test-support/pages-heldout216.js';
import { HELDOUT217_PAGES } from '../src/test-support/pages-heldout217.js';
import { HELDOUT218_PAGES } from '../src/test-support/pages-heldout218.js';
import { HELDOUT219_PAGES } from '../src/test-support/pages-heldout219.js';
import { HELDOUT220_PAGES } from '../src/test-support/pages-heldout220.js';
import { HELDOUT221_PAGES } from '../src/test-support/pages-heldout221.js';
import { HELDOUT222_PAGES } from '../src/test-support/pages-heldout222.js';
import { HELDOUT223_PAGES } from '../src/test-support/pages-heldout223.js';
import { HELDOUT224_PAGES } from '../src/test-support/pages-heldout224.js';
import { HELDOUT225_PAGES } from '../src/test-support/pages-heldout225.js';
import { HELDOUT226_PAGES } from '../src/test-support/pages-heldout226.js';
import { HELDOUT227_PAGES } from '../src/test-support/pages-heldout227.js';
import { HELDOUT228_PAGES } from '../src/test-support/pages-heldout228.js';
import { HELDOUT229_PAGES } from '../src/test-support/pages-heldout229.js';
import { HELDOUT230_PAGES } from '../src/test-support/pages-heldout230.js';
import { HELDOUT231_PAGES } from '../src/test-support/pages-heldout231.js';
import { HELDOUT232_PAGES } from '../src/test-support/pages-heldout232.js';
import { HELDOUT233_PAGES } from '../src/test-support/pages-heldout233.js';
import { HELDOUT234_PAGES } from '../src/test-support/pages-heldout234.js';
import { HELDOUT235_PAGES } from '../src/test-support/pages-heldout235.js';
import { HELDOUT236_PAGES } from '../src/test-support/pages-heldout236.js';
import { HELDOUT237_PAGES } from '../src/test-support/pages-heldout237.js';

const firstSight = blindFirstSight(28, 65);

export const SESSION28_SETS: ReadonlyArray<[string, readonly TestPage[]]> = [
  [
    firstSight(
      208,
      'jobs, hiring and careers',
      '96.6 % / 98.8 %, 2 / 35 bylines, 16 / 495 furniture, 0 / 12 summaries with any',
      '96.7 % / 98.6 %, 1 / 35 bylines, 16 / 495 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT208_PAGES,
  ],
  [
    firstSight(
      209,
      'property, homes and renting',
      '95.8 % / 92.0 %, 2 / 35 bylines, 32 / 565 furniture, 2 / 12 summaries with any',
      '97.3 % / 91.8 %, 0 / 35 bylines, 23 / 565 furniture, 1 / 12 summaries with any',
      'the round-66 guide pointer tuned on one of its pages (training)',
    ),
    HELDOUT209_PAGES,
  ],
  [
    firstSight(
      210,
      'motoring and cars',
      '98.7 % / 98.4 %, 0 / 28 bylines, 13 / 534 furniture, 1 / 12 summaries with any',
      '98.7 % / 98.4 %, 0 / 28 bylines, 13 / 534 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT210_PAGES,
  ],
  [
    firstSight(
      211,
      'video games',
      '95.2 % / 100.0 %, 1 / 37 bylines, 31 / 603 furniture, 3 / 12 summaries with any',
      '95.9 % / 100.0 %, 1 / 37 bylines, 30 / 603 furniture, 2 / 12 summaries with any',
      'the round-66 series note, trust box and permission lines tuned on three of its pages (training)',
    ),
    HELDOUT211_PAGES,
  ],
  [
    firstSight(
      212,
      'space, weather and earth-science agencies',
      '97.2 % / 99.5 %, 5 / 30 bylines, 12 / 553 furniture, 1 / 12 summaries with any',
      '97.7 % / 99.0 %, 2 / 30 bylines, 12 / 553 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT212_PAGES,
  ],
  [
    firstSight(
      213,
      'charities, campaigns and advocacy',
      '95.6 % / 97.4 %, 1 / 21 bylines, 32 / 596 furniture, 1 / 12 summaries with any',
      '95.7 % / 97.4 %, 1 / 21 bylines, 31 / 596 furniture, 1 / 12 summaries with any',
      'the round-66 calls (a named fund, a petition, a translation request) tuned on three of its pages (training)',
    ),
    HELDOUT213_PAGES,
  ],
  [
    firstSight(
      214,
      'restaurants, food and drink',
      '95.2 % / 84.4 %, 5 / 21 bylines, 32 / 739 furniture, 3 / 12 summaries with any',
      '95.5 % / 84.4 %, 4 / 21 bylines, 30 / 739 furniture, 3 / 12 summaries with any',
      'the round-67 page-builder page and author line tuned on two of its pages (training)',
      66,
    ),
    HELDOUT214_PAGES,
  ],
  [
    firstSight(
      215,
      'travel operators and transport',
      '96.7 % / 92.6 %, 0 / 26 bylines, 35 / 546 furniture, 3 / 12 summaries with any',
      '96.7 % / 92.4 %, 0 / 26 bylines, 34 / 546 furniture, 3 / 12 summaries with any',
      'the round-67 vBulletin post boxes and one-word captions tuned on two of its pages (training)',
      66,
    ),
    HELDOUT215_PAGES,
  ],
  [
    firstSight(
      216,
      'health and fitness communities and services',
      '98.9 % / 99.6 %, 0 / 40 bylines, 7 / 497 furniture, 1 / 12 summaries with any',
      '99.4 % / 99.5 %, 0 / 40 bylines, 6 / 497 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
      66,
    ),
    HELDOUT216_PAGES,
  ],
  [
    firstSight(
      217,
      'law, courts and justice',
      '95.5 % / 99.9 %, 6 / 31 bylines, 11 / 429 furniture, 1 / 12 summaries with any',
      '95.7 % / 99.9 %, 5 / 31 bylines, 11 / 429 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
      66,
    ),
    HELDOUT217_PAGES,
  ],
  [
    firstSight(
      218,
      'crafts, making and DIY',
      '96.2 % / 98.9 %, 0 / 30 bylines, 27 / 595 furniture, 3 / 12 summaries with any',
      '96.2 % / 98.9 %, 0 / 30 bylines, 27 / 595 furniture, 3 / 12 summaries with any',
      'not tuned on (held out)',
      66,
    ),
    HELDOUT218_PAGES,
  ],
  [
    firstSight(
      219,
      'think tanks, research institutes and policy analysis',
      '93.1 % / 99.5 %, 4 / 32 bylines, 15 / 540 furniture, 0 / 12 summaries with any',
      '93.7 % / 99.5 %, 2 / 32 bylines, 13 / 540 furniture, 0 / 12 summaries with any',
      "the round-67 authors' lines tuned on two of its pages (training)",
      66,
    ),
    HELDOUT219_PAGES,
  ],
  [
    firstSight(
      220,
      'faith communities and religious publishing',
      '97.2 % / 99.4 %, 2 / 26 bylines, 22 / 472 furniture, 3 / 12 summaries with any',
      '97.4 % / 99.4 %, 2 / 26 bylines, 20 / 472 furniture, 2 / 12 summaries with any',
      'the round-68 signatures tuned on two of its pages (training)',
      67,
    ),
    HELDOUT220_PAGES,
  ],
  [
    firstSight(
      221,
      'local government and neighbourhood life',
      '98.1 % / 99.9 %, 0 / 29 bylines, 20 / 567 furniture, 2 / 12 summaries with any',
      '98.1 % / 99.9 %, 0 / 29 bylines, 20 / 567 furniture, 2 / 12 summaries with any',
      'not tuned on (held out)',
      67,
    ),
    HELDOUT221_PAGES,
  ],
  [
    firstSight(
      222,
      'parenting and family',
      '98.7 % / 99.1 %, 0 / 37 bylines, 21 / 549 furniture, 0 / 12 summaries with any',
      '98.8 % / 99.1 %, 0 / 37 bylines, 20 / 549 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
      67,
    ),
    HELDOUT222_PAGES,
  ],
  [
    firstSight(
      223,
      'music making and audio',
      '93.6 % / 90.2 %, 0 / 25 bylines, 19 / 536 furniture, 1 / 12 summaries with any',
      '93.8 % / 90.2 %, 0 / 25 bylines, 16 / 536 furniture, 1 / 12 summaries with any',
      'the round-68 "About This Listing" heading tuned on one of its pages (training)',
      67,
    ),
    HELDOUT223_PAGES,
  ],
  [
    firstSight(
      224,
      'pets and animals',
      '95.0 % / 96.2 %, 1 / 32 bylines, 37 / 531 furniture, 2 / 12 summaries with any',
      '95.1 % / 96.2 %, 0 / 32 bylines, 37 / 531 furniture, 2 / 12 summaries with any',
      'not tuned on (held out)',
      67,
    ),
    HELDOUT224_PAGES,
  ],
  [
    firstSight(
      225,
      'gardening and the outdoors',
      '98.4 % / 97.7 %, 1 / 38 bylines, 11 / 596 furniture, 0 / 12 summaries with any',
      '98.4 % / 97.6 %, 1 / 38 bylines, 11 / 596 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
      67,
    ),
    HELDOUT225_PAGES,
  ],
  [
    firstSight(
      226,
      'software packages, releases and changelogs',
      '93.4 % / 96.7 %, 2 / 21 bylines, 28 / 531 furniture, 1 / 12 summaries with any',
      '93.8 % / 95.9 %, 2 / 21 bylines, 26 / 531 furniture, 1 / 12 summaries with any',
      'the round-69 patch-release line and closing signature tuned on two of its pages (training)',
      68,
    ),
    HELDOUT226_PAGES,
  ],
  [
    firstSight(
      227,
      'sport beyond the scores',
      '97.0 % / 100.0 %, 0 / 42 bylines, 8 / 574 furniture, 2 / 12 summaries with any',
      '97.0 % / 100.0 %, 0 / 42 bylines, 8 / 574 furniture, 2 / 12 summaries with any',
      'not tuned on (held out)',
      68,
    ),
    HELDOUT227_PAGES,
  ],
  [
    firstSight(
      228,
      "brands' own editorial content",
      '98.0 % / 99.4 %, 4 / 27 bylines, 10 / 575 furniture, 1 / 12 summaries with any',
      '98.2 % / 99.1 %, 3 / 27 bylines, 10 / 575 furniture, 1 / 12 summaries with any',
      'the round-69 pick lines tuned on one of its pages (training)',
      68,
    ),
    HELDOUT228_PAGES,
  ],
  [
    firstSight(
      229,
      'mailing lists and newsletters on the web',
      '94.4 % / 96.7 %, 2 / 32 bylines, 21 / 266 furniture, 2 / 12 summaries with any',
      '94.8 % / 96.7 %, 2 / 32 bylines, 21 / 266 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
      68,
    ),
    HELDOUT229_PAGES,
  ],
  [
    firstSight(
      230,
      'science and engineering news',
      '99.4 % / 100.0 %, 0 / 22 bylines, 1 / 591 furniture, 0 / 12 summaries with any',
      '99.4 % / 100.0 %, 0 / 22 bylines, 1 / 591 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
      68,
    ),
    HELDOUT230_PAGES,
  ],
  [
    firstSight(
      231,
      'questions and answers sites',
      '95.8 % / 94.6 %, 2 / 73 bylines, 36 / 675 furniture, 2 / 12 summaries with any',
      '96.4 % / 94.3 %, 2 / 73 bylines, 30 / 675 furniture, 2 / 12 summaries with any',
      'the round-69 expert count and Spanish relative date tuned on two of its pages (training)',
      68,
    ),
    HELDOUT231_PAGES,
  ],
  [
    firstSight(
      232,
      'archives, collections and family history, written in 15 minutes: short articles, plain templates',
      '85.6 % / 91.0 %, 2 / 16 bylines, 33 / 343 furniture, 4 / 12 summaries with any',
      '86.8 % / 90.9 %, 0 / 16 bylines, 30 / 343 furniture, 4 / 12 summaries with any',
      'the round-88 biography named as a bio and memorial flowers tuned on its memorial page (training)',
      69,
    ),
    HELDOUT232_PAGES,
  ],
  [
    firstSight(
      233,
      'learning platforms and courses, written in 15 minutes: short articles, plain templates',
      '98.1 % / 100.0 %, 0 / 27 bylines, 11 / 357 furniture, 0 / 12 summaries with any',
      '98.3 % / 99.6 %, 0 / 27 bylines, 10 / 357 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
      69,
    ),
    HELDOUT233_PAGES,
  ],
  [
    firstSight(
      234,
      'outdoor apps and hobby logs, written in 15 minutes: short articles, plain templates',
      '88.3 % / 89.7 %, 6 / 57 bylines, 27 / 450 furniture, 2 / 12 summaries with any',
      '88.2 % / 86.9 %, 5 / 57 bylines, 25 / 450 furniture, 2 / 12 summaries with any',
      'not tuned on (held out)',
      69,
    ),
    HELDOUT234_PAGES,
  ],
  [
    firstSight(
      235,
      'service status and incident reports, written in 15 minutes: short articles, plain templates',
      '95.8 % / 97.0 %, 4 / 34 bylines, 19 / 339 furniture, 1 / 12 summaries with any',
      '95.8 % / 97.0 %, 4 / 34 bylines, 19 / 339 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
      69,
    ),
    HELDOUT235_PAGES,
  ],
  [
    firstSight(
      236,
      'reference and dictionaries, written in 15 minutes: short articles, plain templates',
      '92.3 % / 86.1 %, 5 / 9 bylines, 24 / 355 furniture, 2 / 12 summaries with any',
      '93.3 % / 86.1 %, 3 / 9 bylines, 23 / 355 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
      69,
    ),
    HELDOUT236_PAGES,
  ],
  [
    firstSight(
      237,
      'local news and community papers, written in 15 minutes: short articles, plain templates',
      '98.7 % / 100.0 %, 0 / 28 bylines, 4 / 324 furniture, 0 / 12 summaries with any',
      '99.0 % / 100.0 %, 0 / 28 bylines, 3 / 324 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
      69,
    ),
    HELDOUT237_PAGES,
  ],
];
