/**
 * The page sets of the extractor comparison written in session 29 (batches 238 to 267), each labelled with its first
 * measurement: taken once, on the rules of its time (round 69 for batches 238 to 243, round 70 for 244 to 249, round 71 for 250
 * to 255, round 72 for 256 to 267), with the learned model refitted in session 25 and its doubtful lines, before any rule
 * looked at its pages; then what was tuned on it.
 */
import type { TestPage } from '../src/test-support/page-kit.js';
import { blindFirstSight } from './comparison-labels.js';
import { HELDOUT238_PAGES } from '../src/test-support/pages-heldout238.js';
import { HELDOUT239_PAGES } from '../src/test-support/pages-heldout239.js';
import { HELDOUT240_PAGES } from '../src/test-support/pages-heldout240.js';
import { HELDOUT241_PAGES } from '../src/test-support/pages-heldout241.js';
import { HELDOUT242_PAGES } from '../src/test-support/pages-heldout242.js';
import { HELDOUT243_PAGES } from '../src/test-support/pages-heldout243.js';
import { HELDOUT244_PAGES } from '../src/test-support/pages-heldout244.js';
import { HELDOUT245_PAGES } from '../src/test-support/pages-heldout245.js';
import { HELDOUT246_PAGES } from '../src/test-support/pages-heldout246.js';
import { HELDOUT247_PAGES } from '../src/test-support/pages-heldout247.js';
import { HELDOUT248_PAGES } from '../src/test-support/pages-heldout248.js';
import { HELDOUT249_PAGES } from '../src/test-support/pages-heldout249.js';
import { HELDOUT250_PAGES } from '../src/test-support/pages-heldout250.js';
import { HELDOUT251_PAGES } from '../src/test-support/pages-heldout251.js';
import { HELDOUT252_PAGES } from '../src/test-support/pages-heldout252.js';
import { HELDOUT253_PAGES } from '../src/test-support/pages-heldout253.js';
import { HELDOUT254_PAGES } from '../src/test-support/pages-heldout254.js';
import { HELDOUT255_PAGES } from '../src/test-support/pages-heldout255.js';
import { HELDOUT256_PAGES } from '../src/test-support/pages-heldout256.js';
import { HELDOUT257_PAGES } from '../src/test-support/pages-heldout257.js';
import { HELDOUT258_PAGES } from '../src/test-support/pages-heldout258.js';
import { HELDOUT259_PAGES } from '../src/test-support/pages-heldout259.js';
import { HELDOUT260_PAGES } from '../src/test-support/pages-heldout260.js';
import { HELDOUT261_PAGES } from '../src/test-support/pages-heldout261.js';
import { HELDOUT262_PAGES } from '../src/test-support/pages-heldout262.js';
import { HELDOUT263_PAGES } from '../src/test-support/pages-heldout263.js';
import { HELDOUT264_PAGES } from '../src/test-support/pages-heldout264.js';
import { HELDOUT265_PAGES } from '../src/test-support/pages-heldout265.js';
import { HELDOUT266_PAGES } from '../src/test-support/pages-heldout266.js';
import { HELDOUT267_PAGES } from '../src/test-support/pages-heldout267.js';

const firstSight = blindFirstSight(29, 69);

