import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT160_PAGES } from './pages-heldout160.js';
import { HELDOUT161_PAGES } from './pages-heldout161.js';
import { HELDOUT162_PAGES } from './pages-heldout162.js';
import { HELDOUT163_PAGES } from './pages-heldout163.js';
import { HELDOUT164_PAGES } from './pages-heldout164.js';
import { HELDOUT165_PAGES } from './pages-heldout165.js';

/** Batches 160 to 165 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_160_165: readonly MeasuredBatch[] = [
  {
    batch: 160,
    pages: HELDOUT160_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 161,
    pages: HELDOUT161_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout161-lwn-news': ['Distributions', 'Init systems'],
      'heldout161-zdnet-news': ['ZDNET’s key takeaways'],
      'heldout161-cnet-review': ['Brightwell Aria Pro'],
      'heldout161-pcmag-review': ['How We Test Everything We Review'],
      'heldout161-polygon-review': ['Hollow Tide'],
    },
  },
  {
    batch: 162,
    pages: HELDOUT162_PAGES,
    precision: 0.945,
    recall: 0.97,
    leaks: {
      'heldout162-pypi-project': ['Project description', 'Download files', '2.4.1', 'Download the file for your platform.'],
      'heldout162-npm-package': ['MIT'],
      'heldout162-godot-docs-manual': ['Attention: Here be dragons'],
      'heldout162-geeksforgeeks-article': ['Python'],
      'heldout162-w3schools-tutorial': [
        'PYTHON',
        'Exercise?',
        'What is this?',
        'Test your skills by answering a few questions about the topics of this page',
        'What is a correct syntax for a while loop in Python?',
        '+1',
      ],
      'heldout162-pandas-api-reference': ['Series', '[source]', 'Series.between()'],
      'heldout162-hackage-haddock-module': ['Source', 'Synopsis'],
    },
  },
  {
    batch: 163,
    pages: HELDOUT163_PAGES,
    precision: 0.95,
    recall: 0.97,
    leaks: {
      'heldout163-tvtropes-trope-page': ['He has not missed a night since 1974, and he is not starting now.', 'open/close all folders'],
      'heldout163-wookieepedia-character-article': ['Wookieepedia', 'More Wookieepedia', 'Fan Feed', 'Bacta', 'Dalen Voss'],
      'heldout163-scholarpedia-article': ['Curator: Harriet K. Lomas', 'Post-publication activity', 'Activity'],
      'heldout163-iep-encyclopedia-article': ['Ruth Ambersley', 'Carrow University', 'United Kingdom', 'Ethics'],
      'heldout163-osm-wiki-tag-page': [
        'Description',
        'A place to leave and take seeds for free',
        'Group: amenities',
        'Used on these elements',
        'Status: in use',
        'Tools for this tag',
        'Possible tagging mistakes',
        'If you know a place with this tag, verify if it could be tagged with another tag. Automated edits ar',
        'amenity=seed_library',
        'shop=seed_exchange',
        'Amenities',
        'Tag',
        'Shop',
        'Tools',
      ],
      'heldout163-mediawiki-org-help-page': ['Help'],
      'heldout163-ballotpedia-candidate-article': [
        'About',
        'General election for Kessler County Commission District 2',
        'Candidate',
        'Votes',
        'Total votes: 14,220',
        'Marisol Trevino (D)',
        '41.7',
        '5,930',
        '= candidate completed the Ballotpedia Candidate Connection survey.',
        'County commission',
      ],
      'heldout163-planetmath-entry': ['Definition'],
      'heldout163-debian-wiki-page': ['Wiki', 'Debian Wiki'],
      'heldout163-rfc-editor-rfc-html': ['March 2026', 'RFC 9947', 'CMP Ack-Hint', 'RFC:', '9947'],
      'heldout163-w3c-working-draft': ['This section is non-normative.'],
    },
  },
  {
    batch: 164,
    pages: HELDOUT164_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout164-fark-comments': ['HaroldWinsome', 'damp_but_dignified', '(Grantchester Echo)', 'Smartest', 'Funniest'],
      'heldout164-godotforum-discourse-topic': ['physics'],
      'heldout164-kaggle-discussion-thread': ['Models'],
      'heldout164-debian-mhonarc-list-message': ['Reply to:'],
    },
  },
  {
    batch: 165,
    pages: HELDOUT165_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout165-hugo-congo-blog': ['Ci'],
      'heldout165-cloudflare-blog': [
        'Cloudflare runs one of the largest networks in the world, helping millions of sites and applications',
        'Want to know more about how we work? Read about our mission, or browse the teams that are hiring.',
      ],
      'heldout165-serious-eats-recipe-blog': ['Explore:', 'Leeks'],
      'heldout165-gofundme-campaign-blog': ['Community'],
    },
  },
];
