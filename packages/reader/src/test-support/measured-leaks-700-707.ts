import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT700_PAGES } from './pages-heldout700.js';
import { HELDOUT701_PAGES } from './pages-heldout701.js';
import { HELDOUT702_PAGES } from './pages-heldout702.js';
import { HELDOUT703_PAGES } from './pages-heldout703.js';
import { HELDOUT704_PAGES } from './pages-heldout704.js';
import { HELDOUT705_PAGES } from './pages-heldout705.js';
import { HELDOUT706_PAGES } from './pages-heldout706.js';
import { HELDOUT707_PAGES } from './pages-heldout707.js';

/** Batches 700 to 707 as measured at the end of session 45 (measured-leaks-later.ts). */
export const BATCHES_700_707: readonly MeasuredBatch[] = [
  {
    batch: 700,
    pages: HELDOUT700_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout700-redoc-open-data-api': [
        'Download OpenAPI specification:',
        'Download',
        'query Parameters',
        'path Parameters',
        'Response samples',
        'Content type',
        'application/json',
      ],
      'heldout700-dokuwiki-town-hall-fire': ['Holcombe Vale Local History Wiki', 'events:town_hall_fire_1923'],
    },
  },
  {
    batch: 701,
    pages: HELDOUT701_PAGES,
    precision: 0.97,
    recall: 0.955,
    leaks: {
      'heldout701-wikipedia-aldren-kaye': ['Inherited thickening of the palms and soles'],
      'heldout701-xenforo-tinnitus-sound-therapy': ['Tinnitus Circle is a peer support community. Posts here are not medical advice.'],
      'heldout701-stackexchange-frozen-salamander': ['Post as a guest', 'Required, but never shown'],
    },
  },
  {
    batch: 702,
    pages: HELDOUT702_PAGES,
    precision: 0.97,
    recall: 0.885,
    leaks: {
      'heldout702-sphinx-rtd-ledgerline-client': ['[source]'],
    },
  },
  {
    batch: 703,
    pages: HELDOUT703_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {},
  },
  {
    batch: 704,
    pages: HELDOUT704_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout704-wikipedia-football-season': [
        'Source:',
        'Rules for classification: 1) Points; 2) Goal difference; 3) Goals scored',
        '(C) Champions; (P) Promoted',
      ],
    },
  },
  {
    batch: 705,
    pages: HELDOUT705_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout705-condenast-album-review': ['Catch up every Saturday with 10 of our best-reviewed albums of the week. Sign up for the 10 to Hear '],
      'heldout705-tumblr-reblog-film-history': ['ushers-ghost:', 'filmhistorybits:', 'Loading...', 'Show more notes'],
      'heldout705-libguides-finding-images': ['A starting point for finding books, articles and images for art history coursework at Harwick.'],
      'heldout705-shelfmark-group-read': [
        'Slow Burn Literary Club',
        'A group for readers who like long books, quiet books and books that take their time. One group read ',
        '2,318 members · view members',
      ],
    },
  },
  {
    batch: 706,
    pages: HELDOUT706_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout706-ballotwise-measure-k': [
        'Ballot measures',
        '2026 local ballot measures',
        'Ballotwise covered 1,412 local measures on November 3, 2026. Click here for the full list.',
        'Results are officially certified.',
        'Source',
        'Local ballot measures',
      ],
      'heldout706-reddit-register-of-interests': [
        'r/TownHallTalk',
        'Welcome to r/TownHallTalk. Please remember that this subreddit is not a substitute for legal advice,',
      ],
    },
  },
  {
    batch: 707,
    pages: HELDOUT707_PAGES,
    precision: 0.97,
    recall: 0.965,
    leaks: {
      'heldout707-chorus-watch-review': ['Photography by Noor Adeyemi / The Relay', 'The Relay'],
      'heldout707-nextjs-game-delay': ['GameHQ Recommends'],
      'heldout707-valnet-phone-update': [
        'Summary',
        'Display',
        'Pros',
        'Excellent battery life',
        'Bright, smooth display',
        'Cons',
        'Slow wired charging',
        'No microSD slot',
        '$799 at Norvik Store',
      ],
      'heldout707-salesforce-knowledge-pairing': ['Troubleshooting', 'Title', 'Summary', 'Applies To', 'Resolution'],
      'heldout707-notion-game-route': ['The footbridge north of the village. The ferryman stands at the far end.'],
      'heldout707-wikipedia-handheld': ['Launch configurations'],
    },
  },
];
