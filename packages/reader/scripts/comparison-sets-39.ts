/**
 * The page sets of the extractor comparison written in session 39 (batches 490 to 495, wave 60: hospitals, scouts and youth
 * groups, sailing clubs and marinas, farmers' markets and farm shops, golf and tennis clubs, theatres and cinemas; batches 496 to
 * 501, wave 61: care homes, nurseries and preschools, swimming pools and leisure centres, dentists, opticians and hearing clinics,
 * running clubs and races, blood and organ donation), each labelled with its first measurement: taken once, on the rules of round
 * 110, with the learned model refitted in session 25 and its doubtful lines, before any rule looked at its pages; then what was
 * tuned on it.
 */
import type { TestPage } from '../src/test-support/page-kit.js';
import { blindFirstSight } from './comparison-labels.js';
import { HELDOUT490_PAGES } from '../src/test-support/pages-heldout490.js';
import { HELDOUT491_PAGES } from '../src/test-support/pages-heldout491.js';
import { HELDOUT492_PAGES } from '../src/test-support/pages-heldout492.js';
import { HELDOUT493_PAGES } from '../src/test-support/pages-heldout493.js';
import { HELDOUT494_PAGES } from '../src/test-support/pages-heldout494.js';
import { HELDOUT495_PAGES } from '../src/test-support/pages-heldout495.js';
import { HELDOUT496_PAGES } from '../src/test-support/pages-heldout496.js';
import { HELDOUT497_PAGES } from '../src/test-support/pages-heldout497.js';
import { HELDOUT498_PAGES } from '../src/test-support/pages-heldout498.js';
import { HELDOUT499_PAGES } from '../src/test-support/pages-heldout499.js';
import { HELDOUT500_PAGES } from '../src/test-support/pages-heldout500.js';
import { HELDOUT501_PAGES } from '../src/test-support/pages-heldout501.js';

const onRound110 = blindFirstSight(39, 110);

