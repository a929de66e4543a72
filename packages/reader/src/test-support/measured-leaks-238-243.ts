import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT238_PAGES } from './pages-heldout238.js';
import { HELDOUT239_PAGES } from './pages-heldout239.js';
import { HELDOUT240_PAGES } from './pages-heldout240.js';
import { HELDOUT241_PAGES } from './pages-heldout241.js';
import { HELDOUT242_PAGES } from './pages-heldout242.js';
import { HELDOUT243_PAGES } from './pages-heldout243.js';

/** Batches 238 to 243 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_238_243: readonly MeasuredBatch[] = [
  {
    batch: 238,
    pages: HELDOUT238_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout238-retailer-react-beauty-insider': [
        'Beauty Insider',
        'Shop the edit',
        'Advisor-picked serums for every step',
        'Not a Beauty Insider yet?',
        'Earn points on every purchase and get a free birthday gift.',
        'Join for free',
      ],
      'heldout238-nextjs-skincare-ingredient-glossary': [
        'What it does',
        'Found in:',
        'Even Keel Serum',
        'Slow Night Oil',
        'Barrier Balm, Milk Cleanser',
        'Even Keel Serum, Daily Veil SPF 40',
        'Barrier Balm, Slow Night Oil',
        'Slow Night Oil, Milk Cleanser',
      ],
      'heldout238-department-store-size-guide': ['Women', "Women's", 'Show measurements in'],
      'heldout238-wordpress-vip-larva-runway-review': ['Fall 2026 Ready-to-Wear', 'Oduya Fall 2026'],
    },
  },
  {
    batch: 239,
    pages: HELDOUT239_PAGES,
    precision: 0.965,
    recall: 0.96,
    leaks: {
      'heldout239-uswds-agency-ics-advisory': ['Topics', 'Share:', 'Please share your thoughts'],
      'heldout239-nvd-style-cve-record': [
        'CVI enrichment efforts reference publicly available information to associate vector strings.',
        'CNA: FCRA',
        'By selecting these links, you will be leaving CVI webspace.',
        'QUICK INFO',
        'CVE Dictionary Entry:',
        'CVI Published Date:',
        'CVI Last Modified:',
      ],
      'heldout239-github-security-advisory': ['Package', 'Affected versions'],
      'heldout239-zendesk-password-manager-help': ['Sign in'],
      'heldout239-drupal-university-phishing-alert': ['Phishing'],
      'heldout239-sessionize-nextjs-talk-abstract': ['Henrike Lund', 'More sessions in this track'],
    },
  },
  {
    batch: 240,
    pages: HELDOUT240_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout240-squarespace-breeders-association': ['The Breed'],
      'heldout240-nextjs-commodity-market-report': ['Source: CME Group settlements; Graincourt cash bid survey of 412 elevators.'],
      'heldout240-wix-county-fair-results': [
        'Results',
        'Sponsors',
        'Thank you to our Gold Sponsors',
        'Hollis County Farm Bureau',
        'Riverside Feed & Grain',
        'Cedar Run Veterinary Clinic',
      ],
    },
  },
  {
    batch: 241,
    pages: HELDOUT241_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout241-civicplus-boil-water-notice': ['News Flash'],
      'heldout241-govuk-regulator-decision': ['Decision'],
      'heldout241-industrydive-energy-news': ['Dive Brief:'],
      'heldout241-squarespace-coop-news': ['Invest'],
      'heldout241-newspaper-theme-oilgas-trade': ['Share'],
      'heldout241-grid-operator-system-notice': ['Conservation Appeal'],
      'heldout241-discourse-home-energy-thread': ['Solution'],
    },
  },
  {
    batch: 242,
    pages: HELDOUT242_PAGES,
    precision: 0.965,
    recall: 0.945,
    leaks: {
      'heldout242-historic-england-list-entry': [
        'Date first listed: 19-Sep-2025',
        'Date of most recent amendment: Not applicable to this List entry.',
        'This list entry was subject to a Minor Amendment on 19-Sep-2025.',
        'Official List Entry',
        'Official list entry',
      ],
      'heldout242-elementor-landscape-case-study': ['Case study'],
    },
  },
  {
    batch: 243,
    pages: HELDOUT243_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout243-squarespace-hotel-room': ['Rooms', 'Rooms / Fourth floor', 'Rates from £245 a night, breakfast included', 'Other rooms', 'View room →'],
      'heldout243-theknot-venue-listing': [
        'Marisol T.',
        'From our first tour to the last song, the team at Hollowmere were calm, kind and completely on top o',
        'Devon K.',
        'Beautiful setting and the in-house food was outstanding. Book the cottages early, they went fast for',
      ],
      'heldout243-nextjs-conference-programme': ['Hostcraft Summit', 'Programme'],
      'heldout243-wix-catering-menu-guide': ['Our wood-fired oven on tour'],
      'heldout243-simpleview-whats-on-event': ['Map data © OpenStreetMap contributors'],
      'heldout243-shopify-dawn-craft-how-to': ['Paper'],
    },
  },
];
