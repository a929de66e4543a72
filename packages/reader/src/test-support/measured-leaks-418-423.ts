import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT418_PAGES } from './pages-heldout418.js';
import { HELDOUT419_PAGES } from './pages-heldout419.js';
import { HELDOUT420_PAGES } from './pages-heldout420.js';
import { HELDOUT421_PAGES } from './pages-heldout421.js';
import { HELDOUT422_PAGES } from './pages-heldout422.js';
import { HELDOUT423_PAGES } from './pages-heldout423.js';

/** Batches 418 to 423 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_418_423: readonly MeasuredBatch[] = [
  {
    batch: 418,
    pages: HELDOUT418_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout418-allaboutbirds-species-wiki': [
        'Basic Description',
        'Length: 11–12 cm',
        'Weight: 7–9 g',
        'Wingspan: 17–19 cm',
        'Dawn song, Lake Arlen',
        'Alarm calls',
      ],
      'heldout418-fernlea-fungi-lookalikes-wiki': ['Phylum: Basidiomycota - Class: Agaricomycetes - Order: Agaricales - Family: Amanitaceae'],
      'heldout418-naturlink-next-taxon-wiki': ['About'],
      'heldout418-kestrelhort-pest-docs': [
        'Quick facts',
        'Common name: Lily leaf weevil',
        'Scientific name: Brachycerus liliorum',
        'Plants affected: lilies and fritillaries',
        'Main symptoms: notched leaves, collapsed buds',
        'Most active: April to July',
      ],
      'heldout418-wix-marine-seaweed-guide-wiki': [
        'Quick ID',
        'Toothed edge? Serrated wrack',
        'Paired bladders? Bladder wrack',
        'Twisted, no bladders? Spiral wrack',
        'Serrated wrack at low water, Penhallow',
        'Paired bladders along the midrib',
      ],
    },
  },
  {
    batch: 419,
    pages: HELDOUT419_PAGES,
    precision: 0.97,
    recall: 0.95,
    leaks: {
      'heldout419-drupal-olivero-rates-docs': ['Prices'],
      'heldout419-govuk-frontend-customs-docs': ['What to expect when you order goods from overseas sellers.'],
      'heldout419-statuspage-service-update-news': ['Monitoring', 'Update', 'Investigating'],
      'heldout419-elementor-calculator-docs': ['Calculator'],
    },
  },
  {
    batch: 420,
    pages: HELDOUT420_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout420-sec-litigation-release': [
        'Litigation Release No. 26418 / March 18, 2026',
        'Securities and Exchange Commission v. Meridian Tallow Capital LLC, et al., No. 1:26-cv-00742 (D. Col',
      ],
      'heldout420-fda-warning-letter': [
        'VIA Electronic Mail',
        'Harlow Creek Botanicals LLC, Juniper Vale, Owner, 4410 Millrace Road, Fenwick Falls, OR 97000, Unite',
      ],
    },
  },
  {
    batch: 421,
    pages: HELDOUT421_PAGES,
    precision: 0.96,
    recall: 0.96,
    leaks: {
      'heldout421-ukclimbing-logbook-crag-wiki': [
        'Sheffield and the Peak, Northern Moors',
        'Rock type',
        'Gritstone (quarried)',
        'Faces',
        'South-West',
        'Altitude',
        '240m a.s.l.',
        'Climbs',
        '64 in database',
        'Climbs at Harrowgill Quarry',
        'Show all 64 climbs',
      ],
      'heldout421-27crags-sector-docs': ['Routes in Solvika Sector', 'Show all 34 routes'],
      'heldout421-summitlog-register-forum': [
        'Marta Kolby',
        'Party of 3',
        'Eli Vantongeren',
        'Solo',
        'The Ashdown family',
        'Party of 5',
        'R. Idowu',
        'Party of 2',
      ],
      'heldout421-mediawiki-via-ferrata-wiki': ['The suspension bridge across the Rotwand gully'],
      'heldout421-avalanche-center-forecast-news': [
        'Granite Saddle',
        'Elevation',
        'Above treeline',
        'Near treeline',
        'Below treeline',
        '3 - Considerable',
        '2 - Moderate',
        '1 - Low',
        'Aspect/Elevation',
        'Large to Very Large',
        'Seen something?',
        'Submit an observation and help everyone travel more safely.',
        'Submit observation',
      ],
    },
  },
  {
    batch: 422,
    pages: HELDOUT422_PAGES,
    precision: 0.96,
    recall: 0.785,
    leaks: {
      'heldout422-usda-fooddata-central-food': ['Cite this page: use the FDC ID and the publication date shown above.'],
      'heldout422-open-food-facts-product': ['Barcode:', '3760214880126', '(EAN / EAN-13)'],
      'heldout422-supermarket-product-page': [
        '£1.80 Club Price',
        'Product information is supplied by our suppliers and may change. Always read the label before use.',
      ],
      'heldout422-shopify-dawn-supplement-label': ['$28.00 USD'],
      'heldout422-calculator-site-calorie-calculator': [
        'calorie calculator',
        'Weight',
        'Activity',
        'Result',
        'The results show a number of daily calorie estimates.',
        'Maintain weight',
        '2,575 Calories/day',
        'Mild weight loss (0.5 lb/week)',
        '2,325 Calories/day',
        'Weight loss (1 lb/week)',
        '2,075 Calories/day',
      ],
    },
  },
  {
    batch: 423,
    pages: HELDOUT423_PAGES,
    precision: 0.97,
    recall: 0.925,
    leaks: {
      'heldout423-lichess-study-docs': ['Stockfish 17 · NNUE'],
      'heldout423-pawnarchive-annotated-game-docs': [
        'Tollmarsh Analysis Group',
        'Annotated by',
        'Premium Chessgames Members can see and post deeper analysis.',
        'Kibitzing',
        'Lovely game. 8.b4 looks so innocent but it takes away every square the black queen wants.',
        'I think 24...Rf7 still holds for Black, although it is very passive.',
        'Oct-10-26',
        'Oct-11-26',
      ],
      'heldout423-chessbase-news-story': ['Teague – Rautio, Armageddon (final)'],
      'heldout423-365chess-opening-explorer-docs': ['Nimzo-Indian Defense'],
    },
  },
];
