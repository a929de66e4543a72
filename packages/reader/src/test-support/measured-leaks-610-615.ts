import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT610_PAGES } from './pages-heldout610.js';
import { HELDOUT611_PAGES } from './pages-heldout611.js';
import { HELDOUT612_PAGES } from './pages-heldout612.js';
import { HELDOUT613_PAGES } from './pages-heldout613.js';
import { HELDOUT614_PAGES } from './pages-heldout614.js';
import { HELDOUT615_PAGES } from './pages-heldout615.js';

/** Batches 610 to 615 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_610_615: readonly MeasuredBatch[] = [
  {
    batch: 610,
    pages: HELDOUT610_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout610-table-layout-price-list': ['Serenity Beauty Rooms, 14a Bridge Street, Wexley'],
      'heldout610-weebly-booking-policy': ['Booking Policy'],
    },
  },
  {
    batch: 611,
    pages: HELDOUT611_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout611-elementor-conveyancing-fees': ['No move, no legal fee', 'CQS accredited'],
    },
  },
  {
    batch: 612,
    pages: HELDOUT612_PAGES,
    precision: 0.97,
    recall: 0.965,
    leaks: {},
  },
  {
    batch: 613,
    pages: HELDOUT613_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 614,
    pages: HELDOUT614_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout614-squarespace-conservation': ['Framing', 'Conservation'],
      'heldout614-wix-coptic-weekend': ['coptic'],
      'heldout614-webflow-edition-binding': ['Edition binding'],
      'heldout614-hugo-ledger-rebinding': ['ledgers', 'spring-back', 'resewing'],
      'heldout614-table-layout-book-care': ['- Harriet Quillet', 'Home'],
    },
  },
  {
    batch: 615,
    pages: HELDOUT615_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
];
