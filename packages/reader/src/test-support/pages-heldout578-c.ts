import { links, plain, type TestPage } from './page-kit.js';
import { type Block, gold, j, render } from './pages-heldout578-kit.js';

/**
 * Held-out batch 578, file c: a local news article on chimney fires on Newspack (WordPress, Jetpack sharing and related posts,
 * author bio, comments), and a wiki article on flue liners on MediaWiki (Vector 2022 skin, infobox, references, categories).
 */
const nTitle = 'Chimney fires up by a third as more homes light wood burners, fire service warns';
const nDek = 'Crews attended 212 chimney fires last winter, most in flues that had not been swept for over a year.';
const nBlocks: Block[] = [
  j(
    'Firefighters in the Wendle Valley were called to 212 chimney fires between October and March, up from 158 the winter before,',
    'according to figures released by Wendle and Marsh Fire and Rescue Service on Tuesday.',
  ),
  j(
    'The service said the rise followed a jump in the number of homes using wood burning stoves to cut heating bills, and that in',
    'nearly four out of five cases the chimney had not been swept in the previous twelve months.',
  ),
  {
    q: j(
      '“A chimney fire can reach over a thousand degrees and crack the brickwork, and from there it can get into the roof space,” said',
      'station manager Priya Okonedo. “A sweep costs less than a tank of fuel. Please book one before you light up this autumn.”',
    ),
  },
  j(
    'The figures show that the villages of Cottersby and Haldon Moor had the highest rate, with one call for every 140 homes.',
    'Both have a large number of older cottages where stoves have been fitted into original chimneys.',
  ),
  j(
    'Local sweep Danny Fairhurst, who has worked in the valley for 22 years, said his diary for September was already full.',
    '“People leave it until the first cold night, then everyone rings at once,” he said.',
  ),
  { h: 'How to reduce the risk' },
  {
    ul: [
      'Have your chimney swept at least once a year, and twice if you burn wood regularly.',
      'Burn only dry, seasoned wood with a moisture content below 20 per cent.',
      'Fit a carbon monoxide alarm and a smoke alarm, and test them monthly.',
      'Never leave a fire burning overnight with the air controls shut down.',
    ],
  },
  j(
    'The service offers free home fire safety visits to people over 65 and to anyone who lives alone. They can be booked online or',
    'by calling the non-emergency number.',
  ),
];
const nNav = ['News', 'Sport', 'Business', 'Opinion', 'Community', 'Obituaries', 'Events'];
const nRel = [
  'Bonfire night: council confirms four public displays',
  'Haldon Moor post office to reopen after flood repairs',
  'Fire station open day draws record crowd',
];
const nFoot = ['About us', 'Contact', 'Advertise', 'Corrections', 'Privacy Policy'];
const nHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Chimney fires up by a third as more homes light wood burners, fire service warns – The Wendle Valley Post</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-09-15T06:30:00+00:00">
<meta property="article:author" content="https://wendlevalleypost.example/author/lmarsh/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}",
"datePublished":"2026-09-15T06:30:00+00:00","author":[{"@type":"Person","name":"Lucy Marsh"}]}</script>
<link rel="stylesheet" id="newspack-style-css" href="https://wendlevalleypost.example/wp-content/themes/newspack-theme/style.css?ver=2.1.0" media="all">
<style id="newspack-theme-colors">.cat-links a{color:#c02b0a}</style>
<script id="newspack-ads-js-extra">var newspack_ads_disable_lazy_load = false;</script></head>
<body class="post-template-default single single-post postid-18342 single-format-standard wp-embed-responsive singular has-featured-image
single-featured-image-default h-nsub h-db h-ll h-dh has-sidebar">
<aside id="mobile-sidebar-fallback" class="mobile-sidebar"><button class="mobile-menu-toggle"><span>Close</span></button></aside>
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header id="masthead" class="site-header hide-header-search"><div class="top-header-contain desktop-only"><div class="wrapper">
<div class="secondary-menu"><nav class="secondary-menu">
<ul id="menu-top" class="secondary-menu">${links(['Subscribe', 'Newsletters', 'Donate'], 'menu-item')}</ul></nav></div>
</div></div><div class="middle-header-contain"><div class="wrapper"><div class="site-branding"><p class="site-title">
<a href="/" rel="home">The Wendle Valley Post</a></p>
<p class="site-description">Independent news for the Wendle Valley</p></div>
<div class="header-search-contain"><button id="search-toggle"><span class="screen-reader-text">Open Search</span></button>
<div id="header-search" class="header-search-wrapper"><form role="search" method="get" class="search-form" action="/"><label for="search-form-1">
<span class="screen-reader-text">Search for:</span></label><input type="search" id="search-form-1" class="search-field" placeholder="Search …" name="s">
<button type="submit" class="search-submit"><span class="screen-reader-text">Search</span></button></form></div></div></div></div>
<div class="bottom-header-contain desktop-only"><div class="wrapper"><nav class="main-navigation nav1 dd-menu" aria-label="Top Menu">
<ul id="menu-primary" class="main-menu">${links(nNav, 'menu-item menu-item-type-taxonomy')}</ul></nav></div></div></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-18342" class="post-18342 post type-post status-publish format-standard has-post-thumbnail hentry category-local-news entry">
<header class="entry-header"><span class="cat-links"><span class="screen-reader-text">Posted in</span>
<a href="/category/local-news/" rel="category tag">Local News</a></span>
<h1 class="entry-title">${nTitle}</h1><div class="newspack-post-subtitle">${nDek}</div>
<div class="entry-subhead"><div class="entry-meta"><span class="author-avatar"><img alt="" src="/wp-content/uploads/2024/01/lmarsh-80x80.jpg" class="avatar">
</span>
<span class="byline"><span>by</span> <span class="author vcard"><a class="url fn n" href="/author/lmarsh/">Lucy Marsh</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2026-09-15T06:30:00+00:00">September 15, 2026</time>
<time class="updated" datetime="2026-09-15T11:02:00+00:00">Updated 11:02 a.m. BST</time></span></div>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul>
<li class="share-facebook"><a class="share-facebook sd-button share-icon no-text" href="?share=facebook"><span></span><span class="sharing-screen-reader-text">
Click to share on Facebook (Opens in new window)</span></a></li><li class="share-email">
<a class="share-email sd-button share-icon no-text" href="?share=email"><span></span>
<span class="sharing-screen-reader-text">Click to email a link to a friend (Opens in new window)</span></a></li></ul></div></div></div></div></header>
<figure class="post-thumbnail">
<img width="1200" height="800" src="/wp-content/uploads/2026/09/chimney-fire.jpg" class="attachment-newspack-featured-image" alt="">
<figcaption><span class="image-caption">Firefighters at a chimney fire in Cottersby last February.</span>
<span class="image-credit">Photo: Wendle and Marsh FRS</span></figcaption>
</figure>
<div class="entry-content">
${render(nBlocks, { h: 'wp-block-heading' })}
<div class="wp-block-newspack-blocks-donate"><div class="wpbnbd">
<p class="wpbnbd__intro">Local journalism needs your support. Become a member from £4 a month.</p>
<a class="wp-block-button__link" href="/donate">Support the Post</a></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<div class="jp-relatedposts-items jp-relatedposts-items-visual">${nRel
  .map(
    (t) => `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title">
<a class="jp-relatedposts-post-a" href="/2026/09/${t.length}/">${t}</a></h4></div>`,
  )
  .join('\n')}</div></div>
</div>
<footer class="entry-footer"><span class="tags-links"><span>Tagged:</span><a href="/tag/fire-service/" rel="tag">fire service</a>
<a href="/tag/home-safety/" rel="tag">home safety</a></span></footer>
<div class="author-bio"><div class="author-bio-text"><div class="author-bio-header"><h2 class="accent-header">Lucy Marsh</h2></div>
<p>Lucy Marsh covers health and emergency services for the Post. She lives in Haldon Moor.</p>
<a class="author-link" href="/author/lmarsh/">More by Lucy Marsh</a></div></div>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published.
Required fields are marked <span class="required">*</span></p><p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment">
</textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</article></main></div></div>
<footer id="colophon" class="site-footer"><div class="footer-branding"><div class="wrapper"><p class="site-title">The Wendle Valley Post</p></div></div>
<div class="site-info"><div class="wrapper site-info-contain"><span class="copyright">© 2026 The Wendle Valley Post.</span>
<a class="imprint" href="https://newspack.com/">Proudly powered by Newspack by Automattic</a>
<nav class="footer-menu"><ul>${links(nFoot, 'menu-item')}</ul></nav></div></div></footer></div>
<script src="https://wendlevalleypost.example/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js"></script></body></html>`;
const newspack: TestPage = {
  name: 'heldout578-newspack-chimney-fires',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: gold(nBlocks).headings,
  body: [nDek, ...gold(nBlocks).body],
  bylines: ['by', 'Lucy Marsh', 'September 15, 2026', 'Updated 11:02 a.m. BST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Close', 'Skip to content', 'Subscribe', 'Newsletters', 'Donate', 'The Wendle Valley Post', 'Independent news for the Wendle Valley',
    'Open Search', 'Search for:', 'Search', ...nNav, 'Posted in', 'Local News', 'Share this:', 'Click to share on Facebook (Opens in new window)',
    'Click to email a link to a friend (Opens in new window)', 'Firefighters at a chimney fire in Cottersby last February.', 'Photo: Wendle and Marsh FRS',
    'Local journalism needs your support. Become a member from £4 a month.', 'Support the Post', 'Related', ...nRel, 'Tagged:', 'fire service',
    'home safety', 'Lucy Marsh covers health and emergency services for the Post. She lives in Haldon Moor.', 'More by Lucy Marsh', 'Leave a Reply',
    'Your email address will not be published. Required fields are marked *', 'Comment', '© 2026 The Wendle Valley Post.',
    'Proudly powered by Newspack by Automattic', ...nFoot,
  ].map(plain),
};

const ref = (n: number): string => `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}">[${n}]</a></sup>`;
const edit =
  '<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?action=edit">edit</a>' +
  '<span class="mw-editsection-bracket">]</span></span>';
