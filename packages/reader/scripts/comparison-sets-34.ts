/**
 * The page sets of the extractor comparison written in session 34 (batches 352 to 357, wave 37: official statistics, local councils,
 * incident reports and status pages, patents and trademarks, public-domain books and digital editions, photography; batches 358 to
 * 363, wave 38: schools, emergency and disaster information, release notes and changelogs, immigration and visas, auctions and
 * collecting, wine, beer and spirits; batches 364 to 369, wave 39: investor relations, public procurement, scientific databases, route
 * guides, online courses, hardware reviews; batches 370 to 375, wave 40: student media, freedom of information, human rights reports,
 * specifications and standards, branch and store pages, job adverts; batches 376 to 381, wave 41: game guides, library catalogues and
 * finding aids, academic conferences, sports clubs, citizen science, classifieds; batches 382 to 387, wave 42: lyrics and quotations,
 * fact-checking, extension marketplaces, travel advisories, SaaS pricing, tabletop games), each labelled with its first measurement:
 * taken once, on the rules of round 91 (waves 37 and 38), 92 (waves 39 and 40) or 93 (waves 41 and 42), with the learned model
 * refitted in session 25 and its doubtful lines, before any rule looked at its pages; then what was tuned on it.
 */
import type { TestPage } from '../src/test-support/page-kit.js';
import { blindFirstSight } from './comparison-labels.js';
import { HELDOUT352_PAGES } from '../src/test-support/pages-heldout352.js';
import { HELDOUT353_PAGES } from '../src/test-support/pages-heldout353.js';
import { HELDOUT354_PAGES } from '../src/test-support/pages-heldout354.js';
import { HELDOUT355_PAGES } from '../src/test-support/pages-heldout355.js';
import { HELDOUT356_PAGES } from '../src/test-support/pages-heldout356.js';
import { HELDOUT357_PAGES } from '../src/test-support/pages-heldout357.js';
import { HELDOUT358_PAGES } from '../src/test-support/pages-heldout358.js';
import { HELDOUT359_PAGES } from '../src/test-support/pages-heldout359.js';
import { HELDOUT360_PAGES } from '../src/test-support/pages-heldout360.js';
import { HELDOUT361_PAGES } from '../src/test-support/pages-heldout361.js';
import { HELDOUT362_PAGES } from '../src/test-support/pages-heldout362.js';
import { HELDOUT363_PAGES } from '../src/test-support/pages-heldout363.js';
import { HELDOUT364_PAGES } from '../src/test-support/pages-heldout364.js';
import { HELDOUT365_PAGES } from '../src/test-support/pages-heldout365.js';
import { HELDOUT366_PAGES } from '../src/test-support/pages-heldout366.js';
import { HELDOUT367_PAGES } from '../src/test-support/pages-heldout367.js';
import { HELDOUT368_PAGES } from '../src/test-support/pages-heldout368.js';
import { HELDOUT369_PAGES } from '../src/test-support/pages-heldout369.js';
import { HELDOUT370_PAGES } from '../src/test-support/pages-heldout370.js';
import { HELDOUT371_PAGES } from '../src/test-support/pages-heldout371.js';
import { HELDOUT372_PAGES } from '../src/test-support/pages-heldout372.js';
import { HELDOUT373_PAGES } from '../src/test-support/pages-heldout373.js';
import { HELDOUT374_PAGES } from '../src/test-support/pages-heldout374.js';
import { HELDOUT375_PAGES } from '../src/test-support/pages-heldout375.js';
import { HELDOUT376_PAGES } from '../src/test-support/pages-heldout376.js';
import { HELDOUT377_PAGES } from '../src/test-support/pages-heldout377.js';
import { HELDOUT378_PAGES } from '../src/test-support/pages-heldout378.js';
import { HELDOUT379_PAGES } from '../src/test-support/pages-heldout379.js';
import { HELDOUT380_PAGES } from '../src/test-support/pages-heldout380.js';
import { HELDOUT381_PAGES } from '../src/test-support/pages-heldout381.js';
import { HELDOUT382_PAGES } from '../src/test-support/pages-heldout382.js';
import { HELDOUT383_PAGES } from '../src/test-support/pages-heldout383.js';
import { HELDOUT384_PAGES } from '../src/test-support/pages-heldout384.js';
import { HELDOUT385_PAGES } from '../src/test-support/pages-heldout385.js';
import { HELDOUT386_PAGES } from '../src/test-support/pages-heldout386.js';
import { HELDOUT387_PAGES } from '../src/test-support/pages-heldout387.js';

