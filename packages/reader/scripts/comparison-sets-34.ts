/**
 * The page sets of the extractor comparison written in session 34 (batches 352 to 357, wave 37: official statistics, local councils,
 * incident reports and status pages, patents and trademarks, public-domain books and digital editions, photography; batches 358 to
 * 363, wave 38: schools, emergency and disaster information, release notes and changelogs, immigration and visas, auctions and
 * collecting, wine, beer and spirits), each labelled with its first measurement: taken once, on the rules of round 91, with the
 * learned model refitted in session 25 and its doubtful lines, before any rule looked at its pages; then what was tuned on it.
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

const firstSight = blindFirstSight(34, 91);
const secondWave = blindFirstSight(34, 91);

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
];
