import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout518-kit.js';

/**
 * Held-out batch 518, file e: a print shop's customer forum thread on Discourse (the server-rendered crawler view, with
 * category badge, tags, like counts and related topics), and a community print studio's booking rules on Drupal (Olivero).
 */
const qTitle = 'Colour shift between proof and final run on uncoated stock';
const qPosts: readonly (readonly [string, string, string, readonly string[]])[] = [
  [
    'tamsin_r',
    'February 8, 2027, 11:02am',
    '2 Likes',
    [
      j(
        'I had a run of 500 A5 flyers done on the 150gsm uncoated last week. The digital proof on screen looked great, but the',
        'printed copies have a noticeably duller, slightly greener teal than the proof. The file was CMYK, teal built as 85 / 10 / 40 / 0.',
      ),
      'Is this expected with uncoated paper, or should I ask for a reprint? I need to match it on some postcards next month.',
    ],
  ],
  [
    'Inkwell_Joe',
    'February 8, 2027, 1:47pm',
    '5 Likes',
    [
      j(
        'Hi Tamsin, Joe from the print room here. What you are seeing is mostly the paper. Uncoated stock soaks up more ink, so',
        'colours spread and go flatter, and the paper itself is a bit warmer than the white your monitor shows.',
      ),
      j(
        'Your screen proof is rendered for coated stock unless you pick the uncoated option at checkout, which I can see was not',
        'ticked on this order. That accounts for most of the difference.',
      ),
      'For the postcards, a few things that will help:',
      'Order a hard proof on the same paper before the run',
      'Lift the cyan by about 5% and drop the yellow slightly to pull the green back out',
      'Keep the flyer and postcards on the same stock if you want them to match each other',
    ],
  ],
  ['tamsin_r', 'February 8, 2027, 2:15pm', '', ['That makes sense, thank you. I did not know the proof option changed the preview. Hard proof it is.']],
  [
    'mkellaway',
    'February 9, 2027, 9:30am',
    '1 Like',
    [
      j(
        'Same thing caught me out with a brand colour last year. Worth asking them for the uncoated swatch book too: they sent me',
        'one for free and it is the most useful thing on my desk.',
      ),
    ],
  ],
];
const qLi = (ps_: readonly string[]): string => (ps_.length > 3 ? `${ps(ps_.slice(0, 3))}\n<ul>\n${lis(ps_.slice(3))}\n</ul>` : ps(ps_));
const qPostHtml = qPosts
  .map(
    (
      [u, d, likes, body],
      i,
    ) => `<div id='post_${i + 1}' ${i === 0 ? '' : "itemprop='comment' itemscope itemtype='http://schema.org/Comment' "}class='topic-body crawler-post'>
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel='nofollow' href='https://community.inkwellprint.co.uk/u/${u}'><span itemprop='name'>${u}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://community.inkwellprint.co.uk/t/colour-shift-between-proof-and-final-run-on-uncoated-stock/1843">
<span class="crawler-post-infos"><time ${i === 0 ? "itemprop='datePublished' " : ''}datetime='2027-02-0${8 + (i > 2 ? 1 : 0)}T11:02:44Z'
class='post-time'>${d}</time>
<meta itemprop='dateModified' content='2027-02-08T11:02:44Z'><span itemprop='position'>${i + 1}</span></span></div>
<div class='post' itemprop='text'>
${qLi(body)}
</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${likes === '' ? 0 : (likes.split(' ')[0] ?? 0)}" />${
      likes === ''
        ? ''
        : `<span
class='post-likes'>${likes}</span>`
    }</div>
</div>`,
  )
  .join('\n');
