/**
 * The page sets of the extractor comparison written in session 36 (batches 424 to 429, wave 49: fishing and equestrian sports, video
 * watch pages, slide decks, grants and scholarships, dictionaries, data breach notices; batches 430 to 435, wave 50: alumni magazines,
 * bug trackers, product launch pages, attractions, geology, clubs and societies; batches 436 to 441, wave 51: law firms, pharma and
 * biotech, logistics, construction, AI tools, open textbooks; batches 442 to 447, wave 52: surveys and forms, shared sheets and boards,
 * health insurance, moving and storage, country profiles, sports statistics; batches 448 to 453, wave 53: driver downloads, résumés,
 * corrections, print views and read-later exports, feeds and sitemaps, bilingual pages), each labelled with its first measurement:
 * taken once, on the rules of round 98 (wave 49), 99 (wave 50) or 100 (waves 51 to 53), with the learned model refitted in session 25
 * and its doubtful lines, before any rule looked at its pages; then what was tuned on it.
 */
import type { TestPage } from '../src/test-support/page-kit.js';
import { blindFirstSight } from './comparison-labels.js';
import { HELDOUT424_PAGES } from '../src/test-support/pages-heldout424.js';
import { HELDOUT425_PAGES } from '../src/test-support/pages-heldout425.js';
import { HELDOUT426_PAGES } from '../src/test-support/pages-heldout426.js';
import { HELDOUT427_PAGES } from '../src/test-support/pages-heldout427.js';
import { HELDOUT428_PAGES } from '../src/test-support/pages-heldout428.js';
import { HELDOUT429_PAGES } from '../src/test-support/pages-heldout429.js';
import { HELDOUT430_PAGES } from '../src/test-support/pages-heldout430.js';
import { HELDOUT431_PAGES } from '../src/test-support/pages-heldout431.js';
import { HELDOUT432_PAGES } from '../src/test-support/pages-heldout432.js';
import { HELDOUT433_PAGES } from '../src/test-support/pages-heldout433.js';
import { HELDOUT434_PAGES } from '../src/test-support/pages-heldout434.js';
import { HELDOUT435_PAGES } from '../src/test-support/pages-heldout435.js';
import { HELDOUT436_PAGES } from '../src/test-support/pages-heldout436.js';
import { HELDOUT437_PAGES } from '../src/test-support/pages-heldout437.js';
import { HELDOUT438_PAGES } from '../src/test-support/pages-heldout438.js';
import { HELDOUT439_PAGES } from '../src/test-support/pages-heldout439.js';
import { HELDOUT440_PAGES } from '../src/test-support/pages-heldout440.js';
import { HELDOUT441_PAGES } from '../src/test-support/pages-heldout441.js';
import { HELDOUT442_PAGES } from '../src/test-support/pages-heldout442.js';
import { HELDOUT443_PAGES } from '../src/test-support/pages-heldout443.js';
import { HELDOUT444_PAGES } from '../src/test-support/pages-heldout444.js';
import { HELDOUT445_PAGES } from '../src/test-support/pages-heldout445.js';
import { HELDOUT446_PAGES } from '../src/test-support/pages-heldout446.js';
import { HELDOUT447_PAGES } from '../src/test-support/pages-heldout447.js';
import { HELDOUT448_PAGES } from '../src/test-support/pages-heldout448.js';
import { HELDOUT449_PAGES } from '../src/test-support/pages-heldout449.js';
import { HELDOUT450_PAGES } from '../src/test-support/pages-heldout450.js';
import { HELDOUT451_PAGES } from '../src/test-support/pages-heldout451.js';
import { HELDOUT452_PAGES } from '../src/test-support/pages-heldout452.js';
import { HELDOUT453_PAGES } from '../src/test-support/pages-heldout453.js';

const onRound98 = blindFirstSight(36, 98);
const onRound99 = blindFirstSight(36, 99);
const onRound100 = blindFirstSight(36, 100);

