import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT688_PAGES } from './pages-heldout688.js';
import { HELDOUT689_PAGES } from './pages-heldout689.js';
import { HELDOUT690_PAGES } from './pages-heldout690.js';
import { HELDOUT691_PAGES } from './pages-heldout691.js';
import { HELDOUT692_PAGES } from './pages-heldout692.js';
import { HELDOUT693_PAGES } from './pages-heldout693.js';

/** Batches 688 to 693 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_688_693: readonly MeasuredBatch[] = [
  {
    batch: 688,
    pages: HELDOUT688_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 689,
    pages: HELDOUT689_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout689-drupal-olivero-solar-fund': ['Documents'],
    },
  },
  {
    batch: 690,
    pages: HELDOUT690_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 691,
    pages: HELDOUT691_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout691-shopify-a1-course': [
        'Cancellation policy',
        'You can cancel free of charge up to 14 days before the course starts. After that we offer a place on',
      ],
      'heldout691-discourse-italian-listening': ['users'],
      'heldout691-nextjs-business-english': ['12 live sessions', 'Level B1+', '“I finally chair our weekly call without writing a script first.”'],
    },
  },
  {
    batch: 692,
    pages: HELDOUT692_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout692-inscription-ideas-nextjs': [
        'Get quotes from local memorial masons',
        'Compare up to three quotes for free, with no obligation.',
        'Get quotes',
      ],
    },
  },
  {
    batch: 693,
    pages: HELDOUT693_PAGES,
    precision: 0.97,
    recall: 0.96,
    leaks: {
      'heldout693-shopify-junior-academy': ['Cancellation policy'],
      'heldout693-joomla-local-rules': ['Approved by the Board of Management, February 2027', 'Details', 'Hits: 418'],
      'heldout693-frontpage-winter-league': ['» Results'],
    },
  },
];
