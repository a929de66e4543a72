/**
 * The page sets of the extractor comparison written in session 25 (batches 136 to 141), each labelled as in comparison-sets.ts:
 * where it came from and its first measurement, taken once before any rule looked at it, on the rules of round 49 alone and with
 * the learned furniture model refitted in session 25 (on batches up to 135) and its doubtful lines. The round-50 rules were then
 * tuned on single pages of five of them; the model was not fitted on any. Batches 142 to 147, written after round 50, were measured
 * once on the rules of round 50 (142, 147) or 51 (143 to 146, after the browser notice of round 51) with the same model; the rules of
 * rounds 51 and 52 were tuned on single pages of four of them. Batches 148 to 153, written after round 52, were measured once on its
 * rules with the same model; the two byline lines of round 53 were tuned on two pages of batch 148. Batches 154 to 159, written after
 * round 53, were measured once on the rules of round 54 (round 53 and the lead paragraphs); the notice line of round 55 was tuned
 * on one page of batch 155 (comparison-sets-25b.ts).
 */
import type { TestPage } from '../src/test-support/page-kit.js';
import { HELDOUT136_PAGES } from '../src/test-support/pages-heldout136.js';
import { HELDOUT137_PAGES } from '../src/test-support/pages-heldout137.js';
import { HELDOUT138_PAGES } from '../src/test-support/pages-heldout138.js';
import { HELDOUT139_PAGES } from '../src/test-support/pages-heldout139.js';
import { HELDOUT140_PAGES } from '../src/test-support/pages-heldout140.js';
import { HELDOUT141_PAGES } from '../src/test-support/pages-heldout141.js';
import { HELDOUT142_PAGES } from '../src/test-support/pages-heldout142.js';
import { HELDOUT143_PAGES } from '../src/test-support/pages-heldout143.js';
import { HELDOUT144_PAGES } from '../src/test-support/pages-heldout144.js';
import { HELDOUT145_PAGES } from '../src/test-support/pages-heldout145.js';
import { HELDOUT146_PAGES } from '../src/test-support/pages-heldout146.js';
import { HELDOUT147_PAGES } from '../src/test-support/pages-heldout147.js';
import { HELDOUT148_PAGES } from '../src/test-support/pages-heldout148.js';
import { HELDOUT149_PAGES } from '../src/test-support/pages-heldout149.js';
import { HELDOUT150_PAGES } from '../src/test-support/pages-heldout150.js';
import { HELDOUT151_PAGES } from '../src/test-support/pages-heldout151.js';
import { HELDOUT152_PAGES } from '../src/test-support/pages-heldout152.js';
import { HELDOUT153_PAGES } from '../src/test-support/pages-heldout153.js';

export const firstSight = (batch: number, what: string, rules: string, model: string, use: string, round = 49): string =>
  `pages of batch ${batch} (${what}), held out in session 25, measured once on the rules of round ${round}: ${rules}; ` +
  `with the learned model refitted in session 25 and its doubtful lines: ${model}; ${use}`;

