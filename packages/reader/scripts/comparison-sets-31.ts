/**
 * The page sets of the extractor comparison written in session 31 (batches 280 to 285, wave 25: mailing-list archives and
 * e-mail pages, legal and official texts, commerce and single-item listings, developer artefacts rendered as pages, news in
 * twelve more languages, sites made with page builders), each labelled with its first measurement: taken once, on the rules of
 * round 79, with the learned model refitted in session 25 and its doubtful lines, before any rule looked at its pages; then
 * what was tuned on it.
 */
import type { TestPage } from '../src/test-support/page-kit.js';
import { blindFirstSight } from './comparison-labels.js';
import { HELDOUT280_PAGES } from '../src/test-support/pages-heldout280.js';
import { HELDOUT281_PAGES } from '../src/test-support/pages-heldout281.js';
import { HELDOUT282_PAGES } from '../src/test-support/pages-heldout282.js';
import { HELDOUT283_PAGES } from '../src/test-support/pages-heldout283.js';
import { HELDOUT284_PAGES } from '../src/test-support/pages-heldout284.js';
import { HELDOUT285_PAGES } from '../src/test-support/pages-heldout285.js';

const firstSight = blindFirstSight(31, 79);

export const SESSION31_SETS: ReadonlyArray<[string, readonly TestPage[]]> = [
  [
    firstSight(
      280,
      'mailing-list archives and pages made from e-mail: Pipermail, HyperKitty, Google Groups, public-inbox, MARC, MHonArc, ' +
        'a Mailchimp campaign, a Substack e-mail view, Buttondown, Discourse in mailing-list mode, a saved Thunderbird message, an Outlook print view',
      '92.4 % / 99.3 %, 5 / 45 bylines, 31 / 227 furniture, 2 / 12 summaries with any',
      '93.8 % / 99.3 %, 4 / 45 bylines, 25 / 227 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT280_PAGES,
  ],
  [
    firstSight(
      281,
      'legal and official texts: an act section, a regulation section, a court opinion, a privacy policy, terms of service, ' +
        'an EU regulation, a Federal Register notice, a patent, an RFC, a municipal code, a client alert, a supreme court press summary',
      '94.5 % / 97.6 %, 7 / 29 bylines, 51 / 473 furniture, 1 / 12 summaries with any',
      '95.9 % / 97.6 %, 4 / 29 bylines, 40 / 473 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT281_PAGES,
  ],
  [
    firstSight(
      282,
      'commerce, listings and single-item pages: a Shopify product, an Amazon-style product, an Etsy listing, a home listing, ' +
        'a job posting, an event, a course, a book page, an app-store listing, a crowdfunding project, a classified ad, a holiday rental',
      '86.0 % / 82.4 %, 2 / 18 bylines, 103 / 670 furniture, 3 / 12 summaries with any',
      '86.5 % / 82.4 %, 2 / 18 bylines, 98 / 670 furniture, 3 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT282_PAGES,
  ],
  [
    firstSight(
      283,
      'developer artefacts as pages: a GitHub README, npm, PyPI, docs.rs, nbviewer, Kaggle and Observable notebooks, ' +
        'a Quarto report, a man page, a Go package page, a model card, a gist',
      '95.9 % / 90.8 %, 1 / 21 bylines, 24 / 426 furniture, 0 / 12 summaries with any',
      '96.1 % / 90.8 %, 0 / 21 bylines, 24 / 426 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT283_PAGES,
  ],
  [
    firstSight(
      284,
      'news and blogs in more languages: Russian, Ukrainian, Greek, Hindi, Thai, Korean, Vietnamese, Turkish, Polish, ' +
        'Indonesian, Brazilian Portuguese and Italian',
      '98.7 % / 100.0 %, 2 / 35 bylines, 6 / 448 furniture, 1 / 12 summaries with any',
      '98.9 % / 100.0 %, 1 / 35 bylines, 6 / 448 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT284_PAGES,
  ],
  [
    firstSight(
      285,
      'sites made with page and site builders: Elementor, Divi, WPBakery, Beaver Builder, Wix, Squarespace, Webflow, ' +
        'Framer, Carrd, HubSpot CMS, Google Sites, a Shopify blog',
      '98.4 % / 97.3 %, 1 / 23 bylines, 5 / 333 furniture, 1 / 12 summaries with any',
      '98.4 % / 97.3 %, 1 / 23 bylines, 5 / 333 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT285_PAGES,
  ],
];
