/**
 * The page sets of the extractor comparison written in session 40 (batches 502 to 507, wave 62: florists, bakeries and cake
 * makers, escape rooms and bowling alleys, pet groomers and kennels, credit unions and community banks, art galleries and
 * studios, community centres and village halls; batches 508 to 513, wave 63: martial arts dojos and boxing gyms, architects and
 * designers, caterers and food trucks, energy and water utilities, taxi and coach firms, tutoring and music lessons; batches 514
 * to 519, wave 64: charity shops and repair cafés, cleaners and pest control, photographers' studios, garages and car washes,
 * print shops and framers, laundries and tailors; batches 520 to 525, wave 65: bike and scooter hire, student unions and
 * debating, locksmiths and glaziers, party and event hire, co-operatives and mutuals, recording studios and music shops), each
 * labelled with its first measurement: taken once, on the rules of round 116 (wave 62), 118 (wave 63) or 124 (waves 64 and 65),
 * with the learned model refitted in session 25 and its doubtful lines, before any rule looked at its pages; then what was tuned
 * on it.
 */
import type { TestPage } from '../src/test-support/page-kit.js';
import { blindFirstSight } from './comparison-labels.js';
import { HELDOUT502_PAGES } from '../src/test-support/pages-heldout502.js';
import { HELDOUT503_PAGES } from '../src/test-support/pages-heldout503.js';
import { HELDOUT504_PAGES } from '../src/test-support/pages-heldout504.js';
import { HELDOUT505_PAGES } from '../src/test-support/pages-heldout505.js';
import { HELDOUT506_PAGES } from '../src/test-support/pages-heldout506.js';
import { HELDOUT507_PAGES } from '../src/test-support/pages-heldout507.js';
import { HELDOUT508_PAGES } from '../src/test-support/pages-heldout508.js';
import { HELDOUT509_PAGES } from '../src/test-support/pages-heldout509.js';
import { HELDOUT510_PAGES } from '../src/test-support/pages-heldout510.js';
import { HELDOUT511_PAGES } from '../src/test-support/pages-heldout511.js';
import { HELDOUT512_PAGES } from '../src/test-support/pages-heldout512.js';
import { HELDOUT513_PAGES } from '../src/test-support/pages-heldout513.js';
import { HELDOUT514_PAGES } from '../src/test-support/pages-heldout514.js';
import { HELDOUT515_PAGES } from '../src/test-support/pages-heldout515.js';
import { HELDOUT516_PAGES } from '../src/test-support/pages-heldout516.js';
import { HELDOUT517_PAGES } from '../src/test-support/pages-heldout517.js';
import { HELDOUT518_PAGES } from '../src/test-support/pages-heldout518.js';
import { HELDOUT519_PAGES } from '../src/test-support/pages-heldout519.js';
import { HELDOUT520_PAGES } from '../src/test-support/pages-heldout520.js';
import { HELDOUT521_PAGES } from '../src/test-support/pages-heldout521.js';
import { HELDOUT522_PAGES } from '../src/test-support/pages-heldout522.js';
import { HELDOUT523_PAGES } from '../src/test-support/pages-heldout523.js';
import { HELDOUT524_PAGES } from '../src/test-support/pages-heldout524.js';
import { HELDOUT525_PAGES } from '../src/test-support/pages-heldout525.js';

const onRound116 = blindFirstSight(40, 116);
const onRound118 = blindFirstSight(40, 118);
const onRound124 = blindFirstSight(40, 124);

