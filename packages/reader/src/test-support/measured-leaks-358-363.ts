import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT358_PAGES } from './pages-heldout358.js';
import { HELDOUT359_PAGES } from './pages-heldout359.js';
import { HELDOUT360_PAGES } from './pages-heldout360.js';
import { HELDOUT361_PAGES } from './pages-heldout361.js';
import { HELDOUT362_PAGES } from './pages-heldout362.js';
import { HELDOUT363_PAGES } from './pages-heldout363.js';

/** Batches 358 to 363 as measured at the end of session 46 (measured-leaks-later.ts). */
export const BATCHES_358_363: readonly MeasuredBatch[] = [
  {
    batch: 358,
    pages: HELDOUT358_PAGES,
    precision: 0.97,
    recall: 0.96,
    leaks: {
      'heldout358-finalsite-board-news': ['News', 'More District News', 'View All News'],
      'heldout358-govuk-inspection-summary-docs': [
        'Unique reference number',
        '126604',
        'Local authority',
        'Downshire',
        'Type of school',
        'Primary (voluntary aided)',
        'Number of pupils on the school roll',
        '187',
        'Get the full report',
      ],
      'heldout358-google-sites-sports-report-news': ['Results', 'The squad with the county trophy at Glenmoor.'],
    },
  },
  {
    batch: 359,
    pages: HELDOUT359_PAGES,
    precision: 0.97,
    recall: 0.955,
    leaks: {
      'heldout359-redcross-shelters-news': ['Get directions'],
      'heldout359-inciweb-incident-news': ['Overview'],
      'heldout359-usgs-earthquake-docs': ['Did You Feel It?', 'ShakeMap', 'PAGER'],
      'heldout359-elementor-appeal-blog': ['Goal: $750,000', 'Give to the appeal'],
      'heldout359-medium-recovery-blog': [
        'Nell Oduya',
        'Written by Nell Oduya',
        'Paperwork nights should be standard everywhere. We are stealing this idea for our county.',
      ],
      'heldout359-nws-cap-alert-news': ['Sent: 2026-05-06T19:52:00-05:00', 'Effective: 2026-05-06T19:52:00-05:00'],
      'heldout359-nextjs-utility-storm-news': ['Report an outage', 'Text OUT to 55501 or call 1-800-555-0110.'],
      'heldout359-govuk-checklist-docs': ['Home', 'Help'],
    },
  },
  {
    batch: 360,
    pages: HELDOUT360_PAGES,
    precision: 0.96,
    recall: 0.97,
    leaks: {
      'heldout360-github-release-docs': ['Full Changelog: v3.3.2...v3.4.0', 'Issues', 'v3.4.0'],
      'heldout360-apple-app-store-whats-new-docs': [
        'Pebblepath Outdoors Ltd',
        'Screenshots',
        'Pebblepath helps you find, plan and record hikes across 60,000 mapped trails. Filter by length, clim',
        'Version History',
        'Version 7.2',
        'Information',
        'Seller',
        'Size',
        '212.4 MB',
        'Category',
        'Navigation',
        'Compatibility',
        'Requires iOS 16.0 or later.',
        'Languages',
        'Age Rating',
        'More By This Developer',
      ],
      'heldout360-wordpress-browser-release-blog': ['Developers'],
      'heldout360-wordpress-org-plugin-changelog-docs': ['surveys'],
      'heldout360-jira-server-release-notes-docs': [
        'Version:',
        'Edit/Copy Release Notes',
        'The text area below allows the project release notes to be edited and copied to another document.',
      ],
      'heldout360-jetbrains-rescui-whats-new-docs': ['What’s New'],
    },
  },
  {
    batch: 361,
    pages: HELDOUT361_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout361-wix-embassy-news': ['Consular section opening hours', 'Monday to Friday, 09:00 to 12:30', 'Closed on Kell and Ostrevian public holidays'],
      'heldout361-zendesk-guide-docs': ['Appointments'],
      'heldout361-hubspot-blog-guide': ['Schools'],
      'heldout361-drupal-university-docs': ['Study', 'Study', 'International students', 'International students'],
      'heldout361-joomla-cassiopeia-docs': ['Visas', 'Passports', 'Fees'],
      'heldout361-ghost-casper-blog': [
        'I wrote a separate post on opening a bank account as a new arrival, with the exact documents each ba',
        'Opening a bank account as a new arrival',
      ],
    },
  },
  {
    batch: 362,
    pages: HELDOUT362_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout362-ebay-listing': ['About this item', 'Item description from the seller'],
      'heldout362-shopify-dawn-seller-story': ['Shop', 'Visit Rue du Timbre on Hobbyloft to see this week’s new listings.'],
    },
  },
  {
    batch: 363,
    pages: HELDOUT363_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout363-untappd-beer-page': ['Pale Ale - New England / Hazy', '5.6% ABV', '30 IBU'],
      'heldout363-wix-distillery-tours': ['Tours'],
      'heldout363-nextjs-pub-events-listing': [
        'The Copper Kettle',
        'What’s On',
        'Follow us @copperkettleamblecote',
        'Snaps from the bar, the garden and the quiz sheet.',
      ],
    },
  },
];
