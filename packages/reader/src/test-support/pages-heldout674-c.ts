import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout674-kit.js';

/**
 * Held-out batch 674, file c: a taxidermy wiki article on MediaWiki (Vector 2022) with an infobox, edit links and
 * references, and a cutlers' guild news post on Ghost (Casper) with a members sign-up box and read-more cards.
 */
const mTitle = 'Alum tanning';
const mRef = (n: number): string => `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">[</span>${n}<span
class="cite-bracket">]</span></a></sup>`;
const mBody = [
  j(
    `<b>Alum tanning</b> (also <b>tawing</b>) is a method of preserving skins with a solution of potassium alum and salt. It is one`,
    `of the oldest methods used in taxidermy and remains common for small mammals and for bird skins kept in study collections.${mRef(1)}`,
  ),
  'Process',
  j(
    'The fleshed skin is soaked for two to five days in a bath of about 450 g of alum and 200 g of salt to every 4 litres of water.',
    `It is then rinsed, drained and worked over a blunt edge while it dries, which breaks the fibres and keeps the skin soft.${mRef(2)}`,
  ),
  'Soak the skin in a salt brine for 24 hours.',
  'Flesh and thin the skin over a beam.',
  'Immerse in the alum bath, stirring twice a day.',
  'Rinse, apply a light neatsfoot oil and work the skin until dry.',
  'Drawbacks',
  j(
    'Alum is not a true tannage. A tawed skin will revert to rawhide if it gets wet, and the salt left in it draws moisture from',
    'damp air, so mounts kept in sheds or barns may sweat and slip their hair over time.',
  ),
  'References',
  'Harlow, P. (1998). <i>Small Mammal Preparation</i>. Dunmere Press. p. 41.',
  'Okafor, E. (2014). "Tawing revisited". <i>Journal of Collection Care</i> 12 (3): 77–84.',
];
const mSteps = mBody.slice(3, 7);
const mInfo = ['Type', 'Mineral tannage', 'Agents', 'Potassium alum, salt', 'Typical use', 'Small mammals, bird skins', 'Water resistance', 'Poor'];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTabs = ['Article', 'Talk', 'Read', 'Edit', 'View history'];
const mFoot = ['Privacy policy', 'About TaxiWiki', 'Disclaimers', 'Mobile view'];
const mEdit = (id: string, h: string): string => `<div class="mw-heading mw-heading2"><h2 id="${id}">${h}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Alum_tanning&amp;action=edit&amp;section=1" title="Edit section: ${h}">
<span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${mTitle} - TaxiWiki</title><script>(function(){var className="client-js";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Alum_tanning","wgTitle":"Alum tanning","wgNamespaceNumber":0,"wgAction":"view","wgIsArticle":true};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="edit" title="Edit" href="/index.php?title=Alum_tanning&amp;action=edit"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Alum_tanning skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label"><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-content"><ul
class="vector-menu-content-list">
${links(mSide, 'mw-list-item')}</ul></div></div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">
<strong class="mw-logo-wordmark">TaxiWiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform">
<input type="search" name="search" placeholder="Search TaxiWiki" aria-label="Search TaxiWiki" id="searchInput">
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-createaccount"><a
href="/index.php?title=Special:CreateAccount">Create account</a></li>
<li id="pt-login"><a href="/index.php?title=Special:UserLogin">Log in</a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header"><div
class="vector-pinnable-header-label">Contents</div></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item"><a href="#" class="vector-toc-link">
<div class="vector-toc-text">(Top)</div></a></li>${[1, 7, 9]
  .map(
    (i, n) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link"
href="#s${i}"><div class="vector-toc-text"><span class="vector-toc-numb">${n + 1}</span><span>${at(mBody, i)}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul>${links(mTabs.slice(0, 2), 'mw-list-item')}</ul></nav>
<nav aria-label="Views"><ul>${links(mTabs.slice(2), 'mw-list-item')}</ul></nav></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From TaxiWiki</div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr>
${[0, 2, 4, 6].map((i) => `<tr><th scope="row" class="infobox-label">${at(mInfo, i)}</th><td class="infobox-data">${at(mInfo, i + 1)}</td></tr>`).join('\n')}
</tbody></table>
${ps([at(mBody, 0)])}
<meta property="mw:PageProp/toc">
${mEdit('s1', at(mBody, 1))}${ps([at(mBody, 2)])}<ol>${lis(mSteps)}</ol>
${mEdit('s7', at(mBody, 7))}${ps([at(mBody, 8)])}
${mEdit('s9', at(mBody, 9))}<div class="mw-references-wrap"><ol class="references">
${[10, 11]
  .map(
    (i, n) => `<li id="cite_note-${n + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${n + 1}">^</a></b></span> <span
