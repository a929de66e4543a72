import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT472_PAGES } from './pages-heldout472.js';
import { HELDOUT473_PAGES } from './pages-heldout473.js';
import { HELDOUT474_PAGES } from './pages-heldout474.js';
import { HELDOUT475_PAGES } from './pages-heldout475.js';
import { HELDOUT476_PAGES } from './pages-heldout476.js';
import { HELDOUT477_PAGES } from './pages-heldout477.js';

/** Batches 472 to 477 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_472_477: readonly MeasuredBatch[] = [
  {
    batch: 472,
    pages: HELDOUT472_PAGES,
    precision: 0.96,
    recall: 0.93,
    leaks: {
      'heldout472-dealer-com-used-vdp': ['Est. payment $489/mo'],
      'heldout472-elementor-service-dept': ['Current Service Specials'],
      'heldout472-nuxt-ev-station': [
        'Map loading…',
        'Recent driver check-ins',
        'Priya K.',
        'Yesterday',
        'Bay 5 gave me 290 kW on a cold morning. Brilliant.',
        'See all 48 check-ins',
      ],
      'heldout472-autotrader-style-private-advert': [
        'Private seller',
        'Cardew, 6 miles away',
        'Stay safe: never pay a deposit before you have seen the car in person.',
      ],
      'heldout472-table-layout-used-lot': ['(555) 014-8830', 'Click photo to enlarge', 'Call Ron or Dave at (555) 014-8830'],
    },
  },
  {
    batch: 473,
    pages: HELDOUT473_PAGES,
    precision: 0.955,
    recall: 0.885,
    leaks: {
      'heldout473-wix-memorial-site': [
        'Tributes',
        'Recent Tributes',
        '"Mrs. Hale taught me to love reading. I still have the bookmark she gave me." — Dora P.',
        '"Our families shared that garden for forty years." — The Lindgrens',
      ],
      'heldout473-nextjs-obituary-guestbook': ['Share a memory or offer your condolences to the family.'],
      'heldout473-godaddy-cremation-options': ['Call (520) 555-0186'],
    },
  },
  {
    batch: 474,
    pages: HELDOUT474_PAGES,
    precision: 0.965,
    recall: 0.97,
    leaks: {
      'heldout474-astra-mphb-room': ['Walk-in rain shower'],
      'heldout474-nextjs-booking-engine': [
        'Prices include VAT. 2 nights, 2 adults.',
        'Flexible rate, free cancellation until 2 days before arrival',
        'Non-refundable, breakfast included',
        '2 nights, 2 adults',
      ],
      'heldout474-discourse-hotel-review': ['views', 'Views'],
      'heldout474-elementor-garden-suite': ['Rooms', 'Including breakfast for two and a late check-out at noon.', 'Other rooms you may like'],
      'heldout474-joomla-campsite-pitches': ['Pitches'],
      'heldout474-table-layout-bnb-rules': ['Margaret & Tom Polglase', 'Guest Information'],
    },
  },
  {
    batch: 475,
    pages: HELDOUT475_PAGES,
    precision: 0.97,
    recall: 0.915,
    leaks: {
      'heldout475-libguides-nursing': ['Mirela Oduya', 'Librarian', 'Ask a Librarian', 'Chat with us Monday to Friday, 9am to 5pm.', 'Related Guides'],
      'heldout475-drupal-databases-az': ['#', 'Z'],
      'heldout475-illiad-article-form': ['Your account is active. Requests placed after 4pm are processed the next working day.'],
      'heldout475-pressbooks-apa-guide': ['4', 'Table 4.1. Basic in-text citation formats'],
    },
  },
  {
    batch: 476,
    pages: HELDOUT476_PAGES,
    precision: 0.965,
    recall: 0.9,
    leaks: {
      'heldout476-zendesk-washer-faq': ['Washing machines'],
      'heldout476-magento-mixer-parts': ['Welcome to the Kvarn parts store', 'Toggle Nav', 'Search'],
    },
  },
  {
    batch: 477,
    pages: HELDOUT477_PAGES,
    precision: 0.96,
    recall: 0.945,
    leaks: {
      'heldout477-upwork-profile': ['Halvern, United States', '98% Job Success', 'Skills', 'Shopify', 'Work history', 'Monthly books for a ceramics studio'],
      'heldout477-squarespace-reviews': ['Sparrow & Broom'],
      'heldout477-preply-tutor': [
        'Schedule',
        'Choose the time for your first lesson. The timings are displayed in your local time zone.',
        'Specialties',
        'Conversational French',
        'French for beginners',
        'Business French',
      ],
      'heldout477-wix-coach': ['6 wk'],
      'heldout477-sharetribe-listing': ['Details'],
      'heldout477-table-layout-job': ['Description:', 'Job type: Translation, Copywriting', 'Ask the buyer a question'],
    },
  },
];
