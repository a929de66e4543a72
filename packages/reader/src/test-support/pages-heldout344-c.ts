import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout344-kit.js';

/**
 * Held-out batch 344, file c: an NPR-style radio story (global navigation, slug, byline and dateblock, the audio module
 * with Listen / Download / Embed / Transcript tools, a lead image with caption and credit, an internal-link inset,
 * newsletter callout, share tools, "More Stories From NPR", footer) and a community radio station's weekly schedule page
 * built with the WordPress Radio Station plugin's list view (now-playing bar, donate button, intro text, the schedule
 * itself, sidebar with the current show and upcoming events, footer).
 */
const nTitle = 'In a town with no hospital, the volunteer ambulance crew is running out of drivers';
const nText = [
  j(
    'GRISTLEFORD, Mont. — On a Tuesday night in early November, the pager on Ada Rennick’s kitchen counter went off three',
    'times in an hour. Rennick, 64, is one of six remaining volunteer drivers for the Gristleford Ambulance Association,',
    'which covers a stretch of ranch country roughly the size of Rhode Island.',
  ),
  j(
    '"Ten years ago we had twenty-two people on the roster," she said, pulling on a fleece with the association’s patch on',
    'the shoulder. "Now if two of us get the flu, there’s a gap in the schedule and nobody to fill it."',
  ),
  j(
    'The nearest hospital is 71 miles away in Carbury. When the Gristleford crew cannot respond, calls are passed to a',
    'paid service based there, and the wait for an ambulance can stretch past an hour.',
  ),
  j(
    'Rural ambulance services across the region describe the same squeeze. Volunteers are getting older, training',
    'requirements have grown, and younger residents who might sign up often commute long distances for work and cannot',
    'leave a job site when the pager goes.',
  ),
  j(
    'Leland Oyelaran, who directs emergency medical services for the county, said the number of volunteer services in the',
    'region has fallen from fourteen to nine since 2015. "Every one that closes makes the next one busier," he said. "It is',
    'a spiral, and we are trying to catch it before it reaches the bottom."',
  ),
  j(
    'The county has started paying a small stipend for each shift a volunteer is on call, about $4 an hour, and has',
    'offered to cover the cost of the emergency medical technician course. Seven people signed up for the autumn class.',
    'Three finished it.',
  ),
  j(
    'Some towns have tried merging their crews, sharing a single ambulance between two communities. Others have asked the',
    'state to let them staff calls with one certified technician and one driver, rather than two technicians. A bill that',
    'would allow that failed by four votes in the last legislative session and is expected to return in January.',
  ),
  j(
    'In Gristleford, Rennick and her colleagues have started visiting the high school to talk about the work. She brings',
    'the ambulance, lets students sit in the back and shows them how the stretcher locks into place.',
  ),
  j(
    '"Most of them have never thought about who comes when you call," she said. "You don’t, until it’s your dad on the',
    'kitchen floor. Then you think about it a lot."',
  ),
];
const nNav = ['News', 'Culture', 'Music', 'Podcasts & Shows', 'Search', 'Newsletters', 'NPR Shop'];
const nMore = [
  'A county fair goes cashless and the pie stand learns to adapt',
  'Why grain elevators are being turned into climbing walls',
  'The last telephone exchange operator in the Plains retires',
];
const nFoot = ['Overview', 'Diversity', 'NPR Network', 'Accessibility', 'Ethics', 'Finances', 'Terms of Use', 'Privacy', 'Your Privacy Choices', 'Text Only'];
const nprHtml = `<!doctype html><html class="no-js"
lang="en"><head><meta charset="utf-8"><title>Rural volunteer ambulance crews run short of drivers : NPR</title>
<meta name="description" content="In a town with no hospital, the volunteer ambulance crew is running out of drivers."><meta name="author"
content="Calla Whitsun">
<meta property="og:type" content="article"><meta property="og:site_name" content="NPR"><meta name="date" content="2026-11-20">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${nTitle}",
"datePublished":"2026-11-20T05:00:00-05:00","author":{"@type":"Person","name":"Calla Whitsun"},"publisher":{"@type":"Organization","name":"NPR"}}</script>
<script>var NPR = NPR || {}; NPR.serverVars = {"storyId":"nx-s1-5188201","topics":["health"]};</script>
<link rel="stylesheet" href="https://s.npr.example/templates/css/fingerprint/css/global.css"></head>
<body class="story tmplStory"><div id="skip-link-container"><a href="#mainContent" class="skiplink">Skip to main content</a></div>
<header id="globalheader" class="globalheader"><div class="navigation-wrap"><a href="/" class="logo">NPR</a><nav class="navigation" role="navigation">
<ul class="navigation__top-level">${links(nNav, 'navigation__top-level-item')}</ul></nav>
<div class="header-cta"><a href="https://donate.npr.example/" class="header-donate">Donate</a></div></div></header>
<section id="main-section" role="main"><div id="wrapper"><article class="story tmplStory" id="mainContent">
<div class="slug-wrap"><h3 class="slug"><a href="https://www.npr.example/sections/health/">Health</a></h3></div>
<div class="storytitle"><h1>${nTitle}</h1></div>
<div id="story-meta" class="story-meta has-byline"><div class="story-meta__one"><div id="storybyline" class="storylocation linkLocation">
<div class="bucketwrap byline"><div class="byline-container--block"><div class="byline byline--block"><p class="byline__name byline__name--block">
<a href="/people/3310" rel="author">Calla Whitsun</a></p></div></div></div></div></div>
<div class="story-meta__two"><div class="dateblock"><time datetime="2026-11-20T05:00:00-05:00"><span class="date">November 20, 2026</span>
<span class="time">5:00 AM ET</span></time></div><div class="share-tools share-tools--primary"><ul>
${links(['Facebook', 'Flipboard', 'Email'], 'share-tools__service')}</ul></div></div></div>
<div class="audio-module" id="res-5188214"><div class="audio-module-controls-wrap"><button class="audio-module-listen"><b class="audio-module-listen-inner">
<b class="audio-module-listen-text"><b class="audio-module-cta">Listen</b> · <b class="audio-module-listen-duration">4:12</b></b></b></button>
<b class="audio-module-title">4-Minute Listen</b></div><ul class="audio-module-tools"><li class="audio-tool audio-tool-playlist"><a href="#">Playlist</a></li>
<li class="audio-tool audio-tool-download"><a href="https://ondemand.npr.example/anon.npr-mp3/npr/me/2026/11/20261120_me_ambulance.mp3">Download</a></li>
<li class="audio-tool audio-tool-embed"><a href="#">Embed</a></li>
<li class="audio-tool audio-tool-transcript"><a href="https://www.npr.example/transcripts/nx-s1-5188201">Transcript</a></li></ul></div>
<div id="storytext" class="storytext storylocation linkLocation">
<div id="res-5188220" class="bucketwrap image large"><div class="imagewrap has-source-dimensions"><picture><img
src="https://media.npr.example/assets/img/2026/11/19/ambulance_wide.jpg" alt="An ambulance parked outside a fire hall at dusk."></picture></div>
<div class="credit-caption"><div class="caption-wrap"><div class="caption" aria-label="Image caption"><p>The Gristleford Ambulance Association’s only
vehicle, parked outside the fire hall it shares with the volunteer fire department.</p></div></div>
<span class="credit" aria-label="Image credit">Marguerite Osei for NPR</span></div></div>
${ps(nText.slice(0, 5))}
<aside id="res-5188231" aria-label="advertisement" class="ad-wrap"><p class="left">Sponsor Message</p><div class="ad-backstage"></div></aside>
${ps(nText.slice(5, 7))}
<aside id="res-5188240" class="bucketwrap internallink insettwocolumn inset2col"><ul><li><p class="internallink-label">Related Story</p>
<a href="/2026/05/02/rural-hospitals">When the maternity ward closes, families drive two hours to give birth</a></li></ul></aside>
${ps(nText.slice(7))}
</div>
<aside class="newsletter-acquisition-callout"
data-newsletter="health"><h3 class="newsletter-acquisition-callout__heading">Sign up for the Health newsletter</h3>
<p class="newsletter-acquisition-callout__description">The week’s biggest health stories, explained, in your inbox every Thursday.</p>
<button class="newsletter-acquisition-callout__button">Subscribe</button></aside>
<div class="story-tags"><p class="tag-label">Tags</p><ul>${links(['rural health', 'EMS', 'Montana'], 'tag')}</ul></div>
</article>
<aside class="story-recirculation"><h3 class="rec-title">More Stories From NPR</h3><ul>${links(nMore, 'item')}</ul></aside></div></section>
<footer id="npr-footer" class="npr-footer"><div class="npr-footer__content"><ul>${links(nFoot, 'footer-link')}</ul>
<p class="copyright">© 2026 npr</p></div></footer>
<div id="ketch-consent-banner" role="dialog"><p>NPR’s sites use cookies, similar tracking and storage technologies, and information about the device you
use to access our sites to enhance your viewing, listening and user experience.</p><button>Accept</button><button>Your Choices</button></div>
<script src="https://s.npr.example/templates/javascript/fingerprint/app.js"></script></body></html>`;
const npr: TestPage = {
  name: 'heldout344-npr-radio-story-news',
  kind: 'news',
  html: nprHtml,
  title: nTitle,
  headings: [],
  body: texts(nText),
  bylines: ['Calla Whitsun', 'November 20, 2026', '5:00 AM ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...nNav, 'Donate', 'Health', 'Facebook', 'Flipboard', 'Email', 'Listen', '4:12', '4-Minute Listen', 'Playlist', 'Download',
    'Embed', 'Transcript', 'The Gristleford Ambulance Association’s only vehicle, parked outside the fire hall it shares with the volunteer fire department.',
    'Marguerite Osei for NPR', 'Sponsor Message', 'Related Story', 'When the maternity ward closes, families drive two hours to give birth',
    'Sign up for the Health newsletter', 'The week’s biggest health stories, explained, in your inbox every Thursday.', 'Subscribe', 'Tags', 'rural health',
    'EMS', 'Montana', 'More Stories From NPR', ...nMore, ...nFoot, '© 2026 npr', 'Accept', 'Your Choices',
    j(
      'NPR’s sites use cookies, similar tracking and storage technologies,',
      'and information about the device you use to access our sites to enhance your viewing, listening and user experience.',
    ),
  ],
};

