import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT388_PAGES } from './pages-heldout388.js';
import { HELDOUT389_PAGES } from './pages-heldout389.js';
import { HELDOUT390_PAGES } from './pages-heldout390.js';
import { HELDOUT391_PAGES } from './pages-heldout391.js';
import { HELDOUT392_PAGES } from './pages-heldout392.js';
import { HELDOUT393_PAGES } from './pages-heldout393.js';

/** Batches 388 to 393 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_388_393: readonly MeasuredBatch[] = [
  {
    batch: 388,
    pages: HELDOUT388_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout388-drupal-collection-object': [
        'Rights and reproductions',
        'Images marked CC0 may be used for any purpose. For high-resolution files of other images, contact th',
      ],
      'heldout388-craftcms-exhibition': ['Exhibition', 'Lower Galleries', 'Maren Tollis, Ebbmouth, January, 2019. Platinum print. Courtesy the artist'],
      'heldout388-squarespace-artist': ['Exhibitions'],
      'heldout388-emuseum-object': ['People'],
      'heldout388-prnewswire-acquisition': ['HARROWBY, England, March 3, 2026 /PRNewswire/ --', 'Explore'],
      'heldout388-wix-regional-exhibition': ['14 June – 28 September 2025 · Upstairs Gallery'],
      'heldout388-arts-culture-story': [
        'Credits: Story',
        'Curated by Ostervik Glass Museum. Text: Sigrid Vaa. Photography: Ingrid Lyse archive.',
        'Credits: All media',
        'The story featured may in some cases have been created by an independent third party and may not alw',
      ],
      'heldout388-elementor-visitor-info': ['Visit'],
    },
  },
  {
    batch: 389,
    pages: HELDOUT389_PAGES,
    precision: 0.97,
    recall: 0.965,
    leaks: {
      'heldout389-elementor-error-codes': ['Dishwasher error codes'],
      'heldout389-khoros-community-solution': ['Solution'],
    },
  },
  {
    batch: 390,
    pages: HELDOUT390_PAGES,
    precision: 0.965,
    recall: 0.97,
    leaks: {
      'heldout390-w3schools-docs': ['JAVASCRIPT', 'Example', 'Related Pages'],
      'heldout390-baeldung-docs': ['Java Records'],
      'heldout390-realpython-docs': ['python', 'Watch Now This tutorial has a related video course.', 'Speeding Up Python With Caches'],
      'heldout390-programiz-docs': ['Also Read:'],
      'heldout390-leetcode-forum': ['← Back'],
      'heldout390-devto-blog': ['#make', 'Shipping small APIs (3 Part Series)'],
      'heldout390-hashnode-blog': [
        "Quentin's Query Notes",
        "Read articles from Quentin's Query Notes directly inside your inbox. Subscribe to the newsletter, an",
      ],
    },
  },
  {
    batch: 391,
    pages: HELDOUT391_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout391-divi-dental-treatment': ['Subtle changes, same-day results'],
      'heldout391-astra-physio-blog': ['Running'],
      'heldout391-nhsuk-gp-surgery-docs': ['Prescriptions', 'Services', 'Contact the practice', 'Phone 01632 960 551, Monday to Friday, 8am to 6:30pm'],
      'heldout391-webflow-optician-service': ['Slowing short-sightedness while your child’s eyes are still growing'],
      'heldout391-psychologytoday-therapist-profile': ['In person and online', 'Ages: Adults, Elders'],
      'heldout391-drupal-clinic-procedure-prices': ['Prices', 'Varicose veins'],
      'heldout391-shopify-pharmacy-blog': ['Shop our range: Hay fever tablets, sprays and eye drops, all checked by a pharmacist before dispatch'],
      'heldout391-hubspot-fertility-success-rates': ['Success rates'],
      'heldout391-elementor-care-home-page': ['Every day shaped around the people who live here'],
    },
  },
  {
    batch: 392,
    pages: HELDOUT392_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout392-chronicling-america-ocr-news': ['About', 'The Dunmore Ledger', 'Download:', 'About The Dunmore ledger. [volume]', 'Dunmore, Okla.'],
      'heldout392-trove-article-news': [
        'Text last corrected on 3 February 2024 by pmarlowe',
        'This text was produced by OCR and corrected by Trove users. Help improve it with Fix text.',
      ],
      'heldout392-british-newspaper-archive-preview-news': [
        'Article',
        'OCR text (snippet)',
        'Read the full article',
        'Register for free to read 3 pages, or subscribe to read every page in the archive.',
        'Text produced by optical character recognition may contain errors.',
      ],
      'heldout392-google-news-archive-viewer-news': ['Text is automatically generated and may contain errors.'],
      'heldout392-contentdm-magazine-docs': [
        'Marchbanks, Helen',
        'Item Description',
        'Title',
        'Creator',
        'Subject',
        'Fruit-culture; Pruning; Apples',
        'Transcript',
      ],
      'heldout392-wordpress-archive-blog': ['Ravensholt Mercury, 19 July 1902, page 5'],
    },
  },
  {
    batch: 393,
    pages: HELDOUT393_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout393-physorg-news': [
        'This article has been reviewed according to Science Y’s editorial process and policies. Editors have',
        'peer-reviewed publication',
        'trusted source',
        'proofread',
      ],
      'heldout393-sciencedaily-news': [
        'Calloway University',
        'Source:',
        'FULL STORY',
        'Story Source:',
        'Note: Content may be edited for style and length.',
        'Cite This Page:',
      ],
      'heldout393-institute-typo3-news': ['Original publication', 'Fixed photoperiodic timing and trophic mismatch in breeding waders'],
      'heldout393-newscientist-news': ['Topics:'],
      'heldout393-futurity-blog': ['Source: Harwick University'],
      'heldout393-ghost-magazine-qa-news': ['This interview has been edited for length and clarity.'],
    },
  },
];
