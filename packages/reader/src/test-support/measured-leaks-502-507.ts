import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT502_PAGES } from './pages-heldout502.js';
import { HELDOUT503_PAGES } from './pages-heldout503.js';
import { HELDOUT504_PAGES } from './pages-heldout504.js';
import { HELDOUT505_PAGES } from './pages-heldout505.js';
import { HELDOUT506_PAGES } from './pages-heldout506.js';
import { HELDOUT507_PAGES } from './pages-heldout507.js';

/** Batches 502 to 507 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_502_507: readonly MeasuredBatch[] = [
  {
    batch: 502,
    pages: HELDOUT502_PAGES,
    precision: 0.97,
    recall: 0.96,
    leaks: {
      'heldout502-nextjs-tulip-care': ['Care guides'],
      'heldout502-discourse-buttercream-marquee': ['swiss-meringue'],
    },
  },
  {
    batch: 503,
    pages: HELDOUT503_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout503-elementor-escape-room': ['Try our other rooms'],
      'heldout503-webflow-safety-rules': ['Need to sign a waiver?'],
    },
  },
  {
    batch: 504,
    pages: HELDOUT504_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 505,
    pages: HELDOUT505_PAGES,
    precision: 0.97,
    recall: 0.955,
    leaks: {
      'heldout505-wix-home-loans': ['Talk with a local lender', 'Renata Solvik', 'Mortgage Loan Officer · NMLS #2044187'],
    },
  },
  {
    batch: 506,
    pages: HELDOUT506_PAGES,
    precision: 0.97,
    recall: 0.965,
    leaks: {
      'heldout506-astra-exhibition': ['About'],
      'heldout506-squarespace-statement': ['— Wren Calloway, Lowther Bridge, 2027', 'Wren Calloway'],
      'heldout506-nextjs-print-fair': ['Press'],
      'heldout506-table-layout-archive': ['Archive', 'Archive > 2002'],
    },
  },
  {
    batch: 507,
    pages: HELDOUT507_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout507-table-layout-minutes': ['Minutes taken by Janet Harker, Hon. Secretary', 'Back to Minutes index'],
      'heldout507-squarespace-booking-conditions': ['Approved by the Trustees, March 2026.'],
      'heldout507-elementor-venue-hire': ['Check your date'],
      'heldout507-hugo-annual-report': ['Download the full report and accounts (PDF, 1.2 MB)', 'annual report'],
    },
  },
];