export const SESSION36_SETS: ReadonlyArray<[string, readonly TestPage[]]> = [
  [
    onRound98(
      424,
      'fishing, hunting and equestrian sports: a fishing report on GeneratePress, an angling magazine on a Future-style template, ' +
        'hunting regulations on Drupal, a fly-fishing guide on Squarespace, equestrian results on Umbraco, a horse-care article on ' +
        'Shopify, tide and bite times on Next.js, a XenForo hunting thread, a riding school on Elementor, a fishery on Wix, an ' +
        'archery club on Joomla, a charter listing on Webflow',
      '97.8 % / 96.0 %, 0 / 23 bylines, 10 / 497 furniture, 0 / 12 summaries with any',
      '98.1 % / 95.9 %, 0 / 23 bylines, 9 / 497 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT424_PAGES,
  ],
  [
    onRound98(
      425,
      'video watch pages: YouTube-, Vimeo-, TED-, Panopto-, Twitch-, InfoQ-, PBS-, Loom- and Dailymotion-style pages, a ' +
        'broadcaster’s video article, a cooking show episode on WordPress, a webinar replay on HubSpot',
      '90.6 % / 84.6 %, 1 / 35 bylines, 5 / 448 furniture, 2 / 12 summaries with any',
      '90.7 % / 84.6 %, 0 / 35 bylines, 4 / 448 furniture, 1 / 12 summaries with any',
      'the round-99 side pane and caption cues (a pane holding most of the prose is the page’s) tuned on its Panopto and Dailymotion pages (training)',
    ),
    HELDOUT425_PAGES,
  ],
  [
    onRound98(
      426,
      'slide decks and presentations: SlideShare-, Speaker Deck-, Pitch-, Prezi- and Canva-style pages, a reveal.js export, ' +
        'Google Slides published with notes, a Marp deck, a talk write-up on Ghost, a Notion export, a lesson deck on Finalsite, an ' +
        'F1000-style poster',
      '89.5 % / 82.9 %, 1 / 23 bylines, 25 / 257 furniture, 0 / 12 summaries with any',
      '89.7 % / 82.7 %, 0 / 23 bylines, 25 / 257 furniture, 0 / 12 summaries with any',
      'the round-99 slides in SVG (HTML in a foreignObject is text) and side pane tuned on its Marp deck and Google Slides (training)',
    ),
    HELDOUT426_PAGES,
  ],
  [
    onRound98(
      427,
      'scholarships, grants and funding calls: Drupal Olivero, TerminalFour, a UKRI-style call, a Next.js aggregator, Twenty ' +
        'Twenty-One, BLOX, Squarespace, a React grants database, an EU portal on Angular, Zendesk, Wix, GOV.UK',
      '98.5 % / 90.2 %, 0 / 15 bylines, 7 / 354 furniture, 0 / 12 summaries with any',
      '98.5 % / 90.0 %, 0 / 15 bylines, 7 / 354 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT427_PAGES,
  ],
  [
    onRound98(
      428,
      'dictionaries, thesauri and glossaries: Merriam-Webster-, Wiktionary-, Urban Dictionary- and WordReference-style entries, a ' +
        'thesaurus on Next.js, a glossary on Elementor, a medical dictionary, a GOV.UK glossary, an idioms site on GeneratePress, ' +
        'Ghost, Docusaurus, a usage note on Nuxt',
      '97.5 % / 95.9 %, 0 / 23 bylines, 10 / 407 furniture, 0 / 12 summaries with any',
      '97.5 % / 95.9 %, 0 / 23 bylines, 10 / 407 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT428_PAGES,
  ],
  [
    onRound98(
      429,
      'data breach notices: a notice on Webflow, an attorney general’s listing on Drupal, a letter saved from Word, a GOV.UK ' +
        'release, a tagDiv news report, a Sitecore hospital notice, Finalsite updates, a haveibeenpwned-style entry, enrolment on ' +
        'Next.js, a settlement site on ASP.NET, Medium, a Khoros thread',
      '98.4 % / 92.9 %, 2 / 25 bylines, 12 / 324 furniture, 0 / 12 summaries with any',
      '98.4 % / 92.2 %, 2 / 25 bylines, 11 / 324 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT429_PAGES,
  ],
  [
    onRound99(
      430,
      'alumni magazines and class notes: an alumni feature on Drupal, class notes on Modern Campus, a school newsletter on ' +
        'Finalsite, an in memoriam listing on AEM, an event recap on GeneratePress, an alumni Q&A on Next.js, letters on Ghost, ' +
        'chapter news on Wix, giving-day results on Elementor, a reunion page on Squarespace, a podcast episode on Webflow, a ' +
        'Discourse thread',
      '97.2 % / 97.4 %, 7 / 32 bylines, 14 / 392 furniture, 1 / 12 summaries with any',
      '97.2 % / 96.8 %, 7 / 32 bylines, 14 / 392 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT430_PAGES,
  ],
  [
    onRound99(
      431,
      'bug trackers and issue pages: GitHub-, GitLab-, Jira Cloud-, Bugzilla-, Redmine-, Launchpad-, Linear-, YouTrack-, Trac-, ' +
        'Gitea-, Issue Tracker- and Phabricator-style pages',
      '97.2 % / 84.4 %, 7 / 97 bylines, 34 / 579 furniture, 1 / 12 summaries with any',
      '97.5 % / 84.4 %, 7 / 97 bylines, 27 / 579 furniture, 0 / 12 summaries with any',
      'the round-100 issue pages (an issue key in the title and a tracker’s fields: the comments are the discussion) tuned on its trackers (training)',
    ),
    HELDOUT431_PAGES,
  ],
  [
    onRound99(
      432,
      'product launch and scrollytelling pages: an Apple-style product page, a Shopify launch, a car model on AEM, a game landing ' +
        'page on Next.js, Kickstarter- and Product Hunt-style pages, scrollytelling on Nuxt, a Framer tour, a Shorthand story, a ' +
        'Gatsby exhibition, a Webflow what’s new page, a watch collection on Salesforce Commerce',
      '96.2 % / 92.7 %, 2 / 8 bylines, 31 / 415 furniture, 0 / 12 summaries with any',
      '96.6 % / 92.5 %, 2 / 8 bylines, 26 / 415 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT432_PAGES,
  ],
  [
    onRound99(
      433,
      'attractions and days out: a ride page on Drupal, a visitor guide on Elementor, an aquarium on Squarespace, a castle on ' +
        'Next.js, water-park rules on Wix, a Tripadvisor-style listing, a Blogger trip report, a tagDiv coaster story, a ' +
        'Reach-style listicle, an escape room on Webflow, offers on Nuxt, a phpBB thread',
      '98.3 % / 96.6 %, 0 / 35 bylines, 22 / 432 furniture, 0 / 12 summaries with any',
      '98.4 % / 96.2 %, 0 / 35 bylines, 21 / 432 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT433_PAGES,
  ],
  [
    onRound99(
      434,
      'earthquakes, volcanoes and geology: a USGS-style event page, an observatory update on Joomla, a rock entry on WordPress, ' +
        'Blogger, a Science X-style story, a tsunami bulletin in <pre>, an NPS page, a mindat-style locality, an FAQ on Hugo, a ' +
        'fieldtrip on Elementor, a phpBB fossil thread, Fandom',
      '94.2 % / 87.2 %, 2 / 31 bylines, 14 / 402 furniture, 1 / 12 summaries with any',
      '98.0 % / 86.7 %, 0 / 31 bylines, 11 / 402 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT434_PAGES,
  ],
  [
    onRound99(
      435,
      'clubs and societies: a Rotary bulletin on ClubRunner, Squarespace, Astra, Google Sites, Weebly, Joomla, a choir on Wix, ' +
        'bridge results, a film society on Drupal Olivero, Blogger, a debating society on Next.js, a car club’s phpBB thread',
      '98.1 % / 99.6 %, 0 / 28 bylines, 14 / 363 furniture, 1 / 12 summaries with any',
      '98.1 % / 98.4 %, 0 / 28 bylines, 14 / 363 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT435_PAGES,
  ],
  [
    onRound100(
      436,
      'law firms and legal services: a practice-area page on Astra, a lawyer’s profile on Elementor, a client alert on Sitecore, ' +
        'a family-law blog on Squarespace, a Next.js legal directory, big-firm insights on AEM, an immigration FAQ on Wix, legal ' +
        'aid on Drupal Olivero, an estate-planning landing page on Webflow, a law-school clinic on Cascade, a legal-tech blog on ' +
        'HubSpot, a Discourse thread',
      '97.0 % / 97.7 %, 0 / 26 bylines, 22 / 455 furniture, 0 / 12 summaries with any',
      '97.5 % / 97.6 %, 0 / 26 bylines, 20 / 455 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT436_PAGES,
  ],
  [
    onRound100(
      437,
      'pharma, biotech and medical devices: a GlobeNewswire release, a pipeline on Webflow, an HCP product page on AEM, a device ' +
        'on HubSpot, a platform page on Elementor, a trial patient page on Next.js, biotech news on Newspack, a Drupal Olivero ' +
        'blog, patient support on Wix, an investor event on Q4, a medicines listing on Sitecore, a careers story on Phenom',
      '98.2 % / 89.7 %, 0 / 10 bylines, 12 / 374 furniture, 0 / 12 summaries with any',
      '98.4 % / 88.2 %, 0 / 10 bylines, 11 / 374 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT437_PAGES,
  ],
  [
    onRound100(
      438,
      'logistics and supply chain: a forwarder’s blog on Astra, a shipping advisory on AEM, a port notice on Drupal, trade news ' +
        'on Arc XP, a case study on Webflow, a service update on Next.js, a customs guide on HubSpot, Ghost, a press release on ' +
        'Squarespace, 3PL services on Elementor, an Incoterms explainer on Zendesk, a phpBB thread',
      '98.7 % / 95.6 %, 1 / 24 bylines, 11 / 434 furniture, 2 / 12 summaries with any',
      '98.7 % / 95.2 %, 1 / 24 bylines, 11 / 434 furniture, 2 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT438_PAGES,
  ],
  [
    onRound100(
      439,
      'construction and building trades: an Industry Dive-style story, a case study on Elementor, a Magento blog with product ' +
        'cards, GOV.UK guidance, Wix, Squarespace, a technical bulletin on Drupal, a Next.js blog, a tender award on ASP.NET, a ' +
        'phpBB thread, a WooCommerce datasheet, a Ghost toolbox talk',
      '99.0 % / 94.5 %, 0 / 39 bylines, 8 / 462 furniture, 0 / 12 summaries with any',
      '99.0 % / 94.5 %, 0 / 39 bylines, 8 / 462 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT439_PAGES,
  ],
  [
    onRound100(
      440,
      'AI tools and model hubs: Hugging Face-, Replicate-, There’s An AI For That-, Gradio-, Kaggle- and Civitai-style pages, a ' +
        'prompt library on Webflow, a research blog on Ghost, an Intercom help article, Docusaurus, a beehiiv issue, a Discourse ' +
        'thread',
      '96.6 % / 97.4 %, 0 / 19 bylines, 17 / 347 furniture, 3 / 12 summaries with any',
      '96.6 % / 97.1 %, 0 / 19 bylines, 17 / 347 furniture, 2 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT440_PAGES,
  ],
  [
    onRound100(
      441,
      'open textbooks: Pressbooks, LibreTexts, an OpenStax-style reader, Jupyter Book, GitBook, an OpenLearn-style unit on ' +
        'Moodle, a Manifold-style reader, bookdown, Wikibooks, Sphinx on Read the Docs, mdBook, an OER Commons-style record',
      '94.9 % / 98.5 %, 3 / 13 bylines, 18 / 372 furniture, 0 / 12 summaries with any',
      '95.5 % / 98.5 %, 2 / 13 bylines, 14 / 372 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT441_PAGES,
  ],
  [
    onRound100(
      442,
      'surveys and forms: Google Forms-, Typeform-, SurveyMonkey-, Microsoft Forms-, Tally-, JotForm-, Citizen Space-, ' +
        'Qualtrics-, Formstack-, LimeSurvey- and REDCap-style pages, poll results on tagDiv',
      '88.0 % / 67.5 %, 0 / 6 bylines, 16 / 183 furniture, 0 / 12 summaries with any',
      '88.0 % / 67.5 %, 0 / 6 bylines, 16 / 183 furniture, 0 / 12 summaries with any',
      'the round-101 form legends (a legend holding paragraphs is content, not a label) tuned on its Qualtrics survey (training)',
    ),
    HELDOUT442_PAGES,
  ],
  [
    onRound100(
      443,
      'shared sheets, databases and boards: Google Sheets published, Airtable, Notion, Trello, Coda, Baserow, Smartsheet, ' +
        'Confluence, GitHub Projects, a Linear-style roadmap, Glide, Excel Online on SharePoint',
      '92.1 % / 81.3 %, 0 / 20 bylines, 16 / 243 furniture, 1 / 12 summaries with any',
      '92.2 % / 81.3 %, 0 / 20 bylines, 16 / 243 furniture, 1 / 12 summaries with any',
      'the round-102 dialogs (a dialog holding most of the prose is the page’s) tuned on its Trello card (training)',
    ),
    HELDOUT443_PAGES,
  ],
  [
    onRound100(
      444,
      'health insurance and benefits: a plan page on AEM, a Medicare-style explainer on USWDS, a SharePoint benefits portal, ' +
        'Zendesk, a PR Newswire release, a broker on Astra, a claims how-to on Drupal Olivero, a formulary lookup on Next.js, a ' +
        'dental comparison on Squarespace, an HSA explainer on Gatsby, a Discourse thread, an insurtech landing page on Webflow',
      '97.2 % / 100.0 %, 2 / 28 bylines, 6 / 370 furniture, 1 / 12 summaries with any',
      '97.5 % / 99.8 %, 1 / 28 bylines, 6 / 370 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT444_PAGES,
  ],
  [
    onRound100(
      445,
      'moving and storage: a removals blog on Astra, a calculator on Webflow, self-storage on Next.js, a React property portal, ' +
        'relocation on HubSpot, a checklist on Shopify, a GOV.UK service page, a van-hire FAQ on Zendesk, Substack, a Discourse ' +
        'thread, a Trustpilot-style listing, a packing guide on Squarespace',
      '98.4 % / 100.0 %, 0 / 47 bylines, 9 / 456 furniture, 1 / 12 summaries with any',
      '98.4 % / 100.0 %, 0 / 47 bylines, 9 / 456 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT445_PAGES,
  ],
  [
    onRound100(
      446,
      'country and city profiles: a Factbook-style profile on Gatsby, city facts on CivicPlus, a Wikivoyage-style region, an ' +
        'ONS-style area profile, Worldometer- and Citypopulation-style data pages, a tourism page on AEM, a UN-style profile on ' +
        'Drupal, a MediaWiki town, a relocation guide on Elementor, a Next.js encyclopedia, a GCWeb facts page',
      '96.4 % / 91.3 %, 0 / 16 bylines, 16 / 382 furniture, 0 / 12 summaries with any',
      '96.4 % / 91.2 %, 0 / 16 bylines, 16 / 382 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT446_PAGES,
  ],
  [
    onRound100(
      447,
      'player, team and league statistics: a club profile on Next.js, Sports Reference-, ESPNcricinfo-, Transfermarkt-, HLTV- and ' +
        'RotoWire-style pages, an F1-style results archive, a BLOX box score, rugby stats on Elementor, a tour profile, a Fandom ' +
        'season, a Future plc stage report',
      '94.8 % / 83.0 %, 0 / 13 bylines, 15 / 512 furniture, 1 / 12 summaries with any',
      '95.4 % / 81.1 %, 0 / 13 bylines, 11 / 512 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT447_PAGES,
  ],
  [
    onRound100(
      448,
      'driver, firmware and software downloads: a driver page on AEM, router firmware on Zendesk, printer support on Drupal ' +
        'Olivero, a GPU driver story on WordPress, a BIOS update on Confluence, SourceForge-style and GitHub Releases-style pages, ' +
        'Hugo Docsy, Webflow, Next.js, a Discourse patch topic, a table layout',
      '97.5 % / 95.0 %, 2 / 27 bylines, 18 / 376 furniture, 2 / 12 summaries with any',
      '98.9 % / 95.0 %, 1 / 27 bylines, 11 / 376 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT448_PAGES,
  ],
  [
    onRound100(
      449,
      'résumés and profiles: Jekyll minima, Wowchemy, Squarespace, a LinkedIn-style profile, JSON Resume, Webflow, an ORCID-style ' +
        'record, a Drupal staff profile, a Next.js speaker page, Wix, an about.me-style page, a Notion export',
      '96.0 % / 84.1 %, 0 / 6 bylines, 26 / 314 furniture, 1 / 12 summaries with any',
      '97.3 % / 83.0 %, 0 / 6 bylines, 21 / 314 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT449_PAGES,
  ],
  [
    onRound100(
      450,
      'corrections and retractions: a Guardian-style corrections column, a tagDiv correction note, ScienceDirect-, SpringerLink- ' +
        'and bioRxiv-style notices, a Ghost fact-check, a complaints finding, a press regulator on Drupal, a Condé Nast-style ' +
        'editor’s note, MediaWiki errata, a PR Newswire correction, an Elementor updated story',
      '97.5 % / 98.3 %, 0 / 30 bylines, 16 / 449 furniture, 2 / 12 summaries with any',
      '98.0 % / 97.6 %, 0 / 30 bylines, 15 / 449 furniture, 2 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT450_PAGES,
  ],
  [
    onRound100(
      451,
      'print views and read-later exports: a BLOX print view, Pocket-, Instapaper-, Evernote-, Safari Reader-, Readwise-, ' +
        'Omnivore- and Mercury-style pages, a WordPress print preview, a recipe card print view, a GOV.UK printed guide, Sphinx ' +
        'singlehtml',
      '98.8 % / 99.4 %, 0 / 28 bylines, 5 / 237 furniture, 0 / 12 summaries with any',
      '98.8 % / 99.4 %, 0 / 28 bylines, 5 / 237 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT451_PAGES,
  ],
  [
    onRound100(
      452,
      'feeds and sitemaps as pages: an XSLT-styled RSS feed, a Pretty Feed-style podcast feed, FeedBurner, an Atom preview, an ' +
        'HTML sitemap on Arc XP, a JSON Feed reader on Next.js, a Feedly-style entry, a WordPress category feed, a Substack ' +
        'archive, a Planet aggregator, a Canny-style changelog, a Furo site map',
      '96.1 % / 81.4 %, 2 / 66 bylines, 32 / 221 furniture, 4 / 12 summaries with any',
      '96.2 % / 81.4 %, 1 / 66 bylines, 32 / 221 furniture, 3 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT452_PAGES,
  ],
  [
    onRound100(
      453,
      'bilingual and multilingual pages: GOV.WALES, Canada.ca, parallel poetry on WordPress, a Hong Kong site on Next.js, a Swiss ' +
        'municipality in German, a museum label in English and Māori, a Smore newsletter, a Belgian association on Wix, a Quebec ' +
        'paper on Newspack, Isomer, a Basque agenda on Liferay, an Irish-language story on Ghost',
      '97.2 % / 99.9 %, 0 / 28 bylines, 18 / 325 furniture, 1 / 12 summaries with any',
      '97.5 % / 98.1 %, 0 / 28 bylines, 16 / 325 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT453_PAGES,
  ],
];
