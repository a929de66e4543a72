import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rows, rowTexts } from './pages-heldout447-kit.js';

/**
 * Held-out batch 447, file c: a Formula 1 site's driver standings page with notes (results-archive template: season and
 * category filters, standings table, footnotes, a news rail, app promo and footer) and a baseball box score with its game
 * story on a local newspaper's BLOX (TownNews) site.
 */
const fTitle = '2025 Driver Standings';
const fHead = ['Pos', 'Driver', 'Nationality', 'Car', 'Pts'];
const fStand = [
  ['1', 'Emil Rautavaara RAU', 'FIN', 'Corvane Racing', '287'],
  ['2', 'Matteo Sabatelli SAB', 'ITA', 'Halden Motorsport', '261'],
  ['3', 'Jules Ardant ARD', 'FRA', 'Corvane Racing', '244'],
  ['4', 'Kenji Moroboshi MOR', 'JPN', 'Stellan GP', '198'],
  ['5', 'Oscar Lindqvist LIN', 'SWE', 'Halden Motorsport', '176'],
  ['6', 'Rafael Quintero QUI', 'MEX', 'Arvo Team', '121'],
  ['7', 'Dylan Haverford HAV', 'GBR', 'Stellan GP', '97'],
  ['8', 'Tobias Wendt WEN', 'GER', 'Arvo Team', '54'],
];
const fNotes = [
  j(
    'Standings are shown after round 14, the Grand Prix of Valdoria. Points for the Valdoria sprint are included; points for the main race',
    'are provisional until the stewards publish their decision on the protest lodged by Halden Motorsport.',
  ),
  j(
    'Jules Ardant received a five-second time penalty at the Grand Prix of Osterholm for leaving the track and gaining an advantage. The',
    'penalty dropped him from third to fifth and cost him four points, which is reflected in the table above.',
  ),
  j(
    'Tobias Wendt missed round 9 after a medical ruling following his accident in practice. His reserve, Pieter Blom, scored no points',
    'and is listed in the full classification only.',
  ),
  'Where two drivers are level on points, the driver with more wins is placed ahead; if still level, the greater number of second places counts.',
];
const fNav = ['Latest', 'Video', 'Schedule', 'Results', 'Drivers', 'Teams', 'Gaming', 'Live Timing'];
const fFilters = ['2025', '2024', '2023', 'Races', 'Drivers', 'Teams', 'Fastest Laps'];
const fNews = [
  'Rautavaara extends lead with Valdoria sprint win',
  'Halden lodge protest over Sabatelli pit lane release',
  'Five things we learned in Osterholm',
];
const fFoot = ['About', 'Careers', 'Privacy Policy', 'Cookie Preferences', 'Terms of Use', 'Guidelines', 'Contact Us'];
const fHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>2025 Driver Standings | GP World Series - The Official Site</title>
<meta name="description" content="Driver standings of the 2025 GP World Series season."><link rel="stylesheet" href="/etc/designs/gpws/clientlibs/main.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"2025 Driver Standings","isPartOf":"GP World Series"}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"results","season":"2025"});</script></head>
<body class="page-results"><div class="global-header"><header class="global-header-wrapper"><a class="global-logo" href="/">GP World Series</a>
<nav class="global-nav"><ul class="global-nav-list">${links(fNav, 'global-nav-item')}</ul></nav><a href="/subscribe" class="btn-cta">Subscribe</a>
<a href="/account/sign-in" class="global-sign-in">Sign In</a></div></header></div>
<main class="template template-resultsarchive"><div class="inner-wrap ResultArchiveWrapper"><div class="ResultFilterScrollable">
<ul class="resultsarchive-filter">${links(fFilters, 'resultsarchive-filter-item')}</ul></div>
<div class="resultsarchive-content"><div class="resultsarchive-content-header group"><h1 class="ResultsArchiveTitle">${fTitle}</h1></div>
<div class="resultsarchive-col-right"><table class="resultsarchive-table"><thead><tr>${fHead.map((h) => `<th>${h}</th>`).join('')}</tr></thead>
<tbody>${rows(fStand)}</tbody></table>
<div class="resultsarchive-notes"><h2 class="f1--s">Notes</h2><ol>${lis(fNotes)}</ol></div></div></div></div>
<section class="f1-latest-listing"><h2 class="f1--s">Latest news</h2><ul>${links(fNews, 'f1-latest-listing--item')}</ul></section>
<aside class="app-promo"><p class="app-promo--title">Follow every lap in the official app</p><a href="/app">Download now</a></aside></main>
<footer class="global-footer"><ul class="footer-links">${links(fFoot)}</ul><p class="copyright">© 2003-2025 GP World Series Group. All rights reserved.</p>
</footer>
<div id="truste-consent-track" class="truste-banner"><p id="truste-consent-text">We use cookies and similar technologies to improve your experience
on our site.</p><button id="truste-consent-button">Accept Cookies</button><button id="truste-show-consent">Manage Cookies</button></div></body></html>`;

const standings: TestPage = {
  name: 'heldout447-gp-results-archive-standings-docs',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: ['Notes'],
  body: [...rowTexts(fStand), ...fNotes],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'GP World Series', ...fNav, 'Subscribe', 'Sign In', ...fFilters, 'Latest news', ...fNews, 'Follow every lap in the official app', 'Download now',
    ...fFoot, '© 2003-2025 GP World Series Group. All rights reserved.', 'We use cookies and similar technologies to improve your experience on our site.',
    'Accept Cookies', 'Manage Cookies',
  ],
};

const xTitle = "Kestrels 6, Millers 4: Ocampo's two-run double in the eighth lifts Fenwick";
const xStory = [
  j(
    'FENWICK — Danny Ocampo had gone hitless in his last 14 at-bats when he stepped in with two on and two out in the eighth inning on',
    'Thursday night. One swing later, the Fenwick Kestrels had the lead for good.',
  ),
  j(
    'Ocampo lined a 2-1 changeup into the left-center gap for a two-run double, and the Kestrels held on for a 6-4 win over the Brayton',
    'Millers in front of 3,412 at Lakeside Park, taking the series two games to one.',
  ),
  j(
    '"I was just trying not to do too much," Ocampo said. "I\'d been pulling everything. The coaches told me to think about the middle of',
    'the field, and he left one up."',
  ),
  j(
    'Starter Reid Caskey allowed three runs over six innings, striking out seven, and left with the game tied 3-3. Brayton went ahead in',
    "the seventh on a sacrifice fly by Jalen Pruitt before Ocampo's double. Closer Manny Saldívar worked a scoreless ninth for his 19th save.",
  ),
  j('The Kestrels (48-39) begin a six-game road trip Friday at Oak Harbor. Left-hander Tyler Brandt (7-5, 3.61 ERA) is scheduled to start.'),
];
const xLine = [
  ['Brayton', '0', '1', '0', '2', '0', '0', '1', '0', '0', '4', '9', '1'],
  ['Fenwick', '1', '0', '0', '0', '2', '0', '0', '3', '0', '6', '10', '0'],
];
const xBat = [
  ['Ocampo 2B', '4', '1', '1', '2'],
  ['Whitacre CF', '4', '1', '2', '1'],
  ['Lindgren 1B', '3', '1', '1', '1'],
  ['Pruitt RF (Brayton)', '3', '0', '1', '1'],
];
const xNotes = [
  'E: Brayton, Hollis. LOB: Brayton 7, Fenwick 6. 2B: Ocampo, Whitacre, Pruitt. HR: Lindgren (14). SF: Pruitt.',
  'W: Dawes (4-2). L: Mercado (3-6). S: Saldívar (19). T: 2:41. A: 3,412.',
];
const xNav = ['News', 'Sports', 'Opinion', 'Obituaries', 'Business', 'Life', 'e-Edition', 'Classifieds'];
const xSports = ['Pro Baseball', 'High School', 'College', 'Outdoors'];
const xRel = [
  'Caskey finding his changeup again after rough June',
  'Kestrels notebook: Whitacre back in the lineup',
  'Brayton Millers call up two from Double-A',
];
const xTags = ['Kestrels Baseball', 'Baseball', 'Box Score'];
const xHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Kestrels 6, Millers 4: Ocampo's two-run double in the eighth lifts Fenwick
| Kestrels | fenwickledger.example</title><meta name="description" content="Danny Ocampo's two-run double in the eighth lifts the Kestrels.">
<meta property="og:type" content="article"><meta name="author" content="Corinne Ashby">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Kestrels 6, Millers
4","datePublished":"2025-07-10T22:51:00-05:00",
"author":{"@type":"Person","name":"Corinne Ashby"},"publisher":{"@type":"Organization","name":"Fenwick Ledger"}}</script>
<script>var __tnt = {"user":{},"asset":{"type":"article","uuid":"a81f2c4e"}};</script>
<link rel="stylesheet" href="/shared-content/art/tncms/templates/bootstrap.css"></head>
<body class="fixed-scroll-nav"><div id="site-container"><div class="tnt-ads-container"><div class="tnt-ads tnt-ads-leaderboard">
<span class="tnt-ads-label">Advertisement</span></div></div><header id="site-header"><div id="site-logo"><a href="/">Fenwick Ledger</a></div>
<nav id="main-navigation" class="navbar"><ul class="nav navbar-nav">${links(xNav, 'dropdown')}</ul></nav>
<div class="tnt-weather"><span>78°</span> <span>Partly cloudy</span></div></header>
<div id="main-page-container"><section id="section-breadcrumbs"><ol class="breadcrumb"><li><a href="/sports">Sports</a></li><li>
<a href="/sports/pro-baseball">Pro Baseball</a></li></ol>
<ul class="nav nav-pills">${links(xSports)}</ul></section>
<article id="asset-content" itemscope itemtype="http://schema.org/NewsArticle"><header class="asset-header"><h1 class="headline">
<span class="tnt-asset-headline">
${xTitle}</span></h1><div class="meta"><ul class="list-inline"><li><span class="tnt-byline">By Corinne Ashby Ledger Sports Writer</span></li>
<li><time class="tnt-date asset-date" datetime="2025-07-10T22:51:00-05:00">Jul 10, 2025</time></li>
<li><span class="tnt-date asset-date">Updated <time datetime="2025-07-11T08:15:00-05:00">Jul 11, 2025</time></span></li></ul></div>
<div class="share-container"><ul class="list-inline share-list"><li><a class="tnt-share-facebook" href="#">Facebook</a></li><li><a class="tnt-share-twitter"
href="#">Twitter</a></li><li><a class="tnt-share-email" href="#">Email</a></li><li><a class="tnt-print" href="#">Print</a></li><li>
<span class="tnt-save">Save</span></li>
</ul></div></header>
<div class="asset-photo"><figure class="photo"><img src="/content/tncms/assets/v3/editorial/ocampo.jpg" alt=""><figcaption class="caption-text">
<span class="caption">Fenwick's Danny Ocampo celebrates at second base after his eighth-inning double on Thursday.</span>
<span class="tnt-byline">Ledger photo by Hank Severin</span></figcaption></figure></div>
<div id="article-body" class="asset-content subscriber-premium" itemprop="articleBody">
${ps(xStory.slice(0, 3))}
<div class="tnt-inline-related"><strong>Related:</strong> <a href="/sports/kestrels/caskey">Caskey finding his changeup again after rough June</a></div>
${ps(xStory.slice(3))}
<h3>Box score</h3><table class="table table-condensed linescore"><thead><tr><th>Team</th>${[1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => `<th>${i}</th>`).join('')}
<th>R</th><th>H</th><th>E</th></tr></thead><tbody>${rows(xLine)}</tbody></table>
<table class="table table-condensed batting"><thead><tr><th>Batter</th><th>AB</th><th>R</th><th>H</th><th>RBI</th></tr></thead><tbody>${rows(xBat)}</tbody>
</table>
${ps(xNotes, ' class="box-notes"')}</div>
<div class="tnt-tags"><h4>Tags</h4><ul>${links(xTags, 'tnt-tag')}</ul></div>
<div class="asset-author"><p class="tnt-author-bio">Corinne Ashby covers the Kestrels for the Ledger. Reach her at 555-0148.</p></div></article>
<section class="tncms-region related-content"><h3 class="block-title">More Kestrels coverage</h3><ul>${links(xRel)}</ul></section>
<div class="tnt-newsletter"><h3>Sports Extra</h3><p>Get Kestrels scores and high school results in your inbox every morning.</p>
<a class="btn btn-primary" href="/newsletters">Sign up</a></div>
<div id="comments" class="asset-comments"><h3>Comments</h3><p>Commenting is limited to subscribers. <a href="/subscribe">Subscribe today</a></p></div></div>
<footer id="site-footer"><ul>${links(['Contact Us', 'Advertise', 'Terms of Use', 'Privacy Policy', 'Place an Ad'])}</ul>
<p>© 2025 Fenwick Ledger, 200 Quarry St., Fenwick. Powered by BLOX Content Management System from TownNews.com.</p></footer></div></body></html>`;

