import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT580_PAGES } from './pages-heldout580.js';
import { HELDOUT581_PAGES } from './pages-heldout581.js';
import { HELDOUT582_PAGES } from './pages-heldout582.js';
import { HELDOUT583_PAGES } from './pages-heldout583.js';
import { HELDOUT584_PAGES } from './pages-heldout584.js';
import { HELDOUT585_PAGES } from './pages-heldout585.js';

/** Batches 580 to 585 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_580_585: readonly MeasuredBatch[] = [
  {
    batch: 580,
    pages: HELDOUT580_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout580-elementor-band-packages': ['Check your date'],
      'heldout580-table-layout-disco-prices': ['Package', 'What you get', 'Price'],
    },
  },
  {
    batch: 581,
    pages: HELDOUT581_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout581-wix-airport-booking-guide': ['Ready when you are', 'Fixed prices, flight tracking and 45 minutes of free waiting on every airport pick-up.'],
      'heldout581-localgov-hackney-fares': ['Taxis and private hire'],
      'heldout581-nextjs-help-change-cancel': ['Was this article helpful?', '12 out of 15 found this helpful'],
    },
  },
  {
    batch: 582,
    pages: HELDOUT582_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout582-wp-travel-engine-itinerary': ['1', '2', '3', '4', '5', '6', '£'],
      'heldout582-squarespace-booking-conditions': ['Pickup Points'],
      'heldout582-ghost-packing-list': ['Home'],
      'heldout582-nextjs-day-tour': [
        '(312 reviews)',
        'Max 24 guests',
        'English',
        'Mobile ticket',
        'What travellers say',
        'Fantastic day, and the driver knew every story about the glen.',
        'Cruise was cold but worth it. Bring a hat!',
        'From',
      ],
    },
  },
  {
    batch: 583,
    pages: HELDOUT583_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 584,
    pages: HELDOUT584_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 585,
    pages: HELDOUT585_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout585-elementor-double-glazing': ['FENSA registered', '10-year insurance-backed guarantee'],
    },
  },
];
