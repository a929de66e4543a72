/**
 * The page sets of the extractor comparison written in session 30 (batches 268 to 273, wave 23: pages as they reach a reader in
 * other shapes, saved by archives, browsers and read-later apps, mobile and text-only versions, pages behind walls, issue trackers
 * and framework-built docs; batches 274 to 279, wave 24: live blogs, reviews, transcripts, public-sector guidance, scholarly pages,
 * niche wikis and forums), each labelled with its first measurement: taken once, on the rules of round 75 (wave 23) or 77
 * (wave 24), with the learned model refitted in session 25 and its doubtful lines, before any rule looked at its pages; then
 * what was tuned on it.
 */
import type { TestPage } from '../src/test-support/page-kit.js';
import { blindFirstSight } from './comparison-labels.js';
import { HELDOUT268_PAGES } from '../src/test-support/pages-heldout268.js';
import { HELDOUT269_PAGES } from '../src/test-support/pages-heldout269.js';
import { HELDOUT270_PAGES } from '../src/test-support/pages-heldout270.js';
import { HELDOUT271_PAGES } from '../src/test-support/pages-heldout271.js';
import { HELDOUT272_PAGES } from '../src/test-support/pages-heldout272.js';
import { HELDOUT273_PAGES } from '../src/test-support/pages-heldout273.js';
import { HELDOUT274_PAGES } from '../src/test-support/pages-heldout274.js';
import { HELDOUT275_PAGES } from '../src/test-support/pages-heldout275.js';
import { HELDOUT276_PAGES } from '../src/test-support/pages-heldout276.js';
import { HELDOUT277_PAGES } from '../src/test-support/pages-heldout277.js';
import { HELDOUT278_PAGES } from '../src/test-support/pages-heldout278.js';
import { HELDOUT279_PAGES } from '../src/test-support/pages-heldout279.js';

const firstSight = blindFirstSight(30, 75);

