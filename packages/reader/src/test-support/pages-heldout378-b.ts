import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout378-kit.js';

/**
 * Held-out batch 378, file b: a programme schedule page of a conference site built with Next.js (the __next root, CSS-module
 * class names, day tabs, session cards, the __NEXT_DATA__ script) and a keynote speaker page on a Squarespace site (header,
 * sqs-block content blocks, an image block with its caption, the newsletter block, the footer and the cookie banner).
 */
const nTitle = 'Programme: Day 2, Thursday 10 September';
const nIntro = [
  j(
    'The second day of the Lowland Hydrology Conference is devoted to groundwater and the management of peat soils. All sessions',
    'take place in the Meridian Hall building; the room of each session is given with its entry. Talks are twenty minutes including',
    'questions unless stated otherwise.',
  ),
  j(
    'Session chairs are asked to keep strictly to the times below so that participants can move between rooms. Presenters should',
    'load their slides onto the room computer during the break before their session; a technician is available in each room',
    'from 08:30. Presenters who take part remotely will be connected by the session chair five minutes before their slot.',
  ),
];
const nSessions: [string, string, string[]][] = [
  ['Registration and coffee', '08:30 to 09:00', []],
  [
    'Session 4: Groundwater recharge under changing rainfall',
    '09:00 to 10:40, Room Aalto',
    [
      'Recharge estimates from thirty years of lysimeter records in the Ostwold basin',
      'Do drainage ditches still drain? A reassessment of polder water tables',
      'Stable isotopes as a tracer of winter recharge in sandy uplands',
    ],
  ],
  ['Coffee break and poster viewing', '10:40 to 11:10', []],
  [
    'Session 5: Peat subsidence and carbon',
    '11:10 to 12:30, Room Brenner',
    [
      'Raising water levels on grazed peat: three years of subsidence data',
      'Carbon loss from drained peat meadows measured by eddy covariance',
      'Farmer experience with submerged drains in the western lowlands',
    ],
  ],
  ['Lunch', '12:30 to 13:30', []],
  [
    'Panel: Who pays for wetter land?',
    '13:30 to 14:30, Main Hall',
    ['A discussion between water board officials, farmers and researchers on compensation schemes for higher water tables.'],
  ],
];
const nOutro = [
  j(
    'Poster authors should hang their posters before the first coffee break and remove them by 17:00. The conference dinner starts',
    'at 19:30 at the Old Pumping Station; buses leave from the main entrance at 19:00.',
  ),
];
const nNav = ['About', 'Programme', 'Speakers', 'Venue', 'Register'];
const nDays = ['Day 1', 'Day 2', 'Day 3'];
const nFoot = ['Privacy', 'Accessibility', 'Contact us'];
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>Programme Day 2 | LHC 2026</title><meta name="description" content="Sessions, rooms and times for Thursday 10 September."/>
<meta property="og:title" content="Programme Day 2 | LHC 2026"/><meta name="next-head-count" content="5"/>
<link rel="preload" href="/_next/static/css/6a1c0e0c2d.css" as="style"/><link rel="stylesheet" href="/_next/static/css/6a1c0e0c2d.css" data-n-g=""/>
<script src="/_next/static/chunks/webpack-4b1f.js" defer=""></script><script src="/_next/static/chunks/framework-2c79.js" defer=""></script>
<script src="/_next/static/chunks/pages/programme/%5Bday%5D-8e1d.js" defer=""></script></head>
<body><div id="__next"><div class="Layout_wrapper__Qx3k1"><header class="Header_header__b7Xo2"><a class="Header_logo__R1s0d" href="/">LHC 2026</a>
<nav class="Header_nav__mP0aZ" aria-label="Main"><ul>${links(nNav, 'Header_item__kk2Lw')}</ul></nav>
<button class="Header_menuButton__xU9dE" aria-expanded="false">Menu</button></header>
<main class="Layout_main__a8Ka2"><div class="Programme_page__3Vb9s"><h1 class="Programme_title__Hn2sQ">${nTitle}</h1>
<div role="tablist" class="Tabs_tabs__Jw0oc">${nDays
  .map((d, i) => `<button role="tab" aria-selected="${i === 1}" class="Tabs_tab__YZ2nf${i === 1 ? ' Tabs_active__gD1xF' : ''}">${d}</button>`)
  .join('')}</div>
