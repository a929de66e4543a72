import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT460_PAGES } from './pages-heldout460.js';
import { HELDOUT461_PAGES } from './pages-heldout461.js';
import { HELDOUT462_PAGES } from './pages-heldout462.js';
import { HELDOUT463_PAGES } from './pages-heldout463.js';
import { HELDOUT464_PAGES } from './pages-heldout464.js';
import { HELDOUT465_PAGES } from './pages-heldout465.js';

/** Batches 460 to 465 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_460_465: readonly MeasuredBatch[] = [
  {
    batch: 460,
    pages: HELDOUT460_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout460-elementor-skink-profile': ['Species Profiles', 'More species profiles', 'Centralian Knob-tail Gecko', 'Painted Dragon'],
      'heldout460-discourse-crested-gecko': ['Solution'],
      'heldout460-shopify-apisto-pair': ['Low stock: 3 left', 'Live arrival guarantee'],
      'heldout460-table-layout-show-results': ['<< 2024 results'],
    },
  },
  {
    batch: 461,
    pages: HELDOUT461_PAGES,
    precision: 0.97,
    recall: 0.95,
    leaks: {
      'heldout461-drupal-auction-lot': ['Lot 142', 'Estimate', '€6,000 - €9,000'],
      'heldout461-wix-watch-brand-history': ['VOSSBERG'],
      'heldout461-woocommerce-watch-product': ['€2.450,00'],
    },
  },
  {
    batch: 462,
    pages: HELDOUT462_PAGES,
    precision: 0.965,
    recall: 0.885,
    leaks: {
      'heldout462-municode-zoning-section': ['Tamsworth, GA', 'Code of Ordinances'],
      'heldout462-civicplus-rezoning-notice': ['News Flash'],
      'heldout462-engagementhq-rezoning': ['Consultation has concluded'],
      'heldout462-appeal-decision-table-layout': [
        'Site visit made on 3 March 2027',
        'an Inspector appointed by the Secretary of State',
        'Decision date: 24 March 2027',
        'Decided',
      ],
    },
  },
  {
    batch: 463,
    pages: HELDOUT463_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout463-aem-sustainability-report': [
        'Chapter 3 of 6',
        'Source: Halvorsen environmental data, audited by Brekke & Lund AS. Figures for 2024 restated.',
        'Download the full report',
        'Download',
        'Next chapter',
      ],
      'heldout463-elementor-climate-targets': ['Sustainability'],
      'heldout463-shopify-bcorp-impact': ['Send us your jacket', 'Torn, worn or missing a zip? We fix it for free.'],
    },
  },
  {
    batch: 464,
    pages: HELDOUT464_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout464-jadu-bins-a-to-z-docs': ['D', 'F', 'H', 'I', 'J', 'K', 'L', 'O', 'Q', 'R', 'S', 'U', 'V', 'X', 'Y', 'Z'],
      'heldout464-squarespace-repair-cafe-blog': ['Home'],
      'heldout464-nextjs-deposit-return-news': ['Recycling'],
      'heldout464-wix-textile-charity-blog': ['1,840 tonnes collected in 2025', '£412,000 raised for young carers'],
      'heldout464-shopify-bathroom-swaps-blog': ['Bathroom'],
      'heldout464-hubspot-skip-hire-docs': ['Skip Hire', 'About'],
      'heldout464-table-layout-parish-recycling-docs': ['Recycling'],
    },
  },
  {
    batch: 465,
    pages: HELDOUT465_PAGES,
    precision: 0.97,
    recall: 0.955,
    leaks: {
      'heldout465-elementor-location': ['Our other spaces'],
      'heldout465-drupal-fitout': ['Technology'],
      'heldout465-aspnet-broker-table': [
        'Home',
        'Interested in this centre?',
        'Centre ID: 2291. Information supplied by the centre operator and believed to be correct. Last checke',
      ],
    },
  },
];
