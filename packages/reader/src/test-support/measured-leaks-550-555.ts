import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT550_PAGES } from './pages-heldout550.js';
import { HELDOUT551_PAGES } from './pages-heldout551.js';
import { HELDOUT552_PAGES } from './pages-heldout552.js';
import { HELDOUT553_PAGES } from './pages-heldout553.js';
import { HELDOUT554_PAGES } from './pages-heldout554.js';
import { HELDOUT555_PAGES } from './pages-heldout555.js';

/** Batches 550 to 555 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_550_555: readonly MeasuredBatch[] = [
  {
    batch: 550,
    pages: HELDOUT550_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout550-nextjs-showroom': ['Open now · closes 17:30', 'Bank holiday hours may differ.', 'Get directions'],
    },
  },
  {
    batch: 551,
    pages: HELDOUT551_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout551-drupal-track-fitting': ['Downloads'],
    },
  },
  {
    batch: 552,
    pages: HELDOUT552_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout552-frontpage-darts-weekly-results': [
        'Premier Division, Wednesday 19th November',
        'Home',
        'Results to Dave on 01632 960772 by 10am Thursday please.',
      ],
    },
  },
  {
    batch: 553,
    pages: HELDOUT553_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 554,
    pages: HELDOUT554_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout554-nextjs-phone-prices': [
        'Prices last checked December 1, 2026',
        'Get paid 24 hours after your phone arrives. Free prepaid shipping label.',
        'Your phone',
      ],
    },
  },
  {
    batch: 555,
    pages: HELDOUT555_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
];
