import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT640_PAGES } from './pages-heldout640.js';
import { HELDOUT641_PAGES } from './pages-heldout641.js';
import { HELDOUT642_PAGES } from './pages-heldout642.js';
import { HELDOUT643_PAGES } from './pages-heldout643.js';
import { HELDOUT644_PAGES } from './pages-heldout644.js';
import { HELDOUT645_PAGES } from './pages-heldout645.js';

/** Batches 640 to 645 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_640_645: readonly MeasuredBatch[] = [
  {
    batch: 640,
    pages: HELDOUT640_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout640-squarespace-fly-in': ['#fly-in'],
      'heldout640-wix-kite-festival': ['Crane Bay Kite Fliers', 'Recent Posts', 'See All'],
      'heldout640-table-indoor-flying': ['Newsletter', 'Newsletter > October 2027'],
    },
  },
  {
    batch: 641,
    pages: HELDOUT641_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout641-astra-finds-reporting': ['Compiled by Dave Pennick, Finds Officer. Last reviewed 3 March 2026.'],
      'heldout641-wix-code-of-conduct': ['TAMBERLEY and DISTRICT DETECTORISTS'],
    },
  },
  {
    batch: 642,
    pages: HELDOUT642_PAGES,
    precision: 0.97,
    recall: 0.955,
    leaks: {
      'heldout642-squarespace-private-groups': ['Request a private tour'],
      'heldout642-elementor-private-group-tours': ['Send us an enquiry'],
    },
  },
  {
    batch: 643,
    pages: HELDOUT643_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 644,
    pages: HELDOUT644_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout644-elementor-lighthouse-visit': ['Café', 'The Lamp Room café serves soup, scones and coffee from 10.30am. Card only.'],
      'heldout644-squarespace-mill-appeal': ['£76,410 raised of £186,000'],
      'heldout644-ghost-milling-diary': ['Our stoneground wholemeal is on sale in the mill shop every open day, and by post from the Buy flour'],
    },
  },
  {
    batch: 645,
    pages: HELDOUT645_PAGES,
    precision: 0.97,
    recall: 0.94,
    leaks: {},
  },
];
