import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout696-kit.js';

/**
 * Held-out batch 696, file b: a yacht club's berth and mooring fees page built with Wix (rich-text boxes, a button and the Wix
 * consent banner), and a club news article on Joomla 4 (Cassiopeia) with its article-info block, breadcrumbs, a right sidebar of
 * modules (events, login form) and previous / next navigation.
 */
const xTitle = 'Berthing & Mooring Fees 2027';
const xIntro = [
  j(
    'Fees run from 1 April 2027 to 31 March 2028 and include VAT. Members pay the rates below; non-members pay a 20% supplement on all',
    'annual and seasonal berths. Length is overall length (LOA) including bowsprits, davits and outboard brackets.',
  ),
];
const xPontoon = [
  'Up to 8.0 m: £2,480 per year',
  '8.1 m to 10.0 m: £3,210 per year',
  '10.1 m to 12.0 m: £4,040 per year',
  'Over 12.0 m: £355 per metre per year',
];
const xSwing = [
  j(
    'The club lays and inspects 46 swinging moorings in the Pool and off Gannet Point. Each mooring is lifted and its riser chain',
    'checked every second winter; the inspection is included in the fee.',
  ),
  'Pool moorings (up to 9 m): £920 per season',
  'Gannet Point moorings (up to 11 m): £760 per season',
  'Launch service to the moorings: £95 per season, or £4 per trip',
];
const xVisit = [
  j(
    'Visiting yachts are welcome on the hammerhead of B pontoon and on the two blue visitor buoys. Call the harbour office on VHF',
    'channel 80 before entering; after 18:00, pay at the honesty box by the clubhouse door.',
  ),
  'Pontoon: £3.10 per metre per night (minimum £20)',
  'Visitor buoy: £18 per night, any length',
];
const xPay = [
  j(
    'Annual fees can be paid in full by 1 April or in ten monthly instalments by Direct Debit from April. Members who have held a berth',
    'for five years or more receive a 5% loyalty discount. Junior and student members may leave a dinghy in the boat park free of charge.',
  ),
  j(
    'Berths and moorings are allocated by the Berthing Committee from the waiting list. Sub-letting is not allowed. Please tell the',
    'harbour office if your boat will be away for more than two weeks so that the berth can be offered to visitors.',
  ),
];
const xHeads = ['Pontoon berths (annual)', 'Swinging moorings', 'Visitors', 'Discounts and payment'];
const xNav = ['Home', 'About the Club', 'Sailing', 'Berthing', 'Events', 'Join Us', 'Contact'];
const xP = (t: string): string =>
  `<p class="font_8 wixui-rich-text__text"><span style="font-size:17px;" class="wixui-rich-text__text">${t.replace(/&/g, '&amp;')}</span></p>`;
const xH2 = (t: string): string => `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></h2>`;
const xUl = (items: readonly string[]): string =>
  `<ul class="font_8 wixui-rich-text__text">${items.map((t) => `<li class="wixui-rich-text__text">${xP(t)}</li>`).join('')}</ul>`;
const xRich = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const xMenu = xNav
  .map(
    (t, i) => `<li id="comp-lh3k2w0${i}" data-direction="ltr" data-listposition="${i === 0 ? 'left' : 'center'}" data-data-id="dataItem-lh3k${i}"
 data-state="menu false  link" data-index="${i}" class="Ory5Oa wixui-dropdown-menu__item"><a data-testid="linkElement"
 href="https://www.pellowhavenyc.com/${i === 0 ? '' : t.toLowerCase().replace(/ /g, '-')}"
 target="_self" class="UiHgGh"><div class="yRj2ms"><div class=""><p class="zKbzSQ" id="comp-lh3k2w0${i}label">${t}</p></div></div></a></li>`,
  )
  .join('');
