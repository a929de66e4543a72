/**
 * The page sets of the extractor comparison written in session 36, each labelled with its first measurement: taken once, with the
 * learned model refitted in session 25 and its doubtful lines, before any rule looked at its pages; then what was tuned on it.
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

const onRound98 = blindFirstSight(36, 98);
const onRound99 = blindFirstSight(36, 99);

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
];
