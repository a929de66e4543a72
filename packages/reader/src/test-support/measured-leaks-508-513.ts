import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT508_PAGES } from './pages-heldout508.js';
import { HELDOUT509_PAGES } from './pages-heldout509.js';
import { HELDOUT510_PAGES } from './pages-heldout510.js';
import { HELDOUT511_PAGES } from './pages-heldout511.js';
import { HELDOUT512_PAGES } from './pages-heldout512.js';
import { HELDOUT513_PAGES } from './pages-heldout513.js';

/** Batches 508 to 513 as measured at the session 43, round 157 (measured-leaks-later.ts). */
export const BATCHES_508_513: readonly MeasuredBatch[] = [
  {
    batch: 508,
    pages: HELDOUT508_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 509,
    pages: HELDOUT509_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout509-webflow-architect-process': ['Work'],
      'heldout509-hubspot-planning-advice': ['Planning', 'Extensions'],
      'heldout509-shopify-garden-pond': ['Our small garden plan set includes a pond layout at 1:20 with a full planting list. Shop the plan se'],
      'heldout509-elementor-garden-fees': ['Fees'],
      'heldout509-nextjs-courtyard-case-study': ['Case study'],
      'heldout509-table-layout-conservation': ['Conservation', 'Above: repairs to a timber-framed house in Corve Street.'],
    },
  },
  {
    batch: 510,
    pages: HELDOUT510_PAGES,
    precision: 0.97,
    recall: 0.965,
    leaks: {
      'heldout510-ghost-truck-pricing-blog': ['About'],
      'heldout510-drupal-olivero-civic-plaza-trucks': ['Trucks at Civic Plaza, June 2027'],
    },
  },
  {
    batch: 511,
    pages: HELDOUT511_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout511-table-layout-water-off': ['Notices'],
      'heldout511-discourse-smart-meter-thread': ['views'],
    },
  },
  {
    batch: 512,
    pages: HELDOUT512_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout512-nextjs-airport-transfer': ['Rated 4.8 out of 5 from 3,214 reviews'],
      'heldout512-wix-lost-property': ['Sunvale Taxis'],
    },
  },
  {
    batch: 513,
    pages: HELDOUT513_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout513-tutorloop-profile': ['Subjects'],
      'heldout513-squarespace-prices': ['Harrow Lane Music Studio', 'Lessons', 'Prices'],
      'heldout513-wix-term-dates': ['Little Acorns Learning Centre', 'Term Dates'],
      'heldout513-hubspot-saturday-faq': ['Classes'],
      'heldout513-olivero-audition-guide': ['Ensembles'],
      'heldout513-table-layout-summer-school': ['Summer School', 'Download the booking form (PDF, 84kb)'],
    },
  },
];
