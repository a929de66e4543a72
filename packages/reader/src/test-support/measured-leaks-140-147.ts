import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT140_PAGES } from './pages-heldout140.js';
import { HELDOUT141_PAGES } from './pages-heldout141.js';
import { HELDOUT142_PAGES } from './pages-heldout142.js';
import { HELDOUT143_PAGES } from './pages-heldout143.js';
import { HELDOUT144_PAGES } from './pages-heldout144.js';
import { HELDOUT145_PAGES } from './pages-heldout145.js';
import { HELDOUT146_PAGES } from './pages-heldout146.js';
import { HELDOUT147_PAGES } from './pages-heldout147.js';

/** Batches 140 to 147 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_140_147: readonly MeasuredBatch[] = [
  {
    batch: 140,
    pages: HELDOUT140_PAGES,
    precision: 0.965,
    recall: 0.97,
    leaks: {
      'heldout140-math-stackexchange-question': [
        '7',
        'Thanks for contributing an answer to Mathematics Stack Exchange!',
        'But avoid asking for help, clarification, or responding to other answers.',
        'Use MathJax to format equations. MathJax reference.',
        'To learn more, see our tips on writing great answers.',
        'Post as a guest',
        'Required, but never shown',
      ],
      'heldout140-vanilla-qna-discussion': ['Best Answers', 'Answers'],
      'heldout140-spiceworks-community-topic': ['Users', 'users'],
    },
  },
  {
    batch: 141,
    pages: HELDOUT141_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout141-irishtimes-news': ['Fingal Dale County Council'],
      'heldout141-hindustantimes-news': [
        'Also Read | PMC budget: ₹2,100 crore set aside for roads and drainage',
        'Also Read | Why Pune’s winter air has got worse in the last five years',
      ],
      'heldout141-news24-news': ['READ | Water crisis: Which municipalities are most at risk?', 'READ | Probe into tanker contracts in three provinces'],
    },
  },
  {
    batch: 142,
    pages: HELDOUT142_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout142-seattletimes-news': ['Business'],
      'heldout142-denverpost-news': ['Colorado State Forest Service'],
      'heldout142-calmatters-news': ['This article is part of The California Gap, a collaboration among newsrooms examining income inequal'],
    },
  },
  {
    batch: 143,
    pages: HELDOUT143_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout143-wordpress-blocksy-blog': ['# danish oil', '# teak'],
      'heldout143-typepad-blog': ['Notes from Dunmore Street', 'Dunmore Street'],
      'heldout143-hugo-docsy-blog': ['Tidewater', 'Incremental snapshots'],
      'heldout143-beautiful-jekyll-blog': ['weather'],
      'heldout143-wordpresscom-blog': ['Advertisements'],
    },
  },
  {
    batch: 144,
    pages: HELDOUT144_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout144-gitlab-docs': ['History'],
      'heldout144-rails-guide-docs': [
        'Feedback',
        'You are welcome to help improve this guide.',
        'If you spot a typo or a factual error, please contribute a fix. Our documentation contributions sect',
        'Some content may be incomplete or out of date. Check the Edge Guides first to see whether a problem ',
        'If you find something to fix but cannot patch it yourself, please open an issue.',
        'Discussion of the Ruby on Rails documentation is welcome on the official Ruby on Rails Forum.',
      ],
      'heldout144-unity-manual-docs': ['Is something on this page not working as described? It might be a known issue. Check the Issue Track'],
    },
  },
  {
    batch: 145,
    pages: HELDOUT145_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout145-wikiquote-person': ['Hannah Lusk'],
      'heldout145-wikisource-chapter': ["The Lamplighter's Almanac"],
      'heldout145-minecraft-wiki-block': ['Natural', 'Minecraft'],
      'heldout145-thistlepedia-villager': ['Thistle Hollow', 'Thistle Hollow: Seasons'],
      'heldout145-encyclopedia-com-topic': [
        'Sources:',
        'Women in American Labor: A Biographical Dictionary',
        'Encyclopedia of Cleveland History',
        'Women’s Trade Union League',
      ],
      'heldout145-hopkins-health-library': ['About'],
      'heldout145-nih-news-release': ['Contact', 'U.S. Department of Health and Human Services'],
      'heldout145-merck-manual-consumer': [
        'Professional Version',
        'View Professional Version',
        'The following English-language resource may be useful. Please note that THE MANUAL is not responsibl',
      ],
    },
  },
  {
    batch: 146,
    pages: HELDOUT146_PAGES,
    precision: 0.97,
    recall: 0.95,
    leaks: {
      'heldout146-xda-forums-thread': ['Veltra', 'Code:'],
      'heldout146-arch-linux-fluxbb-topic': ['Strix', 'jancik'],
      'heldout146-google-groups-thread': ['quillmark-users', 'to quillmark-users'],
    },
  },
  {
    batch: 147,
    pages: HELDOUT147_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout147-sciam-news': ['On supporting science journalism'],
      'heldout147-nature-news': ['Latest on:'],
      'heldout147-technologyreview-news': ['Deep Dive'],
      'heldout147-newscientist-news': ['Topics:'],
    },
  },
];
