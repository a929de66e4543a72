import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT346_PAGES } from './pages-heldout346.js';
import { HELDOUT347_PAGES } from './pages-heldout347.js';
import { HELDOUT348_PAGES } from './pages-heldout348.js';
import { HELDOUT349_PAGES } from './pages-heldout349.js';
import { HELDOUT350_PAGES } from './pages-heldout350.js';
import { HELDOUT351_PAGES } from './pages-heldout351.js';

/** Batches 346 to 351 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_346_351: readonly MeasuredBatch[] = [
  {
    batch: 346,
    pages: HELDOUT346_PAGES,
    precision: 0.955,
    recall: 0.965,
    leaks: {
      'heldout346-citizens-advice-faulty-goods-docs': ['Within 30 days', 'After 30 days', 'After 6 months', 'If the seller refuses'],
      'heldout346-moneysavingexpert-vanilla-thread-forum': ['MoneySavingExpert'],
      'heldout346-elementor-claims-blog': ['How much compensation', 'Extraordinary circumstances'],
      'heldout346-cpsc-recall-news': ['Recalls'],
      'heldout346-trustpilot-company-page-docs': [
        'Gwendolyn A.',
        'Fast delivery, honest refund',
        'My headphones had a crackle in one ear. I emailed on a Sunday and had a returns label within an hour',
        'Tobias R.',
        'Still waiting for my laptop',
        'Ordered a laptop for my daughter three weeks ago. The tracking has not moved in ten days and nobody ',
        'Mehreen K.',
        'Good prices, average packaging',
        'The toaster arrived with a dented box but works fine. Cheaper than the big chains by about twenty po',
        'Hi Tobias, we are sorry about the delay. Our courier has confirmed the parcel was held at a depot, a',
      ],
    },
  },
  {
    batch: 347,
    pages: HELDOUT347_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout347-canada-ca-gcweb-docs': ['The rules in this guide apply to rental periods that begin on or after April 1, 2026.'],
      'heldout347-drupal-any-answers-forum': ['Log in', 'Register', 'Any Answers', 'Log in or register to reply'],
      'heldout347-nextjs-crypto-guide-blog': [
        'Import every wallet and exchange in minutes. Try Satstax free',
        'This guide is general information, not tax advice. Rules differ between countries and change often.',
      ],
    },
  },
  {
    batch: 348,
    pages: HELDOUT348_PAGES,
    precision: 0.97,
    recall: 0.965,
    leaks: {
      'heldout348-angular-plant-profile-docs': ['Gardens'],
      'heldout348-shopify-dawn-product-docs': [
        '3 litre pot',
        'Plant guarantee',
        'If a plant fails to establish in its first year, send us a photo and we will replace it.',
      ],
      'heldout348-woocommerce-storefront-listing-docs': ['Sale!', 'Beefsteak'],
      'heldout348-ghost-casper-blog': ['Fernlog Plus members can set a separate winter profile for each room. Try it free for 14 days.'],
      'heldout348-wix-community-garden-docs': ['Volunteer'],
    },
  },
  {
    batch: 349,
    pages: HELDOUT349_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout349-sparknotes-chapter-summary': ['Summary'],
      'heldout349-cliffsnotes-character-analysis': ['Character Analysis', 'Character Analysis', 'Ottoline Marsh'],
      'heldout349-litcharts-theme': [
        'A Ledger of Small Rains',
        'Quotes',
        'Below you will find the important quotes in A Ledger of Small Rains related to the theme of Memory a',
        'Explanation and Analysis:',
        'Memory and Inheritance',
      ],
      'heldout349-coursehero-study-guide': ['A Ledger of Small Rains', 'Context'],
      'heldout349-chegg-question': ['Question:', 'Explanation:', 'Expert Answer'],
      'heldout349-shmoop-poem-analysis': ['Winter Wharf', 'Analysis', 'Analysis', 'Form and Meter'],
      'heldout349-elementor-teacher-blog': ['About'],
      'heldout349-thestudentroom-thread': ['Badges: 8', 'Badges: 14', 'Badges: 6', 'Badges: 20', 'Reply', 'Reply to thread'],
      'heldout349-seneca-course': ['48,210 students studying', '0% complete'],
    },
  },
  {
    batch: 350,
    pages: HELDOUT350_PAGES,
    precision: 0.925,
    recall: 0.97,
    leaks: {
      'heldout350-clinicaltrials-gov-study-record': [
        'Halvern Therapeutics',
        'Study Director: Oriane Castellow, MD, Halvern Therapeutics',
        'Contacts and Locations',
        'Collaborators and Investigators',
        'This section provides the contact details for those conducting the study, and information on where t',
        'Study Locations: 48 sites in 6 countries',
        'Researchers look for people who fit a certain description, called eligibility criteria.',
      ],
      'heldout350-eu-clinical-trials-register-protocol': [
        'Western Lakes University Hospital Group',
        'From 31 January 2025 all clinical trials in the EU/EEA are submitted through the Clinical Trials Inf',
        'EudraCT Number:',
        "Sponsor's Protocol Code Number:",
        'Clinical Trial Type:',
        'EEA CTA',
        'Trial Status:',
        'Ongoing',
        'Date on which this record was first entered in the EudraCT database:',
        'B. Sponsor Information',
      ],
      'heldout350-cochrane-library-plain-language-summary': ['Abstract', 'Read the full abstract'],
      'heldout350-medrxiv-preprint-abstract': [
        'This article is a preprint and has not been certified by peer review. It reports new medical researc',
        'New Results',
        'This article is a preprint and has not been peer-reviewed [what does this mean?].',
      ],
      'heldout350-hospital-elementor-research-news': ['Home'],
      'heldout350-webflow-trial-recruitment': [
        'people needed',
        'Funded and supported by',
        'This study has been approved by the Severnside Research Ethics Committee (ref 25/SV/0142).',
      ],
      'heldout350-ukri-gateway-to-research-project': [
        'Category',
        'Planned Impact',
        'No planned impact summary was provided for this project.',
        'Research Subjects',
        'Health Category',
        'Mental Health',
        'Neurological',
        'Export',
      ],
      'heldout350-full-fact-health-fact-check': ['We’re always happy to hear from you. If you think we’ve got something wrong, tell us about it.'],
      'heldout350-squiz-matrix-ctu-participant-results-summary': ['Study'],
    },
  },
  {
    batch: 351,
    pages: HELDOUT351_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout351-fa-fulltime-league-table': ['Black Country Sunday League', 'View all results'],
      'heldout351-elementor-safeguarding-policy': [
        'Adopted by the committee on 9 September 2025',
        'Contact',
        'Who to contact',
        'Club Welfare Officer: Rachel Thorne',
      ],
      'heldout351-strava-activity-ride-report': ['– Ride'],
    },
  },
];
