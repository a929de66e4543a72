/**
 * The page sets of the extractor comparison written in session 32 (batches 298 to 303, wave 28: automotive and motoring, hobbies
 * and the outdoors, parenting and pets, real estate and insurance, games and fan culture, documents exported from office, note and
 * AI tools; batches 304 to 309, wave 29: weather and the environment, careers and the workplace, space and the sciences, music and
 * the performing arts, telecoms and tech support, religion and philosophy; batches 310 to 315, wave 30: fiction, events, data
 * stories, aviation and shipping, small businesses' sites, definitions and how-tos; batches 316 to 321, wave 31: children's sites,
 * shopping guides and deals, API references, posts from social apps, universities, makers and electronics), each labelled with its
 * first measurement: taken once, on the rules of round 83 (wave 28), 84 (wave 29), 85 (wave 30) or 86 (wave 31), with the learned
 * model refitted in session 25 and its doubtful lines, before any rule looked at its pages; then what was tuned on it.
 */
import type { TestPage } from '../src/test-support/page-kit.js';
import { blindFirstSight } from './comparison-labels.js';
import { HELDOUT298_PAGES } from '../src/test-support/pages-heldout298.js';
import { HELDOUT299_PAGES } from '../src/test-support/pages-heldout299.js';
import { HELDOUT300_PAGES } from '../src/test-support/pages-heldout300.js';
import { HELDOUT301_PAGES } from '../src/test-support/pages-heldout301.js';
import { HELDOUT302_PAGES } from '../src/test-support/pages-heldout302.js';
import { HELDOUT303_PAGES } from '../src/test-support/pages-heldout303.js';
import { HELDOUT304_PAGES } from '../src/test-support/pages-heldout304.js';
import { HELDOUT305_PAGES } from '../src/test-support/pages-heldout305.js';
import { HELDOUT306_PAGES } from '../src/test-support/pages-heldout306.js';
import { HELDOUT307_PAGES } from '../src/test-support/pages-heldout307.js';
import { HELDOUT308_PAGES } from '../src/test-support/pages-heldout308.js';
import { HELDOUT309_PAGES } from '../src/test-support/pages-heldout309.js';
import { HELDOUT310_PAGES } from '../src/test-support/pages-heldout310.js';
import { HELDOUT311_PAGES } from '../src/test-support/pages-heldout311.js';
import { HELDOUT312_PAGES } from '../src/test-support/pages-heldout312.js';
import { HELDOUT313_PAGES } from '../src/test-support/pages-heldout313.js';
import { HELDOUT314_PAGES } from '../src/test-support/pages-heldout314.js';
import { HELDOUT315_PAGES } from '../src/test-support/pages-heldout315.js';
import { HELDOUT316_PAGES } from '../src/test-support/pages-heldout316.js';
import { HELDOUT317_PAGES } from '../src/test-support/pages-heldout317.js';
import { HELDOUT318_PAGES } from '../src/test-support/pages-heldout318.js';
import { HELDOUT319_PAGES } from '../src/test-support/pages-heldout319.js';
import { HELDOUT320_PAGES } from '../src/test-support/pages-heldout320.js';
import { HELDOUT321_PAGES } from '../src/test-support/pages-heldout321.js';

