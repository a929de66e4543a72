import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT694_PAGES } from './pages-heldout694.js';
import { HELDOUT695_PAGES } from './pages-heldout695.js';
import { HELDOUT696_PAGES } from './pages-heldout696.js';
import { HELDOUT697_PAGES } from './pages-heldout697.js';
import { HELDOUT698_PAGES } from './pages-heldout698.js';
import { HELDOUT699_PAGES } from './pages-heldout699.js';

/** Batches 694 to 699 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_694_699: readonly MeasuredBatch[] = [
  {
    batch: 694,
    pages: HELDOUT694_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout694-elementor-pitch-booking': ['Any questions before you book?'],
    },
  },
  {
    batch: 695,
    pages: HELDOUT695_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout695-shopify-boot-fitting': ['Boot Fitting', 'Book a boot fitting appointment'],
      'heldout695-nextjs-snowboard-size-guide': [
        'Free UK delivery over £75 · 60-day returns',
        'Still not sure?',
        'Chat to a rider in our shop team.',
        'Start a chat',
        'Shop boards',
        'Returns',
      ],
    },
  },
  {
    batch: 696,
    pages: HELDOUT696_PAGES,
    precision: 0.97,
    recall: 0.94,
    leaks: {
      'heldout696-wix-fees': ['Berthing'],
      'heldout696-elementor-camp': ['Youth'],
      'heldout696-olivero-sailing-instructions': ['Issued by the Sailing Committee, 14 March 2026', 'Sailing'],
      'heldout696-table-layout-shorebased': ['Training'],
    },
  },
  {
    batch: 697,
    pages: HELDOUT697_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout697-bigcommerce-shipping-returns': ['Brackenfold Nursery'],
    },
  },
  {
    batch: 698,
    pages: HELDOUT698_PAGES,
    precision: 0.97,
    recall: 0.955,
    leaks: {},
  },
  {
    batch: 699,
    pages: HELDOUT699_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout699-drupal-swarm': ['Become a swarm collector', 'Experienced members can join our swarm list. Training runs every April.'],
    },
  },
];
