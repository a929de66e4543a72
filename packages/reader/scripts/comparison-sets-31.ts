/**
 * The page sets of the extractor comparison written in session 31 (batches 280 to 285, wave 25: mailing-list archives and e-mail
 * pages, legal and official texts, commerce and single-item listings, developer artefacts rendered as pages, news in twelve more
 * languages, sites made with page builders; batches 286 to 291, wave 26: sports pages, recipes and food, local and community
 * sites, education pages, articles broken up by media, press releases; batches 292 to 297, wave 27: travel, culture and
 * heritage, the independent web, consumer health, personal finance, campaigns and fundraising), each labelled with its first
 * measurement: taken once, on the rules of round 79 (wave 25), 80 (wave 26) or 81 (wave 27), with the learned model refitted in
 * session 25 and its doubtful lines, before any rule looked at its pages; then what was tuned on it.
 */
import type { TestPage } from '../src/test-support/page-kit.js';
import { blindFirstSight } from './comparison-labels.js';
import { HELDOUT280_PAGES } from '../src/test-support/pages-heldout280.js';
import { HELDOUT281_PAGES } from '../src/test-support/pages-heldout281.js';
import { HELDOUT282_PAGES } from '../src/test-support/pages-heldout282.js';
import { HELDOUT283_PAGES } from '../src/test-support/pages-heldout283.js';
import { HELDOUT284_PAGES } from '../src/test-support/pages-heldout284.js';
import { HELDOUT285_PAGES } from '../src/test-support/pages-heldout285.js';
import { HELDOUT286_PAGES } from '../src/test-support/pages-heldout286.js';
import { HELDOUT287_PAGES } from '../src/test-support/pages-heldout287.js';
import { HELDOUT288_PAGES } from '../src/test-support/pages-heldout288.js';
import { HELDOUT289_PAGES } from '../src/test-support/pages-heldout289.js';
import { HELDOUT290_PAGES } from '../src/test-support/pages-heldout290.js';
import { HELDOUT291_PAGES } from '../src/test-support/pages-heldout291.js';
import { HELDOUT292_PAGES } from '../src/test-support/pages-heldout292.js';
import { HELDOUT293_PAGES } from '../src/test-support/pages-heldout293.js';
import { HELDOUT294_PAGES } from '../src/test-support/pages-heldout294.js';
import { HELDOUT295_PAGES } from '../src/test-support/pages-heldout295.js';
import { HELDOUT296_PAGES } from '../src/test-support/pages-heldout296.js';
import { HELDOUT297_PAGES } from '../src/test-support/pages-heldout297.js';

const firstSight = blindFirstSight(31, 79);

