/**
 * The page sets of the extractor comparison written in session 41 (batches 526 to 531, wave 66: farm shops and farmers' markets,
 * cafés and coffee roasters, tool and plant hire, trampoline parks and party entertainers, computer and phone repair, pottery
 * studios and cookery schools; batches 532 to 537, wave 67: web design and marketing agencies, hosting providers and domain
 * registrars, ferries and heritage railways, spas and retreats, furniture and flooring shops, EV charging and parking; batches
 * 538 to 543, wave 68: bridal and formalwear shops and jewellers, mortgage and insurance brokers, games cafés and hobby stores,
 * karting and activity centres, livery yards and riding stables, ice cream and sweet shops; batches 544 to 549, wave 69: tree
 * surgeons and landscapers, bingo halls and piers, private investigators and notaries, surf schools and watersports, car boot
 * sales and craft fairs, dog trainers and agility clubs; batches 550 to 555, wave 70: kitchen and bathroom fitters, blinds and
 * curtains, snooker and darts leagues, village fetes and county shows, pawnbrokers and gold buyers, skip hire and scrap yards),
 * each labelled with its first measurement: taken once, on the rules of round 129 (wave 66), 130 (wave 67), 132 (wave 68), 134
 * (wave 69) or 137 (wave 70), with the learned model refitted in session 25 and its doubtful lines, before any rule looked at
 * its pages; then what was tuned on it.
 */
import type { TestPage } from '../src/test-support/page-kit.js';
import { blindFirstSight } from './comparison-labels.js';
import { HELDOUT526_PAGES } from '../src/test-support/pages-heldout526.js';
import { HELDOUT527_PAGES } from '../src/test-support/pages-heldout527.js';
import { HELDOUT528_PAGES } from '../src/test-support/pages-heldout528.js';
import { HELDOUT529_PAGES } from '../src/test-support/pages-heldout529.js';
import { HELDOUT530_PAGES } from '../src/test-support/pages-heldout530.js';
import { HELDOUT531_PAGES } from '../src/test-support/pages-heldout531.js';
import { HELDOUT532_PAGES } from '../src/test-support/pages-heldout532.js';
import { HELDOUT533_PAGES } from '../src/test-support/pages-heldout533.js';
import { HELDOUT534_PAGES } from '../src/test-support/pages-heldout534.js';
import { HELDOUT535_PAGES } from '../src/test-support/pages-heldout535.js';
import { HELDOUT536_PAGES } from '../src/test-support/pages-heldout536.js';
import { HELDOUT537_PAGES } from '../src/test-support/pages-heldout537.js';
import { HELDOUT538_PAGES } from '../src/test-support/pages-heldout538.js';
import { HELDOUT539_PAGES } from '../src/test-support/pages-heldout539.js';
import { HELDOUT540_PAGES } from '../src/test-support/pages-heldout540.js';
import { HELDOUT541_PAGES } from '../src/test-support/pages-heldout541.js';
import { HELDOUT542_PAGES } from '../src/test-support/pages-heldout542.js';
import { HELDOUT543_PAGES } from '../src/test-support/pages-heldout543.js';
import { HELDOUT544_PAGES } from '../src/test-support/pages-heldout544.js';
import { HELDOUT545_PAGES } from '../src/test-support/pages-heldout545.js';
import { HELDOUT546_PAGES } from '../src/test-support/pages-heldout546.js';
import { HELDOUT547_PAGES } from '../src/test-support/pages-heldout547.js';
import { HELDOUT548_PAGES } from '../src/test-support/pages-heldout548.js';
import { HELDOUT549_PAGES } from '../src/test-support/pages-heldout549.js';
import { HELDOUT550_PAGES } from '../src/test-support/pages-heldout550.js';
import { HELDOUT551_PAGES } from '../src/test-support/pages-heldout551.js';
import { HELDOUT552_PAGES } from '../src/test-support/pages-heldout552.js';
import { HELDOUT553_PAGES } from '../src/test-support/pages-heldout553.js';
import { HELDOUT554_PAGES } from '../src/test-support/pages-heldout554.js';
import { HELDOUT555_PAGES } from '../src/test-support/pages-heldout555.js';

const onRound129 = blindFirstSight(41, 129);
const onRound130 = blindFirstSight(41, 130);
const onRound132 = blindFirstSight(41, 132);
const onRound134 = blindFirstSight(41, 134);
const onRound137 = blindFirstSight(41, 137);

