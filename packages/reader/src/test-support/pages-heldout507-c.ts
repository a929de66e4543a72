import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout507-kit.js';

/**
 * Held-out batch 507, file c: a community centre's news post on Ghost (Casper theme, excerpt, author byline, subscribe box,
 * read-more cards), and a community centre's accessibility page on Drupal 10 (Olivero, breadcrumb, sidebar block, search).
 */
const gTitle = 'Roof appeal passes £40,000 as work is booked for the summer';
const gDek = 'Builders will start on the new roof in July, and the centre will stay open throughout.';
const gBody = [
  j(
    'The Bramley Cross Community Centre roof appeal has passed its £40,000 target, eleven months after it was launched with a',
    'sponsored walk around the reservoir. The trustees have now signed a contract with Kettering Roofing to start work on 7 July.',
  ),
  j(
    'The money came from more than 300 donations, two grants and a long list of events: quiz nights, a duck race, a car boot sale',
    'every month of the summer and a Christmas fair that alone raised £3,900. The largest single gift, £10,000, came from the',
    'Marlow Fields Wind Farm community fund.',
  ),
  j(
    '“We honestly didn’t think we would get there this year,” said the chair of trustees, Nadia Okafor. “Every bucket, every cake',
    'and every raffle ticket has added up. This building belongs to the people who use it, and they’ve shown it.”',
  ),
  'What happens next',
  j(
    'The work will replace the flat roof over the main hall and the kitchen, which has leaked in heavy rain since 2023, and add',
    'insulation that should cut the heating bill by about a quarter. It is expected to take ten weeks.',
  ),
  j(
    'The centre will stay open while the builders are on site, but the main hall will close for two weeks in August. Groups that',
    'meet in the hall then have been offered the sports hall at Bramley Cross Primary School, at no extra cost.',
  ),
  'Anything left over will go into the building reserve, which the trustees want to rebuild to cover six months of running costs.',
];
const gNav = ['Home', 'What’s on', 'Hire a room', 'About'];
const gCards: [string, string][] = [
  ['Volunteers wanted for the Saturday café', 'Can you spare two hours a month? The café needs six more people to keep going.'],
  ['Spring fair: stallholder places now open', 'Tables are £15 and go on sale to members first.'],
  ['New defibrillator fitted by the main entrance', 'It can be used by anyone, day or night, and training is free.'],
];
const gP = (t: string): string => (t.startsWith('“') ? `<blockquote>${t}</blockquote>` : `<p>${t}</p>`);
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=a1c3f0e2b4">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://news.bramleycross.org/roof-appeal-passes-40000/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2027-02-12T09:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization",
"name":"Bramley Cross Community Centre"},
"author":{"@type":"Person","name":"Sue Pennock"},"headline":"${gTitle}","datePublished":"2027-02-12T09:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true"
data-ghost="https://news.bramleycross.org/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px;}</style></head>
<body class="post-template tag-news is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo"
href="https://news.bramleycross.org">Bramley Cross News</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" width="20"
height="20"></svg></button>
<button class="gh-burger"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-news">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/news/">News</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/sue/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2025/03/sue.jpg" alt="Sue Pennock"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/sue/">Sue Pennock</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-02-12">12 Feb 2027</time><span class="byline-reading-time"><span
class="bull">•</span> 3 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2027/02/roof.jpg 600w" src="/content/images/size/w2000/2027/02/roof.jpg" alt="The
centre's flat roof">
<figcaption><span style="white-space: pre-wrap;">Scaffolding went up for the survey in January. Photo: Ray Bastable</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${gBody.map((t, i) => (i === 3 ? `<h2 id="what-happens-next">${t}</h2>` : gP(t))).join('\n')}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal>
<div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="post-feed">
${gCards
  .map(
    ([t, e]) => `<article class="post-card post tag-news keep-ratio"><div class="post-card-content"><a class="post-card-content-link" href="/">
<header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">News</span></div><h2 class="post-card-title">${t}</h2></header>
<div class="post-card-excerpt">${e}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2027-01-20">20 Jan 2027</time>
<span class="post-card-meta-length">2 min read</span></footer></div></article>`,
  )
  .join('\n')}
</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://news.bramleycross.org">Bramley Cross News</a> © 2027</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Privacy'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=a1c3f0e2b4"></script></body></html>`;
const ghostNews: TestPage = {
  name: 'heldout507-ghost-roof-appeal',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [gBody[3] ?? ''],
  body: [gDek, ...gBody.filter((_, i) => i !== 3)],
  bylines: ['Sue Pennock', '12 Feb 2027', '20 Jan 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Bramley Cross News', ...gNav.filter((t) => t !== 'About'), 'Sign in', 'Subscribe', 'News', '3 min read',
    'Scaffolding went up for the survey in January. Photo: Ray Bastable',
    'Sign up for more like this.', 'Enter your email', ...gCards.flat(), '2 min read', 'Bramley Cross News © 2027', 'Sign up', 'Privacy', 'Powered by Ghost',
  ],
};

