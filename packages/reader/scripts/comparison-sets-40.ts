/**
 * The page sets of the extractor comparison written in session 40 (batches 502 to 507, wave 62: florists, bakeries and cake
 * makers, escape rooms and bowling alleys, pet groomers and kennels, credit unions and community banks, art galleries and
 * studios, community centres and village halls; batches 508 to 513, wave 63: martial arts dojos and boxing gyms, architects and
 * designers, caterers and food trucks, energy and water utilities, taxi and coach firms, tutoring and music lessons), each
 * labelled with its first measurement: taken once, on the rules of round 116 (wave 62) or of round 118 (wave 63), with the
 * learned model refitted in session 25 and its doubtful lines, before any rule looked at its pages; then what was tuned on it.
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

const onRound116 = blindFirstSight(40, 116);
const onRound118 = blindFirstSight(40, 118);

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
      'not tuned on (held out)',
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
      'the round-122 Jimdo image captions tuned on its hall history (training)',
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
];
