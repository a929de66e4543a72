import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT538_PAGES } from './pages-heldout538.js';
import { HELDOUT539_PAGES } from './pages-heldout539.js';
import { HELDOUT540_PAGES } from './pages-heldout540.js';
import { HELDOUT541_PAGES } from './pages-heldout541.js';
import { HELDOUT542_PAGES } from './pages-heldout542.js';
import { HELDOUT543_PAGES } from './pages-heldout543.js';

/** Batches 538 to 543 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_538_543: readonly MeasuredBatch[] = [
  {
    batch: 538,
    pages: HELDOUT538_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout538-shopify-suit-hire-prices': ['Hire', 'Prices', 'Returns'],
      'heldout538-wix-ring-repairs': ['Repairs'],
      'heldout538-webflow-bridal-fittings': ['Alterations'],
      'heldout538-elementor-kilt-hire': ['Hire'],
      'heldout538-ghost-veil-lengths': ['Hair'],
      'heldout538-nextjs-tuxedo-rental-how-it-works': ['See all FAQs'],
      'heldout538-table-layout-repair-prices': ['Repairs'],
    },
  },
  {
    batch: 539,
    pages: HELDOUT539_PAGES,
    precision: 0.97,
    recall: 0.965,
    leaks: {
      'heldout539-nextjs-remortgage-guide': [
        'Your deal ending soon?',
        'Compare 90+ lenders in ten minutes. No fee, no credit check to see rates.',
        'Compare remortgage deals',
      ],
      'heldout539-table-layout-broker-fees': ['Commercial'],
    },
  },
  {
    batch: 540,
    pages: HELDOUT540_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 541,
    pages: HELDOUT541_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout541-outdoor-groups-squarespace': ['Make an enquiry'],
      'heldout541-farm-paintball-prices-table': ['Quad Trekking'],
    },
  },
  {
    batch: 542,
    pages: HELDOUT542_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout542-divi-livery-prices': ['Most popular'],
      'heldout542-godaddy-farrier': ['Book a Visit', 'This website uses cookies.', 'Accept'],
    },
  },
  {
    batch: 543,
    pages: HELDOUT543_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout543-shopify-gelato-flavours': ['Home', 'Take some home', 'Half-litre and litre tubs of any flavour in the cabinet, packed to order.'],
      'heldout543-table-layout-sweet-shop-about': ['- Sue & Geoff'],
    },
  },
];
