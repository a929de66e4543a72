import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT514_PAGES } from './pages-heldout514.js';
import { HELDOUT515_PAGES } from './pages-heldout515.js';
import { HELDOUT516_PAGES } from './pages-heldout516.js';
import { HELDOUT517_PAGES } from './pages-heldout517.js';
import { HELDOUT518_PAGES } from './pages-heldout518.js';
import { HELDOUT519_PAGES } from './pages-heldout519.js';

/** Batches 514 to 519 as measured at the session 42, round 146 (measured-leaks-later.ts). */
export const BATCHES_514_519: readonly MeasuredBatch[] = [
  {
    batch: 514,
    pages: HELDOUT514_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 515,
    pages: HELDOUT515_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout515-wix-pest-booking-faq': ['Still have a question? Send us a message and we will reply within one working day.'],
      'heldout515-nextjs-pest-town-page': [
        'What customers in Marlow Heath say',
        '“Rat problem in the shed sorted in two visits. Friendly and clear about what they were doing.”',
      ],
      'heldout515-table-layout-window-prices': ['Prices correct as of January 2024'],
    },
  },
  {
    batch: 516,
    pages: HELDOUT516_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout516-squarespace-wedding-collections': ['“They made our tiny courthouse wedding look like a film. We still cannot believe how relaxed everyon'],
      'heldout516-elementor-video-faq': ['Still wondering about something?'],
      'heldout516-showit-portfolio-story': ['Follow along @fernaldousphoto'],
      'heldout516-shopify-dawn-album-article': ['Album Sample Kit', '£35.00 GBP'],
    },
  },
  {
    batch: 517,
    pages: HELDOUT517_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout517-elementor-mot-booking': ['Request a booking'],
      'heldout517-aem-seat-belt-recall': ['0800 046 2217, Monday to Friday 8am to 6pm'],
      'heldout517-table-layout-tyre-prices': ['Prices correct at time of going to press, subject to availability. E&OE.'],
    },
  },
  {
    batch: 518,
    pages: HELDOUT518_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 519,
    pages: HELDOUT519_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout519-wix-refurbishment-notice': ['Denise and the Marlowe team'],
    },
  },
];