export const SESSION41_SETS: ReadonlyArray<[string, readonly TestPage[]]> = [
  [
    onRound129(
      526,
      "farm shops, pick-your-own farms and farmers' markets: Astra, Squarespace, Wix, Shopify (Dawn), LocalGov Drupal, " +
        'Webflow, Ghost, Elementor, a FrontPage table layout, Next.js, Discourse, MediaWiki',
      '99.4 % / 99.1 %, 0 / 16 bylines, 1 / 248 furniture, 0 / 12 summaries with any',
      '99.4 % / 99.1 %, 0 / 16 bylines, 1 / 248 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT526_PAGES,
  ],
  [
    onRound129(
      527,
      'cafés, coffee roasters and tea rooms: Squarespace, Shopify (Dawn), Kadence with WP Recipe Maker, Wix, Ghost, Webflow, ' +
        'Discourse, Drupal (Olivero), Hugo (PaperMod), MediaWiki, Next.js, a hand-made table layout',
      '97.5 % / 90.4 %, 0 / 36 bylines, 7 / 276 furniture, 1 / 12 summaries with any',
      '97.5 % / 90.0 %, 0 / 36 bylines, 7 / 276 furniture, 0 / 12 summaries with any',
      'the round-130 priced menus tuned on its Webflow café menu (training)',
    ),
    HELDOUT527_PAGES,
  ],
  [
    onRound129(
      528,
      'tool hire, plant hire and equipment rental: WooCommerce (Storefront), Shopify (Dawn), Wix, Squarespace, Elementor, ' +
        'Drupal (Olivero), HubSpot, Webflow, Ghost, Next.js, Discourse, a Dreamweaver table layout',
      '97.8 % / 97.5 %, 0 / 16 bylines, 8 / 286 furniture, 0 / 12 summaries with any',
      '97.7 % / 95.4 %, 0 / 16 bylines, 8 / 286 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT528_PAGES,
  ],
  [
    onRound129(
      529,
      "trampoline parks, soft play centres and children's party entertainers: Astra, Wix, Squarespace, Elementor, Ghost, " +
        'Shopify (Dawn), Webflow, LocalGov Drupal, HubSpot, Discourse, a FrontPage table layout, Next.js',
      '98.6 % / 99.4 %, 0 / 19 bylines, 3 / 248 furniture, 0 / 12 summaries with any',
      '98.6 % / 98.8 %, 0 / 19 bylines, 3 / 248 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT529_PAGES,
  ],
  [
    onRound129(
      530,
      'computer repair shops, phone repair and IT support: Elementor with TablePress, HubSpot, Ghost, Shopify (Dawn), ' +
        'Squarespace, Wix, Webflow, Discourse, a FrontPage table layout, Next.js, Hugo (PaperMod), MediaWiki',
      '99.2 % / 97.2 %, 0 / 17 bylines, 5 / 265 furniture, 0 / 12 summaries with any',
      '99.2 % / 97.0 %, 0 / 17 bylines, 5 / 265 furniture, 0 / 12 summaries with any',
      'the round-132 Elementor shortcode tables tuned on its repair price page (training)',
    ),
    HELDOUT530_PAGES,
  ],
  [
    onRound129(
      531,
      'pottery studios, cookery schools and craft workshops: Squarespace, Wix, Elementor, Shopify (Dawn), Astra, Webflow, ' +
        'Ghost, Drupal (Olivero), Eventbrite, HubSpot, a FrontPage table layout, Discourse',
      '98.9 % / 97.5 %, 0 / 21 bylines, 2 / 268 furniture, 0 / 12 summaries with any',
      '98.8 % / 96.5 %, 0 / 21 bylines, 2 / 268 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT531_PAGES,
  ],
  [
    onRound130(
      532,
      'web design studios, marketing agencies and freelance developers: Webflow, Elementor, Squarespace, Ghost, Wix, HubSpot, ' +
        'Hugo (PaperMod), Next.js, Shopify (Dawn), Drupal (Olivero), Divi, an old table layout',
      '98.9 % / 97.9 %, 0 / 13 bylines, 17 / 268 furniture, 1 / 12 summaries with any',
      '98.9 % / 97.6 %, 0 / 13 bylines, 17 / 268 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT532_PAGES,
  ],
  [
    onRound130(
      533,
      'web hosting providers and domain registrars: Elementor, Zendesk Guide, Atlassian Statuspage, HubSpot, Ghost, WHMCS, ' +
        "Discourse, Docusaurus, MediaWiki, an old table layout, Intercom's help centre, Webflow",
      '91.0 % / 89.7 %, 0 / 23 bylines, 0 / 274 furniture, 0 / 12 summaries with any',
      '91.0 % / 88.9 %, 0 / 23 bylines, 0 / 274 furniture, 0 / 12 summaries with any',
      'the round-131 page-wide boxes tuned on its Statuspage incident (training)',
    ),
    HELDOUT533_PAGES,
  ],
  [
    onRound130(
      534,
      'ferry operators, heritage railways and river cruises: Elementor, LocalGov Drupal, Squarespace, Webflow, Ghost, ' +
        'Discourse, MediaWiki, HubSpot, Wix, a FrontPage table layout, Next.js, Hugo (Ananke)',
      '97.7 % / 94.5 %, 0 / 21 bylines, 2 / 304 furniture, 0 / 12 summaries with any',
      '97.8 % / 94.3 %, 0 / 21 bylines, 2 / 304 furniture, 0 / 12 summaries with any',
      'the round-134 font paragraphs tuned on its FrontPage ferry timetable (training)',
    ),
    HELDOUT534_PAGES,
  ],
  [
    onRound130(
      535,
      'spas, massage therapists and wellness retreats: Squarespace, Elementor, Wix, Shopify (Dawn), Webflow, a Next.js ' +
        'marketplace, Ghost, Hugo (Ananke), Drupal with Paragraphs, GoDaddy Websites + Marketing, HubSpot, an old table layout',
      '90.0 % / 91.0 %, 0 / 9 bylines, 7 / 267 furniture, 0 / 12 summaries with any',
      '90.0 % / 90.4 %, 0 / 9 bylines, 7 / 267 furniture, 0 / 12 summaries with any',
      'the round-130 priced menus also tuned on its GoDaddy massage price menu (training)',
    ),
    HELDOUT535_PAGES,
  ],
  [
    onRound130(
      536,
      'furniture shops, flooring fitters and upholsterers: Shopify (Dawn), Storefront, Squarespace, Wix, Elementor, Webflow, ' +
        'HubSpot, Magento (Luma), MediaWiki, Discourse, Ghost, a FrontPage table layout',
      '98.9 % / 99.1 %, 0 / 13 bylines, 3 / 269 furniture, 0 / 12 summaries with any',
      '98.9 % / 99.1 %, 0 / 13 bylines, 3 / 269 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT536_PAGES,
  ],
  [
    onRound130(
      537,
      'EV charging networks and parking operators: Next.js, Elementor, LocalGov Drupal, Squarespace, Zendesk Guide, ' +
        'Discourse, HubSpot, Ghost, Wix, Webflow, MediaWiki, an old table layout',
      '98.0 % / 95.0 %, 1 / 20 bylines, 5 / 274 furniture, 1 / 12 summaries with any',
      '98.0 % / 95.0 %, 1 / 20 bylines, 5 / 274 furniture, 1 / 12 summaries with any',
      'the round-132 Elementor price tables and accordion questions tuned on its charging prices page (training)',
    ),
    HELDOUT537_PAGES,
  ],
  [
    onRound132(
      538,
      'bridal shops, formalwear hire and jewellers: Squarespace, Shopify (Dawn), Flatsome with WooCommerce, Wix, Webflow, ' +
        'Elementor, HubSpot, Ghost, Next.js, an old table layout, Discourse, Drupal (Olivero)',
      '99.2 % / 98.6 %, 0 / 12 bylines, 12 / 279 furniture, 3 / 12 summaries with any',
      '99.3 % / 96.9 %, 0 / 12 bylines, 9 / 279 furniture, 3 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT538_PAGES,
  ],
  [
    onRound132(
      539,
      'mortgage brokers, independent financial advisers and insurance brokers: Elementor, Squarespace, Ghost, Wix, HubSpot, ' +
        'Webflow, Drupal (Olivero), Discourse, Zendesk Guide, Next.js, an old table layout, Hugo (Ananke)',
      '99.3 % / 97.4 %, 0 / 30 bylines, 4 / 224 furniture, 0 / 12 summaries with any',
      '99.2 % / 95.1 %, 0 / 30 bylines, 4 / 224 furniture, 0 / 12 summaries with any',
      'the round-133 price table headers tuned on its broker fees page (training)',
    ),
    HELDOUT539_PAGES,
  ],
  [
    onRound132(
      540,
      'games cafés, comic shops and hobby stores: Squarespace, Shopify (Dawn), Astra with The Events Calendar, Ghost, Wix, ' +
        'Webflow, Discourse, MediaWiki, Hugo (PaperMod), Elementor, HubSpot, an old table layout',
      '98.0 % / 99.4 %, 0 / 17 bylines, 5 / 235 furniture, 0 / 12 summaries with any',
      '98.2 % / 98.1 %, 0 / 17 bylines, 4 / 235 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT540_PAGES,
  ],
  [
    onRound132(
      541,
      'karting tracks, paintball sites and outdoor activity centres: Elementor, Wix, Squarespace, Drupal (Olivero), Ghost, ' +
        'Webflow, Shopify (Dawn), HubSpot, Discourse, MediaWiki, a FrontPage table layout, Next.js',
      '98.2 % / 99.6 %, 0 / 12 bylines, 3 / 254 furniture, 0 / 12 summaries with any',
      '98.2 % / 99.4 %, 0 / 12 bylines, 3 / 254 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT541_PAGES,
  ],
  [
    onRound132(
      542,
      'livery yards, riding stables and farriers: Divi, Squarespace, Wix, Elementor, Webflow, GoDaddy Websites + Marketing, ' +
        'XenForo, a FrontPage table layout, Jimdo, MediaWiki, Ghost, Drupal (Olivero)',
      '97.4 % / 99.3 %, 0 / 17 bylines, 6 / 265 furniture, 0 / 12 summaries with any',
      '98.9 % / 99.3 %, 0 / 17 bylines, 5 / 265 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT542_PAGES,
  ],
  [
    onRound132(
      543,
      'ice cream parlours, dessert shops and sweet shops: Shopify (Dawn), Squarespace, Wix, Astra with Elementor, Webflow, ' +
        'Ghost, Next.js, Discourse, MediaWiki, an old table layout, Hugo (PaperMod), Drupal (Olivero)',
      '99.1 % / 99.1 %, 1 / 21 bylines, 3 / 280 furniture, 0 / 12 summaries with any',
      '99.1 % / 98.8 %, 1 / 21 bylines, 3 / 280 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT543_PAGES,
  ],
  [
    onRound134(
      544,
      'tree surgeons, gardeners and landscapers: Elementor, LocalGov Drupal, Squarespace, Wix, Shopify (Dawn), Ghost, ' +
        'Webflow, Hugo (Docsy), MediaWiki, Discourse, HubSpot, a Dreamweaver table layout',
      '99.1 % / 99.1 %, 0 / 25 bylines, 0 / 288 furniture, 0 / 12 summaries with any',
      '99.3 % / 99.0 %, 0 / 25 bylines, 0 / 288 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT544_PAGES,
  ],
  [
    onRound134(
      545,
      'bingo halls, amusement arcades and seaside piers: Astra with Elementor, Squarespace, MediaWiki, Wix, Discourse, ' +
        'LocalGov Drupal, Shopify (Dawn), Ghost, Webflow, an old table layout, Next.js, Hugo (PaperMod)',
      '98.8 % / 98.3 %, 0 / 17 bylines, 1 / 281 furniture, 1 / 12 summaries with any',
      '98.8 % / 98.3 %, 0 / 17 bylines, 1 / 281 furniture, 1 / 12 summaries with any',
      'the round-136 shown title runs tuned on its Discourse thread (training)',
    ),
    HELDOUT545_PAGES,
  ],
  [
    onRound134(
      546,
      'private investigators, process servers and notaries: Elementor, Squarespace, Wix, Webflow, Drupal with the US web ' +
        'design system, Ghost, Shopify (Dawn), MediaWiki, Discourse, HubSpot, a FrontPage table layout, Hugo (Ananke)',
      '97.8 % / 98.8 %, 0 / 20 bylines, 10 / 226 furniture, 2 / 12 summaries with any',
      '98.3 % / 98.8 %, 0 / 20 bylines, 9 / 226 furniture, 2 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT546_PAGES,
  ],
  [
    onRound134(
      547,
      'surf schools, paddleboard hire and watersports centres: Astra with Elementor, Squarespace, Wix, Drupal (Olivero), ' +
        'Shopify (Dawn), Ghost, Webflow, Hugo (PaperMod), Discourse, MediaWiki, a Dreamweaver table layout, HubSpot',
      '99.2 % / 95.1 %, 0 / 27 bylines, 0 / 268 furniture, 0 / 12 summaries with any',
      '99.2 % / 94.2 %, 0 / 27 bylines, 0 / 268 furniture, 0 / 12 summaries with any',
      'the round-135 HubSpot custom-widget text tuned on its team days page (training)',
    ),
    HELDOUT547_PAGES,
  ],
  [
    onRound134(
      548,
      'car boot sales, flea markets and craft fairs: Astra, Squarespace, Wix, Eventbrite, LocalGov Drupal, Shopify (Dawn), a ' +
        'FrontPage table layout, Discourse, Ghost, MediaWiki, Webflow, Next.js',
      '99.6 % / 97.8 %, 0 / 21 bylines, 0 / 280 furniture, 0 / 12 summaries with any',
      '99.6 % / 95.7 %, 0 / 21 bylines, 0 / 280 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT548_PAGES,
  ],
  [
    onRound134(
      549,
      'dog trainers, puppy classes and agility clubs: Squarespace, Astra with Elementor, Wix, Drupal (Olivero), Shopify ' +
        '(Dawn), Ghost, Discourse, MediaWiki, Webflow, Hugo (Ananke), HubSpot, an old table layout',
      '97.4 % / 99.1 %, 0 / 20 bylines, 5 / 209 furniture, 0 / 12 summaries with any',
      '97.9 % / 98.7 %, 0 / 20 bylines, 4 / 209 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT549_PAGES,
  ],
  [
    onRound137(
      550,
      'kitchen and bathroom fitters and showrooms: Elementor, Squarespace, Wix Blog, Shopify (Dawn), Webflow, HubSpot, Drupal ' +
        '(Olivero), Ghost, Next.js, Discourse, a FrontPage table layout, MediaWiki',
      '97.8 % / 97.5 %, 0 / 17 bylines, 9 / 277 furniture, 0 / 12 summaries with any',
      '97.8 % / 97.5 %, 0 / 17 bylines, 9 / 277 furniture, 1 / 12 summaries with any',
      'the round-145 menu columns also tuned on its table-layout bathroom fitter page (training)',
    ),
    HELDOUT550_PAGES,
  ],
  [
    onRound137(
      551,
      'blinds, curtains and soft furnishings makers: Shopify (Dawn), Elementor, Squarespace, Wix, Storefront, Webflow, ' +
        'HubSpot, Magento (Luma), Ghost, Drupal (Olivero), an old table layout, Discourse',
      '99.6 % / 100.0 %, 0 / 12 bylines, 1 / 248 furniture, 0 / 12 summaries with any',
      '99.6 % / 100.0 %, 0 / 12 bylines, 1 / 248 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT551_PAGES,
  ],
  [
    onRound137(
      552,
      'snooker halls, darts and pool leagues: Wix, GeneratePress with TablePress, Squarespace, Ghost, Drupal (Olivero), ' +
        'Discourse, MediaWiki, Webflow, Shopify (Dawn), a FrontPage table layout, Elementor, Hugo (PaperMod)',
      '98.2 % / 100.0 %, 1 / 20 bylines, 2 / 249 furniture, 1 / 12 summaries with any',
      '98.1 % / 98.9 %, 1 / 20 bylines, 2 / 249 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT552_PAGES,
  ],
  [
    onRound137(
      553,
      'village fetes, agricultural shows and county fairs: Twenty Twenty-One, Squarespace, Wix, Drupal (Olivero), Next.js, ' +
        'Ghost, Discourse, MediaWiki, Shopify (Dawn), Joomla (Cassiopeia), Webflow, a FrontPage table layout',
      '99.0 % / 98.8 %, 0 / 22 bylines, 0 / 261 furniture, 0 / 12 summaries with any',
      '99.0 % / 98.8 %, 0 / 22 bylines, 0 / 261 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT553_PAGES,
  ],
  [
    onRound137(
      554,
      'pawnbrokers, gold buyers and phone buyback shops: Astra, Wix, Shopify (Dawn), Next.js, Ghost, Squarespace, Webflow, ' +
        'HubSpot, Drupal (Olivero), Discourse, a Dreamweaver table layout, Elementor',
      '98.2 % / 98.6 %, 1 / 14 bylines, 4 / 231 furniture, 1 / 12 summaries with any',
      '98.2 % / 98.2 %, 1 / 14 bylines, 4 / 231 furniture, 0 / 12 summaries with any',
      'the round-160 closing calls of FAQs tuned on its Squarespace FAQ (training)',
    ),
    HELDOUT554_PAGES,
  ],
  [
    onRound137(
      555,
      'skip hire, waste clearance and scrap yards: Elementor, LocalGov Drupal, Wix, Squarespace, Shopify (Dawn), an old table ' +
        'layout, Discourse, Next.js, MediaWiki, Webflow, Ghost, HubSpot',
      '99.7 % / 97.5 %, 0 / 20 bylines, 0 / 252 furniture, 0 / 12 summaries with any',
      '99.7 % / 97.2 %, 0 / 20 bylines, 0 / 252 furniture, 0 / 12 summaries with any',
      'the round-138 skip-named boxes tuned on its skip sizes page (training)',
    ),
    HELDOUT555_PAGES,
  ],
];
