import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout595-kit.js';

/**
 * Held-out batch 595, file c: a mooring how-to article on a Shopify store's blog (Dawn theme) with an announcement bar and a
 * newsletter footer, and a canal article on a MediaWiki waterways wiki (Vector 2022 skin) with an infobox and a lock table.
 */
const sTitle = 'How to moor up for the night';
const sBody = [
  j(
    'Finding a good mooring is one of the small pleasures of a canal holiday, and one of the things new crews find hardest. Here',
    'is how we do it, after thirty years of selling mooring kit and hiring boats from the yard at Otterbank.',
  ),
  'Choosing a spot',
  j(
    'Look for a straight stretch of bank with firm ground, well away from locks, bridges, junctions and winding holes. Signs on',
    'the towpath show visitor moorings, which usually allow 48 hours and may have rings or bollards.',
  ),
  j('Avoid mooring on the outside of a bend, where passing boats swing wide, and never moor on lock landings: they are for boats', 'waiting to use the lock.'),
  'Coming in to the bank',
  'Slow right down well before the spot you want, so you are barely moving.',
  'Steer the bow in at a shallow angle and let a crew member step off with the centre line.',
  'Bring the stern in with a little reverse, then put the engine in neutral.',
  'Tie the bow and stern lines to rings, bollards or mooring pins, angled away from the boat.',
  'Mooring pins',
  j(
    'Where there are no rings, hammer a pin in at each end, about a boat width from the edge and leaning away from the water.',
    'Mark them with a carrier bag or a strip of white tape so walkers and cyclists on the towpath can see them.',
  ),
  j(
    'On soft banks, pins can pull out when a fast boat goes past. Check your lines before bed, and if the bank has piling, use',
    'a pair of piling hooks instead.',
  ),
];
const sNav = ['Shop', 'Mooring & Ropes', 'Hire Boats', 'Blog', 'Contact'];
const sFoot = ['Search', 'Delivery', 'Refund policy', 'Privacy policy', 'Terms of service'];
const sHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://otterbankboats.example/blogs/news/how-to-moor-up">
<title>${sTitle} &ndash; Otterbank Boat Co.</title><meta name="description" content="Choosing a spot, coming in to the bank and using mooring pins.">
<meta property="og:site_name" content="Otterbank Boat Co."><meta property="og:type" content="article">
<script src="//otterbankboats.example/cdn/shop/t/7/assets/constants.js?v=58251544750838685771" defer="defer"></script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "otterbank-boats.myshopify.com";Shopify.locale = "en";Shopify.theme = {"name":"Dawn",
"id":1409};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sTitle}","author":{"@type":"Person",
"name":"Tom Haskett"},"datePublished":"2026-03-12"}</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem}</style>
<link href="//otterbankboats.example/cdn/shop/t/7/assets/base.css?v=127867003511" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £50</span></p></div></div></div></div>
<div id="shopify-section-sections--1__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"></summary>
<div id="menu-drawer" class="gradient menu-drawer motion-reduce color-scheme-1"><nav class="menu-drawer__navigation">
<ul class="menu-drawer__menu has-submenu list-menu" role="list">
${links(sNav, 'menu-drawer__menu-item')}</ul></nav></div></details></header-drawer>
<h1 class="header__heading"><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Otterbank Boat Co.</span></a></h1>
<nav class="header__inline-menu">
<ul class="list-menu list-menu--inline" role="list">${links(sNav, 'header__menu-item list-menu__item link link--text focus-inset')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search" aria-haspopup="dialog" aria-label="Search"></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--1__main" class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
<div class="article-template__hero-medium media">
<img srcset="//otterbankboats.example/cdn/shop/articles/mooring.jpg?v=1&width=750 750w"
src="//otterbankboats.example/cdn/shop/articles/mooring.jpg?v=1&width=1100" alt="A narrowboat on mooring pins" width="1100" height="733"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished">
<time datetime="2026-03-12T09:00:00Z">March 12, 2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author">by Tom Haskett</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--1__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden">Share</button><details id="Details-template--1__main"><summary class="share-button__button">Share</summary>
<div class="share-button__fallback motion-reduce"><div class="field">
<span id="ShareMessage-template--1__main" class="share-button__message hidden" role="status"></span>
<input type="text" class="field__input" id="ShareUrl-template--1__main" value="https://otterbankboats.example/blogs/news/how-to-moor-up"
onclick="this.select();" readonly>
<label class="field__label" for="ShareUrl-template--1__main">Link</label></div><button class="share-button__copy no-js-hidden">Copy link</button></div>
</details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
<p>${sBody[0]}</p>
<h2>${sBody[1]}</h2>${ps(sBody.slice(2, 4))}
<h2>${sBody[4]}</h2><ol>${lis(sBody.slice(5, 9))}</ol>
<h2>${sBody[9]}</h2>${ps(sBody.slice(10, 12))}
<p><strong>Shop the kit:</strong> <a href="/products/mooring-pins">galvanised mooring pins</a> and <a href="/products/piling-hooks">piling hooks</a>.</p>
</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/news" class="article-template__link link animate-arrow">Back to blog</a></div>
</article></section></main>
<footer class="footer color-scheme-1 gradient section-sections--1__footer-padding"><div class="footer__content-top page-width"><div class="footer-block-list">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2>
<ul class="footer-block__details-content list-unstyled">${links(sFoot)}</ul></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#contact_form" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field">
<input id="NewsletterForm--sections--1__footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--1__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__localization isolate">
<h2 class="caption-large text-body">Country/region</h2>
<button class="disclosure__button localization-form__select">United Kingdom | GBP £</button></div>
<div class="footer__payment"><span class="visually-hidden">Payment methods</span></div>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">Otterbank Boat Co.</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div>
</div></div></footer>
<script src="//otterbankboats.example/cdn/shop/t/7/assets/global.js?v=8493" defer="defer"></script></body></html>`;
const mooring: TestPage = {
  name: 'heldout595-shopify-mooring-howto',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sBody[1] ?? '', sBody[4] ?? '', sBody[9] ?? ''],
  body: [...sBody.filter((_, i) => ![1, 4, 9].includes(i)), 'Shop the kit: galvanised mooring pins and piling hooks.'],
  bylines: ['March 12, 2026', 'by Tom Haskett'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £50', ...sNav.filter((n) => n !== 'Shop'), 'Otterbank Boat Co.', 'Log in', 'Cart', 'Share', 'Link',
    'Copy link',
    'Back to blog', 'Quick links', ...sFoot, 'Subscribe to our emails', 'Email', 'Country/region', 'United Kingdom | GBP £', 'Payment methods',
    '© 2026, Otterbank Boat Co.', 'Powered by Shopify',
  ],
};

const wTitle = 'Tarrow Canal';
const wLead = j(
  'The <b>Tarrow Canal</b> is a narrow canal in Tarrowshire, England, running 31 miles (50 km) from <a href="/wiki/Fenley_Junction">Fenley',
  'Junction</a> to the River Ell at Ashwell. It has 44 locks, including the flight of sixteen at Corley, and one tunnel.<sup id="cite_ref-1"',
  'class="reference"><a href="#cite_note-1">[1]</a></sup>',
);
const wHist = [
  j(
    'The canal was authorised by an Act of Parliament in 1791 and opened in stages between 1794 and 1802, carrying coal south from',
    'the Hallam collieries and lime and grain north. Traffic fell away after the railway reached Ashwell in 1851.',
  ),
  j(
    'Commercial carrying ended in 1958, and the Corley flight was closed in 1961 after a lock wall collapsed. It was restored by',
    'volunteers of the Tarrow Canal Society and reopened in 1987.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>',
  ),
];
const wRoute = j(
  'From Fenley Junction the canal climbs through six locks to a short summit at Ashwell Top, then falls to the River Ell through',
  'the Corley flight. The locks are narrow, 72 ft by 7 ft, and boats longer than 70 ft cannot use the canal.',
);
const wLocks: readonly (readonly string[])[] = [
  ['1–6', 'Fenley Locks', '48 ft', 'Water point above lock 6'],
  ['7', 'Ashwell Top Lock', '8 ft', 'Start of the summit pound'],
  ['8–23', 'Corley Flight (the Sixteen)', '140 ft', 'Side ponds on locks 12–15'],
  ['24–44', 'Stanmere and Ell locks', '152 ft', 'Lock 44 is a river lock'],
];
const wRefs = [
  'Pickering, Alan (1974). <i>The Canals of Tarrowshire</i>. Ellesby: Wharfside Press. p. 88.',
  '"Corley flight reopens after 26 years". <i>Tarrow Gazette</i>. 14 May 1987.',
];
const wInfo: readonly (readonly [string, string])[] = [
  ['Length', '31 miles (50 km)'],
  ['Locks', '44'],
  ['Maximum boat length', '72 ft 0 in'],
  ['Status', 'Navigable'],
  ['Navigation authority', 'Tarrow Waterways Trust'],
];
const wCats = ['Canals in Tarrowshire', 'Narrow canals', 'Restored canals'];
const wFoot = ['Privacy policy', 'About Canalpedia', 'Disclaimers', 'Mobile view'];
const wH = (id: string, t: string): string =>
  `<div class="mw-heading mw-heading2"><h2 id="${id}">${t}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/w/index.php?title=Tarrow_Canal&amp;action=edit&amp;section=1" title="Edit section: ${t}"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const wHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled skin-theme-clientpref-day" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${wTitle} - Canalpedia</title>
<script>document.documentElement.className="client-js vector-feature-language-in-header-enabled";RLCONF={"wgPageName":"Tarrow_Canal","wgTitle":"Tarrow Canal",
"wgCurRevisionId":48211,"wgNamespaceNumber":0};RLSTATE={"skins.vector.styles":"ready"};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="canonical" href="https://canalpedia.example/wiki/Tarrow_Canal"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Tarrow_Canal rootpage-Tarrow_Canal
 skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--icon-only" aria-hidden="true">
<span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">Canalpedia</span></a></div>
<div class="vector-header-end">
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box">
<form action="/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
<div class="cdx-text-input cdx-text-input--has-start-icon">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Canalpedia" aria-label="Search Canalpedia" id="searchInput"></div>
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu"><ul class="vector-menu-content-list">
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:CreateAccount"><span>Create account</span></a>
</li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></div>
</nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header">
<div class="vector-pinnable-header-label">Contents</div>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a>
</li>
${['History', 'Route', 'References']
  .map(
    (h, i) => `<li id="toc-${h}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}
</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces">
<ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Tarrow_Canal"><span>Page</span></a></li>
<li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:Tarrow_Canal"><span>Discussion</span></a></li></ul></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><ul class="vector-menu-content-list">
<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Tarrow_Canal"><span>Read</span></a></li>
<li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Tarrow_Canal&amp;action=edit"><span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Tarrow_Canal&amp;action=history"><span>View history</span></a></li></ul>
</nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div class="vector-body-before-content">
<div id="siteSub" class="noprint">From Canalpedia, the waterways wiki</div></div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${wTitle}</th></tr>
${wInfo.map(([l, v]) => `<tr><th scope="row" class="infobox-label">${l}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
<p>${wLead}</p>
${wH('History', 'History')}
${ps(wHist)}
${wH('Route', 'Route')}
<p>${wRoute}</p>
<table class="wikitable"><tbody><tr><th>Locks</th><th>Name</th><th>Total rise</th><th>Notes</th></tr>
${wLocks.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
${wH('References', 'References')}
<div class="reflist"><div class="mw-references-wrap"><ol class="references">
${wRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b>
</span> <span class="reference-text"><cite class="citation book">${r}</cite></span></li>`,
  )
  .join('\n')}
</ol></div></div></div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>: <ul>
${links(wCats)}</ul></div></div></div></main></div></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 3 February 2026, at 14:12.</li>
<li id="footer-info-copyright">Content is available under <a href="/wiki/Canalpedia:Copyrights">Creative Commons Attribution-ShareAlike</a> unless otherwise
 noted.</li></ul>
<ul id="footer-places">${links(wFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/w/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const wiki: TestPage = {
  name: 'heldout595-mediawiki-canal',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: ['History', 'Route', 'References'],
  body: [...texts([wLead, ...wHist, wRoute]), ...wLocks.map((r) => r.join(' ')), ...texts(wRefs).map((r) => `^ ${r}`)],
  bylines: ['This page was last edited on 3 February 2026, at 14:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Canalpedia', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)', 'Page', 'Discussion', 'Read',
    'Edit', 'View history', 'From Canalpedia, the waterways wiki', ...wInfo.map(([l, v]) => `${l} ${v}`), '[edit]', 'Categories:', ...wCats,
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...wFoot,
  ],
};

export const HELDOUT595_C: readonly TestPage[] = [mooring, wiki];