export const SESSION25_SETS: ReadonlyArray<[string, readonly TestPage[]]> = [
  [
    firstSight(
      136,
      'news, opinion and live coverage',
      '94.9 % / 99.5 %, 8 / 67 bylines, 15 / 742 furniture, 0 / 12 summaries with any',
      '96.4 % / 99.5 %, 6 / 67 bylines, 11 / 742 furniture, 0 / 12 summaries with any',
      'the round-50 columnist lines tuned on two of its pages, the model not fitted on it (held out)',
    ),
    HELDOUT136_PAGES,
  ],
  [
    firstSight(
      137,
      'blog posts on more platforms and site builders',
      '98.2 % / 99.2 %, 0 / 22 bylines, 14 / 477 furniture, 0 / 12 summaries with any',
      'the same',
      'not tuned on (held out)',
    ),
    HELDOUT137_PAGES,
  ],
  [
    firstSight(
      138,
      'documentation of more projects and products',
      '97.6 % / 96.7 %, 0 / 3 bylines, 16 / 815 furniture, 2 / 12 summaries with any',
      'the same',
      'the round-50 version notice tuned on one of its pages, the model not fitted on it (held out)',
    ),
    HELDOUT138_PAGES,
  ],
  [
    firstSight(
      139,
      'wikis, encyclopedias and references on more sites',
      '97.4 % / 96.1 %, 0 / 16 bylines, 36 / 866 furniture, 2 / 12 summaries with any',
      'the same',
      'the round-50 title rule and the round-54 lead paragraphs tuned on one of its pages, the model not fitted on it (held out)',
    ),
    HELDOUT139_PAGES,
  ],
  [
    firstSight(
      140,
      'forums, Q&A and discussion threads on more platforms',
      '97.2 % / 91.5 %, 1 / 120 bylines, 11 / 676 furniture, 0 / 12 summaries with any',
      '97.6 % / 91.5 %, 0 / 120 bylines, 10 / 676 furniture, 0 / 12 summaries with any',
      'the round-50 thread rules tuned on two of its pages, the model not fitted on it (held out)',
    ),
    HELDOUT140_PAGES,
  ],
  [
    firstSight(
      141,
      'news from English-language outlets around the world',
      '98.8 % / 100.0 %, 0 / 38 bylines, 6 / 639 furniture, 2 / 12 summaries with any',
      '99.1 % / 100.0 %, 0 / 38 bylines, 5 / 639 furniture, 2 / 12 summaries with any',
      'the round-50 dateline rule of the splitter tuned on one of its pages, the model not fitted on it (held out)',
    ),
    HELDOUT141_PAGES,
  ],
  [
    firstSight(
      142,
      'regional and national news from more outlets',
      '98.7 % / 100.0 %, 1 / 54 bylines, 9 / 579 furniture, 2 / 12 summaries with any',
      '99.5 % / 100.0 %, 0 / 54 bylines, 6 / 579 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
      50,
    ),
    HELDOUT142_PAGES,
  ],
  [
    firstSight(
      143,
      'blog posts on more themes and hosts',
      '99.4 % / 99.0 %, 0 / 28 bylines, 9 / 497 furniture, 1 / 12 summaries with any',
      'the same',
      'the update note of round 52 tuned on one of its pages, the model not fitted on it (held out)',
      51,
    ),
    HELDOUT143_PAGES,
  ],
  [
    firstSight(
      144,
      'documentation of more developer platforms',
      '94.9 % / 97.6 %, 1 / 6 bylines, 20 / 666 furniture, 2 / 12 summaries with any',
      '95.4 % / 97.6 %, 0 / 6 bylines, 19 / 666 furniture, 2 / 12 summaries with any',
      'the version lines and hiding classes of round 52 tuned on two of its pages, the model not fitted on it (held out)',
      51,
    ),
    HELDOUT144_PAGES,
  ],
  [
    firstSight(
      145,
      'wikis, dictionaries and health references on more sites',
      '95.8 % / 98.5 %, 2 / 19 bylines, 20 / 893 furniture, 1 / 12 summaries with any',
      '96.6 % / 97.5 %, 0 / 19 bylines, 17 / 893 furniture, 1 / 12 summaries with any',
      'the message box of round 52 tuned on one of its pages, the model not fitted on it (held out)',
      51,
    ),
    HELDOUT145_PAGES,
  ],
  [
    firstSight(
      146,
      'forums and Q&A threads on more communities',
      '97.2 % / 95.0 %, 5 / 105 bylines, 13 / 747 furniture, 0 / 12 summaries with any',
      '97.3 % / 95.0 %, 5 / 105 bylines, 12 / 747 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
      51,
    ),
    HELDOUT146_PAGES,
  ],
  [
    firstSight(
      147,
      'magazine and science journalism',
      '98.5 % / 100.0 %, 0 / 36 bylines, 8 / 684 furniture, 1 / 12 summaries with any',
      '99.3 % / 99.5 %, 0 / 36 bylines, 5 / 684 furniture, 1 / 12 summaries with any',
      'the browser notice of round 51 tuned on one of its pages, the model not fitted on it (held out)',
      50,
    ),
    HELDOUT147_PAGES,
  ],
  [
    firstSight(
      148,
      'news from wire services, public broadcasters and digital outlets',
      '98.2 % / 100.0 %, 2 / 33 bylines, 8 / 661 furniture, 0 / 12 summaries with any',
      '98.9 % / 100.0 %, 2 / 33 bylines, 6 / 661 furniture, 0 / 12 summaries with any',
      'the byline lines of round 53 tuned on two of its pages, the model not fitted on it (held out)',
      52,
    ),
    HELDOUT148_PAGES,
  ],
  [
    firstSight(
      149,
      'personal and company blogs on more engines',
      '98.2 % / 100.0 %, 0 / 42 bylines, 10 / 461 furniture, 0 / 12 summaries with any',
      'the same',
      'not tuned on (held out)',
      52,
    ),
    HELDOUT149_PAGES,
  ],
  [
    firstSight(
      150,
      'reference documentation and manuals of more kinds',
      '96.3 % / 98.1 %, 0 / 9 bylines, 4 / 384 furniture, 1 / 12 summaries with any',
      '96.4 % / 97.8 %, 0 / 9 bylines, 4 / 384 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
      52,
    ),
    HELDOUT150_PAGES,
  ],
  [
    firstSight(
      151,
      'wikis and reference sites of more communities',
      '95.3 % / 99.4 %, 0 / 12 bylines, 27 / 895 furniture, 0 / 12 summaries with any',
      '95.8 % / 99.3 %, 0 / 12 bylines, 25 / 895 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
      52,
    ),
    HELDOUT151_PAGES,
  ],
  [
    firstSight(
      152,
      'forums, comment threads and Q&A on more sites',
      '98.2 % / 98.3 %, 1 / 121 bylines, 10 / 881 furniture, 1 / 12 summaries with any',
      '98.7 % / 98.3 %, 1 / 121 bylines, 8 / 881 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
      52,
    ),
    HELDOUT152_PAGES,
  ],
  [
    firstSight(
      153,
      'news and features from more countries and genres',
      '99.6 % / 100.0 %, 0 / 33 bylines, 4 / 627 furniture, 0 / 12 summaries with any',
      'the same',
      'not tuned on (held out)',
      52,
    ),
    HELDOUT153_PAGES,
  ],
];