export const SESSION30_SETS: ReadonlyArray<[string, readonly TestPage[]]> = [
  [
    firstSight(
      268,
      'pages as web archives save them: the Wayback Machine, archive.today, AMP caches, national archives',
      '97.6 % / 100.0 %, 0 / 43 bylines, 7 / 462 furniture, 0 / 12 summaries with any',
      '98.3 % / 100.0 %, 0 / 43 bylines, 4 / 462 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT268_PAGES,
  ],
  [
    firstSight(
      269,
      'pages as people save them from the browser: SingleFile, Save Page Complete, reader views, read-later apps, print views, Google Translate',
      '99.0 % / 98.5 %, 0 / 30 bylines, 6 / 206 furniture, 0 / 12 summaries with any',
      '99.3 % / 98.5 %, 0 / 30 bylines, 4 / 206 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT269_PAGES,
  ],
  [
    firstSight(
      270,
      'mobile and lightweight versions: Wikipedia Minerva, mobile news, text-only news, AMP, Blogger m=1, Read the Docs on a phone',
      '98.3 % / 99.0 %, 0 / 25 bylines, 10 / 335 furniture, 1 / 12 summaries with any',
      '99.1 % / 99.0 %, 0 / 25 bylines, 4 / 335 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT270_PAGES,
  ],
  [
    firstSight(
      271,
      'pages behind walls and overlays: metered and hard paywalls, registration walls, consent managers, adblock and age gates, newsletter pop-ups',
      '98.4 % / 99.7 %, 0 / 27 bylines, 6 / 405 furniture, 0 / 12 summaries with any',
      '99.0 % / 99.5 %, 0 / 27 bylines, 4 / 405 furniture, 0 / 12 summaries with any',
      'the round-76 registration wall tuned on one of its pages (training)',
    ),
    HELDOUT271_PAGES,
  ],
  [
    firstSight(
      272,
      'issue trackers and discussion threads: GitHub, GitLab, Jira, Bugzilla, Launchpad, Reddit, Lemmy, Mastodon, Hacker News, Lobsters, Microsoft Q&A',
      '97.7 % / 99.1 %, 0 / 107 bylines, 26 / 508 furniture, 1 / 12 summaries with any',
      '98.0 % / 99.1 %, 0 / 107 bylines, 21 / 508 furniture, 1 / 12 summaries with any',
      'the round-76 Bugzilla and Launchpad status lines and boxes tuned on two of its pages (training)',
    ),
    HELDOUT272_PAGES,
  ],
  [
    firstSight(
      273,
      'documentation and knowledge bases built with JavaScript frameworks: Docusaurus 3, VitePress, Starlight, Mintlify, Nuxt Content, ' +
        'GitBook, Nextra 3, Fumadocs, Confluence Cloud, Outline, Document360',
      '98.4 % / 94.4 %, 0 / 13 bylines, 5 / 325 furniture, 0 / 12 summaries with any',
      '98.4 % / 94.4 %, 0 / 13 bylines, 5 / 325 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT273_PAGES,
  ],
  [
    firstSight(
      274,
      'live blogs and rolling coverage: Guardian, BBC, CNN, Reuters and NYT-style live pages, a WordPress live blog, ' +
        'a minute-by-minute match, election night, 24liveblog, Arc XP, a keynote, a weather emergency',
      '98.8 % / 98.8 %, 8 / 112 bylines, 12 / 490 furniture, 0 / 12 summaries with any',
      '98.8 % / 98.8 %, 7 / 112 bylines, 12 / 490 furniture, 0 / 12 summaries with any',
      'the round-79 minute marks, zoned times and reporter lines tuned on two of its pages (training)',
      77,
    ),
    HELDOUT274_PAGES,
  ],
  [
    firstSight(
      275,
      'reviews and rated pages: products, best-of roundups, films, restaurants, games, books, hotels, cars, wine, phones, apps, theatre',
      '99.6 % / 98.2 %, 0 / 28 bylines, 10 / 442 furniture, 0 / 12 summaries with any',
      '99.6 % / 97.9 %, 0 / 28 bylines, 10 / 442 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
      77,
    ),
    HELDOUT275_PAGES,
  ],
  [
    firstSight(
      276,
      'transcripts and long question-and-answer texts: podcasts, a video page, talks, an earnings call, a court hearing, ' +
        'Hansard, a press briefing, a magazine Q&A, a webinar, radio, oral history, an AMA',
      '99.1 % / 88.1 %, 4 / 29 bylines, 10 / 420 furniture, 1 / 12 summaries with any',
      '99.4 % / 88.0 %, 4 / 29 bylines, 5 / 420 furniture, 0 / 12 summaries with any',
      'the round-78 run of debate speeches tuned on one of its pages (training)',
      77,
    ),
    HELDOUT276_PAGES,
  ],
  [
    firstSight(
      277,
      'government and public-sector guidance: GOV.UK, USA.gov, Canada.ca, an Australian service, europa.eu, the NHS, ' +
        'a CDC-style page, IRS-style instructions, a state DMV, a city council, UN News, a WHO fact sheet',
      '98.4 % / 97.5 %, 1 / 17 bylines, 18 / 470 furniture, 1 / 12 summaries with any',
      '98.6 % / 97.1 %, 0 / 17 bylines, 18 / 470 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
      77,
    ),
    HELDOUT277_PAGES,
  ],
  [
    firstSight(
      278,
      'science and scholarly pages: arXiv, PubMed, bioRxiv, PLOS, Nature news, The Conversation, a university release, ' +
        'EurekAlert, SSRN, a lab blog, a conference talk, a journal issue',
      '93.9 % / 91.9 %, 0 / 47 bylines, 15 / 525 furniture, 2 / 12 summaries with any',
      '94.5 % / 91.9 %, 0 / 47 bylines, 11 / 525 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
      77,
    ),
    HELDOUT278_PAGES,
  ],
  [
    firstSight(
      279,
      'niche community wikis and forums: ArchWiki, Gentoo, game wikis on Weird Gloop, a Bulbapedia-style wiki, TV Tropes, ' +
        'a Wikidot SCP-style page, Discourse with plugins, Invision, vBulletin 5, MyBB, Flarum',
      '96.2 % / 96.2 %, 0 / 39 bylines, 34 / 577 furniture, 2 / 12 summaries with any',
      '97.0 % / 96.2 %, 0 / 39 bylines, 32 / 577 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
      77,
    ),
    HELDOUT279_PAGES,
  ],
];
