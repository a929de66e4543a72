import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT124_PAGES } from './pages-heldout124.js';
import { HELDOUT125_PAGES } from './pages-heldout125.js';
import { HELDOUT126_PAGES } from './pages-heldout126.js';
import { HELDOUT127_PAGES } from './pages-heldout127.js';
import { HELDOUT128_PAGES } from './pages-heldout128.js';
import { HELDOUT129_PAGES } from './pages-heldout129.js';
import { HELDOUT130_PAGES } from './pages-heldout130.js';
import { HELDOUT131_PAGES } from './pages-heldout131.js';

/** Batches 124 to 131 as measured at the end of session 30 (measured-leaks-later.ts). */
export const BATCHES_124_131: readonly MeasuredBatch[] = [
  {
    batch: 124,
    pages: HELDOUT124_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout124-guardian-news': ['Before you move on …', 'If you can, please consider a small regular contribution. It takes less than a minute.'],
      'heldout124-aljazeera-news': ['Recommended Stories'],
    },
  },
  {
    batch: 125,
    pages: HELDOUT125_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout125-medium-blog': ['Help'],
      'heldout125-blogger-blog': ['Cairn Liath'],
      'heldout125-wix-blog': ['Lighting', 'A north-facing snug in Redland, painted in a warm off-white with oak shelving and a rust wool rug.'],
      'heldout125-devto-blog': ['#postgres'],
      'heldout125-hugo-papermod-blog': ['Home', 'UPS'],
    },
  },
  {
    batch: 126,
    pages: HELDOUT126_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout126-mdn-docs': ['Clipboard', 'readFormats()', 'Clipboard API', 'Events', 'paste'],
      'heldout126-microsoft-learn-docs': ['Tessera', 'Data retention', 'Audit log', 'Article'],
      'heldout126-github-docs': ['Merge windows'],
      'heldout126-aws-userguide-docs': ['AWS'],
      'heldout126-google-cloud-docs': [
        'Relay Queues',
        'Delivery retry policies',
        'Monitor',
        'Try it for yourself',
        'Create a Google Cloud account to see how Relay Queues performs with your own workloads. New customer',
      ],
      'heldout126-docusaurus-docs': ['Middleware', 'middleware'],
      'heldout126-mkdocs-material-docs': ['Configuration', 'Secrets'],
      'heldout126-django-docs-topic': ['Django', '5.2'],
    },
  },
  {
    batch: 127,
    pages: HELDOUT127_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout127-wikipedia-biography': ['Ruth Ekdahl'],
      'heldout127-fandom-character': ['Order of the Lantern'],
      'heldout127-fandom-location': ['Interactive Map', 'Cinder Reach map'],
      'heldout127-wikihow-howto': ['Submit', 'Submit a Tip', 'About This Article', 'Co-authored by:', 'Horticulturist'],
      'heldout127-archwiki-software': ['Reason: Document the conflict-resolution settings added in version 2.3. (Discuss in Talk:Quillsync)'],
    },
  },
  {
    batch: 128,
    pages: HELDOUT128_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout128-shreddit-thread': ['r/wintercommuting'],
      'heldout128-superuser-question': ['Help'],
      'heldout128-github-issue': ['driftwood', '1', '3', '4', 'added', 'bug', 'area: cache', 'Bug'],
    },
  },
  {
    batch: 129,
    pages: HELDOUT129_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout129-usatoday-news-story': ['How to use a space heater safely this winter'],
      'heldout129-cnbc-news-article': ['Utilities'],
      'heldout129-business-insider-news-article': ['Do you work at a company that has added back management layers? Contact this reporter at hokafor@bus'],
      'heldout129-vox-news-explainer': ['Here at Vox, we explain the news so that everyone can understand the world, and reader support keeps'],
      'heldout129-huffpost-news-story': ['Support HuffPost'],
    },
  },
  {
    batch: 130,
    pages: HELDOUT130_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout130-bloomberg-news': ['(Updates with analyst comment in seventh paragraph.)'],
      'heldout130-financial-times-news': [
        'Utilities',
        'Latest on Utilities',
        'We use cookies and other data for a number of reasons, such as keeping FT Sites reliable and secure,',
      ],
      'heldout130-economist-news': ['Enjoy more audio and podcasts on iOS or Android.', 'From the March 8th 2025 edition', 'Explore the edition'],
      'heldout130-sky-news-news': ['Keep up with all the latest news from the UK and around the world by following Sky News'],
    },
  },
  {
    batch: 131,
    pages: HELDOUT131_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout131-kadence-blog': ['About', 'Next'],
      'heldout131-oceanwp-blog': ['cane'],
      'heldout131-tumblr-text-blog': ['#darning'],
      'heldout131-writeas-blog': ['#writing'],
      'heldout131-hugo-stack-blog': ['Koji'],
    },
  },
];
