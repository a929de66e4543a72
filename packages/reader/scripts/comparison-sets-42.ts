/**
 * The page sets of the extractor comparison written in session 42.
 */
import type { TestPage } from '../src/test-support/page-kit.js';
import { blindFirstSight } from './comparison-labels.js';
import { HELDOUT556_PAGES } from '../src/test-support/pages-heldout556.js';
import { HELDOUT557_PAGES } from '../src/test-support/pages-heldout557.js';
import { HELDOUT558_PAGES } from '../src/test-support/pages-heldout558.js';
import { HELDOUT559_PAGES } from '../src/test-support/pages-heldout559.js';
import { HELDOUT560_PAGES } from '../src/test-support/pages-heldout560.js';
import { HELDOUT561_PAGES } from '../src/test-support/pages-heldout561.js';
import { HELDOUT562_PAGES } from '../src/test-support/pages-heldout562.js';
import { HELDOUT563_PAGES } from '../src/test-support/pages-heldout563.js';
import { HELDOUT564_PAGES } from '../src/test-support/pages-heldout564.js';
import { HELDOUT565_PAGES } from '../src/test-support/pages-heldout565.js';
import { HELDOUT566_PAGES } from '../src/test-support/pages-heldout566.js';
import { HELDOUT567_PAGES } from '../src/test-support/pages-heldout567.js';
import { HELDOUT568_PAGES } from '../src/test-support/pages-heldout568.js';
import { HELDOUT569_PAGES } from '../src/test-support/pages-heldout569.js';
import { HELDOUT570_PAGES } from '../src/test-support/pages-heldout570.js';
import { HELDOUT571_PAGES } from '../src/test-support/pages-heldout571.js';
import { HELDOUT572_PAGES } from '../src/test-support/pages-heldout572.js';
import { HELDOUT573_PAGES } from '../src/test-support/pages-heldout573.js';
import { HELDOUT574_PAGES } from '../src/test-support/pages-heldout574.js';
import { HELDOUT575_PAGES } from '../src/test-support/pages-heldout575.js';
import { HELDOUT576_PAGES } from '../src/test-support/pages-heldout576.js';
import { HELDOUT577_PAGES } from '../src/test-support/pages-heldout577.js';
import { HELDOUT578_PAGES } from '../src/test-support/pages-heldout578.js';
import { HELDOUT579_PAGES } from '../src/test-support/pages-heldout579.js';
import { HELDOUT580_PAGES } from '../src/test-support/pages-heldout580.js';
import { HELDOUT581_PAGES } from '../src/test-support/pages-heldout581.js';
import { HELDOUT582_PAGES } from '../src/test-support/pages-heldout582.js';
import { HELDOUT583_PAGES } from '../src/test-support/pages-heldout583.js';
import { HELDOUT584_PAGES } from '../src/test-support/pages-heldout584.js';
import { HELDOUT585_PAGES } from '../src/test-support/pages-heldout585.js';
import { HELDOUT586_PAGES } from '../src/test-support/pages-heldout586.js';
import { HELDOUT587_PAGES } from '../src/test-support/pages-heldout587.js';
import { HELDOUT588_PAGES } from '../src/test-support/pages-heldout588.js';
import { HELDOUT589_PAGES } from '../src/test-support/pages-heldout589.js';
import { HELDOUT590_PAGES } from '../src/test-support/pages-heldout590.js';
import { HELDOUT591_PAGES } from '../src/test-support/pages-heldout591.js';
import { HELDOUT592_PAGES } from '../src/test-support/pages-heldout592.js';
import { HELDOUT593_PAGES } from '../src/test-support/pages-heldout593.js';
import { HELDOUT594_PAGES } from '../src/test-support/pages-heldout594.js';
import { HELDOUT595_PAGES } from '../src/test-support/pages-heldout595.js';
import { HELDOUT596_PAGES } from '../src/test-support/pages-heldout596.js';
import { HELDOUT597_PAGES } from '../src/test-support/pages-heldout597.js';

const WAVE71 = blindFirstSight(42, 138);
const WAVE72 = blindFirstSight(42, 141);
const WAVE73 = blindFirstSight(42, 141);
const WAVE74 = blindFirstSight(42, 144);
const WAVE75 = blindFirstSight(42, 145);
const WAVE76 = blindFirstSight(42, 146);
const WAVE77 = blindFirstSight(42, 146);

