import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, settle } from './pages-heldout503-kit.js';

/**
 * Held-out batch 503, file d: an escape room company's news post on Ghost (Casper theme) with a members signup box, and a
 * bowling centre's league rules page on Drupal 10 (Olivero theme).
 */
const gTitle = 'We’re opening a fourth room: meet The Night Train';
const gDek = 'After eighteen months of building in the old parcels office, our next game is almost ready. Here is what we can tell you.';
const gAuthor = 'Isla Mercer';
const gDate = '9 Sep 2026';
const gP1 = [
  j(
    'When we took on the lease of the old parcels office next to Brackley Junction station, we knew straight away what the room',
    'had to be. The Night Train is set in a sleeper carriage on the overnight service to Inverness in 1957, and a passenger in',
    'compartment 6 has disappeared somewhere between stations.',
  ),
  j(
    'Unlike our other games, The Night Train is played in two teams that start at opposite ends of the carriage. You will need to',
    'talk to each other through the corridor hatch to solve most of the puzzles, and you will only meet in the middle in the last',
    'ten minutes.',
  ),
];
const gH1 = 'Built by hand';
const gP2 = [
  j(
    'Almost everything in the carriage was built in our workshop. The compartment panels are reclaimed from a 1950s coach that was',
    'being broken up in Yorkshire, and the window screens show a film of the Highland line that we shot ourselves from a heritage train.',
  ),
  'Tell us what you think of the trailer, and please be kind about the acting.',
];
const gQuote = 'We wanted a room where the two halves of the team really need each other. No one can carry the game alone.';
const gH2 = 'Dates and prices';
const gP3 = [
  'The Night Train opens to the public on Friday 16 October. Games are 75 minutes long and the room takes 4 to 10 players.',
  'Members of our mailing list can book preview games from 2 October at half price. Preview slots are limited to one booking per household.',
];
const gNav = ['Home', 'Rooms', 'Blog', 'About'];
const gTags = ['News'];
const gMore = ['Behind the scenes: how we built the fog machine', 'Five tips for your first escape room', 'Our new accessible entrance is open'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>We’re opening a fourth room: meet The Night Train</title><meta name="HandheldFriendly" content="True">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=b1f2c3d4e5">
<link rel="canonical" href="https://blog.junctionescapes.co.uk/night-train-opening/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Junction Escapes"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-09-09T08:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Junction Escapes"},
"author":{"@type":"Person","name":"${gAuthor}"},"headline":"${gTitle}","datePublished":"2026-09-09T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<link rel="alternate" type="application/rss+xml" title="Junction Escapes" href="https://blog.junctionescapes.co.uk/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://blog.junctionescapes.co.uk/"
data-key="3f1e2d" data-api="https://blog.junctionescapes.co.uk/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px;padding:40px 4vw;}</style></head>
<body class="post-template tag-news has-sans-title has-sans-body"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://blog.junctionescapes.co.uk">Junction Escapes</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site"
data-ghost-search><svg></svg></button><button class="gh-burger" aria-label="Toggle menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-news featured">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/news/">${gTags[0]}</a></span><span class="post-card-featured"><svg></svg> Featured</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item">
<a href="/author/isla/" class="author-avatar"><img class="author-profile-image" src="/content/images/2024/01/isla.jpg" alt="${gAuthor}"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/isla/">${gAuthor}</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-09-09">${gDate}</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span>
</div></div></section></div>
<figure class="article-image"><img src="/content/images/2026/09/night-train-carriage.jpg" alt="The sleeper carriage set">
<figcaption>The corridor of the carriage, three weeks before opening</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gP1)}
<h2 id="built-by-hand">${gH1}</h2>
${ps([gP2[0] ?? ''])}
<figure class="kg-card kg-embed-card kg-card-hascaption">
<iframe width="200" height="113" src="https://www.youtube.com/embed/xxxx" title="The Night Train trailer"
frameborder="0" allowfullscreen></iframe><figcaption>The Night Train: first trailer</figcaption></figure>
${ps([gP2[1] ?? ''])}
<blockquote class="kg-blockquote-alt">${gQuote}</blockquote>
<h2 id="dates-and-prices">${gH2}</h2>
${ps(gP3)}
<div class="kg-card kg-button-card kg-align-center"><a href="https://junctionescapes.co.uk/book" class="kg-btn kg-btn-accent">Join the preview list</a></div>
</section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3>${gMore
  .map(
    (m, i) => `<article class="post-card post">
<a class="post-card-image-link" href="/post-${i}/"><img class="post-card-image" src="/content/images/post-${i}.jpg" alt="${m}"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/post-${i}/"><header class="post-card-header"><h2 class="post-card-title">${m}</h2>
</header></a><footer class="post-card-meta"><span class="post-card-meta-length">4 min read</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://blog.junctionescapes.co.uk">Junction Escapes</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__ui pswp__ui--hidden"><button class="pswp__button pswp__button--close"
title="Close (Esc)"></button></div></div>
<script src="https://blog.junctionescapes.co.uk/assets/built/casper.js?v=b1f2c3d4e5"></script></body></html>`;
const ghostPost: TestPage = {
  name: 'heldout503-ghost-new-room',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gH1, gH2],
  body: texts([gDek, ...gP1, ...gP2, gQuote, ...gP3]),
  bylines: [gAuthor, gDate],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Junction Escapes', ...gNav, 'Sign in', 'Subscribe', ...gTags, 'Featured', '3 min read', 'The corridor of the carriage, three weeks before opening',
    'The Night Train: first trailer', 'Join the preview list', 'Sign up for more like this.', 'Enter your email', 'Read more', ...gMore, '4 min read',
    'Junction Escapes © 2026', 'Sign up', 'Powered by Ghost',
  ],
};

