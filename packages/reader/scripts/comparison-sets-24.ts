/**
 * The page sets of the extractor comparison written in session 24 (batches 124 on), each labelled as in comparison-sets.ts:
 * where it came from and its first measurement, taken once before any rule looked at it: by the rules of the end of round
 * 44 alone, and with the learned furniture model of session 23 and its doubtful lines (src/html/learned/), fitted and
 * chosen on the training sets only. Batches 124 to 129 are the most common platforms of each kind of page; batches 130 to 135,
 * more of them, were measured once on the rules of round 46 and the model refitted with batches 124, 126, 127 and 128.
 * In session 25 the model was refitted on batches 125 and 129 to 135 too (training since).
 */
import type { TestPage } from '../src/test-support/page-kit.js';
import { HELDOUT124_PAGES } from '../src/test-support/pages-heldout124.js';
import { HELDOUT125_PAGES } from '../src/test-support/pages-heldout125.js';
import { HELDOUT126_PAGES } from '../src/test-support/pages-heldout126.js';
import { HELDOUT127_PAGES } from '../src/test-support/pages-heldout127.js';
import { HELDOUT128_PAGES } from '../src/test-support/pages-heldout128.js';
import { HELDOUT129_PAGES } from '../src/test-support/pages-heldout129.js';
import { HELDOUT130_PAGES } from '../src/test-support/pages-heldout130.js';
import { HELDOUT131_PAGES } from '../src/test-support/pages-heldout131.js';
import { HELDOUT132_PAGES } from '../src/test-support/pages-heldout132.js';
import { HELDOUT133_PAGES } from '../src/test-support/pages-heldout133.js';
import { HELDOUT134_PAGES } from '../src/test-support/pages-heldout134.js';
import { HELDOUT135_PAGES } from '../src/test-support/pages-heldout135.js';

const firstSight = (batch: number, what: string, rules: string, model: string, use = 'not tuned on (held out)', round = 'the end of round 44'): string =>
  `pages of batch ${batch} (${what}), held out in session 24, measured once on the rules of ${round}: ${rules}; ` +
  `with the learned model and its doubtful lines: ${model}; ${use}`;
const round46 = (batch: number, what: string, rules: string, model: string, use = 'not tuned on (held out)'): string =>
  firstSight(batch, what, rules, model, use, 'round 46 (with the model refitted after it)');

export const SESSION24_SETS: ReadonlyArray<[string, readonly TestPage[]]> = [
  [
    firstSight(
      124,
      'news from major outlets',
      '99.1 % / 100.0 %, 2 / 42 bylines, 5 / 778 furniture, 2 / 12 summaries with any',
      '99.5 % / 100.0 %, 2 / 42 bylines, 4 / 778 furniture, 2 / 12 summaries with any',
      'the round-46 rules tuned on it (training)',
    ),
    HELDOUT124_PAGES,
  ],
  [
    firstSight(
      125,
      'blog posts on common platforms',
      '99.6 % / 99.5 %, 0 / 32 bylines, 7 / 543 furniture, 1 / 12 summaries with any',
      'the same',
      'the learned model refitted on it in session 25 (training)',
    ),
    HELDOUT125_PAGES,
  ],
  [
    firstSight(
      126,
      'documentation and help pages',
      '97.3 % / 99.0 %, 0 / 12 bylines, 25 / 699 furniture, 1 / 12 summaries with any',
      'the same',
      'the round-46 rules tuned on it (training)',
    ),
    HELDOUT126_PAGES,
  ],
  [
    firstSight(
      127,
      'wikis and reference pages',
      '97.3 % / 99.2 %, 1 / 26 bylines, 25 / 1000 furniture, 2 / 12 summaries with any',
      '98.2 % / 98.7 %, 0 / 26 bylines, 16 / 1000 furniture, 2 / 12 summaries with any',
      'the round-46 rules tuned on it (training)',
    ),
    HELDOUT127_PAGES,
  ],
  [
    firstSight(
      128,
      'forums and Q&A threads',
      '99.5 % / 100.0 %, 0 / 109 bylines, 11 / 1066 furniture, 1 / 12 summaries with any',
      'the same',
      'the round-46 rules tuned on it (training)',
    ),
    HELDOUT128_PAGES,
  ],
  [
    firstSight(
      129,
      'news and magazine articles',
      '97.8 % / 100.0 %, 0 / 36 bylines, 7 / 678 furniture, 0 / 12 summaries with any',
      'the same',
      'the learned model refitted on it in session 25 (training)',
    ),
    HELDOUT129_PAGES,
  ],
  [
    round46(
      130,
      'news and magazines from major outlets',
      '97.6 % / 99.5 %, 0 / 39 bylines, 11 / 749 furniture, 1 / 12 summaries with any',
      '98.5 % / 99.5 %, 0 / 39 bylines, 8 / 749 furniture, 0 / 12 summaries with any (1 without the doubtful lines)',
      'the learned model refitted on it in session 25 (training)',
    ),
    HELDOUT130_PAGES,
  ],
  [
    round46(
      131,
      'blog posts on more common platforms',
      '99.9 % / 99.8 %, 0 / 28 bylines, 6 / 492 furniture, 1 / 12 summaries with any',
      'the same',
      'the learned model refitted on it in session 25 (training)',
    ),
    HELDOUT131_PAGES,
  ],
  [
    round46(
      132,
      'documentation of popular projects',
      '97.3 % / 99.9 %, 0 / 7 bylines, 9 / 651 furniture, 2 / 12 summaries with any',
      '97.3 % / 99.8 %, 0 / 7 bylines, 9 / 651 furniture, 1 / 12 summaries with any (2 without the doubtful lines)',
      'the link cards of round 49 tuned on one of its pages, the learned model refitted on it in session 25 (training)',
    ),
    HELDOUT132_PAGES,
  ],
  [
    round46(
      133,
      'wikis, encyclopedias and health references',
      '96.8 % / 98.8 %, 2 / 22 bylines, 21 / 1035 furniture, 2 / 12 summaries with any',
      '96.8 % / 98.7 %, 2 / 22 bylines, 21 / 1035 furniture, 2 / 12 summaries with any',
      'the review line of round 47 and the wiki notice of round 48 tuned on two of its pages, the learned model refitted on it in session 25 (training)',
    ),
    HELDOUT133_PAGES,
  ],
  [
    round46(
      134,
      'forums and Q&A threads on more platforms',
      '97.6 % / 99.1 %, 1 / 138 bylines, 9 / 976 furniture, 2 / 12 summaries with any',
      '98.0 % / 99.0 %, 1 / 138 bylines, 7 / 976 furniture, 2 / 12 summaries with any',
      'the learned model refitted on it in session 25 (training)',
    ),
    HELDOUT134_PAGES,
  ],
  [
    round46(
      135,
      'local and national news from more outlets',
      '99.2 % / 100.0 %, 1 / 36 bylines, 8 / 619 furniture, 2 / 12 summaries with any',
      '99.9 % / 100.0 %, 0 / 36 bylines, 6 / 619 furniture, 2 / 12 summaries with any',
      'the learned model refitted on it in session 25 (training)',
    ),
    HELDOUT135_PAGES,
  ],
];
