/**
 * The page sets of the extractor comparison written in session 27 (batches 184 to 207), each labelled with its first measurement:
 * taken once, on the rules of its time (round 60 for batches 184 to 189, round 61 for 190 to 195, round 62 for 196 to 201, round 63
 * for 202 to 207) with the learned model refitted in session 25 and its doubtful lines, before any rule looked at its pages; then
 * what was tuned on it.
 */
import type { TestPage } from '../src/test-support/page-kit.js';
import { blindFirstSight } from './comparison-labels.js';
import { HELDOUT184_PAGES } from '../src/test-support/pages-heldout184.js';
import { HELDOUT185_PAGES } from '../src/test-support/pages-heldout185.js';
import { HELDOUT186_PAGES } from '../src/test-support/pages-heldout186.js';
import { HELDOUT187_PAGES } from '../src/test-support/pages-heldout187.js';
import { HELDOUT188_PAGES } from '../src/test-support/pages-heldout188.js';
import { HELDOUT189_PAGES } from '../src/test-support/pages-heldout189.js';
import { HELDOUT190_PAGES } from '../src/test-support/pages-heldout190.js';
import { HELDOUT191_PAGES } from '../src/test-support/pages-heldout191.js';
import { HELDOUT192_PAGES } from '../src/test-support/pages-heldout192.js';
import { HELDOUT193_PAGES } from '../src/test-support/pages-heldout193.js';
import { HELDOUT194_PAGES } from '../src/test-support/pages-heldout194.js';
import { HELDOUT195_PAGES } from '../src/test-support/pages-heldout195.js';
import { HELDOUT196_PAGES } from '../src/test-support/pages-heldout196.js';
import { HELDOUT197_PAGES } from '../src/test-support/pages-heldout197.js';
import { HELDOUT198_PAGES } from '../src/test-support/pages-heldout198.js';
import { HELDOUT199_PAGES } from '../src/test-support/pages-heldout199.js';
import { HELDOUT200_PAGES } from '../src/test-support/pages-heldout200.js';
import { HELDOUT201_PAGES } from '../src/test-support/pages-heldout201.js';
import { HELDOUT202_PAGES } from '../src/test-support/pages-heldout202.js';
import { HELDOUT203_PAGES } from '../src/test-support/pages-heldout203.js';
import { HELDOUT204_PAGES } from '../src/test-support/pages-heldout204.js';
import { HELDOUT205_PAGES } from '../src/test-support/pages-heldout205.js';
import { HELDOUT206_PAGES } from '../src/test-support/pages-heldout206.js';
import { HELDOUT207_PAGES } from '../src/test-support/pages-heldout207.js';

const firstSight = blindFirstSight(27, 60);

