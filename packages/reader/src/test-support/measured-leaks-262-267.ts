import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT262_PAGES } from './pages-heldout262.js';
import { HELDOUT263_PAGES } from './pages-heldout263.js';
import { HELDOUT264_PAGES } from './pages-heldout264.js';
import { HELDOUT265_PAGES } from './pages-heldout265.js';
import { HELDOUT266_PAGES } from './pages-heldout266.js';
import { HELDOUT267_PAGES } from './pages-heldout267.js';

/** Batches 262 to 267 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_262_267: readonly MeasuredBatch[] = [
  {
    batch: 262,
    pages: HELDOUT262_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout262-straits-times-data-page': ['Transport', 'Source: Land Transport Authority'],
      'heldout262-ndtv-short-news': [
        'Pune Metro Adds Late-Night Services',
        'Trains to run until 1 am on Fridays and Saturdays',
        'Services every 15 minutes after 11 pm',
        'Extra security at six stations',
        '(Except for the headline, this story has not been edited by NDTV staff and is published from a syndi',
      ],
      'heldout262-the-hindu-article': ['Tamil Nadu', 'Also Read', 'Tamil Nadu revises industrial power tariff'],
      'heldout262-nz-herald-live-updates': ['Travel'],
    },
  },
  {
    batch: 263,
    pages: HELDOUT263_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout263-huffpost-listing-news': ['Can you help us keep HuffPost free? Our journalism is free for everyone, and we rely on readers like'],
      'heldout263-texas-tribune-data-news': ['Source: Texas Health and Human Services Commission licensing data, 2016-2026. Analysis by Corina Sal'],
    },
  },
  {
    batch: 264,
    pages: HELDOUT264_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout264-aws-docs-devguide': ['Topics'],
      'heldout264-microsoft-learn-docs-howto': ['Article'],
      'heldout264-stripe-docs-guide': [
        'Need help? Contact Support.',
        'Join our early access program.',
        'Check out our changelog.',
        'Questions? Contact Sales.',
      ],
      'heldout264-kubernetes-docsy-concept': ['Feedback'],
      'heldout264-salesforce-help-article': ['Run a Merge Report'],
    },
  },
  {
    batch: 265,
    pages: HELDOUT265_PAGES,
    precision: 0.97,
    recall: 0.93,
    leaks: {
      'heldout265-tomshardware-xenforo-thread': ['Solution'],
      'heldout265-apple-communities-thread': ['Reply', 'Best reply'],
      'heldout265-microsoft-community-thread': ['Original title: Explorer slow on network share'],
    },
  },
  {
    batch: 266,
    pages: HELDOUT266_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout266-typepad-blog': ['From the Desk'],
    },
  },
  {
    batch: 267,
    pages: HELDOUT267_PAGES,
    precision: 0.95,
    recall: 0.97,
    leaks: {
      'heldout267-wiktionary-wiki': [
        'Translations',
        'flickering light on water',
        'Dutch: glimmering',
        'French: lueur vacillante',
        'German: Flackerlicht',
        'Swedish: flämtljus',
      ],
      'heldout267-britannica-wiki': ['textile arts', 'textile'],
      'heldout267-encyclopedia-com-wiki': [
        'Encyclopedia of Lessmark Biography',
        'Hask, Marit. The Mills of the Osk. Varnholt: Pondhead Press, 2004.',
        'Varga, Liesel. Chain and Compass: Women Surveyors of Lessmark. Orlen: University of Orlen Press, 199',
      ],
      'heldout267-scholarpedia-wiki': ['Reviewed by: Anonymous'],
      'heldout267-nlab-wiki': ['nLab', 'Concepts', 'directed homotopy theory', 'lax 2-functor', 'factorisation system'],
      'heldout267-fandom-wookieepedia-style-wiki': ['Canon', 'Legends'],
      'heldout267-pcgamingwiki-wiki': ['Official website'],
      'heldout267-openstreetmap-wiki-key-wiki': [
        'Harvesting method of a reed bed',
        'Group:',
        'Properties',
        'Used on these elements',
        'may be used on areas',
        'should not be used on nodes',
        'Useful combination',
        'Status:',
      ],
    },
  },
];
