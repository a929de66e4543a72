import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT478_PAGES } from './pages-heldout478.js';
import { HELDOUT479_PAGES } from './pages-heldout479.js';
import { HELDOUT480_PAGES } from './pages-heldout480.js';
import { HELDOUT481_PAGES } from './pages-heldout481.js';
import { HELDOUT482_PAGES } from './pages-heldout482.js';
import { HELDOUT483_PAGES } from './pages-heldout483.js';

/** Batches 478 to 483 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_478_483: readonly MeasuredBatch[] = [
  {
    batch: 478,
    pages: HELDOUT478_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout478-squarespace-parish-newsletter': ['Grace and peace,', 'Mother Helen'],
      'heldout478-table-layout-pastor-letter': [
        'February 14, 2027',
        'In Christ,',
        'Pastor Ray Holmgren',
        "Pastor's Corner",
        'Read past letters from Pastor Ray',
      ],
    },
  },
  {
    batch: 479,
    pages: HELDOUT479_PAGES,
    precision: 0.97,
    recall: 0.965,
    leaks: {
      'heldout479-elementor-venue': ['Arrange a visit'],
      'heldout479-showit-packages': ['the investment', '"Marigold and her team thought of everything, including the things we didn\'t know to think of."'],
    },
  },
  {
    batch: 480,
    pages: HELDOUT480_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout480-table-tt-results': ['Home', 'Home > Results > Open 25 2027', 'Full results (PDF, 48kb)'],
      'heldout480-ghost-gravel-guide': ['Test rides are free on any gravel bike in stock. Book one in store or by phone.'],
      'heldout480-drupal-cx-report': ['Results', 'Full results for all races'],
    },
  },
  {
    batch: 481,
    pages: HELDOUT481_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout481-astra-hoa-pool-notice': ['Maple Hollow HOA Board of Directors', 'Maple Hollow HOA'],
      'heldout481-squarespace-residents-newsletter': ['Fernhill RA Committee', 'The Fernhill RA Committee', 'News'],
      'heldout481-nextjs-portal-water-shutoff': ['Sent to: Building 2 residents', 'Seen by 41 of 48 households'],
      'heldout481-table-layout-poa-meeting': ['By order of the Board of Directors,', 'Wendell Pruitt, Secretary'],
      'heldout481-elementor-hoa-arc-guidelines': ['Documents', 'Related documents'],
    },
  },
  {
    batch: 482,
    pages: HELDOUT482_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 483,
    pages: HELDOUT483_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
];
