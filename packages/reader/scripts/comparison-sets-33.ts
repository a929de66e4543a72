/**
 * The page sets of the extractor comparison written in session 33 (batches 322 to 327, wave 32: fitness and wellbeing, crime and
 * courts, obituaries and family history, humour and gossip, trade press, language learning and linguistics; batches 328 to 333,
 * wave 33: mathematics and notebooks, international organisations, restaurants and bars, zoos and wildlife, startups, email
 * newsletters; batches 334 to 339, wave 34: home improvement, relationships and dating, mental health services, books and libraries,
 * engineering and standards, shop and app policies; batches 340 to 345, wave 35: syndicated news, manuals, betting and fantasy sports,
 * creators' platforms, podcasts and radio, datasets and model cards; batches 346 to 351, wave 36: consumer rights, tax and accounting,
 * plants and nurseries, study guides, clinical trials, grassroots sports), each labelled with its first measurement: taken once, on the
 * rules of round 87 (wave 32), 88 (waves 33 and 34), 89 (wave 35) or 90 (wave 36, at the start of session 34), with the learned model
 * refitted in session 25 and its doubtful lines, before any rule looked at its pages; then what was tuned on it.
 */
import type { TestPage } from '../src/test-support/page-kit.js';
import { blindFirstSight } from './comparison-labels.js';
import { HELDOUT322_PAGES } from '../src/test-support/pages-heldout322.js';
import { HELDOUT323_PAGES } from '../src/test-support/pages-heldout323.js';
import { HELDOUT324_PAGES } from '../src/test-support/pages-heldout324.js';
import { HELDOUT325_PAGES } from '../src/test-support/pages-heldout325.js';
import { HELDOUT326_PAGES } from '../src/test-support/pages-heldout326.js';
import { HELDOUT327_PAGES } from '../src/test-support/pages-heldout327.js';
import { HELDOUT328_PAGES } from '../src/test-support/pages-heldout328.js';
import { HELDOUT329_PAGES } from '../src/test-support/pages-heldout329.js';
import { HELDOUT330_PAGES } from '../src/test-support/pages-heldout330.js';
import { HELDOUT331_PAGES } from '../src/test-support/pages-heldout331.js';
import { HELDOUT332_PAGES } from '../src/test-support/pages-heldout332.js';
import { HELDOUT333_PAGES } from '../src/test-support/pages-heldout333.js';
import { HELDOUT334_PAGES } from '../src/test-support/pages-heldout334.js';
import { HELDOUT335_PAGES } from '../src/test-support/pages-heldout335.js';
import { HELDOUT336_PAGES } from '../src/test-support/pages-heldout336.js';
import { HELDOUT337_PAGES } from '../src/test-support/pages-heldout337.js';
import { HELDOUT338_PAGES } from '../src/test-support/pages-heldout338.js';
import { HELDOUT339_PAGES } from '../src/test-support/pages-heldout339.js';
import { HELDOUT340_PAGES } from '../src/test-support/pages-heldout340.js';
import { HELDOUT341_PAGES } from '../src/test-support/pages-heldout341.js';
import { HELDOUT342_PAGES } from '../src/test-support/pages-heldout342.js';
import { HELDOUT343_PAGES } from '../src/test-support/pages-heldout343.js';
import { HELDOUT344_PAGES } from '../src/test-support/pages-heldout344.js';
import { HELDOUT345_PAGES } from '../src/test-support/pages-heldout345.js';
import { HELDOUT346_PAGES } from '../src/test-support/pages-heldout346.js';
import { HELDOUT347_PAGES } from '../src/test-support/pages-heldout347.js';
import { HELDOUT348_PAGES } from '../src/test-support/pages-heldout348.js';
import { HELDOUT349_PAGES } from '../src/test-support/pages-heldout349.js';
import { HELDOUT350_PAGES } from '../src/test-support/pages-heldout350.js';
import { HELDOUT351_PAGES } from '../src/test-support/pages-heldout351.js';

