import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT676_PAGES } from './pages-heldout676.js';
import { HELDOUT677_PAGES } from './pages-heldout677.js';
import { HELDOUT678_PAGES } from './pages-heldout678.js';
import { HELDOUT679_PAGES } from './pages-heldout679.js';
import { HELDOUT680_PAGES } from './pages-heldout680.js';
import { HELDOUT681_PAGES } from './pages-heldout681.js';

/** Batches 676 to 681 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_676_681: readonly MeasuredBatch[] = [
  {
    batch: 676,
    pages: HELDOUT676_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout676-table-layout-display': ['Home', 'Club News', 'Home > Club News'],
    },
  },
  {
    batch: 677,
    pages: HELDOUT677_PAGES,
    precision: 0.97,
    recall: 0.965,
    leaks: {
      'heldout677-elementor-teacher-training-faq': ['Get the prospectus'],
    },
  },
  {
    batch: 678,
    pages: HELDOUT678_PAGES,
    precision: 0.97,
    recall: 0.96,
    leaks: {},
  },
  {
    batch: 679,
    pages: HELDOUT679_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout679-nextjs-lot': [
        "Buyer's premium of 25% plus VAT applies. See fees",
        'Shipping and collection',
        'Collection from our Hexham saleroom or delivery by a recommended carrier.',
        'Request a shipping quote',
      ],
      'heldout679-squarespace-consignment-guide': ['Valuations'],
      'heldout679-table-layout-clock-dealer': ['Click photo to enlarge', 'Stock No. 2291 Price: £3,950'],
    },
  },
  {
    batch: 680,
    pages: HELDOUT680_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout680-webflow-adult-lessons': ['8-week course', 'Payment plans available'],
      'heldout680-hugo-lane-etiquette': ['Thanks all, and see you in the water. Coach Ines'],
      'heldout680-table-layout-prices': ['Opening Times'],
    },
  },
  {
    batch: 681,
    pages: HELDOUT681_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
];
