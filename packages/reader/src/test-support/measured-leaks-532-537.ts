import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT532_PAGES } from './pages-heldout532.js';
import { HELDOUT533_PAGES } from './pages-heldout533.js';
import { HELDOUT534_PAGES } from './pages-heldout534.js';
import { HELDOUT535_PAGES } from './pages-heldout535.js';
import { HELDOUT536_PAGES } from './pages-heldout536.js';
import { HELDOUT537_PAGES } from './pages-heldout537.js';

/** Batches 532 to 537 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_532_537: readonly MeasuredBatch[] = [
  {
    batch: 532,
    pages: HELDOUT532_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout532-webflow-studio-case-study': ['Services', 'Client', 'Services', 'Research, product design, front-end build', 'Four people over 14 weeks'],
      'heldout532-nextjs-studio-case-study': [
        'Services',
        'Case study · Insurance',
        'Services',
        'Product strategy',
        'Service design',
        'Engineering',
        'Timeline',
        '5 months',
      ],
      'heldout532-table-layout-web-design-advice': ['Home', 'Advice', 'Web addresses'],
    },
  },
  {
    batch: 533,
    pages: HELDOUT533_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 534,
    pages: HELDOUT534_PAGES,
    precision: 0.97,
    recall: 0.945,
    leaks: {},
  },
  {
    batch: 535,
    pages: HELDOUT535_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout535-wix-therapist-policies': ['Policies'],
      'heldout535-webflow-retreat-faq': ['Stay'],
      'heldout535-nextjs-retreat-listing': ['Yoga', 'About'],
      'heldout535-table-layout-hot-springs': ['Bath House'],
    },
  },
  {
    batch: 536,
    pages: HELDOUT536_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout536-webflow-journal': ['Journal', '← All journal posts'],
    },
  },
  {
    batch: 537,
    pages: HELDOUT537_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout537-gridhop-location': [
        '6 of 8 bays available',
        'Charge faster with Gridhop+',
        'Save 17p on every kWh at rapid bays for £7.99 a month.',
        'Join Gridhop+',
      ],
      'heldout537-kerbside-webflow': ['Street where you park'],
    },
  },
];