const xWix = '<a href="https://www.wix.com">Wix.com</a>';
const xHtml = `<!DOCTYPE html>
<html lang="en"><head>
<meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" /><meta name="generator" content="Wix.com
Website Builder"/>
<link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/1a2b3c_burgee.png/v1/fill/w_192,h_192/1a2b3c_burgee.png" type="image/png"/>
<script>window.__BROWSER_DEPRECATION__ = false; var bi = window.bi || {};</script>
<script type="application/json" id="wix-viewer-model">{"siteFeaturesConfigs":{"consentPolicy":{"isWixSite":true}},"site":{"metaSiteId":"9b0e1f"}}</script>
<title>Berthing Fees | Pellow Haven Yacht Club</title><meta name="description" content="Annual, seasonal and visitor berth and mooring fees for 2027."/>
<link rel="canonical" href="https://www.pellowhavenyc.com/berthing-fees"/><meta property="og:title" content="Berthing Fees | Pellow Haven Yacht Club"/>
<meta property="og:site_name" content="Pellow Haven Yacht Club"/><meta name="twitter:card" content="summary_large_image"/>
<style id="css_masterPage">#SITE_HEADER{--bg:17,41,71;}#comp-lh3k2w0label{font:normal normal normal 15px/1.4em
avenir-lt-w01_35-light1475496,sans-serif;}</style>
</head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
 aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout
masterPage css-editing-scope">
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP background-wrapper-skipToContent" data-testid="skipToContentButton" tabindex="0">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"
data-testid="screenWidthContainerBg"></div></div>
<div class="U4Bvut"><div class="G5K6X8"><div class="gUbusX" data-testid="screenWidthContainerBgCenter"></div></div><div class="CJF7A2"><div
data-mesh-id="SITE_HEADERinlineContent"
 data-testid="inline-content" class=""><div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">
<div id="comp-lh3k1a" class="MazNVa comp-lh3k1a wixui-image"><a data-testid="linkElement" href="https://www.pellowhavenyc.com" target="_self" class="j7pOnl">
<img src="https://static.wixstatic.com/media/1a2b3c_logo.png" alt="Pellow Haven Yacht Club burgee" style="width:64px;height:64px;object-fit:cover"></a></div>
<div id="comp-lh3k1b" class="KcpHeO tz5f0K comp-lh3k1b wixui-rich-text" data-testid="richTextElement"><p class="font_6 wixui-rich-text__text">
<span class="wixui-rich-text__text">PELLOW HAVEN YACHT CLUB</span></p></div>
<wix-dropdown-menu id="comp-lh3k2w" class="XRwtpn comp-lh3k2w wixui-dropdown-menu hidden-during-prewarmup" tabIndex="-1" dir="ltr"
data-stretch-buttons-to-menu-width="true"
 data-same-width-buttons="false" data-num-items="${xNav.length}" data-menuborder-y="0" data-menubtn-border="0" data-ribbon-els="0" data-label-pad="0"
 data-ribbon-extra="0" data-dropalign="center"><nav class="YXlsPb wixui-dropdown-menu" id="comp-lh3k2wnavContainer" aria-label="Site">
<ul class="y7qwii" id="comp-lh3k2witemsContainer" style="text-align:center" data-marginallchildren="true">${xMenu}
<li id="comp-lh3k2w__more__" data-direction="ltr" data-listposition="right" data-data-id="__more__" data-state="menu false  header" data-index="__more__"
 class="Ory5Oa wixui-dropdown-menu__item" aria-hidden="true" style="visibility:hidden"><div class="UiHgGh"><div class="yRj2ms"><div class=""><p
class="zKbzSQ">More</p>
</div></div></div></li></ul><div class="h3jCPd" id="comp-lh3k2wdropWrapper" data-dropalign="center" data-dropdown-shown="false">
<ul class="wUqHqg" id="comp-lh3k2wmoreContainer"></ul></div></nav></wix-dropdown-menu>
</div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="JsJXaX"><div class="HT5ybB"><div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent"
class="">
<section id="comp-lh3m0a" tabindex="-1" class="xuzjBY wixui-section"><div id="bgLayers_comp-lh3m0a" data-hook="bgLayers" class="MW5IWV"></div>
<div data-testid="columns" class="V5AUxf"><div id="comp-lh3m0b" class="comp-lh3m0b YzqVVZ wixui-column-strip__column"><div data-testid="columns"
class="lvxhkV">
${xRich('lh3m1a', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${xTitle.replace(/&/g, '&amp;')}</span></h1>`)}
${xRich('lh3m1b', xIntro.map(xP).join(''))}
${xRich('lh3m1c', xH2(xHeads[0] ?? '') + xUl(xPontoon) + xP('Electricity is metered separately at 32p per unit.'))}
${xRich('lh3m1d', xH2(xHeads[1] ?? '') + xP(xSwing[0] ?? '') + xUl(xSwing.slice(1)))}
${xRich('lh3m1e', xH2(xHeads[2] ?? '') + xP(xVisit[0] ?? '') + xUl(xVisit.slice(1)))}
${xRich('lh3m1f', xH2(xHeads[3] ?? '') + xPay.map(xP).join(''))}
<div class="comp-lh3m2a R6ex7N" id="comp-lh3m2a" aria-disabled="false"><a data-testid="linkElement" href="https://www.pellowhavenyc.com/berth-application"
 target="_self" class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Apply for a Berth</span></a></div>
