import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT622_PAGES } from './pages-heldout622.js';
import { HELDOUT623_PAGES } from './pages-heldout623.js';
import { HELDOUT624_PAGES } from './pages-heldout624.js';
import { HELDOUT625_PAGES } from './pages-heldout625.js';
import { HELDOUT626_PAGES } from './pages-heldout626.js';
import { HELDOUT627_PAGES } from './pages-heldout627.js';

/** Batches 622 to 627 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_622_627: readonly MeasuredBatch[] = [
  {
    batch: 622,
    pages: HELDOUT622_PAGES,
    precision: 0.97,
    recall: 0.95,
    leaks: {
      'heldout622-astra-salon-move-news': ['— Hattie and the Willow & Vane team', 'Willow & Vane', 'Team'],
    },
  },
  {
    batch: 623,
    pages: HELDOUT623_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout623-squarespace-distillery-tours': ['Visit', 'Book your visit', 'Choose a tour or class, then pick a date and time below.'],
      'heldout623-table-layout-farm-prices': ['Prices correct as of September 2025'],
    },
  },
  {
    batch: 624,
    pages: HELDOUT624_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout624-squarespace-sausage-course': ['ONE-DAY COURSE'],
      'heldout624-wordpress-kadence-bacon-cure': ['#Bacon', '#Pork belly'],
      'heldout624-elementor-whole-hog': ['Two-day butchery course'],
    },
  },
  {
    batch: 625,
    pages: HELDOUT625_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout625-nextjs-farm-news': ['Farm news'],
    },
  },
  {
    batch: 626,
    pages: HELDOUT626_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout626-table-layout-swapmeet': ['News'],
    },
  },
  {
    batch: 627,
    pages: HELDOUT627_PAGES,
    precision: 0.97,
    recall: 0.96,
    leaks: {
      'heldout627-magento-rollator-product': ['SKU', 'ARD-RL4-NVY'],
    },
  },
];
