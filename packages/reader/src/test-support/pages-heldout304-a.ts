import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout304-kit.js';

/**
 * Held-out batch 304, file a: a National Weather Service Area Forecast Discussion on forecast.weather.gov (the product
 * page with the blue header, the left menu, the product selector, the whole discussion in a `<pre class="glossaryProduct">`
 * with its WMO header, "Issued at" lines and "&&" section breaks, and the footer) and a Met Office weather-warnings page
 * (cookie banner, mega menu, breadcrumbs, the warning card with its impact matrix, "What to expect" list, share links,
 * related links and the footer).
 */
const aTitle = 'Area Forecast Discussion';
const aSyn = [
  j(
    'A slow-moving upper low over the central Plains will keep the pattern unsettled through Thursday. Bands of showers and',
    'a few thunderstorms will rotate northward across the Pell River valley this afternoon, with the best coverage east of',
    'Highway 41. Instability is modest, so the main concern is locally heavy rain rather than severe weather.',
  ),
];
const aNear = [
  j(
    'Imagery from the radar at 3 AM shows a broken line of showers from Corliss to Annabrook drifting north at 20 mph. Guidance has struggled',
    'with this feature, and the high-resolution models were too slow with it overnight. We have raised rain chances to 70',
    'percent for the eastern counties through noon and trimmed them in the west, where drier air is already mixing down.',
  ),
  j(
    'Precipitable water values near 1.6 inches are about the 90th percentile for late May. Where cells train over the same',
    'ground, totals of 1 to 2 inches in a few hours are possible. Soils are saturated after last week, so minor flooding of',
    'low-lying roads and small creeks is the main hazard. No flood watch is planned for now, but the day shift will reassess.',
  ),
];
const aLong = [
  j(
    'The low finally lifts out on Friday and a ridge builds in for the weekend. Highs climb back into the lower 80s by',
    'Sunday with light south winds. The ensemble spread grows early next week as the next trough approaches from the',
    'Rockies, and we have kept only slight chances of storms Monday night until the timing comes into better focus.',
  ),
];
const aAvn = [
  j(
    'MVFR ceilings will dominate at KPLV and KCOR through 18Z, with brief IFR in heavier showers. Ceilings lift to VFR',
    'from west to east this evening. Winds stay southeast 8 to 12 knots.',
  ),
];
const aPre = (lines: string[]): string => lines.join('\n\n');
const aMenu = ['Forecast', 'Past Weather', 'Safety', 'Information', 'Education', 'News', 'Search', 'About'];
const aLeft = ['Local Forecast', 'Hazards', 'Radar', 'Rivers and Lakes', 'Climate', 'Fire Weather', 'Aviation', 'Marine', 'Storm Reports'];
const aFoot = [
  'Disclaimer',
  'Information Quality',
  'Help',
  'Glossary',
  'Privacy Policy',
  'Freedom of Information Act (FOIA)',
  'About Us',
  'Career Opportunities',
];
const aHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Area Forecast Discussion</title>
<meta name="DC.title" content="National Weather Service Text Product Display"><meta name="DC.creator" content="US Department of Commerce, NOAA">
<meta name="DC.date.created" scheme="ISO8601" content="2026-05-21"><meta name="rating" content="General">
<link rel="stylesheet" type="text/css" href="/css/nws.css"><link rel="stylesheet" href="/css/product.css">
<script src="/js/jquery-3.7.1.min.js"></script>
<script>var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-40768555-1']);window.productId='AFDPLV';</script></head>
<body><div class="header"><div class="header-content"><a href="https://www.weather.gov" class="header-nws"><img src="/images/nws_logo.png"
alt="National Weather Service"></a><div class="header-shadow"><div class="header-shadow-content"></div></div></div></div>
<div class="center"><div class="content"><div class="partial-width-borderbottom"><div class="home-navigation">
<ul id="topnav">${links(aMenu, 'nav-item')}</ul></div></div>
<div class="three-fourth-last"><div class="div-full"><div id="local"><div id="localcontent">
<div class="diff-box" style="text-align:center"><form name="versions" action="/product.php"><b>Versions:</b>
<a href="?issuedby=PLV&amp;product=AFD&amp;version=1">1</a> <a href="?version=2">2</a> <a href="?version=3">3</a>
<a href="?version=4">4</a></form><a href="?format=txt">Go to text only version</a> | <a href="?glossary=1">Glossary on</a></div>
<h1 class="product-title">Area Forecast Discussion</h1><h3>National Weather Service Pell Valley</h3>
<pre class="glossaryProduct">
000
FXUS63 KPLV 210847
AFDPLV

Area Forecast Discussion
National Weather Service Pell Valley
347 AM CDT Thu May 21 2026

.KEY MESSAGES...

