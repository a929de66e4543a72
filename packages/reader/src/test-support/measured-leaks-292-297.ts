import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT292_PAGES } from './pages-heldout292.js';
import { HELDOUT293_PAGES } from './pages-heldout293.js';
import { HELDOUT294_PAGES } from './pages-heldout294.js';
import { HELDOUT295_PAGES } from './pages-heldout295.js';
import { HELDOUT296_PAGES } from './pages-heldout296.js';
import { HELDOUT297_PAGES } from './pages-heldout297.js';

/** Batches 292 to 297 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_292_297: readonly MeasuredBatch[] = [
  {
    batch: 292,
    pages: HELDOUT292_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout292-tripadvisor-style-forum': [
        'Leeds, United Kingdom',
        'Port Ismay, Ondine Islands',
        'Bergholm',
        'Destination Expert for Ondine Islands',
        'Re: Ferry or flight from Kessary to the Ondine Islands in October?',
        'Reply to: Ferry or flight from Kessary to the Ondine Islands in October?',
        'We remove posts that do not follow our posting guidelines, and we reserve the right to remove any po',
      ],
      'heldout292-ghost-inflight-magazine-news': [
        'In a port city where three trade routes met, the food still tells the story. We ate our way through ',
        'Fly there: Aeroveld flies to Sarrabat four times a week from Dunvar. Book at aeroveld.example.',
      ],
      'heldout292-aem-cruise-port-guide-news': ['Popular shore excursions', 'Port FAQs'],
    },
  },
  {
    batch: 293,
    pages: HELDOUT293_PAGES,
    precision: 0.96,
    recall: 0.855,
    leaks: {
      'heldout293-emuseum-collection-object': ['Collections', 'Objects', 'Permalink', 'https://collections.lindqvistmuseum.example/objects/21944'],
      'heldout293-findagrave-memorial': ['Find a Grave', 'Memorial ID', 'View Source', 'Gravesite Details', 'Find a Grave Memorial ID: 98127734'],
      'heldout293-ceteicean-tei-letter': [
        'Editorial notes',
        'Ravensholm: the Ashby family house near Kirkby Thore, let in 1864.',
        'Mr Cray: Rev. Josiah Cray, minister of the Ravensholm Independent Chapel 1852–1870.',
        'the book of voyages: probably an abridged account of an Arctic expedition; the copy has not survived',
      ],
      'heldout293-squarespace-church-sermon': ['Reading: 1 Kings 19:1–8'],
      'heldout293-nextjs-oral-history-story': ['Flood of 1953', 'This story has been edited from a longer interview for reading.'],
      'heldout293-heritage-list-entry': [
        'Date of most recent amendment: 03-Feb-2021',
        'Official list entry',
        'Official List Entry',
        'Map',
        'Legal',
        'This building is listed under the Planning (Listed Buildings and Conservation Areas) Act 1990 as ame',
        'End of official list entry',
        'This map is for quick reference purposes only and may not be to scale.',
      ],
    },
  },
  {
    batch: 294,
    pages: HELDOUT294_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout294-neocities-handwritten-blog': ['my notebook, looking a bit worse for wear'],
    },
  },
  {
    batch: 295,
    pages: HELDOUT295_PAGES,
    precision: 0.965,
    recall: 0.97,
    leaks: {
      'heldout295-drugs-com-style-monograph-docs': [
        'Side Effects',
        'Dosage',
        'Generic name:',
        'velorazine [ vel-OR-a-zeen ]',
        'Brand names:',
        'Allerveld, Clarivo',
        'Dosage form:',
        'oral tablet (10 mg; 5 mg)',
        'Drug class:',
        'Antihistamines',
      ],
      'heldout295-clinicaltrials-gov-style-study-docs': [
        'Inclusion Criteria:',
        'Exclusion Criteria:',
        'Contacts and Locations',
        'Hollinsworth University Hospital, Brennick, Norland',
        'Collaborators and Investigators',
        'Sponsor: Hollinsworth University Hospital',
      ],
      'heldout295-elementor-vet-clinic-blog': ['More Pet Health Tips'],
      'heldout295-webflow-mental-health-app-blog': [
        'Key takeaways',
        'Calmtide is not a crisis service. If you are in danger or thinking about harming yourself, call your',
      ],
      'heldout295-wix-dental-treatment-docs': [
        'Home',
        'Home whitening from £295',
        'Includes consultation, custom trays and two weeks of gel. 0% finance available.',
      ],
      'heldout295-shopify-supplement-science-docs': ['Science'],
      'heldout295-drupal-health-charity-symptoms-docs': [
        'Symptoms',
        'Talk to us',
        'Our Stroke Helpline is free and confidential: 0808 555 0170.',
        'Monday to Friday, 9am to 5pm',
      ],
    },
  },
  {
    batch: 296,
    pages: HELDOUT296_PAGES,
    precision: 0.965,
    recall: 0.97,
    leaks: {
      'heldout296-aem-factsheet-docs': ['Global Sustainable Income'],
      'heldout296-govuk-guide-docs': ['Home', 'From:'],
      'heldout296-nextjs-comparison-docs': [
        'Credit cards',
        'Balance transfer',
        'Filter by',
        'Representative 24.9% APR (variable)',
        'Representative 23.7% APR (variable)',
        'Representative 26.4% APR (variable)',
        'Full details',
        'credit limit subject to status. T&Cs apply.',
      ],
      'heldout296-webflow-calculator-docs': [
        'Repayment calculator',
        'Repayment',
        'Interest only',
        'Legal',
        'Results are illustrations only and are not a mortgage offer. Your home may be repossessed if you do ',
      ],
      'heldout296-motley-fool-style-news': [
        '$63.18 (-1.42%)',
        'Should you invest $1,000 in Corvane Software right now?',
        'our analyst team just identified what they believe are the 10 best stocks for investors to buy now',
        'See the 10 stocks »',
      ],
      'heldout296-ghost-casper-blog': ['Try the Pocketwise app', 'Set up your pots in two minutes. Free for 30 days.'],
    },
  },
  {
    batch: 297,
    pages: HELDOUT297_PAGES,
    precision: 0.97,
    recall: 0.96,
    leaks: {
      'heldout297-action-network-letter': ['Letter to be sent', 'Regional Transit Board members', '[Your Name]'],
      'heldout297-squarespace-ngo-press-release': ['PELLSTON, Ore. (March 4, 2026) –'],
      'heldout297-wordpress-urgent-action': ['Prosecutor General Dragan Ilev, Office of the Prosecutor General, 12 Trg Slobode, Orvan, Vessara'],
      'heldout297-justgiving-crowdfunding': [
        'supporters',
        'Rewards',
        '£10 or more: your name on the thank-you board by the entrance',
        '£50 or more: a season swim pass for one adult',
        '£250 or more: a private evening swim for up to 20 friends',
        'Edna Harrop',
        'Tuesday Tumblers',
        'Learned to swim there in 1961. Can’t wait to go back in!',
        'Good luck from the Tuesday morning swim club.',
      ],
      'heldout297-givewp-charity-appeal': ['312 donors', 'Give to the Winter Appeal', 'Gift Aid it: add 25% to your gift at no extra cost to you.'],
    },
  },
];
