import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT322_PAGES } from './pages-heldout322.js';
import { HELDOUT323_PAGES } from './pages-heldout323.js';
import { HELDOUT324_PAGES } from './pages-heldout324.js';
import { HELDOUT325_PAGES } from './pages-heldout325.js';
import { HELDOUT326_PAGES } from './pages-heldout326.js';
import { HELDOUT327_PAGES } from './pages-heldout327.js';

/** Batches 322 to 327 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_322_327: readonly MeasuredBatch[] = [
  {
    batch: 322,
    pages: HELDOUT322_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout322-hubspot-gym-blog': ['Book a free programme review'],
      'heldout322-substack-nutrition-post': ['Like'],
      'heldout322-wix-physio-guide': [
        'Still struggling with knee pain?',
        'Book an assessment with one of our physiotherapists. Same-week appointments, no GP referral needed.',
        'This guide is general information and not a substitute for an individual assessment.',
      ],
      'heldout322-wordpress-event-news': ['milestones'],
    },
  },
  {
    batch: 323,
    pages: HELDOUT323_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout323-case-law-archive-judgment-summary-docs': [
        "This summary is provided to help in understanding the court's decision. It does not form part of the",
      ],
      'heldout323-joomla-prison-inspection-summary-docs': ['Healthy prison test'],
      'heldout323-wix-innocence-project-case-page-blog': ['CURRENT CASE'],
    },
  },
  {
    batch: 324,
    pages: HELDOUT324_PAGES,
    precision: 0.965,
    recall: 0.97,
    leaks: {
      'heldout324-tribute-funeral-home-news': ['Obituary', 'Get Directions', 'Add to Calendar'],
      'heldout324-blox-death-notices-news': ['Death Notices'],
      'heldout324-findagrave-memorial-wiki': [
        'Memorial ID 233410987',
        'Family Members',
        'Parents',
        'Amos Whitcombe 1858–1931',
        'Lydia Kerr Whitcombe 1862–1940',
        'Spouse',
        'Josiah Danner 1884–1957',
        'Children',
        'Ruth Danner Pell 1911–2001',
        'Walter Amos Danner 1913–1988',
        'Infant Son Danner 1916–1916',
        'See more Danner memorials in: Harlan Mills Wexley County Iowa USA',
        'Find a Grave Memorial ID: 233410987',
        'Find a Grave, database and images, memorial page for Cora Belle Whitcombe Danner (12 Apr 1889–3 Nov ',
      ],
      'heldout324-wikitree-profile-wiki': [
        'Josiah was a blacksmith.',
        'Thank you to Ellen Tarrant for creating WikiTree profile Danner-1422 through the import of Pell_Fami',
      ],
      'heldout324-elementor-fhs-guide-wiki': ['Research'],
      'heldout324-rootschat-smf-thread-forum': ['Topic: Shipwright grandfather vanished after 1891 census - Portmere (Read 1,386 times)'],
      'heldout324-wix-parish-burials-wiki': [
        'Burial records',
        'Plan your visit',
        'The churchyard is open every day from dawn to dusk. The church is open on Saturdays, 10am to 4pm.',
      ],
    },
  },
  {
    batch: 325,
    pages: HELDOUT325_PAGES,
    precision: 0.97,
    recall: 0.94,
    leaks: {
      'heldout325-generatepress-satire-blog': [
        'The Granby Falls Gazoo is a satirical publication. Nothing here is real, except the potholes.',
        'The Granby Falls Gazoo',
      ],
      'heldout325-starwheel-horoscope-news': ['Daily Horoscope'],
      'heldout325-comic-easel-blog': ['Kettle & Crumb', 'bolt', 'marta'],
      'heldout325-knowyourmeme-entry-wiki': ['Origin'],
      'heldout325-tumblr-theme-humor-blog': ['gravelpunch', 'jokes, essays, and the occasional cry for help. she/her. 31.'],
    },
  },
  {
    batch: 326,
    pages: HELDOUT326_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout326-parameter1-base-manufacturing-news': [
        'Get the full Die Casting Retrofit Benchmark report, with cost tables for 38 plants.',
        'By downloading, you agree to share your details with the report’s sponsors.',
      ],
      'heldout326-industry-dive-retail-analysis': ['Source: Cartwell Insights shelf-price audit', 'Private Label'],
      'heldout326-drupal-grocery-product-launch': ['New Products', 'More New Products', 'Keel & Co. Adds Sparkling Tonics'],
      'heldout326-hospitality-net-style-hotel-news': ['Press Release'],
      'heldout326-elementor-events-awards-news': ['Programme'],
    },
  },
  {
    batch: 327,
    pages: HELDOUT327_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout327-mkdocs-material-grammar-docs': ['Prepositions'],
      'heldout327-mediawiki-vector2022-entry-wiki': ['small rush candle', '[show ▼]'],
      'heldout327-drupal-olivero-sign-wiki': ['Signed by', 'Ruaridh Manson, Stroma Isle', 'Handshape', 'Location', 'Movement', 'Region'],
    },
  },
];
