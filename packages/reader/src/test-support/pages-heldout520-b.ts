import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis, rowTexts, trs } from './pages-heldout520-kit.js';

/**
 * Held-out batch 520, file b: a borough council's e-scooter and e-bike parking rules on LocalGov Drupal (service page with
 * a table of parking bays), and a bike-hire scheme's service update on WordPress (GeneratePress) with a sidebar and comments.
 */
const cTitle = 'Parking rules for hire e-scooters and e-bikes';
const cSummary = 'Where you can and cannot leave a hire e-scooter or e-bike in Castlemere, and what happens if one is left badly parked.';
const cIntro = [
  j(
    'Castlemere Borough Council runs the hire e-scooter and e-bike scheme with its operator, Ryde Castlemere.',
    'Every ride must end in a marked parking bay. The app will not let you end a ride anywhere else in the town centre.',
  ),
];
const cBaysH = 'Marked parking bays';
const cBays = [
  j(
    'Parking bays are painted white on the pavement or carriageway and have a sign with a scooter symbol.',
    'They show in the app as blue squares. There are 86 bays across the borough, and we add more each spring.',
  ),
];
const cNoH = 'Where you must not park';
const cNo = [
  'on tactile paving at crossings or at the top of steps',
  'in front of doorways, dropped kerbs or bus stops',
  'on grass verges, in parks or in the market square on market days',
  'anywhere that leaves less than 1.5 metres of clear pavement',
];
const cTableH = 'Busiest bays in the town centre';
const cRows = [
  ['Castlemere station, forecourt', '24', 'Station Road'],
  ['Fairwater Street, outside the library', '12', 'Fairwater Street'],
  ['Old Cattle Market car park', '16', 'Market Way'],
  ['Riverside Leisure Centre', '10', 'Mill Lane'],
];
const cBadH = 'Badly parked scooters';
const cBad = [
  j(
    'Report a badly parked scooter or e-bike to Ryde Castlemere using the QR code on the vehicle, or on our report form.',
    'The operator must move it within 2 hours between 7am and 10pm. Riders who park badly three times are banned from the scheme for a month.',
  ),
  'If a scooter is blocking a road or is in a river or pond, call the operator on 0300 555 0199 at any time.',
];
const cNav = ['Bins, recycling and waste', 'Council tax', 'Parking and travel', 'Planning and building control', 'Housing', 'Your council'];
const cCrumbs = ['Home', 'Parking and travel', 'Cycling and scooters'];
const cSide = ['Hire e-scooter and e-bike scheme', 'Parking rules for hire e-scooters and e-bikes', 'Report a badly parked scooter', 'Cycle parking'];
const cFoot = ['Accessibility statement', 'Contact us', 'Cookies', 'Privacy notice', 'Modern slavery statement', 'Sitemap'];
const cHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${cTitle} | Castlemere Borough Council</title><meta name="description" content="${cSummary}">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><link rel="canonical" href="https://www.castlemere.gov.uk/parking-rules-hire-scooters">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Pq3x1F8.css?delta=0&amp;language=en&amp;theme=localgov_base">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/1842"},
"eu_cookie_compliance":{"popup_enabled":true}}</script></head>
<body class="path-node page-node-type-localgov-services-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="lgd-header"><div class="lgd-container padding-horizontal"><div class="lgd-header__inner">
<div class="lgd-header__site-branding"><a href="/" rel="home" class="lgd-header__logo"><img src="/themes/custom/castlemere/logo.svg"
alt="Castlemere Borough Council homepage"></a></div>
<div class="lgd-header__search"><form action="/search" method="get" class="localgov-search"><label for="edit-s" class="visually-hidden">Search</label>
<input type="text" id="edit-s" name="s" placeholder="Search the site"><button type="submit" class="localgov-search__submit">Search</button></form></div>
<button class="lgd-header__toggle" aria-expanded="false">Menu</button></div></div>
<nav class="lgd-header__nav lgd-header__nav--primary" aria-label="Primary"><ul class="lgd-header__nav-list">${links(cNav, 'lgd-header__nav-item')}</ul>
</nav></header>
<div class="lgd-region lgd-region--breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="lgd-breadcrumb">${links(cCrumbs, 'lgd-breadcrumb__item')}</ol></nav></div>
<main class="main" id="main-content"><div class="lgd-container padding-horizontal"><div class="lgd-row">
<div class="lgd-row__two-thirds"><div class="lgd-region lgd-region--content region region-content">
<div class="lgd-page-title-block"><h1 class="lgd-page-title-block__title"><span class="field field--name-title">${cTitle}</span></h1>
<div class="lgd-page-title-block__subheader"><p>${cSummary}</p></div></div>
<article class="localgov-services-page localgov-services-page--full"><div class="localgov-services-page__content">
<div class="field field--name-body field--type-text-with-summary field--label-hidden">
${ps(cIntro)}
<h2>${cBaysH}</h2>${ps(cBays)}
<h2>${cNoH}</h2><p>Do not leave a scooter or e-bike:</p><ul>${lis(cNo)}</ul>
<h2>${cTableH}</h2><table><caption class="visually-hidden">Parking bays in the town centre</caption>
<thead><tr><th scope="col">Bay</th><th scope="col">Spaces</th><th scope="col">Street</th></tr></thead><tbody>${trs(cRows)}</tbody></table>
<h2>${cBadH}</h2>${ps(cBad)}</div>
<div class="lgd-page-meta">Last updated: 11 February 2027</div></div></article></div></div>
<div class="lgd-row__one-third"><aside class="lgd-region lgd-region--sidebar"><div class="block block-localgov-services-navigation">
<h2 class="block__title">Cycling and scooters</h2><ul class="localgov-services-navigation__list">${links(cSide)}</ul></div>
<div class="block block-localgov-contact"><h2 class="block__title">Contact the transport team</h2><p>Phone: 01632 960 412</p>
<p>Monday to Friday, 9am to 5pm</p></div></aside></div></div></div></main>
<footer class="lgd-footer"><div class="lgd-container padding-horizontal"><ul class="lgd-footer__links">${links(cFoot)}</ul>
<p class="lgd-footer__copyright">© Castlemere Borough Council 2027</p></div></footer></div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info" role="dialog" aria-label="Cookie consent">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message">
<h2>Cookies on our website</h2><p>We use necessary cookies to make our site work. We would also like to set optional analytics cookies.</p></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Accept all</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">Necessary cookies only</button></div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/misc/drupal.js?v=10.2.4"></script></body></html>`;
const castlemere: TestPage = finish({
  name: 'heldout520-localgov-scooter-parking',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: [cBaysH, cNoH, cTableH, cBadH],
  body: texts([cSummary, ...cIntro, ...cBays, 'Do not leave a scooter or e-bike:', ...cNo, ...rowTexts(cRows), ...cBad]),
  bylines: ['Last updated: 11 February 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Search', 'Menu', ...cNav, ...cCrumbs, 'Cycling and scooters', ...cSide, 'Contact the transport team',
    'Phone: 01632 960 412', 'Monday to Friday, 9am to 5pm', ...cFoot, '© Castlemere Borough Council 2027', 'Cookies on our website',
    'We use necessary cookies to make our site work. We would also like to set optional analytics cookies.', 'Accept all', 'Necessary cookies only',
  ],
});

const wTitle = 'Quay Street docking station closed from 3 March';
const wBody = [
  j(
    'The docking station on Quay Street will close at 6am on Monday 3 March while Brackwater Harbour Trust resurfaces the quayside.',
    'We expect it to reopen on Friday 21 March.',
  ),
  j(
    'While it is closed, the nearest stations are Customs House Square (4 minutes walk) and Ropewalk (6 minutes walk).',
    'We have added 10 docks at Customs House Square for the three weeks.',
  ),
  'If you have a Monthly Pass, rides that end at either of those stations will get an extra 10 minutes free until the works finish.',
  'We will post an update here if the dates change.',
];
const wNav = ['Home', 'How to hire', 'Prices', 'Station map', 'News', 'Contact'];
const wCats = ['Service updates'];
const wRecent = ['New e-bikes arrive at Northgate', 'Winter opening hours for the depot', 'Ropewalk station back in service'];
const wArchive = ['March 2027', 'February 2027', 'January 2027'];
const wComments = [
  { who: 'Tamsin Hale', when: 'February 26, 2027 at 8:14 am', text: 'Will the Ropewalk station have extra bikes in the mornings? It is often empty by 8.' },
  { who: 'Brackwater Bikes', when: 'February 26, 2027 at 9:02 am', text: 'Hi Tamsin, yes, our van will top it up before 7.30 every weekday during the works.' },
];
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} &#8211; Brackwater Bikes</title><meta name="robots" content="max-image-preview:large">
<link rel="alternate" type="application/rss+xml" title="Brackwater Bikes &raquo; Feed" href="https://brackwaterbikes.co.uk/feed/">
<link rel="stylesheet" id="generate-style-css" href="https://brackwaterbikes.co.uk/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0"
media="all"><style id="generate-style-inline-css">body{background-color:#f7f8f9;color:#222}.site-header{background:#0b4f6c}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${wTitle}",
"datePublished":"2027-02-25T16:40:11+00:00","author":{"name":"Owen Pryce"}}]}</script>
<meta name="generator" content="WordPress 6.5.2"></head>
<body class="post-template-default single single-post postid-1187 single-format-standard wp-embed-responsive right-sidebar nav-float-right
separate-containers header-aligned-left" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline">
<a href="https://brackwaterbikes.co.uk/" rel="home">Brackwater Bikes</a></p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary"><div class="inside-navigation grid-container">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">${links(wNav, 'menu-item menu-item-type-post_type')}</ul></div></div></nav>
</div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-1187" class="post-1187 post type-post status-publish format-standard hentry category-service-updates"
itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article"><header class="entry-header">
<h1 class="entry-title" itemprop="headline">${wTitle}</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published"
datetime="2027-02-25T16:40:11+00:00" itemprop="datePublished">February 25, 2027</time></span> <span class="byline">by <span class="author vcard"
itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="https://brackwaterbikes.co.uk/author/owen/"
title="View all posts by Owen Pryce" rel="author" itemprop="url"><span class="author-name" itemprop="name">Owen Pryce</span></a></span></span></div>
</header><div class="entry-content" itemprop="text">
${ps(wBody)}
</div><footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span>
<a href="https://brackwaterbikes.co.uk/category/service-updates/" rel="category tag">Service updates</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev"><a href="/ropewalk-back/" rel="prev">Ropewalk
station back in service</a></span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">2 thoughts on &ldquo;${wTitle}&rdquo;</h3><ol class="comment-list">
${wComments
  .map(
    (c, i) => `<li id="comment-${40 + i}" class="comment even thread-even depth-1"><article class="comment-body" id="div-comment-${40 + i}"
