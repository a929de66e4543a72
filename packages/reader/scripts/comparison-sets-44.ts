/**
 * The page sets of the extractor comparison written in session 44.
 */
import type { TestPage } from '../src/test-support/page-kit.js';
import { blindFirstSight } from './comparison-labels.js';
import { HELDOUT646_PAGES } from '../src/test-support/pages-heldout646.js';
import { HELDOUT647_PAGES } from '../src/test-support/pages-heldout647.js';
import { HELDOUT648_PAGES } from '../src/test-support/pages-heldout648.js';
import { HELDOUT649_PAGES } from '../src/test-support/pages-heldout649.js';
import { HELDOUT650_PAGES } from '../src/test-support/pages-heldout650.js';
import { HELDOUT651_PAGES } from '../src/test-support/pages-heldout651.js';
import { HELDOUT652_PAGES } from '../src/test-support/pages-heldout652.js';
import { HELDOUT653_PAGES } from '../src/test-support/pages-heldout653.js';
import { HELDOUT654_PAGES } from '../src/test-support/pages-heldout654.js';
import { HELDOUT655_PAGES } from '../src/test-support/pages-heldout655.js';
import { HELDOUT656_PAGES } from '../src/test-support/pages-heldout656.js';
import { HELDOUT657_PAGES } from '../src/test-support/pages-heldout657.js';
import { HELDOUT658_PAGES } from '../src/test-support/pages-heldout658.js';
import { HELDOUT659_PAGES } from '../src/test-support/pages-heldout659.js';
import { HELDOUT660_PAGES } from '../src/test-support/pages-heldout660.js';
import { HELDOUT661_PAGES } from '../src/test-support/pages-heldout661.js';
import { HELDOUT662_PAGES } from '../src/test-support/pages-heldout662.js';
import { HELDOUT663_PAGES } from '../src/test-support/pages-heldout663.js';
import { HELDOUT664_PAGES } from '../src/test-support/pages-heldout664.js';
import { HELDOUT665_PAGES } from '../src/test-support/pages-heldout665.js';
import { HELDOUT666_PAGES } from '../src/test-support/pages-heldout666.js';
import { HELDOUT667_PAGES } from '../src/test-support/pages-heldout667.js';
import { HELDOUT668_PAGES } from '../src/test-support/pages-heldout668.js';
import { HELDOUT669_PAGES } from '../src/test-support/pages-heldout669.js';
import { HELDOUT670_PAGES } from '../src/test-support/pages-heldout670.js';
import { HELDOUT671_PAGES } from '../src/test-support/pages-heldout671.js';
import { HELDOUT672_PAGES } from '../src/test-support/pages-heldout672.js';
import { HELDOUT673_PAGES } from '../src/test-support/pages-heldout673.js';
import { HELDOUT674_PAGES } from '../src/test-support/pages-heldout674.js';
import { HELDOUT675_PAGES } from '../src/test-support/pages-heldout675.js';
import { HELDOUT676_PAGES } from '../src/test-support/pages-heldout676.js';
import { HELDOUT677_PAGES } from '../src/test-support/pages-heldout677.js';
import { HELDOUT678_PAGES } from '../src/test-support/pages-heldout678.js';
import { HELDOUT679_PAGES } from '../src/test-support/pages-heldout679.js';
import { HELDOUT680_PAGES } from '../src/test-support/pages-heldout680.js';
import { HELDOUT681_PAGES } from '../src/test-support/pages-heldout681.js';
import { HELDOUT682_PAGES } from '../src/test-support/pages-heldout682.js';
import { HELDOUT683_PAGES } from '../src/test-support/pages-heldout683.js';
import { HELDOUT684_PAGES } from '../src/test-support/pages-heldout684.js';
import { HELDOUT685_PAGES } from '../src/test-support/pages-heldout685.js';
import { HELDOUT686_PAGES } from '../src/test-support/pages-heldout686.js';
import { HELDOUT687_PAGES } from '../src/test-support/pages-heldout687.js';
import { HELDOUT688_PAGES } from '../src/test-support/pages-heldout688.js';
import { HELDOUT689_PAGES } from '../src/test-support/pages-heldout689.js';
import { HELDOUT690_PAGES } from '../src/test-support/pages-heldout690.js';
import { HELDOUT691_PAGES } from '../src/test-support/pages-heldout691.js';
import { HELDOUT692_PAGES } from '../src/test-support/pages-heldout692.js';
import { HELDOUT693_PAGES } from '../src/test-support/pages-heldout693.js';
import { HELDOUT694_PAGES } from '../src/test-support/pages-heldout694.js';
import { HELDOUT695_PAGES } from '../src/test-support/pages-heldout695.js';
import { HELDOUT696_PAGES } from '../src/test-support/pages-heldout696.js';
import { HELDOUT697_PAGES } from '../src/test-support/pages-heldout697.js';
import { HELDOUT698_PAGES } from '../src/test-support/pages-heldout698.js';
import { HELDOUT699_PAGES } from '../src/test-support/pages-heldout699.js';