export const SESSION29_SETS: ReadonlyArray<[string, readonly TestPage[]]> = [
  [
    firstSight(
      238,
      'fashion and beauty',
      '97.2 % / 99.5 %, 0 / 45 bylines, 19 / 502 furniture, 0 / 12 summaries with any',
      '97.2 % / 99.5 %, 0 / 45 bylines, 19 / 502 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT238_PAGES,
  ],
  [
    firstSight(
      239,
      'cybersecurity advisories, research and news',
      '96.2 % / 96.8 %, 1 / 31 bylines, 19 / 425 furniture, 1 / 12 summaries with any',
      '96.5 % / 96.1 %, 1 / 31 bylines, 17 / 425 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT239_PAGES,
  ],
  [
    firstSight(
      240,
      'agriculture and farming',
      '98.5 % / 99.3 %, 0 / 26 bylines, 9 / 416 furniture, 0 / 12 summaries with any',
      '98.4 % / 98.9 %, 0 / 26 bylines, 9 / 416 furniture, 0 / 12 summaries with any',
      'the round-70 photo credit line tuned on one of its pages (training)',
    ),
    HELDOUT240_PAGES,
  ],
  [
    firstSight(
      241,
      'energy and utilities',
      '99.6 % / 99.7 %, 0 / 29 bylines, 7 / 383 furniture, 0 / 12 summaries with any',
      '99.6 % / 99.7 %, 0 / 29 bylines, 7 / 383 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT241_PAGES,
  ],
  [
    firstSight(
      242,
      'architecture, design and interiors',
      '96.8 % / 95.1 %, 3 / 27 bylines, 3 / 465 furniture, 1 / 12 summaries with any',
      '96.9 % / 94.6 %, 3 / 27 bylines, 3 / 465 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT242_PAGES,
  ],
  [
    firstSight(
      243,
      'hospitality, weddings and events',
      '96.3 % / 99.2 %, 0 / 21 bylines, 27 / 484 furniture, 0 / 12 summaries with any',
      '96.3 % / 99.2 %, 0 / 21 bylines, 27 / 484 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT243_PAGES,
  ],
  [
    firstSight(
      244,
      'news and blogs in Spanish, German, French, Portuguese, Italian, Dutch, Polish and Swedish',
      '97.9 % / 98.0 %, 2 / 31 bylines, 12 / 509 furniture, 3 / 12 summaries with any',
      '98.2 % / 98.0 %, 1 / 31 bylines, 10 / 509 furniture, 2 / 12 summaries with any',
      'the round-71 bylines in other languages and italic image captions tuned on two of its pages (training)',
      70,
    ),
    HELDOUT244_PAGES,
  ],
  [
    firstSight(
      245,
      'film, TV and streaming',
      '98.2 % / 96.3 %, 1 / 24 bylines, 14 / 524 furniture, 1 / 12 summaries with any',
      '98.2 % / 96.3 %, 1 / 24 bylines, 14 / 524 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
      70,
    ),
    HELDOUT245_PAGES,
  ],
  [
    firstSight(
      246,
      'crypto, fintech and payments',
      '94.5 % / 98.3 %, 0 / 31 bylines, 14 / 430 furniture, 2 / 12 summaries with any',
      '95.0 % / 96.8 %, 0 / 31 bylines, 10 / 430 furniture, 2 / 12 summaries with any',
      'the round-71 log-in line tuned on one of its pages (training)',
      70,
    ),
    HELDOUT246_PAGES,
  ],
  [
    firstSight(
      247,
      'transport and travel infrastructure',
      '98.9 % / 97.9 %, 0 / 25 bylines, 9 / 408 furniture, 2 / 12 summaries with any',
      '98.9 % / 97.9 %, 0 / 25 bylines, 9 / 408 furniture, 2 / 12 summaries with any',
      'not tuned on (held out)',
      70,
    ),
    HELDOUT247_PAGES,
  ],
  [
    firstSight(
      248,
      'legislatures, elections and politics',
      '96.5 % / 97.5 %, 1 / 32 bylines, 21 / 339 furniture, 2 / 12 summaries with any',
      '96.9 % / 97.2 %, 0 / 32 bylines, 19 / 339 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
      70,
    ),
    HELDOUT248_PAGES,
  ],
  [
    firstSight(
      249,
      'hospitals and health services',
      '94.0 % / 96.3 %, 4 / 34 bylines, 28 / 429 furniture, 3 / 12 summaries with any',
      '94.5 % / 96.0 %, 3 / 34 bylines, 27 / 429 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
      70,
    ),
    HELDOUT249_PAGES,
  ],
  [
    firstSight(
      250,
      'SaaS and B2B software marketing',
      '95.7 % / 85.6 %, 1 / 13 bylines, 33 / 360 furniture, 1 / 12 summaries with any',
      '96.0 % / 85.5 %, 0 / 13 bylines, 32 / 360 furniture, 1 / 12 summaries with any',
      'the round-75 utility classes (Nextra) tuned on one of its pages in session 30 (training)',
      71,
    ),
    HELDOUT250_PAGES,
  ],
  [
    firstSight(
      251,
      'military, veterans and public safety',
      '98.3 % / 99.5 %, 0 / 24 bylines, 10 / 405 furniture, 0 / 12 summaries with any',
      '98.5 % / 99.5 %, 0 / 24 bylines, 9 / 405 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
      71,
    ),
    HELDOUT251_PAGES,
  ],
  [
    firstSight(
      252,
      'news and blogs in Japanese, Korean, Chinese, Indonesian, Hindi, Turkish, Arabic, Vietnamese, Thai and Hebrew',
      '97.5 % / 99.6 %, 3 / 35 bylines, 9 / 357 furniture, 1 / 12 summaries with any',
      '97.5 % / 99.6 %, 3 / 35 bylines, 9 / 357 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
      71,
    ),
    HELDOUT252_PAGES,
  ],
  [
    firstSight(
      253,
      'seniors, retirement, disability and accessibility',
      '95.6 % / 99.3 %, 1 / 31 bylines, 29 / 414 furniture, 3 / 12 summaries with any',
      '95.7 % / 99.0 %, 0 / 31 bylines, 29 / 414 furniture, 3 / 12 summaries with any',
      'the round-72 preheader tuned on one of its pages (training)',
      71,
    ),
    HELDOUT253_PAGES,
  ],
  [
    firstSight(
      254,
      'annual reports, nonprofits and foundations',
      '96.3 % / 93.8 %, 3 / 29 bylines, 12 / 352 furniture, 3 / 12 summaries with any',
      '97.0 % / 93.6 %, 2 / 29 bylines, 8 / 352 furniture, 2 / 12 summaries with any',
      'the round-72 draft stamp and recorder line tuned on one of its pages (training)',
      71,
    ),
    HELDOUT254_PAGES,
  ],
  [
    firstSight(
      255,
      'open-source project sites and their communities',
      '99.3 % / 99.0 %, 2 / 37 bylines, 13 / 396 furniture, 1 / 12 summaries with any',
      '99.5 % / 99.0 %, 0 / 37 bylines, 11 / 396 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
      71,
    ),
    HELDOUT255_PAGES,
  ],
  [
    firstSight(
      256,
      'documentation sites built with twelve generators',
      '96.2 % / 98.7 %, 0 / 8 bylines, 15 / 256 furniture, 0 / 12 summaries with any',
      '96.2 % / 98.7 %, 0 / 8 bylines, 15 / 256 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
      72,
    ),
    HELDOUT256_PAGES,
  ],
  [
    firstSight(
      257,
      'wikis on twelve engines',
      '98.7 % / 99.3 %, 2 / 24 bylines, 9 / 393 furniture, 1 / 12 summaries with any',
      '99.0 % / 99.3 %, 1 / 24 bylines, 9 / 393 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
      72,
    ),
    HELDOUT257_PAGES,
  ],
  [
    firstSight(
      258,
      'forums on twelve engines',
      '99.6 % / 99.7 %, 0 / 76 bylines, 3 / 531 furniture, 0 / 12 summaries with any',
      '99.8 % / 99.7 %, 0 / 76 bylines, 1 / 531 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
      72,
    ),
    HELDOUT258_PAGES,
  ],
  [
    firstSight(
      259,
      "large news publishers' article templates",
      '99.4 % / 100.0 %, 0 / 44 bylines, 4 / 552 furniture, 0 / 12 summaries with any',
      '99.4 % / 99.8 %, 0 / 44 bylines, 4 / 552 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
      72,
    ),
    HELDOUT259_PAGES,
  ],
  [
    firstSight(
      260,
      'blogs on twelve platforms',
      '99.8 % / 99.9 %, 0 / 26 bylines, 1 / 415 furniture, 0 / 12 summaries with any',
      '99.8 % / 99.9 %, 0 / 26 bylines, 1 / 415 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
      72,
    ),
    HELDOUT260_PAGES,
  ],
  [
    firstSight(
      261,
      'magazines and long-form journalism',
      '98.0 % / 99.0 %, 2 / 31 bylines, 7 / 456 furniture, 2 / 12 summaries with any',
      '98.9 % / 99.0 %, 0 / 31 bylines, 5 / 456 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
      72,
    ),
    HELDOUT261_PAGES,
  ],
  [
    firstSight(
      262,
      'English-language national and regional news around the world',
      '97.0 % / 100.0 %, 1 / 45 bylines, 12 / 535 furniture, 2 / 12 summaries with any',
      '97.7 % / 100.0 %, 0 / 45 bylines, 11 / 535 furniture, 2 / 12 summaries with any',
      'not tuned on (held out)',
      72,
    ),
    HELDOUT262_PAGES,
  ],
  [
    firstSight(
      263,
      'US local news chains and digital-native outlets',
      '98.6 % / 99.3 %, 0 / 30 bylines, 4 / 433 furniture, 0 / 12 summaries with any',
      '98.8 % / 99.3 %, 0 / 30 bylines, 2 / 433 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
      72,
    ),
    HELDOUT263_PAGES,
  ],
  [
    firstSight(
      264,
      'vendor and language documentation',
      '98.7 % / 97.2 %, 0 / 9 bylines, 8 / 450 furniture, 0 / 12 summaries with any',
      '98.7 % / 97.2 %, 0 / 9 bylines, 8 / 450 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
      72,
    ),
    HELDOUT264_PAGES,
  ],
  [
    firstSight(
      265,
      'Q&A sites and discussion threads',
      '99.8 % / 88.4 %, 0 / 112 bylines, 4 / 494 furniture, 0 / 12 summaries with any',
      '99.8 % / 88.4 %, 0 / 112 bylines, 4 / 494 furniture, 0 / 12 summaries with any',
      'the round-73 Stack Exchange older template tuned on one of its pages (training)',
      72,
    ),
    HELDOUT265_PAGES,
  ],
  [
    firstSight(
      266,
      'personal and company engineering blogs',
      '99.6 % / 99.7 %, 0 / 20 bylines, 1 / 303 furniture, 0 / 12 summaries with any',
      '99.6 % / 99.7 %, 0 / 20 bylines, 1 / 303 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
      72,
    ),
    HELDOUT266_PAGES,
  ],
  [
    firstSight(
      267,
      'wikis and reference works',
      '93.0 % / 98.2 %, 0 / 25 bylines, 34 / 540 furniture, 3 / 12 summaries with any',
      '94.3 % / 98.2 %, 0 / 25 bylines, 29 / 540 furniture, 2 / 12 summaries with any',
      'the round-74 CentralNotice banner tuned on one of its pages (training)',
      72,
    ),
    HELDOUT267_PAGES,
  ],
];