const mBlocks: Block[] = [
  j(
    'A <b>flue liner</b> is a tube fitted inside a chimney to carry combustion gases from an appliance to the outside air. Liners protect the masonry',
    `from acidic condensate, reduce the cross-section of an oversized flue so that it draws properly,`,
    `and seal cracks through which smoke could escape.${ref(1)}`,
  ),
  { h: 'Types' },
  j(
    '<b>Flexible stainless steel liners</b> are the most common choice when a <a href="/wiki/Wood-burning_stove">stove</a> is fitted into an existing chimney.',
    'They are made of two interlocking skins of 316 or 904 grade steel and can follow the bends of an old flue.',
  ),
  j(
    '<b>Pumice and clay liners</b> are rigid sections built into a new chimney or lowered into an old one after it has been opened up.',
    `They last longer than steel but are more disruptive to install.${ref(2)}`,
  ),
  j('<b>Cast-in-situ liners</b> are formed by pouring a lightweight concrete around an inflatable former that is later removed.'),
  { h: 'Sizing' },
  j(
    'The internal diameter of the liner should be no smaller than the flue outlet of the appliance. Most stoves up to 5 kW use a 125 mm liner;',
    'larger stoves and multi-fuel appliances burning coal usually need 150 mm.',
  ),
  { h: 'Lifespan' },
  j(
    'A good quality 904 grade liner can last more than 20 years with wood. Burning wet wood or petroleum coke shortens it considerably, because',
    'condensate and sulphur compounds corrode the inner skin.',
  ),
  { h: 'See also' },
  {
    ul: [
      '<a href="/wiki/Register_plate">Register plate</a>',
      '<a href="/wiki/Chimney_cowl">Chimney cowl</a>',
      '<a href="/wiki/Twin-wall_flue">Twin-wall flue</a>',
    ],
  },
];
const mRefs = [
  'Stove Fitters’ Handbook, 4th ed., Kessington Trade Press, 2019, p. 88.',
  'Marlow, E. “Rigid liners in old chimneys”, <i>Hearth Journal</i> 12 (2021).',
];
const mBody = mBlocks
  .map((b) =>
    typeof b === 'object' && 'h' in b ? `<div class="mw-heading mw-heading2"><h2 id="${b.h.replace(/ /g, '_')}">${b.h}</h2>${edit}</div>` : render([b]),
  )
  .join('\n');