export const SESSION39_SETS: ReadonlyArray<[string, readonly TestPage[]]> = [
  [
    onRound110(
      490,
      'hospitals and hospital departments: Drupal (NHS.UK frontend), Elementor, Umbraco, Next.js, Sitecore SXA, Squarespace, ' +
        'Wix, HubSpot, Webflow, Discourse, MediaWiki, an old table layout',
      '99.0 % / 94.4 %, 0 / 27 bylines, 1 / 239 furniture, 0 / 12 summaries with any',
      '99.0 % / 94.4 %, 0 / 27 bylines, 1 / 239 furniture, 0 / 12 summaries with any',
      'the round-114 list items in the measure of a pick tuned on its Webflow volunteer page (training)',
    ),
    HELDOUT490_PAGES,
  ],
  [
    onRound110(
      491,
      'scouts, guides and youth groups: Astra, Squarespace, MediaWiki, Ghost, a Mailchimp archive, Drupal (Olivero), Wix, ' +
        'Discourse, Webflow, Hugo (Docsy), a FrontPage table layout, Shopify (Dawn)',
      '98.3 % / 99.1 %, 4 / 22 bylines, 3 / 263 furniture, 0 / 12 summaries with any',
      '98.7 % / 99.1 %, 3 / 22 bylines, 3 / 263 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT491_PAGES,
  ],
  [
    onRound110(
      492,
      'sailing clubs, marinas and boating: GeneratePress, Squarespace, an old table layout, Wix Blog, Hugo (Docsy), Webflow, ' +
        'Discourse, MediaWiki, Shopify (Dawn), Ghost, Elementor, HubSpot',
      '98.6 % / 98.9 %, 3 / 23 bylines, 1 / 239 furniture, 0 / 12 summaries with any',
      '98.6 % / 97.7 %, 3 / 23 bylines, 1 / 239 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT492_PAGES,
  ],
  [
    onRound110(
      493,
      "farmers' markets, farm shops and veg-box schemes: Squarespace, Wix, Shopify (Dawn), Astra, Ghost, Drupal (Olivero), " +
        'Webflow, Next.js, Hugo (Ananke), Discourse, MediaWiki, a FrontPage table layout',
      '98.5 % / 99.7 %, 0 / 27 bylines, 4 / 241 furniture, 0 / 12 summaries with any',
      '98.5 % / 99.4 %, 0 / 27 bylines, 4 / 241 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT493_PAGES,
  ],
  [
    onRound110(
      494,
      'golf, tennis and racquet clubs: Avada, Squarespace, an old table layout, ClubSpark, a Mailchimp archive, Wix Blog, ' +
        'Drupal (Olivero), Webflow, Discourse, Shopify (Dawn), Ghost, Joomla (Cassiopeia)',
      '98.8 % / 99.1 %, 2 / 21 bylines, 3 / 267 furniture, 0 / 12 summaries with any',
      '98.9 % / 97.3 %, 2 / 21 bylines, 3 / 267 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT494_PAGES,
  ],
  [
    onRound110(
      495,
      'theatres, cinemas and amateur dramatics: Elementor, Drupal, Squarespace, Wix, Ghost, Next.js, MediaWiki, Discourse, ' +
        'Webflow, Hugo (PaperMod), a FrontPage table layout, HubSpot',
      '99.1 % / 81.4 %, 1 / 14 bylines, 2 / 262 furniture, 0 / 12 summaries with any',
      '99.6 % / 81.4 %, 0 / 14 bylines, 2 / 262 furniture, 0 / 12 summaries with any',
      'the round-111 listings of link cards tuned on its Webflow cinema season, round 116 looked at its Squarespace access ' + 'page (training)',
    ),
    HELDOUT495_PAGES,
  ],
  [
    onRound110(
      496,
      'care homes and services for older people: Elementor, Drupal, Squarespace, Astra, Wix, Ghost, Webflow, HubSpot, a ' +
        'Next.js directory, Discourse, MediaWiki, an old table layout',
      '97.0 % / 93.4 %, 1 / 18 bylines, 7 / 250 furniture, 1 / 12 summaries with any',
      '97.4 % / 93.4 %, 0 / 18 bylines, 5 / 250 furniture, 1 / 12 summaries with any',
      'the round-113 runs of HubSpot rows tuned on its home-care page (training)',
    ),
    HELDOUT496_PAGES,
  ],
  [
    onRound110(
      497,
      'childcare, nurseries and preschools: Wix, LocalGov Drupal, Astra with Elementor, a Mailchimp archive, Shopify (Dawn), ' +
        'Squarespace, Discourse, Webflow, HubSpot, MediaWiki, Ghost, a FrontPage table layout',
      '97.9 % / 98.2 %, 4 / 25 bylines, 12 / 248 furniture, 0 / 12 summaries with any',
      '97.9 % / 98.2 %, 4 / 25 bylines, 12 / 248 furniture, 0 / 12 summaries with any',
      'the round-116 blocks of a run tuned on its Squarespace post (training)',
    ),
    HELDOUT497_PAGES,
  ],
  [
    onRound110(
      498,
      'swimming pools and leisure centres: LocalGov Drupal, Elementor, Squarespace, Ghost, Wix, Discourse, MediaWiki, ' +
        'Webflow, Shopify (Dawn), HubSpot, Hugo (Ananke), a FrontPage table layout',
      '97.7 % / 97.9 %, 0 / 18 bylines, 3 / 253 furniture, 0 / 12 summaries with any',
      '97.7 % / 97.9 %, 0 / 18 bylines, 3 / 253 furniture, 0 / 12 summaries with any',
      'the round-129 hit counters tuned on its FrontPage pool timetable (training)',
    ),
    HELDOUT498_PAGES,
  ],
  [
    onRound110(
      499,
      'dentists, opticians and hearing clinics: Divi, Squarespace, Wix, Next.js, Elementor, Webflow, Ghost, Shopify (Dawn), ' +
        'Drupal (Olivero), Discourse, an old table layout, HubSpot',
      '98.5 % / 93.7 %, 1 / 20 bylines, 0 / 243 furniture, 0 / 12 summaries with any',
      '98.4 % / 93.1 %, 1 / 20 bylines, 0 / 243 furniture, 0 / 12 summaries with any',
      'the round-115 Squarespace menu blocks tuned on its optician price list (training)',
    ),
    HELDOUT499_PAGES,
  ],
  [
    onRound110(
      500,
      'running clubs, marathons and race events: Elementor, an old table layout, Squarespace, Twenty Twenty-One, Wix, Ghost ' +
        '(Source), Discourse, MediaWiki, Webflow, Hugo (PaperMod), Next.js, Shopify (Dawn)',
      '99.2 % / 97.2 %, 0 / 19 bylines, 3 / 244 furniture, 0 / 12 summaries with any',
      '99.5 % / 95.7 %, 0 / 19 bylines, 3 / 244 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT500_PAGES,
  ],
  [
    onRound110(
      501,
      'blood, organ and plasma donation: Drupal, Next.js, Astra, Squarespace, Ghost, Webflow, Wix Blog, HubSpot, MediaWiki, ' +
        'Discourse, Elementor, an old table layout',
      '99.3 % / 96.5 %, 0 / 23 bylines, 4 / 263 furniture, 0 / 12 summaries with any',
      '99.3 % / 94.1 %, 0 / 23 bylines, 4 / 263 furniture, 0 / 12 summaries with any',
      'the round-112 accordion panels a stylesheet hides tuned on its donor eligibility page (training)',
    ),
    HELDOUT501_PAGES,
  ],
];
