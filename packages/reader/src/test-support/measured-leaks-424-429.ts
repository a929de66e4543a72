import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT424_PAGES } from './pages-heldout424.js';
import { HELDOUT425_PAGES } from './pages-heldout425.js';
import { HELDOUT426_PAGES } from './pages-heldout426.js';
import { HELDOUT427_PAGES } from './pages-heldout427.js';
import { HELDOUT428_PAGES } from './pages-heldout428.js';
import { HELDOUT429_PAGES } from './pages-heldout429.js';

/** Batches 424 to 429 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_424_429: readonly MeasuredBatch[] = [
  {
    batch: 424,
    pages: HELDOUT424_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout424-drupal-state-agency-docs': ['Did you know?', 'Related documents', 'Fall Turkey and Small Game'],
      'heldout424-nextjs-tide-times-docs': ['Heights above chart datum. Times in BST.'],
      'heldout424-wix-fishery-venue-docs': ['Ashby Moor Fisheries'],
      'heldout424-webflow-charter-listing': [
        'Check availability',
        'Secure booking powered by FareHarbor. You will not be charged until your trip is confirmed.',
      ],
    },
  },
  {
    batch: 425,
    pages: HELDOUT425_PAGES,
    precision: 0.97,
    recall: 0.96,
    leaks: {
      'heldout425-ted-talk-blog': ['This talk was presented at a TEDx event using the TED conference format but independently organized '],
      'heldout425-infoq-presentation-docs': [
        'About the conference',
        'Software is changing the world. QCon empowers software development by facilitating the spread of kno',
        'See more presentations with transcripts',
      ],
    },
  },
  {
    batch: 426,
    pages: HELDOUT426_PAGES,
    precision: 0.97,
    recall: 0.965,
    leaks: {
      'heldout426-slideshare-deck-transcript': ['8 slides', 'Transcript'],
      'heldout426-speakerdeck-deck': ['Transcript', 'Slide 1', 'Slide 2', 'Slide 3', 'Slide 4', 'Slide 5', 'Slide 6', 'Slide 7', 'Slide 8', 'Slide 9'],
      'heldout426-revealjs-export-docs': ['Slides and code: harrowmoor-sound.example.org'],
      'heldout426-marp-html-deck-docs': ['Platform Guild · Lunch and Learn'],
      'heldout426-notion-export-outline-docs': ['All-hands'],
      'heldout426-prezi-presentation-page': ['Transcript'],
      'heldout426-finalsite-school-lesson-deck': ['Geography'],
      'heldout426-canva-site-design-page': ['Our Year'],
      'heldout426-f1000-poster-page': ['Poster', 'Views', 'Downloads', 'Keywords', 'bats, hedgerows, connectivity, acoustic monitoring, farmland'],
    },
  },
  {
    batch: 427,
    pages: HELDOUT427_PAGES,
    precision: 0.97,
    recall: 0.895,
    leaks: {
      'heldout427-drupal-olivero-docs': ['Apply'],
      'heldout427-terminalfour-university-listing-docs': ['International', 'Scholarships', 'Undergraduate'],
      'heldout427-nextjs-scholarship-aggregator-docs': ['ScholarRoute is not affiliated with this award provider. Always confirm details on the provider’s we'],
      'heldout427-squarespace-community-grants-docs': ['Volunteer'],
      'heldout427-react-grants-database-listing': ['Arts education'],
    },
  },
  {
    batch: 428,
    pages: HELDOUT428_PAGES,
    precision: 0.97,
    recall: 0.955,
    leaks: {
      'heldout428-wiktionary-entry': ['The translations below need to be checked and inserted above into the appropriate translation tables'],
      'heldout428-wordgrove-thesaurus-nextjs': ['Strongest matches', 'Weak matches'],
      'heldout428-wordreference-bilingual-entry': [
        'Principal Translations',
        'Additional Translations',
        'Compound Forms:',
        'also found in these entries (note: many are not synonyms or translations):',
      ],
      'heldout428-idiom-cupboard-generatepress': ['From a short story in a county almanac, 1851'],
    },
  },
  {
    batch: 429,
    pages: HELDOUT429_PAGES,
    precision: 0.97,
    recall: 0.92,
    leaks: {
      'heldout429-webflow-incident-notice': ['Questions?'],
      'heldout429-word-html-breach-letter': ['Mail ID: 4471-0029-HV', '123 Any Street', 'Sincerely,'],
      'heldout429-nextjs-credit-monitoring-enrol': ['Activation code', 'Your details', 'Verify identity'],
      'heldout429-aspnet-settlement-website': [
        'Documents',
        'This website is authorized by the Court, supervised by counsel to the parties, and controlled by the',
      ],
      'heldout429-medium-incident-apology': ['Priya Castellano', '— Priya Castellano, CEO, Quillmark Payroll', 'Payroll'],
      'heldout429-khoros-support-forum-thread': ['Showing 4 of 4 replies'],
    },
  },
];
