import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT646_PAGES } from './pages-heldout646.js';
import { HELDOUT647_PAGES } from './pages-heldout647.js';
import { HELDOUT648_PAGES } from './pages-heldout648.js';
import { HELDOUT649_PAGES } from './pages-heldout649.js';
import { HELDOUT650_PAGES } from './pages-heldout650.js';
import { HELDOUT651_PAGES } from './pages-heldout651.js';

/** Batches 646 to 651 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_646_651: readonly MeasuredBatch[] = [
  {
    batch: 646,
    pages: HELDOUT646_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout646-mediawiki-hire-base': ['Lower Wenlow (paddling guide)'],
    },
  },
  {
    batch: 647,
    pages: HELDOUT647_PAGES,
    precision: 0.97,
    recall: 0.96,
    leaks: {},
  },
  {
    batch: 648,
    pages: HELDOUT648_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout648-tap-fees-table-layout': ['Site by Wellgate Web Design'],
    },
  },
  {
    batch: 649,
    pages: HELDOUT649_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout649-taekwondo-kids-webflow': ['Try a class for free', 'Fill in the form and we will call you to arrange a first class.'],
      'heldout649-kickboxing-timetable-nextjs': [
        'Not sure where to start?',
        'Book a free trial and a coach will meet you at the door.',
        'Book your free class',
      ],
    },
  },
  {
    batch: 650,
    pages: HELDOUT650_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout650-discourse-snare-buzz': ['Solution'],
      'heldout650-table-layout-violin-repairs': ['Crosse Violins, 7 Church Lane, Tolleshurst', 'Tel. 01632 960 418'],
    },
  },
  {
    batch: 651,
    pages: HELDOUT651_PAGES,
    precision: 0.97,
    recall: 0.955,
    leaks: {
      'heldout651-morris-forum-discourse': ['users'],
      'heldout651-orchestra-season-nextjs': ['Season announcement'],
    },
  },
];
