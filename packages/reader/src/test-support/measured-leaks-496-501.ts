import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT496_PAGES } from './pages-heldout496.js';
import { HELDOUT497_PAGES } from './pages-heldout497.js';
import { HELDOUT498_PAGES } from './pages-heldout498.js';
import { HELDOUT499_PAGES } from './pages-heldout499.js';
import { HELDOUT500_PAGES } from './pages-heldout500.js';
import { HELDOUT501_PAGES } from './pages-heldout501.js';

/** Batches 496 to 501 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_496_501: readonly MeasuredBatch[] = [
  {
    batch: 496,
    pages: HELDOUT496_PAGES,
    precision: 0.97,
    recall: 0.955,
    leaks: {
      'heldout496-elementor-care-home': ['Make an enquiry'],
      'heldout496-drupal-inspection-summary': ['Home'],
      'heldout496-webflow-day-centre': ['Part of Eastley Age Centre'],
    },
  },
  {
    batch: 497,
    pages: HELDOUT497_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout497-wix-nursery-about': ['Bramblewood Day Nursery', 'About', 'Rooms'],
      'heldout497-astra-elementor-illness-policy': ['Signed on behalf of the committee: Imelda Foxhall, Chair'],
      'heldout497-mailchimp-parents-newsletter': ['Warm wishes,', 'Hattie Brennock', 'Nursery Manager'],
      'heldout497-hubspot-funded-hours-guide': ['Parents'],
      'heldout497-mediawiki-nursery-school-history': ['Nursery school'],
      'heldout497-frontpage-playgroup-term-dates': ['Term Dates'],
    },
  },
  {
    batch: 498,
    pages: HELDOUT498_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout498-webflow-aqua-classes': ['Book this class →'],
    },
  },
  {
    batch: 499,
    pages: HELDOUT499_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout499-table-layout-dental-fees': ['Fees correct as of April 2026'],
    },
  },
  {
    batch: 500,
    pages: HELDOUT500_PAGES,
    precision: 0.97,
    recall: 0.955,
    leaks: {
      'heldout500-hugo-papermod-race-report': ['Home'],
    },
  },
  {
    batch: 501,
    pages: HELDOUT501_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout501-blood-eligibility-drupal': ['Give blood', 'Can I give blood?'],
      'heldout501-session-finder-nextjs': ['Showing 4 of 17 sessions'],
      'heldout501-marrow-register-mediawiki': ['Transplants from register donors'],
    },
  },
];
