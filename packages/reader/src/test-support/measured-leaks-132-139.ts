import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT132_PAGES } from './pages-heldout132.js';
import { HELDOUT133_PAGES } from './pages-heldout133.js';
import { HELDOUT134_PAGES } from './pages-heldout134.js';
import { HELDOUT135_PAGES } from './pages-heldout135.js';
import { HELDOUT136_PAGES } from './pages-heldout136.js';
import { HELDOUT137_PAGES } from './pages-heldout137.js';
import { HELDOUT138_PAGES } from './pages-heldout138.js';
import { HELDOUT139_PAGES } from './pages-heldout139.js';

/** Batches 132 to 139 as measured at the end of session 30 (measured-leaks-later.ts). */
export const BATCHES_132_139: readonly MeasuredBatch[] = [
  {
    batch: 132,
    pages: HELDOUT132_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout132-nodejs-api-docs': ['Options', 'History'],
      'heldout132-postgresql-manual': ['Table 5.9. Expiry Policy Options'],
      'heldout132-android-developers-guide': ['Navigation', 'Badges'],
    },
  },
  {
    batch: 133,
    pages: HELDOUT133_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout133-wikipedia-company': ['Revenue and staff, 2019–2023'],
      'heldout133-clevelandclinic-health-library': [
        'References',
        'Cleveland Clinic’s health articles are based on evidence-backed information from a variety of source',
      ],
      'heldout133-medlineplus-health-topic': [
        'Medical Encyclopedia',
        'Ringing in the ears',
        'Start Here',
        'Diagnosis and Tests',
        'Journal Articles',
        '(National Institute on Deafness and Other Communication Disorders)',
        'Tinnitus: Frequently Asked Questions',
        '(Hearing Health Alliance)',
        'Understanding Ringing in the Ears',
        '(American Otology Council)',
        'Audiometry',
        '(Medical Encyclopedia)',
        'References and abstracts from MEDLINE/PubMed (National Library of Medicine)',
        'National Institutes of Health',
        'The primary NIH organization for research on Tinnitus is the National Institute on Deafness and Othe',
        'National Library of Medicine',
      ],
    },
  },
  {
    batch: 134,
    pages: HELDOUT134_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout134-vbulletin-thread-forum': ['Capt. Dewey', 'The Following User Says Thank You to Capt. Dewey For This Useful Post:'],
      'heldout134-tomshardware-xenforo-thread-forum': ['Solution'],
      'heldout134-lemmy-link-post-forum': [
        'Vell Valley line to trial battery trains from September | The Valley Observer',
        'The regional operator will run two battery-electric units on the unelectrified section between Harro',
      ],
      'heldout134-gitlab-issue-forum': ['Activity'],
    },
  },
  {
    batch: 135,
    pages: HELDOUT135_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout135-axios-local-news': ['Lakeport'],
      'heldout135-the-hill-news': ['News', 'See All', 'Senate Energy and Natural Resources Committee', 'More Energy and Environment News'],
      'heldout135-abc-news-us-news': ['Reno Valley County Sheriff’s Office'],
    },
  },
  {
    batch: 136,
    pages: HELDOUT136_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout136-guardian-live-blog': ['Schools'],
      'heldout136-bbc-live-page': ['Edited by Fiona Laird', 'Calum Dewar', 'Aileen Strachan', 'Live'],
      'heldout136-bloomberg-opinion-column': ['Opinion', 'More From Bloomberg Opinion:'],
      'heldout136-motherjones-article': [
        'FACT:',
        'Mother Jones was founded as a nonprofit in 1976 because we knew corporations and the wealthy wouldn’',
        'Today, reader support makes up about two-thirds of our budget, allows us to dig deep on stories that',
      ],
    },
  },
  {
    batch: 137,
    pages: HELDOUT137_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout137-beehiiv-newsletter-blog': [
        'Together with Keel & Co. Credit Union',
        'Saving for a deposit? Keel & Co. members get 4.1% on regular savers, and every penny stays in the Po',
        'Open an account in ten minutes',
      ],
      'heldout137-linkedin-article-blog': ['Jobs'],
      'heldout137-eleventy-base-blog': ['Archive', 'backups'],
      'heldout137-webflow-cms-blog': ['Terms'],
      'heldout137-shopify-dawn-blog': ['Teas from this article', 'Home'],
    },
  },
  {
    batch: 138,
    pages: HELDOUT138_PAGES,
    precision: 0.97,
    recall: 0.965,
    leaks: {
      'heldout138-typescript-handbook-docs': ['@TypeScript'],
      'heldout138-svelte-docs-page': ['$state'],
      'heldout138-pkggodev-package-docs': ['package', 'Index', 'Limiter.Wait', 'This section is empty.'],
      'heldout138-oracle-java-tutorial-docs': ['Executors'],
      'heldout138-terraform-docs-page': ['Terraform', 'Refresh-only mode', 'Accept'],
      'heldout138-docker-docs-page': ['Use cache mounts'],
      'heldout138-salesforce-help-docs': ['Opportunities'],
      'heldout138-shopify-help-docs': ['Orders', 'Shopify'],
    },
  },
  {
    batch: 139,
    pages: HELDOUT139_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout139-wikipedia-list-article': ['Lighthouses in the Corrin Islands', 'Notes'],
      'heldout139-wikipedia-mobile-article': ['Ashby Royal'],
      'heldout139-simple-wikipedia-article': ['Other websites'],
      'heldout139-miraheze-community-wiki-article': ['Power'],
      'heldout139-stanford-encyclopedia-entry': ['moral dilemmas'],
      'heldout139-khan-academy-article': ['Producer surplus', 'Consumer and producer surplus'],
      'heldout139-drugs-com-drug-page': [
        'More',
        'Before taking',
        'Dosage',
        'Interactions',
        'Detailed Velnarin dosage information',
        'More about Velnarin (valtromide)',
        'Check interactions',
        'Compare alternatives',
        'Dosage information',
        'During pregnancy',
        'Drug class: vestibular agents',
        'Patient resources',
        'Velnarin patient information',
        'Velnarin (Advanced Reading)',
        'Professional resources',
        'Velnarin prescribing information',
        'Valtromide (AHFS Monograph)',
        'Related treatment guides',
        'Vertigo',
        "Halvard's Disease",
        'Vestibular Neuritis',
        'Further information',
        'Remember, keep this and all other medicines out of the reach of children, never share your medicines',
        'Always consult your healthcare provider to ensure the information displayed on this page applies to ',
      ],
      'heldout139-cdc-topic-page': [
        'Carrow Valley Fever',
        'Resources',
        'Source: National Center for Emerging and Zoonotic Infectious Diseases (NCEZID); Division of Vector-B',
      ],
      'heldout139-wikiwand-article': ['Astronomical observatory in Strell'],
    },
  },
];
