import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT556_PAGES } from './pages-heldout556.js';
import { HELDOUT557_PAGES } from './pages-heldout557.js';
import { HELDOUT558_PAGES } from './pages-heldout558.js';
import { HELDOUT559_PAGES } from './pages-heldout559.js';
import { HELDOUT560_PAGES } from './pages-heldout560.js';
import { HELDOUT561_PAGES } from './pages-heldout561.js';

/** Batches 556 to 561 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_556_561: readonly MeasuredBatch[] = [
  {
    batch: 556,
    pages: HELDOUT556_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout556-squarespace-alarm-installer': ['“Tidy, quick and they explained every part of the system before they left.”'],
      'heldout556-webflow-commercial-cctv': ['Trusted by local businesses'],
    },
  },
  {
    batch: 557,
    pages: HELDOUT557_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout557-elementor-solar-survey': ['Request your survey'],
    },
  },
  {
    batch: 558,
    pages: HELDOUT558_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout558-shopify-violin-outfit': ['Aldercroft'],
      'heldout558-discourse-missed-lessons': ['views'],
    },
  },
  {
    batch: 559,
    pages: HELDOUT559_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout559-squarespace-instructor-profile': ['Pass Rates'],
    },
  },
  {
    batch: 560,
    pages: HELDOUT560_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout560-elementor-escape-room': [
        '2–6 players',
        'Difficulty 4/5',
        'Ages 12+ (under 16s with an adult)',
        'Book The Lighthouse Keeper’s Last Log',
        'Can’t see a time that suits? Call us on 01632 960 418 and we will do our best.',
      ],
      'heldout560-webflow-corporate': ['Trusted by teams at'],
      'heldout560-nextjs-parties': ['Rated 4.8 on Google from 1,240 reviews'],
    },
  },
  {
    batch: 561,
    pages: HELDOUT561_PAGES,
    precision: 0.97,
    recall: 0.965,
    leaks: {},
  },
];
