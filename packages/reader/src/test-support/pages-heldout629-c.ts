import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, row } from './pages-heldout629-kit.js';

/**
 * Held-out batch 629, file c: an indie perfumer's essay on Ghost (Casper theme) with a members signup box and read-more
 * cards, and a soapmaking wiki article on MediaWiki (Vector 2022) with an infobox, a table of contents and a data table.
 */
const gTitle = 'Building a Rain Accord Without Calone';
const gDek = 'Notes from six months of trying to bottle the smell of a wet stone wall.';
const gBody = [
  j(
    'Every summer storm on the moor leaves the same smell behind: warm granite going dark, crushed bracken, and something faintly',
    'metallic that disappears as soon as the sun comes back. I wanted that in a bottle, and I wanted to make it without leaning on',
    'Calone, the melon-and-ozone molecule that made so many nineties fragrances smell like a sea breeze in a shopping centre.',
  ),
  'Starting from the stone',
  j(
    'The mineral part came first. A trace of geosmin, the compound that gives wet soil its smell, is astonishingly strong: I',
    'work with it at one part in a million and still have to be careful. On its own it smells like beetroot. Paired with a',
    'little cypriol and a dry vetiver, it began to smell like a path rather than a vegetable.',
  ),
  j(
    'For the metallic edge I tried aldehydes, which were too soapy, and then a tiny amount of violet leaf absolute, which was',
    'exactly the cold, green, slightly bloody note I was after.',
  ),
  'The greenery',
  j(
    'Bracken does not give up an essential oil, so the green had to be built. Galbanum gave bite, a touch of tomato leaf added',
    'sap, and clary sage rounded the corners. Too much of any of them and the accord became a salad.',
  ),
  '“The best rain accords are mostly about what happens after the rain, not the water itself.”',
  'Where it ended up',
  j(
    'Trial forty-one is the one I wear now. It is quiet, close to the skin and gone in about four hours, which feels right for',
    'something that is meant to smell like a passing shower. It will become the heart of our autumn release, Tor Weather.',
  ),
  'geosmin 1% solution: 0.4 parts',
  'violet leaf absolute 10%: 3 parts',
  'vetiver and cypriol base: 40 parts',
  'galbanum, tomato leaf and clary sage: 12 parts',
  j('If you try something similar, start with the geosmin far more diluted than you think you need. You can always add a drop;', 'you cannot take one away.'),
];
const gNav = ['Home', 'Fragrances', 'Studio Notes', 'Stockists', 'About'];
const gMore = ['The Trouble With Oakmoss', 'Why I Stopped Using Synthetic Musks (and Then Started Again)', 'A Week of Smelling Gorse'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8a1c2d3e4f">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://studio.torandthorn.example/rain-accord-without-calone/">
<meta property="og:site_name" content="Tor &amp; Thorn Studio Notes"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-09-21T08:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Tor & Thorn Studio Notes"},
"author":{"@type":"Person","name":"Wren Alderley"},"headline":"${gTitle}","datePublished":"2026-09-21T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://studio.torandthorn.example/"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:1.5em}</style></head>
<body class="post-template tag-studio-notes is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://studio.torandthorn.example">Tor &amp; Thorn Studio Notes</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24">
</svg></button>
<button class="gh-burger" aria-label="Main menu"></button></div><nav class="gh-head-menu"><ul class="nav">
${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}">
<a href="https://studio.torandthorn.example/${t === 'Home' ? '' : t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('\n')}
</ul></nav><div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-studio-notes ">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/studio-notes/">Studio Notes</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/wren/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2026/01/wren.jpg" alt="Wren Alderley"></a></li>
</ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/wren/">Wren Alderley</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-09-21">Sep 21, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/09/wall.jpg 300w, /content/images/size/w600/2026/09/wall.jpg 600w"
src="/content/images/size/w2000/2026/09/wall.jpg" alt="Wet granite wall">
<figcaption><span style="white-space: pre-wrap;">The wall at the top of the lane, ten minutes after a shower.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps([at(gBody, 0)])}<h2 id="starting-from-the-stone">${gBody[1]}</h2>${ps(gBody.slice(2, 4))}
<h2 id="the-greenery">${gBody[4]}</h2>${ps([at(gBody, 5)])}<blockquote class="kg-blockquote-alt">${gBody[6]}</blockquote>
<h2 id="where-it-ended-up">${gBody[7]}</h2>${ps([at(gBody, 8)])}<ul>${lis(gBody.slice(9, 13))}</ul>${ps([at(gBody, 13)])}
<div class="kg-card kg-cta-card kg-cta-bg-grey"><div class="kg-cta-content"><div class="kg-cta-text">
<p>Tor Weather launches on 1 November. Members get first access.</p></div>
<a href="#/portal/signup" class="kg-cta-button kg-style-accent">Become a member</a></div></div></section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="post-feed">
${gMore
  .map(
    (t, i) => `<article class="post-card post"><a class="post-card-image-link" href="/more-${i}/">
<img class="post-card-image" src="/content/images/2026/0${i + 1}/card.jpg" alt="${t}" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/more-${i}/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">Studio Notes</span></div>
<h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta">
<time class="post-card-meta-date" datetime="2026-0${i + 6}-10">${['Aug 10, 2026', 'Jul 10, 2026', 'Jun 10, 2026'][i]}</time>
<span class="post-card-meta-length">${3 + i} min read</span></footer></div></article>`,
  )
  .join('\n')}
