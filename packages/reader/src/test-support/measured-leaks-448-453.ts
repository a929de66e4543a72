import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT448_PAGES } from './pages-heldout448.js';
import { HELDOUT449_PAGES } from './pages-heldout449.js';
import { HELDOUT450_PAGES } from './pages-heldout450.js';
import { HELDOUT451_PAGES } from './pages-heldout451.js';
import { HELDOUT452_PAGES } from './pages-heldout452.js';
import { HELDOUT453_PAGES } from './pages-heldout453.js';

/** Batches 448 to 453 as measured at the session 40, rounds 117 to 124 (measured-leaks-later.ts). */
export const BATCHES_448_453: readonly MeasuredBatch[] = [
  {
    batch: 448,
    pages: HELDOUT448_PAGES,
    precision: 0.97,
    recall: 0.945,
    leaks: {
      'heldout448-drupal-olivero-printer-support': ['Files for the LX-420 series'],
      'heldout448-confluence-bios-update': ['Before you start'],
      'heldout448-sourceforge-project-download': ['SourceForge', 'Files', 'Download', 'Get Updates', 'Project Activity', 'See All Activity >', 'License'],
      'heldout448-webflow-windows-app-download': ['Download'],
      'heldout448-table-layout-scanner-utility': ['Last update: 14.02.2026', "What's New"],
    },
  },
  {
    batch: 449,
    pages: HELDOUT449_PAGES,
    precision: 0.97,
    recall: 0.86,
    leaks: {
      'heldout449-jekyll-minima-blog': ['Projects', 'See my projects →'],
      'heldout449-squarespace-blog': ['Work'],
      'heldout449-linkedin-profile-blog': [
        'Head of Clinical Data Products at Corvane Health',
        'We just published what we learned from a year of discharge data. Three surprises, and one thing we g',
        'Hiring: a senior designer who has worked in clinical settings. Fully remote within the UK.',
        'Shared by Ayodele Brannigan-Fosse',
        'See all activities',
      ],
      'heldout449-webflow-blog': ['About', 'Trusted by teams at', 'Ledgerline', 'Pinwheel Maps', 'Northcap Bank', 'Sorrel'],
      'heldout449-drupal-staff-docs': ['Research', 'Research', 'Senior Lecturer in Medieval History'],
      'heldout449-nextjs-speaker-blog': ['Schedule', 'Principal Engineer, Kestrel Health', 'Add to my schedule'],
      'heldout449-wix-actor-blog': ['Representation', 'Harlow & Finch Management'],
    },
  },
  {
    batch: 450,
    pages: HELDOUT450_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout450-sciencedirect-retraction-notice-docs': ['Seasonal nitrate flux in a restored chalk-stream floodplain'],
      'heldout450-springerlink-erratum-docs': ['Article'],
      'heldout450-ghost-casper-factcheck-we-got-it-wrong-news': [
        'Spotted a mistake? Email corrections@checkpoint-tarrow.example and we will reply within two working ',
      ],
      'heldout450-nbs-orbit-ecu-finding-news': ['Programme', 'Service', 'Transmission', '14 January 2026, 18:00', 'Status'],
      'heldout450-drupal-press-regulator-ruling-docs': ['1 Accuracy', 'Decision of the Complaints Committee – 04112-25 Linnell v Saltmarsh Evening Post'],
      'heldout450-biorxiv-highwire-preprint-withdrawn-docs': ['New Results'],
      'heldout450-conde-verso-react-editors-note-news': [
        'Editor’s Note',
        'We have removed a story after finding that it did not meet our standards.',
        'Enjoy unlimited access to The Calloway Review. Subscribe for $1 a week.',
      ],
      'heldout450-mediawiki-vector-publisher-errata-wiki': ['Page'],
    },
  },
  {
    batch: 451,
    pages: HELDOUT451_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout451-safari-reader-blog': ['Harbourline Engineering'],
      'heldout451-wordpress-print-preview-blog': ['Balcony'],
      'heldout451-wp-recipe-maker-print-blog': ['servings', 'Servings', 'people'],
    },
  },
  {
    batch: 452,
    pages: HELDOUT452_PAGES,
    precision: 0.96,
    recall: 0.81,
    leaks: {
      'heldout452-pretty-feed-podcast': ['Hosted by Maren Toll and Idris Fenwick', 'Web Feed Preview', 'Visit Website →', 'Recent Items', 'Download MP3'],
      'heldout452-feedburner-news': [
        '“The Harrowgate Courier - Top Stories” is a feed brought to you by FeedBurner. Use it to keep up wit',
        'Current Feed Content',
      ],
      'heldout452-firefox-atom-preview-blog': ['Media files', 'starter-and-cache.jpg (image/jpeg, 212 KB)'],
      'heldout452-arc-news-html-sitemap': ['Sitemap'],
      'heldout452-nextjs-jsonfeed-reader-blog': ['#release', '#serif', '#marlow', '#process', '#spacing', '#printing', '#specimen'],
      'heldout452-feedly-entry-news': ['The post Tidal turbines off Skerrow Point pass their first winter appeared first on The Island Wire.'],
      'heldout452-wordpress-category-feed-news': [
        'Okanee Valley Gazette',
        'You are viewing the RSS feed for this category. Copy the address into a feed reader to follow new st',
        'The post Orchard growers brace for a short cherry season appeared first on Okanee Valley Gazette.',
        'The post Irrigation district approves new rates after heated meeting appeared first on Okanee Valley',
        'The post Young ranchers learn the business at a weekend bootcamp appeared first on Okanee Valley Gaz',
        'The post Grain co-op opens its new drying facility in Marlo appeared first on Okanee Valley Gazette.',
        'The post Extension service offers free soil tests through April appeared first on Okanee Valley Gaze',
      ],
      'heldout452-planet-venus-aggregator-blog': ['Corin Ashdown', 'Fenwick Foundation', 'Mireille Castang', 'Thornbury Data Lab'],
      'heldout452-canny-changelog-docs': ['Follow up on the latest improvements and updates.', 'New', 'Improved', 'Fixed'],
    },
  },
  {
    batch: 453,
    pages: HELDOUT453_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout453-canada-ca-news': [
        'Transport Canada',
        '- 30 -',
        'Contacts',
        'Media Relations',
        'Transport Canada, Ottawa',
        'Stay connected with Transport Canada on social media.',
        'Social media',
      ],
      'heldout453-wordpress-poetry-blog': ['Poems © Aimeric Sestan. Translations © Hollis Wray. Reprinted with permission.'],
      'heldout453-nextjs-hongkong-news': ['Morning Briefing'],
      'heldout453-iweb-swiss-municipality-docs': ['Dokumente', 'Zurück zur Übersicht'],
      'heldout453-smore-school-newsletter-blog': ['Translate', 'Smore can translate this newsletter into 100+ languages.', 'Español'],
      'heldout453-wix-belgian-association-docs': ['Atelier vélo, octobre 2026'],
      'heldout453-liferay-basque-agenda-news': ['Gehiago irakurri'],
    },
  },
];