</div></div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="CJF7A2"><div
data-mesh-id="SITE_FOOTERinlineContent">
${xRich('lh3n0a', '<p class="font_8 wixui-rich-text__text">Harbour Office: The Quay, Pellow Haven · VHF 80 · 01632 960 552</p>')}
${xRich('lh3n0b', '<p class="font_9 wixui-rich-text__text">Office hours 08:30–17:00 daily, April to October</p>')}
${xRich('lh3n0c', `<p class="font_9 wixui-rich-text__text">© 2027 by Pellow Haven Yacht Club. Proudly created with ${xWix}</p>`)}
</div></div></div></footer>
</div></div></div></div>
<div id="consent-banner-root"><div class="uQlcv7" data-hook="ccsu-banner-wrapper" role="region" aria-label="cookie banner"><div class="ARnLLE"
data-hook="consent-banner-root">
<div class="JQk6WS" data-hook="ccsu-banner-text-container"><p class="bUmsGJ" data-hook="ccsu-banner-title">This website uses cookies.</p>
<p class="wzrGfN" data-hook="ccsu-banner-text">We use cookies to see how you interact with it. By accepting, you agree to our use of such cookies.
<a href="https://www.pellowhavenyc.com/privacy" class="NP6FxN" data-hook="ccsu-banner-policy-link">Privacy Policy</a></p></div>
<div class="G1mMz2" data-hook="ccsu-banner-buttons"><button class="tGV5bB" data-hook="consent-banner-settings-button">Settings</button>
<button class="tGV5bB" data-hook="consent-banner-decline-button">Decline All</button><button class="pzkAvr"
data-hook="consent-banner-apply-button">Accept</button>
</div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.43b8c2a1.bundle.min.js" async></script>
</body></html>`;
const wix: TestPage = {
  name: 'heldout696-wix-fees',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: xHeads,
  body: texts([...xIntro, ...xPontoon, 'Electricity is metered separately at 32p per unit.', ...xSwing, ...xVisit, ...xPay]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'PELLOW HAVEN YACHT CLUB', ...xNav, 'Apply for a Berth',
    'Harbour Office: The Quay, Pellow Haven · VHF 80 · 01632 960 552', 'Office hours 08:30–17:00 daily, April to October',
    '© 2027 by Pellow Haven Yacht Club. Proudly created with Wix.com', 'This website uses cookies.',
    'We use cookies to see how you interact with it. By accepting, you agree to our use of such cookies. Privacy Policy', 'Settings', 'Decline All', 'Accept',
  ],
};

const mTitle = 'Cadet Week 2026: forty boats, five days and one very wet committee boat';
const mBody = [
  j(
    'Forty-one young sailors aged eight to seventeen took part in this year\u2019s Cadet Week, the largest entry since the event began',
    'in 1987. For five days in early August the dinghy park was full of Toppers, Optimists, RS Fevas and a lone Mirror that had been',
    'rescued from a barn in Treloweth and restored over the winter by the Hosking family.',
  ),
  j(
    'The week followed the usual pattern: coaching on the water in the mornings, racing in the afternoons and something daft in the',
    'evenings. Monday\u2019s light winds gave the Optimist group the chance to practise roll tacks, while the older sailors worked on',
    'starts with the help of a very patient pin-end boat.',
  ),
  j(
    'Wednesday brought the breeze everyone had been waiting for. A steady force four from the south-west, gusting five in the afternoon,',
    'made for three fast races and a lot of capsizes. The committee boat was swamped by a breaking wave at the start of race two, and',
    'race officer Delia Penhallow finished the day in borrowed clothes.',
  ),
  j(
    'The traditional raft race on Thursday evening was won by a team from the Fevas on a craft made of four kayaks and a pallet. The',
    'judges awarded a special prize to the instructors\u2019 entry, which sank within a minute of the start.',
  ),
  'Prize winners',
  'Overall Cadet Week Champion: Elowen Tresize (RS Feva, with Kit Barnicoat)',
  'Topper fleet: Rory Vellanoweth',
  'Optimist fleet: Seren Angove',
  'Most improved sailor: Josh Pengelly',
  'Spirit of Cadet Week: the Hosking family and their Mirror, Little Auk',
  j(
    'A huge thank you to the forty-odd volunteers who ran safety boats, made sandwiches, untangled sheets and dried out children. Cadet',
    'Week simply could not happen without you. Photos from the week are in the members\u2019 gallery, and the date for Cadet Week 2027',
    'will be announced at the prize-giving supper in October.',
  ),
];
const mPrizes = mBody.slice(5, 10);
const mNav = ['Home', 'News', 'Racing', 'Cadets', 'Cruising', 'Membership', 'Contact Us'];
const mEvents = ['16 Aug – Club Regatta', '23 Aug – Pursuit Race', '30 Aug – Cadet Fun Day'];
const mHtml = `<!DOCTYPE html>
<html lang="en-gb" dir="ltr"><head>
<meta charset="utf-8"><meta name="author" content="Delia Penhallow"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management"><title>${mTitle} - Treloweth Sailing Club</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?4b1e8a" rel="stylesheet" />
<link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.2.0" rel="stylesheet" />
<style>:root { --hue: 214; --template-bg-light: #f0f4fb; --template-text-dark: #495057; }</style>
<script type="application/json" class="joomla-script-options
new">{"joomla.jtext":{"ERROR":"Error","MESSAGE":"Message"},"system.paths":{"root":"","base":""}}</script>
<script src="/media/system/js/core.min.js?37ffe4186289eba9c5df81bea44080aa"></script>
<script src="/media/templates/site/cassiopeia/js/template.min.js?4b1e8a" defer></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"item":{"@id":"https://www.trelowethsc.org.uk/","name":"Home"}}]}</script>
</head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-112 has-sidebar-right">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand">
<a class="brand-logo" href="/"><img loading="eager" decoding="async" src="/images/tsc-logo.png" alt="Treloweth Sailing Club" width="240" height="80"></a>
<div class="site-description">Sailing on Treloweth Water since 1962</div></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-lg" aria-label="Main Menu">
<button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1"
aria-expanded="false"
 aria-label="Toggle Navigation"><span class="icon-menu" aria-hidden="true"></span></button>
