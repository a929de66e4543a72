/**
 * The page sets of the extractor comparison written in session 35 (batches 388 to 393, wave 43: museum collections and exhibitions,
 * repair guides and troubleshooting, programming tutorials, health practitioners' sites, digitised historical newspapers, science news
 * services; batches 394 to 399, wave 44: package registries, company and team pages, public finance, newswire releases, rentals and
 * bookings, nature reserves and parks; batches 400 to 405, wave 45: unions and professional bodies, government forms and service start
 * pages, app stores and downloads, university programmes, journal articles, esports and streaming; batches 406 to 411, wave 46:
 * hackathons, animal adoption, awards, digital gardens, map stories, product recalls; batches 412 to 417, wave 47: ticketing, craft
 * patterns, housing help, camps and recreation, security advisories, webcomics and serials; batches 418 to 423, wave 48: species
 * guides, parcels and customs, regulators' notices, climbing routes, nutrition data, chess), each labelled with its first measurement:
 * taken once, on the rules of round 94 (waves 43 and 44), 95 (waves 45 and 46) or 97 (waves 47 and 48), with the learned model refitted in session
 * 25 and its doubtful lines, before any rule looked at its pages; then what was tuned on it.
 */
import type { TestPage } from '../src/test-support/page-kit.js';
import { blindFirstSight } from './comparison-labels.js';
import { HELDOUT388_PAGES } from '../src/test-support/pages-heldout388.js';
import { HELDOUT389_PAGES } from '../src/test-support/pages-heldout389.js';
import { HELDOUT390_PAGES } from '../src/test-support/pages-heldout390.js';
import { HELDOUT391_PAGES } from '../src/test-support/pages-heldout391.js';
import { HELDOUT392_PAGES } from '../src/test-support/pages-heldout392.js';
import { HELDOUT393_PAGES } from '../src/test-support/pages-heldout393.js';
import { HELDOUT394_PAGES } from '../src/test-support/pages-heldout394.js';
import { HELDOUT395_PAGES } from '../src/test-support/pages-heldout395.js';
import { HELDOUT396_PAGES } from '../src/test-support/pages-heldout396.js';
import { HELDOUT397_PAGES } from '../src/test-support/pages-heldout397.js';
import { HELDOUT398_PAGES } from '../src/test-support/pages-heldout398.js';
import { HELDOUT399_PAGES } from '../src/test-support/pages-heldout399.js';
import { HELDOUT400_PAGES } from '../src/test-support/pages-heldout400.js';
import { HELDOUT401_PAGES } from '../src/test-support/pages-heldout401.js';
import { HELDOUT402_PAGES } from '../src/test-support/pages-heldout402.js';
import { HELDOUT403_PAGES } from '../src/test-support/pages-heldout403.js';
import { HELDOUT404_PAGES } from '../src/test-support/pages-heldout404.js';
import { HELDOUT405_PAGES } from '../src/test-support/pages-heldout405.js';
import { HELDOUT406_PAGES } from '../src/test-support/pages-heldout406.js';
import { HELDOUT407_PAGES } from '../src/test-support/pages-heldout407.js';
import { HELDOUT408_PAGES } from '../src/test-support/pages-heldout408.js';
import { HELDOUT409_PAGES } from '../src/test-support/pages-heldout409.js';
import { HELDOUT410_PAGES } from '../src/test-support/pages-heldout410.js';
import { HELDOUT411_PAGES } from '../src/test-support/pages-heldout411.js';
import { HELDOUT412_PAGES } from '../src/test-support/pages-heldout412.js';
import { HELDOUT413_PAGES } from '../src/test-support/pages-heldout413.js';
import { HELDOUT414_PAGES } from '../src/test-support/pages-heldout414.js';
import { HELDOUT415_PAGES } from '../src/test-support/pages-heldout415.js';
import { HELDOUT416_PAGES } from '../src/test-support/pages-heldout416.js';
import { HELDOUT417_PAGES } from '../src/test-support/pages-heldout417.js';
import { HELDOUT418_PAGES } from '../src/test-support/pages-heldout418.js';
import { HELDOUT419_PAGES } from '../src/test-support/pages-heldout419.js';
import { HELDOUT420_PAGES } from '../src/test-support/pages-heldout420.js';
import { HELDOUT421_PAGES } from '../src/test-support/pages-heldout421.js';
import { HELDOUT422_PAGES } from '../src/test-support/pages-heldout422.js';
import { HELDOUT423_PAGES } from '../src/test-support/pages-heldout423.js';

