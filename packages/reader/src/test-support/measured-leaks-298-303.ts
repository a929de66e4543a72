import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT298_PAGES } from './pages-heldout298.js';
import { HELDOUT299_PAGES } from './pages-heldout299.js';
import { HELDOUT300_PAGES } from './pages-heldout300.js';
import { HELDOUT301_PAGES } from './pages-heldout301.js';
import { HELDOUT302_PAGES } from './pages-heldout302.js';
import { HELDOUT303_PAGES } from './pages-heldout303.js';

/** Batches 298 to 303 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_298_303: readonly MeasuredBatch[] = [
  {
    batch: 298,
    pages: HELDOUT298_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout298-hearst-roadtest-news': ["Corvana's hot hatch finally has the chassis to match its turbo four."],
      'heldout298-elementor-dealer-blog': ['Questions about a vehicle? We usually reply in minutes.'],
      'heldout298-aem-recall-docs': ['Owner Support', 'Halden Owner Relations: 1-800-555-0188, Monday–Friday, 8 a.m.–8 p.m. ET'],
      'heldout298-mediawiki-ownersclub-wiki': ['Rear axle'],
    },
  },
  {
    batch: 299,
    pages: HELDOUT299_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout299-ravelry-pattern': ['$7.00 USD', 'or add to cart with other Hillside Knits patterns'],
      'heldout299-shopify-dawn-blog': ['Shop the report:', 'Browse our tungsten nymph selection'],
      'heldout299-alltrails-nextjs-trail': ['Community'],
      'heldout299-audubon-drupal-guide': ['Conservation'],
      'heldout299-numista-catalogue': ['Characteristics', 'See prices', 'Prices are estimates from recent sales and may vary by grade.'],
    },
  },
  {
    batch: 300,
    pages: HELDOUT300_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout300-nhsuk-frontend-docs': ['Pregnancy'],
      'heldout300-ledgerline-advisor-news': ['Pet Insurance', 'Featured Partner Offer', 'Pawsure Pet Cover'],
      'heldout300-ghost-casper-blog': ['Hardback, 32 pages, Bramble & Finch, £12.99'],
      'heldout300-nextjs-babyname-wiki': ['Meaning: of the sea'],
    },
  },
  {
    batch: 301,
    pages: HELDOUT301_PAGES,
    precision: 0.95,
    recall: 0.97,
    leaks: {
      'heldout301-hearthly-nextjs-neighborhood-guide': ['Buy'],
      'heldout301-dotdash-mntl-howto-tools-list': ['Tools'],
      'heldout301-aem-insurer-claims-guide': [
        'Home insurance',
        'Home',
        'Start your claim online',
        'It takes about 10 minutes. You’ll need your policy number.',
      ],
      'heldout301-webflow-renovation-cost-guide': ['Kitchen', 'Related: Countertop Installation Cost', 'Countertop Installation Cost'],
      'heldout301-idox-public-access-planning-application': [
        'Summary',
        'You can view the documents, plans and consultee responses on the Documents tab.',
        'Comments must be received by the consultation expiry date to be taken into account.',
      ],
      'heldout301-wagtail-retrofit-guide': ['Grants may be available', 'Use our grant finder to check what you could get.', 'Find grants'],
      'heldout301-drupal-barrio-tenants-charity-guide': [
        'Last checked',
        'Get help',
        'Repairs',
        'Need to write to your landlord?',
        'Use our template letter for reporting repairs.',
        'Lines are open 8am to 8pm on weekdays and 9am to 5pm at weekends.',
      ],
    },
  },
  {
    batch: 302,
    pages: HELDOUT302_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout302-steam-announcement-news': ['Wishlist the Coastline expansion on Steam'],
      'heldout302-anime-news-network-news': ["Sources: Starfold Courier anime's website, Comic Natalie"],
      'heldout302-ao3-chapter-blog': ['Archive of Our Own', 'beta', 'Chapter Text'],
      'heldout302-speedrun-leaderboard-docs': ['Platform:', 'Show obsoleted runs'],
      'heldout302-gamefaqs-walkthrough-docs': ['Was this guide helpful?'],
      'heldout302-discord-export-announcement-forum': ['Harbour Festival Opening Ceremony'],
    },
  },
  {
    batch: 303,
    pages: HELDOUT303_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout303-libreoffice-writer-docs': [
        'Adopted by the trustees, 20 February 2026',
        'The putty leaves no marks on the 1928 panelling; drawing pins and tape do.',
        'Hire conditions v3 – page 1 of 2',
      ],
      'heldout303-chatgpt-shared-conversation-forum': ['ChatGPT', 'You said:', 'ChatGPT said:', 'ChatGPT can make mistakes. Check important info.'],
      'heldout303-notion-public-page-docs': ['Nadia Osei-Rowe'],
      'heldout303-coda-published-doc-docs': ['Boat booking rules', 'Book a boat', '👉 Ready to row? Go to Book a boat'],
      'heldout303-slack-export-viewer-forum': ['allotment-build'],
      'heldout303-apple-pages-export-blog': ['— Jean Pettifer, alto since 1987'],
    },
  },
];
