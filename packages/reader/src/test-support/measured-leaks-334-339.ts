import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT334_PAGES } from './pages-heldout334.js';
import { HELDOUT335_PAGES } from './pages-heldout335.js';
import { HELDOUT336_PAGES } from './pages-heldout336.js';
import { HELDOUT337_PAGES } from './pages-heldout337.js';
import { HELDOUT338_PAGES } from './pages-heldout338.js';
import { HELDOUT339_PAGES } from './pages-heldout339.js';

/** Batches 334 to 339 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_334_339: readonly MeasuredBatch[] = [
  {
    batch: 334,
    pages: HELDOUT334_PAGES,
    precision: 0.97,
    recall: 0.955,
    leaks: {
      'heldout334-aem-paint-journal-blog': ['Home'],
      'heldout334-wordpress-generatepress-blog': ['Kitchen'],
      'heldout334-shopify-dawn-buying-guide': ['Shop the collection'],
      'heldout334-nextjs-cost-guide-docs': ['Loft conversion'],
      'heldout334-selfbuild-magazine-case-study-news': [
        'Self Build',
        'Stepping the house down the hill saved this couple tens of thousands in groundworks',
        'Project facts',
        'Project: self-build, timber frame',
        'Size: 168 m²',
        'Build cost: £1,790 per m²',
        'Build time: 14 months',
        'Timber frame',
      ],
      'heldout334-localgov-drupal-grant-docs': ['Home', 'Free energy-saving improvements for lower-income households off the gas grid.'],
    },
  },
  {
    batch: 335,
    pages: HELDOUT335_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout335-nhsuk-frontend-charity-docs': ['Speak to an adviser if:'],
      'heldout335-drupal-psych-magazine-blog': ['Tobias Wren-Halloway Ph.D.', 'More from Tobias Wren-Halloway Ph.D.'],
      'heldout335-wix-matchmaking-landing-blog': [
        '“Six introductions, one husband. We still cannot quite believe it.” — Harriet, 44',
        '“Discreet, warm and honest with me every step.” — Owen, 52',
        'As featured in',
      ],
      'heldout335-nextjs-charity-guide-docs': [
        'Children',
        'Co-parenting after separation',
        'Parenting plan template',
        'Need to talk it through?',
        'Call our parents’ helpline on 0800 555 0192, Monday to Friday, 9am to 8pm.',
      ],
      'heldout335-ghost-casper-expert-qa-forum': ['Have a question for Dr. Sterling? Reply to any newsletter or write to ask@thekindroom.example. Quest'],
    },
  },
  {
    batch: 336,
    pages: HELDOUT336_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout336-psychologytoday-profile-docs': [
        'Clinical Social Work/Therapist, LCSW',
        'Accepting new clients',
        'Email or call me for a free 15 minute consultation now - (720) 555-0183',
      ],
      'heldout336-elementor-crisisline-docs': ['Not ready to talk?', 'You can also reach us by webchat or email. Start a webchat'],
      'heldout336-ghost-casper-blog': ['New to meditation? Try the free Foundations course in the app, seven short sessions with our teacher'],
      'heldout336-nhsuk-frontend-service-docs': [
        'you are thinking about harming yourself or ending your life',
        'you feel unable to keep yourself safe',
        'Call 111 and select the mental health option, or call 999 if your life is at risk.',
      ],
      'heldout336-discourse-peersupport-forum': ['Content warning: this topic discusses self-harm and urges to self-harm.'],
      'heldout336-clinic-expert-answers-docs': ['Answer From Lucinda Obi-Marsh, M.D.', 'Lucinda Obi-Marsh, M.D.'],
    },
  },
  {
    batch: 337,
    pages: HELDOUT337_PAGES,
    precision: 0.97,
    recall: 0.925,
    leaks: {
      'heldout337-bibliocommons-catalogue-record-wiki': ['Book'],
      'heldout337-bookshop-org-shop-list-blog': ['Agnes Farrow', 'Rhys Bellingham', 'Cora Haldane', 'Signe Halvorsen', 'Lionel Pargeter'],
      'heldout337-elementor-book-club-guide-docs': [
        'Guides',
        'About',
        'Suggested meetings: 1 or 2',
        'Content note: bereavement',
        'Email',
        'Get new guides by email',
      ],
      'heldout337-librarything-talk-thread-forum': ['This topic is not marked as primarily about any work, author or other topic.'],
      'heldout337-libcal-library-event-news': [
        'Events',
        '6:30pm - 8:00pm',
        'Reading Room, First Floor',
        'Library:',
        'Hexham Central Library',
        'Adults, Author Events, Local History',
        'Registration:',
        'Registration is required. There are 14 seats available.',
      ],
    },
  },
  {
    batch: 338,
    pages: HELDOUT338_PAGES,
    precision: 0.97,
    recall: 0.955,
    leaks: {
      'heldout338-halvard-product-folder-docs': [
        'View all 9',
        'Additional information: MSL rating / peak reflow, RoHS, REACH and lead finish are available on the q',
      ],
      'heldout338-isc-standard-page-docs': [
        'Life cycle',
        'Previously',
        'Withdrawn',
        'A standard is reviewed every 5 years',
        'Buy this standard',
        'CHF 129',
        'Buy',
        'Got a question? Check out our FAQs',
      ],
      'heldout338-kestrel-khoros-community-forum': ['lena.whitcombe', 'SOLVED', 'Solved by lena.whitcombe.', 'Go to Solution.', 'Solved! Go to Solution.'],
      'heldout338-corrin-drupal-technical-article-blog': ['Download the datasheets', 'PDF datasheets for both alloys, with full chemical composition.'],
      'heldout338-engineers-almanac-reference-table-docs': ['Tag Search', "Engineer's Almanac, (2018)."],
      'heldout338-dunmarrow-t4-department-news': ['News', 'More news', 'All news'],
    },
  },
  {
    batch: 339,
    pages: HELDOUT339_PAGES,
    precision: 0.97,
    recall: 0.955,
    leaks: {
      'heldout339-google-play-data-safety': ['For more information about collected and shared data, see the developer’s privacy policy'],
      'heldout339-elementor-cookiebot-cookie-policy': ['Your current state: Allow all.'],
    },
  },
];
