import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT568_PAGES } from './pages-heldout568.js';
import { HELDOUT569_PAGES } from './pages-heldout569.js';
import { HELDOUT570_PAGES } from './pages-heldout570.js';
import { HELDOUT571_PAGES } from './pages-heldout571.js';
import { HELDOUT572_PAGES } from './pages-heldout572.js';
import { HELDOUT573_PAGES } from './pages-heldout573.js';

/** Batches 568 to 573 as measured at the session 42, round 146 (measured-leaks-later.ts). */
export const BATCHES_568_573: readonly MeasuredBatch[] = [
  {
    batch: 568,
    pages: HELDOUT568_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout568-nextjs-marketplace-artist-profile': ['4.9 (87 reviews)', 'Reviews'],
    },
  },
  {
    batch: 569,
    pages: HELDOUT569_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout569-discourse-chiro-or-physio': ['users'],
      'heldout569-table-layout-fees': ['Print this page'],
    },
  },
  {
    batch: 570,
    pages: HELDOUT570_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout570-nextjs-blood-pressure': ['Heart health', 'Check your blood pressure today', 'No appointment needed at most stores.', 'Find a store'],
    },
  },
  {
    batch: 571,
    pages: HELDOUT571_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout571-table-nursing-register': ['Download the registration form (PDF, 210KB)'],
      'heldout571-nextjs-career-break': ['Returning to work', 'Share:'],
    },
  },
  {
    batch: 572,
    pages: HELDOUT572_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout572-houzez-listing': ['Overview', 'Property ID: HF-4812', 'Floor Plans', 'Ground and first floor'],
      'heldout572-nextjs-rental-listing': ['2 bedrooms', '1 bathroom', '684 sq ft', 'Location', 'Map data is indicative only'],
    },
  },
  {
    batch: 573,
    pages: HELDOUT573_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout573-drupal-notice-to-mariners': ['Captain R. Okonjo-Hale, Harbour Master'],
      'heldout573-table-layout-buoy-notice': ['D. M. Kinnear', 'Harbour Master', 'Dated: 15 March 2027', 'Back to Notices'],
    },
  },
];