const WAVE86 = blindFirstSight(44, 161);
const WAVE87 = blindFirstSight(44, 161);
const WAVE88 = blindFirstSight(44, 162);
const WAVE89 = blindFirstSight(44, 163);
const WAVE90 = blindFirstSight(44, 164);
const WAVE91 = blindFirstSight(44, 164);
const WAVE92 = blindFirstSight(44, 165);
const WAVE93 = blindFirstSight(44, 167);
const WAVE94 = blindFirstSight(44, 167);

export const SESSION44_SETS: ReadonlyArray<[string, readonly TestPage[]]> = [
  [
    WAVE86(
      646,
      'canoe and kayak hire and paddleboard schools: Squarespace, Elementor, Wix, Ghost (Casper), Shopify (Dawn), Webflow, ' +
        'Discourse, MediaWiki, Hugo (Ananke), an old table layout, Next.js, HubSpot',
      '98.2 % / 97.5 %, 0 / 15 bylines, 2 / 261 furniture, 0 / 12 summaries with any',
      '99.0 % / 97.5 %, 0 / 15 bylines, 1 / 261 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT646_PAGES,
  ],
  [
    WAVE86(
      647,
      'ice and roller skating rinks and ice hockey clubs: Divi, Squarespace, SportsEngine, Wix, Drupal (Olivero), Ghost ' +
        '(Casper), Shopify (Dawn), Discourse, MediaWiki, Webflow, an old table layout, Elementor',
      '99.0 % / 96.4 %, 0 / 28 bylines, 1 / 292 furniture, 0 / 12 summaries with any',
      '99.5 % / 96.4 %, 0 / 28 bylines, 0 / 292 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT647_PAGES,
  ],
  [
    WAVE86(
      648,
      'dance schools (ballet, tap, salsa, ceilidh): Astra, Squarespace, Wix, Ghost (Casper), Drupal (Olivero), Discourse, ' +
        'MediaWiki, Webflow, Shopify (Dawn), Hugo (Ananke), Elementor, a FrontPage table layout',
      '98.6 % / 98.9 %, 0 / 18 bylines, 1 / 250 furniture, 0 / 12 summaries with any',
      '98.6 % / 98.9 %, 0 / 18 bylines, 1 / 250 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT648_PAGES,
  ],
  [
    WAVE86(
      649,
      'martial arts, boxing gyms and fencing clubs: Astra with Elementor, Squarespace, Wix, Ghost (Casper), Drupal (Olivero), ' +
        'MediaWiki, Discourse, Webflow, Shopify (Dawn), a Dreamweaver table layout, Hugo (PaperMod), Next.js',
      '97.1 % / 99.7 %, 0 / 17 bylines, 6 / 256 furniture, 1 / 12 summaries with any',
      '97.3 % / 99.1 %, 0 / 17 bylines, 5 / 256 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT649_PAGES,
  ],
  [
    WAVE86(
      650,
      'music shops and luthiers: Shopify (Dawn), Elementor, Squarespace, Wix Blog, Ghost (Casper), Drupal (Olivero), Webflow, ' +
        'Discourse, BigCommerce, HubSpot, Hugo (PaperMod), a FrontPage table layout',
      '98.2 % / 98.5 %, 1 / 17 bylines, 5 / 261 furniture, 1 / 12 summaries with any',
      '98.9 % / 98.2 %, 0 / 17 bylines, 3 / 261 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT650_PAGES,
  ],
  [
    WAVE86(
      651,
      'brass bands, folk and morris sides and community orchestras: Astra with The Events Calendar, Squarespace, Wix, Ghost ' +
        '(Casper), MediaWiki, Drupal (Olivero), Discourse, Hugo (Ananke), Webflow, Elementor, a FrontPage table layout, Next.js',
      '99.4 % / 96.2 %, 0 / 16 bylines, 4 / 272 furniture, 0 / 12 summaries with any',
      '99.4 % / 95.8 %, 0 / 16 bylines, 4 / 272 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT651_PAGES,
  ],
  [
    WAVE87(
      652,
      'go-kart tracks, laser tag and crazy golf venues: Wix, Astra with Elementor, Ghost (Casper), Squarespace, Discourse, ' +
        'MediaWiki, Shopify (Dawn), HubSpot, Webflow, Hugo (PaperMod), a FrontPage table layout, Next.js',
      '99.2 % / 95.0 %, 0 / 18 bylines, 0 / 242 furniture, 0 / 12 summaries with any',
      '99.2 % / 94.9 %, 0 / 18 bylines, 0 / 242 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT652_PAGES,
  ],
  [
    WAVE87(
      653,
      'reptile shops and tortoise and hedgehog rescues: Shopify (Dawn), Elementor, Squarespace, Wix, Drupal (Olivero), Ghost ' +
        '(Casper), MediaWiki (legacy Vector), Discourse, Webflow, an old table layout, Hugo (PaperMod), Next.js',
      '99.9 % / 98.2 %, 0 / 18 bylines, 1 / 287 furniture, 0 / 12 summaries with any',
      '99.9 % / 98.2 %, 0 / 18 bylines, 1 / 287 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT653_PAGES,
  ],
  [
    WAVE87(
      654,
      'wildlife rescues and donkey sanctuaries: Divi with GiveWP, Squarespace, Wix, Shopify (Dawn), Drupal (Olivero), Ghost ' +
        '(Casper), Webflow, Discourse, Elementor, MediaWiki, an old table layout, Next.js',
      '98.3 % / 97.9 %, 1 / 20 bylines, 13 / 357 furniture, 2 / 12 summaries with any',
      '98.4 % / 97.9 %, 1 / 20 bylines, 12 / 357 furniture, 2 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT654_PAGES,
  ],
  [
    WAVE87(
      655,
      'dog groomers and dog walkers: Wix, Astra, Squarespace, Elementor, Ghost (Casper), Webflow, Discourse, an old table ' +
        'layout, HubSpot, Zendesk (Copenhagen), Hugo (PaperMod), MediaWiki (legacy Vector)',
      '99.1 % / 98.5 %, 0 / 28 bylines, 0 / 239 furniture, 0 / 12 summaries with any',
      '99.1 % / 98.5 %, 0 / 28 bylines, 0 / 239 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT655_PAGES,
  ],
  [
    WAVE87(
      656,
      'arborists, tree surgeons and pond builders: Astra, Wix, Squarespace, Elementor, Discourse, Ghost (Casper), MediaWiki, ' +
        'Shopify (Dawn), Next.js, Webflow, HubSpot, an old table layout',
      '99.6 % / 97.9 %, 0 / 22 bylines, 1 / 282 furniture, 0 / 12 summaries with any',
      '99.6 % / 97.9 %, 0 / 22 bylines, 1 / 282 furniture, 0 / 12 summaries with any',
      "round 162 tuned on its Elementor FAQ, then dropped for round 164's button calls (training)",
    ),
    HELDOUT656_PAGES,
  ],
  [
    WAVE87(
      657,
      'carpet, upholstery and oven cleaners: Astra, Squarespace, Wix Blog, Shopify (Dawn), Webflow, Next.js, MediaWiki, ' +
        'Discourse, Elementor, HubSpot, Ghost (Casper), a FrontPage table layout',
      '99.4 % / 99.7 %, 0 / 24 bylines, 2 / 329 furniture, 0 / 12 summaries with any',
      '99.4 % / 99.7 %, 0 / 24 bylines, 2 / 329 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT657_PAGES,
  ],
  [
    WAVE88(
      658,
      'insulation installers and loft conversion builders: Astra, Elementor, Squarespace, Wix, Webflow, Shopify (Dawn), ' +
        'HubSpot, Next.js, Discourse, MediaWiki, Ghost (Casper), an old table layout',
      '99.5 % / 99.1 %, 0 / 23 bylines, 1 / 267 furniture, 0 / 12 summaries with any',
      '99.5 % / 99.1 %, 0 / 23 bylines, 1 / 267 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT658_PAGES,
  ],
  [
    WAVE88(
      659,
      'will writers, celebrants and probate services: Elementor, Squarespace, Wix (FAQ app), Astra, Ghost (Casper), Webflow, ' +
        'Discourse, Hugo (Ananke), MediaWiki, Intercom Articles, Shopify (Dawn), an old table layout',
      '99.2 % / 98.2 %, 0 / 19 bylines, 2 / 223 furniture, 1 / 12 summaries with any',
      '99.2 % / 98.2 %, 0 / 19 bylines, 2 / 223 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT659_PAGES,
  ],
  [
    WAVE88(
      660,
      'proofreaders, editors and copywriters: Squarespace, Astra, Webflow, Hugo (Docsy), Wix, Ghost (Casper), Substack, ' +
        'Discourse, HubSpot, Elementor, a FrontPage table layout, MediaWiki (legacy Vector)',
      '98.1 % / 99.0 %, 0 / 18 bylines, 7 / 213 furniture, 1 / 12 summaries with any',
      '98.5 % / 99.0 %, 0 / 18 bylines, 6 / 213 furniture, 1 / 12 summaries with any',
      'the round-163 testimonials under a paragraph title tuned on its Squarespace services page (training)',
    ),
    HELDOUT660_PAGES,
  ],
  [
    WAVE88(
      661,
      'e-bike and motorbike dealers and repairers: Astra with WooCommerce, Shopify (Dawn), Squarespace, Wix, Webflow, ' +
        'Elementor, Discourse, Ghost (Casper), HubSpot, Drupal (Olivero), Next.js, a FrontPage table layout',
      '97.2 % / 99.4 %, 0 / 17 bylines, 5 / 220 furniture, 0 / 12 summaries with any',
      '97.2 % / 99.3 %, 0 / 17 bylines, 5 / 220 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT661_PAGES,
  ],
  [
    WAVE88(
      662,
      'coach hire, van hire and chauffeur firms: Elementor, Wix, Squarespace, Shopify (Dawn), Webflow, Drupal (Olivero), ' +
        'Ghost (Casper), HubSpot, Zendesk (Copenhagen), a FrontPage table layout, Joomla (Cassiopeia), GeneratePress',
      '97.7 % / 99.3 %, 0 / 13 bylines, 4 / 234 furniture, 0 / 12 summaries with any',
      '98.0 % / 99.2 %, 0 / 13 bylines, 3 / 234 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT662_PAGES,
  ],
  [
    WAVE88(
      663,
      'fishing tackle shops and angling clubs: Astra, Squarespace, Shopify (Dawn), Discourse, Wix Blog, a FrontPage table ' +
        'layout, MediaWiki, Ghost (Casper), Webflow, Hugo (PaperMod), Elementor, Drupal (Olivero)',
      '98.5 % / 98.6 %, 2 / 20 bylines, 8 / 320 furniture, 0 / 12 summaries with any',
      '98.4 % / 97.3 %, 2 / 20 bylines, 8 / 320 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT663_PAGES,
  ],
  [
    WAVE89(
      664,
      'yarn shops and knitting and crochet groups: Shopify (Dawn), WooCommerce (Storefront), Kadence, Meetup (Next.js), ' +
        'Discourse, Squarespace, Wix, Ghost (Casper), MediaWiki, Hugo (PaperMod), Drupal (Olivero), an old table layout',
      '99.7 % / 97.1 %, 0 / 23 bylines, 0 / 350 furniture, 0 / 12 summaries with any',
      '99.7 % / 97.1 %, 0 / 23 bylines, 0 / 350 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT664_PAGES,
  ],
  [
    WAVE89(
      665,
      'wallpaper and paint shops and interior decorators: Astra, Shopify (Dawn), Squarespace, Wix, Webflow, Ghost (Casper), ' +
        'HubSpot, Discourse, Elementor, Next.js, MediaWiki, an old table layout',
      '98.2 % / 97.8 %, 0 / 20 bylines, 10 / 294 furniture, 0 / 12 summaries with any',
      '98.2 % / 97.8 %, 0 / 20 bylines, 10 / 294 furniture, 0 / 12 summaries with any',
      'the round-164 question-headed button calls tuned on its Elementor wallpaper guide (training)',
    ),
    HELDOUT665_PAGES,
  ],
  [
    WAVE89(
      666,
      'hospices and charity fundraising events: Elementor, Drupal, Squarespace, Wix, Shopify (Dawn), Ghost (Casper), Webflow, ' +
        'HubSpot, Next.js, Discourse, a FrontPage table layout, Joomla (Cassiopeia)',
      '99.0 % / 99.0 %, 0 / 22 bylines, 5 / 273 furniture, 0 / 12 summaries with any',
      '99.0 % / 98.5 %, 0 / 22 bylines, 5 / 273 furniture, 0 / 12 summaries with any',
      'the round-164 question-headed button calls tuned on its Elementor night walk page (training)',
    ),
    HELDOUT666_PAGES,
  ],
  [
    WAVE89(
      667,
      'childminders, nurseries and after-school clubs: Astra, Squarespace, Wix Blog, Ghost (Casper), Webflow, LocalGov ' +
        'Drupal, Discourse, MediaWiki, HubSpot, Next.js, a FrontPage table layout, Elementor',
      '99.4 % / 98.6 %, 0 / 24 bylines, 2 / 250 furniture, 0 / 12 summaries with any',
      '99.4 % / 98.6 %, 0 / 24 bylines, 2 / 250 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT667_PAGES,
  ],
  [
    WAVE89(
      668,
      'coding bootcamps and tutoring services: Webflow, Astra, HubSpot, Squarespace, Ghost (Casper), Discourse, Wix, ' +
        'MediaWiki, Next.js, Drupal (Olivero), Hugo (Docsy), Shopify (Dawn)',
      '99.3 % / 98.0 %, 0 / 21 bylines, 1 / 273 furniture, 0 / 12 summaries with any',
      '99.3 % / 97.3 %, 0 / 21 bylines, 1 / 273 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT668_PAGES,
  ],
  [
    WAVE89(
      669,
      'sheep, llama and goat farms: Squarespace, WooCommerce (Storefront), Wix Bookings, Shopify (Dawn), Elementor, Ghost ' +
        '(Casper), Drupal (Olivero), Discourse, Webflow, Hugo (PaperMod), an old table layout, MediaWiki',
      '99.0 % / 96.5 %, 0 / 25 bylines, 2 / 293 furniture, 0 / 12 summaries with any',
      '99.2 % / 96.0 %, 0 / 25 bylines, 1 / 293 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT669_PAGES,
  ],
  [
    WAVE90(
      670,
      'greyhound and horse racing tracks and polo clubs: an old table layout, Squarespace, GeneratePress, Wix Blog, Webflow, ' +
        'Ghost (Casper), Elementor, Shopify (Dawn), Discourse, MediaWiki (legacy Vector), Drupal (Olivero), HubSpot',
      '99.5 % / 98.9 %, 0 / 24 bylines, 0 / 267 furniture, 0 / 12 summaries with any',
      '99.4 % / 98.4 %, 0 / 24 bylines, 0 / 267 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT670_PAGES,
  ],
  [
    WAVE90(
      671,
      'veg box schemes and farm shops: Shopify (Dawn), Kadence with WP Recipe Maker, Squarespace, Wix, Webflow, Ghost ' +
        '(Casper), Drupal (Olivero), Discourse, Zendesk (Copenhagen), Next.js, a FrontPage table layout, MediaWiki',
      '98.5 % / 99.8 %, 0 / 23 bylines, 2 / 294 furniture, 0 / 12 summaries with any',
      '98.5 % / 99.8 %, 0 / 23 bylines, 2 / 294 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT671_PAGES,
  ],
  [
    WAVE90(
      672,
      "stamp and coin dealers and collectors' societies: Shopify (Dawn), Astra, Squarespace, Wix, Drupal (Olivero), " +
        'MediaWiki, Discourse, Ghost (Casper), Hugo (Book), Webflow, an old table layout, HubSpot',
      '98.5 % / 97.4 %, 0 / 23 bylines, 6 / 259 furniture, 0 / 12 summaries with any',
      '99.4 % / 97.0 %, 0 / 23 bylines, 0 / 259 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT672_PAGES,
  ],
  [
    WAVE90(
      673,
      'windsurf, kitesurf and surf schools: Elementor, Squarespace, Wix, Shopify (Dawn), Webflow, Ghost (Casper), Discourse, ' +
        'MediaWiki, Hugo (Docsy), Next.js, Drupal (Olivero), a FrontPage table layout',
      '98.5 % / 95.1 %, 0 / 22 bylines, 3 / 283 furniture, 0 / 12 summaries with any',
      '98.5 % / 95.1 %, 0 / 22 bylines, 3 / 283 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT673_PAGES,
  ],
  [
    WAVE90(
      674,
      'taxidermists, knife makers and cutlers: Squarespace, Astra, Shopify (Dawn), Discourse, MediaWiki, Ghost (Casper), ' +
        'Drupal (Olivero), Webflow, Wix, a FrontPage table layout, Hugo (Docsy), Elementor',
      '99.0 % / 98.0 %, 0 / 19 bylines, 8 / 266 furniture, 0 / 12 summaries with any',
      '99.0 % / 98.0 %, 0 / 19 bylines, 8 / 266 furniture, 0 / 12 summaries with any',
      'the round-165 small-type captions under images tuned on its table-layout page (training)',
    ),
    HELDOUT674_PAGES,
  ],
  [
    WAVE90(
      675,
      'board game cafés and scrabble and chess clubs: Squarespace, Astra, Wix, Ghost (Casper), Discourse, MediaWiki, Webflow, ' +
        'a FrontPage table layout, Hugo (PaperMod), Drupal (Olivero), Shopify (Dawn), Elementor',
      '99.6 % / 99.8 %, 0 / 29 bylines, 0 / 247 furniture, 0 / 12 summaries with any',
      '99.6 % / 99.6 %, 0 / 29 bylines, 0 / 247 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT675_PAGES,
  ],
  [
    WAVE91(
      676,
      'gymnastics, trampolining and cheerleading clubs: Squarespace, GeneratePress, Wix, Ghost (Casper), Webflow, Discourse, ' +
        'MediaWiki, Drupal (Olivero), Shopify (Dawn), Hugo (PaperMod), HubSpot, a FrontPage table layout',
      '98.2 % / 100.0 %, 0 / 28 bylines, 4 / 264 furniture, 0 / 12 summaries with any',
      '98.1 % / 97.8 %, 0 / 28 bylines, 4 / 264 furniture, 0 / 12 summaries with any',
      'the round-165 small-type captions under images tuned on its table-layout page (training)',
    ),
    HELDOUT676_PAGES,
  ],
  [
    WAVE91(
      677,
      'pilates, yoga and physiotherapy studios: Astra with Mindbody, Squarespace, Wix Blog, Webflow, Shopify (Dawn), Ghost ' +
        '(Casper), Drupal, HubSpot, Elementor, Discourse, Next.js, a Dreamweaver table layout',
      '99.2 % / 96.8 %, 0 / 21 bylines, 1 / 254 furniture, 0 / 12 summaries with any',
      '99.2 % / 96.8 %, 0 / 21 bylines, 1 / 254 furniture, 0 / 12 summaries with any',
      'the round-167 table header rows tuned on its Webflow timetable (training)',
    ),
    HELDOUT677_PAGES,
  ],
  [
    WAVE91(
      678,
      'observatories, astronomy societies and planetariums: Astra, Squarespace, Wix, Drupal (Olivero), Ghost (Casper), ' +
        'MediaWiki, Discourse, Webflow, Hugo (Ananke), Joomla (Cassiopeia), a FrontPage table layout, HubSpot',
      '99.0 % / 97.0 %, 0 / 19 bylines, 1 / 262 furniture, 0 / 12 summaries with any',
      '99.0 % / 96.2 %, 0 / 19 bylines, 1 / 262 furniture, 0 / 12 summaries with any',
      'the round-165 small-type captions under images tuned on its table-layout page (training)',
    ),
    HELDOUT678_PAGES,
  ],
  [
    WAVE91(
      679,
      'auction houses and antique dealers: Next.js, Astra, Squarespace, Shopify (Dawn), Wix, Drupal (Olivero), an old table ' +
        'layout, Ghost (Casper), Webflow, HubSpot, Discourse, MediaWiki (legacy Vector)',
      '97.7 % / 99.3 %, 0 / 19 bylines, 7 / 298 furniture, 0 / 12 summaries with any',
      '97.7 % / 99.3 %, 0 / 19 bylines, 7 / 298 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT679_PAGES,
  ],
  [
    WAVE91(
      680,
      'swimming pools, lidos and swim schools: Elementor, Squarespace, Ghost (Casper), Wix, LocalGov Drupal, Shopify (Dawn), ' +
        'Discourse, Webflow, MediaWiki, Next.js, Hugo (Ananke), an old table layout',
      '99.2 % / 100.0 %, 1 / 22 bylines, 3 / 259 furniture, 0 / 12 summaries with any',
      '99.2 % / 100.0 %, 1 / 22 bylines, 3 / 259 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT680_PAGES,
  ],
  [
    WAVE91(
      681,
      'barbers and tattoo studios: Astra, Squarespace, Wix, Shopify (Dawn), Webflow, Next.js, Ghost (Casper), Discourse, Hugo ' +
        '(Docsy), MediaWiki, LocalGov Drupal, a FrontPage table layout',
      '98.9 % / 99.4 %, 0 / 19 bylines, 1 / 278 furniture, 0 / 12 summaries with any',
      '98.9 % / 99.4 %, 0 / 19 bylines, 1 / 278 furniture, 0 / 12 summaries with any',
      'the round-165 small-type captions under images tuned on its table-layout page (training)',
    ),
    HELDOUT681_PAGES,
  ],
  [
    WAVE92(
      682,
      'recording studios and rehearsal rooms: Squarespace, Elementor, Webflow, Wix, Ghost (Casper), Discourse, Next.js, ' +
        'Shopify (Dawn), Hugo (Ananke), MediaWiki (legacy Vector), an old table layout, HubSpot',
      '98.7 % / 99.2 %, 1 / 18 bylines, 0 / 242 furniture, 0 / 12 summaries with any',
      '99.1 % / 99.2 %, 0 / 18 bylines, 0 / 242 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT682_PAGES,
  ],
  [
    WAVE92(
      683,
      'florists and wedding planners: Shopify (Dawn), Astra, Squarespace, Wix, Ghost (Casper), WooCommerce (Storefront), ' +
        'Webflow, Discourse, Elementor, HubSpot, Next.js, a FrontPage table layout',
      '99.7 % / 99.7 %, 0 / 18 bylines, 0 / 281 furniture, 0 / 12 summaries with any',
      '99.7 % / 99.6 %, 0 / 18 bylines, 0 / 281 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT683_PAGES,
  ],
  [
    WAVE92(
      684,
      'removal firms, self storage and skip hire: Astra with Elementor, Shopify (Dawn), Wix, Squarespace, Webflow, LocalGov ' +
        'Drupal, HubSpot, Ghost (Casper), Discourse, Zendesk (Copenhagen), Next.js, an old table layout',
      '99.1 % / 92.4 %, 0 / 23 bylines, 4 / 310 furniture, 0 / 12 summaries with any',
      '99.3 % / 92.4 %, 0 / 23 bylines, 2 / 310 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT684_PAGES,
  ],
  [
    WAVE92(
      685,
      'pest control firms and window cleaners: Astra with Elementor, Wix, Squarespace, Shopify (Dawn), Webflow, HubSpot, ' +
        'LocalGov Drupal, GoDaddy, Discourse, Ghost (Casper), Next.js, a FrontPage table layout',
      '97.9 % / 99.9 %, 0 / 18 bylines, 4 / 261 furniture, 1 / 12 summaries with any',
      '97.9 % / 99.9 %, 0 / 18 bylines, 4 / 261 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT685_PAGES,
  ],
  [
    WAVE92(
      686,
      'bakeries, butchers and fishmongers: Shopify (Dawn), Astra with WP Recipe Maker, Squarespace, Wix, WooCommerce ' +
        '(Storefront), Webflow, Ghost (Casper), Elementor, Drupal (Olivero), Hugo (Ananke), MediaWiki (legacy Vector), ' +
        'Discourse',
      '99.8 % / 99.3 %, 0 / 27 bylines, 1 / 284 furniture, 0 / 12 summaries with any',
      '99.8 % / 99.3 %, 0 / 27 bylines, 1 / 284 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT686_PAGES,
  ],
  [
    WAVE92(
      687,
      'estate agents and letting agents: Houzez, Wix, HubSpot, Zendesk (Copenhagen), Squarespace, Ghost (Casper), Next.js, an ' +
        'old table layout, Webflow, Elementor, Drupal (Olivero), Discourse',
      '97.7 % / 92.6 %, 0 / 21 bylines, 7 / 286 furniture, 0 / 12 summaries with any',
      '97.7 % / 92.6 %, 0 / 21 bylines, 7 / 286 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT687_PAGES,
  ],
  [
    WAVE93(
      688,
      'care homes and home care agencies: Elementor, GeneratePress, Squarespace, Wix, Drupal (Olivero), Webflow, HubSpot, ' +
        'Next.js, an old table layout, Discourse, Ghost (Casper), Joomla (Cassiopeia)',
      '99.6 % / 99.2 %, 0 / 17 bylines, 0 / 256 furniture, 0 / 12 summaries with any',
      '99.6 % / 99.2 %, 0 / 17 bylines, 0 / 256 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT688_PAGES,
  ],
  [
    WAVE93(
      689,
      'heat pump, solar panel and EV charger installers: Elementor, HubSpot, Shopify (Dawn), Squarespace, Wix, Webflow, Ghost ' +
        '(Casper), Next.js, Discourse, Drupal (Olivero), Hugo (PaperMod), MediaWiki',
      '100.0 % / 99.6 %, 0 / 28 bylines, 1 / 313 furniture, 0 / 12 summaries with any',
      '100.0 % / 99.6 %, 0 / 28 bylines, 1 / 313 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT689_PAGES,
  ],
  [
    WAVE93(
      690,
      'bicycle shops and cycling clubs: GeneratePress with The Events Calendar, Shopify (Dawn), Ghost (Casper), Discourse, ' +
        'Squarespace, Wix, MediaWiki (legacy Vector), Webflow, Drupal (Olivero), Hugo (PaperMod), Elementor, a FrontPage table ' +
        'layout',
      '99.7 % / 99.1 %, 0 / 24 bylines, 0 / 256 furniture, 0 / 12 summaries with any',
      '99.7 % / 99.1 %, 0 / 24 bylines, 0 / 256 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT690_PAGES,
  ],
  [
    WAVE93(
      691,
      'language schools and translation agencies: Astra, Squarespace, Wix, Webflow, Drupal, Shopify (Dawn), Ghost (Casper), ' +
        'HubSpot, Elementor, Discourse, an old table layout, Next.js',
      '97.3 % / 100.0 %, 0 / 16 bylines, 6 / 260 furniture, 0 / 12 summaries with any',
      '97.8 % / 99.3 %, 0 / 16 bylines, 6 / 260 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT691_PAGES,
  ],
  [
    WAVE93(
      692,
      'funeral directors and memorial masons: Astra with Elementor, Squarespace, Wix, Shopify (Dawn), Webflow, Drupal ' +
        '(Olivero), HubSpot, Next.js, Ghost (Casper), a FrontPage table layout, Discourse, Joomla (Cassiopeia)',
      '99.0 % / 99.9 %, 0 / 18 bylines, 3 / 230 furniture, 0 / 12 summaries with any',
      '99.0 % / 99.9 %, 0 / 18 bylines, 3 / 230 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT692_PAGES,
  ],
  [
    WAVE93(
      693,
      'golf clubs and driving ranges: Avada, Squarespace, Wix Blog, Webflow, Drupal (Olivero), Shopify (Dawn), Joomla ' +
        '(Protostar), Discourse, MediaWiki (legacy Vector), a FrontPage table layout, Ghost (Casper), HubSpot',
      '97.9 % / 96.8 %, 1 / 20 bylines, 4 / 313 furniture, 0 / 12 summaries with any',
      '97.9 % / 96.4 %, 1 / 20 bylines, 4 / 313 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT693_PAGES,
  ],
  [
    WAVE94(
      694,
      'motorhome and caravan dealers and touring parks: Elementor, Next.js, Squarespace, HubSpot, Wix Blog, Discourse, ' +
        'Shopify (Dawn), Webflow, a FrontPage table layout, Drupal (Olivero), MediaWiki, Ghost (Casper)',
      '99.6 % / 98.3 %, 0 / 23 bylines, 1 / 260 furniture, 0 / 12 summaries with any',
      '99.6 % / 98.3 %, 0 / 23 bylines, 1 / 260 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT694_PAGES,
  ],
  [
    WAVE94(
      695,
      'dry ski slopes, ski schools and snowboard shops: Elementor, Shopify (Dawn), Squarespace, Wix Blog, Webflow, Newspack, ' +
        'Discourse, Ghost (Casper), MediaWiki, Next.js, HubSpot, an old table layout',
      '98.6 % / 100.0 %, 0 / 19 bylines, 8 / 264 furniture, 0 / 12 summaries with any',
      '98.6 % / 100.0 %, 0 / 19 bylines, 8 / 264 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT695_PAGES,
  ],
  [
    WAVE94(
      696,
      'sailing schools and yacht clubs: Squarespace, GeneratePress, Wix, Joomla (Cassiopeia), Sailwave, Elementor, Webflow, ' +
        'Drupal (Olivero), Ghost (Casper), Discourse, MediaWiki, a FrontPage table layout',
      '99.4 % / 95.7 %, 1 / 18 bylines, 5 / 275 furniture, 0 / 12 summaries with any',
      '99.5 % / 94.2 %, 1 / 18 bylines, 4 / 275 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT696_PAGES,
  ],
  [
    WAVE94(
      697,
      'mail-order seed, bulb and plant nurseries: Shopify (Dawn), WooCommerce (Storefront), Squarespace, Wix, Magento (Luma), ' +
        'BigCommerce (Cornerstone), Zendesk (Copenhagen), Discourse, Ghost (Casper), Hugo (PaperMod), a FrontPage table layout, ' +
        'Elementor',
      '99.6 % / 100.0 %, 0 / 24 bylines, 1 / 304 furniture, 0 / 12 summaries with any',
      '99.6 % / 99.7 %, 0 / 24 bylines, 1 / 304 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT697_PAGES,
  ],
  [
    WAVE94(
      698,
      'orchards, apple days and community cider presses: GeneratePress with The Events Calendar, MediaWiki (legacy Vector), ' +
        'Squarespace, Discourse, Ghost (Casper), Shopify (Dawn), LocalGov Drupal, Hugo (PaperMod), Next.js, Elementor, Webflow, ' +
        'an old table layout',
      '99.7 % / 96.2 %, 0 / 21 bylines, 0 / 282 furniture, 0 / 12 summaries with any',
      '99.7 % / 95.9 %, 0 / 21 bylines, 0 / 282 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT698_PAGES,
  ],
  [
    WAVE94(
      699,
      'beekeeping associations and honey farms: Squarespace, Drupal (Olivero), Shopify (Dawn), Astra, Wix, Discourse, ' +
        'MediaWiki, Ghost (Casper), Hugo (PaperMod), Webflow, an old table layout, Next.js',
      '99.1 % / 99.9 %, 0 / 19 bylines, 2 / 251 furniture, 0 / 12 summaries with any',
      '99.0 % / 99.3 %, 0 / 19 bylines, 2 / 251 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT699_PAGES,
  ],
];
