/**
 * The page sets of the extractor comparison written in session 27 (batches 184 to 189), each labelled with its first measurement:
 * taken once, on the rules of round 60 with the learned model refitted in session 25 and its doubtful lines, before any rule looked
 * at its pages; then what was tuned on it.
 */
import type { TestPage } from '../src/test-support/page-kit.js';
import { HELDOUT184_PAGES } from '../src/test-support/pages-heldout184.js';
import { HELDOUT185_PAGES } from '../src/test-support/pages-heldout185.js';
import { HELDOUT186_PAGES } from '../src/test-support/pages-heldout186.js';
import { HELDOUT187_PAGES } from '../src/test-support/pages-heldout187.js';
import { HELDOUT188_PAGES } from '../src/test-support/pages-heldout188.js';
import { HELDOUT189_PAGES } from '../src/test-support/pages-heldout189.js';

const firstSight = (batch: number, what: string, rules: string, model: string, use: string): string =>
  `pages of batch ${batch} (${what}), written blind in session 27, measured once on the rules of round 60: ${rules}; ` +
  `with the learned model of session 25 and its doubtful lines: ${model}; ${use}`;

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
];
