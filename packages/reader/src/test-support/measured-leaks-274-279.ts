import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT274_PAGES } from './pages-heldout274.js';
import { HELDOUT275_PAGES } from './pages-heldout275.js';
import { HELDOUT276_PAGES } from './pages-heldout276.js';
import { HELDOUT277_PAGES } from './pages-heldout277.js';
import { HELDOUT278_PAGES } from './pages-heldout278.js';
import { HELDOUT279_PAGES } from './pages-heldout279.js';

/** Batches 274 to 279 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_274_279: readonly MeasuredBatch[] = [
  {
    batch: 274,
    pages: HELDOUT274_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout274-guardian-liveblog-news': ['Pinned post'],
      'heldout274-bbc-live-page-news': ['NRB Scotland news', 'News', 'Scotland', 'Live', 'Live Reporting'],
      'heldout274-cnn-live-updates-news': ['Live Updates', 'Our live coverage has ended. You can read more about the summit in the posts above.'],
      'heldout274-nyt-live-briefing-news': ['LIVE'],
      'heldout274-wordpress-liveblog-tv-news': ['Key Events'],
      'heldout274-sky-sports-minute-by-minute-news': ['Full Time'],
      'heldout274-24liveblog-regional-news': ['Powered by 24liveblog'],
      'heldout274-verge-keynote-liveblog-news': ['Live'],
    },
  },
  {
    batch: 275,
    pages: HELDOUT275_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout275-techradar-product-review': ['Best', 'Deals', 'More', "Today's best Brisa Vela V9 Pro deals"],
      'heldout275-elementor-best-of-roundup': ['How to choose'],
      'heldout275-eater-chorus-restaurant-review': ['View on map'],
      'heldout275-astra-wordpress-hotel-review': ['Pin', 'Like it? Pin it for later!'],
      'heldout275-hearst-caranddriver-car-review': ['Tested'],
      'heldout275-blox-townnews-theatre-review': ['Related to this story'],
    },
  },
  {
    batch: 276,
    pages: HELDOUT276_PAGES,
    precision: 0.97,
    recall: 0.93,
    leaks: {
      'heldout276-wordpress-powerpress-podcast-blog': ['Show Notes'],
      'heldout276-hansard-debate-docs': ['Column 214', 'Column 215', 'Column 216', 'Column 217', 'Column 218', 'Column 219', 'Column 220'],
      'heldout276-harbourhouse-press-briefing-news': ['Marlow Briefing Room'],
      'heldout276-verso-magazine-interview-news': ['PARALLAX', 'Sign up for the Parallax Daily', 'Sign up'],
      'heldout276-omeka-oral-history-docs': ['Merrit Gaunce'],
      'heldout276-gannett-ama-recap-news': ['Get the Brennock Daily Briefing'],
    },
  },
  {
    batch: 277,
    pages: HELDOUT277_PAGES,
    precision: 0.97,
    recall: 0.965,
    leaks: {
      'heldout277-usagov-benefits-docs': ['Home'],
      'heldout277-canada-ca-news-release': [
        'Associated links',
        'Caregiver Respite Pilot: eligibility and how to apply',
        'Support for caregivers',
        'Backgrounder: Caregiver Respite Pilot communities',
        'Contacts',
        'Théo Marchand',
        'Press Secretary',
        'Office of the Minister of Families and Caregiving',
        '819-555-0142',
        'Media Relations Office',
        '819-555-0198',
        'Page details',
        'Did you find what you were looking for?',
      ],
      'heldout277-nhs-condition-docs': ['More'],
      'heldout277-cdc-health-topic-docs': ['Carbon Monoxide Poisoning'],
      'heldout277-irs-instructions-docs': ['File'],
    },
  },
  {
    batch: 278,
    pages: HELDOUT278_PAGES,
    precision: 0.965,
    recall: 0.955,
    leaks: {
      'heldout278-pubmed-docs': ['PMID:', '41200345'],
      'heldout278-theconversation-news': [
        'Disclosure statement',
        'Maren Tollgaard receives funding from the Natural Environment Research Council. Aled Pryce-Morgan do',
        'Partners',
        'University of Ashcombe provides funding as a member of The Conversation UK.',
      ],
      'heldout278-ssrn-docs': ['JEL Classification:', 'R21, R31, R38'],
      'heldout278-wiley-issue-toc-docs': ['Pages: 201-388'],
    },
  },
  {
    batch: 279,
    pages: HELDOUT279_PAGES,
    precision: 0.97,
    recall: 0.96,
    leaks: {
      'heldout279-weirdgloop-game-item': ['Members'],
      'heldout279-bulbapedia-style-species': [
        'Seed Sparrow Critter',
        'Gender ratio',
        '50% male, 50% female',
        'Egg Groups',
        'Height',
        '0.4 m',
        'Weight',
        '3.1 kg',
        '#0412',
        'Field',
        'Project Critterdex logo',
        'This Critter article is part of Project Critterdex, a Critterpedia project that aims to write compre',
      ],
      'heldout279-tvtropes-trope': ['open/close all folders', 'Anime & Manga', 'Literature', 'Video Games', 'Western Animation', 'Next'],
      'heldout279-wikidot-lcp-entry': ['Lattice Archive', 'euclid', 'archive', 'lcp'],
      'heldout279-invision-community-topic': ['weathering'],
      'heldout279-vbulletin5-thread': ['If this is your first visit, be sure to check out the FAQ by clicking the link above. You may have t'],
      'heldout279-weirdgloop-block-wiki': ['Crafting recipe', 'Iron Nugget +', 'Cinderglass', 'Java Edition', 'Lantern', 'Java Edition 1.23'],
    },
  },
];
