import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout640-kit.js';

/**
 * Held-out batch 640, file f: a kite shop's guide to kite line on WordPress with Elementor (Hello theme, Elementor header and
 * footer templates, a popup and an FAQ accordion), and a phpBB (prosilver) traction kite forum thread.
 */
const eTitle = 'Which kite line do I need?';
const eIntro = [
  j(
    'The line is the part of a kite set-up that people think about least, and the part that causes the most tangles, snaps and',
    'lost kites. Here is how we choose line for customers in the shop.',
  ),
];
const eH = ['Polyester, Dyneema or nylon?', 'How strong?', 'How long?', 'Frequently asked questions'];
const eMaterials = [
  '<strong>Braided polyester</strong>: cheap, soft on the hands and forgiving. The right choice for single-line kites.',
  '<strong>Dyneema (HMPE)</strong>: thin, light and hardly stretches, so stunt kites respond instantly. Costs more and cuts if it rubs.',
  '<strong>Nylon monofilament</strong>: avoid it. It stretches, kinks and is dangerous to wildlife if lost.',
];
const eStrength = [
  j(
    'As a rule of thumb, choose a line with a breaking strain of about three times the pull of the kite in the strongest wind you',
    'will fly it in. Small deltas need 30 to 50 lb, large single-line kites 100 to 200 lb, and two-line sport kites 90 to 150 lb',
    'a line.',
  ),
];
const eLength = [
  j(
    'For single-line kites, 30 to 60 metres is plenty on most beaches; longer line only gets you above the steadier wind if you have',
    'the space. Sport kites are normally flown on 20 to 30 metre lines, matched in length to within a few centimetres.',
  ),
];
const eFaq: [string, string][] = [
  ['Can I mix line brands on a two-line kite?', 'Better not: different lines stretch differently, and the kite will turn better one way.'],
  ['How do I stop line twisting?', 'Fit a ball-bearing swivel at the kite end and let the line out slowly the first time.'],
];
const eNav = ['Kites', 'Line & Handles', 'Workshop', 'Guides', 'Visit us'];
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} - Thermal Kite Co.</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="stylesheet" id="elementor-frontend-css" href="https://thermalkite.co/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.5"
media="all">
<link rel="stylesheet" id="elementor-post-1188-css" href="https://thermalkite.co/wp-content/uploads/elementor/css/post-1188.css?ver=1716" media="all">
<link rel="stylesheet" id="hello-elementor-css" href="https://thermalkite.co/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1" media="all">
<script type="application/ld+json" class="rank-math-schema">{"@context":"https://schema.org","@graph":[{"@type":"FAQPage","mainEntity":[{"@type":"Question",
"name":"${eFaq[0]?.[0] ?? ''}"}]},{"@type":"Article","headline":"${eTitle}","datePublished":"2026-09-04T11:20:00+01:00"}]}</script>
<script src="https://thermalkite.co/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-1188 elementor-default elementor-kit-6 elementor-page elementor-page-1188">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="24" class="elementor elementor-24 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-5a1 e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-element-b2c elementor-widget elementor-widget-heading" data-widget_type="heading.default">
<div class="elementor-widget-container">
<p class="elementor-heading-title elementor-size-default"><a href="https://thermalkite.co">Thermal Kite Co.</a></p></div></div>
<div class="elementor-element elementor-element-d3e elementor-nav-menu__align-end elementor-widget elementor-widget-nav-menu"
data-widget_type="nav-menu.default">
<div class="elementor-widget-container"><nav aria-label="Menu"
class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal">
<ul id="menu-1-d3e" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-taxonomy')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><span class="elementor-screen-only">Menu</span>
</div>
</div></div></div></div></div>
<div data-elementor-type="single-post" data-elementor-id="412" class="elementor elementor-412 elementor-location-single post-1188 post type-post">
<div class="elementor-element elementor-element-11a e-con-full e-flex e-con e-parent" data-element_type="container">
<div class="elementor-element elementor-element-22b elementor-widget elementor-widget-breadcrumbs" data-widget_type="breadcrumbs.default">
<div class="elementor-widget-container"><p id="breadcrumbs"><span><span><a href="https://thermalkite.co/">Home</a></span> » <span><a
href="https://thermalkite.co/guides/">Guides</a></span> » <span class="breadcrumb_last" aria-current="page">${eTitle}</span></span></p></div></div>
<div class="elementor-element elementor-element-33c elementor-widget elementor-widget-theme-post-title elementor-page-title elementor-widget-heading">
<div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1></div></div>
<div class="elementor-element elementor-element-44d elementor-widget elementor-widget-post-info" data-widget_type="post-info.default">
<div class="elementor-widget-container">
<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-a1 elementor-inline-item"
itemprop="author"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">By Rhiannon Teague</span></li>
<li class="elementor-icon-list-item elementor-repeater-item-a2 elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-text
elementor-post-info__item elementor-post-info__item--type-date"><time>4 September 2026</time></span></li></ul></div></div>
<div class="elementor-element elementor-element-55e elementor-widget elementor-widget-theme-post-content" data-widget_type="theme-post-content.default">
<div class="elementor-widget-container">
${ps(eIntro)}
<h2 class="wp-block-heading">${at(eH, 0)}</h2><ul class="wp-block-list">${lis(eMaterials)}</ul>
<h2 class="wp-block-heading">${at(eH, 1)}</h2>${ps(eStrength)}
<h2 class="wp-block-heading">${at(eH, 2)}</h2>${ps(eLength)}
</div></div>
<div class="elementor-element elementor-element-66f elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${at(eH, 3)}</h2></div></div>
<div class="elementor-element elementor-element-77a elementor-widget elementor-widget-accordion" data-widget_type="accordion.default">
<div class="elementor-widget-container">
<div class="elementor-accordion">${eFaq
  .map(
    ([q, a], i) => `<div class="elementor-accordion-item"><div id="elementor-tab-title-${i}" class="elementor-tab-title" data-tab="${i + 1}" role="button">
<a class="elementor-accordion-title" tabindex="0">${q}</a></div><div id="elementor-tab-content-${i}" class="elementor-tab-content elementor-clearfix"
data-tab="${i + 1}" role="region"><p>${a}</p></div></div>`,
  )
  .join('\n')}</div></div></div>
