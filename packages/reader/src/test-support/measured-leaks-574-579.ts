import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT574_PAGES } from './pages-heldout574.js';
import { HELDOUT575_PAGES } from './pages-heldout575.js';
import { HELDOUT576_PAGES } from './pages-heldout576.js';
import { HELDOUT577_PAGES } from './pages-heldout577.js';
import { HELDOUT578_PAGES } from './pages-heldout578.js';
import { HELDOUT579_PAGES } from './pages-heldout579.js';

/** Batches 574 to 579 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_574_579: readonly MeasuredBatch[] = [
  {
    batch: 574,
    pages: HELDOUT574_PAGES,
    precision: 0.965,
    recall: 0.97,
    leaks: {
      'heldout574-shopify-dawn-chest': ['Delivery & collection', 'Delivery'],
      'heldout574-woocommerce-flags': ['per m² inc. VAT'],
      'heldout574-squarespace-about': ['“The best afternoon’s rummage in the West Country.”', '“Honest prices and proper tea.”'],
      'heldout574-wix-blog-sideboard': ['4'],
      'heldout574-drupal-salvage-code': ['Northern Salvage Dealers’ Association'],
      'heldout574-ghost-buying-trip': ['Not on the list yet? Join the newsletter to see new stock first.'],
      'heldout574-table-layout-work-table': ['Ref: 2231', 'Price: £1,450', 'Cobbetts Antiques, The Old Forge, Thornbury Magna, Salop. Tel 01743 219 407'],
      'heldout574-nextjs-marketplace-lamp': ['+ £45 delivery to mainland UK', 'Item details', 'Delivery'],
    },
  },
  {
    batch: 575,
    pages: HELDOUT575_PAGES,
    precision: 0.96,
    recall: 0.925,
    leaks: {
      'heldout575-shopify-dawn-product': ['Lowtide Records', 'Low stock: 4 left', 'Pickup available at Lowtide Records, Kemp Lane'],
      'heldout575-elementor-we-buy': ['Ask for a valuation'],
      'heldout575-bandcamp-album': [
        'Record/Vinyl + Digital Album',
        'Double Vinyl LP',
        '2 x 12" 45rpm, heavyweight black vinyl, with a fold-out map.',
        'Includes unlimited streaming of Weatherglass via the free Bandcamp app, plus high-quality download i',
        'ships out within 5 days',
        'edition of 300',
        'tidewrack',
        'the sound of a wet afternoon by the sea, in the best possible way',
        'nightbus',
        'Penny Falls on repeat since Thursday',
        'more...',
      ],
    },
  },
  {
    batch: 576,
    pages: HELDOUT576_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout576-elementor-pitch-prices': ['Touring', 'Pitch Prices'],
      'heldout576-squarespace-site-rules': ['Ros & Idris'],
      'heldout576-generatepress-area-guide': ['walks', 'beaches'],
      'heldout576-webflow-faq': ['Stay', 'Good to Know'],
      'heldout576-mediawiki-holiday-park': ['Penhallow'],
      'heldout576-table-layout-tariff': ['Prices'],
      'heldout576-localgov-campsite-charges': ['Nightly charges', 'No'],
      'heldout576-nextjs-glamping-listing': ['Glamping'],
    },
  },
  {
    batch: 577,
    pages: HELDOUT577_PAGES,
    precision: 0.97,
    recall: 0.96,
    leaks: {
      'heldout577-hubspot-corporate': ['Corporate'],
      'heldout577-shopify-grazing-boxes': ['Order a grazing box'],
      'heldout577-ghost-dumpling-dispatch': ['— Soo-ah, Ivo and the steamer'],
      'heldout577-table-layout-banquet': ['Banquet Menus'],
      'heldout577-drupal-campus-catering': ['Last reviewed'],
    },
  },
  {
    batch: 578,
    pages: HELDOUT578_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout578-elementor-sweeping': ['Chimney Sweeping'],
      'heldout578-wix-sweep-faq': ['FAQs'],
      'heldout578-webflow-install-time': ['Installation'],
    },
  },
  {
    batch: 579,
    pages: HELDOUT579_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout579-elementor-boarding-rates': ['Hollow Pine Kennels'],
      'heldout579-shopify-grooming-services': ['Book a grooming appointment →'],
      'heldout579-table-layout-kennel-rules': ['- Earl & Jolene Pruitt', 'BOARDING', 'Boarding Kennels'],
    },
  },
];