- Showers and a few storms today, heaviest in the eastern counties.

- Drier and warmer this weekend with highs in the lower 80s.

&amp;&amp;

.SYNOPSIS...
Issued at 347 AM CDT Thu May 21 2026

${aPre(aSyn)}

.SHORT TERM /Today through Friday/...
Issued at 347 AM CDT Thu May 21 2026

${aPre(aNear)}

.LONG TERM /Friday night through Wednesday/...
Issued at 347 AM CDT Thu May 21 2026

${aPre(aLong)}

&amp;&amp;

.AVIATION /09Z TAF Issuance/...
Issued at 1142 PM CDT Wed May 20 2026

${aPre(aAvn)}

&amp;&amp;

.PLV WATCHES/WARNINGS/ADVISORIES...
None.
&amp;&amp;

$$

SHORT TERM...Marchetti
LONG TERM...Oyelaran
AVIATION...Fenwick
</pre></div></div></div></div>
<div class="one-fourth-first"><div id="leftmenu"><ul class="menu">${links(aLeft)}</ul></div></div></div></div>
<div class="footer"><div class="footer-legal"><div id="footerLogo"><a href="https://www.usa.gov">USA.gov</a></div>
<div class="footer-column-head"><a href="http://www.commerce.gov">US Dept of Commerce</a><br>National Oceanic and Atmospheric Administration<br>
National Weather Service<br>Pell Valley, MN<br>1210 Airfield Road<br>Corliss, MN 55931</div>
<div class="footer-column-head"><a href="mailto:plv.webmaster@noaa.example">Comments? Questions? Please Contact Us.</a></div>
<ul class="footer-links">${links(aFoot)}</ul></div></div></body></html>`;
const nwsAfd: TestPage = {
  name: 'heldout304-nws-forecast-discussion-docs',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: [],
  body: texts([
    'Showers and a few storms today, heaviest in the eastern counties.',
    'Drier and warmer this weekend with highs in the lower 80s.',
    ...aSyn,
    ...aNear,
    ...aLong,
    ...aAvn,
  ]),
  bylines: ['347 AM CDT Thu May 21 2026', 'Issued at 1142 PM CDT Wed May 20 2026', 'SHORT TERM...Marchetti', 'LONG TERM...Oyelaran', 'AVIATION...Fenwick'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...aMenu.filter((t) => t !== 'Forecast'), 'Versions:', 'Go to text only version', 'Glossary on',
    'National Weather Service Pell Valley', 'FXUS63 KPLV 210847', ...aLeft,
    'USA.gov', 'US Dept of Commerce', 'National Oceanic and Atmospheric Administration', 'Corliss, MN 55931', 'Comments? Questions? Please Contact Us.',
    ...aFoot,
  ],
};

const mTitle = 'Yellow warning of thunderstorms';
const mIntro = [
  j(
    'Thunderstorms may bring sudden flooding and disruption to travel across parts of the Carrow Hills and the Wendle Coast',
    'on Saturday afternoon and evening.',
  ),
];
const mExpect = [
  j(
    'There is a small chance that homes and businesses could be flooded quickly, with damage to some buildings from floodwater,',
    'lightning strikes, hail or strong winds',
  ),
  'Where flooding or lightning strikes occur, there is a chance of delays and some cancellations to train and bus services',
  'Spray and sudden flooding could lead to difficult driving conditions and some road closures',
  'There is a slight chance that power cuts could occur and other services to some homes and businesses could be lost',
];
const mMore = [
  j(
    'Scattered showers will break out across southern parts of the region from late morning, and some will turn thundery',
    'during the afternoon. Not everywhere will see a storm, but where they occur 20 to 30 mm of rain could fall in an hour,',
    'with 50 to 60 mm in two or three hours in one or two places. Frequent lightning, hail and gusty winds are also likely.',
  ),
  j(
    'Storms should ease from the west during the evening, with most places dry by midnight. The warning may be extended',
    'northwards on Friday if forecast confidence increases.',
  ),
];
const mPrepare = [
  'Check if your property could be at risk of flooding and sign up for flood alerts.',
  'If you are planning to travel, check road conditions and public transport timetables before you set off.',
  'Unplug sensitive electrical devices if a storm is nearby and you do not need them.',
];
const mNav = ['Weather', 'Maps and charts', 'Warnings', 'Climate', 'Research', 'Services', 'Learning', 'About us'];
const mCrumb = ['Home', 'Weather', 'Warnings and advice', 'UK weather warnings'];
const mRelated = ['Thunderstorm safety advice', 'How to prepare for flooding', 'What are the weather warnings?', 'Lightning and how it forms'];
const mFoot = ['Accessibility', 'Cookies', 'Privacy policy', 'Terms and conditions', 'Contact us', 'Careers', 'Media centre', 'Freedom of Information'];
const mHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>UK weather warnings - Met Office</title>
<meta name="description" content="Yellow warning of thunderstorms for the Carrow Hills and the Wendle Coast on Saturday.">
<meta property="og:title" content="Yellow warning of thunderstorms - Met Office"><meta property="og:type" content="website">
<meta name="twitter:site" content="@metoffice"><link rel="stylesheet" href="/webfiles/1779000000000/css/main.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SpecialAnnouncement","name":"Yellow warning of thunderstorms",
"datePosted":"2026-06-12T10:41:00+01:00","expires":"2026-06-13T23:59:00+01:00","publisher":{"@type":"Organization","name":"Met Office"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({pageType:'warning',warningLevel:'yellow'});</script></head>
<body class="warnings-page"><div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on the Met Office website">
<div class="cookie-banner-content"><h2>Cookies on the Met Office website</h2><p>We use some essential cookies to make this website work.
We would like to set additional cookies to understand how you use our site and to improve our services.</p>
<button class="btn accept-all">Accept additional cookies</button> <button class="btn reject-all">Reject additional cookies</button>
<a href="/policies/cookies">View cookies</a></div></div>
<a class="skip-link" href="#content">Skip to main content</a>
<header id="site-header" class="site-header"><div class="header-container"><a class="logo" href="/" title="Met Office home"><span
class="visually-hidden">Met Office</span></a>
<form class="site-search" action="/search"><label for="sq" class="visually-hidden">Search</label><input id="sq" type="search"
placeholder="Search for a location"></form>
<nav id="nav-primary" class="mega-menu" aria-label="Main"><ul class="nav-primary">${links(mNav, 'nav-primary-item')}</ul></nav></div></header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>${links(mCrumb, 'breadcrumb-item')}</ol></nav>
<main id="content" class="warnings"><div class="warnings-container"><div class="warning-header yellow">
<span class="warning-level-label">Yellow warning</span><h1 id="warning-title">${mTitle}</h1>
<p class="warning-valid"><span class="valid-from">Valid from 12:00 Sat 13 Jun</span> <span class="valid-to">Valid to 23:59 Sat 13 Jun</span></p>
<p class="issued-at">Issued at 10:41 Fri 12 Jun</p></div>
<div class="warning-body"><div class="warning-map"><img src="/public/warnings/2026-06-13-thunderstorms.png" alt="Map of the warning area">
<p class="caption">Warning area: Carrow Hills and Wendle Coast</p></div>
<div class="warning-matrix" aria-label="Warning impact matrix"><h3 class="matrix-title">Warning impact matrix</h3>
<table class="matrix"><tr><th scope="row">Likelihood</th><td class="level">Medium</td></tr><tr><th scope="row">Impact</th>
<td class="level">Low</td></tr></table></div>
<div class="warning-text">${ps(mIntro)}
<h2>What to expect</h2><ul class="impacts">${mExpect.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>Further details</h2>${ps(mMore)}
<h2>What should I do?</h2><ul class="advice">${mPrepare.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
<div class="share-links"><span class="share-label">Share this warning</span><ul>${links(['Facebook', 'X', 'Email'])}</ul></div>
<section class="related-content"><h2 class="related-heading">Related links</h2><ul>${links(mRelated)}</ul></section></div></div></main>
<footer class="site-footer"><ul class="footer-links">${links(mFoot)}</ul><p class="copyright">© Crown copyright 2026</p>
<p>Met Office, FitzRoy Road, Exeter, Devon, EX1 3PB</p></footer>
<script src="/webfiles/1779000000000/js/warnings.js" defer></script></body></html>`;
const metOffice: TestPage = {
  name: 'heldout304-met-office-warning-news',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: ['What to expect', 'Further details', 'What should I do?'],
  body: texts([...mIntro, ...mExpect, ...mMore, ...mPrepare]),
  bylines: ['Valid from 12:00 Sat 13 Jun', 'Valid to 23:59 Sat 13 Jun', 'Issued at 10:41 Fri 12 Jun'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on the Met Office website', 'We use some essential cookies to make this website work.', 'Accept additional cookies',
    'Reject additional cookies', 'View cookies', 'Skip to main content', ...mNav, ...mCrumb,
    'Warning area: Carrow Hills and Wendle Coast', 'Warning impact matrix', 'Likelihood', 'Medium', 'Impact', 'Share this warning', 'Facebook', 'Email',
    'Related links', ...mRelated, ...mFoot, '© Crown copyright 2026', 'Met Office, FitzRoy Road, Exeter, Devon, EX1 3PB',
  ],
};

export const HELDOUT304_A: readonly TestPage[] = [nwsAfd, metOffice];
