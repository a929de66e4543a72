/**
 * The page sets of the extractor comparison written in session 38 (batches 478 to 483, wave 58: churches and sermons, wedding
 * venues and planners, cycling clubs and bike shops, residents' and tenants' associations, food banks and charities, driving
 * schools; batches 484 to 489, wave 59: veterinary clinics, choirs and orchestras, ski resorts, allotments and community gardens,
 * public transport notices, pharmacies), each labelled with its first measurement: taken once, on the rules of round 106 (wave 58)
 * or 108 (wave 59), with the learned model refitted in session 25 and its doubtful lines, before any rule looked at its pages;
 * then what was tuned on it.
 */
import type { TestPage } from '../src/test-support/page-kit.js';
import { blindFirstSight } from './comparison-labels.js';
import { HELDOUT478_PAGES } from '../src/test-support/pages-heldout478.js';
import { HELDOUT479_PAGES } from '../src/test-support/pages-heldout479.js';
import { HELDOUT480_PAGES } from '../src/test-support/pages-heldout480.js';
import { HELDOUT481_PAGES } from '../src/test-support/pages-heldout481.js';
import { HELDOUT482_PAGES } from '../src/test-support/pages-heldout482.js';
import { HELDOUT483_PAGES } from '../src/test-support/pages-heldout483.js';
import { HELDOUT484_PAGES } from '../src/test-support/pages-heldout484.js';
import { HELDOUT485_PAGES } from '../src/test-support/pages-heldout485.js';
import { HELDOUT486_PAGES } from '../src/test-support/pages-heldout486.js';
import { HELDOUT487_PAGES } from '../src/test-support/pages-heldout487.js';
import { HELDOUT488_PAGES } from '../src/test-support/pages-heldout488.js';
import { HELDOUT489_PAGES } from '../src/test-support/pages-heldout489.js';

const onRound106 = blindFirstSight(38, 106);
const onRound108 = blindFirstSight(38, 108);

