import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT664_PAGES } from './pages-heldout664.js';
import { HELDOUT665_PAGES } from './pages-heldout665.js';
import { HELDOUT666_PAGES } from './pages-heldout666.js';
import { HELDOUT667_PAGES } from './pages-heldout667.js';
import { HELDOUT668_PAGES } from './pages-heldout668.js';
import { HELDOUT669_PAGES } from './pages-heldout669.js';

/** Batches 664 to 669 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_664_669: readonly MeasuredBatch[] = [
  {
    batch: 664,
    pages: HELDOUT664_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 665,
    pages: HELDOUT665_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout665-shopify-dawn-wallpaper': ['Order a sample (£3.50)'],
      'heldout665-nextjs-colour-of-year': [
        'Press',
        'Press release',
        'Try Quarry Rose at home',
        'Peel-and-stick samples arrive in two working days.',
        'Order a sample',
      ],
      'heldout665-table-layout-ceiling-tips': ['Home', 'Tips and Advice'],
    },
  },
  {
    batch: 666,
    pages: HELDOUT666_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout666-table-open-gardens': ['Open Gardens', 'Lottery', "Have you joined the Friends' Lottery? Click here!"],
    },
  },
  {
    batch: 667,
    pages: HELDOUT667_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout667-localgov-directory-childminder': ['Location', 'Map showing Westbrook, TB4'],
    },
  },
  {
    batch: 668,
    pages: HELDOUT668_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout668-nextjs-outcomes-news': ['Download the 2026 report (PDF, 2.1 MB)'],
    },
  },
  {
    batch: 669,
    pages: HELDOUT669_PAGES,
    precision: 0.97,
    recall: 0.96,
    leaks: {
      'heldout669-woocommerce-fleece-sale': ['Description'],
    },
  },
];
