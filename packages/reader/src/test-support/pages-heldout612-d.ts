import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis } from './pages-heldout612-kit.js';

/**
 * Held-out batch 612, file d: a short news post from a flooring fitter on a Wix site (Wix Blog post page with the Ricos viewer,
 * share icons, views and likes, recent posts), and a trade association's news article on Drupal 10 (Olivero theme).
 */
const xTitle = 'Our new flooring showroom opens on 12 January';
const xBody = [
  j(
    'After eleven years in the old unit behind the garden centre, Mossgate Floors is moving to a bigger showroom on Canal Street',
    'in Wellbridge, next door to the tile warehouse.',
  ),
  j(
    'The new space has room for full-size boards, so you can see a whole run of oak or LVT on the floor instead of a sample the',
    'size of a beer mat. There is free parking at the front and a children’s corner.',
  ),
  j(
    'We close the old showroom on 20 December. Fitting work carries on as normal over the move, and your quote and booking',
    'details stay the same. Come and see us from 9am on Monday 12 January.',
  ),
];
const xNav = ['Home', 'Carpets', 'LVT & Wood', 'Our Work', 'Blog', 'Contact'];
const xRecent = ['Carpet or LVT for stairs?', 'Five questions to ask before you book a fitter', 'Christmas opening hours'];
const xLabel = (t: string): string => `<p class="StylableHorizontalMenu3372578893__label wixui-horizontal-menu__item-label">${t.replace(/&/g, '&amp;')}</p>`;
const xPara = (t: string, id: string): string => `<div data-hook="rcv-block${id}"></div>
<p dir="auto" class="MMl86 _9ZOeL UF-Y0 public-DraftStyleDefault-block-depth0
public-DraftStyleDefault-text-ltr" id="viewer-${id}"><span class="RKKu2">${t}</span></p>`;
const xHtml = `<!DOCTYPE html>
<html lang="en" class="fontFaces"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>${xTitle}</title><meta name="description" content="After eleven years in the old unit...">
<link rel="canonical" href="https://www.mossgatefloors.co.uk/post/our-new-flooring-showroom-opens-on-12-january">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-12-02T10:41:17.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${xTitle}","datePublished":"2026-12-02T10:41:17.000Z",
"author":{"@type":"Person","name":"Ellis Marr"},"publisher":{"@type":"Organization","name":"Mossgate Floors"}}</script>
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["blog","headerFooterTags"],"site":{"metaSiteId":"4f8e2a1b"}}</script>
<style id="css_masterPage">#SITE_HEADER{z-index:50;--above-all-in-container:10000}#comp-lq2x8bm1{--shd:none}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="qhwIj ignore-focus" tabindex="-1" role="region"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">
<div id="SKIP_TO_CONTENT_BTN" class="LHrbPP"><button class="LHrbPP has-custom-focus" tabindex="0" role="button">Skip to Main Content</button></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
</div></div><div class="U4Bvut"><div id="comp-lq2x8bm1" class="comp-lq2x8bm1 wixui-rich-text" data-testid="richTextElement">
<p class="font_0 wixui-rich-text__text">
<a href="https://www.mossgatefloors.co.uk" target="_self" class="wixui-rich-text__text">MOSSGATE FLOORS</a></p></div>
<nav aria-label="Site" id="comp-lq2x9k3d" class="comp-lq2x9k3d wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu">
${xNav
  .map(
    (t) => `<li class="StylableHorizontalMenu3372578893__menuItem"><a data-testid="linkElement" href="/" class="StylableHorizontalMenu3372578893__root">