itemtype="https://schema.org/Comment" itemscope><footer class="comment-meta" aria-label="Comment meta"><div class="comment-author-info">
<div class="comment-author vcard" itemprop="author"><cite itemprop="name" class="fn">${c.who}</cite></div><div class="entry-meta comment-metadata">
<a href="#comment-${40 + i}"><time datetime="2027-02-26" itemprop="datePublished">${c.when}</time></a></div></div></footer>
<div class="comment-content" itemprop="text"><p>${c.text}</p><span class="reply"><a rel="nofollow" class="comment-reply-link"
href="#comment-${40 + i}">Reply</a></span></div></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be
published. Required fields are marked *</p><p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label>
<textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit"
class="submit" value="Post Comment"></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="https://brackwaterbikes.co.uk/">
<label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label>
<button class="search-submit" aria-label="Search">Search</button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(wRecent)}</ul>
</aside><aside id="archives-2" class="widget inner-padding widget_archive"><h2 class="widget-title">Archives</h2><ul>${links(wArchive)}</ul></aside>
</div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info
grid-container"><div class="copyright-bar"><span class="copyright">&copy; 2027 Brackwater Bikes</span> &bull; Built with
<a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>
<script id="generate-menu-js" src="https://brackwaterbikes.co.uk/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0"></script>
</body></html>`;
const brackwater: TestPage = finish({
  name: 'heldout520-generatepress-dock-closure',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: texts(wBody),
  bylines: ['February 25, 2027', 'by Owen Pryce', 'Owen Pryce'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Brackwater Bikes', 'Menu', ...wNav, ...wCats, 'Ropewalk station back in service', `2 thoughts on “${wTitle}”`,
    ...wComments.flatMap((c) => [c.who, c.when, c.text]), 'Reply', 'Leave a Comment',
    'Your email address will not be published. Required fields are marked *', 'Search', 'Recent Posts', ...wRecent, 'Archives', ...wArchive,
    '© 2027 Brackwater Bikes • Built with GeneratePress',
  ],
});

export const HELDOUT520_B: readonly TestPage[] = [castlemere, brackwater];
