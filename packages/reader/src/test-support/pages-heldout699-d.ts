import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout699-kit.js';

/**
 * Held-out batch 699, file d: an article on a beekeeping wiki run on MediaWiki (Vector 2022 skin) with an infobox and a
 * table, and a honey farm's newsletter post on Ghost (Casper theme).
 */
const mTitle = 'Oxalic acid treatment';
const mLead = j(
  '<b>Oxalic acid treatment</b> is a method of controlling the varroa mite in honey bee colonies by applying a weak solution',
  'of oxalic acid, either dribbled between the frames or vaporised inside the hive. It is usually given in midwinter, when',
  'the colony has little or no sealed brood.',
);
const mSecs: [string, string[]][] = [
  [
    'Methods',
    [
      j(
        'In the <a href="/wiki/Trickling" title="Trickling">trickle method</a> a syrup of oxalic acid dihydrate is dribbled onto the bees',
        'in each occupied seam. In <a href="/wiki/Sublimation" title="Sublimation">sublimation</a> the crystals are heated in a pan',
        'under the hive so that a vapour fills it.',
      ),
    ],
  ],
  [
    'Timing',
    [
      j(
        'Oxalic acid does not reach mites under brood cappings, so treatment works best in a broodless period. In temperate',
        'climates this is often late December or early January.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
      ),
    ],
  ],
  ['Doses', ['The doses below are those commonly given for a full-size colony in a single brood box.']],
];
const mRows = [
  ['Trickle', '3.5% solution', '5 ml per seam of bees'],
  ['Sublimation', 'dihydrate crystals', '2.25 g per brood box'],
];
const mInfo = ['Target', 'Varroa destructor', 'Type', 'Organic acid', 'Season', 'Winter'];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Permanent link', 'Page information'];
const mFoot = ['Privacy policy', 'About BeeWiki', 'Disclaimers'];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled" lang="en" dir="ltr"><head>
<meta charset="UTF-8"><title>Oxalic acid treatment - BeeWiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Oxalic_acid_treatment",
"wgTitle":"Oxalic acid treatment","wgCurRevisionId":20771,"wgArticleId":812};RLSTATE={"site.styles":"ready"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="canonical" href="https://beewiki.example.org/wiki/Oxalic_acid_treatment"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Oxalic_acid_treatment
rootpage-Oxalic_acid_treatment skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu">
<label class="vector-dropdown-label" aria-hidden="true">
<span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content">
<div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">
${links(mSide, 'mw-list-item')}</ul></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">BeeWiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform">
<div id="simpleSearch" class="cdx-search-input">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search BeeWiki" aria-label="Search BeeWiki"
id="searchInput"></div><button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet">
<ul class="vector-menu-content-list">
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:CreateAccount">
<span>Create account</span></a></li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul>
</div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="mw-content-container"><main id="content" class="mw-body">
<header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading">
<span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces">
<div id="p-associated-pages" class="vector-menu vector-menu-tabs">
<ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Oxalic_acid_treatment">Page</a></li>
<li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:Oxalic_acid_treatment">Discussion</a></li></ul></div></nav></div>
<div id="right-navigation"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs"><ul class="vector-menu-content-list">
<li id="ca-view" class="selected mw-list-item"><a href="/wiki/Oxalic_acid_treatment"><span>Read</span></a></li><li id="ca-viewsource" class="mw-list-item">
<a href="/index.php?title=Oxalic_acid_treatment&amp;action=edit"><span>View source</span></a></li><li id="ca-history" class="mw-list-item">
<a href="/index.php?title=Oxalic_acid_treatment&amp;action=history"><span>View history</span></a></li></ul></div></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div class="vector-dropdown-content"><div id="p-tb" class="vector-menu mw-portlet">
<div class="vector-menu-heading">Tools</div>
<ul class="vector-menu-content-list">${links(mTools, 'mw-list-item')}</ul></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div class="vector-body-before-content">
<div id="siteSub" class="noprint">From BeeWiki</div></div>
<div id="contentSub"></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr>
${[0, 2, 4]
  .map(
    (i) => `<tr><th scope="row" class="infobox-label">${mInfo[i]}</th>
<td class="infobox-data">${mInfo[i + 1]}</td></tr>`,
  )
  .join('\n')}</tbody></table>
<p>${mLead}</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><div class="toctitle" lang="en" dir="ltr">
<h2 id="mw-toc-heading">Contents</h2></div>
<ul>${mSecs
  .map(
    ([h], i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${h}">
<span class="tocnumber">${i + 1}</span> <span class="toctext">${h}</span></a></li>`,
  )
  .join('')}
<li class="toclevel-1"><a href="#References"><span class="tocnumber">4</span> <span class="toctext">References</span></a></li></ul></div>
${mSecs
  .map(
    ([h, p]) => `<div class="mw-heading mw-heading2"><h2 id="${h}">${h}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Oxalic_acid_treatment&amp;action=edit&amp;section=1" title="Edit section: ${h}"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>
${ps(p)}`,
  )
  .join('\n')}
<table class="wikitable"><tbody><tr><th>Method</th><th>Form</th><th>Dose</th></tr>
${mRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<div class="mw-heading mw-heading2"><h2 id="References">References</h2></div><div class="mw-references-wrap"><ol class="references">
<li id="cite_note-1"><span class="mw-cite-backlink"><a href="#cite_ref-1">↑</a>
</span> <span class="reference-text">Harwick, P. (2019). <i>Winter Varroa Control</i>. Fenbridge Press.</span></li>
</ol></div></div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Varroa">Varroa</a></li><li><a href="/wiki/Category:Treatments">Treatments</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 9 January 2027, at 18:22.</li>
<li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":143});});</script></body></html>`;
const mediawiki: TestPage = gold({
  name: 'heldout699-mediawiki-oxalic',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mSecs.map(([h]) => h),
  body: texts([mLead, ...mSecs.flatMap(([, p]) => p), ...mRows.map((r) => r.join(' '))]),
  bylines: ['This page was last edited on 9 January 2027, at 18:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mSide, 'BeeWiki', 'Search', 'Create account', 'Log in', 'Page', 'Discussion', 'Read', 'View source',
    'View history', 'Tools', ...mTools, 'From BeeWiki', ...mInfo, 'Contents',
    '1 Methods', '2 Timing', '3 Doses', '4 References', 'edit', '[1]', 'References', '↑',
    'Harwick, P. (2019). Winter Varroa Control. Fenbridge Press.', 'Categories:', 'Varroa', 'Treatments',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.',
    ...mFoot,
  ],
});

const gTitle = 'The lime flow came early this year';
const gDek = 'Notes from the apiary, July 2027: a short, heavy flow, a queen lost and a new honey on the shelf.';
const gBody = [
  j(
    'The lime trees along Stannard Avenue came into flower on 24 June, nearly two weeks earlier than last year. For ten days the',
    'hives were humming at dusk and the scale hive put on more than three kilos a day.',
  ),
  j(
    'Then the heat broke, the rain came, and the flow stopped as suddenly as it started. We took off 280 kilos from the home',
    'apiary, about what we got in the whole of July last year.',
  ),
  'In the apiary',
  j(
    'Hive 7, our quietest colony, turned out to be queenless when we went through it on the 2nd. We united it with Hive 9 using',
    'the newspaper method, and by the weekend the two had settled down as one.',
  ),
  'On the shelf',
  j(
    'Our first Lime Blossom Honey of the year is jarred and in the shop from Saturday. It is pale, almost green in the light, with',
    'a minty finish. Supporters on the Hive Share plan will get a jar in their August box.',
  ),
  '“Best thing I have put on a crumpet all year,” wrote one Hive Share member. We will take that.',
];
const gNav = ['Home', 'Shop', 'Hive Share', 'About'];
const gMore = ['The June gap, and how we feed through it', 'Rearing queens on a small scale'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>The lime flow came early this year</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=a1b2c3"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://news.stannardbees.com/the-lime-flow-came-early/"><meta property="og:type" content="article">
<meta property="article:published_time" content="2027-07-08T07:30:00.000Z"><meta name="generator" content="Ghost 5.82">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Stannard Street Bees"},
"author":{"@type":"Person","name":"Priya Lammas"},"headline":"${gTitle}","datePublished":"2027-07-08T07:30:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://news.stannardbees.com/"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{display:flex;}</style></head>
<body class="post-template is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo" href="https://news.stannardbees.com">Stannard Street Bees</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg></svg></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}">
<a href="/${t.toLowerCase()}/">${t}</a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-apiary-notes">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/apiary-notes/">Apiary Notes</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item">
<a href="/author/priya/" class="author-avatar">
<img class="author-profile-image" src="/content/images/size/w100/2026/01/priya.jpg" alt="Priya Lammas"></a></li></ul><div class="article-byline-meta">
<h4 class="author-name"><a href="/author/priya/">Priya Lammas</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-07-08">Jul 8, 2027</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span></div></div></section></div>
<figure class="article-image"><img src="/content/images/2027/07/lime.jpg" alt="Lime blossom"><figcaption>Lime blossom on Stannard Avenue</figcaption>
</figure></header>
<section class="gh-content gh-canvas">
${ps(gBody.slice(0, 2))}<h2 id="in-the-apiary">${gBody[2]}</h2>${ps([gBody[3] ?? ''])}
<h2 id="on-the-shelf">${gBody[4]}</h2>${ps([gBody[5] ?? ''])}<blockquote>${gBody[6]}</blockquote>
<div class="kg-card kg-button-card kg-align-center"><a href="/shop/lime-blossom/" class="kg-btn kg-btn-accent">Order Lime Blossom Honey</a></div>
</section></article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMore
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="/x/">
<img class="post-card-image" src="/content/images/x.jpg" alt="${t}"></a><div class="post-card-content"><a class="post-card-content-link" href="/x/">
<header class="post-card-header">
<h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta"><span class="post-card-meta-length">4 min read</span></footer></div>
</article>`,
  )
  .join('\n')}
</div></aside></main></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://news.stannardbees.com">Stannard Street Bees</a> &copy; 2027</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sitemap"><a href="/sitemap.xml">Sitemap</a></li><li class="nav-privacy">
<a href="/privacy/">Privacy</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=a1b2c3"></script></body></html>`;
const ghost: TestPage = gold({
  name: 'heldout699-ghost-newsletter',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gBody[2] ?? '', gBody[4] ?? ''],
  body: texts([gDek, ...gBody.filter((_, i) => i !== 2 && i !== 4)]),
  bylines: ['Priya Lammas', 'Jul 8, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Stannard Street Bees', ...gNav, 'Sign in', 'Subscribe', 'Apiary Notes', '•', '3 min read', 'Lime blossom on Stannard Avenue', 'Order Lime Blossom Honey',
    'Sign up for more like this.', 'Enter your email', ...gMore, '4 min read', 'Stannard Street Bees © 2027', 'Sitemap', 'Privacy', 'Powered by Ghost',
  ],
});

export const HELDOUT699_D: readonly TestPage[] = [mediawiki, ghost];
