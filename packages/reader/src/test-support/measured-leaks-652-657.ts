import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT652_PAGES } from './pages-heldout652.js';
import { HELDOUT653_PAGES } from './pages-heldout653.js';
import { HELDOUT654_PAGES } from './pages-heldout654.js';
import { HELDOUT655_PAGES } from './pages-heldout655.js';
import { HELDOUT656_PAGES } from './pages-heldout656.js';
import { HELDOUT657_PAGES } from './pages-heldout657.js';

/** Batches 652 to 657 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_652_657: readonly MeasuredBatch[] = [
  {
    batch: 652,
    pages: HELDOUT652_PAGES,
    precision: 0.97,
    recall: 0.945,
    leaks: {},
  },
  {
    batch: 653,
    pages: HELDOUT653_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout653-drupal-olivero-intake-news': ['Bearded dragons'],
    },
  },
  {
    batch: 654,
    pages: HELDOUT654_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout654-divi-hay-appeal': [
        '£',
        'Prefer to give by phone or post?',
        'Call us on 01824 550 193 or send a cheque payable to Hollowmere Donkey Sanctuary, Nant Lane, Llangwy',
      ],
      'heldout654-shopify-donkey-adoption': ['Adopt', 'Visit'],
      'heldout654-drupal-olivero-swan-news': ['Read our full advice on swans', 'Swans', 'Bird flu'],
      'heldout654-ghost-casper-owl-release': ['Home'],
      'heldout654-table-layout-visiting': ['The yard on a summer Sunday', 'How to find us: click here for a map'],
      'heldout654-nextjs-seabird-appeal': ['Seabird unit', 'Emergency appeal'],
    },
  },
  {
    batch: 655,
    pages: HELDOUT655_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 656,
    pages: HELDOUT656_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 657,
    pages: HELDOUT657_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout657-elementor-sofa-cleaning': ['Get a Free Quote'],
    },
  },
];