const boxScore: TestPage = {
  name: 'heldout447-blox-baseball-box-score-news',
  kind: 'news',
  html: xHtml,
  title: xTitle,
  headings: ['Box score'],
  body: [...texts(xStory), ...rowTexts(xLine), ...rowTexts(xBat), ...xNotes],
  bylines: [
    'By Corinne Ashby Ledger Sports Writer',
    'Jul 10, 2025',
    'Updated Jul 11, 2025',
    'Corinne Ashby covers the Kestrels for the Ledger. Reach her at 555-0148.',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Advertisement', 'Fenwick Ledger', ...xNav, '78°', 'Partly cloudy', 'Sports', ...xSports, 'Facebook', 'Twitter', 'Email', 'Print', 'Save',
    'Fenwick\'s Danny Ocampo celebrates at second base after his eighth-inning double on Thursday.', 'Ledger photo by Hank Severin', 'Related:',
    'Tags', ...xTags, 'More Kestrels coverage', ...xRel, 'Sports Extra', 'Get Kestrels scores and high school results in your inbox every morning.', 'Sign up',
    'Comments', 'Commenting is limited to subscribers.', 'Subscribe today', 'Contact Us', 'Advertise', 'Terms of Use', 'Privacy Policy', 'Place an Ad',
    '© 2025 Fenwick Ledger, 200 Quarry St., Fenwick. Powered by BLOX Content Management System from TownNews.com.',
  ],
};

export const HELDOUT447_C: readonly TestPage[] = [standings, boxScore];