</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://studio.torandthorn.example">Tor &amp; Thorn Studio Notes</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Privacy', 'Contact'])}</ul></nav><div class="gh-powered-by">
<a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__ui pswp__ui--hidden">
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div>
<script src="/assets/built/casper.js?v=8a1c2d3e4f"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout629-ghost-casper-rain-accord',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [at(gBody, 1), at(gBody, 4), at(gBody, 7)],
  body: texts([gDek, ...gBody.filter((_, i) => ![1, 4, 7].includes(i))]),
  bylines: ['Wren Alderley', 'Sep 21, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tor & Thorn Studio Notes', ...gNav, 'Sign in', 'Subscribe', '4 min read',
    'The wall at the top of the lane, ten minutes after a shower.', 'Tor Weather launches on 1 November. Members get first access.', 'Become a member',
    'Sign up for more like this.', 'Enter your email', ...gMore, 'Aug 10, 2026', 'Jul 10, 2026', 'Jun 10, 2026', '3 min read', '5 min read',
    'Tor & Thorn Studio Notes © 2026', 'Sign up', 'Privacy', 'Contact', 'Powered by Ghost',
  ],
};

const mTitle = 'Saponification value';
const mBody = [
  j(
    'The <b>saponification value</b> (<b>SAP value</b>) of an oil or fat is the amount of alkali needed to turn a given weight of it',
    'completely into soap. Soapmakers use it to work out how much <a href="/wiki/Sodium_hydroxide" title="Sodium hydroxide">sodium',
    'hydroxide</a> (for bar soap) or <a href="/wiki/Potassium_hydroxide" title="Potassium hydroxide">potassium hydroxide</a> (for liquid',
    'soap) a recipe needs.',
  ),
  j(
    'Laboratories report the value as milligrams of potassium hydroxide per gram of fat. Most soap calculators convert it to a',
    'simple ratio: grams of lye per gram of oil. The conversion from KOH to NaOH multiplies by 40.00 / 56.11, the ratio of the',
    'two molar masses.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
  ),
  'Typical values',
  j(
    'SAP values vary from batch to batch with the source, age and refining of an oil, so published figures are averages. The',
    'table gives the values used by most hobby calculators.',
  ),
  'Lye discount',
  j(
    'Because SAP values are approximate, soapmakers usually use less lye than the full amount, leaving a few per cent of the oils',
    'unsaponified. This <b>lye discount</b> or <b>superfat</b> is typically 5 to 8 per cent for bar soap and protects the skin',
    'against any excess of alkali. Liquid soap is often made with no discount and neutralised afterwards.',
  ),
  'Worked example',
  'A 1,000 g batch of 70 per cent olive oil and 30 per cent coconut oil needs:',
  'olive oil: 700 g × 0.134 = 93.8 g NaOH',
  'coconut oil: 300 g × 0.178 = 53.4 g NaOH',
  'total 147.2 g, or 139.8 g with a 5 per cent lye discount',
];
const mTable = [
  ['Olive oil', '190', '0.134'],
  ['Coconut oil', '257', '0.178'],
  ['Palm oil', '199', '0.141'],
  ['Shea butter', '180', '0.128'],
  ['Castor oil', '180', '0.128'],
];
const mRef = 'Harlan, P. (2019). The Chemistry of Handmade Soap. Fenwick Press. p. 41.';
const mSide = ['Main page', 'Recent changes', 'Random page', 'Recipes', 'Help'];
const mFoot = ['Privacy policy', 'About Soapmakers Wiki', 'Disclaimers', 'Mobile view'];
const mToc = (n: string, t: string): string =>
  `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${t.replace(/ /g, '_')}"><div class="vector-toc-text">
<span class="vector-toc-numb">${n}</span><span>${t}</span></div></a></li>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-page-tools-pinned-disabled" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Soapmakers Wiki</title>
<script>(function(){var className="client-js";document.documentElement.className=className;}());RLCONF={"wgPageName":"Saponification_value",
"wgTitle":"Saponification value","wgNamespaceNumber":0,"wgAction":"view"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1">
<link rel="canonical" href="https://wiki.soapmakers.example/wiki/Saponification_value"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Saponification_value
rootpage-Saponification_value skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label" aria-hidden="true">
<span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div class="vector-pinnable-header">
<div class="vector-pinnable-header-label">Main menu</div></div>
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">
${links(mSide, 'mw-list-item')}</ul></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Soapmakers Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail
vector-search-box">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search Soapmakers Wiki [f]"
accesskey="f"><span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a>
<form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Soapmakers Wiki" id="searchInput">
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><div class="vector-user-links-main"><ul class="vector-menu-content-list">
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:CreateAccount"><span>Create account</span></a>
</li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></div>
</nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-main-menu-container"></div>
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned">
<h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a>
</li>
${mToc('1', at(mBody, 2))}${mToc('2', at(mBody, 4))}${mToc('3', at(mBody, 6))}${mToc('4', 'References')}</ul></div></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body" role="main"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><nav aria-label="Namespaces"><ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item">
<a href="/wiki/Saponification_value" title="View the content page [c]" accesskey="c"><span>Page</span></a></li>
<li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:Saponification_value" rel="discussion"><span>Discussion</span></a></li></ul></nav>
<nav aria-label="Views"><ul class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item">
<a href="/wiki/Saponification_value"><span>Read</span></a></li>
<li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Saponification_value&amp;action=edit"><span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Saponification_value&amp;action=history"><span>View history</span></a>
</li></ul></nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container>
<div id="siteSub" class="noprint">From Soapmakers Wiki</div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content">
<div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">Saponification value</th></tr><tr>
<th scope="row" class="infobox-label">Also called</th><td class="infobox-data">SAP value, saponification number</td></tr>
<tr><th scope="row" class="infobox-label">Units</th><td class="infobox-data">mg KOH/g</td></tr><tr><th scope="row" class="infobox-label">Used in</th>
<td class="infobox-data">Lye calculation</td></tr></tbody></table>
${ps(mBody.slice(0, 2))}
<div class="mw-heading mw-heading2"><h2 id="Typical_values">${mBody[2]}</h2>
<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=Saponification_value&amp;action=edit&amp;section=1">edit</a><span class="mw-editsection-bracket">]</span></span></div>
${ps([at(mBody, 3)])}<table class="wikitable sortable"><tbody><tr><th>Oil</th><th>SAP (mg KOH/g)</th><th>NaOH per g oil</th></tr>
${mTable.map(row).join('\n')}</tbody></table>
<div class="mw-heading mw-heading2"><h2 id="Lye_discount">${mBody[4]}</h2>
<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=Saponification_value&amp;action=edit&amp;section=2">edit</a><span class="mw-editsection-bracket">]</span></span></div>
${ps([at(mBody, 5)])}
<div class="mw-heading mw-heading2"><h2 id="Worked_example">${mBody[6]}</h2>
<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=Saponification_value&amp;action=edit&amp;section=3">edit</a><span class="mw-editsection-bracket">]</span></span></div>
${ps([at(mBody, 7)])}<ul>${lis(mBody.slice(8))}</ul>
<div class="mw-heading mw-heading2"><h2 id="References">References</h2>
<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=Saponification_value&amp;action=edit&amp;section=4">edit</a><span class="mw-editsection-bracket">]</span></span></div>
<div class="reflist"><ol class="references"><li id="cite_note-1">
<span class="mw-cite-backlink"><b><a href="#cite_ref-1">^</a></b></span> <span class="reference-text">${mRef}</span></li></ol></div>
<div class="navbox" role="navigation"><table class="nowraplinks navbox-inner"><tbody><tr><th scope="col" class="navbox-title" colspan="2">Soap chemistry</th>
</tr>
<tr><td class="navbox-list"><div><ul>${links(['Trace', 'Superfat', 'Gel phase', 'Soda ash', 'Iodine value'])}</ul></div></td></tr></tbody></table></div>
<!-- NewPP limit report Parsed by mw1 CPU time usage: 0.041 seconds --></div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Soap_chemistry">Soap chemistry</a></li><li>
<a href="/wiki/Category:Lye_calculation">Lye calculation</a></li></ul></div></div>
</div></main></div></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 12 June 2026, at 18:04.</li>
<li id="footer-info-copyright">Content is available under <a href="/wiki/Soapmakers:Copyright">CC BY-SA 4.0</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":118});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout629-mediawiki-saponification-value',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [at(mBody, 2), at(mBody, 4), at(mBody, 6), 'References'],
  body: texts([...mBody.slice(0, 2), at(mBody, 3), ...mTable.flat(), at(mBody, 5), ...mBody.slice(7), mRef]),
  bylines: ['This page was last edited on 12 June 2026, at 18:04.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mSide, 'Soapmakers Wiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)',
    '1', '2', '3', '4', 'Page', 'Discussion', 'Read', 'Edit', 'View history', 'From Soapmakers Wiki', 'Also called', 'SAP value, saponification number',
    'Units', 'mg KOH/g', 'Used in', 'Lye calculation', 'edit', '^', 'Soap chemistry', 'Trace', 'Superfat', 'Gel phase', 'Soda ash', 'Iodine value',
    'Categories', 'Content is available under CC BY-SA 4.0 unless otherwise noted.', ...mFoot,
  ],
};

export const HELDOUT629_C: readonly TestPage[] = [ghost, mediawiki];
