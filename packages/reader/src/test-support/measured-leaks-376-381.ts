import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT376_PAGES } from './pages-heldout376.js';
import { HELDOUT377_PAGES } from './pages-heldout377.js';
import { HELDOUT378_PAGES } from './pages-heldout378.js';
import { HELDOUT379_PAGES } from './pages-heldout379.js';
import { HELDOUT380_PAGES } from './pages-heldout380.js';
import { HELDOUT381_PAGES } from './pages-heldout381.js';

/** Batches 376 to 381 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_376_381: readonly MeasuredBatch[] = [
  {
    batch: 376,
    pages: HELDOUT376_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout376-game8-tier-list-wiki': ['Tier List', 'How We Rank', 'Related Guides'],
      'heldout376-nexus-mods-description-docs': [
        'Ansel Drury',
        'Version',
        'Virus scan',
        'Safe to use',
        'About this mod',
        'Requirements',
        'Nexus requirements',
        'Tarnmoor Script Extender',
        'Version 0.9 or later',
        'Permissions and credits',
        'Credits and distribution permission',
        "Other user's assets: All the assets in this file belong to the author, or are from free-to-use modde",
        'Upload permission: You are not allowed to upload this file to other sites under any circumstances',
      ],
    },
  },
  {
    batch: 377,
    pages: HELDOUT377_PAGES,
    precision: 0.955,
    recall: 0.935,
    leaks: {
      'heldout377-archivesspace-collection': ['Collection'],
      'heldout377-koha-opac-record': ['Ashcombe Central', 'Available'],
      'heldout377-islandora-object': ['Subject', 'Member of', 'Download'],
      'heldout377-atom-fonds': ['Ashcombe Museum of Work Archive', 'Language', 'Access points'],
      'heldout377-omeka-s-exhibit': ['Glass for the Lamp', 'Light for Every Room'],
      'heldout377-libguides-reading-room': ['Librarian', 'Ines Calloway', 'Subjects: Archives, Local History'],
      'heldout377-hathitrust-record': ['Viewability', 'Full view', 'Carrow University'],
      'heldout377-ohms-oral-history': ['The cooperative'],
    },
  },
  {
    batch: 378,
    pages: HELDOUT378_PAGES,
    precision: 0.97,
    recall: 0.89,
    leaks: {
      'heldout378-wordpress-elementor-cfp': ['Call for Papers', 'Registration'],
      'heldout378-nextjs-programme-schedule': ['Programme', 'Day 2', 'Download the full programme (PDF, 1.2 MB)'],
      'heldout378-hugo-wowchemy-student-grant': ['Grants'],
    },
  },
  {
    batch: 379,
    pages: HELDOUT379_PAGES,
    precision: 0.97,
    recall: 0.945,
    leaks: {
      'heldout379-drupal-match-preview': ['News', 'News'],
      'heldout379-aem-injury-update': ['Injury update'],
      'heldout379-tagdiv-newspaper-game-recap': ['Comets head coach Lorna Pickavance'],
      'heldout379-squarespace-academy-news': ['Next'],
      'heldout379-webflow-stadium-guide': ['Stadium'],
      'heldout379-nuxt-fixtures': ['Official partners', 'Brindle Energy', 'Cask & Barrel'],
      'heldout379-shopify-dawn-membership': [
        'Delivery',
        'Membership cards are sent by Royal Mail second class. Digital cards are available in the Tigers app.',
      ],
    },
  },
  {
    batch: 380,
    pages: HELDOUT380_PAGES,
    precision: 0.97,
    recall: 0.96,
    leaks: {
      'heldout380-ebird-checklist': ['Owned by Tamsin Ruel', 'Tamsin Ruel', 'Checklist S172049338', '9 species (+0 other taxa) - All species reported'],
      'heldout380-mkdocs-material-field-guide': ['Shore crabs'],
      'heldout380-events-calendar-bioblitz': ['BioBlitz', 'This event has passed.'],
      'heldout380-mailchimp-volunteer-newsletter': ['Issue 22 · Spring 2024'],
    },
  },
  {
    batch: 381,
    pages: HELDOUT381_PAGES,
    precision: 0.95,
    recall: 0.97,
    leaks: {
      'heldout381-craigslist-post': [
        'make / manufacturer:',
        'Pellworth Joinery',
        'material:',
        'do NOT contact me with unsolicited services or offers',
        'Avoid scams, deal locally. Beware wiring (e.g. Western Union), cashier checks, money orders, shippin',
      ],
      'heldout381-gumtree-ad': ['Harbourside, Dunmere', 'Ad ID 4719022188'],
      'heldout381-vinted-item': ['Size M / UK 12-14 · Very good · Marlowe & Finch', 'Brand', 'Condition', 'Colour', 'Uploaded', 'M / UK 12-14', 'Very good'],
      'heldout381-depop-listing': ['All purchases through Depop are covered by Buyer Protection.'],
      'heldout381-autotrader-car-advert': [
        'Key specs',
        'View spec and features',
        'Vehicle history',
        'Basic history check',
        'Not recorded as stolen',
        'Not recorded as scrapped',
        'Not an insurance write-off',
        'No outstanding finance',
        'Get a full vehicle check',
        'Finance calculator',
        'Representative example: borrowing £8,450 over 48 months.',
      ],
      'heldout381-discogs-release': [
        'Barcode and Other Identifiers',
        'Matrix / Runout (Side A): EST 003 A1 HF',
        'Matrix / Runout (Side B): EST 003 B1 HF ask for Dot',
      ],
      'heldout381-phpbb-for-sale-thread': ['Photo album'],
    },
  },
];
