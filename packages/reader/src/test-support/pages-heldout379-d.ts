import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout379-kit.js';

/**
 * Held-out batch 379, file d: a short club statement on a Wix site (absolutely positioned `comp-` containers, rich-text
 * elements with `font_` classes, the Wix horizontal menu, a "Latest" repeater, a social bar, the footer strip and the Wix
 * consent banner), and a stadium guide on Webflow.
 */
const wTitle = "Club statement: Saturday's match against Dunholme Wanderers";
const wBody = [
  j(
    'Penmarrow Athletic is aware of reports of discriminatory abuse directed at one of our players from the away section during',
    "Saturday's match against Dunholme Wanderers at Quarry Bank.",
  ),
  j(
    'The matter was reported to the referee at the time and the club has since passed all the information it holds, including',
    'CCTV footage, to Devon and Cornwall Police and to the county football association. We will support both investigations fully.',
  ),
  j(
    'Anyone found responsible will be banned from Quarry Bank. We have also been in contact with Dunholme Wanderers, who have offered',
    'their full co-operation and share our view.',
  ),
  j(
    'We have spoken to the player concerned and will continue to support him and his family. We ask supporters not to speculate on',
    'social media while the investigations are under way.',
  ),
  'Penmarrow Athletic Football Club',
];
const wMenu = ['Home', 'News', 'Fixtures', 'Teams', 'Sponsors', 'Contact'];
const wLatest = ['Penmarrow 3-1 Dunholme: report', 'Volunteers wanted for the spring clean', 'Reserves fixture moved to Wednesday'];
const wRt = (tag: string, id: string, inner: string, font: string): string => `<div id="${id}" class="HcOXKn SxM0TO QxJLC3 ${id} wixui-rich-text"
data-testid="richTextElement"><${tag} class="${font}" style="font-size:${tag === 'h1' ? '40px' : '17px'};"><span
class="wixui-rich-text__text">${inner}</span></${tag}></div>`;
const wHtml = `<!DOCTYPE html><html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1"
id="wixDesktopViewport" />
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="generator" content="Wix.com Website Builder"/>
<title>Club statement | Penmarrow Athletic FC</title><meta name="description" content="A statement from Penmarrow Athletic following Saturday's match."/>
<link rel="canonical" href="https://www.penmarrowathletic.example/club-statement"/><meta property="og:title" content="Club statement | Penmarrow Athletic FC"/>
<meta property="og:site_name" content="Penmarrow Athletic FC"/><meta name="twitter:card" content="summary_large_image"/>
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["bgScrub","consentPolicy","seo","tpaCommons"],"site":{"metaSiteId":"b7c9d2",
"isResponsive":false},"language":{"userLanguage":"en"}}</script>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Penmarrow Athletic FC",
"address":{"addressLocality":"Penmarrow"}}</script>
<style id="css_masterPage">#SITE_HEADER{--bg:var(--color_11)}.font_0{font:normal normal bold 40px/1.2em oswald-medium,sans-serif}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="qhwIj ignore-focus" tabindex="-1" role="region"
aria-label="top of page"><span class="mStGn">top of page</span></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div data-mesh-id="SITE_HEADERinlineContent">
<div id="comp-ka1x2" class="comp-ka1x2 wixui-image"><a href="https://www.penmarrowathletic.example" class="j7pOnl"><img
src="https://static.wixstatic.example/media/b7c9d2_crest.png"
alt="Penmarrow Athletic crest"></a></div>
${wRt('p', 'comp-ka1x3', 'PENMARROW ATHLETIC FC', 'font_2 wixui-rich-text__text')}
<nav aria-label="Site" id="comp-ka1x4" class="comp-ka1x4 wixui-horizontal-menu"><ul class="ITHGcB wixui-horizontal-menu__container">${wMenu
  .map(
    (t) => `<li class="wixui-horizontal-menu__item" data-testid="menuItemDepth0"><a data-testid="linkElement"
href="https://www.penmarrowathletic.example/${t.toLowerCase()}"
class="wixui-horizontal-menu__item-label">${t}</a></li>`,
  )
  .join('\n')}</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars"><div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent">
<section id="comp-lq8m1" class="comp-lq8m1 wixui-section"><div data-mesh-id="comp-lq8m1inlineContent">
${wRt('h1', 'comp-lq8m2', wTitle, 'font_0 wixui-rich-text__text')}
${wRt('p', 'comp-lq8m3', 'Sunday 15 March 2026', 'font_9 wixui-rich-text__text')}
<div id="comp-lq8m4" class="HcOXKn SxM0TO QxJLC3 comp-lq8m4 wixui-rich-text" data-testid="richTextElement">
${ps(wBody, ' class="font_8 wixui-rich-text__text"')}</div>
<div id="comp-lq8m5" class="comp-lq8m5 wixui-social-bar"><ul class="social-bar" aria-label="Social Bar">
<li><a href="https://www.facebook.com/penmarrowafc" aria-label="Facebook"></a></li><li><a href="https://x.com/penmarrowafc" aria-label="X"></a></li></ul></div>
</div></section>
<section id="comp-lq8n1" class="comp-lq8n1 wixui-section"><div data-mesh-id="comp-lq8n1inlineContent">
${wRt('h2', 'comp-lq8n2', 'Latest from the club', 'font_4 wixui-rich-text__text')}
<div id="comp-lq8n3" class="comp-lq8n3 wixui-repeater" role="list">${wLatest
  .map(
    (t, i) => `<div id="comp-lq8n4__item${i}" class="wixui-repeater__item" role="listitem">