const onRound94 = blindFirstSight(35, 94);

const onRound95 = blindFirstSight(35, 95);

const onRound97 = blindFirstSight(35, 97);

export const SESSION35_SETS: ReadonlyArray<[string, readonly TestPage[]]> = [
  [
    onRound94(
      388,
      'museum collections and exhibitions: a collection object on Drupal, an exhibition on Craft CMS, an artist page on Squarespace, ' +
        'an eMuseum object, a Smithsonian-style open access record, a conservation blog on Astra, an acquisition release on PR ' +
        'Newswire, a virtual tour stop on Next.js, an audio guide stop on Angular, an exhibition on Wix, a Google Arts & Culture-style ' +
        'story, visitor information on Elementor',
      '96.6 % / 97.5 %, 3 / 12 bylines, 17 / 375 furniture, 2 / 12 summaries with any',
      '96.9 % / 97.5 %, 2 / 12 bylines, 14 / 375 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT388_PAGES,
  ],
  [
    onRound94(
      389,
      'repair guides and troubleshooting: an iFixit-style guide, a Zendesk help article, an Apple-style support article, error codes ' +
        'on Elementor, a vBulletin car forum thread, a right-to-repair explainer on Drupal, a bike shop blog on Shopify, a printer ' +
        'help page on Angular, a MediaWiki teardown, boiler fault codes on Squarespace, an Oxygen WebHelp manual page, a Khoros thread ' +
        'with an accepted solution',
      '99.8 % / 95.6 %, 0 / 32 bylines, 2 / 330 furniture, 0 / 12 summaries with any',
      '99.8 % / 95.6 %, 0 / 32 bylines, 2 / 330 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT389_PAGES,
  ],
  [
    onRound94(
      390,
      'programming tutorials: GeeksforGeeks-, W3Schools-, Baeldung-, Real Python-, DigitalOcean-, freeCodeCamp-, TutorialsPoint- and ' +
        'Programiz-style pages, a LeetCode-style discussion on Next.js, a dev.to post, a Hashnode blog, a Jekyll coding blog',
      '95.6 % / 99.6 %, 0 / 30 bylines, 13 / 485 furniture, 0 / 12 summaries with any',
      '96.2 % / 99.6 %, 0 / 30 bylines, 13 / 485 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT390_PAGES,
  ],
  [
    onRound94(
      391,
      'health practitioners’ sites: a dental practice on Divi, a physiotherapy blog on Astra, a GP surgery on the NHS.UK template, a ' +
        'vet’s news on Wix, an optician on Webflow, a therapist’s directory profile, clinic prices on Drupal, a chiropractor on ' +
        'Squarespace, a consultant’s profile on Next.js, a pharmacy blog on Shopify, success rates on HubSpot, a care home on ' +
        'Elementor',
      '97.8 % / 95.0 %, 0 / 18 bylines, 16 / 440 furniture, 2 / 12 summaries with any',
      '97.9 % / 95.0 %, 0 / 18 bylines, 15 / 440 furniture, 2 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT391_PAGES,
  ],
  [
    onRound94(
      392,
      'digitised historical newspapers and archive texts: Chronicling America-, Trove-, British Newspaper Archive-, Papers Past- and ' +
        'Google News Archive-style pages, a historical society’s transcription on Elementor, an Arc XP-style republished story, a ' +
        'CONTENTdm-style magazine article, a FromThePage-style letter, a MediaWiki parish register, a gazette notice, an archive blog ' +
        'on WordPress',
      '96.0 % / 98.5 %, 2 / 16 bylines, 24 / 442 furniture, 2 / 12 summaries with any',
      '96.8 % / 97.2 %, 2 / 16 bylines, 19 / 442 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT392_PAGES,
  ],
  [
    onRound94(
      393,
      'science news services and research releases: EurekAlert-, Phys.org-, ScienceDaily-, The Conversation-, Quanta-, ' +
        'MedicalXpress- (AMP), New Scientist-, Futurity- and AlphaGalileo-style pages, a university release on Elementor, an ' +
        'institute’s news on TYPO3, a Q&A on Ghost',
      '96.7 % / 100.0 %, 1 / 23 bylines, 15 / 461 furniture, 1 / 12 summaries with any',
      '97.1 % / 100.0 %, 1 / 23 bylines, 14 / 461 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT393_PAGES,
  ],
  [
    onRound94(
      394,
      'software package registries: npm-, PyPI-, crates.io-, RubyGems-, Docker Hub-, Maven Central-, CRAN-, Homebrew-, NuGet-, ' +
        'Packagist-, pkg.go.dev- and Hex-style package pages',
      '92.0 % / 99.5 %, 1 / 25 bylines, 46 / 647 furniture, 1 / 12 summaries with any',
      '93.3 % / 99.5 %, 1 / 25 bylines, 39 / 647 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT394_PAGES,
  ],
  [
    onRound94(
      395,
      'company about, team and leadership pages: an about page on Elementor, a leadership grid on Webflow, a story on Squarespace, ' +
        'values on Wix, a careers culture page on Next.js, a board page on Drupal, a history on HubSpot, a founder’s letter on Medium, ' +
        'a sustainability page on Shopify, a press kit on Prezly, a fact sheet on a block theme, offices on Framer',
      '98.8 % / 93.5 %, 0 / 5 bylines, 8 / 297 furniture, 0 / 12 summaries with any',
      '98.8 % / 92.5 %, 0 / 5 bylines, 8 / 297 furniture, 0 / 12 summaries with any',
      'the round-95 team bios (a bio paragraph in each member’s card is the page’s) tuned on its Webflow leadership grid (training)',
    ),
    HELDOUT395_PAGES,
  ],
  [
    onRound94(
      396,
      'public finance and budgets: a GOV.UK budget speech, a city budget on CivicPlus, a cost estimate on Drupal, a budget officer’s ' +
        'report on Canada.ca, an audit office report on WordPress, a policy brief on Webflow, a spending review on Cision, ' +
        'participatory budgeting on Decidim, a bond sale on Next.js, council tax on LocalGov Drupal, a pension update on Elementor, a ' +
        'fiscal post on Substack',
      '98.8 % / 96.1 %, 1 / 26 bylines, 4 / 375 furniture, 1 / 12 summaries with any',
      '98.8 % / 96.1 %, 1 / 26 bylines, 4 / 375 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT396_PAGES,
  ],
  [
    onRound94(
      397,
      'newswire distribution: PR Newswire, Business Wire, GlobeNewswire, EIN Presswire, PRWeb, ACCESS Newswire (Nuxt), a release on ' +
        'a local TV station’s site, Newswire.ca in two languages, a Yahoo Finance-style page (Svelte), a Notified newsroom, APA-OTS, ' +
        'an earnings release on a Q4 site',
      '98.0 % / 96.9 %, 0 / 18 bylines, 9 / 428 furniture, 0 / 12 summaries with any',
      '98.9 % / 96.9 %, 0 / 18 bylines, 7 / 428 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT397_PAGES,
  ],
  [
    onRound94(
      398,
      'holiday rentals, tours and booking listings: Airbnb-, Booking.com-, Tripadvisor-, Viator-, GetYourGuide- (Nuxt), Pitchup- and ' +
        'Sykes-style pages, a hostel on Astra, a cruise itinerary on AEM, lift passes on Drupal, a villa on Wix, a tourism board ' +
        'listing on a Simpleview-style site',
      '92.8 % / 95.2 %, 2 / 15 bylines, 71 / 557 furniture, 2 / 12 summaries with any',
      '93.4 % / 95.2 %, 2 / 15 bylines, 65 / 557 furniture, 2 / 12 summaries with any',
      'the round-97 star ratings (a rating set as a line of its own is furniture) tuned on its Airbnb-style listing (training)',
    ),
    HELDOUT398_PAGES,
  ],
  [
    onRound94(
      399,
      'nature reserves, national parks and conservation: an NPS-style conditions page, a Wildlife Trusts-style reserve on Drupal, ' +
        'Parks Canada on GCWeb, a ranger blog on Astra, a species project on Elementor, a birding site guide, a plant of the month on ' +
        'Squarespace, marine reserve rules on USWDS, a Guardian-style story, a land trust on Ghost, an invasive species alert on ' +
        'Next.js, a work party report on Discourse',
      '98.1 % / 99.5 %, 0 / 28 bylines, 12 / 404 furniture, 1 / 12 summaries with any',
      '98.3 % / 99.5 %, 0 / 28 bylines, 11 / 404 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT399_PAGES,
  ],
  [
    onRound95(
      400,
      'trade unions and professional associations: a union’s news on Drupal, a chamber of commerce on Squarespace, a branch blog on ' +
        'Astra, a nurses’ campaign on Elementor, member guidance on Zendesk, a college statement on Next.js, a bar notice on Joomla, a ' +
        'ballot result on HubSpot, CPD on Webflow, a members’ thread on Discourse, a rights explainer on Ghost, a conference report on ' +
        'Wix',
      '99.8 % / 96.4 %, 0 / 32 bylines, 3 / 334 furniture, 0 / 12 summaries with any',
      '99.8 % / 96.4 %, 0 / 32 bylines, 3 / 334 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT400_PAGES,
  ],
  [
    onRound95(
      401,
      'government forms and service start pages: a GOV.UK start page, a USCIS-style form page, a DVLA-style service page, Canada.ca ' +
        'passport renewal, a benefits checker on Next.js, IRS-style form instructions, a court form guide on Sitefinity, Mass.gov ' +
        'registration, a library card on Elementor, a permit on CivicPlus, a Queensland licence renewal, a consulate’s visa form on ' +
        'Joomla',
      '98.5 % / 98.7 %, 0 / 9 bylines, 24 / 446 furniture, 0 / 12 summaries with any',
      '98.5 % / 98.7 %, 0 / 9 bylines, 24 / 446 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT401_PAGES,
  ],
  [
    onRound95(
      402,
      'app stores and software downloads: App Store-, Google Play-, Microsoft Store-, Softpedia-, SourceForge-, F-Droid-, ' +
        'Snapcraft-, Flathub-, MacUpdate-, Chocolatey- and itch.io-style pages, a vendor’s download page on Elementor',
      '86.8 % / 94.3 %, 6 / 33 bylines, 77 / 607 furniture, 5 / 12 summaries with any',
      '87.5 % / 94.3 %, 4 / 33 bylines, 69 / 607 furniture, 3 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT402_PAGES,
  ],
  [
    onRound95(
      403,
      'university programme and module pages: a course on Squiz Matrix, an Acalog catalog program, a module descriptor on Drupal, a ' +
        'PhD page on Elementor, a Funnelback course search, a summer school on Next.js, an online master’s on HubSpot, an ' +
        'apprenticeship on Sitecore SXA, a college course on Umbraco, a master’s on TYPO3, a short course on Destiny One, a handbook ' +
        'on MkDocs Material',
      '97.2 % / 89.3 %, 0 / 3 bylines, 28 / 432 furniture, 1 / 12 summaries with any',
      '97.2 % / 88.6 %, 0 / 3 bylines, 28 / 432 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT403_PAGES,
  ],
  [
    onRound95(
      404,
      'medical and scientific journal articles: PubMed-, PMC-, BMJ-, NEJM-, Lancet-, JAMA-, Frontiers- (Nuxt), PLOS-, eLife-, ' +
        'arXiv-, Semantic Scholar- and ResearchGate-style pages',
      '94.6 % / 100.0 %, 3 / 64 bylines, 36 / 613 furniture, 2 / 12 summaries with any',
      '97.0 % / 100.0 %, 1 / 64 bylines, 27 / 613 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT404_PAGES,
  ],
  [
    onRound95(
      405,
      'esports, streaming and game communities: a Liquipedia-style tournament, an HLTV-style match report, an esports story on ' +
        'WordPress, a roster announcement on Webflow, a Twitch-style about page, a schedule on Squarespace, speedrun rules on Next.js, ' +
        'a devlog on Ghost, a Discord rules channel, a Challonge-style tournament, a XenForo guild thread, a Steam-style news post',
      '98.9 % / 99.3 %, 0 / 27 bylines, 9 / 324 furniture, 0 / 12 summaries with any',
      '99.3 % / 99.2 %, 0 / 27 bylines, 8 / 324 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT405_PAGES,
  ],
  [
    onRound95(
      406,
      'hackathons and coding competitions: Devpost project and hackathon pages, a Kaggle-style competition, an Advent of Code-style ' +
        'puzzle, a Codeforces-style blog, a HackerRank-style problem, a Topcoder-style challenge, a Notion schedule, a winners’ post ' +
        'on WordPress, an MLH-style events listing, an itch.io jam thread, a Medium write-up',
      '99.2 % / 95.8 %, 1 / 32 bylines, 12 / 438 furniture, 1 / 12 summaries with any',
      '99.3 % / 95.1 %, 0 / 32 bylines, 11 / 438 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT406_PAGES,
  ],
  [
    onRound95(
      407,
      'animal adoption and rescue: Petfinder- and RSPCA-style profiles, a shelter on Wix, a rescue blog on Astra, fostering on ' +
        'Drupal Olivero, an adoption FAQ on Zendesk, lost and found on Next.js, a wildlife patient update on Blogger, shelter ' +
        'statistics on Elementor, sponsorship on Webflow, a county release on CivicPlus, a horse rescue on Squarespace',
      '99.4 % / 88.1 %, 1 / 17 bylines, 12 / 340 furniture, 0 / 12 summaries with any',
      '99.6 % / 87.9 %, 0 / 17 bylines, 12 / 340 furniture, 0 / 12 summaries with any',
      'the round-96 sidebar layouts (Olivero’s sidebar-grid names the grid, not a sidebar) tuned on its Drupal foster page (training)',
    ),
    HELDOUT407_PAGES,
  ],
  [
    onRound95(
      408,
      'awards and prizes: a shortlist on Elementor, a student award on Drupal, a citation on Wagtail, a prize release on PR ' +
        'Newswire, winners on HubSpot, festival awards on Next.js, a laureate on Squarespace, an honours list on Arc XP, an ' +
        'architecture award on Webflow, judges’ comments on Ghost, nomination guidelines on GOV.UK, a company post on Medium',
      '98.0 % / 98.2 %, 1 / 23 bylines, 8 / 319 furniture, 4 / 12 summaries with any',
      '98.0 % / 97.8 %, 1 / 23 bylines, 8 / 319 furniture, 4 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT408_PAGES,
  ],
  [
    onRound95(
      409,
      'digital gardens and note publishing: Obsidian Publish, Quartz, TiddlyWiki, a Notion public page, Roam, Dendron, GitBook, ' +
        'Logseq, a hand-written garden, Bear Blog, a Hugo garden listing, a Neuron Zettelkasten note',
      '98.9 % / 90.5 %, 0 / 12 bylines, 10 / 207 furniture, 0 / 12 summaries with any',
      '99.0 % / 90.5 %, 0 / 12 bylines, 10 / 207 furniture, 0 / 12 summaries with any',
      'the round-96 sidebar layouts (Logseq’s sidebar-main-content is the page) tuned on its Logseq page (training)',
    ),
    HELDOUT409_PAGES,
  ],
  [
    onRound95(
      410,
      'map stories and GIS portals: ArcGIS StoryMaps, ArcGIS Hub, a Google Earth-style Voyager story, StoryMapJS, a Socrata map ' +
        'view, the OSM wiki, an OSM diary, a Felt-style map, a Mapbox scrollytelling story, a LibCal event, a heritage trail on ' +
        'LocalGov Drupal, a flood map guide on GOV.UK',
      '96.8 % / 91.7 %, 2 / 17 bylines, 38 / 375 furniture, 1 / 12 summaries with any',
      '96.9 % / 91.7 %, 2 / 17 bylines, 37 / 375 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT410_PAGES,
  ],
  [
    onRound95(
      411,
      'product safety recalls: CPSC-, FDA-, NHTSA-style pages, a GOV.UK OPSS report, an EU Safety Gate-style alert, an FSA allergy ' +
        'alert, a retailer’s recalls on Salesforce Commerce Cloud, a voluntary recall on Astra, a local news story on BLOX, a consumer ' +
        'group on Next.js, a pharmacy on AEM, an Australian recall on GovCMS',
      '96.3 % / 97.8 %, 0 / 32 bylines, 13 / 442 furniture, 0 / 12 summaries with any',
      '96.7 % / 97.5 %, 0 / 32 bylines, 12 / 442 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT411_PAGES,
  ],
  [
    onRound97(
      412,
      'ticketing and event listings: Eventbrite-, Ticketmaster-, Dice-, Resident Advisor-, Meetup-, Luma-, Spektrix-, See Tickets-, ' +
        'Humanitix- and Tito-style pages, a festival lineup on Nuxt, a venue’s events calendar on WordPress',
      '96.5 % / 94.8 %, 2 / 14 bylines, 25 / 544 furniture, 1 / 12 summaries with any',
      '97.0 % / 94.8 %, 1 / 14 bylines, 24 / 544 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT412_PAGES,
  ],
  [
    onRound97(
      413,
      'craft patterns: a Ravelry-style pattern, a knitting blog on Blogger, sewing instructions on Elementor, a quilt block on ' +
        'Genesis, an amigurumi pattern with ads on Kadence, an Etsy-style listing, a chart on Wix, a Discourse thread, a Zendesk ' +
        'support article, errata on Squarespace, a Printables-style model on SvelteKit, a LoveCrafts-style page on Next.js',
      '95.4 % / 97.8 %, 0 / 24 bylines, 30 / 476 furniture, 2 / 12 summaries with any',
      '95.8 % / 97.8 %, 0 / 24 bylines, 29 / 476 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT413_PAGES,
  ],
  [
    onRound97(
      414,
      'housing and tenancy help: advice on Drupal, rights on Elementor, a waiting list on CivicPlus, vouchers on Next.js, a tenant ' +
        'guide on HubSpot, an eviction FAQ on Squarespace, deposits on Wix, an ombudsman decision on GOV.UK, a phpBB renters’ thread, ' +
        'homelessness help on LocalGov Drupal, a charity story on a block theme, a student guide on Ghost',
      '97.9 % / 95.2 %, 1 / 24 bylines, 11 / 368 furniture, 0 / 12 summaries with any',
      '98.2 % / 95.2 %, 0 / 24 bylines, 11 / 368 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT414_PAGES,
  ],
  [
    onRound97(
      415,
      'camps, parks and recreation: a camp on Elementor, a CivicRec activity catalog, a day camp FAQ on HubSpot, a scout troop on ' +
        'Google Sites, swim lessons on Open Y, registration on SportsEngine, classes on Wix, a packing list on Squarespace, a nature ' +
        'camp on Ghost, a pool schedule on CivicPlus, club policies on Weebly, holiday activities on LocalGov Drupal',
      '98.6 % / 98.9 %, 0 / 7 bylines, 14 / 342 furniture, 1 / 12 summaries with any',
      '98.6 % / 96.0 %, 0 / 7 bylines, 14 / 342 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT415_PAGES,
  ],
  [
    onRound97(
      416,
      'software security advisories: GitHub Advisory-, OSV-, Snyk- (Nuxt), Cisco-style PSIRT, Debian tracker-, npm-, RustSec-, ' +
        'MSRC-, Red Hat-, Ubuntu USN- and HackerOne-style pages, a security release post on Docusaurus',
      '87.2 % / 97.5 %, 7 / 37 bylines, 49 / 381 furniture, 2 / 12 summaries with any',
      '88.7 % / 97.2 %, 6 / 37 bylines, 49 / 381 furniture, 2 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT416_PAGES,
  ],
  [
    onRound97(
      417,
      'webcomics and serial fiction: Webtoon-, Tapas-, Royal Road-, Wattpad-, Scribble Hub-, Kindle Vella-, Patreon- and Ko-fi-style ' +
        'pages, a ComicPress page, a Substack chapter, a Comic Easel archive, a phpBB fan thread',
      '99.4 % / 93.7 %, 0 / 49 bylines, 2 / 373 furniture, 0 / 12 summaries with any',
      '99.4 % / 93.7 %, 0 / 49 bylines, 2 / 373 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT417_PAGES,
  ],
  [
    onRound97(
      418,
      'species identification guides: an All About Birds-style species page, a butterfly species on Drupal, a fungi table layout ' +
        'with ads, wildflowers on Elementor, a moth account on Bootstrap, an iNaturalist-style taxon on Next.js, a pest page on ' +
        'Angular, a fish ID story on JNews, trees with an accordion, a reptile sheet on Squarespace, seaweeds on Wix, a Blogger ' +
        'naturalist',
      '97.2 % / 99.2 %, 0 / 10 bylines, 22 / 378 furniture, 1 / 12 summaries with any',
      '97.8 % / 99.0 %, 0 / 10 bylines, 20 / 378 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT418_PAGES,
  ],
  [
    onRound97(
      419,
      'parcel tracking, post and customs: tracking on Next.js, rates on Drupal Olivero, customs guidance on GOV.UK Frontend, missed ' +
        'deliveries on Zendesk, returns on Shopify, a service update on Statuspage, a calculator on Elementor, prohibited items on ' +
        'Freshdesk, a customs form on Help Scout, lockers on Webflow, a delay story on BLOX, sustainability on AEM',
      '99.3 % / 95.5 %, 0 / 19 bylines, 6 / 323 furniture, 2 / 12 summaries with any',
      '99.3 % / 94.4 %, 0 / 19 bylines, 6 / 323 furniture, 2 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT419_PAGES,
  ],
  [
    onRound97(
      420,
      'regulators’ enforcement notices: ICO-, FCA-, SEC-, FTC-, CMA-, Ofcom-, ASA-, FDA- and Ofgem-style pages, a data protection ' +
        'fine on Next.js, a prosecution on Elementor, a charity inquiry on GovCMS',
      '97.6 % / 97.4 %, 2 / 18 bylines, 3 / 401 furniture, 2 / 12 summaries with any',
      '97.7 % / 97.0 %, 1 / 18 bylines, 3 / 401 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT420_PAGES,
  ],
  [
    onRound97(
      421,
      'climbing and mountaineering: Mountain Project-, UKClimbing- and 27 Crags-style (Nuxt) pages, a hut report on Elementor, a ' +
        'guided route on Squarespace, gym news on Wix, a phpBB conditions thread, a summit register, a via ferrata on MediaWiki, an ' +
        'avalanche forecast, an access notice on GeneratePress, a first ascent on Blogger',
      '95.3 % / 96.2 %, 9 / 43 bylines, 30 / 419 furniture, 0 / 12 summaries with any',
      '95.9 % / 96.2 %, 8 / 43 bylines, 29 / 419 furniture, 0 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT421_PAGES,
  ],
  [
    onRound97(
      422,
      'nutrition data: USDA FoodData- (Angular), MyFitnessPal- and Open Food Facts-style pages, restaurant nutrition on Elementor, a ' +
        'dietitian on Astra, a supermarket product, a supplement on Shopify, a composition database on Bootstrap, glycaemic index on ' +
        'Drupal, allergens on Squarespace, a calorie calculator, an NHS-style nutrient page',
      '94.7 % / 72.5 %, 0 / 15 bylines, 24 / 413 furniture, 1 / 12 summaries with any',
      '94.7 % / 72.5 %, 0 / 15 bylines, 24 / 413 furniture, 1 / 12 summaries with any',
      'the round-98 page sections (sections sharing a compound class word are one article) tuned on its Squarespace allergen page (training)',
    ),
    HELDOUT422_PAGES,
  ],
  [
    onRound97(
      423,
      'chess: a Lichess-style study, a Chess.com-style article, an annotated game in a table layout, a club on WordPress, a ' +
        'FIDE-style profile, a puzzle on Elementor, a phpBB opening thread, a federation report on Drupal, a lesson on Substack, a ' +
        'ChessBase-style story, an opening explorer, variant rules on Fandom',
      '96.3 % / 93.1 %, 1 / 22 bylines, 13 / 333 furniture, 1 / 12 summaries with any',
      '96.7 % / 91.8 %, 1 / 22 bylines, 11 / 333 furniture, 1 / 12 summaries with any',
      'not tuned on (held out)',
    ),
    HELDOUT423_PAGES,
  ],
];