export const SESSION42_SETS: ReadonlyArray<[string, readonly TestPage[]]> = [
  [
    WAVE71(
      556,
      'locksmiths, security and CCTV installers: Elementor, Squarespace, GeneratePress, Wix Blog, Shopify (Dawn), Discourse, ' +
        'HubSpot, Webflow, MediaWiki, Ghost (Casper), a FrontPage table layout, Next.js',
      '98.6 % / 98.9 %, 0 / 30 bylines, 5 / 316 furniture, 0 / 12 summaries with any',
      '98.6 % / 98.9 %, 0 / 30 bylines, 5 / 316 furniture, 0 / 12 summaries with any',
      'the round-141 calls to action headed as questions tuned on its Elementor locksmith page (training)',
    ),
    HELDOUT556_PAGES,
  ],
  [
    WAVE71(
      557,
      'solar panel, battery and heat pump installers: Elementor, Astra, Squarespace, Webflow, Wix Blog, Shopify (Dawn), ' +
        'HubSpot, Ghost (Casper), Next.js, Hugo (PaperMod), Discourse, MediaWiki',
      '99.7 % / 98.9 %, 0 / 25 bylines, 1 / 282 furniture, 0 / 12 summaries with any',
      '99.7 % / 98.9 %, 0 / 25 bylines, 1 / 282 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT557_PAGES,
  ],
  [
    WAVE71(
      558,
      'music teachers, music schools and instrument shops: Squarespace, Wix, Divi, Elementor, Shopify (Dawn), BigCommerce, ' +
        'Drupal (Olivero), Ghost (Casper), Webflow, a FrontPage table layout, Discourse, Weebly',
      '94.4 % / 100.0 %, 0 / 13 bylines, 18 / 208 furniture, 0 / 12 summaries with any',
      '95.2 % / 99.6 %, 0 / 13 bylines, 15 / 208 furniture, 0 / 12 summaries with any',
      "the round-139 headed testimonials tuned on its Wix teacher's page (training)",
    ),
    HELDOUT558_PAGES,
  ],
  [
    WAVE71(
      559,
      'driving schools and instructors: Wix, GeneratePress, Squarespace, Discourse, Ghost (Casper), Shopify (Dawn), Hugo ' +
        '(PaperMod), MediaWiki, Next.js, HubSpot, Webflow, an old table layout',
      '98.1 % / 99.5 %, 0 / 23 bylines, 4 / 256 furniture, 0 / 12 summaries with any',
      '98.5 % / 99.5 %, 0 / 23 bylines, 3 / 256 furniture, 0 / 12 summaries with any',
      'the round-139 headed testimonials also tuned on its Squarespace instructor profile (training)',
    ),
    HELDOUT559_PAGES,
  ],
  [
    WAVE71(
      560,
      'escape rooms, axe throwing and indoor games venues: Elementor, Squarespace, Wix, Webflow, Shopify (Dawn), Ghost ' +
        '(Casper), Discourse, MediaWiki, Next.js, a FrontPage table layout, HubSpot, Duda',
      '97.5 % / 97.1 %, 0 / 17 bylines, 8 / 280 furniture, 1 / 12 summaries with any',
      '97.5 % / 97.1 %, 0 / 17 bylines, 8 / 280 furniture, 0 / 12 summaries with any',
      'the round-140 open role=button questions tuned on its Wix FAQ (training)',
    ),
    HELDOUT560_PAGES,
  ],
  [
    WAVE71(
      561,
      'translation, interpreting and sign language services: Elementor, HubSpot, Squarespace, Wix, Ghost (Casper), Drupal ' +
        '(Olivero), Webflow, Shopify (Dawn), MediaWiki, Discourse, Hugo (Docsy), Zendesk Guide',
      '99.1 % / 96.9 %, 0 / 24 bylines, 2 / 280 furniture, 0 / 12 summaries with any',
      '99.1 % / 96.9 %, 0 / 24 bylines, 2 / 280 furniture, 0 / 12 summaries with any',
      'the round-141 calls to action also tuned on its Elementor translation page (training)',
    ),
    HELDOUT561_PAGES,
  ],
  [
    WAVE72(
      562,
      'golf clubs and driving ranges: Elementor, Squarespace, Drupal (Olivero), Wix, Ghost (Casper), Webflow, Shopify (Dawn), ' +
        'Discourse, MediaWiki, HubSpot, a FrontPage table layout, Intercom Help Center (Next.js)',
      '99.3 % / 99.6 %, 1 / 21 bylines, 0 / 214 furniture, 0 / 12 summaries with any',
      '99.7 % / 99.2 %, 0 / 21 bylines, 0 / 214 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT562_PAGES,
  ],
  [
    WAVE72(
      563,
      'climbing walls and bouldering gyms: Squarespace, Astra, Wix, Ghost (Casper), MediaWiki, Discourse, Shopify (Dawn), ' +
        'Webflow, HubSpot, Hugo (Docsy), Next.js, a FrontPage table layout',
      '98.8 % / 100.0 %, 0 / 27 bylines, 2 / 271 furniture, 0 / 12 summaries with any',
      '98.8 % / 100.0 %, 0 / 27 bylines, 2 / 271 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT563_PAGES,
  ],
  [
    WAVE72(
      564,
      'independent cinemas and film clubs: Elementor, Squarespace, Wix, Ghost (Casper), Shopify (Dawn), MediaWiki, Discourse, ' +
        'Webflow, Next.js, Drupal (Olivero), Hugo (PaperMod), a FrontPage table layout',
      '98.9 % / 94.0 %, 0 / 19 bylines, 5 / 249 furniture, 0 / 12 summaries with any',
      '98.9 % / 92.6 %, 0 / 19 bylines, 5 / 249 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT564_PAGES,
  ],
  [
    WAVE72(
      565,
      'bowling alleys, roller rinks and ice rinks: Elementor, Wix, Astra, Squarespace, Drupal (Olivero), Discourse, Shopify ' +
        '(Dawn), MediaWiki, Ghost (Casper), Webflow, a FrontPage table layout, Next.js',
      '99.0 % / 97.1 %, 1 / 23 bylines, 0 / 274 furniture, 0 / 12 summaries with any',
      '99.3 % / 96.6 %, 0 / 23 bylines, 0 / 274 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT565_PAGES,
  ],
  [
    WAVE72(
      566,
      'beekeepers, honey sellers and beekeeping associations: Shopify (Dawn), Elementor, Squarespace, Wix, WooCommerce ' +
        '(Storefront), Drupal (Olivero), MediaWiki, Discourse, Ghost (Casper), Hugo (PaperMod), Webflow, a FrontPage table ' +
        'layout',
      '97.3 % / 100.0 %, 0 / 18 bylines, 8 / 300 furniture, 0 / 12 summaries with any',
      '97.2 % / 99.6 %, 0 / 18 bylines, 8 / 300 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT566_PAGES,
  ],
  [
    WAVE72(
      567,
      'garden centres and plant nurseries: Astra, Shopify (Dawn), Squarespace, Wix, Webflow, Ghost (Source), Hugo (PaperMod), ' +
        'MediaWiki, Discourse, Elementor, a FrontPage table layout, Drupal (Olivero)',
      '99.3 % / 97.9 %, 0 / 15 bylines, 3 / 268 furniture, 0 / 12 summaries with any',
      '99.2 % / 95.8 %, 0 / 15 bylines, 3 / 268 furniture, 0 / 12 summaries with any',
      'the round-143 priced rows kept from the learned model tuned on its table-layout price list (training)',
    ),
    HELDOUT567_PAGES,
  ],
  [
    WAVE73(
      568,
      'tattoo and piercing studios: Astra with Elementor, Squarespace, Wix, Shopify (Dawn), Ghost (Casper), Discourse, ' +
        'MediaWiki, Webflow, Hugo (Ananke), HubSpot, a FrontPage table layout, a Next.js booking marketplace',
      '96.7 % / 99.2 %, 2 / 20 bylines, 4 / 252 furniture, 0 / 12 summaries with any',
      '96.7 % / 99.2 %, 2 / 20 bylines, 4 / 252 furniture, 0 / 12 summaries with any',
      'the round-142 review headings tuned on its marketplace artist profile (training)',
    ),
    HELDOUT568_PAGES,
  ],
  [
    WAVE73(
      569,
      'physiotherapists, chiropractors and osteopaths: Elementor, Squarespace, Wix, HubSpot, Webflow, Drupal, Ghost (Casper), ' +
        'Next.js, Discourse, Divi, Shopify (Dawn), a Dreamweaver table layout',
      '99.6 % / 99.6 %, 0 / 21 bylines, 2 / 322 furniture, 0 / 12 summaries with any',
      '99.6 % / 99.6 %, 0 / 21 bylines, 2 / 322 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT569_PAGES,
  ],
  [
    WAVE73(
      570,
      'pharmacies and chemists: Astra with Elementor, Squarespace, Wix, Ghost (Casper), HubSpot, Shopify (Dawn), Discourse, ' +
        'MediaWiki, Next.js, Webflow, an old table layout, Joomla (Cassiopeia)',
      '99.3 % / 98.6 %, 0 / 22 bylines, 4 / 257 furniture, 0 / 12 summaries with any',
      '99.3 % / 98.6 %, 0 / 22 bylines, 4 / 257 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT570_PAGES,
  ],
  [
    WAVE73(
      571,
      'recruitment agencies and staffing firms: Astra, Webflow, Zendesk Guide, HubSpot, Squarespace, Wix Blog, Discourse, ' +
        'Drupal (Olivero), Ghost (Casper), an old table layout, Next.js, Elementor',
      '98.8 % / 98.9 %, 0 / 24 bylines, 3 / 257 furniture, 0 / 12 summaries with any',
      '98.8 % / 98.9 %, 0 / 24 bylines, 3 / 257 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT571_PAGES,
  ],
  [
    WAVE73(
      572,
      'estate agents and letting agents: Houzez, Squarespace, HubSpot, Wix, Next.js, Webflow, Ghost (Casper), Elementor, an ' +
        'old table layout, Drupal (Olivero), Hugo (PaperMod), Discourse',
      '97.2 % / 99.2 %, 0 / 14 bylines, 11 / 251 furniture, 0 / 12 summaries with any',
      '97.1 % / 98.4 %, 0 / 14 bylines, 11 / 251 furniture, 0 / 12 summaries with any',
      'the round-144 bars of links tuned on its table-layout lettings list (training)',
    ),
    HELDOUT572_PAGES,
  ],
  [
    WAVE73(
      573,
      'marinas, boatyards and chandleries: Astra with Elementor, Squarespace, Drupal (Olivero), Shopify (Dawn), Wix Blog, ' +
        'Discourse, Ghost (Casper), MediaWiki, Webflow, an old table layout, Hugo (Ananke), HubSpot',
      '98.3 % / 98.3 %, 4 / 31 bylines, 1 / 252 furniture, 0 / 12 summaries with any',
      '98.3 % / 97.8 %, 4 / 31 bylines, 1 / 252 furniture, 0 / 12 summaries with any',
      'the round-143 priced rows also tuned on its Elementor berthing rates (training)',
    ),
    HELDOUT573_PAGES,
  ],
  [
    WAVE74(
      574,
      'antique shops, vintage dealers and reclamation yards: Shopify (Dawn), WooCommerce (Storefront), Squarespace, Wix Blog, ' +
        'Astra with Elementor, Drupal (Olivero), Ghost (Casper), Hugo (PaperMod), MediaWiki, Discourse, an old table layout, a ' +
        'Next.js marketplace',
      '94.2 % / 100.0 %, 1 / 20 bylines, 28 / 330 furniture, 1 / 12 summaries with any',
      '94.9 % / 100.0 %, 0 / 20 bylines, 25 / 330 furniture, 1 / 12 summaries with any',
      'the round-145 menu columns tuned on its table-layout work table page (training)',
    ),
    HELDOUT574_PAGES,
  ],
  [
    WAVE74(
      575,
      'record shops and vinyl dealers: Shopify (Dawn), WooCommerce (Storefront), Squarespace, Elementor, Ghost (Casper), ' +
        'Discourse, MediaWiki, Zendesk Guide, Bandcamp, an old table layout, Drupal (Olivero), Wix',
      '94.6 % / 93.9 %, 0 / 26 bylines, 26 / 345 furniture, 1 / 12 summaries with any',
      '94.6 % / 92.8 %, 0 / 26 bylines, 26 / 345 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT575_PAGES,
  ],
  [
    WAVE74(
      576,
      'caravan parks, campsites and glamping sites: Elementor, Squarespace, GeneratePress, Wix, Webflow, Shopify (Dawn), ' +
        'Ghost (Casper), Discourse, MediaWiki (Vector legacy), an old table layout, LocalGov Drupal, a Next.js booking ' +
        'marketplace',
      '98.8 % / 98.2 %, 1 / 19 bylines, 11 / 331 furniture, 1 / 12 summaries with any',
      '98.8 % / 98.2 %, 1 / 19 bylines, 11 / 331 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT576_PAGES,
  ],
  [
    WAVE74(
      577,
      'caterers, food trucks and event catering: Squarespace, Wix, HubSpot, Astra with Elementor, Webflow, Shopify (Dawn), ' +
        'Ghost (Casper), Discourse, MediaWiki, Next.js, a FrontPage table layout, Drupal (Olivero)',
      '98.3 % / 98.6 %, 2 / 24 bylines, 9 / 271 furniture, 0 / 12 summaries with any',
      '98.4 % / 96.5 %, 2 / 24 bylines, 9 / 271 furniture, 0 / 12 summaries with any',
      'the round-161 headings of suggested topics tuned on its Discourse thread (training)',
    ),
    HELDOUT577_PAGES,
  ],
  [
    WAVE74(
      578,
      'chimney sweeps and stove fitters: Elementor, Shopify (Dawn), Squarespace, Discourse, Newspack, MediaWiki, Wix, ' +
        'Webflow, HubSpot knowledge base, Ghost (Casper), a FrontPage table layout, LocalGov Drupal',
      '99.5 % / 98.3 %, 0 / 23 bylines, 3 / 293 furniture, 1 / 12 summaries with any',
      '99.5 % / 98.3 %, 0 / 23 bylines, 3 / 293 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT578_PAGES,
  ],
  [
    WAVE74(
      579,
      'kennels, catteries and pet groomers: Elementor, Squarespace, Wix, Webflow, Ghost (Casper), Shopify (Dawn), Weebly, an ' +
        'old table layout, Discourse, Duda, HubSpot, Next.js',
      '98.7 % / 99.3 %, 1 / 19 bylines, 4 / 205 furniture, 0 / 12 summaries with any',
      '98.7 % / 98.4 %, 1 / 19 bylines, 4 / 205 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT579_PAGES,
  ],
  [
    WAVE75(
      580,
      'wedding bands, DJs and event musicians: Elementor, Squarespace, Wix, Webflow, Ghost (Casper), Discourse, MediaWiki, ' +
        'HubSpot, Hugo (Docsy), a FrontPage table layout, Next.js, Shopify (Dawn)',
      '98.6 % / 97.8 %, 0 / 24 bylines, 9 / 270 furniture, 0 / 12 summaries with any',
      '98.6 % / 97.4 %, 0 / 24 bylines, 9 / 270 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT580_PAGES,
  ],
  [
    WAVE75(
      581,
      'taxi and minicab firms and airport transfers: Astra, Wix, Squarespace, Shopify (Dawn), Webflow, LocalGov Drupal, ' +
        'Discourse, Ghost (Casper), a Next.js help centre, HubSpot, a FrontPage table layout, MediaWiki',
      '98.1 % / 99.7 %, 0 / 27 bylines, 5 / 275 furniture, 0 / 12 summaries with any',
      '98.1 % / 99.7 %, 0 / 27 bylines, 5 / 275 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT581_PAGES,
  ],
  [
    WAVE75(
      582,
      'coach tour operators and day trip companies: WP Travel Engine, Wix, Squarespace, Shopify (Dawn), Elementor, Ghost ' +
        '(Casper), Drupal (Olivero), Webflow, HubSpot, a FrontPage table layout, Next.js, Discourse',
      '96.8 % / 98.9 %, 0 / 13 bylines, 26 / 310 furniture, 0 / 12 summaries with any',
      '96.8 % / 98.5 %, 0 / 13 bylines, 26 / 310 furniture, 0 / 12 summaries with any',
      'the round-146 one-word review headings tuned on its WP Travel Engine itinerary (training)',
    ),
    HELDOUT582_PAGES,
  ],
  [
    WAVE75(
      583,
      'piano tuners, organ builders and instrument repairers: Squarespace, Astra with Elementor, Wix Blog, Drupal (Olivero), ' +
        'Ghost (Casper), Discourse, MediaWiki, Shopify (Dawn), Hugo (Docsy), Webflow, an old table layout, HubSpot',
      '99.6 % / 99.2 %, 0 / 22 bylines, 0 / 247 furniture, 0 / 12 summaries with any',
      '99.6 % / 99.2 %, 0 / 22 bylines, 0 / 247 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT583_PAGES,
  ],
  [
    WAVE75(
      584,
      'stonemasons and memorial makers: Astra, LocalGov Drupal, Squarespace, Wix Blog, Shopify (Dawn), Ghost (Casper), ' +
        'MediaWiki, Discourse, Webflow, HubSpot, Elementor, a FrontPage table layout',
      '99.2 % / 100.0 %, 0 / 22 bylines, 1 / 247 furniture, 0 / 12 summaries with any',
      '99.2 % / 99.8 %, 0 / 22 bylines, 1 / 247 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT584_PAGES,
  ],
  [
    WAVE75(
      585,
      'glaziers and window and door installers: Astra with Elementor, Wix, HubSpot, Squarespace, Webflow, Shopify (Dawn), ' +
        'Ghost (Casper), Drupal (Olivero), Next.js, Discourse, MediaWiki, a FrontPage table layout',
      '99.1 % / 99.9 %, 0 / 27 bylines, 3 / 249 furniture, 0 / 12 summaries with any',
      '99.1 % / 99.9 %, 0 / 27 bylines, 3 / 249 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT585_PAGES,
  ],
  [
    WAVE76(
      586,
      'blacksmiths, forges and metalwork studios: Squarespace, Astra, Wix Blog, Shopify (Dawn), Ghost (Casper), Webflow, ' +
        'Drupal (Olivero), MediaWiki, Discourse, Hugo (Docsy), Next.js, a FrontPage table layout',
      '99.6 % / 99.1 %, 0 / 21 bylines, 1 / 274 furniture, 0 / 12 summaries with any',
      '99.6 % / 99.1 %, 0 / 21 bylines, 1 / 274 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT586_PAGES,
  ],
  [
    WAVE76(
      587,
      'cobblers, shoe repairers and key cutters: Elementor, Squarespace, Wix, Shopify (Dawn), Ghost (Casper), Newspack, ' +
        'Discourse, MediaWiki, Webflow, an old table layout, Hugo (PaperMod), HubSpot',
      '99.5 % / 97.5 %, 0 / 25 bylines, 0 / 267 furniture, 0 / 12 summaries with any',
      '99.5 % / 97.5 %, 0 / 25 bylines, 0 / 267 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT587_PAGES,
  ],
  [
    WAVE76(
      588,
      'butchers and fishmongers: Shopify (Dawn), GeneratePress, Squarespace, Wix, Webflow, Drupal (Olivero), Ghost (Casper), ' +
        'Hugo (Ananke), Discourse, MediaWiki, a FrontPage table layout, HubSpot',
      '98.8 % / 99.9 %, 1 / 21 bylines, 2 / 263 furniture, 0 / 12 summaries with any',
      '98.8 % / 99.9 %, 1 / 21 bylines, 2 / 263 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT588_PAGES,
  ],
  [
    WAVE76(
      589,
      'refill shops, zero-waste stores and greengrocers: Shopify (Dawn), Astra, Squarespace, Wix, Webflow, Ghost (Casper), ' +
        'Drupal (Olivero), Next.js, Hugo (PaperMod), Discourse, MediaWiki, an old table layout',
      '98.2 % / 98.4 %, 0 / 19 bylines, 0 / 245 furniture, 0 / 12 summaries with any',
      '98.1 % / 98.0 %, 0 / 19 bylines, 0 / 245 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT589_PAGES,
  ],
  [
    WAVE76(
      590,
      'private tutors and tutoring agencies: Squarespace, Astra, Wix, HubSpot, Ghost (Casper), a Next.js marketplace, ' +
        'Discourse, Drupal (Olivero), Hugo (Docsy), MediaWiki, Webflow, a FrontPage table layout',
      '98.1 % / 99.2 %, 0 / 28 bylines, 2 / 245 furniture, 0 / 12 summaries with any',
      '98.1 % / 99.2 %, 0 / 28 bylines, 2 / 245 furniture, 0 / 12 summaries with any',
      'the round-147 furniture headings with a count tuned on its Next.js tutor profile (training)',
    ),
    HELDOUT590_PAGES,
  ],
  [
    WAVE76(
      591,
      'language schools for adults and children: Elementor, Squarespace, Wix, Webflow, Ghost (Casper), HubSpot, Drupal ' +
        '(Olivero), Shopify (Dawn), Discourse, MediaWiki, an old table layout, Next.js',
      '98.8 % / 95.6 %, 0 / 13 bylines, 5 / 260 furniture, 0 / 12 summaries with any',
      '98.8 % / 95.6 %, 0 / 13 bylines, 5 / 260 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT591_PAGES,
  ],
  [
    WAVE77(
      592,
      'commercial art galleries and artist studios: Squarespace, Shopify (Dawn), Elementor, Wix, Artlogic, Webflow, Ghost ' +
        '(Casper), Drupal (Olivero), Hugo (PaperMod), an old table layout, WooCommerce (Storefront), Weebly',
      '98.9 % / 96.0 %, 1 / 10 bylines, 9 / 250 furniture, 0 / 12 summaries with any',
      '99.2 % / 93.9 %, 0 / 10 bylines, 8 / 250 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT592_PAGES,
  ],
  [
    WAVE77(
      593,
      'costume hire and fancy dress shops: Shopify (Dawn), GeneratePress, an old table layout, Squarespace, Wix Blog, ' +
        'Webflow, Ghost (Casper), Elementor, BigCommerce (Cornerstone), Discourse, MediaWiki (Vector legacy), HubSpot',
      '97.7 % / 99.9 %, 0 / 30 bylines, 4 / 310 furniture, 0 / 12 summaries with any',
      '97.7 % / 99.7 %, 0 / 30 bylines, 4 / 310 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT593_PAGES,
  ],
  [
    WAVE77(
      594,
      'party supplies shops and balloon decorators: Shopify (Dawn), Elementor, Squarespace, Wix, Ghost (Casper), Webflow, ' +
        'HubSpot, Drupal (Olivero), Discourse, MediaWiki, a FrontPage table layout, Next.js',
      '99.2 % / 99.3 %, 0 / 21 bylines, 0 / 286 furniture, 0 / 12 summaries with any',
      '99.2 % / 99.3 %, 0 / 21 bylines, 0 / 286 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT594_PAGES,
  ],
  [
    WAVE77(
      595,
      'canal boat hire and narrowboat holidays: WooCommerce (Storefront), Astra with Elementor, Squarespace, Wix, Shopify ' +
        '(Dawn), MediaWiki, Discourse, Ghost (Casper), Drupal (Olivero), Webflow, Hugo (PaperMod), an old table layout',
      '99.0 % / 96.8 %, 0 / 27 bylines, 0 / 314 furniture, 0 / 12 summaries with any',
      '99.0 % / 96.8 %, 0 / 27 bylines, 0 / 314 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT595_PAGES,
  ],
  [
    WAVE77(
      596,
      'archery clubs, shooting grounds and clay pigeon schools: Wix, GeneratePress, Joomla (Cassiopeia), Discourse, ' +
        'Squarespace, MediaWiki, Shopify (Dawn), a FrontPage table layout, Drupal (Olivero), Ghost (Casper), Webflow, Hugo ' +
        '(Docsy)',
      '98.6 % / 99.1 %, 0 / 27 bylines, 0 / 239 furniture, 0 / 12 summaries with any',
      '98.6 % / 98.6 %, 0 / 27 bylines, 0 / 239 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT596_PAGES,
  ],
  [
    WAVE77(
      597,
      'bell ringing societies and church bell restoration: Twenty Twenty-One, an old table layout, Squarespace, Drupal ' +
        '(Olivero), Discourse, Hugo (Docsy), MediaWiki, Wix Blog, Ghost (Casper), Next.js, Shopify (Dawn), HubSpot',
      '98.3 % / 99.4 %, 0 / 29 bylines, 4 / 287 furniture, 1 / 12 summaries with any',
      '98.3 % / 98.9 %, 0 / 29 bylines, 4 / 287 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT597_PAGES,
  ],
];
