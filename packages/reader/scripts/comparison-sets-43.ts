/**
 * The page sets of the extractor comparison written in session 43.
 */
import type { TestPage } from '../src/test-support/page-kit.js';
import { blindFirstSight } from './comparison-labels.js';
import { HELDOUT598_PAGES } from '../src/test-support/pages-heldout598.js';
import { HELDOUT599_PAGES } from '../src/test-support/pages-heldout599.js';
import { HELDOUT600_PAGES } from '../src/test-support/pages-heldout600.js';
import { HELDOUT601_PAGES } from '../src/test-support/pages-heldout601.js';
import { HELDOUT602_PAGES } from '../src/test-support/pages-heldout602.js';
import { HELDOUT603_PAGES } from '../src/test-support/pages-heldout603.js';
import { HELDOUT604_PAGES } from '../src/test-support/pages-heldout604.js';
import { HELDOUT605_PAGES } from '../src/test-support/pages-heldout605.js';
import { HELDOUT606_PAGES } from '../src/test-support/pages-heldout606.js';
import { HELDOUT607_PAGES } from '../src/test-support/pages-heldout607.js';
import { HELDOUT608_PAGES } from '../src/test-support/pages-heldout608.js';
import { HELDOUT609_PAGES } from '../src/test-support/pages-heldout609.js';
import { HELDOUT610_PAGES } from '../src/test-support/pages-heldout610.js';
import { HELDOUT611_PAGES } from '../src/test-support/pages-heldout611.js';
import { HELDOUT612_PAGES } from '../src/test-support/pages-heldout612.js';
import { HELDOUT613_PAGES } from '../src/test-support/pages-heldout613.js';
import { HELDOUT614_PAGES } from '../src/test-support/pages-heldout614.js';
import { HELDOUT615_PAGES } from '../src/test-support/pages-heldout615.js';
import { HELDOUT616_PAGES } from '../src/test-support/pages-heldout616.js';
import { HELDOUT617_PAGES } from '../src/test-support/pages-heldout617.js';
import { HELDOUT618_PAGES } from '../src/test-support/pages-heldout618.js';
import { HELDOUT619_PAGES } from '../src/test-support/pages-heldout619.js';
import { HELDOUT620_PAGES } from '../src/test-support/pages-heldout620.js';
import { HELDOUT621_PAGES } from '../src/test-support/pages-heldout621.js';
import { HELDOUT622_PAGES } from '../src/test-support/pages-heldout622.js';
import { HELDOUT623_PAGES } from '../src/test-support/pages-heldout623.js';
import { HELDOUT624_PAGES } from '../src/test-support/pages-heldout624.js';
import { HELDOUT625_PAGES } from '../src/test-support/pages-heldout625.js';
import { HELDOUT626_PAGES } from '../src/test-support/pages-heldout626.js';
import { HELDOUT627_PAGES } from '../src/test-support/pages-heldout627.js';
import { HELDOUT628_PAGES } from '../src/test-support/pages-heldout628.js';
import { HELDOUT629_PAGES } from '../src/test-support/pages-heldout629.js';
import { HELDOUT630_PAGES } from '../src/test-support/pages-heldout630.js';
import { HELDOUT631_PAGES } from '../src/test-support/pages-heldout631.js';
import { HELDOUT632_PAGES } from '../src/test-support/pages-heldout632.js';
import { HELDOUT633_PAGES } from '../src/test-support/pages-heldout633.js';
import { HELDOUT634_PAGES } from '../src/test-support/pages-heldout634.js';
import { HELDOUT635_PAGES } from '../src/test-support/pages-heldout635.js';
import { HELDOUT636_PAGES } from '../src/test-support/pages-heldout636.js';
import { HELDOUT637_PAGES } from '../src/test-support/pages-heldout637.js';
import { HELDOUT638_PAGES } from '../src/test-support/pages-heldout638.js';
import { HELDOUT639_PAGES } from '../src/test-support/pages-heldout639.js';
import { HELDOUT640_PAGES } from '../src/test-support/pages-heldout640.js';
import { HELDOUT641_PAGES } from '../src/test-support/pages-heldout641.js';
import { HELDOUT642_PAGES } from '../src/test-support/pages-heldout642.js';
import { HELDOUT643_PAGES } from '../src/test-support/pages-heldout643.js';
import { HELDOUT644_PAGES } from '../src/test-support/pages-heldout644.js';
import { HELDOUT645_PAGES } from '../src/test-support/pages-heldout645.js';