export const SESSION31_SETS: ReadonlyArray<[string, readonly TestPage[]]> = [
  [
    firstSight(
      280,
      'mailing-list archives and pages made from e-mail: Pipermail, HyperKitty, Google Groups, public-inbox, MARC, MHonArc, ' +
        'a Mailchimp campaign, a Substack e-mail view, Buttondown, Discourse in mailing-list mode, a saved Thunderbird message, an Outlook print view',
      '92.4 % / 99.3 %, 5 / 45 bylines, 31 / 227 furniture, 2 / 12 summaries with any',
      '93.8 % / 99.3 %, 4 / 45 bylines, 25 / 227 furniture, 1 / 12 summaries with any',
      'the round-80 mail quotations, Mailchimp footer and attribution lines tuned on three of its pages (training)',
    ),
    HELDOUT280_PAGES,
  ],
  [
    firstSight(
      281,
      'legal and official texts: an act section, a regulation section, a court opinion, a privacy policy, terms of service, ' +
        'an EU regulation, a Federal Register notice, a patent, an RFC, a municipal code, a client alert, a supreme court press summary',
      '94.5 % / 97.6 %, 7 / 29 bylines, 51 / 473 furniture, 1 / 12 summaries with any',
      '95.9 % / 97.6 %, 4 / 29 bylines, 40 / 473 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT281_PAGES,
  ],
  [
    firstSight(
      282,
      'commerce, listings and single-item pages: a Shopify product, an Amazon-style product, an Etsy listing, a home listing, ' +
        'a job posting, an event, a course, a book page, an app-store listing, a crowdfunding project, a classified ad, a holiday rental',
      '86.0 % / 82.4 %, 2 / 18 bylines, 103 / 670 furniture, 3 / 12 summaries with any',
      '86.5 % / 82.4 %, 2 / 18 bylines, 98 / 670 furniture, 3 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT282_PAGES,
  ],
  [
    firstSight(
      283,
      'developer artefacts as pages: a GitHub README, npm, PyPI, docs.rs, nbviewer, Kaggle and Observable notebooks, ' +
        'a Quarto report, a man page, a Go package page, a model card, a gist',
      '95.9 % / 90.8 %, 1 / 21 bylines, 24 / 426 furniture, 0 / 12 summaries with any',
      '96.1 % / 90.8 %, 0 / 21 bylines, 24 / 426 furniture, 0 / 12 summaries with any',
      'the round-80 Quarto sections, notebook prompts and Go version labels tuned on three of its pages (training)',
    ),
    HELDOUT283_PAGES,
  ],
  [
    firstSight(
      284,
      'news and blogs in more languages: Russian, Ukrainian, Greek, Hindi, Thai, Korean, Vietnamese, Turkish, Polish, ' +
        'Indonesian, Brazilian Portuguese and Italian',
      '98.7 % / 100.0 %, 2 / 35 bylines, 6 / 448 furniture, 1 / 12 summaries with any',
      '98.9 % / 100.0 %, 1 / 35 bylines, 6 / 448 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT284_PAGES,
  ],
  [
    firstSight(
      285,
      'sites made with page and site builders: Elementor, Divi, WPBakery, Beaver Builder, Wix, Squarespace, Webflow, ' +
        'Framer, Carrd, HubSpot CMS, Google Sites, a Shopify blog',
      '98.4 % / 97.3 %, 1 / 23 bylines, 5 / 333 furniture, 1 / 12 summaries with any',
      '98.4 % / 97.3 %, 1 / 23 bylines, 5 / 333 furniture, 0 / 12 summaries with any',
      'the round-82 Divi post layout tuned on one of its pages (training)',
    ),
    HELDOUT285_PAGES,
  ],
  [
    firstSight(
      286,
      'sports pages: a match report, a federation’s news, a cricket scorecard, a game recap with a box score, a player profile, ' +
        'a league table preview, a fantasy column, a stage report, a golf leaderboard, a college athletics story, race results, a transfer thread',
      '97.3 % / 99.9 %, 0 / 33 bylines, 3 / 386 furniture, 0 / 12 summaries with any',
      '97.5 % / 99.3 %, 0 / 33 bylines, 3 / 386 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
      80,
    ),
    HELDOUT286_PAGES,
  ],
  [
    firstSight(
      287,
      'recipes, food and drink: WP Recipe Maker and Tasty Recipes cards, a food magazine recipe, a supermarket recipe, a restaurant menu, ' +
        'wine notes, a Substack recipe, a nutrition explainer, a brew guide, a baking forum thread, a meal-kit blog, a cocktail page',
      '97.9 % / 94.9 %, 0 / 29 bylines, 17 / 457 furniture, 0 / 12 summaries with any',
      '98.0 % / 94.9 %, 0 / 29 bylines, 16 / 457 furniture, 0 / 12 summaries with any',
      'round 115 looked at its Squarespace restaurant menu (training)',
      80,
    ),
    HELDOUT287_PAGES,
  ],
  [
    firstSight(
      288,
      'local and community sites: a church’s news, a school newsletter, a library event, a club’s match news, a residents’ association blog, ' +
        'two obituaries, parish minutes, community radio, a village hall, an allotment newsletter, a neighbourhood post with replies',
      '98.5 % / 93.6 %, 2 / 31 bylines, 12 / 394 furniture, 0 / 12 summaries with any',
      '98.5 % / 93.6 %, 2 / 31 bylines, 12 / 394 furniture, 0 / 12 summaries with any',
      'the round-81 newsletter letter heading tuned on one of its pages (training)',
      80,
    ),
    HELDOUT288_PAGES,
  ],
  [
    firstSight(
      289,
      'education and learning pages: a Khan Academy-style article, a Moodle section, a Canvas page, a catalogue entry, a LibreTexts-style page, ' +
        'an OpenStax-style section, a W3Schools-style tutorial, a GeeksforGeeks-style article, an app blog, a parent guide, a MOOC thread, a revision guide',
      '97.5 % / 99.0 %, 3 / 27 bylines, 17 / 435 furniture, 0 / 12 summaries with any',
      '97.8 % / 99.0 %, 0 / 27 bylines, 15 / 435 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
      80,
    ),
    HELDOUT289_PAGES,
  ],
  [
    firstSight(
      290,
      'articles broken up or surrounded by media: a slideshow, page 2 of 3, infinite scroll, social embeds, scrollytelling, a data story, ' +
        'a quiz, a photo essay, a podcast write-up, a gallery, a poll, an AMP web story',
      '95.5 % / 94.9 %, 0 / 30 bylines, 15 / 409 furniture, 5 / 12 summaries with any',
      '96.4 % / 94.8 %, 0 / 30 bylines, 13 / 409 furniture, 5 / 12 summaries with any',
      'the round-83 scrollytelling steps tuned on one of its pages (training)',
      80,
    ),
    HELDOUT290_PAGES,
  ],
  [
    firstSight(
      291,
      'press releases and corporate communications: PR Newswire, Business Wire and GlobeNewswire releases, a newsroom post, an earnings release, ' +
        'an ESG page, a recall notice, an 8-K filing, a careers post, a media statement, a charity release, a GOV.UK press release',
      '94.2 % / 92.8 %, 6 / 34 bylines, 41 / 416 furniture, 4 / 12 summaries with any',
      '95.0 % / 92.2 %, 4 / 34 bylines, 38 / 416 furniture, 4 / 12 summaries with any',
      'not tuned on (held out)',
      80,
    ),
    HELDOUT291_PAGES,
  ],
  [
    firstSight(
      292,
      'travel guides and travel writing: a tourism board guide, a travel magazine on Next.js, an itinerary with affiliate boxes, a forum thread, ' +
        'a guidebook walk, a national park page, an inflight magazine on Ghost, a rail-pass explainer, a city listicle, a hostel blog, ' +
        'a wiki itinerary, a port guide',
      '96.2 % / 100.0 %, 0 / 24 bylines, 13 / 408 furniture, 1 / 12 summaries with any',
      '96.8 % / 99.6 %, 0 / 24 bylines, 11 / 408 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
      81,
    ),
    HELDOUT292_PAGES,
  ],
  [
    firstSight(
      293,
      'culture, history and heritage: a museum object, a history society on Divi, a memorial page, a finding aid, a TEI letter, a poem, lyrics, ' +
        'a sermon, a Bible commentary, a Blogger local history, an oral-history story, a listed-building entry',
      '91.9 % / 80.3 %, 2 / 30 bylines, 31 / 446 furniture, 2 / 12 summaries with any',
      '93.1 % / 79.7 %, 1 / 30 bylines, 27 / 446 furniture, 0 / 12 summaries with any',
      'the round-88 biography named as a bio and memorial flowers tuned on its memorial page (training)',
      81,
    ),
    HELDOUT293_PAGES,
  ],
  [
    firstSight(
      294,
      'personal sites and the independent web: IndieWeb, Neocities, a tilde page, Obsidian Publish, Quartz, Bear Blog, Write.as, Micro.blog, ' +
        'Mataroa, a saved TiddlyWiki, an org-mode export, a table-layout essay from the 2000s',
      '98.8 % / 99.1 %, 1 / 21 bylines, 6 / 166 furniture, 1 / 12 summaries with any',
      '99.0 % / 99.1 %, 0 / 21 bylines, 5 / 166 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
      81,
    ),
    HELDOUT294_PAGES,
  ],
  [
    firstSight(
      295,
      'consumer health and medicines: a condition article, a drug monograph, a patient leaflet, a study record, a vet clinic, a pharmacy hub, ' +
        'a training plan, a mental-health app blog, a dental practice, a supplement page, a portal help article, a health charity',
      '95.6 % / 99.5 %, 0 / 24 bylines, 30 / 420 furniture, 1 / 12 summaries with any',
      '95.7 % / 99.5 %, 0 / 24 bylines, 29 / 420 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
      81,
    ),
    HELDOUT295_PAGES,
  ],
  [
    firstSight(
      296,
      'personal finance and money: a savings explainer, a bank help centre, an investing article, a fund factsheet, tax guidance, a card comparison, ' +
        'a mortgage calculator, a money blog, a stock article, a pension news post, a budgeting app blog, a consumer charity guide',
      '96.4 % / 97.8 %, 0 / 29 bylines, 22 / 492 furniture, 0 / 12 summaries with any',
      '96.5 % / 97.5 %, 0 / 29 bylines, 22 / 492 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
      81,
    ),
    HELDOUT296_PAGES,
  ],
  [
    firstSight(
      297,
      'campaigns, petitions and fundraising: a petition, a fundraiser, a letter campaign, union news, a report landing page, an NGO release, ' +
        'an urgent action, a candidate blog, a crowdfunder, volunteer roles, a charity appeal, a Facebook page update',
      '96.4 % / 91.3 %, 1 / 18 bylines, 20 / 435 furniture, 1 / 12 summaries with any',
      '96.5 % / 90.9 %, 1 / 18 bylines, 19 / 435 furniture, 1 / 12 summaries with any',
      'the round-110 pages of sibling sections tuned on its Webflow volunteer listing (training)',
      81,
    ),
    HELDOUT297_PAGES,
  ],
];
