import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT526_PAGES } from './pages-heldout526.js';
import { HELDOUT527_PAGES } from './pages-heldout527.js';
import { HELDOUT528_PAGES } from './pages-heldout528.js';
import { HELDOUT529_PAGES } from './pages-heldout529.js';
import { HELDOUT530_PAGES } from './pages-heldout530.js';
import { HELDOUT531_PAGES } from './pages-heldout531.js';

/** Batches 526 to 531 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_526_531: readonly MeasuredBatch[] = [
  {
    batch: 526,
    pages: HELDOUT526_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout526-council-market-localgov': ['Stall fees 2025'],
    },
  },
  {
    batch: 527,
    pages: HELDOUT527_PAGES,
    precision: 0.97,
    recall: 0.945,
    leaks: {
      'heldout527-wix-tea-room-booking': ['THE LINDEN TEA ROOM', 'Contact', 'Contact Details', 'The Linden Tea Room, 12 Orchard Walk, Fenmoor'],
      'heldout527-table-layout-tea-room': ['Fresh from the oven'],
    },
  },
  {
    batch: 528,
    pages: HELDOUT528_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout528-wix-depot': ['Depot manager: Rhys Penhallow'],
      'heldout528-squarespace-hire-terms': ['Hire'],
      'heldout528-drupal-tower-handover': ['Guidance', 'Training'],
      'heldout528-nextjs-plate-compactor': ['Product code: 03/0221', 'Collect from a store', 'Available today at Fennick Road'],
      'heldout528-table-layout-price-list': ['GARDEN'],
    },
  },
  {
    batch: 529,
    pages: HELDOUT529_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout529-nextjs-toddler-time': ['Book a Toddler Time slot', 'Get the Launchpad app', 'Book faster and keep your waivers in one place.'],
    },
  },
  {
    batch: 530,
    pages: HELDOUT530_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout530-elementor-repair-prices': ['Repairs', 'Prices', 'Warranty'],
      'heldout530-hubspot-it-plans': ['Plans'],
      'heldout530-shopify-iphone-prices': ['Repair Prices'],
      'heldout530-nextjs-laptop-rollout': ['Case study · Device rollout'],
    },
  },
  {
    batch: 531,
    pages: HELDOUT531_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout531-discourse-pottery-courses': ['throwing'],
    },
  },
];
