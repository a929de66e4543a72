import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT544_PAGES } from './pages-heldout544.js';
import { HELDOUT545_PAGES } from './pages-heldout545.js';
import { HELDOUT546_PAGES } from './pages-heldout546.js';
import { HELDOUT547_PAGES } from './pages-heldout547.js';
import { HELDOUT548_PAGES } from './pages-heldout548.js';
import { HELDOUT549_PAGES } from './pages-heldout549.js';

/** Batches 544 to 549 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_544_549: readonly MeasuredBatch[] = [
  {
    batch: 544,
    pages: HELDOUT544_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 545,
    pages: HELDOUT545_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 546,
    pages: HELDOUT546_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout546-uswds-drupal-notary-fees': ['Maximum fee for each notarial act'],
      'heldout546-shopify-serve-rates': ['Order a Serve', 'Order a serve now →'],
      'heldout546-hugo-ananke-certification-guide': ['Marlow Street Language & Notary'],
    },
  },
  {
    batch: 547,
    pages: HELDOUT547_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout547-hubspot-team-days': [
        '"Best away day we have had. Half the finance team fell in during the raft race and they are still ta',
        '— Operations Manager, Colne Valley Insurance',
      ],
    },
  },
  {
    batch: 548,
    pages: HELDOUT548_PAGES,
    precision: 0.97,
    recall: 0.96,
    leaks: {},
  },
  {
    batch: 549,
    pages: HELDOUT549_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout549-shopify-workshop': ['Refunds', 'Full refund up to seven days before the first session.'],
      'heldout549-hugo-ananke-trial': ['Download the full premium list (PDF)'],
    },
  },
];
