import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rows, rowTexts } from './pages-heldout369-kit.js';

/**
 * Held-out batch 369, file c: a PC build guide on a WordPress site built with Elementor (page-builder sections, columns
 * and widgets, a parts table, an Elementor popup newsletter, a post-navigation widget) and an overclocking thread on a
 * phpBB (prosilver) board, whose posts are the body.
 */
const bTitle = 'The $1,000 Gaming PC Build for Winter 2026';
const bIntro = [
  j(
    'A thousand dollars is still the sweet spot for a gaming PC that handles 1440p without compromise. Prices for memory and',
    'storage have settled since the summer, so this winter’s build puts more of the budget into the graphics card than our',
    'autumn edition did.',
  ),
  j(
    'Every part below was bought at retail and assembled by us on a kitchen table with one screwdriver. Total build time was',
    'just under two hours, including cable management.',
  ),
];
const bH1 = 'The Parts List';
const bParts: readonly (readonly string[])[] = [
  ['CPU', 'Korvane Strata 5 7600', '$189'],
  ['Motherboard', 'Halvard B850M Tern WiFi', '$139'],
  ['Memory', '32GB (2x16GB) DDR5-6000 CL30', '$92'],
  ['Storage', 'Pellucid P44 2TB NVMe', '$118'],
  ['Graphics card', 'Aurelion RX 9070', '$379'],
  ['Power supply', 'Stormvane 750W 80+ Gold', '$84'],
  ['Case', 'Fennick Loft Air', '$69'],
];
const bH2 = 'Why These Parts';
const bWhy = [
  j(
    'The <strong>Strata 5 7600</strong> is the value pick among six-core chips. It comes with a cooler that is perfectly adequate',
    'at stock settings, which saves another $30.',
  ),
  j(
    'We chose a <strong>B850M</strong> board over a cheaper A-series model because it allows memory tuning and has a second M.2',
    'slot for when you outgrow 2TB.',
  ),
  j(
    'The <strong>RX 9070</strong> takes almost 40% of the budget, and it should. In our testing it averaged 96 fps at 1440p high',
    'settings across ten recent games.',
  ),
];
const bH3 = 'Assembly Tips';
const bTips = [
  'Install the CPU, memory and M.2 drive on the motherboard before it goes into the case.',
  'Enable the memory’s EXPO profile in the BIOS; otherwise the kit runs at 4800 MT/s.',
  'Route the 8-pin CPU power cable before mounting the board, because the gap at the top of this case is tight.',
];
const bOutro = [
  j(
    'If your budget stretches by $60, the first upgrade we would make is a larger SSD. If it shrinks, drop to 16GB of memory',
    'rather than a weaker graphics card.',
  ),
  j(
    'We also considered the Aurelion RX 9060 XT for a cheaper version of this build. It saves $110 but loses about a quarter of',
    'the performance at 1440p, which is a poor trade at this budget. Save money on the case or the power supply first.',
  ),
];
const bNav = ['Builds', 'Guides', 'Reviews', 'Deals', 'About'];
const bHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>${bTitle} - Framecraft</title>
<meta name="generator" content="Elementor 3.24.5; features: e_font_icon_svg; settings: css_print_method-external">
<link rel="stylesheet" id="elementor-frontend-css" href="https://framecraft.example/wp-content/plugins/elementor/assets/css/frontend.min.css" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${bTitle}",
"author":{"name":"Lio Haverkamp"},"datePublished":"2026-11-02T08:00:00+00:00"}]}</script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.24.5"};</script></head>
<body class="post-template-default single single-post elementor-default elementor-template-full-width elementor-kit-6 elementor-page-412">
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header">
<div class="elementor-element elementor-element-3f1a e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo"><div class="elementor-widget-container"><a href="/">Framecraft</a></div></div>
<div class="elementor-element elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container"><nav class="elementor-nav-menu--main">
<ul id="menu-1-4c2e" class="elementor-nav-menu">${links(bNav, 'menu-item menu-item-type-taxonomy')}</ul></nav></div></div></div></div></div>
<div data-elementor-type="single-post" data-elementor-id="412" class="elementor elementor-412 elementor-location-single post-5120 post type-post">
<div class="elementor-element elementor-element-a21 e-con-full e-flex e-con e-parent" data-element_type="container">
<div class="elementor-element elementor-element-b7 elementor-widget elementor-widget-breadcrumbs"><div class="elementor-widget-container">
<p id="breadcrumbs"><span><span><a href="/">Home</a></span> » <span><a href="/builds/">Builds</a></span> » <span class="breadcrumb_last"
aria-current="page">$1,000 Gaming PC</span></span></p></div></div>
<div class="elementor-element elementor-element-c3 elementor-widget elementor-widget-theme-post-title elementor-page-title elementor-widget-heading">
<div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">${bTitle}</h1></div></div>
<div class="elementor-element elementor-element-d9 elementor-widget elementor-widget-post-info"><div class="elementor-widget-container">
<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item elementor-repeater-item-1"
itemprop="author"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">Lio Haverkamp</span></li>
<li class="elementor-icon-list-item elementor-repeater-item-2" itemprop="datePublished"><span class="elementor-icon-list-text
elementor-post-info__item--type-date"><time>November 2, 2026</time></span></li><li class="elementor-icon-list-item"><span
class="elementor-icon-list-text">9 min read</span></li></ul></div></div>
<div class="elementor-element elementor-element-e4 elementor-share-buttons--view-icon-text elementor-widget elementor-widget-share-buttons">
<div class="elementor-widget-container"><div class="elementor-grid">${['Facebook', 'Reddit', 'Pinterest']
  .map(
    (s) => `<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_${s.toLowerCase()}" role="button"><div
class="elementor-share-btn__text"><span class="elementor-share-btn__title">${s}</span></div></div></div>`,
  )
  .join('')}</div></div></div>
