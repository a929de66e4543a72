/**
 * The page sets of the extractor comparison written in session 30 (batches 268 to 273, wave 23: pages as they reach a reader in
 * other shapes, saved by archives, browsers and read-later apps, mobile and text-only versions, pages behind walls, issue trackers
 * and framework-built docs), each labelled with its first measurement: taken once, on the rules of round 75, with the learned
 * model refitted in session 25 and its doubtful lines, before any rule looked at its pages; then what was tuned on it.
 */
import type { TestPage } from '../src/test-support/page-kit.js';
import { blindFirstSight } from './comparison-labels.js';
import { HELDOUT268_PAGES } from '../src/test-support/pages-heldout268.js';
import { HELDOUT269_PAGES } from '../src/test-support/pages-heldout269.js';
import { HELDOUT270_PAGES } from '../src/test-support/pages-heldout270.js';
import { HELDOUT271_PAGES } from '../src/test-support/pages-heldout271.js';
import { HELDOUT272_PAGES } from '../src/test-support/pages-heldout272.js';
import { HELDOUT273_PAGES } from '../src/test-support/pages-heldout273.js';

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
];