<div class="elementor-element elementor-element-88b elementor-share-buttons--view-icon elementor-widget elementor-widget-share-buttons">
<div class="elementor-widget-container">
<div class="elementor-grid"><div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_facebook" role="button" tabindex="0"
aria-label="Share on facebook"><span class="elementor-share-btn__icon"><span class="elementor-screen-only">Share on facebook</span></span></div></div></div>
</div></div>
</div></div>
<div data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer">
<div class="elementor-element e-con-boxed e-con e-parent">
<div class="e-con-inner"><div class="elementor-widget-text-editor"><div class="elementor-widget-container">
<p>Thermal Kite Co. · 4 Quay Row, Saltmouth · Open Tue to Sun,
10 till 5</p></div></div><div class="elementor-widget-text-editor"><div class="elementor-widget-container"><p>© 2026 Thermal Kite Co. All rights reserved.</p>
</div></div>
</div></div></div>
<div data-elementor-type="popup" data-elementor-id="902" class="elementor elementor-902 elementor-location-popup"
data-elementor-settings='{"timing":{"page_views":"yes"}}'>
<div class="elementor-widget-form"><div class="elementor-widget-container"><h3>10% off your first order</h3><p>Join our list for flying tips and shop news.</p>
<button type="submit" class="elementor-button">Sign me up</button></div></div></div>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.21.5"};</script></body></html>`;
const elementor: TestPage = {
  name: 'heldout640-elementor-kite-line',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: eH,
  body: texts([...eIntro, ...eMaterials, ...eStrength, ...eLength, ...eFaq.flat()]),
  bylines: ['By Rhiannon Teague', '4 September 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Thermal Kite Co.', ...texts(eNav).filter((n) => n !== 'Kites'), 'Menu', 'Home', 'Share on facebook',
    'Thermal Kite Co. · 4 Quay Row, Saltmouth · Open Tue to Sun, 10 till 5', '© 2026 Thermal Kite Co. All rights reserved.', '10% off your first order',
    'Join our list for flying tips and shop news.', 'Sign me up',
  ],
};

