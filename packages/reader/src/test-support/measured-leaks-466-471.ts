import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT466_PAGES } from './pages-heldout466.js';
import { HELDOUT467_PAGES } from './pages-heldout467.js';
import { HELDOUT468_PAGES } from './pages-heldout468.js';
import { HELDOUT469_PAGES } from './pages-heldout469.js';
import { HELDOUT470_PAGES } from './pages-heldout470.js';
import { HELDOUT471_PAGES } from './pages-heldout471.js';

/** Batches 466 to 471 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_466_471: readonly MeasuredBatch[] = [
  {
    batch: 466,
    pages: HELDOUT466_PAGES,
    precision: 0.97,
    recall: 0.955,
    leaks: {},
  },
  {
    batch: 467,
    pages: HELDOUT467_PAGES,
    precision: 0.96,
    recall: 0.97,
    leaks: {
      'heldout467-nextjs-stock-photo': ['Lumora+', 'Brenna, Lake Orvak', 'Kestrel X9', 'Free to use under the Lumora License', 'License'],
      'heldout467-woocommerce-stock-photo': ['Description'],
      'heldout467-squarespace-portfolio': ['Picture book · Harrow and Finch · 2025'],
      'heldout467-shopify-icon-set': ['Delivery', 'Refunds'],
      'heldout467-drupal-collection': ['Curated by', 'Maren Ekholm'],
    },
  },
  {
    batch: 468,
    pages: HELDOUT468_PAGES,
    precision: 0.97,
    recall: 0.915,
    leaks: {
      'heldout468-astra-mptt-timetable': ['Timetable'],
      'heldout468-webflow-mindbody-booking': ['Class', 'Book'],
      'heldout468-momence-event': ['Fernlight Dance Collective', 'Hosted by Fernlight Dance Collective'],
      'heldout468-shopify-dawn-faq': ['Shop', 'Memberships'],
      'heldout468-table-layout-dance-timetable': ['Timetable'],
    },
  },
  {
    batch: 469,
    pages: HELDOUT469_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout469-wordpress-astra-news': ['Hollis Varga for County Executive'],
      'heldout469-mediawiki-measure': ['Measure R', 'Marlow County'],
      'heldout469-drupal-voter-guide': ['Office', 'Party', 'Occupation', 'Education', 'Campaign website'],
      'heldout469-wix-party-branch': ['Harwick Valley Progressive Party'],
      'heldout469-elementor-press-release': ['The Calder County Democratic Committee is the county organization of the Democratic Party, with 142 '],
    },
  },
  {
    batch: 470,
    pages: HELDOUT470_PAGES,
    precision: 0.97,
    recall: 0.96,
    leaks: {
      'heldout470-wix-tattoo-portfolio': [
        'Foxglove sleeve, in progress',
        'Lavender sprig, ankle',
        'Luna moth, sternum',
        'Pressed violets, forearm',
        'Olive branch script',
      ],
      'heldout470-fresha-salon-booking': [
        'Team',
        'Ines',
        'Senior Stylist',
        'Callum',
        'Colour Specialist',
        'Ruth',
        'Stylist',
        'Amira',
        'Junior Stylist',
        'Additional information',
        'Instant confirmation',
        'Pay by card or cash',
      ],
    },
  },
  {
    batch: 471,
    pages: HELDOUT471_PAGES,
    precision: 0.96,
    recall: 0.93,
    leaks: {
      'heldout471-elementor-water-heaters': ['Upfront, flat-rate pricing'],
      'heldout471-webflow-reviews': ['Kestrel Electric'],
      'heldout471-divi-service-areas': [
        'Same-day service',
        'Call before noon and we can usually be there today.',
        'Upfront pricing',
        'You approve the price before we start. No surprises.',
        'Licensed & insured',
        'Ohio plumbing contractor license PL.48213.',
      ],
      'heldout471-table-layout-member-directory': ['Home'],
      'heldout471-godaddy-reviews': [
        'Carol B., Maple Forge',
        'Sam & Jessie T., Deer Creek',
        'Harold W., Linville Crossing',
        'Now booking fall gutter cleaning and weatherproofing',
      ],
    },
  },
];
