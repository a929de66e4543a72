import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT406_PAGES } from './pages-heldout406.js';
import { HELDOUT407_PAGES } from './pages-heldout407.js';
import { HELDOUT408_PAGES } from './pages-heldout408.js';
import { HELDOUT409_PAGES } from './pages-heldout409.js';
import { HELDOUT410_PAGES } from './pages-heldout410.js';
import { HELDOUT411_PAGES } from './pages-heldout411.js';

/** Batches 406 to 411 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_406_411: readonly MeasuredBatch[] = [
  {
    batch: 406,
    pages: HELDOUT406_PAGES,
    precision: 0.97,
    recall: 0.95,
    leaks: {
      'heldout406-devpost-hackathon-docs': ['Judges', 'Hardware'],
      'heldout406-kaggle-competition-docs': ['Code'],
      'heldout406-advent-of-code-puzzle-docs': ['Advent of Code'],
      'heldout406-hackerrank-problem-docs': ['Sample Input 0'],
      'heldout406-topcoder-challenge-docs': ['topcoder', 'ELIGIBLE EVENTS:', '2026 Topcoder Open'],
      'heldout406-notion-schedule-docs': ['Saltmarsh Hacks 2026', 'Weekend Schedule'],
      'heldout406-mlh-events-listing-docs': ['Events'],
    },
  },
  {
    batch: 407,
    pages: HELDOUT407_PAGES,
    precision: 0.97,
    recall: 0.965,
    leaks: {
      'heldout407-rspca-rehoming-profile': ['Home'],
      'heldout407-wix-shelter-adopt-page': ['Adopt', 'Biscuit', 'Luna and Sol', 'Rocket', 'Mabel', 'Ziggy', 'Professor'],
      'heldout407-wordpress-astra-rescue-blog': ['Foster', 'Dana Ortega, foster mom'],
      'heldout407-drupal-olivero-foster-programme': ['Foster FAQ', 'Can I foster if I work full time? Yes. Many of our fosters do. Read the Foster FAQ'],
      'heldout407-nextjs-lost-found-listing': ['Lost', 'Found'],
    },
  },
  {
    batch: 408,
    pages: HELDOUT408_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout408-wagtail-prize-citation': ['Local Reporting', 'Winner'],
      'heldout408-prnewswire-academy-prize-release': [
        'VELMORA, Norway, Oct. 7, 2026 /PRNewswire/ --',
        'Read the popular science background: How light can unmake a plastic (pdf)',
      ],
      'heldout408-squarespace-science-laureate': ['About'],
      'heldout408-arcxp-honours-list-story': ['Twenty-three residents recognised, the most from the county in over a decade'],
      'heldout408-ghost-journalism-award-judges-comments': [
        'What impressed the panel, category by category.',
        'Watch the ceremony: the full recording is on our video page.',
      ],
      'heldout408-govuk-award-nomination-guidelines': ['How to nominate a volunteer, who is eligible, and what happens after you apply.'],
    },
  },
  {
    batch: 409,
    pages: HELDOUT409_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout409-obsidian-publish-wiki': ['Seasons', '#soil', '#no-dig'],
      'heldout409-dendron-docs': ['Soil', 'Garden', 'Children', 'Backlinks'],
      'heldout409-bearblog-blog': ['#compost'],
      'heldout409-hugo-evergreen-listing-blog': ['Read note →'],
      'heldout409-neuron-zettelkasten-wiki': ['habits'],
    },
  },
  {
    batch: 410,
    pages: HELDOUT410_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout410-arcgis-hub-docs': ['Data'],
      'heldout410-google-earth-voyager-blog': ['In partnership with the Northern Lights Heritage Group'],
      'heldout410-socrata-city-map-docs': [
        'Tree condition',
        'Empty planting site',
        "Click a point to see the tree's species, size and last inspection.",
        'Description',
        'About this View',
      ],
      'heldout410-osm-wiki-wiki': [
        'Description',
        'A signposted walking trail linking heritage sites',
        'Group',
        'Routes',
        'Used on these elements',
        'Status: approved',
        'Walking',
      ],
      'heldout410-libcal-gis-day-news': [
        'Events Calendar',
        'GIS Day 2026',
        'Main Library Events Calendar',
        'Date:',
        'Wednesday, November 18, 2026',
        'Time:',
        '1:00pm - 4:30pm',
        'Location:',
        'Map Room (G.04), Halden Library',
        'Campus:',
        'Main Campus',
        'Audience:',
        'Categories:',
        'Data & GIS',
        'Registration Type:',
        'In-Person',
        'Presenter:',
        'Dr. Tobias Wren, Department of Geography',
        'Registration',
        'Registration is required. There are 64 seats available.',
      ],
      'heldout410-govuk-design-system-flood-docs': ['9 October 2025', '3 March 2026', 'Environment', 'Westerland Environment Agency', 'See all updates'],
    },
  },
  {
    batch: 411,
    pages: HELDOUT411_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout411-cpsc-recall-notice': [
        'About U.S. CPSC:',
        'The U.S. Consumer Product Safety Commission (CPSC) is charged with protecting the public from unreas',
        'U.S. Consumer Product Safety Commission',
      ],
      'heldout411-fda-company-announcement': ['Greyfield Creamery Recalls Soft Ripened Cheeses', 'COMPANY ANNOUNCEMENT'],
      'heldout411-sfcc-retailer-recalls-listing': ['Storage'],
      'heldout411-wordpress-astra-voluntary-recall': ['Stoves', 'Contact'],
      'heldout411-aem-pharmacy-drug-recall': ['Talk to a pharmacist', 'Questions about your medicine? Chat with a Harwell pharmacist 24/7.'],
    },
  },
];