const bTitle = 'First session with a 3 m foil on the sand - too much kite?';
const bPosts: [string, string, string[]][] = [
  [
    'dunehopper',
    'Sat Aug 14, 2027 6:48 pm',
    [
      j(
        'Took my new 3 m foil to the beach at Penhallow this afternoon. Wind was a gusty 14 to 18 knots onshore. Got it up fine',
        'but every gust dragged me a couple of metres, and twice I ended up on my knees. Is that normal or did I buy too big?',
      ),
      'I weigh about 70 kg if that matters. Using the stock 25 m lines and handles.',
    ],
  ],
  [
    'ToraTraction',
    'Sat Aug 14, 2027 8:02 pm',
    [
      j(
        '3 m is a sensible first size for your weight, but 18 knots gusty onshore is a lot for a first session. Gusts are the',
        'problem, not the average. Next time try it at 8 to 12 knots and keep the kite at the edge of the window while you learn.',
      ),
      j(
        'Also make sure your brake lines are not set too short on the handles. If the kite never fully depowers when you pull the',
        'brakes, it will keep pulling you.',
      ),
    ],
  ],
  ['dunehopper', 'Sun Aug 15, 2027 9:15 am', ['Thanks, the brakes were definitely too short. Will wait for a lighter day and report back.']],
];
const bCrumbs = ['Board index', 'Traction Kiting', 'Beginners'];
const bFoot = ['Contact us', 'The team', 'Members', 'Delete cookies', 'All times are UTC'];
const bPostHtml = ([user, date, paras]: [string, string, string[]], i: number): string => `<div id="p${7710 + i}" class="post has-profile ${
  i % 2 === 0 ? 'bg2' : 'bg1'
}"><div class="inner"><dl class="postprofile" id="profile${7710 + i}"><dt class="has-profile-rank no-avatar"><div class="avatar-container"></div>
<a href="./memberlist.php?mode=viewprofile&amp;u=${120 + i}" class="username">${user}</a></dt><dd class="profile-rank">${
  user === 'ToraTraction' ? 'Moderator' : 'Member'
}</dd><dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=${120 + i}&amp;sr=posts">${user === 'ToraTraction' ? '2914' : '6'}</a>
</dd>
</dl><div class="postbody"><div id="post_content${7710 + i}"><h3${i === 0 ? ' class="first"' : ''}><a href="#p${7710 + i}">${
  i === 0 ? bTitle : `Re: ${bTitle}`
}</a></h3><ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${7710 + i}" title="Reply with quote" class="button button-icon-only">
<i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${7710 + i}#p${7710 + i}" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md"
aria-hidden="true"></i><span class="sr-only">Post</span></a><span class="responsive-hide">by <strong>
<a href="./memberlist.php?mode=viewprofile&amp;u=${120 + i}"
class="username">${user}</a></strong> &raquo; </span><time datetime="2027-08-14T18:48:00+00:00">${date}</time></p>
<div class="content">${paras.join('<br><br>')}</div></div></div><div class="back2top"><a href="#top" class="top" title="Top">
<i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i><span class="sr-only">Top</span></a></div></div></div>
<hr class="divider">`;
const bHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${bTitle} - Pull &amp; Glide Forum</title>
<link rel="canonical" href="https://forum.pullandglide.net/viewtopic.php?t=1904">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=42" rel="stylesheet">
<link href="./assets/css/font-awesome.min.css?assets_version=42" rel="stylesheet"></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo"
href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Pull &amp; Glide Forum</h1><p>Traction kites, buggies and landboards</p>
<p class="skiplink"><a href="#start_here">Skip to content</a></p></div><div id="search-box" class="search-box search-header" role="search">
<form action="./search.php" method="get" id="search"><fieldset><input name="keywords" id="keywords" type="search" title="Search for keywords"
class="inputbox search tiny" placeholder="Search…"><button class="button button-search" type="submit" title="Search"><i class="icon fa-search fa-fw"
aria-hidden="true"></i><span class="sr-only">Search</span></button></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar"><li id="quick-links"
class="quick-links dropdown-container responsive-menu"><a href="#" class="dropdown-trigger"><span>Quick links</span></a></li>
<li><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions" role="menuitem"><span>FAQ</span></a></li>
<li class="rightside"><a href="./ucp.php?mode=login" title="Login" accesskey="x" role="menuitem"><span>Login</span></a></li>
<li class="rightside"><a href="./ucp.php?mode=register" role="menuitem"><span>Register</span></a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">${bCrumbs
  .map((c) => `<li class="breadcrumbs"><span class="crumb"><a href="./index.php"><span>${c}</span></a></span></li>`)
  .join('')}</ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=1904">${bTitle}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=1904" class="button" title="Post a reply"><span>Post Reply</span></a>
<div class="pagination">${bPosts.length} posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>
${bPosts.map((p, i) => bPostHtml(p, i)).join('\n')}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=1904" class="button"><span>Post Reply</span></a></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 4 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner">
<ul id="nav-footer" class="nav-footer linklist">
${links(bFoot)}</ul></div></div><div class="copyright"><p class="footer-row">
<span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>®
Forum Software © phpBB Limited</span></p></div></div></div>
<script src="./assets/javascript/jquery-3.6.0.min.js?assets_version=42"></script></body></html>`;
const phpbb: TestPage = {
  name: 'heldout640-phpbb-foil-size',
  kind: 'forum',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: bPosts.flatMap((p) => p[2]),
  bylines: ['dunehopper', 'ToraTraction', ...bPosts.map((p) => p[1])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Pull & Glide Forum', 'Traction kites, buggies and landboards', 'Skip to content', 'Search', 'Quick links', 'FAQ', 'Login', 'Register', ...bCrumbs,
    'Post Reply', '3 posts • Page 1 of 1', 'Member', 'Moderator', 'Posts:', '2914', '6', `Re: ${bTitle}`, 'Quote', 'Post', 'Top', 'Who is online',
    'Users browsing this forum: No registered users and 4 guests', ...bFoot, 'Powered by phpBB® Forum Software © phpBB Limited',
  ],
};

export const HELDOUT640_F: readonly TestPage[] = [elementor, phpbb];
