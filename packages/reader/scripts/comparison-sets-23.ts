/**
 * The page sets of the extractor comparison written in session 23 (batches 116 on), each labelled as in comparison-sets.ts:
 * where it came from and its first measurement, taken once before any rule looked at it, by the rules alone and with the
 * learned furniture model (src/html/learned/), fitted on the training sets only. Batches 116 to 119 were measured first with
 * the model's first version (no shared-words feature) and again with the shipped one; the labels say where they differ.
 */
import type { TestPage } from '../src/test-support/page-kit.js';
import { HELDOUT116_PAGES } from '../src/test-support/pages-heldout116.js';
import { HELDOUT117_PAGES } from '../src/test-support/pages-heldout117.js';
import { HELDOUT118_PAGES } from '../src/test-support/pages-heldout118.js';
import { HELDOUT119_PAGES } from '../src/test-support/pages-heldout119.js';
import { HELDOUT120_PAGES } from '../src/test-support/pages-heldout120.js';
import { HELDOUT121_PAGES } from '../src/test-support/pages-heldout121.js';
import { HELDOUT122_PAGES } from '../src/test-support/pages-heldout122.js';
import { HELDOUT123_PAGES } from '../src/test-support/pages-heldout123.js';

const firstSight = (batch: number, what: string, rules: string, model: string): string =>
  `pages of batch ${batch} (${what}), held out in session 23, measured once on the rules of the end of round 44: ${rules}; ` +
  `with the learned model of session 23: ${model}; not tuned on (held out)`;

export const SESSION23_SETS: ReadonlyArray<[string, readonly TestPage[]]> = [
  [firstSight(116, 'news from many outlets', '98.1 % / 99.6 %, 0 / 40 bylines, 9 / 699 furniture, 1 / 12 summaries with any', 'the same'), HELDOUT116_PAGES],
  [
    firstSight(
      117,
      'blogs and how-to posts',
      '99.4 % / 99.2 %, 1 / 33 bylines, 8 / 632 furniture, 0 / 12 summaries with any',
      '99.4 % / 99.1 %, the rest the same',
    ),
    HELDOUT117_PAGES,
  ],
  [
    firstSight(
      118,
      'documentation and help centres',
      '99.0 % / 99.0 %, 0 / 8 bylines, 10 / 634 furniture, 0 / 12 summaries with any',
      "99.1 % / 99.0 % (the model's first version, without the shared-words feature: 99.0 %), the rest the same",
    ),
    HELDOUT118_PAGES,
  ],
  [
    firstSight(
      119,
      'wikis, Q&A and forums',
      '98.3 % / 99.0 %, 1 / 83 bylines, 15 / 1088 furniture, 1 / 12 summaries with any',
      '98.5 % / 99.0 %, 1 / 83 bylines, 13 / 1088 furniture, 1 / 12 summaries with any',
    ),
    HELDOUT119_PAGES,
  ],
  [
    firstSight(
      120,
      'news from many outlets',
      '98.5 % / 99.8 %, 2 / 57 bylines, 10 / 620 furniture, 1 / 12 summaries with any',
      '99.0 % / 99.8 %, 0 / 57 bylines, 8 / 620 furniture, 1 / 12 summaries with any (the shipped model only)',
    ),
    HELDOUT120_PAGES,
  ],
  [
    firstSight(
      121,
      'blogs and personal sites',
      '99.6 % / 99.6 %, 0 / 27 bylines, 9 / 484 furniture, 0 / 12 summaries with any',
      'the same (the shipped model only)',
    ),
    HELDOUT121_PAGES,
  ],
  [
    firstSight(
      122,
      'government, health, science and education pages',
      '98.1 % / 99.2 %, 4 / 30 bylines, 4 / 762 furniture, 0 / 12 summaries with any',
      '98.2 % / 98.3 %, 0 / 30 bylines, 4 / 762 furniture, 0 / 12 summaries with any (the shipped model only)',
    ),
    HELDOUT122_PAGES,
  ],
  [
    firstSight(
      123,
      'developer docs and community forums',
      '97.9 % / 100.0 %, 0 / 60 bylines, 11 / 769 furniture, 0 / 12 summaries with any',
      '98.1 % / 100.0 %, 0 / 60 bylines, 10 / 769 furniture, 0 / 12 summaries with any (the shipped model only)',
    ),
    HELDOUT123_PAGES,
  ],
];