<div class="StylableHorizontalMenu3372578893__container">${xLabel(t)}</div></a></li>`,
  )
  .join('\n')}</ul></nav>
<div id="comp-lq2xb7pe" class="comp-lq2xb7pe wixui-button"><a data-testid="linkElement" href="/contact" class="uDW_Qe">
<span class="l7_2fn">Book a visit</span></a></div>
</div></header><main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="TPASection_lq2y1f0a" class="TPASection_lq2y1f0a"><div class="blog-post-page-font" data-hook="post-page"><article class="blog-post-page-font _6SyeS"
data-hook="post"><div class="post-header" data-hook="post-header"><div class="blog-post-metadata-font" data-hook="post-metadata">
<a href="/profile/ellismarr/profile" class="aV4Zf" data-hook="avatar-link"><img src="https://static.wixstatic.com/media/avatar.png" alt="Writer's picture"></a>
<span class="tQ0Q1A user-name" data-hook="user-name">Ellis Marr</span><ul class="post-metadata__list"><li><span class="post-metadata__date time-ago"
data-hook="time-ago" title="2 Dec 2026">2 Dec 2026</span></li><li><span class="post-metadata__readTime" data-hook="time-to-read">1 min read</span></li></ul>
</div></div><div class="blog-post-title-font blog-post-title-color"><h1 class="H3vOVf" data-hook="post-title">${xTitle}</h1></div>
<div data-hook="post-description" class="blog-post-description-font"><div class="post-content__body"><div data-id="content-viewer" class="rdu3J">
<div class="_4DUmJ">
${xBody.map((t, i) => xPara(t, `a${i}`)).join('\n')}</div></div></div></div>
<div class="post-footer" data-hook="post-footer"><div class="blog-post-page-font" data-hook="share-buttons">
<button aria-label="Share via Facebook" class="share-button">
</button><button aria-label="Share via X (Twitter)" class="share-button"></button><button aria-label="Share via LinkedIn" class="share-button"></button>
<button aria-label="Share via link" class="share-button"></button></div></div><div class="post-stats" data-hook="post-main-actions">
<span data-hook="views-counter">23 views</span><span data-hook="comment-counter">0 comments</span>
<button class="like-button" aria-label="Post not marked as liked" data-hook="like-button"><span data-hook="like-button-counter">4</span></button></div>
</article>
<section class="recent-posts" data-hook="recent-posts"><div class="_8nV6s"><h2 class="blog-post-title-font">Recent Posts</h2>
<a href="/blog" data-hook="see-all">See All
</a></div><div class="recent-posts__list">${xRecent
  .map(
    (t) => `<div class="post-list-item" data-hook="post-list-item"><a href="/post/x" class="O16KGI"><h3
