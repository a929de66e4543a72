import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT226_PAGES } from './pages-heldout226.js';
import { HELDOUT227_PAGES } from './pages-heldout227.js';
import { HELDOUT228_PAGES } from './pages-heldout228.js';
import { HELDOUT229_PAGES } from './pages-heldout229.js';
import { HELDOUT230_PAGES } from './pages-heldout230.js';
import { HELDOUT231_PAGES } from './pages-heldout231.js';

/** Batches 226 to 231 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_226_231: readonly MeasuredBatch[] = [
  {
    batch: 226,
    pages: HELDOUT226_PAGES,
    precision: 0.94,
    recall: 0.955,
    leaks: {
      'heldout226-cratesio-crate': ['v0.8.2', 'Rust'],
      'heldout226-homebrew-formula': [
        'Analytics',
        'Analytics',
        'Installs (30 days)',
        'Installs on Request (30 days)',
        'Build Errors (30 days)',
        'Installs (90 days)',
        'Installs (365 days)',
        '1,204',
        '1,199',
        '3,861',
        '12,940',
      ],
      'heldout226-vscode-release-notes': ['If you’d like to read these release notes online, go to Updates on code.visualstudio.com.'],
      'heldout226-jetbrains-plugin': [
        'Rating',
        'Reviews',
        'Version 2.8.0',
        'Rating & Reviews',
        'Show all reviews',
        'Finally a formatter that does not fight our style guide. Learning took a minute and the result match',
        'Great on Postgres. The Go literal support in the last update saved me a lot of manual fiddling.',
      ],
      'heldout226-wordpress-plugin-changelog': ['Installation'],
      'heldout226-packagist-package': ['queue'],
    },
  },
  {
    batch: 227,
    pages: HELDOUT227_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout227-cyclingnews-race-report': ['Tour des Alpes Vaudoises', 'Swipe to scroll horizontally'],
      'heldout227-boxing-promoter-fight-preview': [
        'Tickets',
        'Tickets for Mensah vs Ward are on sale now from £40 via the Don Valley Arena box office and Ticketst',
      ],
      'heldout227-swimming-federation-results-news': ['Live results, start lists and heat sheets are available on our results portal.'],
      'heldout227-sailing-regatta-daily-report': [
        'Results',
        'Provisional results',
        'Provisional results for all classes are available on the Results page. Protests may change the stand',
      ],
    },
  },
  {
    batch: 228,
    pages: HELDOUT228_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout228-everlane-journal': ['Denim', 'Shop the Look'],
      'heldout228-tea-company-blog': ['Brewing'],
    },
  },
  {
    batch: 229,
    pages: HELDOUT229_PAGES,
    precision: 0.955,
    recall: 0.965,
    leaks: {
      'heldout229-google-groups-conversation-forum': ['Tomasz Wielgosz', 'buildbot-users', 'to buildbot-users', 'to Tomasz Wielgosz, buildbot-users'],
      'heldout229-ghost-newsletter-post-blog': ['The full survey data, with grid references for every record, is available to members on request.'],
      'heldout229-lists-debian-message-forum': ['To', 'Reply to:'],
      'heldout229-lore-kernel-lkml-message-forum': [
        'latest',
        'help',
        'color',
        'mirror',
        'Atom feed',
        'linux-hwmon@vger.kernel.org',
        'devicetree@vger.kernel.org',
        'linux-kernel@vger.kernel.org',
        'This is a public inbox, see mirroring instructions for how to clone and mirror all data and code use',
      ],
      'heldout229-campaign-monitor-charity-webversion-news': ['Winter newsletter 2025', 'Volunteers at the Calstock fire station warm room in January.'],
      'heldout229-sympa-list-archive-message-forum': ['Archive'],
    },
  },
  {
    batch: 230,
    pages: HELDOUT230_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout230-hackster-project-docs': ['Schematics'],
    },
  },
  {
    batch: 231,
    pages: HELDOUT231_PAGES,
    precision: 0.965,
    recall: 0.94,
    leaks: {
      'heldout231-stackoverflow-es-question': ['Formulada', 'Vista', '87 veces', 'Añade un comentario', '1 respuesta'],
      'heldout231-ask-metafilter-question': ['7 users marked this as a favorite', 'Answers', '4 favorites', '2 favorites', '1 favorite', '[best answer!]'],
      'heldout231-microsoft-qa-question': ['Reputation points'],
      'heldout231-justanswer-car-question': ['Customer', 'Customer Question', 'This answer was rated:'],
      'heldout231-brainly-question': ['Physics', 'High School', 'Answer', 'Expert-Verified Answer', 'question', 'Ambitious', '1.2K people helped'],
      'heldout231-chegg-homework-qa': ['Not the question you’re looking for?', 'Post any question and get expert help quickly.'],
      'heldout231-libanswers-ask-librarian-faq': ['Answer', 'Links & Files', 'Topics', 'Interlibrary Loan'],
    },
  },
];