<a href="https://www.penmarrowathletic.example/news/${i}" data-testid="linkElement"><span class="wixui-rich-text__text">${t}</span></a></div>`,
  )
  .join('\n')}</div></div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent">
${wRt('p', 'comp-ka1y1', 'Quarry Bank, Moor Lane, Penmarrow PL99 4QT', 'font_9 wixui-rich-text__text')}
${wRt('p', 'comp-ka1y2', '© 2026 by Penmarrow Athletic FC. Proudly created with Wix.com', 'font_9 wixui-rich-text__text')}</div></footer>
</div></div></div></div>
<div id="consent-banner-root"><div class="consent-banner" data-hook="ccsu-banner-wrapper" role="region" aria-label="Cookie banner">
<div data-hook="ccsu-banner-text"><p>This website uses cookies. We use cookies to ensure the best experience on our site.</p></div>
<button data-hook="ccsu-banner-accept-button">Accept</button><button data-hook="ccsu-banner-decline-button">Decline</button>
<button data-hook="ccsu-banner-settings-button">Settings</button></div></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.c3e7d1.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout379-wix-club-statement',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: texts(wBody),
  bylines: ['Sunday 15 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'PENMARROW ATHLETIC FC', ...wMenu, 'Latest from the club', ...wLatest, 'Quarry Bank, Moor Lane, Penmarrow PL99 4QT',
    '© 2026 by Penmarrow Athletic FC. Proudly created with Wix.com', 'This website uses cookies. We use cookies to ensure the best experience on our site.',
    'Accept', 'Decline', 'Settings',
  ],
};

/**
 * A stadium guide on Webflow: the `w-nav` navbar, a hero section, a `w-richtext` body with its figure and caption, a
 * `w-tabs` quick-facts panel beside it, a CMS collection list of nearby pages, a `w-form` sign-up and the footer.
 */
const fTitle = 'Getting to Linfield Road: your stadium guide';
const fIntro = [
  j(
    'Linfield Road has been home to Orwell Vale since 1911. It holds 11,480 supporters across four stands, and on a matchday the area',
    'around the ground gets busy from about two hours before kick-off. This guide covers travel, entry and facilities.',
  ),
];
const fTrain = [
  j(
    'The nearest station is Orwell Vale Central, a twelve-minute walk from the ground. Follow the signs for the town centre, turn left',
    'at the clock tower and continue along Linfield Road. Extra trains run to and from Ipsmouth after evening games.',
  ),
];
const fBus = [
  j(
    'Routes 4, 12 and 66 stop outside the Linfield Tavern, two minutes from the East Stand turnstiles. A matchday shuttle runs from the',
    'bus station every fifteen minutes from 12.45pm and for an hour after the final whistle.',
  ),
];
const fCar = [
  j(
    'Blue Badge holders can book one of 24 spaces in the club car park on Warren Lane by calling the stadium office before Thursday',
    'noon in the week of the match. Cycle racks for 60 bikes are by the club shop and are covered by CCTV.',
  ),
  j(
    'There is no public parking at the stadium. The Riverside and Market Street car parks are each about fifteen minutes away on foot,',
    "and residents' parking restrictions apply on all streets within half a mile of the ground on matchdays.",
  ),
];
const fEntry = [
  'Home supporters: turnstiles 1 to 14 (North, East and West Stands)',
  'Away supporters: turnstiles 15 to 18 (South Stand, Warren Lane entrance)',
  'Accessible entrance: gate A on Linfield Road, with a drop-off bay',
];
const fBags = [
  j(
    'Bags larger than A4 size are not allowed into the stadium and there is no storage on site. All supporters may be searched on entry.',
    'Flares, smoke bombs and glass bottles are banned under the ground regulations.',
  ),
];
const fFood = [
  j(
    'Every stand has a kiosk selling hot food, soft drinks and hot drinks, and the East Stand concourse has a vegetarian and vegan',
    'counter. All kiosks are card-only. The Vale Bar in the West Stand opens to members and their guests two hours before kick-off.',
  ),
];
const fNav = ['Matches', 'Tickets', 'Stadium', 'News', 'Club Shop'];
const fNearby = ['Accessibility at Linfield Road', 'Ground regulations', 'Stadium tours'];
const fFoot = ['Orwell Vale FC, Linfield Road, Orwell Vale IP99 2LR', 'Privacy', 'Cookies', 'Made in Webflow'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Fri Mar 06 2026 09:14:22 GMT+0000 -->
<html data-wf-domain="www.orwellvalefc.example" data-wf-page="65a1c0d2e3f4" data-wf-site="65a1c0d2e3f0" lang="en"><head><meta charset="utf-8"/>
<title>Stadium Guide | Orwell Vale FC</title><meta content="How to get to Linfield Road, where to enter and what is inside." name="description"/>
<meta content="Stadium Guide | Orwell Vale FC" property="og:title"/><meta content="width=device-width, initial-scale=1" name="viewport"/>
<meta content="Webflow" name="generator"/><link href="https://cdn.prod.website-files.example/65a1c0d2e3f0/css/orwell-vale.webflow.shared.4f2a.css"
rel="stylesheet" type="text/css"/>
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"StadiumOrArena","name":"Linfield Road","maximumAttendeeCapacity":11480}</script>
</head>
<body class="body"><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand w--current"><img src="/images/ovfc-crest.svg"
alt="Orwell Vale FC"/></a>
<nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="nav-link w-nav-link">${t}</a>`,
  )
  .join('')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="hero-section"><div class="w-layout-blockcontainer container w-container"><div class="eyebrow">Visiting us</div>