class="post-title blog-post-title-font" data-hook="post-title">${t}</h3></a></div>`,
  )
  .join('')}</div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div id="comp-lq2xf1mq" class="wixui-rich-text">
<p class="font_8">Unit 3, Canal Street, Wellbridge WB4 7LN · 01632 960233</p><p class="font_8">© 2026 by Mossgate Floors. Powered and secured by
<a href="https://www.wix.com/?utm_campaign=vir_created_with" target="_blank">Wix</a></p></div></div></footer></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout612-wix-showroom-news',
  kind: 'news',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: xBody,
  bylines: ['Ellis Marr', '2 Dec 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'MOSSGATE FLOORS', ...xNav, 'Book a visit', '1 min read', '23 views', '0 comments', '4', 'Recent Posts',
    'See All', ...xRecent, 'Unit 3, Canal Street, Wellbridge WB4 7LN · 01632 960233', '© 2026 by Mossgate Floors. Powered and secured by Wix',
  ],
};

const oTitle = 'New code of practice tightens moisture testing before resilient floors are laid';
const oBody = [
  j(
    'The Flooring Contractors Association of the Northern Shires (FCANS) has published a revised code of practice that makes a',
    'recorded moisture test compulsory on every screed before vinyl, LVT, rubber or linoleum is laid by a member firm.',
  ),
  j(
    'Until now the code only recommended testing, and members told the association that main contractors often pressed them to',
    'lay on screeds that were "dry enough" to keep a programme on track. Of the 214 complaints handled by the FCANS dispute',
    'service last year, 61 involved adhesive failure or blistering that was later traced to damp bases.',
  ),
  'The main changes',
  'Every screed must be tested with a hygrometer hood or a drilled-hole probe, and the readings kept for six years.',
  'The maximum reading for resilient floors stays at 75% relative humidity, but a reading above 75% must now be reported in writing.',
  'Members must not lay on an untested screed even when instructed to, unless a surface damp proof membrane is specified.',
  'A new one-page test record sheet replaces the old checklist.',
  j(
    '"This is about protecting fitters as much as clients," said Harriet Leng, technical officer at FCANS. "When a floor fails',
    'eighteen months later, the firm that laid it is the first one blamed. A signed test record is the best defence our members',
    'have."',
  ),
  j(
    'The revised code applies to contracts signed from 1 March 2027. The association will run free evening briefings on the',
    'changes in Harrowgate Bridge, Lunsdale and Fennick through January and February, and an online version for members who',
    'cannot travel.',
  ),
  j(
    'Some main contractors have already welcomed the change. A spokesperson for one regional builder said a clear industry',
    'rule would make it easier to argue for realistic drying times when programmes are set.',
  ),
];
const oNav = ['Home', 'About FCANS', 'Find a member', 'Technical', 'Training', 'News'];
const oFoot = ['Contact', 'Privacy notice', 'Member login', 'Complaints'];
const oTags = ['Screeds', 'Codes of practice', 'Moisture testing'];
const oHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.fcans.org.uk/news/new-code-practice-moisture-testing">
<title>${oTitle} | FCANS</title><link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm8yH1k3.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/912","currentLanguage":"en"},
"ajaxTrustedUrl":{"\\/search\\/node":true}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial">
<button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">FCANS</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Main Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form"
id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"
class="search-form search-block-form"><div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or
phrase." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value=""
size="15" maxlength="128" class="form-search form-element--type-search">
</div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu"
role="navigation"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
${oNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/" class="primary-nav__menu-link
primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">${t}</span></a>
</li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--highlighted grid-full layout--pass--content-medium">
<div data-drupal-messages-fallback class="hidden messages-list"></div></div><div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list"><li class="breadcrumb__item">
<a href="/" class="breadcrumb__link">Home</a></li>
<li class="breadcrumb__item"><a href="/news" class="breadcrumb__link">News</a></li></ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${oTitle}</span></h1></div></div>
<main role="main" class="site-main"><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content">
<article data-history-node-id="912" class="node node--type-article node--promoted node--view-mode-full"><header class=""><div class="node__meta">
<span>By <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>FCANS news desk</span></span></span>,
<span class="field field--name-created field--type-created field--label-hidden"><time datetime="2026-11-24T12:00:00Z" class="datetime">24 November, 2026</time>
</span></div></header><div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item">
<img loading="lazy" src="/sites/default/files/styles/wide/public/2026-11/hood-test.jpg" width="1100" height="620" alt="A fitter reading a hygrometer"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">${ps(oBody.slice(0, 2))}
<h2>${oBody[2]}</h2><ul>${lis(oBody.slice(3, 7))}</ul>${ps(oBody.slice(7))}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__label">Tags</h3>
<ul class="links field__items">${links(oTags)}</ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2>
<p><a href="/user/login?destination=/comment/reply/node/912/comment">Log in</a> or <a href="/user/register">register</a> to post comments</p></section>
</div></article></div></div></div></main></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate" role="complementary"
class="block block-node block-node-syndicate-block"><div class="block__content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div>
</div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer">
<h2 class="visually-hidden block__title" id="block-olivero-footer-menu">Footer</h2><ul class="menu">${links(oFoot, 'menu__item')}</ul></nav></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-copyright" class="block"><p>© 2026 Flooring Contractors Association of the
Northern Shires. Registered charity no. 1180420.</p></div><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer><div class="overlay" data-drupal-selector="overlay"></div></div>
</div>
<script src="/sites/default/files/js/js_Ab3cD4eF.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout612-drupal-olivero-moisture-code',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: [oBody[2] ?? ''],
  body: oBody.filter((_, i) => i !== 2),
  bylines: ['By FCANS news desk', '24 November, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'FCANS', 'Main Menu', 'Search', 'Main navigation', ...oNav, 'Breadcrumb', 'Tags', ...oTags, 'Comments',
    'Log in or register to post comments', 'RSS feed', 'Footer', ...oFoot,
    '© 2026 Flooring Contractors Association of the Northern Shires. Registered charity no. 1180420.',
    'Powered by Drupal',
  ],
};

export const HELDOUT612_D: readonly TestPage[] = [wix, drupal].map(finish);
