import { links, ps, type TestPage } from './page-kit.js';
import { finish, j, lis } from './pages-heldout583-kit.js';

/**
 * Held-out batch 583, file d: an encyclopedia article on the tremulant in a MediaWiki organ wiki (Vector 2022 skin, contents
 * box, edit links, categories), and a guitar repair shop's FAQ article on Shopify (Dawn theme, blog article template).
 */
const mTitle = 'Tremulant';
const mLead = [
  j(
    'A <b>tremulant</b> is a device in a pipe organ that makes the wind supply pulse, so that the pipes it feeds sound with a',
    'regular wavering of pitch and loudness. Most organs built since the seventeenth century have at least one, usually acting on',
    'the Swell division.',
  ),
];
const mSecs: [string, string[]][] = [
  [
    'Types',
    [
      j(
        'A <i>beating</i> tremulant has a hinged pallet inside the wind trunk that is pushed open by the wind and closed by a spring or',
        'weight, so that it flutters. A <i>valve</i> tremulant, common in organs from about 1900, uses a small bellows and a valve',
        'outside the wind trunk that lets out a puff of air at each beat.',
      ),
      'An electric fan tremulant, in which a rotating vane interrupts the wind, was used in some cinema organs.',
    ],
  ],
  [
    'Adjustment',
    [
      'The effect of a tremulant is set by two things:',
      'the <i>speed</i>, the number of beats a second, usually between five and seven',
      'the <i>depth</i>, how far the wind pressure drops at each beat',
      j(
        'Both are set by the builder and may be altered by a tuner. A tremulant that is too deep makes reed stops unstable, and one',
        'that is too fast sounds nervous.',
      ),
    ],
  ],
  [
    'Use',
    [
      j(
        'In French Baroque music the <i>tremblant doux</i> was used with flutes in slow movements, and the <i>tremblant fort</i> with',
        'the full reeds in a <i>Plein jeu</i>. In later music it is most often heard on the Vox Humana.',
      ),
    ],
  ],
];
const mAll = [...mLead, ...mSecs.flatMap(([, b]) => b)];
const mList = (mSecs[1]?.[1] ?? []).slice(1, 3);
const mSec = ([h, b]: [string, string[]]): string => `<div class="mw-heading mw-heading2"><h2 id="${h}">${h}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Tremulant&amp;action=edit&amp;section=1" title="Edit section: ${h}">edit</a>
<span class="mw-editsection-bracket">]</span></span></div>
${b.map((t) => (mList.includes(t) ? (t === mList[0] ? `<ul>${lis(mList)}</ul>` : '') : `<p>${t}\n</p>`)).join('\n')}`;
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>Tremulant - Organ Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Tremulant","wgTitle":"Tremulant","wgCurRevisionId":8841,"wgArticleId":312,"wgIsArticle":true,"wgAction":"view"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1">
<link rel="edit" title="Edit" href="/index.php?title=Tremulant&amp;action=edit"><link rel="canonical" href="https://organwiki.org/wiki/Tremulant"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Tremulant rootpage-Tremulant skin-vector-2022
action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label" aria-hidden="true">
<span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content">
<div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div class="vector-pinnable-header">
<div class="vector-pinnable-header-label">Main menu</div></div>
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mSide, 'mw-list-item')}</ul></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Organ Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box">
<form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
<input class="cdx-text-input__input" type="search" name="search"
placeholder="Search Organ Wiki" aria-label="Search Organ Wiki" id="searchInput"><button class="cdx-button cdx-search-input__end-button">Search</button></form>
</div>
<nav class="vector-user-links" aria-label="Personal tools">
<ul class="vector-menu-content-list">${links(['Create account', 'Log in'], 'user-links-collapsible-item mw-list-item')}
</ul></nav></div></header></div><div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"></div>
<div class="vector-sitenotice-container"><div id="siteNotice"><div id="localNotice" data-nosnippet>
<p>The wiki will be read-only on Saturday morning for an upgrade.</p>
</div></div></div><div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents"
class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container">
<div id="vector-toc" class="vector-toc
 vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1">