const kTitle = 'Program Schedule';
const kIntro = [
  j(
    'KBRV is run almost entirely by volunteers, and every show on the schedule below is made by someone who lives in the',
    'Brevin Valley. All times are Mountain Time. Live shows can move when a host is away; when that happens we fill the slot',
    'with music from the station library, chosen by our music director.',
  ),
  j(
    'Want a show of your own? New programmers start with a six-week training course held every spring and autumn. No radio',
    'experience is needed, just a love of something you want to share and a willingness to learn the board.',
  ),
];
const kDays: readonly (readonly [string, readonly (readonly [string, string, string, string])[]])[] = [
  [
    'Weekdays',
    [
      ['6:00 am – 9:00 am', 'Valley Morning', 'Tamsin Rell', 'Local news at the top of each hour, road and school reports, and gentle music to start the day.'],
      ['9:00 am – 12:00 pm', 'The Open Range', 'rotating hosts', 'Country, folk and bluegrass, old and new, with a featured album every Friday.'],
      ['12:00 pm – 1:00 pm', 'Brevin Valley Report', 'the KBRV newsroom', 'Interviews with neighbours, council coverage and the community calendar.'],
      ['6:00 pm – 8:00 pm', 'Kitchen Table Blues', 'Obadiah Fenn', 'Delta, Chicago and hill country blues from a record collection forty years deep.'],
    ],
  ],
  [
    'Saturday',
    [
      ['8:00 am – 10:00 am', 'Hay & Harvest', 'Junia Pellegrew', 'Farm and garden advice, a weekly call-in and the market price round-up.'],
      ['10:00 am – 12:00 pm', 'Kids’ Corner Radio', 'students of Brevin Middle School', 'Stories, quizzes and music chosen by young programmers.'],
      ['7:00 pm – 10:00 pm', 'Saturday Night Static', 'DJ Larkspur', 'Electronic, dub and experimental sounds for the late crowd.'],
    ],
  ],
  [
    'Sunday',
    [
      ['9:00 am – 11:00 am', 'Hymns and Harmonies', 'Cressida Vey', 'Choral and gospel music, with a quiet half hour of organ recordings.'],
      ['2:00 pm – 4:00 pm', 'Voces del Valle', 'Amaro and Lucía Quintal', 'Spanish-language news, interviews and music from across the Americas.'],
      ['6:00 pm – 7:00 pm', 'The Listening Room', 'Perrin Achebe', 'One complete album played start to finish, with notes on how it was made.'],
    ],
  ],
];
const kShow = ([t, n, h, d]: readonly [string, string, string, string]): string => `<li class="master-list-day-item"><div class="show-time">${t}</div>
<div class="show-title"><a href="/show/${n.length}/">${n.replace(/&/g, '&amp;')}</a></div>
<div class="show-dj-names"><span class="show-dj-names-leader">with</span> ${h}</div>
<div class="show-desc">${d}</div></li>`;
const kItems = kDays.flatMap(([, shows]) => shows.map(kShow));
const kMenu = ['Listen Live', 'Schedule', 'Shows', 'Hosts', 'Local News', 'Events', 'Volunteer', 'About KBRV'];
const kEvents = ['Winter Record Fair, Dec 13', 'Programmer Training Info Night, Jan 8', 'Annual Membership Meeting, Feb 2'];
const kbrvHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>Program Schedule – KBRV 89.3 FM Brevin Valley Community Radio</title>
<meta name="description" content="The weekly program schedule of KBRV 89.3 FM, community radio for the Brevin Valley.">
<link rel="stylesheet" id="radio-station-css" href="https://kbrv.example/wp-content/plugins/radio-station/css/radio-station.css">
<link rel="stylesheet" id="rs-master-schedule-css" href="https://kbrv.example/wp-content/plugins/radio-station/css/rs-schedule-list.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"RadioStation","name":"KBRV 89.3 FM","areaServed":"Brevin Valley"}</script>
<script>var radio = {"timezone":{"location":"America/Denver","offset":-25200},"clock":{"format":12}};</script></head>
<body class="page-template-default page page-id-42 wp-theme-twentytwentyone"><div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="radio-player-bar" class="radio-station-player-bar"><span class="rp-now-playing-label">On Air Now:</span>
<span class="rp-now-playing-title">Valley Morning</span><button class="rp-play-button">Listen Live</button></div>
<header id="masthead" class="site-header has-title-and-tagline has-menu"><div class="site-branding"><p class="site-title"><a href="/">KBRV 89.3 FM</a></p>
<p class="site-description">Community radio for the Brevin Valley since 1984</p></div>
<nav id="site-navigation" class="primary-navigation" aria-label="Primary menu"><div class="primary-menu-container"><ul id="primary-menu-list"
class="menu-wrapper">${links(kMenu, 'menu-item menu-item-type-post_type')}</ul></div></nav>
<a class="donate-button wp-block-button__link" href="/donate/">Donate Now</a></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-42" class="post-42 page type-page status-publish entry"><header class="entry-header alignwide"><h1 class="entry-title">${kTitle}</h1>
</header><div class="entry-content">
${ps(kIntro)}
<div id="master-list" class="master-list"><div class="master-schedule-list-controls"><span class="schedule-timezone">Times shown in MST</span>
<a href="#" class="master-schedule-list-print">Print schedule</a></div><ul class="master-list">
${kDays
  .map(
    ([day, shows]) => `<li class="master-list-day" id="list-header-${day.toLowerCase()}"><span class="master-list-day-name">${day}</span>
<ul class="master-list-day-${day.toLowerCase()}-list">${shows.map(kShow).join('\n')}</ul></li>`,
  )
  .join('\n')}
