import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT490_PAGES } from './pages-heldout490.js';
import { HELDOUT491_PAGES } from './pages-heldout491.js';
import { HELDOUT492_PAGES } from './pages-heldout492.js';
import { HELDOUT493_PAGES } from './pages-heldout493.js';
import { HELDOUT494_PAGES } from './pages-heldout494.js';
import { HELDOUT495_PAGES } from './pages-heldout495.js';

/** Batches 490 to 495 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_490_495: readonly MeasuredBatch[] = [
  {
    batch: 490,
    pages: HELDOUT490_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout490-nextjs-waiting-times': ['Get directions'],
    },
  },
  {
    batch: 491,
    pages: HELDOUT491_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout491-mailchimp-parents-notice': ['Yours in Guiding,', 'Marion Pell', 'Unit Leader, 1st Kelbrook Guides'],
      'heldout491-table-layout-camp-report': ['Camp Reports'],
    },
  },
  {
    batch: 492,
    pages: HELDOUT492_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout492-notice-to-mariners-table-layout': ['Capt. R. J. Tresize', 'Harbour Master', 'Dated: 2 March 2026'],
    },
  },
  {
    batch: 493,
    pages: HELDOUT493_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout493-table-layout-farm-shop': ['Nettlecombe Farm Shop, Nettlecombe, Wexcombe WX7 3PL - Tel 01632 960772'],
    },
  },
  {
    batch: 494,
    pages: HELDOUT494_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout494-mailchimp-newsletter': ['Janet Okafor', 'Club Secretary', 'Best wishes,'],
      'heldout494-shopify-dawn-fitting': ['Book a fitting session'],
    },
  },
  {
    batch: 495,
    pages: HELDOUT495_PAGES,
    precision: 0.97,
    recall: 0.855,
    leaks: {
      'heldout495-nextjs-cinema-film': ['Showtimes'],
      'heldout495-table-layout-society': ['Next Production'],
    },
  },
];
