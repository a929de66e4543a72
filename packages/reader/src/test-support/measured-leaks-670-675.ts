import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT670_PAGES } from './pages-heldout670.js';
import { HELDOUT671_PAGES } from './pages-heldout671.js';
import { HELDOUT672_PAGES } from './pages-heldout672.js';
import { HELDOUT673_PAGES } from './pages-heldout673.js';
import { HELDOUT674_PAGES } from './pages-heldout674.js';
import { HELDOUT675_PAGES } from './pages-heldout675.js';

/** Batches 670 to 675 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_670_675: readonly MeasuredBatch[] = [
  {
    batch: 670,
    pages: HELDOUT670_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 671,
    pages: HELDOUT671_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout671-wordpress-recipe': ['Servings'],
      'heldout671-table-layout-price-list': ['Member of the Soil Association (licence no. G4471)'],
    },
  },
  {
    batch: 672,
    pages: HELDOUT672_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 673,
    pages: HELDOUT673_PAGES,
    precision: 0.97,
    recall: 0.95,
    leaks: {
      'heldout673-elementor-kite-course': ['Free cancellation up to 48 hours before'],
      'heldout673-drupal-olivero-zones': ['Beach zones, 1 May to 30 September'],
      'heldout673-table-layout-courses': ['Courses & Prices'],
    },
  },
  {
    batch: 674,
    pages: HELDOUT674_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout674-shopify-maker-profile': ['Kitchen'],
      'heldout674-drupal-championship-results': ['Championships', 'Results'],
      'heldout674-table-layout-barlow': ['Old Pocket Knives', 'Home', 'Restorations'],
    },
  },
  {
    batch: 675,
    pages: HELDOUT675_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
];
