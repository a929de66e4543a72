import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT562_PAGES } from './pages-heldout562.js';
import { HELDOUT563_PAGES } from './pages-heldout563.js';
import { HELDOUT564_PAGES } from './pages-heldout564.js';
import { HELDOUT565_PAGES } from './pages-heldout565.js';
import { HELDOUT566_PAGES } from './pages-heldout566.js';
import { HELDOUT567_PAGES } from './pages-heldout567.js';

/** Batches 562 to 567 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_562_567: readonly MeasuredBatch[] = [
  {
    batch: 562,
    pages: HELDOUT562_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 563,
    pages: HELDOUT563_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout563-nextjs-youth-league': ['Share'],
    },
  },
  {
    batch: 564,
    pages: HELDOUT564_PAGES,
    precision: 0.97,
    recall: 0.925,
    leaks: {
      'heldout564-nextjs-film-times': ['New release'],
      'heldout564-hugo-programme-notes': ['Notes'],
      'heldout564-table-layout-programme': ['Join', '>> Join the Society <<'],
    },
  },
  {
    batch: 565,
    pages: HELDOUT565_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 566,
    pages: HELDOUT566_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout566-elementor-swarm-collection': ['Report a swarm online'],
      'heldout566-mediawiki-varroa-drop': ['Daily natural mite drop that calls for treatment'],
      'heldout566-table-layout-honey-show': ['Download the entry form (PDF, 42kb)'],
    },
  },
  {
    batch: 567,
    pages: HELDOUT567_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout567-shopify-fruit-tree-list': ['Fruit trees', '© 2026,'],
      'heldout567-hugo-geranium-catalogue': ['Shade'],
    },
  },
];
