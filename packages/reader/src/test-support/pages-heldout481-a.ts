import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, rows, rowTexts } from './pages-heldout481-kit.js';

/**
 * Held-out batch 481, file a: an HOA pool notice on WordPress (Astra theme) with a sidebar and comments, and a tenants'
 * association's meeting minutes on Drupal 10 (Olivero theme) with a treasurer's table.
 */
const pTitle = 'Pool Opening Weekend and 2026 Pool Pass Renewal';
const pBody = [
  j(
    'The Maple Hollow community pool opens for the season on <strong>Saturday, May 23</strong>, at 10:00 a.m. Lifeguards will be on',
    'duty from 10:00 a.m. to 8:00 p.m. every day through Labor Day.',
  ),
  j(
    'All residents must renew their pool passes before using the pool this year. The old blue key fobs were retired in April and',
    'will no longer open the gate. New passes are free for homeowners in good standing and are picked up in person at the clubhouse.',
  ),
  'Pass pickup hours',
  'Tuesday, May 12, 5:00 p.m. to 8:00 p.m.',
  'Thursday, May 14, 5:00 p.m. to 8:00 p.m.',
  'Saturday, May 16, 9:00 a.m. to noon',
  j(
    'Please bring a photo ID and a recent utility bill showing your Maple Hollow address. Tenants need a copy of their lease and a',
    'signed authorization from the owner. Each household may register up to six people.',
  ),
  'A few reminders',
  'Children under 14 must be accompanied by an adult at all times.',
  'Glass containers are not allowed on the pool deck.',
  'Guests are limited to four per household and must be signed in at the gate.',
  j(
    'The baby pool will stay closed for the first two weeks while the contractor finishes replacing the tile. We will post on the',
    'community board as soon as it is ready.',
  ),
  'See you at the pool!',
];
const pNav = ['Home', 'About', 'Documents', 'Amenities', 'Architectural Requests', 'Contact the Board'];
const pRecent = ['Spring Yard Waste Pickup Dates', 'Annual Meeting Results', 'Reminder: Trash Cans Out of Sight', 'Entrance Landscaping Update'];
const pCats = ['Amenities', 'Board News', 'Events', 'Maintenance'];
const pComments: readonly (readonly [string, string, string])[] = [
  ['Debra K.', 'May 4, 2026 at 7:12 pm', 'Will there be a pickup time after work on Saturday too? We work weekends.'],
  ['Maple Hollow HOA', 'May 4, 2026 at 9:40 pm', 'Debra, you can also email the office and we will arrange a time for you.'],
];
const comment = (
  [who, when, text]: readonly [string, string, string],
  i: number,
): string => `<li class="comment even thread-even depth-1" id="li-comment-${31 + i}">
<article id="comment-${31 + i}" class="ast-comment"><div class="ast-comment-info"><div class="ast-comment-avatar-wrap"><img alt="" src="/avatar.png"
class="avatar"></div>
<div class="ast-comment-data-wrap"><header class="ast-comment-meta ast-row ast-comment-author"><div class="ast-comment-cite-wrap"><cite><b
class="fn">${who}</b></cite></div>
<div class="ast-comment-time"><span class="timendate"><a href="#comment-${31 + i}"><time
datetime="2026-05-04">${when}</time></a></span></div></header></div></div>
<section class="ast-comment-content comment"><p>${text}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></section></article></li>`;
const pHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pTitle} &#8211; Maple Hollow Homeowners Association</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="astra-theme-css-css" href="https://maplehollowhoa.org/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4"
media="all">
<style id="astra-theme-css-inline-css">.ast-separate-container .ast-article-single{padding:3em 6.67em}.site-title{font-size:26px}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting",
"headline":"${pTitle}","datePublished":"2026-05-03T18:22:10+00:00","author":{"@type":"Person","name":"HOA Office"}}]}</script>
<script src="https://maplehollowhoa.org/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body itemtype="https://schema.org/Blog" itemscope
class="post-template-default single single-post postid-412 single-format-standard ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline" id="masthead" itemscope
itemtype="https://schema.org/WPHeader">
<div id="ast-desktop-header"><div class="ast-main-header-wrap main-header-bar-wrap"><div
class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="site-header-primary-section-left">
<div class="ast-site-identity"><div class="ast-site-title-wrap"><span class="site-title"><a href="https://maplehollowhoa.org/"
rel="home">Maple Hollow Homeowners Association</a></span>
<p class="site-description">A community of 312 homes in Cedar Falls</p></div></div></div>
<div class="site-header-primary-section-right"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item"
id="primary-site-navigation-desktop" aria-label="Site Navigation">
<div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">
${links(pNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-412 post type-post status-publish format-standard hentry category-amenities ast-article-single" id="post-412"
itemtype="https://schema.org/CreativeWork" itemscope>
<div class="ast-post-format- single-layout-1"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${pTitle}</h1>
<div class="entry-meta"><span class="posted-on"><span class="published" itemprop="datePublished">May 3, 2026</span></span> / By <span
class="posted-by vcard author" itemprop="author">
<a class="url fn n" href="https://maplehollowhoa.org/author/office/" rel="author"><span class="author-name">HOA Office</span></a></span></div></header>
<div class="entry-content clear" itemprop="text">
${ps(pBody.slice(0, 2))}
<h3 class="wp-block-heading">${pBody[2]}</h3><ul class="wp-block-list">${lis(pBody.slice(3, 6))}</ul>
${ps([pBody[6] ?? ''])}
<h3 class="wp-block-heading">${pBody[7]}</h3><ul class="wp-block-list">${lis(pBody.slice(8, 11))}</ul>
${ps(pBody.slice(11, 13))}
<p class="has-text-align-right"><em>Maple Hollow HOA Board of Directors</em></p>
<div class="wp-block-file"><a href="/wp-content/uploads/2026/05/pool-rules-2026.pdf">Pool Rules 2026 (PDF)</a>
<a href="/wp-content/uploads/2026/05/pool-rules-2026.pdf" class="wp-block-file__button wp-element-button" download>Download</a></div>
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/spring-yard-waste-pickup-dates/" rel="prev"><span class="ast-left-arrow">&larr;</span> Previous Post</a></div>
<div class="nav-next"><a href="/entrance-landscaping-update/" rel="next">Next Post <span class="ast-right-arrow">&rarr;</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3
class="comments-title">2 thoughts on &ldquo;${pTitle}&rdquo;</h3></div>
<ol class="ast-comment-list">${pComments.map(comment).join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p
class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<textarea id="comment" name="comment" placeholder="Type here.."></textarea><p class="form-submit"><input name="submit" type="submit" id="submit"
class="submit" value="Post Comment &raquo;"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://maplehollowhoa.org/"><label>
<span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(pRecent)}</ul></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(pCats, 'cat-item')}</ul></aside>
<aside id="text-3" class="widget widget_text"><h2 class="widget-title">HOA Office</h2><div class="textwidget"><p>1400 Hollow Creek Dr., Cedar Falls</p>
<p>Open Tue &amp; Thu, 4&ndash;7 p.m.</p></div></aside></div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope><div
class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item">
<div class="ast-builder-grid-row-container-inner"><div class="site-footer-below-section-1 site-footer-section"><div class="ast-footer-copyright">
<p>Copyright &copy; 2026 Maple Hollow Homeowners Association | Powered by Astra WordPress Theme</p></div></div></div></div></footer></div>
<script id="astra-theme-js-js-extra">var astra={"break_point":"921","isRtl":"","is_scroll_to_id":"","revealEffectEnable":""};</script>
<script src="https://maplehollowhoa.org/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body></html>`;
const astraPool: TestPage = {
  name: 'heldout481-astra-hoa-pool-notice',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: at(pBody, 2, 7),
  body: texts(pBody.filter((_, i) => i !== 2 && i !== 7)),
  bylines: ['May 3, 2026', 'HOA Office', 'Maple Hollow HOA Board of Directors', ...pComments.flatMap(([w, d]) => [w, d])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Maple Hollow Homeowners Association', 'A community of 312 homes in Cedar Falls', ...pNav,
    'Pool Rules 2026 (PDF)', 'Download', 'Post navigation', '← Previous Post', 'Next Post →', `2 thoughts on “${pTitle}”`,
    ...pComments.map(([, , t]) => t), 'Reply', 'Leave a Comment', 'Your email address will not be published. Required fields are marked *',
    'Search for:', 'Recent Posts', ...pRecent, 'Categories', 'Board News', 'Events', 'Maintenance', '1400 Hollow Creek Dr., Cedar Falls',
    'Open Tue & Thu, 4–7 p.m.', 'Copyright © 2026 Maple Hollow Homeowners Association | Powered by Astra WordPress Theme',
  ],
};

const mTitle = 'Minutes of the General Membership Meeting, March 12, 2026';
const mBody = [
  j(
    'The meeting was held in the community room of 220 Larkin Street. Forty-one members were present, more than the quorum of',
    'twenty-five required by the bylaws. Spanish interpretation was provided by Rosa Aldana.',
  ),
  'Call to order',
  'Chair Tomasz Weir called the meeting to order at 7:04 p.m. The minutes of the February 12 meeting were approved as circulated.',
  'Treasurer\u2019s report',
  j(
    'Treasurer Amira Yusuf reported the balances below. Dues collection is at 78 percent of members, up from 71 percent in January.',
    'The report was accepted without objection.',
  ),
  'Repairs campaign',
  j(
    'The repairs committee has logged 63 open work orders across the three buildings, 19 of them older than 90 days. Most concern',
    'heat, leaks under kitchen sinks and the broken intercom at 224 Larkin.',
  ),
  j(
    'Members agreed to deliver the list to the management company in person on March 26 and to ask for a written repair schedule',
    'within 14 days. Eleven members signed up to attend.',
  ),
  j(
    'Motion: That the association request a meeting with the building owner if no schedule is received by April 9. Moved by D. Osei,',
    'seconded by L. Park. Carried, 38 in favor, 0 against, 3 abstaining.',
  ),
  'Laundry room hours',
  j(
    'Several members raised the new 9 p.m. closing time of the laundry room. The chair will ask management to restore the 11 p.m. closing',
    'and report back at the April meeting.',
  ),
  'Announcements',
  'Know-your-rights workshop with the Eastside Legal Clinic, Saturday, March 21, 2 p.m., community room.',
  'The spring potluck is moved to May 2 because of the Easter holiday.',
  'Adjournment',
  'The meeting was adjourned at 8:41 p.m. The next general meeting is Thursday, April 9, at 7 p.m.',
];
const mTable = [
  ['Opening balance, February 1', '$4,212.50'],
  ['Dues received', '$1,340.00'],
  ['Printing and flyers', '-$186.25'],
  ['Interpretation', '-$150.00'],
  ['Closing balance, February 28', '$5,216.25'],
];
const mNav = ['Home', 'About Us', 'Meetings', 'Know Your Rights', 'Join'];
const mTags = ['Minutes', 'General meeting'];
const mHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://larkintenants.org/node/88">
<title>${mTitle} | Larkin Street Tenants Association</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_oLivEr0.css?delta=1&amp;language=en&amp;theme=olivero">
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/88"},"user":{"uid":0}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" aria-pressed="false">
<span class="visually-hidden">Sticky header</span></button></div><div id="site-header__inner" class="site-header__inner">
<div class="container site-header__inner__container"><div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block">
<div class="site-branding__inner"><div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home"
rel="home">Larkin Street Tenants Association</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons"><button class="button-nav mobile-nav-button"
aria-controls="header-nav" aria-expanded="false">
<span class="button-nav__text">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav"><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu"
class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(mNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container"><div
class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol
class="breadcrumb__list">${links(['Home', 'Meetings'], 'breadcrumb__item')}</ol></nav></div></div>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${mTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content"
class="block block-system block-system-main-block">
<article data-history-node-id="88" class="node node--type-article node--promoted node--view-mode-full"><header class="">
<div class="node__meta"><span><span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>jnakamura</span></span></span>
<span class="node__author-date">, <span class="field field--name-created field--type-created field--label-hidden"><time
datetime="2026-03-15T19:03:11-07:00">15 March, 2026</time></span></span></div></header>
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps([mBody[0] ?? ''])}
<h2>${mBody[1]}</h2>${ps([mBody[2] ?? ''])}
<h2>${mBody[3]}</h2>${ps([mBody[4] ?? ''])}
<table><thead><tr><th>Item</th><th>Amount</th></tr></thead><tbody>${rows(mTable)}</tbody></table>
<h2>${mBody[5]}</h2>${ps(mBody.slice(6, 8))}<p><strong>${mBody[8]}</strong></p>
<h2>${mBody[9]}</h2>${ps([mBody[10] ?? ''])}
<h2>${mBody[11]}</h2><ul>${lis(mBody.slice(12, 14))}</ul>
<h2>${mBody[14]}</h2>${ps([mBody[15] ?? ''])}
<p><em>Submitted by June Nakamura, Recording Secretary</em></p></div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__label">Tags</h3>
<ul class="links field__items">${links(mTags, 'field__item')}</ul></div></div></article></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate"
class="block block-node block-node-syndicate-block">
<a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<div id="block-olivero-footer-text" class="block block-block-content"><div
class="text-content field field--name-body"><p>Meetings are held the second Thursday of every month.
All tenants of 220, 224 and 230 Larkin Street are welcome.</p></div></div></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/themes/olivero/js/navigation.js?v=10.2.4"></script></body></html>`;
const oliveroMinutes: TestPage = {
  name: 'heldout481-olivero-tenants-minutes',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: at(mBody, 1, 3, 5, 9, 11, 14),
  body: texts([
    ...mBody.slice(0, 1),
    mBody[2] ?? '',
    mBody[4] ?? '',
    ...rowTexts(mTable),
    ...mBody.slice(6, 9),
    mBody[10] ?? '',
    ...mBody.slice(12, 14),
    mBody[15] ?? '',
  ]),
  bylines: ['jnakamura', '15 March, 2026', 'Submitted by June Nakamura, Recording Secretary'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Larkin Street Tenants Association', 'Menu', ...mNav, 'Tags', 'General meeting', 'RSS feed',
    'Meetings are held the second Thursday of every month. All tenants of 220, 224 and 230 Larkin Street are welcome.', 'Powered by Drupal',
  ],
};

export const HELDOUT481_A: readonly TestPage[] = [astraPool, oliveroMinutes];
