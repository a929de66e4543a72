import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT116_PAGES } from './pages-heldout116.js';
import { HELDOUT117_PAGES } from './pages-heldout117.js';
import { HELDOUT118_PAGES } from './pages-heldout118.js';
import { HELDOUT119_PAGES } from './pages-heldout119.js';
import { HELDOUT120_PAGES } from './pages-heldout120.js';
import { HELDOUT121_PAGES } from './pages-heldout121.js';
import { HELDOUT122_PAGES } from './pages-heldout122.js';
import { HELDOUT123_PAGES } from './pages-heldout123.js';

/** Batches 116 to 123 as measured at the end of session 46 (measured-leaks-later.ts). */
export const BATCHES_116_123: readonly MeasuredBatch[] = [
  {
    batch: 116,
    pages: HELDOUT116_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout116-newsweek-news': ['Newsweek is committed to challenging conventional wisdom and finding connections in the search for c'],
      'heldout116-usatoday-news': [
        'Brightwave is recalling about 880,000 ceramic space heaters sold since 2022.',
        'The company has received 214 reports of overheating, including 19 fires.',
        'Owners should stop using the heaters and contact Brightwave for a refund.',
        'This summary was generated with the help of AI and reviewed by a journalist.',
        'Consumer Product Safety Commission',
      ],
      'heldout116-irishtimes-news': ['Join The Irish Times on WhatsApp and stay up to date'],
      'heldout116-dailymail-news': ['Scroll down for video'],
    },
  },
  {
    batch: 117,
    pages: HELDOUT117_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout117-wordpress-kadence-blog-post': ['By'],
      'heldout117-tasty-recipes-food-blog-post': ['Cookies'],
      'heldout117-generatepress-finance-blog-post': [
        'Our pick for sinking funds',
        'Larkfield Direct Savings',
        '4.10% APY',
        'No monthly fees',
        'Up to 20 savings buckets',
        'Member FDIC. Rate accurate as of September 14, 2025 and may change.',
        'sinking funds',
      ],
    },
  },
  {
    batch: 118,
    pages: HELDOUT118_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout118-gitlab-docs': ['Merge requests', 'Merge trains'],
      'heldout118-mdbook-chapter': ['Filename: src/main.tlw'],
      'heldout118-shopify-help-docs': ['Orders', 'Checkout', 'Shipping and delivery', 'Shopify'],
      'heldout118-salesforce-help-docs': ['Case Notifications'],
      'heldout118-digitalocean-tutorial': ['Tutorial', 'Nginx'],
    },
  },
  {
    batch: 119,
    pages: HELDOUT119_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout119-wikihow-howto-article': ['Certified Arborist', 'Question', 'Expert Answer', '200 characters left', 'Submit', 'Submit a Tip'],
      'heldout119-github-discussion-qa': ['Marked as answer', 'This comment has been minimized.', '+1 same here on Linux'],
      'heldout119-quora-question': ['Sort'],
      'heldout119-askubuntu-question': [
        'Ask Ubuntu is a question and answer site for Ubuntu users and developers. It only takes a minute to ',
        'Anybody can ask a question',
        'Anybody can answer',
      ],
    },
  },
  {
    batch: 120,
    pages: HELDOUT120_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout120-propublica-news': ['Search'],
      'heldout120-kyivindependent-news': [
        'Become a member',
        'We’ve been covering Ukraine since day one. Help us keep going.',
        'Note from the author:',
        'Hi, this is Daria. I reported this story from Pryvilne, where I spent two days with students and tea',
        'If you value our reporting, consider supporting us by becoming a member.',
        'Support us',
        'Children',
      ],
    },
  },
  {
    batch: 121,
    pages: HELDOUT121_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout121-bear-blog-post': ['#sourdough', '#winter'],
      'heldout121-freecodecamp-news-blog': ['Search'],
      'heldout121-smashing-magazine-blog': [
        'Forms',
        'Further Reading On SmashingMag',
        'A Complete Guide To Accessible Front-End Components',
        'Form Validation Patterns That Do Not Punish People',
        'How To Write Better Labels, Hints And Error Messages',
      ],
      'heldout121-tumblr-text-post': ['#commonplace book'],
    },
  },
  {
    batch: 122,
    pages: HELDOUT122_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout122-govuk-guidance': ['Updates to this page'],
      'heldout122-un-news-story': ['Listen: FAO’s Tomás Ekwueme-Lund on the seed fairs'],
    },
  },
  {
    batch: 123,
    pages: HELDOUT123_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout123-apple-developer-docs': ['StashKit'],
      'heldout123-postgresql-manual-docs': ['Development Versions:', 'devel'],
      'heldout123-nodejs-api-docs': ['Options'],
      'heldout123-docsrs-crate-docs': ['optional'],
      'heldout123-arch-linux-fluxbb-forum': ['Networking, Server, and Protection'],
      'heldout123-steam-community-forum': ['Posts: 7', 'Date Posted:'],
      'heldout123-toms-guide-xenforo-forum': ['Solution'],
    },
  },
];
