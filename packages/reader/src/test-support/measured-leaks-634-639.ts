import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT634_PAGES } from './pages-heldout634.js';
import { HELDOUT635_PAGES } from './pages-heldout635.js';
import { HELDOUT636_PAGES } from './pages-heldout636.js';
import { HELDOUT637_PAGES } from './pages-heldout637.js';
import { HELDOUT638_PAGES } from './pages-heldout638.js';
import { HELDOUT639_PAGES } from './pages-heldout639.js';

/** Batches 634 to 639 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_634_639: readonly MeasuredBatch[] = [
  {
    batch: 634,
    pages: HELDOUT634_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 635,
    pages: HELDOUT635_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout635-squarespace-calligraphy-pricing': ['About', 'Enquire about your wedding'],
    },
  },
  {
    batch: 636,
    pages: HELDOUT636_PAGES,
    precision: 0.97,
    recall: 0.95,
    leaks: {
      'heldout636-hugo-docsy-wif-import': ['Note'],
      'heldout636-table-layout-fleece-washing': ['Fleece soaking in the sink (photo: B. Lowe)'],
    },
  },
  {
    batch: 637,
    pages: HELDOUT637_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout637-hugo-papermod-red-mite': ['Next »'],
    },
  },
  {
    batch: 638,
    pages: HELDOUT638_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout638-table-layout-cactus-shipping': ['Order Form', 'A winter box with its heat pack.'],
      'heldout638-hubspot-indoor-bonsai-guide': ['Indoor Bonsai'],
    },
  },
  {
    batch: 639,
    pages: HELDOUT639_PAGES,
    precision: 0.97,
    recall: 0.935,
    leaks: {
      'heldout639-funfair-season-wp': ['Events Search and Views Navigation'],
      'heldout639-festival-access-drupal': ['What each venue is like'],
      'heldout639-fete-funfair-tables': ['Revd. Peter Ashby & the Fete Committee', '<< Back'],
    },
  },
];
