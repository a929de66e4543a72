import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT598_PAGES } from './pages-heldout598.js';
import { HELDOUT599_PAGES } from './pages-heldout599.js';
import { HELDOUT600_PAGES } from './pages-heldout600.js';
import { HELDOUT601_PAGES } from './pages-heldout601.js';
import { HELDOUT602_PAGES } from './pages-heldout602.js';
import { HELDOUT603_PAGES } from './pages-heldout603.js';

/** Batches 598 to 603 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_598_603: readonly MeasuredBatch[] = [
  {
    batch: 598,
    pages: HELDOUT598_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout598-elementor-drain-prices': ['Fully insured'],
      'heldout598-shopify-frozen-pipes': ['Stock up before the frost: browse our pipe insulation range.'],
    },
  },
  {
    batch: 599,
    pages: HELDOUT599_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout599-shopify-epdm-garage': ['Shop EPDM garage roof kits'],
      'heldout599-hugo-docsy-scaffold-inspection': ['Warning'],
    },
  },
  {
    batch: 600,
    pages: HELDOUT600_PAGES,
    precision: 0.97,
    recall: 0.96,
    leaks: {
      'heldout600-shopify-fence-posts': ['Shop all posts and rails'],
      'heldout600-elementor-install-process': ['How we work'],
    },
  },
  {
    batch: 601,
    pages: HELDOUT601_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 602,
    pages: HELDOUT602_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout602-table-layout-delivery-area': ['Pellham Spa & Pool Supply | 118 Route 9 | Ashford Mills', 'Visitors:'],
      'heldout602-bigcommerce-barrel-sauna-kit': ['NV-BS4-TW', 'Calculated at Checkout'],
    },
  },
  {
    batch: 603,
    pages: HELDOUT603_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout603-webflow-pickleball-clinics': ['210 Fenwick Street, Port Arden'],
    },
  },
];
