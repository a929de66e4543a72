import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT442_PAGES } from './pages-heldout442.js';
import { HELDOUT443_PAGES } from './pages-heldout443.js';
import { HELDOUT444_PAGES } from './pages-heldout444.js';
import { HELDOUT445_PAGES } from './pages-heldout445.js';
import { HELDOUT446_PAGES } from './pages-heldout446.js';
import { HELDOUT447_PAGES } from './pages-heldout447.js';

/** Batches 442 to 447 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_442_447: readonly MeasuredBatch[] = [
  {
    batch: 442,
    pages: HELDOUT442_PAGES,
    precision: 0.965,
    recall: 0.755,
    leaks: {
      'heldout442-google-forms-form': [
        'Section 1 of 3',
        'Section 2 of 3',
        'Section 3 of 3',
        'Submit',
        'Never submit passwords through Google Forms.',
        'Google Forms',
      ],
      'heldout442-microsoft-forms-form': [
        'Hi, Marisol. When you submit this form, the owner will see your name and email address.',
        'Required',
        'This content is created by the owner of the form. The data you submit will be sent to the form owner',
        'Microsoft is not responsible for the privacy or security practices of its customers, including those',
      ],
      'heldout442-tally-form': ['Made with Tally'],
      'heldout442-tagdiv-newspaper-poll-results': ['Poll respondent, Harwick'],
      'heldout442-limesurvey-survey': [
        'This survey is anonymous. The record of your survey responses does not contain any identifying infor',
        'Choose one of the following answers',
      ],
      'heldout442-redcap-consent-form': ['Returning?', 'Loading...', 'Reset'],
    },
  },
  {
    batch: 443,
    pages: HELDOUT443_PAGES,
    precision: 0.965,
    recall: 0.895,
    leaks: {
      'heldout443-trello-public-card-wiki': [
        'Cal Pardoe',
        'Labels',
        'Trees',
        'Volunteer day',
        'Description',
        'Ribston Pippin (gate)',
        'Bramley row, trees 2–6',
        'Egremont Russet pair',
        'Blenheim Orange',
      ],
      'heldout443-coda-published-doc-docs': ['Welcome', 'Hosts and fixers, read before each session'],
      'heldout443-baserow-shared-grid-docs': ['7 rows', 'Made with'],
      'heldout443-linear-style-roadmap-docs': ['Roadmap', 'About'],
      'heldout443-glide-app-detail-wiki': [
        'Vale Walks Group',
        'Led walk every second Sunday',
        'Nearby walks',
        'Pollard Farm and the Mill Pond',
        'Beech Hangers Short Walk',
        'Drove Road to Ashby',
        'Walks',
        'Map',
        'Made with Glide',
      ],
    },
  },
  {
    batch: 444,
    pages: HELDOUT444_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout444-aem-insurer-plan-docs': [
        'Individual & Family',
        '2027 Individual & Family',
        'Benefits shown are for in-network providers unless stated otherwise. See the Summary of Benefits and',
        'Harbor Health Mutual is an independent licensee of the Lakeshore Health Plans Association.',
      ],
      'heldout444-zendesk-marketplace-help-docs': ['Recently viewed articles'],
      'heldout444-prnewswire-insurer-release-news': ['CEDAR FALLS, Ore., Nov. 4, 2026 /PRNewswire/ --'],
      'heldout444-webflow-insurtech-landing-docs': ['Trusted by growing teams at'],
    },
  },
  {
    batch: 445,
    pages: HELDOUT445_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout445-webflow-calculator-docs': ['Size of your home', 'Your estimate'],
      'heldout445-nextjs-self-storage-docs': ['Was £19.00 a week', 'Prices shown include VAT. Offer ends 30 April 2026.', 'Opening hours'],
      'heldout445-react-property-portal-news': ['Average monthly rents, January 2026. Source: Homeseek listings data'],
      'heldout445-hubspot-corporate-relocation-docs': ['Services'],
      'heldout445-govuk-frontend-change-address-docs': ['Tax'],
      'heldout445-squarespace-packing-blog': ['Kitchen'],
    },
  },
  {
    batch: 446,
    pages: HELDOUT446_PAGES,
    precision: 0.97,
    recall: 0.945,
    leaks: {
      'heldout446-gatsby-factbook-country-profile': ['country comparison ranking: 58'],
      'heldout446-ons-design-system-area-profile': ['Source: Office for National Statistics – Census 2021'],
      'heldout446-worldometer-population-data': [
        'Current population of Estravia (live)',
        'Source: Worldometer elaboration of data by United Nations, Department of Economic and Social Affairs',
      ],
      'heldout446-citypopulation-cities-table': [
        'Major Cities',
        'Legend:',
        'Source:',
        'Estravian Statistical Office (web).',
        'Explanation: Population figures refer to municipalities in their 2021 boundaries.',
      ],
      'heldout446-elementor-relocation-living-in': ['Visas'],
      'heldout446-nextjs-travel-encyclopedia': ['Highest point: Mount Oskar, 2,412 m', 'Length: about 260 km', 'Nearest airport: Drevnik', 'About'],
      'heldout446-wet-gcweb-regional-facts': ['Source: Northlake Bureau of Statistics, population estimates.', 'Bureau of Statistics'],
    },
  },
  {
    batch: 447,
    pages: HELDOUT447_PAGES,
    precision: 0.965,
    recall: 0.815,
    leaks: {
      'heldout447-sports-reference-player-docs': [
        'Leaderboards, Awards, and Honors',
        'Three-Point Field Goal Pct: 2024-25 (9th, .402)',
        'Most Improved Player: 2023-24 (3rd)',
      ],
      'heldout447-transfermarkt-market-value-docs': ['Market values are estimates by the Marktwerk community and editors, not transfer fees.'],
      'heldout447-gp-results-archive-standings-docs': ['2025'],
      'heldout447-blox-baseball-box-score-news': ['Box Score'],
      'heldout447-gridwire-fantasy-player-news-news': ['Marcus Tilley', 'ANALYSIS'],
      'heldout447-hltv-player-stats-docs': ['FragLTV.org', 'Stats'],
      'heldout447-future-plc-stage-report-news': ['Watch: highlights of stage 4', 'Orbea Orca M20 £2,199 at Cycle Hub'],
    },
  },
];
