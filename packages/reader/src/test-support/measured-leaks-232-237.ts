import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT232_PAGES } from './pages-heldout232.js';
import { HELDOUT233_PAGES } from './pages-heldout233.js';
import { HELDOUT234_PAGES } from './pages-heldout234.js';
import { HELDOUT235_PAGES } from './pages-heldout235.js';
import { HELDOUT236_PAGES } from './pages-heldout236.js';
import { HELDOUT237_PAGES } from './pages-heldout237.js';

/** Batches 232 to 237 as measured at the end of session 33 (measured-leaks-later.ts). */
export const BATCHES_232_237: readonly MeasuredBatch[] = [
  {
    batch: 232,
    pages: HELDOUT232_PAGES,
    precision: 0.92,
    recall: 0.97,
    leaks: {
      'heldout232-europeana-item-docs': ['Item details', 'See all metadata'],
      'heldout232-chronicling-america-newspaper-docs': ['The evening sentinel. (Hollis Falls, Vt.) 1879-1911, October 09, 1894, Image 1'],
      'heldout232-wikimedia-commons-file-docs': [
        'File',
        'File',
        'File history',
        'Click on a date/time to view the file as it appeared at that time.',
        'You cannot overwrite this file.',
      ],
      'heldout232-oral-history-transcript-docs': [
        'Description',
        'Download audio (MP3, 48 MB)',
        'Transcript',
        'This transcript has been lightly edited for readability. Please cite the audio recording as the prim',
      ],
      'heldout232-museum-collection-object-docs': ['Clockwork toy, about 1905'],
      'heldout232-familysearch-wiki-wiki': ['Northshire, England'],
      'heldout232-wikitree-profile-wiki': [
        'DNA',
        'Born 4 May 1838 in Coldbeck, Lancashire, England',
        'Son of James Pendle and Ann (Arkwright) Pendle',
        'Husband of Hannah (Birtwistle) Pendle — married 1860',
        'Died 19 Nov 1907 in Fall River, Massachusetts, USA',
        'Research note: Thomas is sometimes confused with a cousin of the same name born in 1839. See the com',
        'DNA Connections',
        'Featured connections',
        'Thomas is 17 degrees from Jane Austen.',
      ],
      'heldout232-local-history-society-newsletter-news': ['Newsletter', 'Members only: the full newsletter PDF is available after logging in.'],
      'heldout232-library-special-collections-blog': [
        'Tolland University Special Collections',
        'Stories from the rare book and manuscript stacks',
        'Special Collections',
      ],
    },
  },
  {
    batch: 233,
    pages: HELDOUT233_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout233-udemy-docs': ['Pandas', 'English [Auto]', 'Course content', 'Featured review'],
      'heldout233-skillshare-docs': ['About', 'Watch this class and thousands more'],
      'heldout233-memrise-forum': ['Solution'],
      'heldout233-openedx-docs': ['Some problems have options such as save, reset, hints, or show answer. These options follow the Subm'],
      'heldout233-tutoring-docs': ['Maths', 'GCSE'],
    },
  },
  {
    batch: 234,
    pages: HELDOUT234_PAGES,
    precision: 0.88,
    recall: 0.865,
    leaks: {
      'heldout234-alltrails-trail-docs': [
        'Hiking',
        'Went counterclockwise like everyone says, great call. Ledge behind the big falls was wet but fine wi',
        'Crowded by 10 but worth it. Second crossing was ankle deep after the rain.',
        'Trail running',
        'Show more reviews',
      ],
      'heldout234-komoot-collection-blog': ['Collection'],
      'heldout234-untappd-beer-forum': [
        'Kai L. is drinking a Foghorn Pilsner by Harbourlight Brewing at The Salt Shed',
        'Priya Anand is drinking a Foghorn Pilsner by Harbourlight Brewing at Harbourlight Taproom',
        'Tomasz W. is drinking a Foghorn Pilsner by Harbourlight Brewing',
        'beerwithben is drinking a Foghorn Pilsner by Harbourlight Brewing at Rope Walk Bottle Shop',
        'Harbourlight Brewing is drinking a Foghorn Pilsner by Harbourlight Brewing at Harbourlight Taproom',
        'Pilsner - German',
        '4.9% ABV',
        '34 IBU',
        'Global Recent Activity',
      ],
      'heldout234-vivino-wine-forum': ['Quinta do Alvar'],
      'heldout234-strava-segment-docs': [
        'Ride Segment',
        'Local Legend',
        'The athlete with the most efforts in the last 90 days',
        'Bryn Lloyd',
        '37 efforts',
        'Subscribe to see the full leaderboard, filter by age and weight, and compare your efforts.',
      ],
      'heldout234-geocaching-cache-blog': [
        'Lovely walk and a great bit of history. Quick find after a muddle with the GPS. TFTC!',
        'Found on our Sunday stroll. Log nearly full, we squeezed in at the bottom.',
        'Too many people around, will try again on a weekday.',
      ],
      'heldout234-wix-kayak-river-guide-docs': ['Last checked by the river guides team: October 2026. Conditions change: always inspect before you pa'],
      'heldout234-mountainproject-route-docs': ['Avg: 3.7 from 214 votes', 'Suggest change', 'Photos'],
      'heldout234-ghost-cycling-route-blog': ['About'],
    },
  },
  {
    batch: 235,
    pages: HELDOUT235_PAGES,
    precision: 0.955,
    recall: 0.965,
    leaks: {
      'heldout235-cloud-health-history-news': [
        'Status',
        'History',
        'Nimbus Cloud status history',
        'This page contains root cause analyses (RCAs) of previous service issues, each retained for 5 years.',
        'Tracking ID: 7QK2-H9T',
      ],
      'heldout235-engineering-postmortem-blog': ['postmortem'],
      'heldout235-downdetector-outage-forum': [
        'Outage map',
        'Problems?',
        'Most reported problems',
        'Mobile App (58%)',
        'Login (29%)',
        'Online Banking (13%)',
        'Live Outage Map',
        'Check the current status of Voltaro',
        'Tips? Frustrations? Share them with other site visitors:',
      ],
      'heldout235-game-server-status-news': ['Server Status', 'Online'],
      'heldout235-isp-network-status-news': ['Broadband'],
      'heldout235-saas-status-rss-item-news': ['Jun 2, 17:05 UTC', 'Jun 2, 15:40 UTC', 'Jun 2, 14:12 UTC', 'Jun 2, 13:50 UTC'],
      'heldout235-transit-disruption-item-news': ['Harbour Street'],
    },
  },
  {
    batch: 236,
    pages: HELDOUT236_PAGES,
    precision: 0.93,
    recall: 0.86,
    leaks: {
      'heldout236-lexipedia-wiktionary-entry': ['cloth dyed in streaks'],
      'heldout236-orwen-learners-entry': ['C1', '[uncountable, countable]', 'Extra Examples', 'Check pronunciation: harbourage'],
      'heldout236-rootword-etymology-entry': [
        'Want to remove ads? Log in to see fewer ads, and become a Premium Member to remove all ads.',
        'Become a Premium Member',
      ],
      'heldout236-veranohealth-medical-entry': ['Review Date 8/14/2026', 'Also reviewed by the Verano Health Editorial team.', 'Contact', 'Pernio'],
      'heldout236-parlantix-translation-entry': ['Dictionary', 'German', 'English', 'Not reviewed by Parlantix. Examples are used only to help you translate.'],
      'heldout236-acroseek-acronym-finder': [
        'Suggest',
        'About',
        'show all 5 definitions',
        'Suggest new definition',
        'Know what else CRDL stands for? Add it to the database.',
        'Link/Page Citation',
      ],
      'heldout236-quoteharbor-author-page': ['Born: March 2, 1951', 'Novelist'],
      'heldout236-tarrow-grammar-style-guide': ['modifiers'],
      'heldout236-chimewell-rhyming-dictionary': ['Rhymes', 'Tip: click a word to see its definition. Words in bold are more common.'],
    },
  },
  {
    batch: 237,
    pages: HELDOUT237_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout237-newspack-nonprofit-news': ['City Hall'],
      'heldout237-community-radio-news': ['KMVR News is supported by listeners like you. Become a member today.'],
      'heldout237-local-paper-letters-news': ['Write to us: Letters must be under 300 words and include your name, town and phone number. Email let'],
    },
  },
];