<a href="#" class="vector-toc-link">
<div class="vector-toc-text">(Top)</div></a></li>
${mSecs
  .map(
    ([h], i) => `<li id="toc-${h}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h}"><div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header><div class="vector-page-toolbar">
<div class="vector-page-toolbar-container">
<nav aria-label="Namespaces"><ul>${links(['Page', 'Discussion'], 'selected vector-tab-noicon mw-list-item')}</ul></nav><nav aria-label="Views"><ul>
${links(['Read', 'Edit', 'View history'], 'vector-tab-noicon mw-list-item')}</ul></nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div id="siteSub" class="noprint">From Organ Wiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Tremulant_valve.jpg" class="mw-file-description"><img src="/images/thumb/valve.jpg"
decoding="async" width="220" height="165" class="mw-file-element"></a><figcaption>A valve tremulant on the Swell wind trunk of a 1908 organ</figcaption>
</figure>
${ps(mLead)}
<meta property="mw:PageProp/toc">
${mSecs.map(mSec).join('\n')}
<!-- NewPP limit report Parsed by mw1 Cached time: 20250503142133 --></div><div class="printfooter" data-nosnippet="">Retrieved from
"<a dir="ltr" href="https://organwiki.org/index.php?title=Tremulant&amp;oldid=8841">https://organwiki.org/index.php?title=Tremulant&amp;oldid=8841</a>"</div>
</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Organ_mechanisms" title="Category:Organ mechanisms">Organ mechanisms</a></li>
<li><a href="/wiki/Category:Wind_systems" title="Category:Wind systems">Wind systems</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last
edited on 3 May 2025, at 14:21.</li>
<li id="footer-info-copyright">Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.</li></ul>
<ul id="footer-places">${links(['Privacy policy', 'About Organ Wiki', 'Disclaimers'])}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico">
<a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul>
</footer></div></div></div><div class="vector-settings" id="p-dock-bottom"><ul></ul></div>
<div id="p-tb" class="vector-menu mw-portlet mw-portlet-tb" hidden><div class="vector-menu-heading">Tools</div><ul>${links(mTools, 'mw-list-item')}</ul></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const mediawiki: TestPage = finish({
  name: 'heldout583-mediawiki-tremulant',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mSecs.map(([h]) => h),
  body: mAll.map((t) => t.replace(/<[^>]+>/g, '')),
  bylines: ['This page was last edited on 3 May 2025, at 14:21.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mSide, 'Organ Wiki', 'Search', 'Create account', 'Log in',
    'The wiki will be read-only on Saturday morning for an upgrade.', 'Contents', '(Top)', 'Page', 'Discussion', 'Read', 'Edit', 'View history',
    'From Organ Wiki', 'A valve tremulant on the Swell wind trunk of a 1908 organ', '[ edit ]',
    'Retrieved from "https://organwiki.org/index.php?title=Tremulant&oldid=8841"', 'Categories: Organ mechanisms Wind systems',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', 'Privacy policy', 'About Organ Wiki', 'Disclaimers',
  ],
});

const yTitle = 'Setup and Repair FAQ';
const yIntro = 'These are the questions we hear most at the counter. If yours is not here, send us a photo of the problem and we will reply within a day.';
const yFaq: [string, string][] = [
  [
    'What is included in a setup?',
    j(
      'A full setup covers a truss rod adjustment, string height at the saddle and nut, intonation, a fret level check, cleaning',
      'and conditioning of the fretboard, and new strings of your choice. It takes about ninety minutes of bench time.',
    ),
  ],
  [
    'How long will you keep my guitar?',
    j(
      'Setups are usually ready in three working days. Fret work and neck resets depend on the queue; we give you a date when you',
      'drop the instrument off and we call if it changes.',
    ),
  ],
  [
    'My acoustic has a crack in the top. Is it ruined?',
    j(
      'Almost never. Most top cracks come from dry air and can be closed, glued and cleated from inside. Keep the guitar in its',
      'case with a humidifier until you can bring it in, and do not tune it up to pitch.',
    ),
  ],
  [
    'Do you work on basses and mandolins?',
    'Yes: electric and acoustic basses, mandolins, ukuleles and banjos. We do not repair bowed instruments; ask us for a recommendation.',
  ],
];
const yNav = ['Shop', 'Repairs', 'Lessons', 'Workshop Blog', 'Contact'];
const yFoot = ['Refund policy', 'Privacy policy', 'Terms of service', 'Contact information'];
const yHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://sandellguitarworks.com/blogs/workshop/setup-and-repair-faq">
<title>Setup and Repair FAQ &ndash; Sandell Guitar Works</title><meta name="description" content="${yIntro}">
<meta property="og:site_name" content="Sandell Guitar Works"><meta property="og:type" content="article">
<script>window.shopUrl = 'https://sandellguitarworks.com';window.routes = {cart_add_url: '/cart/add',cart_url: '/cart'};</script>
<script src="//sandellguitarworks.com/cdn/shop/t/4/assets/constants.js?v=58251544750838685771700000000" defer="defer"></script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "sandell-guitar-works.myshopify.com";Shopify.theme = {"name":"Dawn","id":1402,"schema_name":"Dawn",
"schema_version":"13.0.1"};</script><link href="//sandellguitarworks.com/cdn/shop/t/4/assets/base.css?v=1" rel="stylesheet" type="text/css" media="all">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","articleBody":"${yIntro}","headline":"${yTitle}",
"author":{"@type":"Person","name":"Ivo Sandell"},"datePublished":"2025-03-12T09:00:00Z","publisher":{"@type":"Organization",
"name":"Sandell Guitar Works"}}</script>
</head><body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1
 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>Free setup check with every string change in April</span></p></div></div></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width
 header--has-menu header--has-account"><header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Sandell Guitar Works</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(yNav, '')}</ul></nav><div class="header__icons">
<details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link
 focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--main" class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
<div class="article-template__hero-medium
 media" itemprop="image">
<img srcset="//sandellguitarworks.com/cdn/shop/articles/bench.jpg?v=1&amp;width=750 750w" alt="Setup and Repair FAQ" width="1600" height="900"></div></div>
<header class="page-width page-width--narrow scroll-trigger animate--fade-in"><h1 class="article-template__title" itemprop="headline">${yTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished">
<time datetime="2025-03-12T09:00:00Z">March 12, 2025</time></span>
<span class="caption-with-letter-spacing" itemprop="author">By Ivo Sandell</span></header>
<div class="article-template__social-sharing page-width page-width--narrow scroll-trigger animate--slide-in"><share-button id="Share-template--main"
class="share-button quick-add-hidden"><button class="share-button__button hidden">Share</button><details id="Details-share-template--main"><summary
class="share-button__button">Share</summary><div class="share-button__fallback motion-reduce"><div class="field"><span id="ShareMessage-template--main"
class="share-button__message hidden" role="status"></span><input type="text" class="field__input" id="ShareUrl-template--main"
value="https://sandellguitarworks.com/blogs/workshop/setup-and-repair-faq" placeholder="Link" onclick="this.select();" readonly>
<label class="field__label" for="ShareUrl-template--main">Link</label></div></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte scroll-trigger animate--slide-in" itemprop="articleBody"><p>${yIntro}</p>
${yFaq.map(([q, a]) => `<h3>${q}</h3>\n<p>${a}</p>`).join('\n')}
<p><a href="/pages/contact" class="button">Book a repair</a></p></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/workshop" class="article-template__link link animate-arrow">
<span class="icon-wrap"></span>Back to blog</a></div></article></section></main>
<div id="shopify-section-sections--footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--footer-padding">
<div class="footer__content-top page-width"><div class="footer-block--newsletter scroll-trigger animate--slide-in"><div class="footer-block__newsletter">
<h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter
 newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--footer" type="email" name="contact[email]"
class="field__input" placeholder="Email" required><label class="field__label" for="NewsletterForm--sections--footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">
&copy; 2025, <a href="/" title="">Sandell Guitar Works</a></small><small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small><ul class="policies list-unstyled">${links(yFoot, '')}</ul></div></div>
</div>
</footer></div><script src="//sandellguitarworks.com/cdn/shop/t/4/assets/global.js?v=1" defer="defer"></script></body></html>`;
const shopify: TestPage = finish({
  name: 'heldout583-shopify-guitar-faq',
  kind: 'blog',
  html: yHtml,
  title: yTitle,
  headings: yFaq.map(([q]) => q),
  body: [yIntro, ...yFaq.map(([, a]) => a)],
  bylines: ['March 12, 2025', 'By Ivo Sandell'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free setup check with every string change in April', 'Sandell Guitar Works', ...yNav, 'Log in', 'Cart', 'Share', 'Link',
    'Book a repair', 'Back to blog', 'Subscribe to our emails', 'Email', '© 2025, Sandell Guitar Works', 'Powered by Shopify', ...yFoot,
  ],
});

export const HELDOUT583_D: readonly TestPage[] = [mediawiki, shopify];
