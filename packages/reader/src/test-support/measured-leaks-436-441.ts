import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT436_PAGES } from './pages-heldout436.js';
import { HELDOUT437_PAGES } from './pages-heldout437.js';
import { HELDOUT438_PAGES } from './pages-heldout438.js';
import { HELDOUT439_PAGES } from './pages-heldout439.js';
import { HELDOUT440_PAGES } from './pages-heldout440.js';
import { HELDOUT441_PAGES } from './pages-heldout441.js';

/** Batches 436 to 441 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_436_441: readonly MeasuredBatch[] = [
  {
    batch: 436,
    pages: HELDOUT436_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout436-elementor-lawyer-profile-docs': ['Founding Partner, Employment Litigation', 'Prior results do not guarantee a similar outcome.'],
      'heldout436-nextjs-legal-directory-listing-docs': [
        'Criminal Defense Lawyer in Harwick, Calder',
        '23 reviews',
        'Claimed profile',
        'Licensed for 14 years',
        'LawScout checks licenses against state bar records. Last verified January 2026.',
        'Average rating from 23 reviews',
        'Great lawyer',
        'Sealed my record',
        'LawScout is not a law firm and does not provide legal advice. Lawyer ratings are based on informatio',
      ],
      'heldout436-wix-immigration-faq-docs': ['FAQ'],
      'heldout436-drupal-olivero-legal-aid-service-docs': ['Housing', 'Emergency Rental Assistance'],
      'heldout436-webflow-estate-planning-landing-docs': ['Pricing', 'Simple, flat-fee pricing'],
      'heldout436-discourse-lawyers-forum-thread': ['Reply', 'last reply'],
    },
  },
  {
    batch: 437,
    pages: HELDOUT437_PAGES,
    precision: 0.97,
    recall: 0.915,
    leaks: {
      'heldout437-aem-hcp-product': [
        'Efficacy',
        'Safety',
        'Dosing',
        'Stay up to date on VELUNOR',
        'INDICATION & SAFETY INFORMATION',
        'VELUNOR may increase the risk of serious infections and is not for patients with active TB. See full',
      ],
      'heldout437-hubspot-device-product': ['Caution: Federal law (USA) restricts this device to sale by or on the order of a physician.'],
      'heldout437-nextjs-trial-patient': ['Now enrolling', 'ClinicalTrials.gov identifier: NCT06817734'],
      'heldout437-wix-patient-support': ['Questions? Call 1-855-555-0199, Monday to Friday, 8 AM to 8 PM ET.'],
      'heldout437-q4-investor-event': ['Overview'],
      'heldout437-phenom-careers-story': ['Internal moves in 2025: 1,140', 'Rotation length: up to 3 months'],
    },
  },
  {
    batch: 438,
    pages: HELDOUT438_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout438-drupal-port-notice': ['Attachments'],
      'heldout438-hubspot-customs-guide': [
        'Get an EORI number',
        'Classify your goods',
        'Work out the customs value',
        'Check what you will pay',
        'Make the declaration',
        'Common mistakes',
      ],
      'heldout438-ghost-casper-blog': [
        'Our customers wanted certainty. What they needed was honesty about uncertainty.',
        'Loadstar customers can switch arrival windows on for their whole account under Settings, then Notifi',
      ],
      'heldout438-squarespace-press-release': ['CAMBRIDGE RIDGE, Ohio (March 2, 2026) –', 'About'],
      'heldout438-elementor-3pl-services': ['Services'],
    },
  },
  {
    batch: 439,
    pages: HELDOUT439_PAGES,
    precision: 0.97,
    recall: 0.94,
    leaks: {
      'heldout439-elementor-blog': ['Completed: January 2026', 'Project Spotlight', 'Location: Larkfield, Kent', 'Duration: 19 weeks'],
      'heldout439-govuk-docs': ['Guidance'],
      'heldout439-drupal-docs': ['Technical', 'Brickwork', 'Movement'],
      'heldout439-nextjs-blog': ['Typical time an RFI stays open on a mid-size commercial project'],
    },
  },
  {
    batch: 440,
    pages: HELDOUT440_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout440-huggingface-model-card-docs': ['nordlys-ai'],
      'heldout440-replicate-model-api-docs': ['Sharp 4x upscaling that keeps text and texture', 'README'],
      'heldout440-ghost-casper-research-blog': ['Six months of work on getting a small model to decline when it is likely to be wrong.'],
      'heldout440-intercom-help-article-docs': ['Download every conversation as one archive.'],
      'heldout440-gradio-leaderboard-docs': ['🏅 Leaderboard', 'Filters'],
      'heldout440-kaggle-competition-overview-docs': ['Mean Absolute Scaled Error'],
      'heldout440-civitai-gallery-post-blog': [
        'Image generation is paused for scheduled maintenance on Sunday from 02:00 UTC.',
        'Prompt',
        'Negative prompt',
        'Sampler: DPM++ 2M Karras',
        'Resources used',
        'Chartwork XL',
        'Checkpoint',
        'Old Sea Charts',
        'LoRA',
      ],
    },
  },
  {
    batch: 441,
    pages: HELDOUT441_PAGES,
    precision: 0.96,
    recall: 0.97,
    leaks: {
      'heldout441-jupyter-book-chapter-docs': ['Random walks and diffusion'],
      'heldout441-openlearn-unit-docs': ['About', 'Allow about 15 minutes'],
      'heldout441-bookdown-chapter-docs': ['5 Estimating survival with Kaplan-Meier'],
      'heldout441-wikibooks-page-wiki': ['Amateur Beekeeping'],
      'heldout441-oer-commons-resource-docs': [
        'Delphine Achterberg',
        '09/23/2025',
        'Middle School',
        'Unit of Study',
        'Middle School',
        'Grade 6, Grade 7, Grade 8',
        'Pellam County Schools',
        'English',
        'There are no standards aligned to this resource yet.',
      ],
    },
  },
];