<div class="elementor-element elementor-element-f0 elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">
${ps(bIntro)}
<h2 class="wp-block-heading">${bH1}</h2>
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Component</th><th>Part</th><th>Price</th></tr></thead><tbody>
${rows(bParts)}</tbody></table><figcaption class="wp-element-caption">Prices checked November 1, 2026. Total: $1,070 before rebates.</figcaption></figure>
<div class="wp-block-group affiliate-disclosure"><p class="has-small-font-size">Framecraft earns a commission from qualifying purchases made through links on
this page.</p></div>
<h2 class="wp-block-heading">${bH2}</h2>
${ps(bWhy)}
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/11/build-1000-side.jpg" alt="" class="wp-image-5133"><figcaption
class="wp-element-caption">The finished build with the side panel off. Photo: Framecraft</figcaption></figure>
<h2 class="wp-block-heading">${bH3}</h2>
<ol class="wp-block-list">${bTips.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${ps(bOutro)}
</div></div>
<div class="elementor-element elementor-element-g1 elementor-widget elementor-widget-post-navigation"><div class="elementor-widget-container">
<div class="elementor-post-navigation"><div class="elementor-post-navigation__prev"><a href="/builds/700/"><span class="post-navigation__prev--label">Previous
</span><span class="post-navigation__prev--title">The $700 Budget Build That Still Plays Everything</span></a></div>
<div class="elementor-post-navigation__next"><a href="/builds/sff/"><span class="post-navigation__next--label">Next</span><span
class="post-navigation__next--title">Small Form Factor Builds: Our Three Favourite Cases</span></a></div></div></div></div></div></div>
<div data-elementor-type="footer" data-elementor-id="91" class="elementor elementor-91 elementor-location-footer">
<div class="elementor-widget-container"><p class="elementor-heading-title">© 2026 Framecraft. Built by hand, tested by hand.</p></div></div>
<div data-elementor-type="popup" data-elementor-id="120" class="elementor elementor-120 elementor-location-popup" data-elementor-settings='{"timing":
{"page_views":"yes"}}'><div class="elementor-widget-container"><h2 class="elementor-heading-title">Never miss a build</h2><p>Get our monthly
parts list update by email.</p><form class="elementor-form"><input type="email" placeholder="Email"><button type="submit"><span
class="elementor-button-text">Subscribe</span></button></form></div></div>
<div class="cky-consent-container"><div class="cky-notice-des"><p>We use cookies to enhance your browsing experience and analyze our traffic.</p></div>
<button class="cky-btn cky-btn-reject">Reject All</button><button class="cky-btn cky-btn-accept">Accept All</button></div>
<script src="https://framecraft.example/wp-content/plugins/elementor-pro/assets/js/frontend.min.js" id="elementor-pro-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout369-elementor-build-guide',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: [bH1, bH2, bH3],
  body: [...texts(bIntro), ...rowTexts(bParts), ...texts([...bWhy, ...bTips, ...bOutro])],
  bylines: ['Lio Haverkamp', 'November 2, 2026', '9 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Framecraft', ...bNav, 'Home', '$1,000 Gaming PC', 'Facebook', 'Reddit', 'Pinterest', 'Prices checked November 1, 2026. Total: $1,070 before rebates.',
    'Framecraft earns a commission from qualifying purchases made through links on this page.',
    'The finished build with the side panel off. Photo: Framecraft', 'Previous', 'The $700 Budget Build That Still Plays Everything', 'Next',
    'Small Form Factor Builds: Our Three Favourite Cases', '© 2026 Framecraft. Built by hand, tested by hand.', 'Never miss a build',
    'Get our monthly parts list update by email.', 'Subscribe', 'We use cookies to enhance your browsing experience and analyze our traffic.',
    'Reject All', 'Accept All',
  ],
};