export const SESSION38_SETS: ReadonlyArray<[string, readonly TestPage[]]> = [
  [
    onRound106(
      478,
      'churches, parishes and sermons: Astra with Sermon Manager, Squarespace, Wix, Ghost, Drupal (Olivero), Elementor, ' +
        'MediaWiki, Discourse, a FrontPage table layout, Hugo (Ananke), Webflow, Next.js',
      '98.9 % / 98.9 %, 5 / 31 bylines, 2 / 250 furniture, 0 / 12 summaries with any',
      '98.9 % / 98.9 %, 5 / 31 bylines, 2 / 250 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT478_PAGES,
  ],
  [
    onRound106(
      479,
      'wedding venues and planners: Squarespace, Elementor, Wix, Showit, Astra with GeoDirectory, Webflow, Ghost, HubSpot, ' +
        'Next.js, Discourse, LocalGov Drupal, an old table layout',
      '98.5 % / 92.0 %, 0 / 18 bylines, 4 / 246 furniture, 0 / 12 summaries with any',
      '98.6 % / 92.0 %, 0 / 18 bylines, 3 / 246 furniture, 0 / 12 summaries with any',
      "the round-108 WordPress post types (a GeoDirectory listing's gd_place is no place box) and post-content fields tuned " +
        'on its directory page (training)',
    ),
    HELDOUT479_PAGES,
  ],
  [
    onRound106(
      480,
      'cycling clubs and bike shops: GeneratePress, Shopify (Dawn), Squarespace, Wix Blog, an old table layout, Discourse, ' +
        'Ghost, Drupal (Olivero), Webflow, MediaWiki, Hugo (PaperMod), HubSpot',
      '98.4 % / 99.9 %, 0 / 25 bylines, 8 / 268 furniture, 0 / 12 summaries with any',
      '98.3 % / 99.2 %, 0 / 25 bylines, 8 / 268 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT480_PAGES,
  ],
  [
    onRound106(
      481,
      "residents', homeowners' and tenants' associations: Astra, Drupal (Olivero), Squarespace, Wix, Webflow, Ghost, " +
        'Discourse, MediaWiki, a Next.js portal, Hugo (PaperMod), a FrontPage table layout, Elementor',
      '96.8 % / 100.0 %, 7 / 36 bylines, 7 / 234 furniture, 1 / 12 summaries with any',
      '97.3 % / 99.8 %, 6 / 36 bylines, 6 / 234 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT481_PAGES,
  ],
  [
    onRound106(
      482,
      'food banks and local charities: Astra with GiveWP, Squarespace, Wix, Drupal (Olivero), a Liferay charity register, ' +
        'Ghost, Webflow, Shopify (Dawn), HubSpot, Hugo (Ananke), Discourse, an old table layout',
      '98.8 % / 96.5 %, 1 / 16 bylines, 2 / 226 furniture, 1 / 12 summaries with any',
      '98.8 % / 95.9 %, 1 / 16 bylines, 2 / 226 furniture, 1 / 12 summaries with any',
      'the round-107 HubSpot rich-text modules (a module of prose is text, not a widget) tuned on its HubSpot impact report ' + '(training)',
    ),
    HELDOUT482_PAGES,
  ],
  [
    onRound106(
      483,
      'driving schools and driving tests: Astra with Complianz, Wix, Drupal (Olivero), Squarespace, Ghost, Discourse, Shopify ' +
        '(Dawn), MediaWiki, Webflow, HubSpot, Next.js, an old table layout',
      '100.0 % / 98.5 %, 0 / 30 bylines, 0 / 277 furniture, 0 / 12 summaries with any',
      '100.0 % / 98.1 %, 0 / 30 bylines, 0 / 277 furniture, 0 / 12 summaries with any',
      'the round-109 data tables (a table Readability left out between two blocks it kept goes back) tuned on its Webflow ' + 'pass-rate page (training)',
    ),
    HELDOUT483_PAGES,
  ],
  [
    onRound108(
      484,
      'veterinary clinics and pet health: Elementor, GeneratePress, a Next.js insurer guide, Squarespace, Wix, Drupal, ' +
        'Discourse, HubSpot, Webflow, Shopify (Dawn), Ghost, MediaWiki',
      '99.9 % / 98.4 %, 1 / 30 bylines, 0 / 361 furniture, 1 / 12 summaries with any',
      '99.9 % / 98.4 %, 1 / 30 bylines, 0 / 361 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT484_PAGES,
  ],
  [
    onRound108(
      485,
      'choirs, orchestras and amateur music groups: Astra, Squarespace, Google Sites, Wix, Discourse, Ghost, MediaWiki, ' +
        'Eventbrite, a FrontPage table layout, Hugo (Ananke), Drupal (Olivero), Webflow',
      '98.8 % / 97.1 %, 1 / 24 bylines, 5 / 291 furniture, 0 / 12 summaries with any',
      '98.8 % / 96.5 %, 1 / 24 bylines, 5 / 291 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT485_PAGES,
  ],
  [
    onRound108(
      486,
      'ski resorts and mountain conditions: Elementor, a Next.js lift-status page, Squarespace, Drupal, an old table layout, ' +
        'Discourse, Ghost, MediaWiki, Webflow, Wix Blog, HubSpot, Hugo (PaperMod)',
      '98.0 % / 96.9 %, 4 / 23 bylines, 2 / 260 furniture, 0 / 12 summaries with any',
      '98.4 % / 94.8 %, 4 / 23 bylines, 2 / 260 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT486_PAGES,
  ],
  [
    onRound108(
      487,
      'allotments and community gardens: LocalGov Drupal, a Mailchimp archive, Astra, Wix, Squarespace, phpBB, MediaWiki, ' +
        'Ghost, Google Sites, Webflow, a FrontPage table layout, Next.js',
      '98.2 % / 98.7 %, 3 / 29 bylines, 2 / 286 furniture, 0 / 12 summaries with any',
      '98.6 % / 98.3 %, 2 / 29 bylines, 1 / 286 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT487_PAGES,
  ],
  [
    onRound108(
      488,
      'public transport service notices: Astra, Drupal (Olivero), a FrontPage table layout, Squarespace, Next.js, Ghost, Wix, ' +
        'Discourse, MediaWiki, HubSpot, Webflow, Elementor',
      '98.4 % / 99.9 %, 0 / 24 bylines, 6 / 277 furniture, 0 / 12 summaries with any',
      '98.5 % / 99.9 %, 0 / 24 bylines, 4 / 277 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT488_PAGES,
  ],
  [
    onRound108(
      489,
      'pharmacies and prescription services: Drupal (Olivero), Elementor, Squarespace, Wix, Discourse, Shopify (Dawn), Ghost, ' +
        'MediaWiki (Vector legacy), Next.js, HubSpot, Hugo (Book), an old table layout',
      '98.4 % / 99.7 %, 0 / 20 bylines, 5 / 259 furniture, 1 / 12 summaries with any',
      '98.7 % / 99.7 %, 0 / 20 bylines, 3 / 259 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT489_PAGES,
  ],
];