const WAVE78 = blindFirstSight(43, 147);
const WAVE79 = blindFirstSight(43, 150);
const WAVE80 = blindFirstSight(43, 152);
const WAVE81 = blindFirstSight(43, 152);
const WAVE82 = blindFirstSight(43, 156);
const WAVE83 = blindFirstSight(43, 157);
const WAVE84 = blindFirstSight(43, 157);
const WAVE85 = blindFirstSight(43, 157);

export const SESSION43_SETS: ReadonlyArray<[string, readonly TestPage[]]> = [
  [
    WAVE78(
      598,
      'drainage, septic tank and plumbing emergency services: Elementor, Astra, Wix, Squarespace, Discourse, MediaWiki, ' +
        'Next.js, HubSpot, Webflow, LocalGov Drupal, Shopify (Dawn), an old table layout',
      '98.6 % / 99.5 %, 0 / 24 bylines, 3 / 267 furniture, 1 / 12 summaries with any',
      '98.6 % / 99.5 %, 0 / 24 bylines, 3 / 267 furniture, 1 / 12 summaries with any',
      'the round-156 Wix captions tuned on its Wix drain survey page (training)',
    ),
    HELDOUT598_PAGES,
  ],
  [
    WAVE78(
      599,
      'roofers, scaffolders and chimney repairers: Elementor, GeneratePress, Wix, Squarespace, Discourse, Webflow, Shopify ' +
        '(Dawn), Hugo (Docsy), MediaWiki, HubSpot, Next.js, a FrontPage table layout',
      '98.5 % / 97.4 %, 1 / 20 bylines, 1 / 255 furniture, 0 / 12 summaries with any',
      '98.8 % / 97.4 %, 0 / 20 bylines, 1 / 255 furniture, 0 / 12 summaries with any',
      'the round-150 hero standfirsts tuned on its Webflow lead flashing page (training)',
    ),
    HELDOUT599_PAGES,
  ],
  [
    WAVE78(
      600,
      'fencing, decking and garden building contractors: Astra, GeneratePress, Squarespace, Shopify (Dawn), Wix, Webflow, ' +
        'Elementor, HubSpot, Discourse, MediaWiki, Ghost (Casper), a FrontPage table layout',
      '99.1 % / 96.3 %, 0 / 30 bylines, 2 / 276 furniture, 0 / 12 summaries with any',
      '99.1 % / 96.3 %, 0 / 30 bylines, 2 / 276 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT600_PAGES,
  ],
  [
    WAVE78(
      601,
      'damp proofing specialists and building surveyors: Elementor, Astra, Squarespace, Wix Blog, Webflow, HubSpot, Shopify ' +
        '(Dawn), Ghost (Casper), Discourse, Drupal (Olivero), MediaWiki, an old table layout',
      '99.9 % / 98.0 %, 0 / 21 bylines, 0 / 268 furniture, 0 / 12 summaries with any',
      '99.9 % / 98.0 %, 0 / 21 bylines, 0 / 268 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT601_PAGES,
  ],
  [
    WAVE78(
      602,
      'hot tub, swim spa and sauna suppliers: Shopify (Dawn), Squarespace, Elementor, a FrontPage table layout, Wix Blog, ' +
        'HubSpot, Webflow, BigCommerce (Cornerstone), Discourse, MediaWiki, Zendesk Guide, Ghost (Casper)',
      '96.9 % / 97.4 %, 0 / 19 bylines, 9 / 303 furniture, 1 / 12 summaries with any',
      '96.9 % / 97.4 %, 0 / 19 bylines, 9 / 303 furniture, 1 / 12 summaries with any',
      'the round-148 marquee notices and round-149 review counts tuned on its table-layout and BigCommerce pages (training)',
    ),
    HELDOUT602_PAGES,
  ],
  [
    WAVE78(
      603,
      'tennis, padel and pickleball clubs: Squarespace, Elementor, GeneratePress, Wix Blog, Webflow, Discourse, Drupal ' +
        '(Olivero), Ghost (Casper), a FrontPage table layout, Hugo (Ananke), MediaWiki, HubSpot',
      '99.3 % / 97.6 %, 0 / 22 bylines, 1 / 248 furniture, 0 / 12 summaries with any',
      '99.4 % / 97.3 %, 0 / 22 bylines, 1 / 248 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT603_PAGES,
  ],
  [
    WAVE79(
      604,
      'vineyards, wineries and wine merchants: Astra, Squarespace, Shopify (Dawn), Wix Blog, Magento (Luma), MediaWiki, ' +
        'Discourse, Ghost (Casper), Webflow, HubSpot, Next.js, an old table layout',
      '99.2 % / 99.0 %, 0 / 24 bylines, 3 / 269 furniture, 0 / 12 summaries with any',
      '99.2 % / 99.0 %, 0 / 24 bylines, 3 / 269 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT604_PAGES,
  ],
  [
    WAVE79(
      605,
      'cheesemakers, delicatessens and farm dairies: Shopify (Dawn), Kadence, Squarespace, Wix, Drupal (Olivero), Ghost ' +
        '(Casper), MediaWiki, Discourse, Webflow, Hugo (PaperMod), HubSpot, a Dreamweaver table layout',
      '95.9 % / 98.5 %, 0 / 18 bylines, 20 / 300 furniture, 0 / 12 summaries with any',
      '95.9 % / 98.5 %, 0 / 18 bylines, 20 / 300 furniture, 0 / 12 summaries with any',
      'the round-152 side columns of short lines tuned on its table-layout deli page (training)',
    ),
    HELDOUT605_PAGES,
  ],
  [
    WAVE79(
      606,
      'watch repairers, clockmakers and clock restorers: Elementor, GeneratePress, Shopify (Dawn), Squarespace, Wix, Ghost ' +
        '(Casper), Discourse, MediaWiki, Hugo (PaperMod), Next.js, Webflow, a FrontPage table layout',
      '98.3 % / 99.1 %, 0 / 21 bylines, 4 / 280 furniture, 0 / 12 summaries with any',
      '98.3 % / 99.1 %, 0 / 21 bylines, 4 / 280 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT606_PAGES,
  ],
  [
    WAVE79(
      607,
      'scuba diving centres and dive schools: Astra, Squarespace, Wix, Shopify (Dawn), Webflow, Drupal (Olivero), Ghost ' +
        '(Casper), Discourse, MediaWiki, HubSpot, a FrontPage table layout, Hugo (PaperMod)',
      '99.3 % / 97.6 %, 0 / 22 bylines, 0 / 267 furniture, 0 / 12 summaries with any',
      '99.3 % / 97.6 %, 0 / 22 bylines, 0 / 267 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT607_PAGES,
  ],
  [
    WAVE79(
      608,
      'quilting, embroidery and haberdashery shops: Shopify (Dawn), Blogger, Squarespace, Wix Blog, WooCommerce (Storefront), ' +
        'Ghost (Casper), Discourse, MediaWiki, Hugo (Ananke), Webflow, Elementor, a FrontPage table layout',
      '97.3 % / 100.0 %, 4 / 22 bylines, 13 / 336 furniture, 0 / 12 summaries with any',
      '97.7 % / 98.7 %, 4 / 22 bylines, 12 / 336 furniture, 0 / 12 summaries with any',
      'the round-151 item detail links tuned on its Shopify bundle page (training)',
    ),
    HELDOUT608_PAGES,
  ],
  [
    WAVE79(
      609,
      'trophy shops, engravers and sign engraving services: GeneratePress, Shopify (Dawn), Squarespace, Wix, Webflow, Ghost ' +
        '(Casper), Drupal (Olivero), HubSpot, Discourse, Next.js, a FrontPage table layout, MediaWiki (Vector legacy)',
      '98.1 % / 99.8 %, 0 / 17 bylines, 4 / 260 furniture, 0 / 12 summaries with any',
      '98.1 % / 99.8 %, 0 / 17 bylines, 4 / 260 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT609_PAGES,
  ],
  [
    WAVE80(
      610,
      'nail salons and beauty therapists: Squarespace, Astra with Elementor, Wix, Shopify (Dawn), Webflow, Ghost (Casper), ' +
        'GoDaddy, Hugo (Ananke), an old table layout, Discourse, Next.js, Weebly',
      '90.7 % / 90.4 %, 0 / 14 bylines, 3 / 231 furniture, 0 / 12 summaries with any',
      '91.0 % / 90.4 %, 0 / 14 bylines, 2 / 231 furniture, 0 / 12 summaries with any',
      'the round-153 price menus tuned on its GoDaddy price list (training)',
    ),
    HELDOUT610_PAGES,
  ],
  [
    WAVE80(
      611,
      'solicitors and conveyancing firms: Elementor, GeneratePress, Squarespace, Wix, HubSpot, Webflow, Next.js, Drupal ' +
        '(Olivero), Discourse, Ghost (Source), a Dreamweaver table layout, Joomla (Cassiopeia)',
      '99.1 % / 98.4 %, 0 / 27 bylines, 2 / 218 furniture, 0 / 12 summaries with any',
      '99.0 % / 97.9 %, 0 / 27 bylines, 2 / 218 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT611_PAGES,
  ],
  [
    WAVE80(
      612,
      'plasterers, tilers and flooring fitters: Elementor, Squarespace, Webflow, Discourse, MediaWiki, Shopify (Dawn), Wix ' +
        'Blog, Drupal (Olivero), Ghost (Casper), HubSpot, a FrontPage table layout, Next.js',
      '99.2 % / 96.8 %, 1 / 24 bylines, 2 / 296 furniture, 0 / 12 summaries with any',
      '99.6 % / 96.8 %, 0 / 24 bylines, 0 / 296 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT612_PAGES,
  ],
  [
    WAVE80(
      613,
      'pet shops, aquatic centres and catteries: Elementor, Squarespace, Shopify (Dawn), Discourse, MediaWiki, Webflow, Ghost ' +
        '(Casper), Wix Blog, Drupal (Paragraphs), Next.js, a FrontPage table layout, HubSpot',
      '100.0 % / 92.3 %, 0 / 26 bylines, 0 / 304 furniture, 0 / 12 summaries with any',
      '100.0 % / 92.3 %, 0 / 26 bylines, 0 / 304 furniture, 0 / 12 summaries with any',
      'the round-154 Drupal field types tuned on its Drupal advice page (training)',
    ),
    HELDOUT613_PAGES,
  ],
  [
    WAVE80(
      614,
      'picture framers and bookbinders: Astra, Squarespace, Ghost (Casper), Shopify (Dawn), Wix Blog, Webflow, Discourse, ' +
        'MediaWiki (Vector legacy), Hugo (PaperMod), Elementor, HubSpot, a FrontPage table layout',
      '99.6 % / 99.3 %, 1 / 29 bylines, 8 / 271 furniture, 0 / 12 summaries with any',
      '99.6 % / 99.3 %, 1 / 29 bylines, 8 / 271 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT614_PAGES,
  ],
  [
    WAVE80(
      615,
      'furniture restorers, French polishers and upholsterers: Squarespace, Elementor, Divi, Wix Blog, Shopify (Dawn), Ghost ' +
        '(Casper), Webflow, Discourse, MediaWiki, an old table layout, Next.js, Drupal (Olivero)',
      '99.0 % / 99.2 %, 0 / 24 bylines, 1 / 300 furniture, 0 / 12 summaries with any',
      '99.0 % / 99.2 %, 0 / 24 bylines, 1 / 300 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT615_PAGES,
  ],
  [
    WAVE81(
      616,
      'saddlers, tack shops and equestrian outfitters: Elementor, Shopify (Dawn), GeneratePress, a FrontPage table layout, ' +
        'Squarespace, Wix, Webflow, Drupal (Olivero), Ghost (Casper), Discourse, MediaWiki (Vector legacy), HubSpot',
      '98.6 % / 98.6 %, 0 / 32 bylines, 0 / 286 furniture, 0 / 12 summaries with any',
      '98.6 % / 98.6 %, 0 / 32 bylines, 0 / 286 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT616_PAGES,
  ],
  [
    WAVE81(
      617,
      'alpaca and llama farms and farm experience days: Squarespace, Shopify (Dawn), Astra, Wix, Drupal (Olivero), MediaWiki, ' +
        'Discourse, Ghost (Casper), Webflow, Elementor, a Dreamweaver table layout, Next.js',
      '98.0 % / 98.8 %, 0 / 16 bylines, 8 / 297 furniture, 0 / 12 summaries with any',
      '97.9 % / 97.8 %, 0 / 16 bylines, 8 / 297 furniture, 0 / 12 summaries with any',
      'the round-155 rated review counts tuned on its Next.js experience listing (training)',
    ),
    HELDOUT617_PAGES,
  ],
  [
    WAVE81(
      618,
      'bowls, croquet and bridge clubs: Astra, Squarespace, a FrontPage table layout, Wix Blog, Drupal (Olivero), Weebly, ' +
        'MediaWiki, Discourse, Webflow, Ghost (Casper), Elementor, Hugo (PaperMod)',
      '99.1 % / 100.0 %, 2 / 16 bylines, 1 / 222 furniture, 0 / 12 summaries with any',
      '99.4 % / 99.3 %, 1 / 16 bylines, 1 / 222 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT618_PAGES,
  ],
  [
    WAVE81(
      619,
      'thatchers, hedge layers and dry stone wallers: Elementor, a FrontPage table layout, Blogger, Ghost (Casper), ' +
        'Squarespace, Webflow, Wix, Drupal (Olivero), Discourse, MediaWiki, Shopify (Dawn), Next.js',
      '98.7 % / 98.9 %, 1 / 23 bylines, 1 / 289 furniture, 0 / 12 summaries with any',
      '98.7 % / 98.6 %, 1 / 23 bylines, 1 / 289 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT619_PAGES,
  ],
  [
    WAVE81(
      620,
      'falconry centres and bird of prey experiences: WooCommerce (Storefront), Squarespace, Wix, Ghost (Casper), Shopify ' +
        '(Dawn), Elementor, Next.js, MediaWiki, Discourse, Webflow, Drupal (Olivero), an old table layout',
      '97.3 % / 97.6 %, 0 / 18 bylines, 4 / 317 furniture, 0 / 12 summaries with any',
      '97.3 % / 97.4 %, 0 / 18 bylines, 4 / 317 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT620_PAGES,
  ],
  [
    WAVE81(
      621,
      'ironmongers and independent hardware stores: Elementor, Shopify (Dawn), Squarespace, Ghost (Casper), Wix, Webflow, a ' +
        'Dreamweaver table layout, Discourse, Drupal (Olivero), Hugo (Docsy), MediaWiki, HubSpot',
      '98.8 % / 98.4 %, 0 / 23 bylines, 5 / 267 furniture, 3 / 12 summaries with any',
      '98.8 % / 98.4 %, 0 / 23 bylines, 5 / 267 furniture, 3 / 12 summaries with any',
      'the round-156 Wix captions tuned on its Wix story page (training)',
    ),
    HELDOUT621_PAGES,
  ],
  [
    WAVE82(
      622,
      'hairdressers and hair salons: Squarespace, Elementor, Astra, Wix Blog, Shopify (Dawn), Ghost (Casper), Webflow, ' +
        'GoDaddy, Discourse, MediaWiki, an old table layout, Next.js',
      '99.6 % / 95.3 %, 2 / 23 bylines, 1 / 259 furniture, 0 / 12 summaries with any',
      '99.6 % / 95.3 %, 2 / 23 bylines, 1 / 259 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT622_PAGES,
  ],
  [
    WAVE82(
      623,
      'cider makers, meaderies and craft distillers: Shopify (Dawn), Elementor, Squarespace, Wix, Webflow, Ghost (Casper), ' +
        'Drupal (Olivero), a FrontPage table layout, Next.js, HubSpot, Discourse, MediaWiki',
      '98.6 % / 97.8 %, 1 / 17 bylines, 3 / 288 furniture, 0 / 12 summaries with any',
      '98.6 % / 97.8 %, 1 / 17 bylines, 3 / 288 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT623_PAGES,
  ],
  [
    WAVE82(
      624,
      'smokehouses, charcuterie makers and butchery courses: Shopify (Dawn), Squarespace, Kadence, Wix, Ghost (Casper), ' +
        'MediaWiki, Discourse, Drupal (Olivero), Webflow, Hugo (PaperMod), Elementor, Next.js',
      '99.6 % / 100.0 %, 0 / 15 bylines, 4 / 344 furniture, 0 / 12 summaries with any',
      '99.6 % / 99.7 %, 0 / 15 bylines, 4 / 344 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT624_PAGES,
  ],
  [
    WAVE82(
      625,
      'mushroom growers and foraging course leaders: Shopify (Dawn), The Events Calendar on Astra, Squarespace, Wix, Ghost ' +
        '(Casper), Hugo (PaperMod), Discourse, MediaWiki, Next.js, Webflow, Drupal (Olivero), a FrontPage table layout',
      '99.3 % / 99.9 %, 0 / 27 bylines, 3 / 246 furniture, 0 / 12 summaries with any',
      '99.3 % / 99.9 %, 0 / 27 bylines, 3 / 246 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT625_PAGES,
  ],
  [
    WAVE82(
      626,
      'toy shops, model shops and hobby stores: Shopify (Dawn), Squarespace, WooCommerce (Storefront), an old table layout, ' +
        'Ghost (Casper), Discourse, MediaWiki, BigCommerce (Cornerstone), Hugo (Docsy), Webflow, Wix Blog, Elementor',
      '96.7 % / 97.1 %, 0 / 19 bylines, 7 / 403 furniture, 0 / 12 summaries with any',
      '96.7 % / 97.1 %, 0 / 19 bylines, 7 / 403 furniture, 0 / 12 summaries with any',
      'the round-157 callouts with a heading of their own tuned on its Hugo (Docsy) chassis page (training)',
    ),
    HELDOUT626_PAGES,
  ],
  [
    WAVE82(
      627,
      'mobility shops, stairlift and wheelchair suppliers: Shopify (Dawn), WooCommerce (Storefront), Elementor, Wix, ' +
        'Squarespace, HubSpot, LocalGov Drupal, Discourse, Webflow, Ghost (Casper), Magento (Luma), an old table layout',
      '97.0 % / 96.3 %, 0 / 19 bylines, 8 / 351 furniture, 0 / 12 summaries with any',
      '97.3 % / 96.1 %, 0 / 19 bylines, 7 / 351 furniture, 0 / 12 summaries with any',
      'the round-158 delivery and returns accordions tuned on its Shopify scooter page (training)',
    ),
    HELDOUT627_PAGES,
  ],
  [
    WAVE83(
      628,
      'car valeting, windscreen repair and motorhome services: Elementor, Squarespace, Wix, phpBB (prosilver), Shopify ' +
        '(Dawn), Webflow, Ghost (Casper), Next.js, HubSpot, MediaWiki, Drupal (Olivero), a FrontPage table layout',
      '97.9 % / 99.6 %, 0 / 29 bylines, 7 / 251 furniture, 0 / 12 summaries with any',
      '98.2 % / 99.6 %, 0 / 29 bylines, 6 / 251 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT628_PAGES,
  ],
  [
    WAVE83(
      629,
      'soap, candle and perfume makers: Shopify (Dawn), Squarespace, Elementor, Wix, Ghost (Casper), MediaWiki, Discourse, ' +
        'WooCommerce (Storefront), Hugo (Docsy), Webflow, HubSpot, a FrontPage table layout',
      '98.5 % / 99.1 %, 1 / 22 bylines, 4 / 355 furniture, 0 / 12 summaries with any',
      '98.7 % / 99.1 %, 0 / 22 bylines, 4 / 355 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT629_PAGES,
  ],
  [
    WAVE83(
      630,
      'tea merchants, spice shops and herbalists: Shopify (Dawn), Kadence, Squarespace, Wix Blog, WooCommerce (Storefront), ' +
        'Ghost (Casper), Drupal (Olivero), MediaWiki, Discourse, Webflow, Hugo (PaperMod), an old table layout',
      '98.3 % / 99.4 %, 0 / 25 bylines, 4 / 291 furniture, 0 / 12 summaries with any',
      '98.3 % / 99.4 %, 0 / 25 bylines, 4 / 291 furniture, 0 / 12 summaries with any',
      'the round-159 stock lines tuned on its WooCommerce spice page (training)',
    ),
    HELDOUT630_PAGES,
  ],
  [
    WAVE83(
      631,
      'acupuncturists, reflexologists and counsellors: Astra with Elementor, Squarespace, Ghost (Casper), Wix Blog, Webflow, ' +
        'Shopify (Dawn), Next.js, Drupal (Olivero), HubSpot, Discourse, a FrontPage table layout, Hugo (Ananke)',
      '98.6 % / 99.0 %, 0 / 17 bylines, 2 / 236 furniture, 1 / 12 summaries with any',
      '98.6 % / 99.0 %, 0 / 17 bylines, 2 / 236 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT631_PAGES,
  ],
  [
    WAVE83(
      632,
      'riding schools, pony clubs and city farms: Elementor, Squarespace, Wix, Joomla (Cassiopeia), XenForo, Ghost (Casper), ' +
        'Webflow, Shopify (Dawn), Drupal (Olivero), Next.js, an old table layout, MediaWiki',
      '98.4 % / 99.5 %, 0 / 17 bylines, 1 / 307 furniture, 0 / 12 summaries with any',
      '98.4 % / 99.1 %, 0 / 17 bylines, 1 / 307 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT632_PAGES,
  ],
  [
    WAVE83(
      633,
      'drone pilots, sign writers and specialist photographers: Elementor, Squarespace, Wix, Discourse, Ghost (Casper), ' +
        'MediaWiki, Webflow, Shopify (Dawn), Next.js, Drupal (Olivero), Hugo (PaperMod), a FrontPage table layout',
      '99.2 % / 99.6 %, 0 / 20 bylines, 7 / 244 furniture, 0 / 12 summaries with any',
      '99.2 % / 99.6 %, 0 / 20 bylines, 7 / 244 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT633_PAGES,
  ],
  [
    WAVE84(
      634,
      "circus schools, magicians and children's entertainers: Squarespace, Wix, Elementor, Discourse, Ghost (Casper), Shopify " +
        '(Dawn), MediaWiki, Next.js, Webflow, Hugo (Docsy), HubSpot, a FrontPage table layout',
      '98.7 % / 99.6 %, 0 / 21 bylines, 2 / 291 furniture, 0 / 12 summaries with any',
      '98.7 % / 99.6 %, 0 / 21 bylines, 2 / 291 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT634_PAGES,
  ],
  [
    WAVE84(
      635,
      'stained glass studios, glassblowers and calligraphers: Divi, Shopify (Dawn), Squarespace, Ghost (Casper), Wix, ' +
        'Webflow, MediaWiki, Discourse, Hugo (PaperMod), HubSpot, an old table layout, Drupal (Olivero)',
      '99.3 % / 99.2 %, 0 / 20 bylines, 2 / 253 furniture, 0 / 12 summaries with any',
      '99.3 % / 98.5 %, 0 / 20 bylines, 2 / 253 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT635_PAGES,
  ],
  [
    WAVE84(
      636,
      'weavers, spinners and natural dyers: Squarespace, Wix, GeneratePress, Shopify (Dawn), Discourse, MediaWiki, Ghost ' +
        '(Casper), Hugo (Docsy), Drupal (Olivero), Webflow, HubSpot, a FrontPage table layout',
      '99.1 % / 95.2 %, 0 / 33 bylines, 3 / 306 furniture, 0 / 12 summaries with any',
      '99.4 % / 95.2 %, 0 / 33 bylines, 2 / 306 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT636_PAGES,
  ],
  [
    WAVE84(
      637,
      'poultry keepers, hatcheries and smallholding suppliers: Shopify (Dawn), Astra, Wix, Discourse, Squarespace, Hugo ' +
        '(PaperMod), MediaWiki, Ghost (Casper), Drupal (Olivero), Webflow, Elementor, an old table layout',
      '98.9 % / 98.9 %, 0 / 20 bylines, 1 / 241 furniture, 0 / 12 summaries with any',
      '98.9 % / 98.9 %, 0 / 20 bylines, 1 / 241 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT637_PAGES,
  ],
  [
    WAVE84(
      638,
      'orchid, cactus and bonsai nurseries: Squarespace, Astra, Wix, Shopify (Dawn), Webflow, Ghost (Casper), Discourse, ' +
        'MediaWiki, Hugo (PaperMod), Drupal (Olivero), a FrontPage table layout, HubSpot',
      '98.9 % / 99.1 %, 1 / 24 bylines, 4 / 279 furniture, 0 / 12 summaries with any',
      '99.2 % / 99.1 %, 0 / 24 bylines, 4 / 279 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT638_PAGES,
  ],
  [
    WAVE84(
      639,
      'funfairs, puppet theatres and storytelling festivals: The Events Calendar on Astra, Squarespace, Drupal (Olivero), ' +
        'Wix, Next.js, Ghost (Casper), MediaWiki (Vector legacy), Webflow, Discourse, Shopify (Dawn), Hugo (Ananke), a ' +
        'FrontPage table layout',
      '98.7 % / 94.9 %, 1 / 20 bylines, 4 / 287 furniture, 1 / 12 summaries with any',
      '98.7 % / 94.9 %, 1 / 20 bylines, 4 / 287 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT639_PAGES,
  ],
  [
    WAVE85(
      640,
      'kite shops and model aircraft clubs: Shopify (Dawn), GeneratePress, Squarespace, Wix Blog, Discourse, MediaWiki, a ' +
        'FrontPage table layout, Hugo (Book), Ghost (Casper), Drupal (Olivero), Elementor, phpBB (prosilver)',
      '99.4 % / 99.5 %, 0 / 29 bylines, 6 / 262 furniture, 1 / 12 summaries with any',
      '99.4 % / 99.5 %, 0 / 29 bylines, 6 / 262 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT640_PAGES,
  ],
  [
    WAVE85(
      641,
      'metal detecting clubs and rock and fossil shops: Astra, Squarespace, Shopify (Dawn), Discourse, Wix, Ghost (Casper), ' +
        'MediaWiki, a FrontPage table layout, Webflow, Drupal (Olivero), Hugo (PaperMod), Elementor',
      '98.8 % / 99.0 %, 2 / 18 bylines, 2 / 283 furniture, 2 / 12 summaries with any',
      '99.0 % / 99.0 %, 1 / 18 bylines, 2 / 283 furniture, 2 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT641_PAGES,
  ],
  [
    WAVE85(
      642,
      'ghost tours and guided walking tours: Astra, Squarespace, Ghost (Casper), Shopify (Dawn), Wix, Webflow, Discourse, ' +
        'MediaWiki, Hugo (PaperMod), Drupal (Olivero), Elementor, an old table layout',
      '99.0 % / 95.8 %, 0 / 13 bylines, 2 / 274 furniture, 0 / 12 summaries with any',
      '99.0 % / 95.8 %, 0 / 13 bylines, 2 / 274 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT642_PAGES,
  ],
  [
    WAVE85(
      643,
      'whale watching, seal trips and boat excursions: Elementor, Squarespace, Blogger, Wix, Shopify (Dawn), Webflow, Ghost ' +
        '(Casper), Discourse, MediaWiki, Hugo (Docsy), Next.js, a FrontPage table layout',
      '99.4 % / 99.4 %, 0 / 22 bylines, 0 / 280 furniture, 0 / 12 summaries with any',
      '99.3 % / 98.7 %, 0 / 22 bylines, 0 / 280 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT643_PAGES,
  ],
  [
    WAVE85(
      644,
      'lighthouses, working mills and heritage visitor attractions: Elementor, Squarespace, Wix, MediaWiki, Discourse, ' +
        'Next.js, Ghost (Casper), Drupal (Olivero), Shopify (Dawn), Webflow, HubSpot, a FrontPage table layout',
      '98.3 % / 98.7 %, 0 / 14 bylines, 5 / 302 furniture, 0 / 12 summaries with any',
      '98.9 % / 98.7 %, 0 / 14 bylines, 4 / 302 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT644_PAGES,
  ],
  [
    WAVE85(
      645,
      'heritage steam railways: Elementor with TablePress, Shopify (Dawn), Ghost (Casper), Squarespace, Wix, MediaWiki, ' +
        'Discourse, Drupal (Olivero), Webflow, Hugo (PaperMod), an old table layout, Next.js',
      '98.8 % / 94.3 %, 0 / 26 bylines, 1 / 293 furniture, 0 / 12 summaries with any',
      '98.8 % / 94.3 %, 0 / 26 bylines, 1 / 293 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT645_PAGES,
  ],
];