const qRel: readonly (readonly string[])[] = [
  ['Rich black looks patchy on business cards', '4', '212', 'Jan 2027'],
  ['Best paper for a zine with lots of photos?', '7', '389', 'Dec 2026'],
];
const qFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const qHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${qTitle} - Print Help - Inkwell Community</title>
<meta name="description" content="I had a run of 500 A5 flyers done on the 150gsm uncoated last week. The digital proof on screen looked great,
but the printed copies…">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 4a7e9d1">
<link rel="icon" type="image/png" href="/uploads/favicon.png">
<meta name="theme-color" media="all" content="#ffffff">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">
<link rel="canonical" href="https://community.inkwellprint.co.uk/t/colour-shift-between-proof-and-final-run-on-uncoated-stock/1843">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","@id":"https://community.inkwellprint.co.uk","
url":"https://community.inkwellprint.co.uk",
"name":"Inkwell Community"}</script><link href="/stylesheets/color_definitions_base__3_abc.css?__ws=community.inkwellprint.co.uk" media="all" rel="stylesheet"
class="light-scheme"><meta property="og:site_name" content="Inkwell Community"><meta property="og:type" content="website">
<meta property="article:published_time" content="2027-02-08T11:02:44+00:00"><meta property="og:ignore_canonical" content="true"></head>
<body class="crawler "><header><a href="/"><img src="/uploads/inkwell-logo.png" alt="Inkwell Community" id="site-logo" style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1>
<a href="/t/colour-shift-between-proof-and-final-run-on-uncoated-stock/1843">${qTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/print-help/5" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #0088CC'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Print Help</span></span></a><meta itemprop="position" content="1" /></span>
</div>
<div class="topic-category"><div class='discourse-tags list-tags'>
<a href='https://community.inkwellprint.co.uk/tag/uncoated' class='discourse-tag' rel="tag">uncoated</a>,
<a href='https://community.inkwellprint.co.uk/tag/colour-matching' class='discourse-tag' rel="tag">colour-matching</a></div></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${qTitle}'>
<link itemprop='url' href='https://community.inkwellprint.co.uk/t/colour-shift-between-proof-and-final-run-on-uncoated-stock/1843'>
<meta itemprop='datePublished' content='2027-02-08T11:02:44Z'><meta itemprop='articleSection' content='Print Help'>
<meta itemprop='keywords' content='uncoated, colour-matching'>
<div itemprop='publisher' itemscope itemtype="http://schema.org/Organization"><meta itemprop='name' content='Inkwell Print'></div>
${qPostHtml}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'><table class='topic-list'><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${qRel
  .map(
    ([t, r, v, a], i) => `<tr class="topic-list-item"><td class="main-link"><meta itemprop='position' content='${i + 1}'><span class="link-top-line">
<a itemprop='url' href='https://community.inkwellprint.co.uk/t/${i}' class='title raw-link raw-topic-link'>${t}</a></span><div class="link-bottom-line">
<a href='/c/print-help/5' class='badge-wrapper bullet'><span class='badge-category-bg' style='background-color: #0088CC'></span>
<span class='badge-category clear-badge'>
<span class='category-name'>Print Help</span></span></a></div></td><td class="replies"><span class='posts' title='posts'>${r}</span></td>
<td class="views"><span class='views' title='views'>${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${qFoot
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'>
<span itemprop='name'><a href='/${t.toLowerCase().replace(/ /g, '')}' itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}</ul></nav>
<p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer></body></html>`;
const discourse: TestPage = {
  name: 'heldout518-discourse-uncoated-colour',
  kind: 'forum',
  html: qHtml,
  title: qTitle,
  headings: [],
  body: texts(qPosts.flatMap(([, , , b]) => b)),
  bylines: ['tamsin_r', ...qPosts.map(([, d]) => d), 'Inkwell_Joe', 'mkellaway', 'Jan 2027', 'Dec 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Print Help', 'colour-matching', '1', '2', '3', '4', '2 Likes', '5 Likes', '1 Like', 'Related topics', ...qRel.map(([t]) => t ?? ''),
    '7', '212', '389',
    ...qFoot, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const oTitle = 'Risograph studio: booking and house rules';
const oIntro = j(
  'The risograph studio is open to all members who have completed an induction. These rules keep the machine running and the',
  'studio fair for everyone, so please read them before your first booking.',
);
const oBooking = [
  'Book slots of up to three hours through the members’ calendar. You can hold two future bookings at a time.',
  'If you cannot make a booking, cancel it at least 24 hours ahead so someone else can use the slot.',
  'Arrive on time: after 20 minutes an unclaimed slot is released to the waiting list.',
];
const oDrums = [
  j(
    'We keep black, blue, fluorescent pink, yellow and teal drums. Ask a steward to change drums for you until you have done the',
    'drum-change sign-off; they are heavy and the ink leaks if they are tilted.',
  ),
  'Ink is charged at £1.50 per master and 2p per copy. Paper is yours to bring, or can be bought from the shelf by the door.',
];
const oPaper = [
  'Use uncoated paper only, between 50 and 170 gsm',
  'No card, envelopes, glossy or recycled paper with visible flecks',
  'Fan and knock up each stack before loading it',
];
const oEnd = j(
  'Before you leave, run the cleaning sheet, return the drum to its cradle, empty the waste master box and note any faults in',
  'the log book. Repeated breaches of these rules may lead to your studio access being paused.',
);
const oHeads = ['Booking', 'Drums and ink', 'Paper', 'Leaving the studio'];
const oNav = ['Home', 'Studio', 'Courses', 'Membership', 'Events'];
const oSide = ['Opening hours', 'Tuesday to Thursday, 10am–9pm', 'Saturday, 10am–4pm', 'Closed Sunday, Monday and Friday'];
const oFoot = ['Contact', 'Accessibility', 'Safeguarding'];
const oHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://fenmarshprint.org.uk/studio/risograph-rules">
<title>${oTitle} | Fenmarsh Print Collective</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Q8eB1o0.css?delta=0&amp;language=en&amp;theme=olivero&amp;include=eJxdj">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/27","currentLanguage":"en"}}</script>
</head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-gray site-branding block block-system block-system-branding-block">
<div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Fenmarsh Print Collective</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form-2"
role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form--2" accept-charset="UTF-8"
class="search-form search-block-form">
<div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label"><label for="edit-keys--2" class="form-item__label
visually-hidden">Search</label><input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." type="search" id="edit-keys--2"
name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search"></div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${oNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/${t.toLowerCase()}"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block"><div class="block__content">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol class="breadcrumb__list">
<li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li><li class="breadcrumb__item">
<a href="/studio" class="breadcrumb__link">Studio</a></li>
</ol></div></nav></div></div></div><div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback
class="hidden messages-list"></div></div><div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block"><h1 class="title page-title">
<span class="field field--name-title field--type-string field--label-hidden">${oTitle}</span>
</h1></div></div><div class="sidebar-grid grid-full"><main role="main" class="site-main">
<div class="region region--content grid-full layout--pass--content-medium"
id="content"><div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content"><article data-history-node-id="27"
class="node node--type-page node--view-mode-full"><div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary
field--label-hidden field__item"><p>${oIntro}</p>
<h2>${oHeads[0]}</h2><ol>${lis(oBooking)}</ol>
<h2>${oHeads[1]}</h2>${ps(oDrums)}
<h2>${oHeads[2]}</h2><ul>${lis(oPaper)}</ul>
<h2>${oHeads[3]}</h2><p>${oEnd}</p></div></div></article></div></div></div></main>
<div class="region region--sidebar"><div id="block-openinghours" class="block block-block-content block-block-content4c1e">
<h2 class="block__title">${oSide[0]}</h2>
<div class="block__content"><div class="text-content clearfix field field--name-body">${ps(oSide.slice(1))}</div></div></div></div></div></div></div></div>
</div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav id="block-olivero-footer" class="block block-menu navigation menu--footer" aria-labelledby="block-olivero-footer-menu" role="navigation">
<h2 class="block__title" id="block-olivero-footer-menu">Footer</h2><ul class="menu">${links(oFoot, 'menu__item')}</ul></nav></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
<div class="overlay" data-drupal-selector="overlay"></div></div></div></div>
<script src="/sites/default/files/js/js_Wk0aSQ.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const olivero: TestPage = {
  name: 'heldout518-drupal-olivero-riso-rules',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: oHeads,
  body: [oIntro, ...oBooking, ...oDrums, ...oPaper, oEnd],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Fenmarsh Print Collective', 'Menu', 'Search', 'Main navigation', 'Home', 'Courses', 'Membership', 'Events',
    'Breadcrumb', ...oSide, 'Footer', ...oFoot, 'Powered by Drupal',
  ],
};

export const HELDOUT518_E: readonly TestPage[] = [discourse, olivero];
