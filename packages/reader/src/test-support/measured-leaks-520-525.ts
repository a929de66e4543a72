import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT520_PAGES } from './pages-heldout520.js';
import { HELDOUT521_PAGES } from './pages-heldout521.js';
import { HELDOUT522_PAGES } from './pages-heldout522.js';
import { HELDOUT523_PAGES } from './pages-heldout523.js';
import { HELDOUT524_PAGES } from './pages-heldout524.js';
import { HELDOUT525_PAGES } from './pages-heldout525.js';

/** Batches 520 to 525 as measured at the session 43, round 157 (measured-leaks-later.ts). */
export const BATCHES_520_525: readonly MeasuredBatch[] = [
  {
    batch: 520,
    pages: HELDOUT520_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout520-webflow-bike-how': ['We use cookies to keep the map working and to see which pages people use.'],
      'heldout520-hugo-docsy-zones': ['Note'],
    },
  },
  {
    batch: 521,
    pages: HELDOUT521_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout521-msl-debating-society': ['Join', 'Standard membership', '£6.00'],
      'heldout521-wp-astra-election-notice': ['Returning Officer', 'Signed: M. Okonkwo-Hale, Returning Officer'],
      'heldout521-squarespace-mun-delegate-guide': ['Tollmere Model United Nations'],
    },
  },
  {
    batch: 522,
    pages: HELDOUT522_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout522-elementor-emergency-locksmith': [
        'Emergency Locksmith',
        'Lock Changes',
        'DBS checked locksmiths',
        'No call-out fee surprises',
        'Member of the Guild of Vetted Locksmiths',
      ],
      'heldout522-shopify-lock-guide': ['Cylinders'],
      'heldout522-ghost-smart-locks': ['Smart locks'],
    },
  },
  {
    batch: 523,
    pages: HELDOUT523_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout523-woo-pirate-castle': ['Only logged in customers who have hired this product may leave a review.'],
      'heldout523-table-layout-price-list': ['Pebsworth Party Hire, The Old Forge, Mill Lane, Pebsworth'],
    },
  },
  {
    batch: 524,
    pages: HELDOUT524_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout524-squarespace-food-coop-agm': ['Marguerite Ellery, Secretary', 'Hollins Bank Food Co-op'],
      'heldout524-drupal-building-society-annual-report': ['Download the full annual report and accounts (PDF, 2.4 MB)'],
    },
  },
  {
    batch: 525,
    pages: HELDOUT525_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout525-shopify-dawn-repairs': ['Get in touch about a repair'],
    },
  },
];