const fTitle = 'Strata 9 7950K stuck at 5.4 GHz all-core, Vcore question';
const posts: readonly { id: number; user: string; date: string; rank: string; ps: string[]; sig?: string }[] = [
  {
    id: 88121,
    user: 'brakefade',
    date: 'Sat Nov 21, 2026 9:14 pm',
    rank: 'Member',
    ps: [
      j(
        'New 7950K on a Halvard X870 Aurum, 360 mm AIO, 64 GB at 6400. I can get 5.4 GHz all-core stable in a two-hour stress run at',
        '1.28 V load voltage, but 5.5 GHz crashes within ten minutes even at 1.34 V.',
      ),
      j(
        'Package temperature tops out at 88 °C at 5.4, so I do not think I am thermally limited yet. Is this just a weak sample, or',
        'is there a setting I am missing? Load-line calibration is on level 4 of 8.',
      ),
    ],
    sig: 'Strata 9 7950K | X870 Aurum | 64GB 6400 CL32 | RX 9080 XT',
  },
  {
    id: 88127,
    user: 'Vossberg',
    date: 'Sat Nov 21, 2026 10:02 pm',
    rank: 'Moderator',
    ps: [
      j(
        'Most of the 7950K samples we have seen on this board land between 5.3 and 5.5 all-core, so you are right in the middle.',
        'Before you push voltage any further, try these in order:',
      ),
      '1. Raise LLC to level 5 and check how much the voltage droops under load with a multimeter or the board’s read point.',
      '2. Lower the cache ratio by one step. The stacked cache die does not like high fabric clocks with high core clocks.',
      '3. Use per-CCD curve offsets instead of a fixed all-core ratio. You will often get 5.6 on the best cores for free.',
      j(
        'I would not run more than 1.35 V daily on these, whatever the AIO says. Electromigration on this node is not something',
        'you notice in a stress test, only a year later when the chip needs more voltage for the same clock.',
      ),
    ],
  },
  {
    id: 88140,
    user: 'brakefade',
    date: 'Sun Nov 22, 2026 11:47 am',
    rank: 'Member',
    ps: [
      j(
        'Dropping the cache ratio did it. 5.5 GHz all-core now passes the same two-hour run at 1.31 V, and temperatures are',
        'actually a degree lower. Single-threaded scores barely moved, so I am keeping it.',
      ),
      j(
        'For anyone finding this later: cache ratio one step down, LLC 5, curve offset -15 on the second CCD. Idle power also',
        'dropped by about 6 W, which I did not expect.',
      ),
      'Thanks, marking as solved.',
    ],
    sig: 'Strata 9 7950K | X870 Aurum | 64GB 6400 CL32 | RX 9080 XT',
  },
];
const fCrumbs = ['Board index', 'Overclocking', 'CPU Overclocking'];
const fHtml = `<!DOCTYPE html><html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${fTitle} - Voltage Row Forums</title><link href="./styles/prosilver/theme/stylesheet.css?assets_version=41" rel="stylesheet">
<link rel="canonical" href="https://forum.voltagerow.example/viewtopic.php?t=20114"></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo"
class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Voltage Row Forums</h1><p>Overclocking, cooling and
hardware tuning since 2009</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset><input name="keywords"
id="keywords" type="search" title="Search for keywords" placeholder="Search…"></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">
<li id="quick-links" class="quick-links dropdown-container responsive-menu"><a href="#" class="dropdown-trigger"><span>Quick links</span></a></li>
<li data-skip-responsive="true"><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions" role="menuitem"><span>FAQ</span></a></li>
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login" title="Login" accesskey="x" role="menuitem"><span>Login</span></a></li>
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=register" role="menuitem"><span>Register</span></a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs"
itemscope itemtype="https://schema.org/BreadcrumbList">
${fCrumbs
  .map(
    (c, i) => `<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item"