export const SESSION27_SETS: ReadonlyArray<[string, readonly TestPage[]]> = [
  [
    firstSight(
      184,
      'travel, heritage and museum pages',
      '97.3 % / 97.3 %, 0 / 17 bylines, 11 / 607 furniture, 1 / 12 summaries with any',
      '98.1 % / 97.3 %, 0 / 17 bylines, 8 / 607 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT184_PAGES,
  ],
  [
    firstSight(
      185,
      'film, music and book criticism',
      '96.8 % / 98.1 %, 0 / 52 bylines, 21 / 618 furniture, 0 / 12 summaries with any',
      '96.8 % / 98.1 %, 0 / 52 bylines, 21 / 618 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT185_PAGES,
  ],
  [
    firstSight(
      186,
      'research communication',
      '94.5 % / 99.3 %, 2 / 33 bylines, 28 / 604 furniture, 4 / 12 summaries with any',
      '94.6 % / 98.9 %, 1 / 33 bylines, 28 / 604 furniture, 4 / 12 summaries with any',
      'the round-61 machine-summary boxes tuned on two of its pages (training)',
    ),
    HELDOUT186_PAGES,
  ],
  [
    firstSight(
      187,
      'language and protocol reference pages',
      '93.7 % / 96.4 %, 8 / 21 bylines, 51 / 545 furniture, 3 / 12 summaries with any',
      '94.2 % / 96.2 %, 7 / 21 bylines, 48 / 545 furniture, 3 / 12 summaries with any',
      'the round-61 author, licence, support-note and anchor-mark rules tuned on five of its pages (training)',
    ),
    HELDOUT187_PAGES,
  ],
  [
    firstSight(
      188,
      'commerce, creators and listings',
      '92.0 % / 96.7 %, 2 / 43 bylines, 110 / 832 furniture, 1 / 12 summaries with any',
      '92.3 % / 96.7 %, 1 / 43 bylines, 108 / 832 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT188_PAGES,
  ],
  [
    firstSight(
      189,
      'sport and local life',
      '98.9 % / 95.4 %, 1 / 22 bylines, 18 / 593 furniture, 0 / 12 summaries with any',
      '98.9 % / 95.2 %, 1 / 22 bylines, 18 / 593 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT189_PAGES,
  ],
  [
    firstSight(
      190,
      'personal finance and consumer advice',
      '97.0 % / 98.6 %, 0 / 27 bylines, 22 / 510 furniture, 0 / 12 summaries with any',
      '97.0 % / 98.6 %, 0 / 27 bylines, 22 / 510 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
      61,
    ),
    HELDOUT190_PAGES,
  ],
  [
    firstSight(
      191,
      'business and management writing',
      '99.5 % / 99.4 %, 0 / 29 bylines, 7 / 487 furniture, 0 / 12 summaries with any',
      '99.5 % / 99.4 %, 0 / 29 bylines, 7 / 487 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
      61,
    ),
    HELDOUT191_PAGES,
  ],
  [
    firstSight(
      192,
      "medical and scientific journals' web pages",
      '96.7 % / 97.6 %, 3 / 56 bylines, 23 / 683 furniture, 5 / 12 summaries with any',
      '97.8 % / 97.6 %, 2 / 56 bylines, 19 / 683 furniture, 1 / 12 summaries with any',
      'the round-62 standfirst, press-office credit and citation rules tuned on three of its pages (training)',
      61,
    ),
    HELDOUT192_PAGES,
  ],
  [
    firstSight(
      193,
      'programming tutorials and tech how-tos',
      '97.8 % / 100.0 %, 0 / 28 bylines, 20 / 706 furniture, 0 / 12 summaries with any',
      '98.0 % / 100.0 %, 0 / 28 bylines, 15 / 706 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
      61,
    ),
    HELDOUT193_PAGES,
  ],
  [
    firstSight(
      194,
      'long-form essays and literary magazines',
      '97.2 % / 99.4 %, 3 / 28 bylines, 14 / 486 furniture, 2 / 12 summaries with any',
      '98.0 % / 99.4 %, 1 / 28 bylines, 11 / 486 furniture, 0 / 12 summaries with any',
      "the round-62 translator's line tuned on one of its pages (training)",
      61,
    ),
    HELDOUT194_PAGES,
  ],
  [
    firstSight(
      195,
      'legal and civic information',
      '97.9 % / 99.0 %, 6 / 19 bylines, 15 / 476 furniture, 1 / 12 summaries with any',
      '98.2 % / 98.8 %, 4 / 19 bylines, 15 / 476 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
      61,
    ),
    HELDOUT195_PAGES,
  ],
  [
    firstSight(
      196,
      'API and code documentation generators',
      '93.9 % / 99.2 %, 0 / 8 bylines, 29 / 316 furniture, 1 / 12 summaries with any',
      '93.9 % / 99.2 %, 0 / 8 bylines, 29 / 316 furniture, 1 / 12 summaries with any',
      'the round-63 "More..." link tuned on one of its pages (training)',
      62,
    ),
    HELDOUT196_PAGES,
  ],
  [
    firstSight(
      197,
      'site builders, intranets and CMS pages',
      '98.9 % / 98.9 %, 2 / 28 bylines, 5 / 443 furniture, 0 / 12 summaries with any',
      '99.3 % / 98.9 %, 1 / 28 bylines, 4 / 443 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
      62,
    ),
    HELDOUT197_PAGES,
  ],
  [
    firstSight(
      198,
      'news from more countries',
      '98.4 % / 100.0 %, 0 / 34 bylines, 5 / 563 furniture, 0 / 12 summaries with any',
      '98.9 % / 100.0 %, 0 / 34 bylines, 4 / 563 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
      62,
    ),
    HELDOUT198_PAGES,
  ],
  [
    firstSight(
      199,
      'government services and public information abroad',
      '99.3 % / 100.0 %, 0 / 18 bylines, 4 / 448 furniture, 0 / 12 summaries with any',
      '99.3 % / 100.0 %, 0 / 18 bylines, 4 / 448 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
      62,
    ),
    HELDOUT199_PAGES,
  ],
  [
    firstSight(
      200,
      'study and education sites',
      '99.1 % / 98.6 %, 2 / 15 bylines, 3 / 638 furniture, 0 / 12 summaries with any',
      '99.1 % / 98.6 %, 2 / 15 bylines, 3 / 638 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
      62,
    ),
    HELDOUT200_PAGES,
  ],
  [
    firstSight(
      201,
      'hobby and nature communities',
      '98.4 % / 99.9 %, 3 / 39 bylines, 20 / 642 furniture, 2 / 12 summaries with any',
      '98.6 % / 99.9 %, 2 / 39 bylines, 20 / 642 furniture, 1 / 12 summaries with any',
      'the round-63 description source line tuned on one of its pages (training)',
      62,
    ),
    HELDOUT201_PAGES,
  ],
  [
    firstSight(
      202,
      'consumer device help pages',
      '96.9 % / 90.8 %, 1 / 5 bylines, 30 / 566 furniture, 0 / 12 summaries with any',
      '97.0 % / 90.8 %, 0 / 5 bylines, 30 / 566 furniture, 0 / 12 summaries with any',
      'the round-64 collapsed-section rule tuned on one of its pages (training)',
      63,
    ),
    HELDOUT202_PAGES,
  ],
  [
    firstSight(
      203,
      'lifestyle and home magazines',
      '98.6 % / 100.0 %, 0 / 29 bylines, 15 / 502 furniture, 1 / 12 summaries with any',
      '98.9 % / 100.0 %, 0 / 29 bylines, 14 / 502 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
      63,
    ),
    HELDOUT203_PAGES,
  ],
  [
    firstSight(
      204,
      'public broadcasters and international outlets in English',
      '99.5 % / 100.0 %, 0 / 37 bylines, 4 / 572 furniture, 0 / 12 summaries with any',
      '99.8 % / 100.0 %, 0 / 37 bylines, 3 / 572 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
      63,
    ),
    HELDOUT204_PAGES,
  ],
  [
    firstSight(
      205,
      'personal and academic pages made with plain tools',
      '93.0 % / 90.9 %, 4 / 31 bylines, 24 / 300 furniture, 1 / 12 summaries with any',
      '93.1 % / 90.9 %, 2 / 31 bylines, 24 / 300 furniture, 1 / 12 summaries with any',
      'the round-64 mail archive lines tuned on one of its pages (training)',
      63,
    ),
    HELDOUT205_PAGES,
  ],
  [
    firstSight(
      206,
      'events, venues and listings',
      '94.9 % / 89.2 %, 1 / 6 bylines, 36 / 659 furniture, 4 / 12 summaries with any',
      '94.5 % / 88.7 %, 1 / 6 bylines, 32 / 659 furniture, 2 / 12 summaries with any',
      'the round-65 biography rule tuned on one of its pages (training)',
      63,
    ),
    HELDOUT206_PAGES,
  ],
  [
    firstSight(
      207,
      'support forums of software and services',
      '98.3 % / 93.9 %, 1 / 107 bylines, 28 / 637 furniture, 1 / 12 summaries with any',
      '98.6 % / 93.9 %, 1 / 107 bylines, 26 / 637 furniture, 1 / 12 summaries with any',
      'the round-64 solution link and the round-65 message widgets tuned on three of its pages (training)',
      63,
    ),
    HELDOUT207_PAGES,
  ],
];
