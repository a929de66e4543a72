import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT628_PAGES } from './pages-heldout628.js';
import { HELDOUT629_PAGES } from './pages-heldout629.js';
import { HELDOUT630_PAGES } from './pages-heldout630.js';
import { HELDOUT631_PAGES } from './pages-heldout631.js';
import { HELDOUT632_PAGES } from './pages-heldout632.js';
import { HELDOUT633_PAGES } from './pages-heldout633.js';

/** Batches 628 to 633 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_628_633: readonly MeasuredBatch[] = [
  {
    batch: 628,
    pages: HELDOUT628_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout628-shopify-dawn-seat-cleaning': ['Shop the kit: Fabric Clean 500ml, Tornado Upholstery Brush'],
      'heldout628-nextjs-windscreen-appointment': [
        'Need a courtesy car?',
        'Ask when you book. Centres can lend one while your car cures.',
        'Book your replacement online',
        'Choose a time at a centre or at home in under two minutes.',
        'Start my quote',
      ],
    },
  },
  {
    batch: 629,
    pages: HELDOUT629_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout629-shopify-dawn-soap-bar': ['Contact'],
      'heldout629-table-layout-oatmeal-soap': ['All recipes and pictures © 2002-2004 Bramble Cottage Soaps. Please do not copy without asking.'],
    },
  },
  {
    batch: 630,
    pages: HELDOUT630_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout630-woocommerce-ras-el-hanout': ['Description'],
      'heldout630-drupal-olivero-lemon-balm': ['Plant family'],
    },
  },
  {
    batch: 631,
    pages: HELDOUT631_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout631-reflexology-voucher-shopify': ['Delivery', 'Printed vouchers are sent by first class post within two working days.'],
    },
  },
  {
    batch: 632,
    pages: HELDOUT632_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout632-shopify-pony-day-voucher': ['Cancellations and refunds'],
    },
  },
  {
    batch: 633,
    pages: HELDOUT633_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout633-squarespace-sign-case-study': ['Gilding'],
      'heldout633-wix-pet-sessions': ['Sessions'],
      'heldout633-mediawiki-ground-control': ['Suggested points by site size'],
      'heldout633-drupal-guild-market-hall': ['Apprentices'],
      'heldout633-hugo-horses-liberty': ['liberty', 'horses'],
      'heldout633-table-layout-gold-glass': ['Above: window for the Black Bull, Nethercote (2007)'],
    },
  },
];
