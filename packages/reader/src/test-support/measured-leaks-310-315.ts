import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT310_PAGES } from './pages-heldout310.js';
import { HELDOUT311_PAGES } from './pages-heldout311.js';
import { HELDOUT312_PAGES } from './pages-heldout312.js';
import { HELDOUT313_PAGES } from './pages-heldout313.js';
import { HELDOUT314_PAGES } from './pages-heldout314.js';
import { HELDOUT315_PAGES } from './pages-heldout315.js';

/** Batches 310 to 315 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_310_315: readonly MeasuredBatch[] = [
  {
    batch: 310,
    pages: HELDOUT310_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout310-project-gutenberg-book-wiki': ['HESTER VANE', 'A TALE OF THE WEALD', 'CRANE & MOTTRAM', 'THE END.'],
      'heldout310-publisher-book-excerpt-news': ['A Novel', 'Hardcover', 'Ebook', 'Audiobook'],
      'heldout310-substack-serial-instalment-blog': ['This is part six of The Hollow Year, a serial novel sent out every other Thursday. Start from the be'],
      'heldout310-standard-ebooks-chapter-wiki': ['Harriet Lowther', 'Coldharbour'],
    },
  },
  {
    batch: 311,
    pages: HELDOUT311_PAGES,
    precision: 0.97,
    recall: 0.955,
    leaks: {
      'heldout311-indico-call-for-abstracts': [
        'Submit an abstract',
        'The Call for Abstracts is open',
        'You can submit an abstract for reviewing.',
        'Submission deadline:',
      ],
      'heldout311-meetup-event': ['Details'],
      'heldout311-wix-society-annual-meeting': ['Dunmere University · 10–12 September 2026', 'Questions about the meeting?', 'Write to meeting@nshc.example'],
    },
  },
  {
    batch: 312,
    pages: HELDOUT312_PAGES,
    precision: 0.955,
    recall: 0.97,
    leaks: {
      'heldout312-ons-design-system-bulletin-docs': [
        '12 March 2026',
        'Household energy',
        'Statistical bulletin',
        '15 May 2026',
        'Energy Statistics team',
        '7. Cite this statistical bulletin',
        'Download this chart',
        'Household energy use',
        'Dataset | Released 12 March 2026',
        'Quarterly estimates of electricity, gas and heating oil use per household, by region.',
        'Northmere Statistics Agency (NSA), released 12 March 2026, statistical bulletin, Household energy us',
      ],
      'heldout312-nextjs-city-dashboard-docs': ['Housing supply', 'Median months from approval to completion, by project size'],
      'heldout312-drupal-election-results-news': ['Unofficial results', 'Precincts reporting: 22 of 22 (100%)', 'Precincts reporting: 31 of 31 (100%)'],
      'heldout312-elementor-city-budget-docs': ['Budget documents'],
      'heldout312-tableau-public-viz-story-blog': ['Description', 'Data Source', 'Lysander Strait Ferry Authority open data portal, 2016–2025'],
    },
  },
  {
    batch: 313,
    pages: HELDOUT313_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout313-nextjs-flight-status-docs': ['Delayed'],
      'heldout313-govuk-accident-report-docs': ['Commercial - fixed wing', 'Field investigation', '9 September 2025'],
      'heldout313-aem-airport-guide-docs': ['Security', 'Live', 'Current waiting time: 8 minutes', 'Terminal 2, updated every five minutes'],
      'heldout313-flightline-airline-reviews-blog': ['(Vessmark)', '(Kestrel Bay)', '(Greyness)'],
    },
  },
  {
    batch: 314,
    pages: HELDOUT314_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout314-divi-tattoo-aftercare': [
        'Keep it clean',
        'Gentle washing, twice a day',
        'Keep it light',
        'A thin layer of balm, no more',
        'Keep it covered',
        'Out of the sun for four weeks',
      ],
    },
  },
  {
    batch: 315,
    pages: HELDOUT315_PAGES,
    precision: 0.945,
    recall: 0.935,
    leaks: {
      'heldout315-merriam-webster-wiki': [
        'Recent Examples on the Web',
        'The new library’s façade is a careful brindlework of reclaimed brick and pale stone. — Lorna Tey, Ha',
        'Its plot is brindlework, stitched from three earlier drafts, and it shows. — Cass Odum, Fenwick Revi',
        'Etymology',
        'First Known Use',
        'circa 1742, in the meaning defined at sense 1',
        'Time Traveler',
        'The first known use of brindlework was circa 1742',
        'See more words from the same year',
      ],
      'heldout315-thesaurus-com-wiki': ['[ brisk ]', 'Synonyms'],
      'heldout315-wikihow-blog': ['About This Article', 'Thanks to all authors for creating a page that has been read 48,210 times.'],
      'heldout315-ifixit-docs': ['Step 1', 'Step 2', 'Step 3', 'Step 4'],
      'heldout315-howstuffworks-news': ['About'],
      'heldout315-quora-forum': ['Former deckhand, Sundholm Line (2009–2020)', 'Master mariner, harbour pilot', 'Lives in Kallum'],
      'heldout315-urban-dictionary-wiki': [
        'We and our partners store and/or access information on a device, such as cookies, and process person',
        'Top definition',
      ],
      'heldout315-reddit-eli5-forum': ['Please read this entire message Your submission has been approved. Please remember that ELI5 is for '],
    },
  },
];