</ul></div></div></article></main></div>
<aside class="widget-area"><section id="radio-current-show-2" class="widget current-show-widget"><h2 class="widget-title">On Air Now</h2>
<div class="current-show-title">Valley Morning</div><div class="current-show-hosts">Host: Tamsin Rell</div></section>
<section id="block-4" class="widget widget_block"><h2 class="widget-title">Upcoming Events</h2><ul>${links(kEvents)}</ul></section>
<section id="block-5" class="widget widget_block"><p>KBRV is listener-supported. Become a member for as little as $5 a month.</p></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info"><p>KBRV 89.3 FM · 114 Depot Street, Brevin, MT 59401 · Studio line (406) 555-0189</p>
<p>KBRV is a licensed noncommercial educational station. <a href="/public-file/">FCC Public File</a> · <a href="/eeo/">EEO Report</a></p>
<p class="powered-by">Proudly powered by WordPress.</p></div></footer></div></body></html>`;
const kbrv: TestPage = {
  name: 'heldout344-community-radio-schedule-docs',
  kind: 'docs',
  html: kbrvHtml,
  title: kTitle,
  headings: [],
  body: texts([...kIntro, ...kItems]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'On Air Now:', 'KBRV 89.3 FM', 'Community radio for the Brevin Valley since 1984', ...kMenu, 'Donate Now', 'Times shown in MST',
    'Print schedule', 'On Air Now', 'Host: Tamsin Rell', 'Upcoming Events', ...kEvents,
    'KBRV is listener-supported. Become a member for as little as $5 a month.',
    'KBRV 89.3 FM · 114 Depot Street, Brevin, MT 59401 · Studio line (406) 555-0189', 'KBRV is a licensed noncommercial educational station.',
    'FCC Public File', 'EEO Report', 'Proudly powered by WordPress.',
  ],
};

export const HELDOUT344_C: readonly TestPage[] = [npr, kbrv];
