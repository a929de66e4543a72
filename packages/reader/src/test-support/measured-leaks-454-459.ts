import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT454_PAGES } from './pages-heldout454.js';
import { HELDOUT455_PAGES } from './pages-heldout455.js';
import { HELDOUT456_PAGES } from './pages-heldout456.js';
import { HELDOUT457_PAGES } from './pages-heldout457.js';
import { HELDOUT458_PAGES } from './pages-heldout458.js';
import { HELDOUT459_PAGES } from './pages-heldout459.js';

/** Batches 454 to 459 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_454_459: readonly MeasuredBatch[] = [
  {
    batch: 454,
    pages: HELDOUT454_PAGES,
    precision: 0.935,
    recall: 0.805,
    leaks: {
      'heldout454-legistar-staff-report': ['File #:', '26-0871', '11/18/2026'],
      'heldout454-granicus-video': ['Powered by Granicus'],
      'heldout454-moderngov-decision': [
        'Decision details',
        'Is Key decision?: Yes',
        'Is subject to call in?: Yes',
        'Accompanying Documents:',
        'Car park charges 2027/28 report PDF 412 KB',
        'Appendix A - Tariffs PDF 88 KB',
        'Appendix B - Consultation responses PDF 1 MB',
      ],
      'heldout454-town-wordpress-minutes': ['Respectfully submitted, Dorothy Vance-Lindqvist, Recording Secretary'],
      'heldout454-simbli-school-board': ['Quick Summary / Abstract:', 'Recommended Action:', 'Motion & Voting'],
    },
  },
  {
    batch: 455,
    pages: HELDOUT455_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout455-qso-party-results-olivero': ['Kelvane QSO Party', 'Results', '2026'],
      'heldout455-dx-digest-table-layout': [
        'The Weekly DX Digest',
        'Information in this bulletin may be reproduced freely if the Weekly DX Digest is credited.',
      ],
      'heldout455-public-nights-wix': ['Visit'],
      'heldout455-sdr-thread-discourse': ['hf'],
    },
  },
  {
    batch: 456,
    pages: HELDOUT456_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout456-hugo-carrier-review': ['The finished carrier, painted in SCC 2 brown.'],
      'heldout456-bigcommerce-reed-stalkers': ['Ironhollow Miniatures'],
    },
  },
  {
    batch: 457,
    pages: HELDOUT457_PAGES,
    precision: 0.97,
    recall: 0.955,
    leaks: {},
  },
  {
    batch: 458,
    pages: HELDOUT458_PAGES,
    precision: 0.91,
    recall: 0.95,
    leaks: {
      'heldout458-webflow-typeface': [
        'Ferry sheds at dawn',
        'Buy Osprey Grotesk',
        'Osprey Grotesk Regular',
        'Osprey Grotesk Bold',
        'Osprey Grotesk Complete Family',
        'Osprey Grotesk Variable',
        'Prices are for one desktop licence for up to 5 users. Web, app and broadcast licences are chosen at ',
      ],
      'heldout458-nextjs-specimen': [
        'Specimen No. 7',
        'Type tester',
        'Quiet harbours keep their own time',
        'The printer waited for the rain to stop before damping the paper.',
        'Caption 8',
        'Text 12',
        'Display 48',
        'Character set (excerpt)',
        'Download the full specimen (PDF, 4.2 MB)',
      ],
      'heldout458-shopify-listing': ['Refunds'],
      'heldout458-angular-font-family': ['Styles', 'Allin p’unchay, the river climbs the terraces at dawn'],
      'heldout458-table-layout-release': ['— Harriet & Jim', 'News'],
    },
  },
  {
    batch: 459,
    pages: HELDOUT459_PAGES,
    precision: 0.97,
    recall: 0.965,
    leaks: {
      'heldout459-myminifactory-goblin': ['Included in the Fenreach Tribe tier'],
      'heldout459-newspaper-printer-review': ['Overall score'],
      'heldout459-discourse-first-layer': ['Solution'],
    },
  },
];
