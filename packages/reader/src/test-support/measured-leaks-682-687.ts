import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT682_PAGES } from './pages-heldout682.js';
import { HELDOUT683_PAGES } from './pages-heldout683.js';
import { HELDOUT684_PAGES } from './pages-heldout684.js';
import { HELDOUT685_PAGES } from './pages-heldout685.js';
import { HELDOUT686_PAGES } from './pages-heldout686.js';
import { HELDOUT687_PAGES } from './pages-heldout687.js';

/** Batches 682 to 687 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_682_687: readonly MeasuredBatch[] = [
  {
    batch: 682,
    pages: HELDOUT682_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 683,
    pages: HELDOUT683_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 684,
    pages: HELDOUT684_PAGES,
    precision: 0.97,
    recall: 0.92,
    leaks: {
      'heldout684-elementor-quote-guide': ['Chat with us'],
      'heldout684-shopify-box-count': ['Everything for moving day'],
    },
  },
  {
    batch: 685,
    pages: HELDOUT685_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout685-wix-areas': ['Our rounds at a glance'],
      'heldout685-localgov-pest-control': ['Home', 'Charges for domestic pest treatments, 2026 to 2027'],
      'heldout685-nextjs-location': ['4.9 from 212 Google reviews'],
    },
  },
  {
    batch: 686,
    pages: HELDOUT686_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout686-wp-astra-stollen-recipe': ['Servings'],
    },
  },
  {
    batch: 687,
    pages: HELDOUT687_PAGES,
    precision: 0.97,
    recall: 0.925,
    leaks: {
      'heldout687-nextjs-rental-portal': [
        'Nearest stations',
        'Cressley Central 0.3 miles',
        'Cressley Parkway 1.1 miles',
        'Hobb Lane 1.4 miles',
        'Distances are straight line measurements from the centre of the postcode.',
        'Broadband',
        'Ultrafast 1000Mb Check broadband',
      ],
    },
  },
];
