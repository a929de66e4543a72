import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT616_PAGES } from './pages-heldout616.js';
import { HELDOUT617_PAGES } from './pages-heldout617.js';
import { HELDOUT618_PAGES } from './pages-heldout618.js';
import { HELDOUT619_PAGES } from './pages-heldout619.js';
import { HELDOUT620_PAGES } from './pages-heldout620.js';
import { HELDOUT621_PAGES } from './pages-heldout621.js';

/** Batches 616 to 621 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_616_621: readonly MeasuredBatch[] = [
  {
    batch: 616,
    pages: HELDOUT616_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 617,
    pages: HELDOUT617_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout617-olivero-fleece-show': ['Fleece'],
      'heldout617-table-layout-stud-news': ['Snowdrop at two days old'],
      'heldout617-nextjs-llama-tea': ['Helmsby, North Moors'],
    },
  },
  {
    batch: 618,
    pages: HELDOUT618_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout618-bridge-pairs-table-layout': ['Results posted by Gerald Fairlie, scorer.', 'Results'],
    },
  },
  {
    batch: 619,
    pages: HELDOUT619_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout619-table-layout-ridge-repairs': ['Jim and Dave Corrow'],
    },
  },
  {
    batch: 620,
    pages: HELDOUT620_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout620-woocommerce-hawk-walk': ['Description'],
      'heldout620-shopify-owl-voucher': ['Delivery', 'Booking and cancellations'],
      'heldout620-webflow-owl-parties': ['Enquire about this party'],
    },
  },
  {
    batch: 621,
    pages: HELDOUT621_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout621-webflow-sharpening-notes': ['Sharpening'],
      'heldout621-table-layout-tool-hire': ['» Tool Hire'],
      'heldout621-drupal-olivero-workshops': ['Ridgeway Hardware Co-operative'],
      'heldout621-hugo-wall-fixings': ['Fixing to walls', 'Warning'],
    },
  },
];
