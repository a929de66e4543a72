import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT484_PAGES } from './pages-heldout484.js';
import { HELDOUT485_PAGES } from './pages-heldout485.js';
import { HELDOUT486_PAGES } from './pages-heldout486.js';
import { HELDOUT487_PAGES } from './pages-heldout487.js';
import { HELDOUT488_PAGES } from './pages-heldout488.js';
import { HELDOUT489_PAGES } from './pages-heldout489.js';

/** Batches 484 to 489 as measured at the session 41, round 138 (measured-leaks-later.ts). */
export const BATCHES_484_489: readonly MeasuredBatch[] = [
  {
    batch: 484,
    pages: HELDOUT484_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout484-drupal-vth-heatstroke': ['Reviewed by Dr. Hana Moravec, Emergency and Critical Care Service'],
    },
  },
  {
    batch: 485,
    pages: HELDOUT485_PAGES,
    precision: 0.97,
    recall: 0.96,
    leaks: {
      'heldout485-eventbrite-come-and-sing': ['Mobile eTicket'],
      'heldout485-table-layout-notice': ['R. Thwaite, Band Secretary', 'Home', 'Members Area', 'Home > Members Area > Notices'],
    },
  },
  {
    batch: 486,
    pages: HELDOUT486_PAGES,
    precision: 0.97,
    recall: 0.945,
    leaks: {
      'heldout486-snow-report-elementor': ['See you on the hill, Marta (Snow Reporter)', 'Mountain Info'],
      'heldout486-avalanche-bulletin-table': [
        'Issued: Friday, February 6, 2026, 4:00 PM',
        'Valid until: Saturday, February 7, 2026, 4:00 PM',
        'Forecaster: R. Okonkwo-Hale',
        'This bulletin describes general conditions and does not apply to ski areas or highways. Always make ',
      ],
    },
  },
  {
    batch: 487,
    pages: HELDOUT487_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout487-localgov-waiting-list': ['Average waiting time by site, 2025 to 2026'],
      'heldout487-google-sites-agm-minutes': ['Minutes taken by Ottilie Brandreth, Hon. Secretary.'],
    },
  },
  {
    batch: 488,
    pages: HELDOUT488_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout488-drupal-olivero-engineering-works': ['Check before you travel', 'Our journey planner includes all planned works and replacement buses.'],
      'heldout488-table-layout-timetable': ['Printable version (PDF 84kb)'],
    },
  },
  {
    batch: 489,
    pages: HELDOUT489_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout489-drupal-medicine': ['Report a side effect', 'You can report any suspected side effect to the Yellow Card safety scheme.'],
      'heldout489-shopify-medicine-product': ['Maximum 2 packs per order.'],
    },
  },
];
