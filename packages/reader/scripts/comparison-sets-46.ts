/**
 * The page sets of the extractor comparison written in session 46: wave 96, the project's five real-page kinds (news, blogs,
 * documentation, wikis, forums) on their current templates, eight more topic areas.
 */
import type { TestPage } from '../src/test-support/page-kit.js';
import { blindFirstSight } from './comparison-labels.js';
import { HELDOUT708_PAGES } from '../src/test-support/pages-heldout708.js';
import { HELDOUT709_PAGES } from '../src/test-support/pages-heldout709.js';
import { HELDOUT710_PAGES } from '../src/test-support/pages-heldout710.js';
import { HELDOUT711_PAGES } from '../src/test-support/pages-heldout711.js';
import { HELDOUT712_PAGES } from '../src/test-support/pages-heldout712.js';
import { HELDOUT713_PAGES } from '../src/test-support/pages-heldout713.js';
import { HELDOUT714_PAGES } from '../src/test-support/pages-heldout714.js';
import { HELDOUT715_PAGES } from '../src/test-support/pages-heldout715.js';

const WAVE96 = blindFirstSight(46, 174);

export const SESSION46_SETS: ReadonlyArray<[string, readonly TestPage[]]> = [
  [
    WAVE96(
      708,
      'travel, food and places: Brightspot, Gannett (USA Today network), WordPress (Astra), Squarespace, WordPress (Kadence, WP Recipe ' +
        'Maker), Wix, Drupal 10, a Microsoft Learn-style page, Wikivoyage, Wikipedia (Vector 2022), a TripAdvisor-style forum, Flarum',
      '98.9 % / 96.5 %, 0 / 57 bylines, 10 / 640 furniture, 0 / 12 summaries with any',
      '99.1 % / 96.5 %, 0 / 57 bylines, 9 / 640 furniture, 0 / 12 summaries with any',
      'the round-177 removed-post line tuned on its travel forum (training)',
    ),
    HELDOUT708_PAGES,
  ],
  [
    WAVE96(
      709,
      'environment, energy and climate: Arc XP live updates, a Quartz-like React site, Drupal 10, Hugo (PaperMod), WordPress ' +
        '(GeneratePress), Substack, ReadMe, VitePress, Wikipedia (Vector 2022), BookStack, Hacker News, Lemmy',
      '99.0 % / 95.7 %, 0 / 58 bylines, 9 / 498 furniture, 0 / 12 summaries with any',
      '99.0 % / 95.4 %, 0 / 58 bylines, 9 / 498 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT709_PAGES,
  ],
  [
    WAVE96(
      710,
      'education and schools: a NYT-like React site, Drupal (Olivero), WordPress (SNO Sites FLEX), Blogger, Webflow, Medium, ' +
        'Freshdesk, Antora, Wikipedia (Vector 2022), Wiki.js, MyBB, a Quora-style Q&A page',
      '98.5 % / 97.7 %, 0 / 41 bylines, 10 / 556 furniture, 1 / 12 summaries with any',
      '98.8 % / 96.9 %, 0 / 41 bylines, 9 / 556 furniture, 0 / 12 summaries with any',
      'the round-179 staff bios name tuned on its SNO Sites story (training)',
    ),
    HELDOUT710_PAGES,
  ],
  [
    WAVE96(
      711,
      'transport, cars and aviation: a Telegraph-like AEM site, WordPress (Newspaper), Nexstar, Jekyll (minima), Ghost (Casper), ' +
        'WordPress.com (Twenty Sixteen), Mintlify, MDN (Yari), Wikipedia (Vector 2022), Fandom, vBulletin 5, SMF 2.1',
      '98.7 % / 95.7 %, 1 / 45 bylines, 16 / 604 furniture, 0 / 12 summaries with any',
      '99.0 % / 95.6 %, 0 / 45 bylines, 14 / 604 furniture, 0 / 12 summaries with any',
      'the round-175 app promo line tuned on its Nexstar story (training)',
    ),
    HELDOUT711_PAGES,
  ],
  [
    WAVE96(
      712,
      'housing, home and gardening: a News UK React site, WordPress VIP, a Patch-like Next.js site, Squarespace, WordPress ' +
        '(Kadence, AAWP), Bear Blog, Docsify, LocalGov Drupal, Wikipedia (Vector 2022), TiddlyWiki, phpBB (prosilver), NodeBB',
      '99.5 % / 96.8 %, 0 / 52 bylines, 5 / 462 furniture, 1 / 12 summaries with any',
      '99.5 % / 96.8 %, 0 / 52 bylines, 5 / 462 furniture, 1 / 12 summaries with any',
      'the round-176 AAWP product box tuned on its Kadence post (training)',
    ),
    HELDOUT712_PAGES,
  ],
  [
    WAVE96(
      713,
      'history, religion and society: WordPress (Newspaper), Newspack, an NPR-style site, WordPress (Twenty Twenty-Four), ' +
        'Hypotheses (Twenty Sixteen), Tumblr, eMuseum, ArchivesSpace, Wikipedia (Vector 2022), MediaWiki (MonoBook), Invision Community, old Reddit',
      '95.7 % / 96.2 %, 0 / 47 bylines, 26 / 734 furniture, 1 / 12 summaries with any',
      '95.7 % / 96.0 %, 0 / 47 bylines, 26 / 734 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT713_PAGES,
  ],
  [
    WAVE96(
      714,
      'parenting, family and lifestyle: a Telegraph-like site, WordPress VIP, a BuzzFeed-like Next.js site, Blogger, WordPress ' +
        '(Kadence, Mediavine), Ghost (Casper), Zendesk Guide, Help Scout Docs, Wikipedia (Vector 2022), Fandom, a Mumsnet-style forum, Discourse',
      '99.3 % / 98.8 %, 2 / 56 bylines, 5 / 619 furniture, 0 / 12 summaries with any',
      '99.3 % / 98.5 %, 2 / 56 bylines, 5 / 619 furniture, 0 / 12 summaries with any',
      'the round-178 account prompt tuned on its Mumsnet-style thread (training)',
    ),
    HELDOUT714_PAGES,
  ],
  [
    WAVE96(
      715,
      'space, astronomy and physics: Future plc (WordPress), a Quanta-like site, AP News (Brightspot), Hugo (PaperMod), WordPress ' +
        '(Astra), Medium, Sphinx (PyData theme), rustdoc (docs.rs), Wikipedia (Vector 2022), MediaWiki (Timeless), IP.Board 3.4, Stack Exchange',
      '99.3 % / 93.1 %, 0 / 53 bylines, 7 / 612 furniture, 0 / 12 summaries with any',
      '99.3 % / 93.1 %, 0 / 53 bylines, 7 / 612 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT715_PAGES,
  ],
];
