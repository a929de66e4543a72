import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT256_PAGES } from './pages-heldout256.js';
import { HELDOUT257_PAGES } from './pages-heldout257.js';
import { HELDOUT258_PAGES } from './pages-heldout258.js';
import { HELDOUT259_PAGES } from './pages-heldout259.js';
import { HELDOUT260_PAGES } from './pages-heldout260.js';
import { HELDOUT261_PAGES } from './pages-heldout261.js';

/** Batches 256 to 261 as measured at the first sight, session 29 (measured-leaks-later.ts). */
export const BATCHES_256_261: readonly MeasuredBatch[] = [
  {
    batch: 256,
    pages: HELDOUT256_PAGES,
    precision: 0.96,
    recall: 0.97,
    leaks: {
      'heldout256-javadoc-class': ['Class', 'Method'],
      'heldout256-redocly-operation': [
        'Payments',
        'Pellucid Payments API',
        'Download OpenAPI specification:',
        'Download',
        'Authorizations:',
        'bearerAuth',
        'path Parameters',
        'Request Body schema:',
        'required',
        'Responses',
        'Production server',
        'Request samples',
        'Content type',
      ],
    },
  },
  {
    batch: 257,
    pages: HELDOUT257_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout257-fandom-character-wiki': ['— Isolde, to the harbourmaster'],
      'heldout257-dokuwiki-makerspace-wiki': ['Northgate Makerspace Wiki', 'equipment:label_printer'],
      'heldout257-notion-site-wiki': ['Lise Harrowgate', 'Onboarding'],
      'heldout257-wikijs-docs': ['backup-rotation', 'retention'],
      'heldout257-xwiki-flamingo-wiki': ['Procurement rules'],
      'heldout257-tiddlywiki-tiddler-wiki': ['Rootstocks'],
      'heldout257-moinmoin-modernist-wiki': ['Maintenance'],
    },
  },
  {
    batch: 258,
    pages: HELDOUT258_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout258-smf-forum': ['Pages'],
    },
  },
  {
    batch: 259,
    pages: HELDOUT259_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout259-cnn-liveupdates-news': ['Live Updates'],
      'heldout259-dailymail-news': ['Scroll down for video', 'SWNS'],
      'heldout259-lemonde-en-news': ['Mediterranean mussel farms brace for a third marine heat wave'],
    },
  },
  {
    batch: 260,
    pages: HELDOUT260_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout260-wordpress-astra-blog': ['Lifting and storing dahlia tubers'],
    },
  },
  {
    batch: 261,
    pages: HELDOUT261_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout261-slate-advice-column-blog': ['Dear Prudence is Slant’s advice column. Submit questions here. (It’s anonymous!)'],
      'heldout261-natgeo-react-feature-news': ['This story was supported by the Nat Terra Society Field Grant.'],
      'heldout261-theconversation-academic-news': [
        'Republish this article',
        'We believe in the free flow of information. Republish our articles for free, online or in print, und',
      ],
      'heldout261-longreads-wpcom-essay-blog': ['Radio'],
    },
  },
];