const dTitle = 'Accessibility at Hartsfield Community Centre';
const dIntro = j(
  'We want everyone to be able to use the centre. This page describes the building so that you can plan your visit. If you',
  'have a question that is not answered here, call the office on 01482 907 331 and we will be glad to help.',
);
const dSecs: [string, string[], string[]][] = [
  [
    'Getting here',
    [
      j(
        'The centre is on Wold Road, 200 metres from the Hartsfield Library bus stop (routes 12 and 57). There are four blue badge',
        'bays directly outside the main entrance and a drop-off point under the canopy.',
      ),
    ],
    [],
  ],
  [
    'Entrances and getting around',
    ['The main entrance has automatic doors and level access. All public rooms are on the ground floor.'],
    [
      'corridors are at least 1.5 metres wide, with handrails on both sides',
      'the reception desk has a lowered section for wheelchair users',
      'there are accessible toilets next to the main hall and beside the café, and a Changing Places toilet with a hoist by the sports hall',
      'assistance dogs are welcome throughout the building, and a water bowl is kept at reception',
    ],
  ],
  [
    'Hearing and sight',
    [
      j(
        'The main hall, the Orchard Room and reception have induction loops. Signs use large print and high-contrast colours, and',
        'door numbers are also in braille. A portable loop and a magnifier can be borrowed from reception.',
      ),
    ],
    [],
  ],
  [
    'Quiet times',
    [
      j(
        'The centre is busiest on weekday mornings and on Saturday afternoons. If you would prefer a quieter visit, Tuesday and',
        'Thursday afternoons are usually calm, and the Garden Room can be set aside as a quiet space on request.',
      ),
    ],
    [],
  ],
];
const dNav = ['Home', 'Rooms and hire', 'Activities', 'Café', 'Accessibility', 'Contact'];
const dCrumbs = ['Home', 'Visit us'];
const dHours = ['Monday to Friday: 8am to 10pm', 'Saturday: 9am to 11pm', 'Sunday: 10am to 6pm'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="viewport"
content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.hartsfieldcentre.org.uk/visit-us/accessibility"><title>${dTitle} | Hartsfield Community Centre</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_olivero_x3Fq1.css"><script type="application/json"
data-drupal-selector="drupal-settings-json">
{"path":{"baseUrl":"\\/","currentPath":"node\\/14","currentLanguage":"en"},"ajaxTrustedUrl":{"\\/search\\/node":true}}</script></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding"><div class="site-branding__inner"><div class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Hartsfield Community Centre</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
data-drupal-selector="search-block-form" role="search">
<div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form">
<div class="js-form-item form-item"><label for="edit-keys" class="form-item__label visually-hidden">Search</label><input title="Enter the terms you wish to
search for."
placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys" class="form-search form-element form-element--type-search"></div>
<div class="form-actions js-form-wrapper form-wrapper"><button class="button js-form-submit form-submit" type="submit">Search</button></div></form></div></div>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${dNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/${t.toLowerCase().replace(/\W+/g, '-')}"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs" class="block block-system
block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<div class="main-content__container container"><div class="region region--highlighted grid-full layout--pass--content-medium"><div
data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title
field--type-string">${dTitle}</span></h1>
</div></div><div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system
block-system-main-block">
<article data-history-node-id="14" class="node node--type-page node--view-mode-full"><div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field__item">${ps([dIntro])}
${dSecs.map(([h, p, l]) => `<h2>${h}</h2>\n${ps(p)}${l.length > 0 ? `<ul>${lis(l)}</ul>` : ''}`).join('\n')}
</div></div></article></div></div></main>
<aside class="region region--sidebar"><div id="block-openinghours" class="block block-block-content"><h2 class="block__title">Opening hours</h2>
<div class="block__content"><div class="text-content field
field--name-body"><ul>${lis(dHours)}</ul><p>Closed on bank holidays.</p></div></div></div></aside></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate" role="complementary" class="block
block-node block-node-syndicate-block">
<div class="block-content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<div id="block-footercontact" class="block block-block-content"><div
class="block__content"><p>Hartsfield Community Centre is managed by Hartsfield Town Council.</p></div></div>
</div></div><div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div>
<script src="/sites/default/files/js/js_olivero_k8Tz2.js"></script></body></html>`;
const drupalAccess: TestPage = {
  name: 'heldout507-drupal-accessibility',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dSecs.map(([h]) => h),
  body: texts([dIntro, ...dSecs.flatMap(([, p, l]) => [...p, ...l])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Menu', 'Search', 'Main navigation', ...dNav.filter((t) => t !== 'Accessibility' && t !== 'Café'), 'Breadcrumb',
    'Visit us', 'Opening hours',
    ...dHours, 'Closed on bank holidays.', 'RSS feed', 'Hartsfield Community Centre is managed by Hartsfield Town Council.', 'Powered by Drupal',
  ],
};

export const HELDOUT507_C: readonly TestPage[] = [ghostNews, drupalAccess];
