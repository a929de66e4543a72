import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT586_PAGES } from './pages-heldout586.js';
import { HELDOUT587_PAGES } from './pages-heldout587.js';
import { HELDOUT588_PAGES } from './pages-heldout588.js';
import { HELDOUT589_PAGES } from './pages-heldout589.js';
import { HELDOUT590_PAGES } from './pages-heldout590.js';
import { HELDOUT591_PAGES } from './pages-heldout591.js';

/** Batches 586 to 591 as measured at the session 43, round 157 (measured-leaks-later.ts). */
export const BATCHES_586_591: readonly MeasuredBatch[] = [
  {
    batch: 586,
    pages: HELDOUT586_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout586-squarespace-commissions': ['Start a commission'],
    },
  },
  {
    batch: 587,
    pages: HELDOUT587_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 588,
    pages: HELDOUT588_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout588-ghost-quay-newsletter': ['– Lowri and the team at the Larder'],
      'heldout588-table-layout-christmas-fish': ['Christmas Orders', 'Name: ______________________ Tel: ______________'],
    },
  },
  {
    batch: 589,
    pages: HELDOUT589_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 590,
    pages: HELDOUT590_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 591,
    pages: HELDOUT591_PAGES,
    precision: 0.97,
    recall: 0.955,
    leaks: {
      'heldout591-maple-row-placement-test': ['About'],
      'heldout591-harbourside-table-layout': ['Print this page'],
      'heldout591-little-owls-nextjs-saturday': ['Come and try a class', "Your child's first Saturday is free.", 'Book a trial class'],
    },
  },
];
