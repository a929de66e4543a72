/**
 * The page sets of the extractor comparison written in session 32 (batches 298 to 303, wave 28: automotive and motoring, hobbies
 * and the outdoors, parenting and pets, real estate and insurance, games and fan culture, documents exported from office, note and
 * AI tools), each labelled with its first measurement: taken once, on the rules of round 83, with the learned model refitted in
 * session 25 and its doubtful lines, before any rule looked at its pages; then what was tuned on it.
 */
import type { TestPage } from '../src/test-support/page-kit.js';
import { blindFirstSight } from './comparison-labels.js';
import { HELDOUT298_PAGES } from '../src/test-support/pages-heldout298.js';
import { HELDOUT299_PAGES } from '../src/test-support/pages-heldout299.js';
import { HELDOUT300_PAGES } from '../src/test-support/pages-heldout300.js';
import { HELDOUT301_PAGES } from '../src/test-support/pages-heldout301.js';
import { HELDOUT302_PAGES } from '../src/test-support/pages-heldout302.js';
import { HELDOUT303_PAGES } from '../src/test-support/pages-heldout303.js';

const firstSight = blindFirstSight(32, 83);

export const SESSION32_SETS: ReadonlyArray<[string, readonly TestPage[]]> = [
  [
    firstSight(
      298,
      'automotive and motoring: a road test, a dealer’s blog, a safety recall, an EV charging guide, a motorcycle forum thread, ' +
        'a classic-car auction lot, an owners’ club wiki, a press-room release, a driving school’s blog, a used-car guide, ' +
        'a tyre retailer’s advice, a race report',
      '98.5 % / 98.2 %, 0 / 23 bylines, 6 / 360 furniture, 1 / 12 summaries with any',
      '98.5 % / 98.0 %, 0 / 23 bylines, 6 / 360 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT298_PAGES,
  ],
  [
    firstSight(
      299,
      'hobbies, crafts and the outdoors: a knitting pattern, a fishing report, a hiking trail page, a bird species guide, ' +
        'a model-railway forum thread, a photography tutorial, a gardening blog, a woodworking project, a board game review, an annotated chess game, ' +
        'an observing report, a coin catalogue entry',
      '97.5 % / 97.5 %, 0 / 24 bylines, 13 / 480 furniture, 1 / 12 summaries with any',
      '97.7 % / 97.5 %, 0 / 24 bylines, 12 / 480 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT299_PAGES,
  ],
  [
    firstSight(
      300,
      'parenting, family life and pets: a child-development article, a pregnancy week page, a Mumsnet-style thread, ' +
        'a school-admissions guide, a dog-breed profile, a shelter’s adoptable pet, a vet’s advice, a pet-insurance explainer, a children’s book review, ' +
        'a family travel post, a toy recall, a baby-name page',
      '98.6 % / 100.0 %, 5 / 29 bylines, 7 / 369 furniture, 1 / 12 summaries with any',
      '99.1 % / 100.0 %, 5 / 29 bylines, 5 / 369 furniture, 1 / 12 summaries with any',
      'the round-84 poster-name rule tuned on its Mumsnet thread (training)',
    ),
    HELDOUT300_PAGES,
  ],
  [
    firstSight(
      301,
      'real estate, home and insurance: a neighbourhood guide, a market report, a home-improvement how-to, a claims guide, ' +
        'a landlords’ association story, a mortgage broker’s blog, a residents’ newsletter, a cost guide, a property listing, a planning application, ' +
        'a retrofit guide, a tenants’ rights guide',
      '94.4 % / 98.6 %, 1 / 21 bylines, 21 / 398 furniture, 1 / 12 summaries with any',
      '94.6 % / 98.3 %, 1 / 21 bylines, 20 / 398 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT301_PAGES,
  ],
  [
    firstSight(
      302,
      'games, comics, anime and fan culture: a game review, patch notes, a game’s news post, an esports match wiki page, ' +
        'an anime news story, a webcomic, a fan-fiction chapter, a speedrun leaderboard, a walkthrough, a role-playing campaign recap, a games feature, ' +
        'a Discord channel export',
      '98.3 % / 98.0 %, 0 / 29 bylines, 14 / 443 furniture, 0 / 12 summaries with any',
      '98.7 % / 97.4 %, 0 / 29 bylines, 12 / 443 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT302_PAGES,
  ],
  [
    firstSight(
      303,
      'documents exported or shared from office, note and AI tools: a published Google Doc, a Word web page, a LibreOffice export, ' +
        'a shared chatbot conversation, a Notion page, a Dropbox Paper doc, a Coda doc, a Slack export, a Teams transcript, an Evernote note, ' +
        'an Apple Pages export, a SharePoint news post',
      '98.2 % / 88.7 %, 2 / 43 bylines, 12 / 160 furniture, 1 / 12 summaries with any',
      '98.4 % / 88.7 %, 2 / 43 bylines, 11 / 160 furniture, 0 / 12 summaries with any',
      'the round-84 editor author colours and poster pictures tuned on two of its pages (training)',
    ),
    HELDOUT303_PAGES,
  ],
];