<div class="Programme_intro__m2pQ1">${ps(nIntro)}</div>
<ol class="Programme_list__Lr5Oe">${nSessions
  .map(
    ([t, w, talks]) => `<li class="SessionCard_card__1xQ0r"><div class="SessionCard_time__Zp8kq">${w}</div>
<h2 class="SessionCard_title__rB9Cc">${t}</h2>${talks.length === 0 ? '' : `<ul class="SessionCard_talks__0dE3m">${lis(talks)}</ul>`}
<button class="SessionCard_add__Wq4sZ" aria-label="Add to my schedule">Add to calendar</button></li>`,
  )
  .join('\n')}</ol>
<div class="Programme_outro__Vt6yK">${ps(nOutro)}</div>
<a class="Programme_download__s0Lq2" href="/files/lhc2026-programme.pdf">Download the full programme (PDF, 1.2 MB)</a></div></main>
<footer class="Footer_footer__kz0Ow"><p>Lowland Hydrology Conference 2026 is organised by the Ostwold Water Research Centre.</p>
<ul class="Footer_links__JdX2c">${links(nFoot)}</ul><p class="Footer_copy__pE3nT">© 2026 LHC Organising Committee</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"day":2,"date":"2026-09-10","sessionCount":6}},"page":"/programme/[day]",
"query":{"day":"2"},"buildId":"q8ZkP0vW3n","isFallback":false,"gsp":true,"scriptLoader":[]}</script></body></html>`;
const nextSchedule: TestPage = {
  name: 'heldout378-nextjs-programme-schedule',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nSessions.map(([t]) => t),
  body: texts([...nIntro, ...nSessions.flatMap(([, w, talks]) => [w, ...talks]), ...nOutro]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'LHC 2026', ...nNav, 'Menu', ...nDays, 'Add to calendar', 'Download the full programme (PDF, 1.2 MB)',
    'Lowland Hydrology Conference 2026 is organised by the Ostwold Water Research Centre.', ...nFoot, '© 2026 LHC Organising Committee',
  ],
};

const sTitle = 'Keynote: Professor Amaranta Velloso';
const sLead = ['<strong>Reading the Silence: What Archives Leave Out and How Historians Can Listen For It</strong>'];
const sAbstract = [
  j(
    'Every archive is a record of decisions about what was worth keeping. Parish registers noted baptisms but rarely the children',
    'who died before them; shipping ledgers counted cargo and passed over the people who loaded it. In this keynote, Professor',
    'Velloso asks what historians can responsibly say about the lives that such records leave almost blank.',
  ),
  j(
    'Drawing on fifteen years of work with the notarial archives of the Alvarenga coast, she will show how gaps in a series of',
    'documents can themselves be read as evidence: a missing year of contracts that matches a fever epidemic, a change of',
    'handwriting that marks the arrival of a new clerk with different habits, a sudden silence about a family that had appeared',
    'every season for a generation.',
  ),
  j(
    'The talk closes with a practical proposal for how digitisation projects might record what is absent from a collection as',
    'carefully as what is present, so that the next generation of researchers inherits a map of the silences as well as of the',
    'sources.',
  ),
];
const sBio = [
  j(
    'Amaranta Velloso is Professor of Early Modern History at the University of Porto Seco, where she leads the Coastal Archives',
    'Project. Her book <em>The Clerk’s Hand</em> received the Marlowe Prize for archival history, and she has advised three national',
    'archives on cataloguing standards for notarial records.',
  ),
  j(
    'She has taught palaeography summer schools for over a decade and is known among students for her insistence that every',
    'transcription should be checked against the original at least twice.',
  ),
];
const sPractical = [
  'Date: Friday 19 June 2026, 09:30',
  'Place: Great Hall, Colyton House',
  'The keynote will be streamed to registered online participants and recorded for the conference archive.',
];
const sNav = ['Home', 'Call for Papers', 'Keynotes', 'Programme', 'Travel', 'Contact'];
const sFoot = ['Instagram', 'Bluesky'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width,initial-scale=1"><base href=""><meta charset="utf-8">
<title>Keynote: Amaranta Velloso — Archives &amp; Absence 2026</title>
<link rel="canonical" href="https://www.archivesandabsence.example/keynote-velloso"><meta property="og:site_name" content="Archives &amp; Absence 2026">
<meta property="og:type" content="website"><meta itemprop="name" content="Keynote: Amaranta Velloso">
<script type="application/ld+json">{"url":"https://www.archivesandabsence.example","name":"Archives & Absence
2026","@context":"http://schema.org","@type":"WebSite"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","templateId":"5c5a519771c10ba3470d8101",
"websiteSettings":{"siteTitle":"Archives & Absence 2026"},"cookieSettings":{"isCookieBannerEnabled":true}};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.example/static/versioned-site-css/65a1/site.css"></head>
<body id="collection-65a1f0" class="header-layout--with-commerce tweak-global-animations-enabled primary-button-style-solid">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="">
<div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid"><div class="header-display-desktop">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" data-animation-role="header-element">Archives &amp; Absence 2026</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase().replace(/ /g, '-')}">${n}</a></div>`)
  .join('\n')}</nav></div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65a1f0b2">
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-65a1f0b3">
<div class="fe-block fe-block-yui_3_17_2_1_1"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1>
${ps(sLead, ' class="sqsrte-large" style="white-space:pre-wrap;"')}</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_2"><div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_3_17_2_1_2">
<div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper" data-animation-role="image">
<img data-stretch="false" data-src="https://images.squarespace-cdn.example/content/velloso.jpg" alt="Amaranta Velloso in a reading room" loading="lazy"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Amaranta Velloso in the reading room of the Porto Seco district archive.
Photo: Inês Caldeira</p></div></figcaption></figure></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_3"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_3">
<div class="sqs-block-content"><div class="sqs-html-content"><h3>Abstract</h3>${ps(sAbstract, ' style="white-space:pre-wrap;"')}
<h3>About the speaker</h3>${ps(sBio, ' style="white-space:pre-wrap;"')}<h3>Practical information</h3>
<ul data-rte-list="default">${lis(sPractical.map((p) => `<p style="white-space:pre-wrap;">${p}</p>`))}</ul></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_4"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center">
<a href="/register" class="sqs-block-button-element--medium sqs-button-element--primary
sqs-block-button-element">Register to attend</a></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_5"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Stay in touch</h2><div class="newsletter-form-header-description">
<p>Sign up to hear when the programme and the proceedings are published.</p></div></div><form class="newsletter-form" autocomplete="on">
<input type="email" name="email" placeholder="Email Address" class="newsletter-form-field-element field-element">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-button-element--primary" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></form>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div></div></div></div>
</div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="black"><div class="content-wrapper">
<div class="sqs-html-content"><p>Archives &amp; Absence 2026 · Colyton House, Exeford</p><p>${sFoot.map((f) => `<a href="#">${f}</a>`).join(' · ')}</p>
</div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to analyse traffic and improve your experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept All</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline All</button><button class="sqs-cookie-banner-v2-manage">Manage Cookies</button>
</div></div></div><script defer src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespaceKeynote: TestPage = {
  name: 'heldout378-squarespace-keynote-speaker',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: ['Abstract', 'About the speaker', 'Practical information'],
  body: texts([...sLead, ...sAbstract, ...sBio, ...sPractical]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Archives & Absence 2026', ...sNav, 'Amaranta Velloso in the reading room of the Porto Seco district archive. Photo: Inês Caldeira',
    'Register to attend', 'Stay in touch', 'Sign up to hear when the programme and the proceedings are published.', 'Sign Up', 'We respect your privacy.',
    'Archives & Absence 2026 · Colyton House, Exeford', ...sFoot, 'This site uses cookies to analyse traffic and improve your experience.', 'Accept All',
    'Decline All', 'Manage Cookies',
  ],
};

export const HELDOUT378_B: readonly TestPage[] = [nextSchedule, squarespaceKeynote];
