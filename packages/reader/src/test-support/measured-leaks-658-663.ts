import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT658_PAGES } from './pages-heldout658.js';
import { HELDOUT659_PAGES } from './pages-heldout659.js';
import { HELDOUT660_PAGES } from './pages-heldout660.js';
import { HELDOUT661_PAGES } from './pages-heldout661.js';
import { HELDOUT662_PAGES } from './pages-heldout662.js';
import { HELDOUT663_PAGES } from './pages-heldout663.js';

/** Batches 658 to 663 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_658_663: readonly MeasuredBatch[] = [
  {
    batch: 658,
    pages: HELDOUT658_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout658-discourse-topup-before-conversion': ['users'],
    },
  },
  {
    batch: 659,
    pages: HELDOUT659_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout659-astra-intestacy-post': ['Need help with an estate where there is no will? Call our team on 01792 360 118 for a free first con'],
      'heldout659-webflow-how-it-works': ['About'],
    },
  },
  {
    batch: 660,
    pages: HELDOUT660_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout660-webflow-case-study': ['Work', '← All work'],
      'heldout660-hugo-docsy-house-style': ['Note'],
      'heldout660-table-layout-rates': ['Margaret Hollis Proofreading'],
    },
  },
  {
    batch: 661,
    pages: HELDOUT661_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout661-astra-ebike-review': ['In stock – free test ride'],
      'heldout661-ghost-casper-chain-care': ['Book a chain and sprocket check for £15, free with any service.'],
      'heldout661-nextjs-battery-swap-help': ['Tip: stations show the number of charged batteries on the map in the app, so check before you ride t'],
      'heldout661-table-layout-carb-rebuilds': ['Restorations'],
    },
  },
  {
    batch: 662,
    pages: HELDOUT662_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout662-wix-wedding-cars': ['“Our driver Marcus was wonderful and the car was spotless. Thank you for making our day!”'],
      'heldout662-webflow-chauffeur-fleet': ['Chauffeur cars', 'Book this car'],
    },
  },
  {
    batch: 663,
    pages: HELDOUT663_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout663-astra-fishery-rules': ['Approved by the committee, February 2026.'],
      'heldout663-squarespace-catch-report': ['Tight lines — Gwen and the team'],
      'heldout663-frontpage-match-results': ['Match Results'],
      'heldout663-webflow-fly-course': [
        'per person, including tackle, permit and lunch',
        'Duration',
        '9.30am – 4pm',
        'Group size',
        'Up to 6',
        'Location',
        'Glenwhin, Perthshire',
      ],
    },
  },
];