export const SESSION40_SETS: ReadonlyArray<[string, readonly TestPage[]]> = [
  [
    onRound116(
      502,
      'florists, bakeries and cake makers: Squarespace, Wix, Elementor, Shopify (Dawn), GeneratePress with WooCommerce, ' +
        'Webflow, Ghost, Hugo (Ananke), Next.js, a FrontPage table layout, Discourse, HubSpot',
      '99.4 % / 89.1 %, 0 / 19 bylines, 2 / 275 furniture, 0 / 12 summaries with any',
      '99.4 % / 88.6 %, 0 / 19 bylines, 2 / 275 furniture, 0 / 12 summaries with any',
      'the round-117 class-named accordions and the round-118 Elementor price lists tuned on its Kadence FAQ and bakery menu ' + '(training)',
    ),
    HELDOUT502_PAGES,
  ],
  [
    onRound116(
      503,
      'escape rooms, bowling alleys and family entertainment centres: Elementor, Wix, Squarespace, Webflow, Shopify (Dawn), ' +
        'HubSpot, Ghost, Drupal (Olivero), Discourse, Next.js, a FrontPage table layout, MediaWiki',
      '98.4 % / 96.8 %, 0 / 14 bylines, 5 / 278 furniture, 0 / 12 summaries with any',
      '98.4 % / 96.6 %, 0 / 14 bylines, 5 / 278 furniture, 0 / 12 summaries with any',
      'the round-124 open accordion question tuned on its HubSpot FAQ (training)',
    ),
    HELDOUT503_PAGES,
  ],
  [
    onRound116(
      504,
      'pet groomers, dog walkers and boarding kennels: Squarespace, Astra with Elementor, Wix, Webflow, Ghost, Shopify ' +
        '(Dawn), HubSpot, a FrontPage table layout, Discourse, Next.js, Weebly, MediaWiki',
      '97.8 % / 98.7 %, 0 / 15 bylines, 5 / 230 furniture, 0 / 12 summaries with any',
      '97.8 % / 98.7 %, 0 / 15 bylines, 5 / 230 furniture, 0 / 12 summaries with any',
      'the round-121 testimonial headings tuned on its Wix service-area page (training)',
    ),
    HELDOUT504_PAGES,
  ],
  [
    onRound116(
      505,
      'credit unions and community banks: Divi, Drupal (Bootstrap Barrio), Squarespace, a Mailchimp archive, HubSpot, Wix, ' +
        'Webflow, Zendesk Guide, Elementor, Next.js, an ASP.NET WebForms table layout, Ghost',
      '98.4 % / 96.7 %, 2 / 15 bylines, 3 / 246 furniture, 0 / 12 summaries with any',
      '98.4 % / 95.6 %, 2 / 15 bylines, 3 / 246 furniture, 0 / 12 summaries with any',
      'the round-123 sign-offs tuned on its Webflow meeting notice (training)',
    ),
    HELDOUT505_PAGES,
  ],
  [
    onRound116(
      506,
      "art galleries and artists' studios: Astra, Squarespace, Drupal (Olivero), Shopify (Dawn), Wix, Ghost, Webflow, " +
        'Elementor, Discourse, MediaWiki, Next.js, a hand-made table layout',
      '97.2 % / 99.2 %, 1 / 16 bylines, 6 / 262 furniture, 0 / 12 summaries with any',
      '97.1 % / 96.6 %, 1 / 16 bylines, 6 / 262 furniture, 0 / 12 summaries with any',
      'the round-137 back links tuned on its table-layout archive page (training)',
    ),
    HELDOUT506_PAGES,
  ],
  [
    onRound116(
      507,
      'community centres, village halls and venue hire: Astra, Wix, a FrontPage table layout, Squarespace, Ghost, Drupal ' +
        '(Olivero), Elementor, Webflow, Jimdo, MediaWiki, Discourse, Hugo (Ananke)',
      '98.1 % / 95.2 %, 2 / 17 bylines, 5 / 224 furniture, 1 / 12 summaries with any',
      '98.1 % / 95.0 %, 2 / 17 bylines, 5 / 224 furniture, 1 / 12 summaries with any',
      "the round-122 Jimdo image captions and the round-125 'Good to know' headings tuned on its hall history and venue page " + '(training)',
    ),
    HELDOUT507_PAGES,
  ],
  [
    onRound118(
      508,
      'martial arts dojos and boxing gyms: Divi with TablePress, Squarespace, Wix, Ghost, Webflow, Drupal (Olivero), ' +
        'Elementor, Discourse, MediaWiki, Shopify (Dawn), a FrontPage table layout, HubSpot',
      '99.6 % / 95.9 %, 1 / 24 bylines, 0 / 241 furniture, 0 / 12 summaries with any',
      '99.8 % / 95.9 %, 0 / 24 bylines, 0 / 241 furniture, 0 / 12 summaries with any',
      'the round-119 profile bios tuned on its Wix instructor page (training)',
    ),
    HELDOUT508_PAGES,
  ],
  [
    onRound118(
      509,
      'architects, interior designers and landscape designers: Divi, Squarespace, Ghost, Webflow, HubSpot, Wix Blog, Shopify ' +
        '(Dawn), Drupal (Olivero), Elementor, Discourse, Next.js, an HTML 4.01 table layout',
      '98.0 % / 99.9 %, 0 / 20 bylines, 8 / 274 furniture, 0 / 12 summaries with any',
      '98.0 % / 99.8 %, 0 / 20 bylines, 8 / 274 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT509_PAGES,
  ],
  [
    onRound118(
      510,
      'caterers and food trucks: Squarespace, Wix, Elementor, Shopify (Dawn), Ghost, Webflow, Next.js, Hugo (PaperMod), ' +
        'Astra, Discourse, a Dreamweaver table layout, Drupal (Olivero)',
      '98.9 % / 98.1 %, 0 / 27 bylines, 2 / 231 furniture, 1 / 12 summaries with any',
      '98.9 % / 96.9 %, 0 / 27 bylines, 2 / 231 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT510_PAGES,
  ],
  [
    onRound118(
      511,
      'energy suppliers, solar installers and water utilities: Elementor, Drupal, Squarespace, Next.js, HubSpot, Wix Blog, a ' +
        'hand-written table layout, Ghost, Discourse, Zendesk Guide, Shopify (Dawn), Hugo (Ananke)',
      '98.9 % / 99.1 %, 0 / 27 bylines, 3 / 272 furniture, 1 / 12 summaries with any',
      '98.9 % / 98.8 %, 0 / 27 bylines, 3 / 272 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT511_PAGES,
  ],
  [
    onRound118(
      512,
      'taxi firms, coach companies and airport transfers: Astra, Squarespace, Next.js, LocalGov Drupal, Wix, Ghost, ' +
        'Discourse, MediaWiki, HubSpot, Webflow, a FrontPage table layout, Hugo (PaperMod)',
      '98.5 % / 97.9 %, 4 / 21 bylines, 2 / 325 furniture, 0 / 12 summaries with any',
      '98.6 % / 97.6 %, 2 / 21 bylines, 2 / 325 furniture, 0 / 12 summaries with any',
      'the round-123 sign-offs also tuned on its council fare notice (training)',
    ),
    HELDOUT512_PAGES,
  ],
  [
    onRound118(
      513,
      'tutoring, music lessons and learning centres: a Next.js marketplace, Squarespace, GeneratePress, Wix, Ghost, HubSpot, ' +
        'Drupal (Olivero), Discourse, Webflow, MediaWiki, Shopify (Dawn), an HTML 4 table layout',
      '98.1 % / 99.7 %, 2 / 25 bylines, 14 / 291 furniture, 1 / 12 summaries with any',
      '98.1 % / 99.5 %, 2 / 25 bylines, 14 / 291 furniture, 1 / 12 summaries with any',
      'the round-120 Wix scroll anchors tuned on its term dates page (training)',
    ),
    HELDOUT513_PAGES,
  ],
  [
    onRound124(
      514,
      'charity shops, thrift stores and repair cafés: Astra, Squarespace, Wix, Shopify (Dawn), Ghost, Drupal (Olivero), ' +
        'Discourse, Hugo (Docsy), MediaWiki, Webflow, a FrontPage table layout, HubSpot',
      '99.5 % / 98.6 %, 0 / 25 bylines, 0 / 292 furniture, 0 / 12 summaries with any',
      '99.5 % / 98.6 %, 0 / 25 bylines, 0 / 292 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT514_PAGES,
  ],
  [
    onRound124(
      515,
      'cleaning services, window cleaners and pest control: Elementor, Squarespace, Wix, HubSpot, Webflow, Shopify (Dawn), ' +
        'Ghost, Next.js, Discourse, MediaWiki, a FrontPage table layout, Hugo (Book)',
      '97.4 % / 99.8 %, 1 / 19 bylines, 4 / 259 furniture, 0 / 12 summaries with any',
      '97.4 % / 99.8 %, 1 / 19 bylines, 4 / 259 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT515_PAGES,
  ],
  [
    onRound124(
      516,
      "photographers' and videographers' studios: Squarespace, Wix Blog, Elementor, Showit, Flothemes, Format, Pixieset, " +
        'Ghost, Webflow, Shopify (Dawn), a FrontPage table layout, HubSpot',
      '97.2 % / 98.8 %, 0 / 11 bylines, 7 / 218 furniture, 0 / 12 summaries with any',
      '97.2 % / 98.8 %, 0 / 11 bylines, 7 / 218 furniture, 0 / 12 summaries with any',
      "the round-125 'Good to know' headings also tuned on its Squarespace wedding packages (training)",
    ),
    HELDOUT516_PAGES,
  ],
  [
    onRound124(
      517,
      'car washes, garages, MOT and repair centres: Wix, Elementor, AEM, Astra, Shopify (Dawn), Squarespace, Webflow, ' +
        'HubSpot, Ghost, Next.js, Discourse, a FrontPage table layout',
      '97.9 % / 99.3 %, 0 / 16 bylines, 4 / 257 furniture, 0 / 12 summaries with any',
      '97.5 % / 97.0 %, 0 / 16 bylines, 4 / 257 furniture, 0 / 12 summaries with any',
      'the round-129 hit counters also tuned on its FrontPage tyre price list (training)',
    ),
    HELDOUT517_PAGES,
  ],
  [
    onRound124(
      518,
      'print shops, sign makers and picture framers: Astra, Squarespace, Shopify (Dawn), Wix Blog, Ghost, Zendesk Guide, ' +
        'Webflow, a hand-made table layout, Discourse, Drupal (Olivero), Hugo (Ananke), HubSpot',
      '99.6 % / 100.0 %, 0 / 29 bylines, 0 / 242 furniture, 0 / 12 summaries with any',
      '99.6 % / 100.0 %, 0 / 29 bylines, 0 / 242 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT518_PAGES,
  ],
  [
    onRound124(
      519,
      'laundries, dry cleaners, tailors and shoe repairs: Elementor, Squarespace, Shopify (Dawn), Ghost, Wix, a hand-made ' +
        'table layout, Webflow, Drupal (Olivero), Hugo (PaperMod), Discourse, HubSpot, Zendesk Guide',
      '98.9 % / 99.7 %, 1 / 24 bylines, 2 / 273 furniture, 0 / 12 summaries with any',
      '98.9 % / 99.7 %, 1 / 24 bylines, 2 / 273 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT519_PAGES,
  ],
  [
    onRound124(
      520,
      'bike hire, e-scooter schemes and car clubs: Webflow, Next.js, LocalGov Drupal, GeneratePress, Squarespace, Zendesk ' +
        'Guide, Discourse, MediaWiki, Ghost, Hugo (Docsy), an old table layout, HubSpot',
      '99.4 % / 94.5 %, 0 / 24 bylines, 0 / 299 furniture, 0 / 12 summaries with any',
      '99.4 % / 94.3 %, 0 / 24 bylines, 0 / 299 furniture, 0 / 12 summaries with any',
      'the round-126 Webflow div sections tuned on its bike hire page (training)',
    ),
    HELDOUT520_PAGES,
  ],
  [
    onRound124(
      521,
      'student unions, debating societies and Model UN: an MSL union site (ASP.NET), Astra, Hugo (PaperMod), Squarespace, ' +
        'Drupal (Olivero), Discourse, Google Sites, Wix, Webflow, Ghost, MediaWiki, Elementor',
      '98.8 % / 96.9 %, 2 / 18 bylines, 4 / 245 furniture, 1 / 12 summaries with any',
      '98.8 % / 96.9 %, 2 / 18 bylines, 4 / 245 furniture, 1 / 12 summaries with any',
      'the round-127 Elementor HTML-widget tables tuned on its by-election results (training)',
    ),
    HELDOUT521_PAGES,
  ],
  [
    onRound124(
      522,
      'locksmiths, glaziers and home security installers: Elementor, Shopify (Dawn), Wix, HubSpot, Ghost, Squarespace, ' +
        'Webflow, Discourse, Next.js, MediaWiki, a hand-made table layout, Hugo (Docsy)',
      '97.4 % / 98.3 %, 0 / 20 bylines, 10 / 289 furniture, 1 / 12 summaries with any',
      '98.9 % / 98.3 %, 0 / 20 bylines, 7 / 289 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT522_PAGES,
  ],
  [
    onRound124(
      523,
      'party and event hire: WooCommerce (Storefront), Wix, Squarespace, Elementor, Astra, Shopify (Dawn), HubSpot, Ghost, ' +
        'Webflow, Discourse, a FrontPage table layout, Zendesk Guide',
      '97.7 % / 98.8 %, 0 / 24 bylines, 5 / 250 furniture, 0 / 12 summaries with any',
      '98.0 % / 98.8 %, 0 / 24 bylines, 4 / 250 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT523_PAGES,
  ],
  [
    onRound124(
      524,
      'co-operatives, mutuals and community-owned shops and pubs: Elementor, Squarespace, Drupal (Olivero), Wix, Ghost, ' +
        'Shopify (Dawn), Webflow, Hugo (PaperMod), MediaWiki, Discourse, HubSpot, a FrontPage table layout',
      '98.8 % / 98.9 %, 1 / 28 bylines, 6 / 245 furniture, 1 / 12 summaries with any',
      '99.0 % / 98.9 %, 1 / 28 bylines, 4 / 245 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT524_PAGES,
  ],
  [
    onRound124(
      525,
      'recording studios, rehearsal rooms and music shops: Squarespace, Elementor, Wix, Shopify (Dawn), Ghost, Astra, ' +
        'Discourse, MediaWiki, Webflow, Hugo (Ananke), an old table layout, a Next.js marketplace',
      '96.1 % / 98.3 %, 0 / 11 bylines, 15 / 228 furniture, 0 / 12 summaries with any',
      '96.3 % / 95.4 %, 0 / 11 bylines, 13 / 228 furniture, 0 / 12 summaries with any',
      'the round-145 menu columns tuned on its table-layout used gear page (training)',
    ),
    HELDOUT525_PAGES,
  ],
];