const mTools = ['Page', 'Discussion', 'Read', 'Edit', 'View history'];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help'];
const mFoot = ['Privacy policy', 'About StoveWiki', 'Disclaimers'];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-toc-available skin-theme-clientpref-day" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>Flue liner - StoveWiki</title>
<script>document.documentElement.className="client-js vector-toc-available";RLCONF={"wgCanonicalNamespace":"","wgPageName":"Flue_liner",
"wgTitle":"Flue liner","wgCurRevisionId":4410,"wgArticleId":318,"wgIsArticle":true,"wgAction":"view"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="edit" title="Edit" href="/index.php?title=Flue_liner&amp;action=edit"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt
ns-0 ns-subject page-Flue_liner rootpage-Flue_liner skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown">
<label class="vector-dropdown-label" aria-hidden="true"><span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content">
<div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">
${links(mSide, 'mw-list-item')}</ul></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">StoveWiki</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform">
<input type="search" name="search" placeholder="Search StoveWiki" aria-label="Search StoveWiki" accesskey="f" id="searchInput">
<input class="searchButton" type="submit" name="go" title="Go to a page with this exact name if it exists" value="Go"></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul>${links(['Create account', 'Log in'], 'mw-list-item')}</ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-hide-button">hide</button></div>
<ul id="mw-panel-toc-list" class="vector-toc-contents">
<li id="toc-mw-content-text" class="vector-toc-list-item"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${['Types', 'Sizing', 'Lifespan', 'See also', 'References']
  .map(
    (t, i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${t}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${t}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">Flue liner</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container">
<nav aria-label="Namespaces"><ul>${links(mTools.slice(0, 2), 'mw-list-item')}</ul></nav>
<nav aria-label="Views"><ul>${links(mTools.slice(2), 'mw-list-item')}</ul></nav></div></div>
<div id="bodyContent" class="vector-body"><div class="vector-body-before-content"><div id="siteSub" class="noprint">From StoveWiki</div></div>
<div id="contentSub"></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">Flue liner</th></tr>
<tr><th class="infobox-label">Materials</th><td class="infobox-data">Stainless steel, pumice, clay</td></tr>
<tr><th class="infobox-label">Common diameters</th><td class="infobox-data">125–200 mm</td></tr>
<tr><th class="infobox-label">Typical life</th><td class="infobox-data">10–25 years</td></tr></tbody></table>
${mBody}
<div class="mw-heading mw-heading2"><h2 id="References">References</h2>${edit}</div>
<div class="mw-references-wrap"><ol class="references">${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">↑</a>
</span> <span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div>
<!-- NewPP limit report Parsed by mw-web CPU time usage: 0.041 seconds -->
</div><noscript><img src="/Special:CentralAutoLogin/start?type=1x1" alt="" width="1" height="1"></noscript>
<div class="printfooter">Retrieved from "<a dir="ltr"
href="https://stovewiki.example/index.php?title=Flue_liner&amp;oldid=4410">https://stovewiki.example/index.php?title=Flue_liner&amp;oldid=4410</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface">
<div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories">Categories</a>: <ul>
${links(['Chimneys', 'Stove installation'])}</ul></div></div></div></main></div></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 12 October 2026, at 09:14.</li>
<li id="footer-info-copyright">Content is available under <a
href="/wiki/StoveWiki:Copyrights">Creative Commons Attribution-ShareAlike</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul></footer></div></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout578-mediawiki-flue-liner',
  kind: 'wiki',
  html: mHtml,
  title: 'Flue liner',
  headings: [...gold(mBlocks).headings, 'References'],
  body: [...gold(mBlocks).body, ...mRefs.map(plain)],
  bylines: ['This page was last edited on 12 October 2026, at 09:14.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mSide, 'StoveWiki', 'Create account', 'Log in', 'Contents', 'hide', '(Top)', '1', '2', '3', '4', '5',
    ...mTools, 'From StoveWiki', 'Materials', 'Stainless steel, pumice, clay', 'Common diameters', '125–200 mm', 'Typical life', '10–25 years', 'edit',
    '↑', 'Retrieved from "https://stovewiki.example/index.php?title=Flue_liner&oldid=4410"', 'Categories:', 'Chimneys', 'Stove installation',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

export const HELDOUT578_C: readonly TestPage[] = [newspack, mediawiki];