const firstSight = blindFirstSight(33, 87);
const secondWave = blindFirstSight(33, 88);
const thirdWave = blindFirstSight(33, 88);
const fourthWave = blindFirstSight(33, 89);
const fifthWave = blindFirstSight(33, 90);

export const SESSION33_SETS: ReadonlyArray<[string, readonly TestPage[]]> = [
  [
    firstSight(
      322,
      'fitness, sport science and wellbeing: a gym chain’s blog post, a 10K training plan, a running club’s post, a yoga class page, ' +
        'a nutrition newsletter post, a brand journal article, a sports-science explainer, a bodybuilding forum thread, a physio’s exercise guide, ' +
        'a wearable’s support article, a magazine’s exercise listicle, a weekly 5K’s news post',
      '98.7 % / 99.4 %, 1 / 30 bylines, 8 / 437 furniture, 0 / 12 summaries with any',
      '98.8 % / 99.4 %, 0 / 30 bylines, 8 / 437 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT322_PAGES,
  ],
  [
    firstSight(
      323,
      'crime, courts and justice: a regional court story, a prosecution press release, a judgment summary, a police witness appeal, ' +
        'a true-crime blog post, a law firm’s case note, a daily court list, a sentencing guideline, a prison inspection summary, ' +
        'a legal charity’s rights explainer, a federal court story, an innocence project’s case page',
      '96.9 % / 98.1 %, 1 / 21 bylines, 11 / 417 furniture, 1 / 12 summaries with any',
      '97.4 % / 98.1 %, 0 / 21 bylines, 10 / 417 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT323_PAGES,
  ],
  [
    firstSight(
      324,
      'obituaries, memorials and family history: an obituary with a guest book, a funeral home’s obituary, a list of death notices, ' +
        'a notable person’s obituary, a memorial page, a genealogy profile, a family history society’s guide, a genealogy forum thread, ' +
        'an online tribute, a war memorial biography, a blog post on an ancestor, a parish’s burial records',
      '95.2 % / 97.7 %, 0 / 30 bylines, 33 / 436 furniture, 1 / 12 summaries with any',
      '95.2 % / 97.7 %, 0 / 30 bylines, 33 / 436 furniture, 2 / 12 summaries with any',
      'the round-88 biography named as a bio, memorial flowers and tribute wall tuned on its memorial and funeral-home pages (training)',
    ),
    HELDOUT324_PAGES,
  ],
  [
    firstSight(
      325,
      'humour, satire, gossip, horoscopes and quizzes: a satirical news story, a satire blog post, a celebrity-gossip story, ' +
        'a daily horoscope, a quiz, a personality-test result, a comic strip’s post, a joke thread, a meme explainer, an advice column, ' +
        'a reality-TV recap, a humour post on a blog theme',
      '98.1 % / 94.1 %, 0 / 29 bylines, 13 / 544 furniture, 2 / 12 summaries with any',
      '98.6 % / 94.1 %, 0 / 29 bylines, 12 / 544 furniture, 2 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT325_PAGES,
  ],
  [
    firstSight(
      326,
      'trade press and industry publications: a manufacturing magazine article, a logistics story behind a paywall, a retail analysis, ' +
        'a construction story, a mining story, a grocery product launch, a hotel-industry release, a white-paper landing page, ' +
        'a pharma newsletter article, an awards shortlist, an association’s policy briefing, a people-moves column',
      '98.8 % / 99.2 %, 0 / 21 bylines, 9 / 488 furniture, 0 / 12 summaries with any',
      '98.8 % / 99.0 %, 0 / 21 bylines, 9 / 488 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT326_PAGES,
  ],
  [
    firstSight(
      327,
      'language learning, translation and linguistics: an app’s blog post, a grammar page, a translation agency’s blog, a dictionary entry on a wiki, ' +
        'a linguistics blog post, a language-exchange forum thread, a sign-language dictionary page, a language course page, ' +
        'a magazine article with an audio player, a phrasebook, a language Q&A, a translators’ style guide',
      '98.8 % / 97.5 %, 0 / 34 bylines, 5 / 430 furniture, 1 / 12 summaries with any',
      '98.8 % / 97.0 %, 0 / 34 bylines, 5 / 430 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT327_PAGES,
  ],
  [
    secondWave(
      328,
      'mathematics, statistics and computational notebooks: a maths blog with MathJax, a MathWorld-style entry, a Math Stack Exchange question, ' +
        'a Jupyter notebook export, an R Markdown report, an Observable notebook, a statistics explainer, an R-bloggers post, a KaTeX lecture note, ' +
        'a Wikipedia maths article, a Jupyter Book lesson, a puzzle column',
      '94.9 % / 99.6 %, 1 / 35 bylines, 12 / 321 furniture, 1 / 12 summaries with any',
      '95.8 % / 99.6 %, 0 / 35 bylines, 11 / 321 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT328_PAGES,
  ],
  [
    secondWave(
      329,
      'international organisations and agencies: a UN News-style story, a WHO-style fact sheet, a World Bank-style blog post, ' +
        'a European Commission-style press release, an OECD-style report page, a UNHCR-style appeal, an IMF-style statement, a NATO-style news item, ' +
        'an ILO-style publication, a Council-style press release, a development bank’s project page, an international court’s press release',
      '96.9 % / 97.5 %, 1 / 20 bylines, 13 / 513 furniture, 1 / 12 summaries with any',
      '97.1 % / 97.5 %, 1 / 20 bylines, 12 / 513 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT329_PAGES,
  ],
  [
    secondWave(
      330,
      'restaurants, bars and nightlife: a restaurant review, a Michelin-style entry, a Yelp-style page, a bar’s menu, a wine-tasting note, ' +
        'a brewery’s blog, a city guide to bars, a critic’s newsletter post, a restaurant group’s press page, a chef’s interview, ' +
        'a reservation page, a cocktail recipe',
      '90.3 % / 87.2 %, 0 / 35 bylines, 35 / 477 furniture, 2 / 12 summaries with any',
      '90.8 % / 87.0 %, 0 / 35 bylines, 33 / 477 furniture, 1 / 12 summaries with any',
      'the round-115 Squarespace menu blocks tuned on its bar menu (training)',
    ),
    HELDOUT330_PAGES,
  ],
  [
    secondWave(
      331,
      'zoos, animals and wildlife: a zoo’s animal page, a zoo’s births story, an aquarium’s blog, a rescue centre’s posts, ' +
        'a charity’s species profile, a national park’s wildlife page, an observation page, a bird-count results page, a marine explainer, ' +
        'a wildlife photographer’s blog, a wildlife forum thread, a species account',
      '97.3 % / 98.6 %, 0 / 40 bylines, 27 / 473 furniture, 1 / 12 summaries with any',
      '97.5 % / 98.5 %, 0 / 40 bylines, 23 / 473 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT331_PAGES,
  ],
  [
    secondWave(
      332,
      'startups and venture: a funding story, a Product Hunt-style launch, a Show HN thread, a launch post on Ghost, a YC-style profile, ' +
        'a VC essay on Medium, a changelog, a hiring page on Notion, a Crunchbase-style page, a demo-day recap, an investor memo on Webflow, ' +
        'a pricing FAQ',
      '93.6 % / 98.9 %, 1 / 31 bylines, 39 / 409 furniture, 1 / 12 summaries with any',
      '93.9 % / 98.9 %, 0 / 31 bylines, 38 / 409 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT332_PAGES,
  ],
  [
    secondWave(
      333,
      'email newsletters archived on the web: Beehiiv, Buttondown, Mailchimp, Kit, Ghost, Campaign Monitor, a Revue-style issue, ' +
        'a TinyLetter-style letter, a local daily briefing, a Brevo internal newsletter, a link digest, a Patreon post',
      '98.2 % / 99.8 %, 3 / 24 bylines, 6 / 241 furniture, 3 / 12 summaries with any',
      '98.7 % / 99.6 %, 1 / 24 bylines, 4 / 241 furniture, 3 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT333_PAGES,
  ],
  [
    thirdWave(
      334,
      'home improvement, DIY and renovation: a window-sill how-to, an ideabook, a paint brand’s journal, a DIY retailer’s project guide, ' +
        'a renovation diary, a trade forum thread, a flooring buying guide, a cost guide, a thermostat help article, a self-build case study, ' +
        'a council’s grant explainer, a video page’s description',
      '97.8 % / 95.8 %, 1 / 28 bylines, 19 / 404 furniture, 2 / 12 summaries with any',
      '98.4 % / 95.8 %, 0 / 28 bylines, 14 / 404 furniture, 2 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT334_PAGES,
  ],
  [
    thirdWave(
      335,
      'relationships, dating and family advice: a dating app’s blog, a magazine’s advice article, a therapist’s blog, a relationship thread, ' +
        'a sex-education charity’s page, a wedding forum thread, a divorce lawyer’s guide, a psychology blog post, a friendship column, ' +
        'a matchmaker’s landing page, a separated parents’ guide, an expert’s answer to a reader',
      '96.5 % / 99.1 %, 1 / 33 bylines, 16 / 405 furniture, 0 / 12 summaries with any',
      '97.4 % / 98.8 %, 1 / 33 bylines, 13 / 405 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT335_PAGES,
  ],
  [
    thirdWave(
      336,
      'mental health and wellbeing services: a charity’s information page, a therapist’s profile, a crisis line’s page, a meditation app’s blog, ' +
        'a talking-therapies service, a peer-support thread, a university wellbeing service, a workplace toolkit, a research news story, ' +
        'an expert’s Q&A, a personal essay, a fundraising story',
      '97.1 % / 98.9 %, 4 / 28 bylines, 8 / 393 furniture, 2 / 12 summaries with any',
      '97.5 % / 98.8 %, 2 / 28 bylines, 8 / 393 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT336_PAGES,
  ],
  [
    thirdWave(
      337,
      'books, reading and libraries: a book page with reviews, a publisher’s book page with an extract, a review blog, a catalogue record, ' +
        'a prize shortlist, a bookshop’s list, an author’s newsletter, a book-club guide, a talk thread, a library event, an edition page, ' +
        'a literary magazine’s essay',
      '96.1 % / 87.8 %, 0 / 27 bylines, 29 / 500 furniture, 1 / 12 summaries with any',
      '96.8 % / 87.8 %, 0 / 27 bylines, 24 / 500 furniture, 1 / 12 summaries with any',
      'the round-89 class word starting with “extra” tuned on its publisher’s book page (training)',
    ),
    HELDOUT337_PAGES,
  ],
  [
    thirdWave(
      338,
      'engineering, standards and technical product pages: a component’s product page, a standard’s page, an engineering calculator, ' +
        'a CAD forum thread, an application note, an engineering case study, a technical article, a knowledge-base article, an engineer’s blog, ' +
        'a reference table page, a recall analysis, a department news story',
      '95.9 % / 96.2 %, 1 / 28 bylines, 23 / 412 furniture, 0 / 12 summaries with any',
      '96.3 % / 95.7 %, 1 / 28 bylines, 22 / 412 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT338_PAGES,
  ],
  [
    thirdWave(
      339,
      'shop and app policies, terms and help pages: a returns policy, a shipping page, terms of service, a privacy policy, an app’s data-safety page, ' +
        'a cookie policy, a size guide, a warranty, an accessibility statement, a seller fee article, a cancellation help article, an FAQ',
      '98.5 % / 91.5 %, 0 / 9 bylines, 1 / 338 furniture, 0 / 12 summaries with any',
      '98.5 % / 89.6 %, 0 / 9 bylines, 1 / 338 furniture, 0 / 12 summaries with any',
      'the round-89 FAQ questions named by aria-controls and cookie declaration tuned on its FAQ and cookie policy (training)',
    ),
    HELDOUT339_PAGES,
  ],
  [
    fourthWave(
      340,
      'syndicated and aggregated news: an MSN-style article, a Yahoo News-style story, an Apple News preview, a Flipboard magazine, ' +
        'a Ground News-style story, a Techmeme-style river, a SmartNews-style view, an AP story on a TV station’s site, a republished wire story, ' +
        'a Medium cross-post, an AMP-cache page, a newsletter’s best of the week',
      '97.4 % / 97.5 %, 2 / 30 bylines, 11 / 432 furniture, 0 / 12 summaries with any',
      '99.0 % / 97.3 %, 1 / 30 bylines, 4 / 432 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT340_PAGES,
  ],
  [
    fourthWave(
      341,
      'product manuals and help-authoring outputs: MadCap Flare, RoboHelp, Oxygen WebHelp, DITA-OT, Paligo, a car owner’s manual, ' +
        'a ManualsLib-style page, an Apple-style user guide, a printer manual, a camera help guide, a router’s help, a Document360 article',
      '97.2 % / 99.7 %, 0 / 3 bylines, 18 / 353 furniture, 1 / 12 summaries with any',
      '97.3 % / 99.7 %, 0 / 3 bylines, 17 / 353 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT341_PAGES,
  ],
  [
    fourthWave(
      342,
      'betting, fantasy sports and racing: betting tips, a fantasy football column, a racecard, a sportsbook promotion, a betting forum thread, ' +
        'a responsible-gambling page, a racehorse’s wiki page, a predictions listicle, a golf betting preview, fantasy rankings, a poker blog post, ' +
        'lottery results',
      '96.1 % / 98.7 %, 0 / 29 bylines, 18 / 364 furniture, 0 / 12 summaries with any',
      '96.1 % / 98.7 %, 0 / 29 bylines, 18 / 364 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT342_PAGES,
  ],
  [
    fourthWave(
      343,
      'creators’ platforms and marketplaces: an Etsy shop’s About page, a Behance project, a DeviantArt deviation, a Ko-fi post, ' +
        'an ArtStation artwork, a Bandcamp album, a Gumroad product, a Kickstarter story, an itch.io game, a Redbubble shop, a SoundCloud track, ' +
        'a Vimeo video',
      '88.1 % / 87.8 %, 1 / 15 bylines, 20 / 537 furniture, 2 / 12 summaries with any',
      '88.4 % / 87.7 %, 0 / 15 bylines, 18 / 537 furniture, 1 / 12 summaries with any',
      'the round-90 headline in an aside tuned on its ArtStation page (training)',
    ),
    HELDOUT343_PAGES,
  ],
  [
    fourthWave(
      344,
      'podcasts, radio and audio: an Apple Podcasts-style episode, a Spotify-style show, a Buzzsprout site, a PowerPress episode post, ' +
        'an NPR-style radio story, a community radio schedule, an Audible-style audiobook, a Pocket Casts share page, a BBC Sounds-style episode, ' +
        'a podcast network on Elementor, an XSLT-styled feed, a public radio station’s story',
      '93.5 % / 95.3 %, 2 / 24 bylines, 44 / 463 furniture, 2 / 12 summaries with any',
      '93.9 % / 95.3 %, 1 / 24 bylines, 42 / 463 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT344_PAGES,
  ],
  [
    fourthWave(
      345,
      'datasets, model cards and research artefacts: a CKAN dataset, a Socrata dataset, a Zenodo record, a Figshare item, a Kaggle-style dataset, ' +
        'a Hugging Face-style model card, a data dictionary, a JOSS-style paper, a protocols.io-style protocol, a Dryad-style package, ' +
        'a city open-data blog post, a release calendar entry',
      '93.4 % / 94.2 %, 0 / 35 bylines, 46 / 501 furniture, 2 / 12 summaries with any',
      '93.4 % / 94.2 %, 0 / 35 bylines, 46 / 501 furniture, 2 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT345_PAGES,
  ],
  [
    fifthWave(
      346,
      'consumer rights and complaints: a consumer rights guide, a faulty-goods advice page, a court-claims guide, an ombudsman’s decision, ' +
        'a council’s scam alert, a money forum thread, a compensation claims blog, a regulator’s press release, a complaint letter template, ' +
        'a product recall, a consumer magazine’s investigation, a company review page',
      '95.3 % / 96.8 %, 0 / 25 bylines, 20 / 425 furniture, 0 / 12 summaries with any',
      '95.4 % / 96.8 %, 0 / 25 bylines, 19 / 425 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT346_PAGES,
  ],
  [
    fifthWave(
      347,
      'tax and accounting: an HMRC-style manual page, an IRS-style publication, a GST/HST guide, an accountant’s blog, a tax software help article, ' +
        'a payroll knowledge-base article, an accounting forum thread, a trade journal’s tax story, a deadline explainer, a crypto-tax guide, ' +
        'a bookkeeping SaaS blog, a take-home pay calculator',
      '98.3 % / 100.0 %, 0 / 27 bylines, 7 / 367 furniture, 1 / 12 summaries with any',
      '98.3 % / 100.0 %, 0 / 27 bylines, 7 / 367 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT347_PAGES,
  ],
  [
    fifthWave(
      348,
      'plants, gardens and nurseries: a plant profile, a nursery’s product page, a seed listing, a plant-care app’s blog, an allotment forum thread, ' +
        'a garden designer’s portfolio, a botanic garden’s news, a pest guide, a houseplant blog, a plant wiki entry, a magazine’s monthly jobs, ' +
        'a community garden’s page',
      '97.4 % / 94.7 %, 0 / 20 bylines, 11 / 464 furniture, 0 / 12 summaries with any',
      '97.4 % / 94.6 %, 0 / 20 bylines, 11 / 464 furniture, 0 / 12 summaries with any',
      'the round-91 builder widgets (Elementor text widgets unwrapped, widget names not weighed) tuned on its Elementor portfolio (training)',
    ),
    HELDOUT348_PAGES,
  ],
  [
    fifthWave(
      349,
      'study guides and revision: a chapter summary, a character analysis, a revision page, a study set, a theme page, a study guide, ' +
        'an expert’s answer, a poem analysis, a teacher’s blog, a student forum thread, an exam specification, a revision course page',
      '96.4 % / 99.4 %, 0 / 13 bylines, 29 / 483 furniture, 0 / 12 summaries with any',
      '96.4 % / 99.4 %, 0 / 13 bylines, 29 / 483 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT349_PAGES,
  ],
  [
    fifthWave(
      350,
      'clinical trials and medical evidence: a study record, a trials register protocol, a review’s plain-language summary, guideline ' +
        'recommendations, a preprint, a hospital research story, a recruitment page, a regulator’s press release, a funded project, ' +
        'a journal’s news and views, a health fact check, a results summary for participants',
      '93.1 % / 92.1 %, 3 / 37 bylines, 32 / 483 furniture, 2 / 12 summaries with any',
      '93.2 % / 92.1 %, 3 / 37 bylines, 30 / 483 furniture, 2 / 12 summaries with any',
      'the round-91 prose in a dropdown <nav> tuned on its Webflow recruitment page (training)',
    ),
    HELDOUT350_PAGES,
  ],
  [
    fifthWave(
      351,
      'grassroots sports clubs and leagues: a club news post, a league table, a county FA story, a cricket match report, race results, ' +
        'coaching drills, a referee’s blog, a safeguarding policy, a rugby club’s news on Wix, netball rules on Google Sites, a ride report, ' +
        'a forum thread',
      '98.5 % / 99.7 %, 1 / 36 bylines, 5 / 346 furniture, 0 / 12 summaries with any',
      '98.8 % / 99.1 %, 1 / 36 bylines, 5 / 346 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT351_PAGES,
  ],
];