<div class="collapse navbar-collapse" id="navbar1"><ul class="mod-menu mod-list nav ">${links(mNav, 'nav-item')}</ul></div></nav>
<div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/component/finder/search" method="get" role="search">
<label for="mod-finder-searchword" class="visually-hidden finder">Search</label><input type="text" name="q" id="mod-finder-searchword"
 class="js-finder-search-query form-control" value="" placeholder="Search ..."></form></div></div>
</header>
<div class="site-grid">
<div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb px-3 py-2">
<li class="mod-breadcrumbs__here float-start">You are here: &#160;</li>
<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>Home</span></a></li>
<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/news" class="pathway"><span>News</span></a></li>
<li class="mod-breadcrumbs__item breadcrumb-item active"><span>Cadet Week 2026</span></li></ol></nav>
<div id="system-message-container" aria-live="polite"></div>
<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="en-GB">
<div class="page-header"><h1 itemprop="headline">${mTitle}</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>
Written by: <span itemprop="name">Delia Penhallow</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Category: <a href="/news" itemprop="genre">Club News</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2026-08-09T17:12:00+01:00" itemprop="datePublished">
Published: 09 August 2026</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:412">Hits: 412</dd></dl>
<div itemprop="articleBody" class="com-content-article__body">
${ps(mBody.slice(0, 4))}
<p><img src="/images/news/2026/cadet-week-raft.jpg" alt="The winning raft" width="800" height="533" loading="lazy"></p>
<h3>${mBody[4]}</h3>
<ul>${lis(mPrizes)}</ul>
${ps([mBody[10] ?? ''])}
</div>
<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0">
<a class="btn btn-sm btn-secondary previous" href="/news/race-officer-training" rel="prev"><span class="visually-hidden">Previous article: Race officer
training
 day</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Prev</span></a>