const dTitle = 'League rules 2026–27 season';
const dIntro = j(
  'These rules apply to all leagues bowled at Castleford Tenpin Centre from September 2026. They add to the playing rules of the',
  'national association, which apply in every case they do not cover.',
);
const dH1 = 'Teams and averages';
const dTeams = [
  'Teams are made up of four bowlers. A team may register up to two reserves.',
  j(
    'New bowlers bowl three games without handicap to set an entering average. After that, averages are recalculated every',
    'week from all league games bowled this season.',
  ),
  'Handicap is 90 per cent of the difference between a bowler’s average and 220, with a maximum of 80 pins a game.',
];
const dH2 = 'Absent bowlers and blinds';
const dBlind = [
  j(
    'If a bowler is absent, the team bowls a blind score of the absent bowler’s average less ten pins. A team must have at least',
    'two bowlers present to bowl the match.',
  ),
  'A bowler who arrives late may start at the beginning of any frame, up to and including the fifth frame of the first game.',
];
const dH3 = 'Conduct and dress';
const dConduct = [
  'Bowling shoes must be worn on the approach at all times.',
  'Drinks must stay at the tables behind the settee area.',
  'Foul language and throwing of equipment will lead to a warning, and a second offence to suspension for one week.',
];
const dH4 = 'Fees and prizes';
const dFees = [
  j(
    'The weekly fee is £11 a bowler, which covers three games and a prize fund contribution of £2. Fees are paid to the league',
    'secretary before the first game each week. Prizes are presented at the end-of-season night in May.',
  ),
];
const dUpd = 'Last updated 28 August 2026';
const dMenu = ['Open bowling', 'Leagues', 'Youth club', 'Parties', 'Prices', 'Find us'];
const dCrumbs = ['Home', 'Leagues'];
const dSide = ['Monday Men’s Scratch', 'Tuesday Mixed Handicap', 'Wednesday Seniors', 'Saturday Youth League'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://www.castlefordtenpin.co.uk/leagues/rules">
<title>League rules 2026–27 season | Castleford Tenpin Centre</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_olivero_Xy12.css">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/58"},
"olivero":{"mobile_nav_breakpoint":"1200px"}}</script>
<noscript><link rel="stylesheet" href="/core/themes/olivero/css/components/navigation/nav-primary-no-js.css?t2z9"></noscript></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" aria-expanded="false" aria-label="Sticky header"></button></div>
<div id="site-header__inner" class="site-header__inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Castleford Tenpin Centre</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons"><button class="mobile-nav-button"
aria-label="Main Menu" aria-controls="header-nav"><span class="mobile-nav-button__label">Menu</span></button></div>
<div id="header-nav" class="header-nav"><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu"
class="primary-nav block block-menu navigation menu--main"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1">${links(dMenu, 'primary-nav__menu-item primary-nav__menu-item--level-1')}</ul></nav>
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" role="search">
<form action="/search/node" method="get" class="search-form search-block-form"><div class="js-form-item form-item">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." type="search" id="edit-keys"
class="form-search form-element form-element--type-search"></div><input class="button js-form-submit form-submit" type="submit" value="Search"></form></div>
</div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title">
<span class="field field--name-title">${dTitle}</span>
</h1></div></div><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block">
<article data-history-node-id="58" class="node node--type-page node--view-mode-full">
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field__item">
<p>${dIntro}</p>
<h2>${dH1}</h2><ol>${lis(dTeams)}</ol>
<h2>${dH2}</h2>${ps(dBlind)}
<h2>${dH3}</h2><ul>${lis(dConduct)}</ul>
<h2>${dH4}</h2>${ps(dFees)}
<p><em>${dUpd}</em></p></div></div></article></div></div></main>
<div class="region region--sidebar"><div id="block-leaguelinks" class="block block-menu navigation menu--leagues">
<h2 class="block__title">This season’s leagues</h2>
<ul class="menu">${links(dSide, 'menu__item')}</ul></div>
<div id="block-leaguecontact" class="block block-block-content"><h2 class="block__title">League secretary</h2><div class="text-content">
<p>Pam Oduya, leagues@castlefordtenpin.co.uk</p></div></div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full">
<div id="block-footerinfo" class="block block-block-content"><div class="text-content"><p>Castleford Tenpin Centre, Albion Street, Castleford WF10 1EE</p>
<p>Open 11am to 11pm, seven days a week</p></div></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/themes/olivero/js/navigation.js?t2z9"></script></body></html>`;
const drupalRules: TestPage = {
  name: 'heldout503-drupal-league-rules',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [dH1, dH2, dH3, dH4],
  body: texts([dIntro, ...dTeams, ...dBlind, ...dConduct, ...dFees]),
  bylines: [dUpd],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Castleford Tenpin Centre', 'Menu', ...dMenu, ...dCrumbs, 'This season’s leagues', ...dSide, 'League secretary',
    'Pam Oduya, leagues@castlefordtenpin.co.uk', 'Castleford Tenpin Centre, Albion Street, Castleford WF10 1EE',
    'Open 11am to 11pm, seven days a week', 'Powered by Drupal',
  ],
};

export const HELDOUT503_D: readonly TestPage[] = [ghostPost, drupalRules].map(settle);