const firstSight = blindFirstSight(34, 91);
const secondWave = blindFirstSight(34, 91);
const thirdWave = blindFirstSight(34, 92);
const fourthWave = blindFirstSight(34, 92);
const fifthWave = blindFirstSight(34, 93);
const sixthWave = blindFirstSight(34, 93);

export const SESSION34_SETS: ReadonlyArray<[string, readonly TestPage[]]> = [
  [
    firstSight(
      352,
      'official statistics releases: an ONS-style bulletin, a BLS-style news release, a Eurostat-style news item, a methodology page, ' +
        'a census story, a central bank’s statistical release, a StatCan Daily-style release, an ABS-style media release, an Elementor labour-market ' +
        'summary, an agency’s blog, a corrected release on Next.js, a regional dashboard on Angular',
      '92.2 % / 97.9 %, 1 / 28 bylines, 39 / 425 furniture, 3 / 12 summaries with any',
      '93.0 % / 97.7 %, 1 / 28 bylines, 37 / 425 furniture, 2 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT352_PAGES,
  ],
  [
    firstSight(
      353,
      'local councils and municipal services: a bin-collection page, a planning application, committee minutes, a CivicPlus news flash, ' +
        'a Granicus agenda, a mayor’s press release, a parish newsletter, a parking permit guide, a road-closure notice, a public hearing notice, ' +
        'a consultation, a small town’s news post',
      '96.0 % / 100.0 %, 2 / 15 bylines, 34 / 369 furniture, 1 / 12 summaries with any',
      '96.0 % / 99.8 %, 2 / 15 bylines, 33 / 369 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT353_PAGES,
  ],
  [
    firstSight(
      354,
      'incident reports, status pages and postmortems: a Statuspage incident, a Cachet history, a post-incident summary, a Medium postmortem, ' +
        'an availability report, an Instatus page, a Discourse outage thread, a bank’s disruption notice, a Khoros outage post, a cloud incident ' +
        'report, a Webflow changelog entry, a GOV.UK maintenance notice',
      '98.8 % / 96.3 %, 3 / 58 bylines, 18 / 355 furniture, 1 / 12 summaries with any',
      '99.0 % / 96.3 %, 2 / 58 bylines, 17 / 355 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT354_PAGES,
  ],
  [
    firstSight(
      355,
      'patents, trademarks and intellectual property: a Google Patents page, an Espacenet record, a trademark status page, an IP blog, ' +
        'a law firm’s update, an IP office’s guidance, a WIPO-style release, a copyright circular, a licensing FAQ, an inventors’ forum thread, ' +
        'an opposition decision, a tech-transfer listing',
      '92.0 % / 94.9 %, 4 / 43 bylines, 53 / 432 furniture, 2 / 12 summaries with any',
      '92.7 % / 94.9 %, 3 / 43 bylines, 52 / 432 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT355_PAGES,
  ],
  [
    firstSight(
      356,
      'public-domain books and digital editions: a Project Gutenberg chapter, a Wikisource page, a Standard Ebooks chapter, an Internet ' +
        'Archive full text, a poem page, a TEI edition of a letter, a transcribed diary page, a Bartleby-style essay, a Perseus-style text, ' +
        'an audiobook’s read-along on Next.js, a LibriVox catalogue page, an annotated edition',
      '95.9 % / 99.7 %, 0 / 16 bylines, 15 / 403 furniture, 0 / 12 summaries with any',
      '96.2 % / 99.3 %, 0 / 16 bylines, 11 / 403 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT356_PAGES,
  ],
  [
    firstSight(
      357,
      'photography and cameras: a camera review, a Flickr photo page, a tutorial on Astra, a camera maker’s support article, a 500px-style ' +
        'story, contest results, a phpBB thread, a lens rental blog, a darkroom guide on Hugo, an agency’s photo story, a camera store’s product ' +
        'page, a magazine’s gear news',
      '97.1 % / 99.4 %, 1 / 31 bylines, 25 / 434 furniture, 0 / 12 summaries with any',
      '97.5 % / 99.2 %, 0 / 31 bylines, 23 / 434 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT357_PAGES,
  ],
  [
    secondWave(
      358,
      'schools and school districts: a school newsletter, a district’s board news, a head teacher’s blog, a snow-day notice, term dates, ' +
        'a lunch menu, a PTA’s fundraising post, an inspection summary, a class blog, a sports report on Google Sites, a ParentSquare-style ' +
        'message, an admissions guide',
      '98.2 % / 92.3 %, 2 / 20 bylines, 16 / 396 furniture, 1 / 12 summaries with any',
      '98.9 % / 92.3 %, 0 / 20 bylines, 14 / 396 furniture, 0 / 12 summaries with any',
      'the round-92 builder sections (headed html blocks read beside the block of paragraphs) tuned on its Squarespace term dates (training)',
    ),
    HELDOUT358_PAGES,
  ],
  [
    secondWave(
      359,
      'emergency management and disaster information: a disaster declaration, shelter updates, a wildfire incident page, an earthquake ' +
        'summary, a TV station’s flood warning, an evacuation notice, a relief appeal, a recovery post, a public alert, a utility’s storm ' +
        'update, a situation report, a preparedness checklist',
      '96.8 % / 94.8 %, 5 / 27 bylines, 15 / 412 furniture, 0 / 12 summaries with any',
      '97.5 % / 94.8 %, 3 / 27 bylines, 14 / 412 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT359_PAGES,
  ],
  [
    secondWave(
      360,
      'release notes and changelogs: a GitHub release, a changelog on MkDocs, an App Store listing’s What’s New, a browser’s release post, ' +
        'a plugin’s changelog tab, Jira release notes, a Headway entry, a What’s New page, an app’s release notes, Intercom product updates, ' +
        'game patch notes, firmware release notes',
      '95.8 % / 100.0 %, 0 / 19 bylines, 26 / 387 furniture, 1 / 12 summaries with any',
      '95.9 % / 100.0 %, 0 / 19 bylines, 25 / 387 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT360_PAGES,
  ],
  [
    secondWave(
      361,
      'immigration, visas and living abroad: a visa guide, a visa rule story, an immigration lawyer’s blog, a residence permit thread, ' +
        'an embassy’s notice, a visa appointment FAQ, a relocation guide, a citizenship test chapter, a university’s visa page, a Stack ' +
        'Exchange question, a consulate’s fees, a year-abroad blog',
      '98.4 % / 95.1 %, 0 / 38 bylines, 12 / 429 furniture, 0 / 12 summaries with any',
      '98.4 % / 95.1 %, 0 / 38 bylines, 12 / 429 furniture, 0 / 12 summaries with any',
      'the round-92 Drupal field--label-hidden (a hidden label, not a hidden field) tuned on its university visa page (training)',
    ),
    HELDOUT361_PAGES,
  ],
  [
    secondWave(
      362,
      'auctions, antiques and collecting: an auction lot page, a coin catalogue page, a stamp forum thread, an eBay-style listing, an ' +
        'archived lot, a grading guide, a museum acquisition, a collector’s blog, a price guide, an antiques fair, a seller story, an auction ' +
        'results report',
      '98.9 % / 92.7 %, 1 / 32 bylines, 6 / 438 furniture, 0 / 12 summaries with any',
      '99.2 % / 92.5 %, 0 / 32 bylines, 6 / 438 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT362_PAGES,
  ],
  [
    secondWave(
      363,
      'wine, beer and spirits: a winery’s vintage notes, a wine review, a brewery’s blog, an Untappd-style beer page, a cocktail recipe, ' +
        'a distillery’s tours, a wine club newsletter, a homebrewing thread, a beer style guide, a wine product page, a drinks trade story, ' +
        'a pub’s events',
      '97.3 % / 99.6 %, 1 / 23 bylines, 15 / 429 furniture, 0 / 12 summaries with any',
      '97.4 % / 99.6 %, 0 / 23 bylines, 15 / 429 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT363_PAGES,
  ],
  [
    thirdWave(
      364,
      'investor relations and markets: an IR results release, an earnings call transcript, an EDGAR filing index, a stock quote page, ' +
        'an analyst’s note, an AGM notice on Elementor, a Seeking Alpha-style article, an RNS dividend announcement, a fund factsheet, a central ' +
        'bank statement, a market wrap, an IR events calendar',
      '96.2 % / 84.3 %, 4 / 30 bylines, 14 / 357 furniture, 2 / 12 summaries with any',
      '96.7 % / 81.5 %, 2 / 30 bylines, 12 / 357 furniture, 2 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT364_PAGES,
  ],
  [
    thirdWave(
      365,
      'public procurement and tenders: a Contracts Finder-style notice, a SAM.gov-style opportunity, a TED-style contract notice, a council’s ' +
        'procurement news, a supplier guide on Elementor, a tender portal listing, an award notice, a procurement policy, a framework agreement ' +
        'on Next.js, a tender’s clarifications, a grant funding call, a trade story on a contract award',
      '93.2 % / 98.9 %, 1 / 24 bylines, 67 / 513 furniture, 3 / 12 summaries with any',
      '93.2 % / 98.9 %, 1 / 24 bylines, 67 / 513 furniture, 3 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT365_PAGES,
  ],
  [
    thirdWave(
      366,
      'scientific databases and reference entries: a UniProt-style protein entry, an NCBI Gene-style page, a PDB structure, a PubChem-style ' +
        'compound, an Ensembl-style gene, a GBIF species page, an iNaturalist-style observation, a Materials Project-style page, a ChEBI entry, ' +
        'a ClinVar-style variant, a SIMBAD-style star, a herbarium specimen',
      '91.2 % / 81.8 %, 6 / 28 bylines, 35 / 450 furniture, 1 / 12 summaries with any',
      '94.2 % / 81.2 %, 3 / 28 bylines, 31 / 450 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT366_PAGES,
  ],
  [
    thirdWave(
      367,
      'hiking, cycling and route guides: an AllTrails-style trail, a Komoot-style tour, a national trail’s route section, a cycle route ' +
        'guide, a trip report on GeneratePress, a mountain hut on Elementor, a bikepacking route on Ghost, a Wikiloc-style route, a trail ' +
        'conditions thread, a Wikivoyage itinerary, a trail closure notice, a gear list on Squarespace',
      '95.8 % / 99.5 %, 0 / 21 bylines, 31 / 506 furniture, 1 / 12 summaries with any',
      '95.8 % / 99.5 %, 0 / 21 bylines, 31 / 506 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT367_PAGES,
  ],
  [
    thirdWave(
      368,
      'online courses and lecture material: a Coursera-style course, an edX-style course page, MIT OCW-style lecture notes, a Canvas syllabus, ' +
        'a Moodle course, a Udemy-style landing page, a lecture transcript, a Teachable lesson, an exercise help page, a MOOC forum thread, ' +
        'a Thinkific outline, reveal.js slides',
      '89.4 % / 84.5 %, 3 / 20 bylines, 61 / 490 furniture, 3 / 12 summaries with any',
      '89.7 % / 84.5 %, 2 / 20 bylines, 59 / 490 furniture, 1 / 12 summaries with any',
      'the round-93 reveal.js slides shown tuned on its lecture deck (training)',
    ),
    HELDOUT368_PAGES,
  ],
  [
    thirdWave(
      369,
      'computer hardware reviews and benchmarks: an AnandTech-style review page, a GPU review, a laptop review, a benchmark result, a build ' +
        'guide on Elementor, an overclocking thread, a motherboard spec page on Nuxt, a BIOS download page, a teardown, a keyboard blog, ' +
        'a drive reliability report, a deals roundup',
      '95.7 % / 99.0 %, 1 / 23 bylines, 37 / 450 furniture, 3 / 12 summaries with any',
      '96.7 % / 98.4 %, 0 / 23 bylines, 34 / 450 furniture, 2 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT369_PAGES,
  ],
  [
    fourthWave(
      370,
      'student newspapers and college media: an SNO Sites story, an Arc XP-style university daily, a student radio blog, a campus news site ' +
        'on Squarespace, an opinion column on Ghost, a recap on Newspack, a magazine on an Issuu-style reader, a yearbook club on Blogger, ' +
        'election-night live coverage, an editorial on Medium, a campus satire site, a student news lab on Drupal',
      '97.5 % / 98.4 %, 1 / 39 bylines, 12 / 385 furniture, 1 / 12 summaries with any',
      '97.6 % / 98.4 %, 1 / 39 bylines, 12 / 385 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT370_PAGES,
  ],
  [
    fourthWave(
      371,
      'freedom of information and transparency: a WhatDoTheyKnow-style request, a MuckRock-style request, a GOV.UK FOI release, a transparency ' +
        'report, a council’s FOI response, a lobbying return, a spending explainer, an FOI story on Newspack, an ombudsman’s decision, ' +
        'a CKAN data request, a publication scheme on Elementor, a court records guide',
      '96.6 % / 96.3 %, 0 / 33 bylines, 15 / 442 furniture, 2 / 12 summaries with any',
      '96.6 % / 95.3 %, 0 / 33 bylines, 15 / 442 furniture, 2 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT371_PAGES,
  ],
  [
    fourthWave(
      372,
      'human rights and NGO reports: a report landing page, a report chapter, an NGO press release, a rapporteur’s statement, a field story ' +
        'on Shorthand, a petition on Elementor, a briefing on ReliefWeb, a country profile, a legal analysis blog, testimony on Next.js, ' +
        'a donate appeal on Squarespace, a joint letter on Ghost',
      '98.8 % / 94.9 %, 0 / 16 bylines, 4 / 347 furniture, 2 / 12 summaries with any',
      '98.8 % / 94.9 %, 0 / 16 bylines, 4 / 347 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT372_PAGES,
  ],
  [
    fourthWave(
      373,
      'specifications and standards: a W3C Recommendation, a WHATWG standard, an RFC, a datatracker draft page, an ECMA-262-style clause, ' +
        'a PEP, a Rust RFC on mdBook, a TC39 proposal README, an OpenAPI reference on Redoc, a JSON Schema page on Next.js, an ISO preview, ' +
        'a Unicode report',
      '91.2 % / 97.0 %, 9 / 31 bylines, 66 / 396 furniture, 2 / 12 summaries with any',
      '92.3 % / 96.3 %, 6 / 31 bylines, 61 / 396 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT373_PAGES,
  ],
  [
    fourthWave(
      374,
      'branch, store and location pages: a bank branch on AEM, a supermarket on Next.js, a pharmacy on Nuxt, a library on Elementor, a car ' +
        'dealer, a gym on Webflow, a post office finder, a hotel on Squarespace, a Yext restaurant page, a community hospital, a coworking ' +
        'space on Wix, a recycling centre',
      '98.0 % / 95.1 %, 0 / 3 bylines, 14 / 335 furniture, 1 / 12 summaries with any',
      '98.0 % / 94.0 %, 0 / 3 bylines, 14 / 335 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT374_PAGES,
  ],
  [
    fourthWave(
      375,
      'job adverts on applicant tracking systems: Greenhouse, Lever, Workday, SmartRecruiters, Ashby, Workable, BambooHR and Teamtailor ' +
        'postings, a Civil Service Jobs-style vacancy, a university vacancy, an Indeed-style job view, a LinkedIn-style job page',
      '94.5 % / 94.8 %, 1 / 7 bylines, 71 / 372 furniture, 0 / 12 summaries with any',
      '94.6 % / 94.4 %, 1 / 7 bylines, 70 / 372 furniture, 0 / 12 summaries with any',
      'the round-94 headed sections (boxes of a heading and a list beside the description’s box joined) tuned on its Lever posting (training)',
    ),
    HELDOUT375_PAGES,
  ],
  [
    fifthWave(
      376,
      'video game guides and walkthroughs: a GameFAQs-style text walkthrough, an IGN-style guide, a Fandom boss page, a Fextralife-style ' +
        'weapon page, a speedrun.com-style route, a Steam guide, a Game8-style tier list, a Polygon-style guide, a Reddit tips thread, ' +
        'a strategy page on Elementor, a Nexus-style mod page, a build guide on Ghost',
      '93.9 % / 91.8 %, 2 / 39 bylines, 18 / 466 furniture, 2 / 12 summaries with any',
      '95.7 % / 91.6 %, 1 / 39 bylines, 18 / 466 furniture, 2 / 12 summaries with any',
      'the round-94 framed headings (a <pre>’s sections between two rules of "=") tuned on its GameFAQs-style walkthrough (training)',
    ),
    HELDOUT376_PAGES,
  ],
  [
    fifthWave(
      377,
      'library catalogues and archival finding aids: an ArchivesSpace collection, a Koha record, a WorldCat-style record, an ArcLight finding ' +
        'aid, a CONTENTdm item, an Islandora object, an AtoM fonds, an Omeka S exhibit, a special collections blog, a LibGuides page, ' +
        'a HathiTrust-style record, an oral history transcript',
      '95.1 % / 94.2 %, 0 / 5 bylines, 21 / 332 furniture, 0 / 12 summaries with any',
      '95.5 % / 93.7 %, 0 / 5 bylines, 18 / 332 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT377_PAGES,
  ],
  [
    fifthWave(
      378,
      'academic conferences and calls for papers: a call for papers on Elementor, accepted papers on Conf, a programme on Next.js, a keynote ' +
        'page on Squarespace, a workshop on Jekyll, an EasyChair-style listing, a WikiCFP-style entry, a venue page on Wix, registration fees ' +
        'on Drupal, a student grant on Hugo, a society’s news on Ghost, proceedings on OJS',
      '99.2 % / 89.2 %, 0 / 8 bylines, 5 / 234 furniture, 0 / 12 summaries with any',
      '99.0 % / 84.3 %, 0 / 8 bylines, 5 / 234 furniture, 0 / 12 summaries with any',
      'the round-94 table of contents with a description (OJS’s obj_issue_toc) tuned on its proceedings page (training)',
    ),
    HELDOUT378_PAGES,
  ],
  [
    fifthWave(
      379,
      'professional sports clubs’ sites: a match preview on Drupal, a player profile on Next.js, tickets on Elementor, an injury update on ' +
        'AEM, a game recap, an academy story on Squarespace, a statement on Wix, a stadium guide on Webflow, fixtures on Nuxt, a signing on ' +
        'Joomla, a foundation story on HubSpot, a membership on Shopify',
      '98.0 % / 97.0 %, 0 / 21 bylines, 12 / 357 furniture, 0 / 12 summaries with any',
      '97.9 % / 93.3 %, 0 / 21 bylines, 11 / 357 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT379_PAGES,
  ],
  [
    fifthWave(
      380,
      'citizen science and volunteering: a Zooniverse-style project page and talk thread, an eBird-style checklist, a volunteering listing, ' +
        'a volunteer role on Elementor, a SciStarter-style project, a results post on Ghost, a field guide on MkDocs, a news post on Drupal, ' +
        'a BioBlitz event, a data-quality FAQ, a volunteer newsletter',
      '99.0 % / 95.2 %, 3 / 23 bylines, 5 / 396 furniture, 1 / 12 summaries with any',
      '99.0 % / 95.1 %, 3 / 23 bylines, 5 / 396 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT380_PAGES,
  ],
  [
    fifthWave(
      381,
      'classifieds and second-hand marketplaces: Craigslist-, Gumtree-, Facebook Marketplace-, Vinted-, Depop-, AutoTrader-, Rightmove-, ' +
        'Freecycle-, Discogs- and Reverb-style pages, a parish noticeboard on Elementor, a phpBB for-sale thread',
      '90.9 % / 90.0 %, 0 / 26 bylines, 28 / 579 furniture, 1 / 12 summaries with any',
      '91.0 % / 90.0 %, 0 / 26 bylines, 28 / 579 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT381_PAGES,
  ],
  [
    sixthWave(
      382,
      'lyrics, quotations and verse: a Genius-style lyrics page, an AZLyrics-style page, a Hymnary-style text, a BrainyQuote-style author ' +
        'listing, a Wikiquote page, a Goodreads-style tag page, a poem-of-the-day archive, a song meaning thread, a setlist, a folk song archive ' +
        'item on Omeka, a lyrics translation on Elementor, a quote investigation',
      '92.2 % / 79.7 %, 2 / 27 bylines, 18 / 404 furniture, 1 / 12 summaries with any',
      '93.2 % / 79.4 %, 1 / 27 bylines, 17 / 404 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT382_PAGES,
  ],
  [
    sixthWave(
      383,
      'fact-checking and verification: PolitiFact-, Snopes-, FactCheck.org-, AFP- and Full Fact-style checks, a community notes explainer ' +
        'on Docusaurus, a verification guide on Next.js, a methodology page on Elementor, a corrections policy on Ghost, a viral-image check, ' +
        'a Substack roundup, a fact-check search on Angular',
      '97.7 % / 92.6 %, 0 / 39 bylines, 15 / 363 furniture, 1 / 12 summaries with any',
      '98.4 % / 92.6 %, 0 / 39 bylines, 13 / 363 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT383_PAGES,
  ],
  [
    sixthWave(
      384,
      'extension and plugin marketplaces: Chrome Web Store-, Firefox Add-ons-, VS Code-, JetBrains-, WordPress.org-, Obsidian-, Figma-, ' +
        'Shopify-, Slack-, Atlassian-, Home Assistant- and Raycast-style pages',
      '92.8 % / 99.9 %, 0 / 23 bylines, 57 / 569 furniture, 2 / 12 summaries with any',
      '92.8 % / 99.9 %, 0 / 23 bylines, 57 / 569 furniture, 2 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT384_PAGES,
  ],
  [
    sixthWave(
      385,
      'travel advisories and entry requirements: GOV.UK, travel.state.gov-, Smartraveller- and Canada.ca-style advice, an airline’s help page, ' +
        'an embassy notice, an insurer’s blog, a news story on Arc XP, a cruise port advisory on Elementor, a Re-open-style page, a vBulletin ' +
        'thread, a visa-free list on Webflow',
      '98.5 % / 93.1 %, 2 / 35 bylines, 2 / 358 furniture, 1 / 12 summaries with any',
      '98.5 % / 92.6 %, 2 / 35 bylines, 2 / 358 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT385_PAGES,
  ],
  [
    sixthWave(
      386,
      'SaaS pricing, plans and comparisons: a pricing page on Webflow, an enterprise plan on Framer, a comparison on HubSpot, a plan FAQ, ' +
        'a pricing calculator on Next.js, a billing article, a startup programme on Unbounce, non-profit pricing on Elementor, a pricing ' +
        'changelog on Docusaurus, an alternatives roundup, a G2-style comparison, a partner programme',
      '97.9 % / 87.4 %, 0 / 15 bylines, 16 / 295 furniture, 0 / 12 summaries with any',
      '98.0 % / 86.9 %, 0 / 15 bylines, 15 / 295 furniture, 0 / 12 summaries with any',
      "the round-139 headed testimonials checked against its reviewers' quotes, which stay (training)",
    ),
    HELDOUT386_PAGES,
  ],
  [
    sixthWave(
      387,
      'tabletop and board games: a BoardGameGeek-style game page, a rules FAQ, a monster page, a homebrew wiki, a campaign update, a review ' +
        'blog, a rules thread, a print-and-play page, a tournament report, a painting tutorial, a store event on Wix, errata on Shopify',
      '96.1 % / 99.9 %, 1 / 23 bylines, 13 / 401 furniture, 1 / 12 summaries with any',
      '96.9 % / 99.9 %, 1 / 23 bylines, 12 / 401 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT387_PAGES,
  ],
];