<a class="btn btn-sm btn-secondary next" href="/news/new-safety-rib" rel="next"><span class="visually-hidden">Next article: A new safety RIB for the
club</span>
<span aria-hidden="true">Next</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav>
</div>
</main>
</div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card ">
<h3 class="card-header ">Coming Up</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list">${lis(mEvents)}</ul></div></div>
<div class="sidebar-right card "><h3 class="card-header ">Member Login</h3><div class="card-body">
<form id="login-form-16" class="mod-login" action="/news/cadet-week-2026" method="post"><div class="mod-login__userdata userdata">
<div class="mod-login__username form-group"><div class="input-group"><input id="modlgn-username-16" type="text" name="username" class="form-control"
autocomplete="username"
 placeholder="Username"><label for="modlgn-username-16" class="visually-hidden">Username</label></div></div>
<div class="mod-login__password form-group"><div class="input-group"><input id="modlgn-passwd-16" type="password" name="password"
autocomplete="current-password"
 class="form-control" placeholder="Password"><label for="modlgn-passwd-16" class="visually-hidden">Password</label></div></div>
<div class="mod-login__remember form-group"><div id="form-login-remember-16" class="form-check"><input type="checkbox" name="remember"
class="form-check-input"
 value="yes" id="form-login-input-remember-16"><label class="form-check-label" for="form-login-input-remember-16">Remember Me</label></div></div>
<div class="mod-login__submit form-group"><button type="submit" name="Submit" class="btn btn-primary w-100">Log in</button></div>
<ul class="mod-login__options list-unstyled"><li><a href="/component/users/reset">Forgot your password?</a></li>
<li><a href="/component/users/remind">Forgot your username?</a></li></ul></div></form></div></div></div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-footer">
<div class="footer1">Copyright &#169; 2026 Treloweth Sailing Club. All Rights Reserved.</div>
<div class="footer2"><a href="https://www.joomla.org">Joomla!</a> is Free Software released under the
 <a href="https://www.gnu.org/licenses/gpl-2.0.html">GNU General Public License.</a></div></div></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
</body></html>`;
const joomla: TestPage = {
  name: 'heldout696-joomla-cadet-week',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: [mBody[4] ?? ''],
  body: texts(mBody.filter((_, i) => i !== 4)),
  bylines: ['Written by: Delia Penhallow', 'Published: 09 August 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sailing on Treloweth Water since 1962', ...mNav, 'Search', 'You are here:', 'Cadet Week 2026', 'Details', 'Category: Club News', 'Hits: 412',
    'Previous article: Race officer training day', 'Prev', 'Next article: A new safety RIB for the club', 'Next', 'Coming Up', ...mEvents,
    'Member Login', 'Username', 'Password', 'Remember Me', 'Log in', 'Forgot your password?', 'Forgot your username?',
    'Copyright © 2026 Treloweth Sailing Club. All Rights Reserved.', 'Joomla! is Free Software released under the GNU General Public License.',
  ],
};

export const HELDOUT696_B: readonly TestPage[] = [wix, joomla];