href="./viewforum.php?f=${i}"><span itemprop="name">${c}</span></a></span>`,
  )
  .join('\n')}
</li></ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=20114">${fTitle}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=20114" class="button" title="Post a reply"><span>Post Reply</span></a>
<div class="pagination">3 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
${posts
  .map(
    (p, i) => `<div id="p${p.id}" class="post has-profile ${i % 2 === 0 ? 'bg2' : 'bg1'}"><div class="inner">
<dl class="postprofile" id="profile${p.id}"><dt class="has-profile-rank no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=${p.id % 977}"
class="username">${p.user}</a></dt><dd class="profile-rank">${p.rank}</dd><dd class="profile-posts"><strong>Posts:</strong> ${(p.id % 1000) + 12}</dd></dl>
<div class="postbody"><div id="post_content${p.id}"><h3${i === 0 ? ' class="first"' : ''}><a href="#p${p.id}">${i === 0 ? fTitle : `Re: ${fTitle}`}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${p.id}" title="Reply with quote"
class="button button-icon-only"><span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="#p${p.id}" title="Post"><span>Post</span></a><span class="responsive-hide">by <strong><a
href="./memberlist.php?u=${p.id % 977}" class="username">${p.user}</a></strong> » </span><time datetime="2026-11-21T21:14:00+00:00">${p.date}</time></p>
<div class="content">${p.ps.join('<br><br>\n')}</div>
${p.sig ? `<div id="sig${p.id}" class="signature">${p.sig}</div>` : ''}</div></div>
<div class="back2top"><a href="#top" class="top" title="Top">Top</a></div></div></div>
<hr class="divider">`,
  )
  .join('\n')}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=20114" class="button"><span>Post Reply</span></a></div>
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=2"
class="left-box arrow-left">Return to “CPU Overclocking”</a></p></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 4 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by
<a href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB Limited</span></p>
<p class="footer-row"><a class="footer-link" href="./ucp.php?mode=privacy"
title="Privacy"><span class="footer-link-text">Privacy</span></a> | <a class="footer-link" href="./ucp.php?mode=terms" title="Terms"><span
class="footer-link-text">Terms</span></a></p></div></div></div>
<div class="cookie-notice"><p>This board uses cookies to keep you logged in. <a href="/privacy">Learn more</a></p><a class="button">Got
it!</a></div></body></html>`;
const phpbb: TestPage = {
  name: 'heldout369-phpbb-overclocking-thread',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: posts.flatMap((p) => texts(p.ps)),
  bylines: [...new Set(posts.flatMap((p) => [p.user, p.date]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Voltage Row Forums', 'Overclocking, cooling and hardware tuning since 2009', 'Skip to content', 'Quick links', 'FAQ', 'Login', 'Register', ...fCrumbs,
    'Post Reply', '3 posts • Page 1 of 1', 'Member', 'Moderator', 'Posts:', `Re: ${fTitle}`, 'Quote', 'Post',
    'Strata 9 7950K | X870 Aurum | 64GB 6400 CL32 | RX 9080 XT', 'Top', 'Return to “CPU Overclocking”', 'Who is online',
    'Users browsing this forum: No registered users and 4 guests', 'Powered by phpBB® Forum Software © phpBB Limited', 'Privacy', 'Terms',
    'This board uses cookies to keep you logged in.', 'Learn more', 'Got it!',
  ],
};

export const HELDOUT369_C: readonly TestPage[] = [elementor, phpbb];
