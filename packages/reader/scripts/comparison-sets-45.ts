/**
 * The page sets of the extractor comparison written in session 45: wave 95, the project's five real-page kinds (news, blogs,
 * documentation, wikis, forums) on their current templates.
 */
import type { TestPage } from '../src/test-support/page-kit.js';
import { blindFirstSight } from './comparison-labels.js';
import { HELDOUT700_PAGES } from '../src/test-support/pages-heldout700.js';
import { HELDOUT701_PAGES } from '../src/test-support/pages-heldout701.js';
import { HELDOUT702_PAGES } from '../src/test-support/pages-heldout702.js';
import { HELDOUT703_PAGES } from '../src/test-support/pages-heldout703.js';
import { HELDOUT704_PAGES } from '../src/test-support/pages-heldout704.js';
import { HELDOUT705_PAGES } from '../src/test-support/pages-heldout705.js';
import { HELDOUT706_PAGES } from '../src/test-support/pages-heldout706.js';
import { HELDOUT707_PAGES } from '../src/test-support/pages-heldout707.js';

const WAVE95 = blindFirstSight(45, 167);

export const SESSION45_SETS: ReadonlyArray<[string, readonly TestPage[]]> = [
  [
    WAVE95(
      700,
      'local and regional news and civic life: Arc XP, TownNews BLOX, Newspack, Substack, Blogger, Medium, Redoc, ' +
        'GOV.UK, Wikipedia (Vector 2022), DokuWiki, new Reddit (shreddit), Discourse',
      '99.3 % / 91.9 %, 0 / 51 bylines, 9 / 505 furniture, 0 / 12 summaries with any',
      '99.3 % / 91.9 %, 0 / 51 bylines, 9 / 505 furniture, 0 / 12 summaries with any',
      'the round-168 comment labels tuned on its new Reddit thread (training)',
    ),
    HELDOUT700_PAGES,
  ],
  [
    WAVE95(
      701,
      'health, medicine and science: a broadcaster (React), WordPress VIP, a news portal, Jekyll, WordPress.com, ' +
        'Ghost (Source), Sphinx (Furo), NHS.UK frontend, Wikipedia (Vector 2022), Wikibooks, XenForo, Stack Exchange',
      '98.6 % / 95.7 %, 0 / 51 bylines, 7 / 614 furniture, 1 / 12 summaries with any',
      '98.9 % / 95.7 %, 0 / 51 bylines, 6 / 614 furniture, 0 / 12 summaries with any',
      'the round-170 support line and label tuned on its broadcaster story (training)',
    ),
    HELDOUT701_PAGES,
  ],
  [
    WAVE95(
      702,
      'software and developer tools: The Register style, InfoQ style, Hugo, DEV (Forem), Hashnode, Docusaurus, MkDocs ' +
        'Material, Sphinx (Read the Docs theme), ArchWiki style, GitHub wiki, Stack Overflow, GitHub Discussions',
      '99.8 % / 88.8 %, 0 / 46 bylines, 1 / 563 furniture, 0 / 12 summaries with any',
      '99.8 % / 88.8 %, 0 / 46 bylines, 1 / 563 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT702_PAGES,
  ],
  [
    WAVE95(
      703,
      'business, money and work: FT Origami, Arc XP wire story, WordPress (Newspaper), LinkedIn, HubSpot CMS, ' +
        'WordPress (Kadence), Zendesk Guide, Intercom, Confluence Cloud, MediaWiki (Vector legacy), vBulletin 4, old ' +
        'Reddit',
      '99.2 % / 98.2 %, 0 / 52 bylines, 1 / 540 furniture, 0 / 12 summaries with any',
      '99.2 % / 97.8 %, 0 / 52 bylines, 1 / 540 furniture, 0 / 12 summaries with any',
      'the round-172 pull quote name tuned on its tagDiv news page (training)',
    ),
    HELDOUT703_PAGES,
  ],
  [
    WAVE95(
      704,
      'sport: an ESPN-like game page, the Daily Mail template, Next.js, WordPress (Newspaper), Substack, Vox Chorus, ' +
        'GitBook, Zendesk Guide, Wikipedia (Vector 2022), Fandom, phpBB, XenForo',
      '99.7 % / 97.7 %, 0 / 52 bylines, 4 / 606 furniture, 0 / 12 summaries with any',
      '99.7 % / 97.2 %, 0 / 52 bylines, 4 / 606 furniture, 0 / 12 summaries with any',
      'the round-170 Filed under label tuned on its Chorus post (training)',
    ),
    HELDOUT704_PAGES,
  ],
  [
    WAVE95(
      705,
      'arts, culture and entertainment: Guardian dotcom-rendering, WordPress VIP, Conde Nast, Blogger, Squarespace, ' +
        'Tumblr, GitBook, LibGuides, Fandom, wiki.gg, a Goodreads-style group, Discourse',
      '97.3 % / 98.5 %, 3 / 51 bylines, 14 / 535 furniture, 2 / 12 summaries with any',
      '98.2 % / 98.5 %, 2 / 51 bylines, 9 / 535 furniture, 1 / 12 summaries with any',
      'the round-174 newsletter box name tuned on its Guardian-style review (training)',
    ),
    HELDOUT705_PAGES,
  ],
  [
    WAVE95(
      706,
      'politics, law and government: a Politico-like site, a parliament news page, a Newsquest-style site, WordPress ' +
        '(Divi), Drupal, Medium, GOV.UK, legislation.gov.uk style, Wikipedia (Vector 2022), a Ballotpedia-style wiki, ' +
        'Invision Community, new Reddit (shreddit)',
      '99.0 % / 98.8 %, 0 / 43 bylines, 8 / 607 furniture, 1 / 12 summaries with any',
      '99.0 % / 98.8 %, 0 / 43 bylines, 8 / 607 furniture, 0 / 12 summaries with any',
      'not tuned on (held out; the dropped round 169 looked at its Reddit thread)',
    ),
    HELDOUT706_PAGES,
  ],
  [
    WAVE95(
      707,
      'consumer technology and games: Vox Chorus, Next.js, Valnet, Eleventy, WordPress (GeneratePress), Ghost ' +
        '(Source), Salesforce Knowledge, Notion, wiki.gg, Wikipedia (Vector 2022), Steam Community, XenForo',
      '98.9 % / 96.9 %, 0 / 44 bylines, 20 / 515 furniture, 0 / 12 summaries with any',
      '98.9 % / 96.8 %, 0 / 44 bylines, 20 / 515 furniture, 0 / 12 summaries with any',
      'the round-171 block quote tuned on its Chorus review (training)',
    ),
    HELDOUT707_PAGES,
  ],
];
