import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT604_PAGES } from './pages-heldout604.js';
import { HELDOUT605_PAGES } from './pages-heldout605.js';
import { HELDOUT606_PAGES } from './pages-heldout606.js';
import { HELDOUT607_PAGES } from './pages-heldout607.js';
import { HELDOUT608_PAGES } from './pages-heldout608.js';
import { HELDOUT609_PAGES } from './pages-heldout609.js';

/** Batches 604 to 609 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_604_609: readonly MeasuredBatch[] = [
  {
    batch: 604,
    pages: HELDOUT604_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout604-shopify-wine-club': ['Join Discovery', 'Join Reserve', 'Join Collector'],
    },
  },
  {
    batch: 605,
    pages: HELDOUT605_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout605-shopify-cheese-profile': ['Handmade blue, ten weeks old', 'Ingredients & allergens', 'Delivery & storage', 'Delivery'],
      'heldout605-drupal-olivero-cheese': ['Milk', 'Cow, pasteurised', 'Rennet', 'Vegetarian', 'Maker', 'Region', 'Western Dales', 'Crumbly', 'Cow'],
    },
  },
  {
    batch: 606,
    pages: HELDOUT606_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout606-wix-carriage-clock-repairs': [
        '“Our carriage clock came back ticking and striking like new, and the glass was replaced to match per',
        'Helen Ashdown, Fenwick Cross',
      ],
    },
  },
  {
    batch: 607,
    pages: HELDOUT607_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 608,
    pages: HELDOUT608_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout608-shopify-dawn-bundle': ['Fat quarters'],
      'heldout608-blogger-quilt-along': ['Happy stitching, Maggie x', 'Maggie'],
      'heldout608-woo-storefront-binding': ['Bias binding'],
      'heldout608-webflow-interfacing': ['Stretch', 'Heat', 'Starting points'],
      'heldout608-table-layout-shop-news': ['12th February 2026', '30th January 2026', '8th January 2026', 'Older news'],
    },
  },
  {
    batch: 609,
    pages: HELDOUT609_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout609-nextjs-font-guide': ['Still not sure?', 'Add a note to your order and our engravers will pick the best fit.', 'Ask an engraver'],
      'heldout609-table-layout-perpetual-shields': ['NEW! Photo engraving on black marble plaques - ask to see samples.'],
    },
  },
];