<h1 class="heading-xl">${fTitle}</h1><p class="hero-subtitle">Updated for the 2025/26 season</p></div></section>
<section class="section"><div class="w-layout-blockcontainer container w-container"><div class="w-layout-grid grid-guide">
<div id="w-node-_3a9b" class="rich-text-block w-richtext">
${ps(fIntro)}
<h2>By train</h2>
${ps(fTrain)}
<h2>By bus</h2>
${ps(fBus)}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://cdn.prod.website-files.example/65a1c0d2e3f0/east-stand.jpg"
loading="lazy" alt="The East Stand turnstiles"/></div><figcaption>The East Stand turnstiles on Linfield Road</figcaption></figure>
<h2>By car</h2>
${ps(fCar)}
<h2>Entry and turnstiles</h2>
<ul role="list">${lis(fEntry)}</ul>
<h3>Bag policy</h3>
${ps(fBags)}
<h2>Food and drink</h2>
${ps(fFood)}
</div>
<div id="w-node-_7c1e" class="guide-aside"><div data-current="Tab 1" data-easing="ease" data-duration-in="300" class="w-tabs"><div class="tabs-menu w-tab-menu"
role="tablist">
<a data-w-tab="Tab 1" class="tab-link w-inline-block w-tab-link w--current"><div>Quick facts</div></a>
<a data-w-tab="Tab 2" class="tab-link w-inline-block w-tab-link"><div>Contact</div></a></div>
<div class="w-tab-content"><div data-w-tab="Tab 1" class="w-tab-pane w--tab-active"><ul role="list" class="facts-list">
${lis(['Capacity: 11,480', 'Opened: 1911', 'Pitch: 105 x 68 metres'], 'fact')}</ul></div>
<div data-w-tab="Tab 2" class="w-tab-pane"><p class="aside-text">Stadium office: 01632 960 731</p></div></div></div></div></div></div></section>
<section class="section is-grey"><div class="container w-container"><h2 class="heading-m">Plan your visit</h2><div class="w-dyn-list">
<div role="list" class="collection-list w-dyn-items">${fNearby
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="/stadium/${t.toLowerCase().replace(/ /g, '-')}" class="card-link w-inline-block">${t}</a></div>`,
  )
  .join('\n')}</div></div></div></section>
<section class="section newsletter"><div class="container w-container"><h2 class="heading-m">Matchday updates in your inbox</h2><div class="w-form">
<form id="wf-form-Newsletter" name="wf-form-Newsletter" data-name="Newsletter" method="get"><input class="text-field w-input" maxlength="256" name="Email"
placeholder="Your email" type="email" required=""/><input type="submit" data-wait="Please wait..." class="button w-button" value="Subscribe"/></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Newsletter success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Newsletter failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></section>
<footer class="footer"><div class="container w-container"><p class="footer-address">${fFoot[0]}</p><div class="footer-links">
<a href="/privacy" class="footer-link">${fFoot[1]}</a><a href="/cookies" class="footer-link">${fFoot[2]}</a></div>
<a href="https://webflow.com" class="made-in-webflow">${fFoot[3]}</a></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.example/65a1c0d2e3f0/js/webflow.7d1e.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout379-webflow-stadium-guide',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: ['By train', 'By bus', 'By car', 'Entry and turnstiles', 'Bag policy', 'Food and drink'],
  body: texts([...fIntro, ...fTrain, ...fBus, ...fCar, ...fEntry, ...fBags, ...fFood]),
  bylines: ['Updated for the 2025/26 season'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Visiting us', 'The East Stand turnstiles on Linfield Road', 'Quick facts', 'Capacity: 11,480', 'Opened: 1911', 'Pitch: 105 x 68 metres',
    'Stadium office: 01632 960 731', 'Plan your visit', ...fNearby, 'Matchday updates in your inbox', 'Thank you! Your submission has been received!',
    'Oops! Something went wrong while submitting the form.', ...fFoot,
  ],
};

export const HELDOUT379_D: readonly TestPage[] = [wix, webflow];