class="reference-text">${at(mBody, i)}</span></li>`,
  )
  .join('\n')}</ol></div>
<!-- NewPP limit report Parsed by mw1402 Cached time: 20260212091401 --></div></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="https://taxiwiki.org/index.php?title=Alum_tanning&amp;oldid=3318">
https://taxiwiki.org/index.php?title=Alum_tanning&amp;oldid=3318</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Skin_preparation">Skin preparation</a></li><li><a
href="/wiki/Category:Tanning">Tanning</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on
12 February 2026, at 09:14.</li><li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative
Commons Attribution-ShareAlike</a> unless otherwise noted.</li></ul><ul id="footer-places">${links(mFoot)}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg"
alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":131});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout674-mediawiki-alum-tanning',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [at(mBody, 1), at(mBody, 7), at(mBody, 9)],
  body: texts(mBody.filter((_, i) => ![1, 7, 9].includes(i))),
  bylines: ['This page was last edited on 12 February 2026, at 09:14.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', ...mSide, 'TaxiWiki', 'Search', 'Create account', 'Log in', 'Contents', '(Top)', ...mTabs, 'From TaxiWiki', ...mInfo,
    '^', 'Categories:', 'Skin preparation',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

const gTitle = 'Guild opens a shared grinding room on Foundry Lane';
const gDek = 'Members can book the belt grinders, the surface grinder and the buffing station by the half day from 4 May.';
const gBody = [
  j(
    'The Halvern Cutlers\u2019 Guild has signed a five-year lease on the ground floor of the old brass works on Foundry Lane and',
    'will open it as a shared grinding room next month. It is the first time in the guild\u2019s 70-year history that it has had',
    'a workshop of its own.',
  ),
  j(
    'The room holds three 2x72 belt grinders, a 150 mm surface grinder, a buffing station with extraction, and a small heat',
    'treatment corner with a programmable kiln. The equipment was bought with a grant from the Halvern Heritage Trust and',
    'gifts from members.',
  ),
  'Booking and safety',
  j(
    'Sessions run from 9 am to 1 pm and from 2 pm to 6 pm, Monday to Saturday, and cost £12 for members. New users must complete',
    'a two-hour induction with one of the volunteer wardens before their first booking.',
  ),
  j(
    '\u201cMost of our members grind in sheds and garages with no extraction at all,\u201d said the guild\u2019s chair, Ivo Brackley.',
    '\u201cThis is about their lungs as much as their knives.\u201d',
  ),
  'The room will be open to the public on the first Saturday of each month for demonstrations.',
];
const gNav = ['Home', 'News', 'Makers', 'Events', 'About'];
const gMore = ['Spring show: entries open for the apprentice class', 'Notes from the March sharpening clinic', 'Remembering Alma Stroud'];
const gMoreMeta = ['Mar 30, 2026', '2 min read', 'Mar 18, 2026', '4 min read', 'Feb 27, 2026', '5 min read'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://halverncutlers.org/assets/built/screen.css?v=5a1b2c">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://halverncutlers.org/guild-opens-a-shared-grinding-room/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-04-11T09:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Halvern Cutlers' Guild"},
"author":{"@type":"Person","name":"Nell Garrow"},"headline":"${gTitle}","datePublished":"2026-04-11T09:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js"
data-ghost="https://halverncutlers.org/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:40px}</style></head>
<body class="post-template tag-news has-sans-title has-sans-body"><div class="viewport">
<header id="gh-head" class="gh-head outer is-head-left-logo"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://halverncutlers.org">Halvern Cutlers' Guild</a><button class="gh-search gh-icon-btn" aria-label="Search this site"
data-ghost-search><svg></svg></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase()}"><a
href="/${t.toLowerCase()}/">${t}</a></li>`,
  )
  .join('')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-news ">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/news/">News</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/nell/" class="author-avatar" aria-label="Read more of Nell Garrow"><img class="author-profile-image" src="/content/images/nell.jpg"
alt="Nell Garrow"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/nell/">Nell Garrow</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-04-11">Apr 11, 2026</time><span class="byline-reading-time">
<span class="bull">&bull;</span> 3 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/grinding-room.jpg 600w" src="/content/images/grinding-room.jpg"
alt="Belt grinders lined up under the windows"><figcaption><span style="white-space: pre-wrap;">The new grinding room before opening day. Photo: Sam Keel</span>
</figcaption></figure></header>
<section class="gh-content gh-canvas">${ps([at(gBody, 0), at(gBody, 1)])}
<h2 id="booking-and-safety">${at(gBody, 2)}</h2>${ps([at(gBody, 3)])}<blockquote>${at(gBody, 4)}</blockquote>${ps([at(gBody, 5)])}</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="post-feed">${gMore
  .map(
    (t, i) => `<article class="post-card post">
<div class="post-card-content"><a class="post-card-content-link" href="/p${i}/"><header class="post-card-header"><div class="post-card-tags"></div>
<h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta"><time class="post-card-meta-date"
datetime="2026">${at(gMoreMeta, i * 2)}</time>
<span class="post-card-meta-length">${at(gMoreMeta, i * 2 + 1)}</span></footer></div></article>`,
  )
  .join('\n')}</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a
href="https://halverncutlers.org">Halvern Cutlers' Guild</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav><div class="gh-powered-by"><a
href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://halverncutlers.org/assets/built/casper.js?v=5a1b2c"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout674-ghost-grinding-room',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [at(gBody, 2)],
  body: [gDek, ...gBody.filter((_, i) => i !== 2)],
  bylines: ['Nell Garrow', 'Apr 11, 2026', '3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gNav.filter((t) => t !== 'News'), 'Sign in', 'Subscribe', 'News', 'The new grinding room before opening day. Photo: Sam Keel',
    'Sign up for more like this.', 'Enter your email', ...gMore, ...gMoreMeta, "Halvern Cutlers' Guild © 2026", 'Sign up', 'Powered by Ghost',
  ],
};

export const HELDOUT674_C: readonly TestPage[] = [mediawiki, ghost];