const firstSight = blindFirstSight(32, 83);
const secondWave = blindFirstSight(32, 84);
const thirdWave = blindFirstSight(32, 85);
const fourthWave = blindFirstSight(32, 86);

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
  [
    secondWave(
      304,
      'weather, climate and the environment: a forecast discussion, a weather warning, a climate explainer, an air-quality page, ' +
        'tide times, a hurricane advisory, a flood alert, a wildlife trust’s news, a citizen-science project, a solar company’s blog, ' +
        'a carbon calculator page, a wildfire incident page',
      '89.2 % / 86.9 %, 3 / 27 bylines, 19 / 418 furniture, 4 / 12 summaries with any',
      '92.1 % / 86.7 %, 1 / 27 bylines, 18 / 418 furniture, 3 / 12 summaries with any',
      'the round-85 underlined headings of a plain-text bulletin tuned on its hurricane advisory (training)',
    ),
    HELDOUT304_PAGES,
  ],
  [
    secondWave(
      305,
      'careers, jobs and the workplace: a career-advice article, a careers page, an HR blog, a company reviews page, ' +
        'a long-form social article, a union’s rights guide, a salary guide, a recruitment blog, an intranet handbook page, ' +
        'a certification page, a resume template, an internship listing',
      '97.6 % / 94.0 %, 1 / 21 bylines, 21 / 435 furniture, 0 / 12 summaries with any',
      '98.1 % / 94.0 %, 0 / 21 bylines, 19 / 435 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT305_PAGES,
  ],
  [
    secondWave(
      306,
      'space, astronomy and the physical sciences: a mission news story, a feature with a gallery, an observatory release, ' +
        'a launch report, a museum blog, a science feature, a department news item, a citizen-science page, a planetarium page, ' +
        'a podcast episode with its transcript, an encyclopedia article on a star, a preprint page',
      '98.2 % / 96.1 %, 0 / 22 bylines, 18 / 463 furniture, 1 / 12 summaries with any',
      '99.0 % / 96.1 %, 0 / 22 bylines, 16 / 463 furniture, 0 / 12 summaries with any',
      'the round-85 show notes around a support box tuned on its podcast page (training)',
    ),
    HELDOUT306_PAGES,
  ],
  [
    secondWave(
      307,
      'music, film and the performing arts: a concert review, a Bandcamp release, a label’s news, programme notes, a theatre’s ' +
        'show page, a festival catalogue entry, a film review, a release page, a setlist, a music teacher’s blog, a lyrics page, an opera synopsis',
      '98.0 % / 88.5 %, 0 / 16 bylines, 19 / 506 furniture, 0 / 12 summaries with any',
      '98.0 % / 88.5 %, 0 / 16 bylines, 19 / 506 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT307_PAGES,
  ],
  [
    secondWave(
      308,
      'telecoms, devices and tech support: a status page incident, a carrier’s help article, a phone review, a router manual, ' +
        'an outage notice, a community thread, a launch story, a regulator’s guide, release notes, a VPN blog, a support article, ' +
        'a printer troubleshooting topic',
      '98.8 % / 99.2 %, 0 / 38 bylines, 16 / 325 furniture, 2 / 12 summaries with any',
      '99.2 % / 99.2 %, 0 / 38 bylines, 15 / 325 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT308_PAGES,
  ],
  [
    secondWave(
      309,
      'religion, spirituality and philosophy: a cathedral’s news, a mosque’s sermon summary, a synagogue’s commentary, ' +
        'a temple’s teaching, a festival page, a faith charity’s story, religious news, a philosophy encyclopedia entry, a philosophy newsletter, ' +
        'a meditation app’s blog, a denominational magazine, a chaplaincy page',
      '99.2 % / 98.2 %, 0 / 28 bylines, 6 / 421 furniture, 0 / 12 summaries with any',
      '99.2 % / 98.2 %, 0 / 28 bylines, 6 / 421 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT309_PAGES,
  ],
  [
    thirdWave(
      310,
      'fiction and literary pages: a magazine’s short story, a web-novel chapter, a Gutenberg book, a Wattpad part, flash fiction, ' +
        'a publisher’s excerpt, a Wikisource chapter, a contest winner, a Medium story, a translation, a Substack serial, a Standard Ebooks chapter',
      '95.2 % / 90.0 %, 2 / 25 bylines, 6 / 351 furniture, 2 / 12 summaries with any',
      '95.2 % / 90.0 %, 2 / 25 bylines, 6 / 351 furniture, 2 / 12 summaries with any',
      'the round-86 paragraphs in a <pre> tuned on its Wattpad part (training)',
    ),
    HELDOUT310_PAGES,
  ],
  [
    thirdWave(
      311,
      'events, conferences and exhibitions: a talk page, a call for abstracts, a Meetup event, a webinar landing page, ' +
        'hackathon rules, an exhibition page, a festival line-up, a trade-show story, a keynote live blog, an Eventbrite event, ' +
        'a society’s annual meeting, a fair programme',
      '99.1 % / 96.9 %, 0 / 23 bylines, 8 / 383 furniture, 1 / 12 summaries with any',
      '99.1 % / 96.4 %, 0 / 23 bylines, 8 / 383 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT311_PAGES,
  ],
  [
    thirdWave(
      312,
      'charts, data stories and dashboards: a data story with chart embeds, an Our World in Data-style article, a statistics bulletin, ' +
        'a city dashboard, election results, a poll tracker, a sports analytics post, a budget explainer, a census release, ' +
        'a surveillance report, a viz story, a Quarto data blog',
      '94.8 % / 97.3 %, 1 / 21 bylines, 19 / 393 furniture, 1 / 12 summaries with any',
      '95.0 % / 96.5 %, 1 / 21 bylines, 18 / 393 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT312_PAGES,
  ],
  [
    thirdWave(
      313,
      'aviation, shipping and maritime: an airline’s release, a flight-status page, an accident report summary, an airport guide, ' +
        'a shipping advisory, maritime news, a notice to mariners, a spotting forum thread, an aircraft wiki page, airline reviews, ' +
        'a cargo help article, a pilot’s blog',
      '99.3 % / 97.3 %, 3 / 35 bylines, 9 / 403 furniture, 0 / 12 summaries with any',
      '99.3 % / 97.0 %, 3 / 35 bylines, 9 / 403 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT313_PAGES,
  ],
  [
    thirdWave(
      314,
      'small local businesses’ sites: a plumber, a law firm, an accountant, a hair salon, a bakery, a garage, a yoga studio, ' +
        'a tattoo studio, a florist, a cleaning company, a pet groomer, a music shop (Wix, Squarespace, GoDaddy, Weebly, Jimdo, WordPress, hand-written)',
      '98.6 % / 97.7 %, 0 / 11 bylines, 8 / 291 furniture, 0 / 12 summaries with any',
      '98.6 % / 97.7 %, 0 / 11 bylines, 8 / 291 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT314_PAGES,
  ],
  [
    thirdWave(
      315,
      'definitions, how-tos and explainers: a dictionary entry, a thesaurus page, a finance definition, a how-to with steps, ' +
        'a repair guide, an explainer, an encyclopedia article, a Q&A answer page, a slang dictionary, a glossary entry, a usage note, ' +
        'an explain-like-I’m-five thread',
      '94.3 % / 93.6 %, 0 / 32 bylines, 27 / 452 furniture, 1 / 12 summaries with any',
      '94.7 % / 93.6 %, 0 / 32 bylines, 24 / 452 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT315_PAGES,
  ],
  [
    fourthWave(
      316,
      'children’s and young people’s sites: a children’s news story, a kids’ science explainer, a teen advice column, a scout camp report, ' +
        'a homework-help forum thread, a student newspaper, a youth football club, a reading challenge, a parents’ guide to a game, ' +
        'a children’s charity story, a summer camp page, a children’s TV wiki page',
      '97.9 % / 98.3 %, 0 / 23 bylines, 10 / 383 furniture, 2 / 12 summaries with any',
      '97.9 % / 98.3 %, 0 / 23 bylines, 10 / 383 furniture, 2 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT316_PAGES,
  ],
  [
    fourthWave(
      317,
      'shopping guides, deals and affiliate roundups: a best-of guide, a deals post, a coupon page, a gift guide, a Black Friday live blog, ' +
        'a buying guide, a price-comparison page, a cashback blog, a subscription box review, a deals thread, a newsletter’s deals issue, ' +
        'a comparison table article',
      '98.9 % / 97.9 %, 0 / 44 bylines, 9 / 441 furniture, 1 / 12 summaries with any',
      '98.9 % / 97.9 %, 0 / 44 bylines, 9 / 441 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT317_PAGES,
  ],
  [
    fourthWave(
      318,
      'API references generated from code: Doxygen, Javadoc, Sphinx autodoc, Swagger UI, a GraphQL schema reference, Postman, ' +
        'TypeDoc, JSDoc, MetaCPAN, RDoc, Dokka, HexDocs',
      '91.6 % / 93.1 %, 1 / 7 bylines, 6 / 217 furniture, 0 / 12 summaries with any',
      '91.6 % / 92.8 %, 1 / 7 bylines, 6 / 217 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT318_PAGES,
  ],
  [
    fourthWave(
      319,
      'posts from social and messaging apps: a Telegram channel, a TikTok video, an Instagram post, a Threads thread, a LinkedIn post, ' +
        'a Facebook group post, a VK wall post, a Weibo post, a Tumblr post, a Pinterest pin, a Snapchat Spotlight, a WhatsApp channel',
      '96.1 % / 91.2 %, 0 / 29 bylines, 22 / 369 furniture, 1 / 12 summaries with any',
      '96.4 % / 91.2 %, 0 / 29 bylines, 21 / 369 furniture, 0 / 12 summaries with any',
      'the round-87 main column and card modifier tuned on its LinkedIn post (training)',
    ),
    HELDOUT319_PAGES,
  ],
  [
    fourthWave(
      320,
      'universities and research groups: a course page, a lab project, a professor’s homepage, a thesis record, a press release, ' +
        'a students’ union story, a research guide, a syllabus, a report landing page, an alumni feature, an admissions blog, a job advertisement',
      '98.1 % / 99.5 %, 1 / 14 bylines, 15 / 383 furniture, 1 / 12 summaries with any',
      '98.1 % / 99.5 %, 1 / 14 bylines, 15 / 383 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT320_PAGES,
  ],
  [
    fourthWave(
      321,
      'makers, electronics and DIY hardware: a project page, a hardware blog post, a 3D model page, a Raspberry Pi forum thread, ' +
        'a learning guide, a product page, a maker’s Hugo blog, a ham radio club, a keyboard build guide, a home-automation guide, ' +
        'a PCB maker’s blog, a kit’s assembly wiki',
      '97.2 % / 98.9 %, 0 / 34 bylines, 24 / 419 furniture, 2 / 12 summaries with any',
      '97.2 % / 98.9 %, 0 / 34 bylines, 24 / 419 furniture, 2 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT321_PAGES,
  ],
];
