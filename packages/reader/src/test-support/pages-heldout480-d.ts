import { links, ps, type TestPage, texts } from './page-kit.js';
import { apart, at, j, lis } from './pages-heldout480-kit.js';

/**
 * Held-out batch 480, file d: a bike shop's long buying guide on Ghost (Casper theme) with a members sign-up box and
 * "read more" cards, and a regional cycling association's cyclocross race report on Drupal 10 (Olivero theme).
 */
const gTitle = 'Choosing your first gravel bike: a no-nonsense guide';
const gDek = 'Gravel bikes can do almost anything, which is exactly why choosing one is hard. Here is what actually matters.';
const gSections: [string, string[]][] = [
  [
    'Start with where you will ride',
    [
      j(
        'Before you look at a single bike, be honest about your riding. If most of your miles are on tarmac with the odd canal towpath,',
        'you want something close to an endurance road bike with room for 35 mm tyres. If you want to ride forest trails and bridleways,',
        'you need more clearance, lower gears and a more relaxed position.',
      ),
      j(
        'Most of our customers fall somewhere in between, and that is the sweet spot for a gravel bike: a bike you can ride to work on',
        'Friday and take into the hills on Sunday without changing anything but your tyre pressure.',
      ),
    ],
  ],
  [
    'Frame material',
    [
      j(
        'Aluminium is the default at entry level. A good aluminium frame with a carbon fork is light, stiff and tough enough to lean',
        'against a wall without worrying. Steel rides a little more smoothly and is easy to repair, but it is heavier and needs looking',
        'after if you ride through winter. Carbon saves weight and can be tuned for comfort, but it costs more and a crash on rocks',
        'needs a proper inspection.',
      ),
      j('Titanium is lovely and lasts for ever. It is also expensive, and on a first gravel bike we would rather see that money go on', 'better wheels.'),
    ],
  ],
  [
    'Gearing: one chainring or two?',
    [
      j(
        'Single chainring (1x) groupsets are simple, quiet and hard to drop a chain on, which is why they are popular off road. The',
        'catch is bigger jumps between gears. On long road rides in a group, that can leave you spinning too fast or grinding too slow.',
      ),
      j(
        'A double chainset (2x) gives you close gears and a wider range, which suits riders who spend more time on the road. As a',
        'rough rule: if you ride with a club on Sunday, go 2x; if you ride alone in the woods, go 1x.',
      ),
      'Whichever you choose, make sure your lowest gear is at least 1:1, meaning the chainring is no bigger than the largest cog.',
    ],
  ],
  [
    'Tyre clearance',
    [
      j(
        'Tyre clearance matters more than almost anything else, because it decides where the bike can go. We would not recommend',
        "a frame that takes less than 40 mm tyres. Check the maker's figure for clearance with mudguards too, as it is often smaller.",
      ),
      'Our rough guide to tyre width:',
      '35 to 38 mm for mostly road and smooth towpaths',
      '40 to 45 mm for mixed riding with forest tracks',
      '47 mm and up for rough bridleways and bikepacking',
    ],
  ],
  [
    'Fit comes first',
    [
      j(
        'A bike that fits will always beat a better bike that does not. Gravel geometry varies a lot between brands: some are long',
        'and low like a race bike, others are short and tall. Ride at least two before you buy, and if you can, ride them on the kind',
        'of surface you plan to use them on.',
      ),
      j(
        'Small changes make a big difference. A shorter stem, a wider bar or a saddle moved back by a few millimetres can turn an',
        'awkward bike into a comfortable one, so do not rule a bike out after one ride in the car park.',
      ),
    ],
  ],
  [
    'What to spend',
    [
      j(
        'At around £1,000 you will find good aluminium bikes with mechanical disc brakes. Between £1,400 and £2,000 you get hydraulic',
        'brakes, better wheels and often a carbon fork with mounts for bags. Above that you are paying for lighter weight and nicer',
        'parts, which are great but will not change where you can ride.',
      ),
      j(
        'Keep back £150 for the things you will need in the first month: pedals, a bottle cage, a saddle bag with tools, and perhaps',
        'tubeless valves and sealant if the bike does not come set up.',
      ),
    ],
  ],
  [
    'Our advice',
    [
      j(
        'Buy the bike that fits, has the clearance you need and has gearing low enough for your hills. Everything else can be',
        'upgraded later. And come and talk to us: we would much rather spend an hour helping you choose than sell you the wrong bike.',
      ),
    ],
  ],
];
const gTags = ['Buying guides', 'Gravel'];
const gMore = ['Tubeless setup without the mess', 'Bikepacking bags: what goes where', 'Winter gravel: five rides near Halcombe'];
const gNav = ['Home', 'Guides', 'Workshop notes', 'Rides', 'About'];
const gCards = gMore
  .map(
    (t, i) => `<article class="post-card post">
<a class="post-card-image-link" href="/more-${i}/"><img class="post-card-image" src="/content/images/m${i}.jpg"
alt="${t}" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/more-${i}/"><header class="post-card-header">
<div class="post-card-tags"><span class="post-card-primary-tag">Guides</span></div><h2 class="post-card-title">${t}</h2></header></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2027-04-1${i}">Apr 1${i}, 2027</time>
<span class="post-card-meta-length">${4 + i} min read</span>
</footer></div></article>`,
  )
  .join('\n');
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8c1e4a6b2f">
<link rel="canonical" href="https://journal.northgatecycles.co.uk/gravel-first-bike/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Northgate Cycles Journal">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2027-05-02T08:00:00.000Z"><meta property="article:tag" content="Buying guides">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Northgate Cycles Journal"},
"author":{"@type":"Person","name":"Fern Castellan"},"headline":"${gTitle}","datePublished":"2027-05-02T08:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true"
data-ghost="https://journal.northgatecycles.co.uk/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;}</style>
<link rel="alternate" type="application/rss+xml" title="Northgate Cycles Journal" href="https://journal.northgatecycles.co.uk/rss/"></head>
<body class="post-template tag-buying-guides tag-gravel is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://journal.northgatecycles.co.uk">
Northgate Cycles Journal</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg width="20" height="20"></svg></button>
<button class="gh-burger"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav><div class="gh-head-actions">
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg width="20" height="20"></svg></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-buying-guides tag-gravel ">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/buying-guides/">Buying guides</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/fern/" class="author-avatar" aria-label="Read more of Fern Castellan">
<img class="author-profile-image" src="/content/images/size/w100/fern.jpg"
alt="Fern Castellan"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/fern/">Fern Castellan</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2027-05-02">May 2, 2027</time><span class="byline-reading-time">
<span class="bull">&bull;</span> 7 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2027/05/gravel-rack.jpg 300w, /content/images/size/w2000/2027/05/gravel-rack.jpg 2000w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2027/05/gravel-rack.jpg" alt="Gravel bikes on the shop floor">
<figcaption>Part of this spring's gravel range at the Halcombe shop.</figcaption></figure></header>
<section class="gh-content gh-canvas">
${gSections.map(([h, b], i) => `<h2 id="s${i}">${h}</h2>\n${i === 3 ? `${ps(b.slice(0, 2))}<ul>${lis(b.slice(2))}</ul>` : ps(b)}`).join('\n')}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">🚲</div><div class="kg-callout-text">Test rides are free on
any gravel bike in stock. Book one in store or by phone.</div></div>
</section>
<section class="article-comments gh-canvas"><div class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content" style="background-color: #1f6f5c">
<h2>Get the next guide in your inbox</h2><p>Free, once a month, no sales emails.</p>
<a class="gh-btn" data-portal="signup" href="#/portal/signup" style="color:#1f6f5c">Subscribe now</a></div></div></section></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="post-card-wrap">
${gCards}
</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://journal.northgatecycles.co.uk">Northgate Cycles Journal</a> &copy; 2027</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Shop', 'Contact'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div></div>
<script src="/assets/built/casper.js?v=8c1e4a6b2f"></script></body></html>`;
const ghostGuide: TestPage = {
  name: 'heldout480-ghost-gravel-guide',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gSections.map(([h]) => h),
  body: texts([gDek, ...gSections.flatMap(([, b]) => b)]),
  bylines: ['Fern Castellan', 'May 2, 2027', '• 7 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Northgate Cycles Journal', ...gNav, 'Sign in', 'Subscribe', 'Buying guides', "Part of this spring's gravel range at the Halcombe shop.",
    'Test rides are free on any gravel bike in stock. Book one in store or by phone.', 'Get the next guide in your inbox',
    'Free, once a month, no sales emails.', 'Subscribe now', ...gMore, 'Apr 10, 2027', 'Apr 11, 2027', 'Apr 12, 2027', '4 min read',
    '5 min read', '6 min read', '© 2027', 'Sign up', 'Shop', 'Contact', 'Powered by Ghost',
  ],
};

const oTitle = 'Round 4 at Brayshaw Park: mud, sand and a photo finish';
const oBody = [
  j(
    'A record 412 riders lined up across eleven races at Brayshaw Park on Sunday for round 4 of the winter league. Two days of rain',
    'had turned the lower field into deep mud, and the new sand section by the lake caught out more than a few riders on lap one.',
  ),
  'Senior men',
  j(
    'Callum Reid (Pennine Off-Road) and Tobias Lund (Harrier CX) rode together for five of the six laps before Reid attacked on the',
    'run-up. Lund closed the gap on the finishing straight and the two crossed the line together; the judges gave it to Reid by half',
    'a wheel. Reid keeps the league lead by 18 points.',
  ),
  'Senior women',
  j(
    'Isla Morgan (Valebridge RC) took her third win of the season after riding away from the field on the first lap. Behind her,',
    'junior Ada Whitlow (Brackenmoor Wheelers) rode a superb race to finish second overall and first junior.',
  ),
  'Youth races',
  j(
    'The under-12 and under-14 races had their biggest fields of the year, with 96 riders between them. Thank you to the parents who',
    'helped marshal the course, and to Brayshaw Park Rangers for letting us use the lake path.',
  ),
  'Round 5 is at Cold Brook Farm on December 12. Entries close on the Wednesday before at 8 pm. Please note:',
  'there is no parking on the farm lane this year, use the overflow field signed from the main road',
  'the pressure washer will be available for bikes only, not for riders',
];
const oNav = ['Home', 'Calendar', 'Results', 'News', 'Rules', 'Clubs'];
const oHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://www.northerncxleague.org/news/round-4-brayshaw-park">
<title>${oTitle} | Northern Cyclocross League</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_olivero_base.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/",
"currentPath":"node\\/118","currentLanguage":"en"}}</script>
</head><body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding block block-system block-system-branding-block">
<div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Northern Cyclocross League</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow" role="search">
<form action="/search/node" method="get" id="search-block-form--2" class="search-form search-block-form"><label for="edit-keys--2"
class="form-item__label visually-hidden">Search</label><input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase."
type="search" id="edit-keys--2" name="keys" class="form-search form-element form-element--type-search"><input class="button--primary search-form__submit button
js-form-submit form-submit" type="submit" value="Search"></form></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(oNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<div class="breadcrumb__content"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li>
<li class="breadcrumb__item"><a href="/news" class="breadcrumb__link">News</a></li></ol></div></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${oTitle}</span></h1></div></div>
<main role="main"><div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content"
class="block block-system block-system-main-block"><div class="block__content"><article data-history-node-id="118" class="node node--type-article
node--promoted node--view-mode-full"><header class=""><div class="node__meta"><span><span class="field field--name-uid field--type-entity-reference
field--label-hidden"><span>Ruth Abernethy</span></span></span><span class="node__meta-date"><span class="field field--name-created field--type-created
field--label-hidden"><time datetime="2027-11-22T19:04:36+00:00" title="Monday, November 22, 2027 - 19:04" class="datetime">Mon, 11/22/2027 - 19:04</time>
</span></span></div></header><div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item">
<img loading="lazy" src="/sites/default/files/2027-11/brayshaw-sand.jpg" width="1200" height="800" alt="Riders in the sand section"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(oBody.slice(0, 1))}
<h2>${at(oBody, 1)}</h2>${ps(oBody.slice(2, 3))}
<h2>${at(oBody, 3)}</h2>${ps(oBody.slice(4, 5))}
<h2>${at(oBody, 5)}</h2>${ps(oBody.slice(6, 8))}
<ul>${lis(oBody.slice(8))}</ul>
<p><a href="/results/2027-round-4">Full results for all races</a></p></div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags clearfix">
<h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items"><li class="field--tags__item"><a href="/taxonomy/term/3" hreflang="en">Race reports</a></li>
<li class="field--tags__item"><a href="/taxonomy/term/9" hreflang="en">Brayshaw Park</a></li></ul></div>
<div class="node__links"><ul class="links inline"><li class="comment-forbidden">
<a href="/user/login?destination=/comment/reply/node/118/comment%23comment-form">Log
in</a> or <a href="/user/register?destination=/comment/reply/node/118/comment%23comment-form">register</a> to post comments</li></ul></div>
</div></article></div></div></div></main></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full layout--pass--content-medium">
<div class="block block-block-content"><div class="text-content"><p>The Northern Cyclocross League is run by volunteers from 24 member clubs.</p></div>
</div></div>
<div class="region region--footer-bottom grid-full layout--pass--content-medium">
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
<div class="overlay" data-drupal-selector="overlay"></div></div></div></div>
<script src="/core/themes/olivero/js/navigation-utils.js?v=10.2.4"></script></body></html>`;
const drupalRace: TestPage = {
  name: 'heldout480-drupal-cx-report',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: [at(oBody, 1), at(oBody, 3), at(oBody, 5)],
  body: texts(oBody.filter((_, i) => ![1, 3, 5].includes(i))),
  bylines: ['Ruth Abernethy', 'Mon, 11/22/2027 - 19:04'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Northern Cyclocross League', 'Menu', 'Search', 'Main navigation', ...oNav, 'Breadcrumb', 'Full results for all races',
    'Tags', 'Race reports', 'Brayshaw Park', 'Log in or register to post comments',
    'The Northern Cyclocross League is run by volunteers from 24 member clubs.', 'Powered by Drupal',
  ],
};

export const HELDOUT480_D: readonly TestPage[] = [ghostGuide, drupalRace].map(apart);
