import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT592_PAGES } from './pages-heldout592.js';
import { HELDOUT593_PAGES } from './pages-heldout593.js';
import { HELDOUT594_PAGES } from './pages-heldout594.js';
import { HELDOUT595_PAGES } from './pages-heldout595.js';
import { HELDOUT596_PAGES } from './pages-heldout596.js';
import { HELDOUT597_PAGES } from './pages-heldout597.js';

/** Batches 592 to 597 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_592_597: readonly MeasuredBatch[] = [
  {
    batch: 592,
    pages: HELDOUT592_PAGES,
    precision: 0.97,
    recall: 0.935,
    leaks: {
      'heldout592-elementor-exhibition-works-prices': ['Current exhibition'],
      'heldout592-wix-artist-cv': ['SAOIRSE LINDQVIST'],
      'heldout592-drupal-olivero-open-call': ['Winter Show'],
      'heldout592-hugo-papermod-studio-note': ['varnish'],
      'heldout592-table-layout-exhibition-prices': ['Current Exhibition'],
      'heldout592-weebly-ceramic-studio-visit': ['Visit'],
    },
  },
  {
    batch: 593,
    pages: HELDOUT593_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout593-table-theatre-catalogue': ['Hire fee: £85 per week (production hire)', 'Status: Available from 6 April', 'Other items in this range:'],
    },
  },
  {
    batch: 594,
    pages: HELDOUT594_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 595,
    pages: HELDOUT595_PAGES,
    precision: 0.97,
    recall: 0.965,
    leaks: {},
  },
  {
    batch: 596,
    pages: HELDOUT596_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 597,
    pages: HELDOUT597_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout597-wp-practice-night': ['Book a first lesson'],
      'heldout597-table-peal-record': ['Peals are published here once they have been checked by the Peal Recorder. Please report errors to t'],
      'heldout597-mediawiki-ring-of-ten': ['The ring of ten', 'Rings of ten bells'],
    },
  },
];
