import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout536-kit.js';

/**
 * Held-out batch 536, file e: an upholstery wiki article on MediaWiki (Vector 2022 skin) and a flooring fitters' forum thread
 * on Discourse (the crawler view).
 */
const vTitle = 'Sprung edge';
const vLead = j(
  'A <b>sprung edge</b> is a front seat rail on which a row of springs is stitched to a cane or wire so that the front edge of',
  'the seat gives under the sitter instead of forming a hard lip. It is found on traditional armchairs, chesterfields and',
  'box-seated sofas, and is one of the slower jobs in <a href="/wiki/Traditional_upholstery" title="Traditional upholstery">traditional upholstery</a>.',
);
const vH = ['Construction', 'Variations', 'See also'];
const vCon = [
  j(
    'Springs are set on webbing across the seat, with the front row sitting right on the front rail. Each spring in the front row',
    'is lashed forward and tied to an edge wire or a length of cane with laid cord, then the edge is built up with a stitched roll',
    'of horsehair or fibre.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
  ),
  'The edge roll is usually blind-stitched twice and top-stitched once, so that it holds a square profile under the cover.',
];
const vVar = [
  '<b>Hard edge</b>: a stitched edge on a solid rail, with no springs in front.',
  '<b>Roll edge</b>: a single pre-made roll nailed to the rail, used on cheaper work.',
  '<b>Double sprung edge</b>: two rows of springs along the front, found on deep club chairs.',
];
const vSee = ['Edge wire', 'Lashing (upholstery)', 'Stitched roll'];
const vRef = "Pemberton, A. (1961). <i>The Upholsterer's Bench Book</i>. Harrow Press. pp. 88–94.";
const vSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const vTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const vFoot = ['Privacy policy', 'About Upholstery Wiki', 'Disclaimers'];
const vHead = (t: string, id: string): string =>
  `<div class="mw-heading mw-heading2"><h2 id="${id}">${t}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Sprung_edge&amp;action=edit&amp;section=1" title="Edit section: ${t}"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const vHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-page-tools-pinned-disabled skin-theme-clientpref-day" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${vTitle} - Upholstery Wiki</title>
<script>(function(){var className="client-js
vector-feature-language-in-header-enabled";document.documentElement.className=className;}());RLCONF={"wgPageName":"Sprung_edge","wgTitle":"Sprung
edge","wgNamespaceNumber":0};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1">
<link rel="canonical" href="https://wiki.upholsterers-circle.org/wiki/Sprung_edge"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Sprung_edge rootpage-Sprung_edge
skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation">
<div class="vector-menu-heading">Navigation</div><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(vSide, 'mw-list-item')}</ul>
</div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Upholstery Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box">
<form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
<div id="simpleSearch" class="cdx-search-input__input-wrapper"><div class="cdx-text-input cdx-text-input--has-start-icon">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Upholstery Wiki" aria-label="Search Upholstery Wiki" id="searchInput">
</div></div>
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet">
<div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:CreateAccount"><span>Create account</span></a>
</li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></div>
</div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="mw-content-container"><main id="content" class="mw-body">
<header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading">
<span class="mw-page-title-main">${vTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces">
<div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet">
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item">
<a href="/wiki/Sprung_edge"><span>Page</span></a></li>
<li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a href="/index.php?title=Talk:Sprung_edge&amp;action=edit&amp;redlink=1" rel="discussion">
<span>Discussion</span></a></li></ul></div></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet">
<div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Sprung_edge"><span>Read</span></a></li>
<li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Sprung_edge&amp;action=edit"><span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Sprung_edge&amp;action=history"><span>View history</span></a></li></ul>
</div></div></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown">
<label class="vector-dropdown-label"><span class="vector-dropdown-label-text">Tools</span></label>
<div class="vector-dropdown-content"><div id="p-tb" class="vector-menu mw-portlet"><div class="vector-menu-heading">Tools</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(vTools, 'mw-list-item')}</ul></div></div></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From Upholstery Wiki</div><div id="contentSub">
<div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Sprung_edge_section.png" class="mw-file-description">
<img src="/images/thumb/4/4a/Sprung_edge_section.png/220px-Sprung_edge_section.png" decoding="async" width="220" height="160" class="mw-file-element"></a>
<figcaption>Section through a sprung edge, showing the edge wire and stitched roll</figcaption></figure>
<p>${vLead}</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading">
<input type="checkbox" role="button" id="toctogglecheckbox" class="toctogglecheckbox" style="display:none">
<div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2></div><ul>
${vH
  .map(
    (h, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${h.replace(/ /g, '_')}">
<span class="tocnumber">${i + 1}</span> <span class="toctext">${h}</span></a></li>`,
  )
  .join('\n')}
<li class="toclevel-1 tocsection-4"><a href="#References"><span class="tocnumber">4</span> <span class="toctext">References</span></a></li></ul></div>
${vHead(vH[0] ?? '', 'Construction')}${ps(vCon)}
${vHead(vH[1] ?? '', 'Variations')}<ul>${lis(vVar)}</ul>
${vHead(vH[2] ?? '', 'See_also')}<ul>${lis(vSee.map((t) => `<a href="/wiki/${t.replace(/ /g, '_')}" title="${t}">${t}</a>`))}</ul>
${vHead('References', 'References')}<div class="mw-references-wrap"><ol class="references">
<li id="cite_note-1"><span class="mw-cite-backlink"><b><a href="#cite_ref-1">^</a></b></span> <span class="reference-text">${vRef}</span></li></ol></div>
<!-- NewPP limit report Parsed by mw1 Cached time: 20260204101522 --></div></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.upholsterers-circle.org/index.php?title=Sprung_edge&amp;oldid=2211">
https://wiki.upholsterers-circle.org/index.php?title=Sprung_edge&amp;oldid=2211</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Seat_construction" title="Category:Seat construction">Seat construction</a></li><li>
<a href="/wiki/Category:Springing" title="Category:Springing">Springing</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 4 February 2026, at 10:15.</li>
<li id="footer-info-copyright">Content is available under <a class="external" rel="nofollow" href="https://creativecommons.org/licenses/by-sa/4.0/">Creative
Commons Attribution-ShareAlike</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(vFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico">
<a href="https://www.mediawiki.org/" class="cdx-button cdx-button--fake-button">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul>
</footer></div></div></div><script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout536-mediawiki-sprung-edge',
  kind: 'wiki',
  html: vHtml,
  title: vTitle,
  headings: [vH[0] ?? '', vH[1] ?? '', vH[2] ?? '', 'References'],
  body: texts([vLead, ...vCon.map((p) => p.replace(/<sup[\s\S]*<\/sup>/, '')), ...vVar, ...vSee, vRef]),
  bylines: ['This page was last edited on 4 February 2026, at 10:15.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Navigation', ...vSide, 'Upholstery Wiki', 'Search', 'Create account', 'Log in', 'Page', 'Discussion', 'Read', 'Edit', 'View history',
    'Tools', ...vTools, 'From Upholstery Wiki', 'Section through a sprung edge, showing the edge wire and stitched roll', 'Contents', '[1]',
    'Categories', 'Seat construction', 'Springing',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...vFoot,
  ],
};

const dTitle = 'Herringbone LVT lifting by the patio doors: adhesive or subfloor?';
const dPosts: { user: string; time: string; likes: string; paras: string[] }[] = [
  {
    user: 'kyle_fits',
    time: 'March 3, 2026,  8:14pm',
    likes: '',
    paras: [
      j(
        'Fitted 38 square metres of herringbone LVT in a kitchen extension six weeks ago. Pressure-sensitive adhesive, smoothed',
        'screed, primer, the lot. Customer rang today: about a dozen blocks by the bifold doors have lifted at the ends.',
      ),
      j(
        'Rest of the floor is perfect. The doors face south-west. Has anyone had this before?',
        'I am trying to work out whether to blame the adhesive or the screed.',
      ),
    ],
  },
  {
    user: 'ProFloorsMarta',
    time: 'March 3, 2026,  9:02pm',
    likes: '4 Likes',
    paras: [
      j(
        'Nine times out of ten that is heat, not adhesive. Sun through big glass doors can push the surface of LVT well past 40°C,',
        'the blocks expand and the PSA lets go at the ends. Was there any gap left at the threshold?',
      ),
      'For the relay I would use a two-part polyurethane adhesive in the first metre from the doors and a solar-rated product if the manufacturer makes one.',
    ],
  },
  {
    user: 'kyle_fits',
    time: 'March 4, 2026,  7:40am',
    likes: '1 Like',
    paras: ['No gap, it runs tight to the threshold bar. Going back Friday with a two-part and will leave 5mm under the bar this time. Cheers Marta.'],
  },
];
const dRel = [
  ['Moisture readings on a new anhydrite screed', '7', '412', 'Feb 2026'],
  ['Best trowel for PSA on herringbone?', '12', '1.1k', 'Jan 2026'],
];
const dNav = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const dPost = (p: (typeof dPosts)[number], i: number): string => `<div id='post_${i + 1}' itemprop='${i === 0 ? 'mainEntity' : 'comment'}' itemscope
itemtype='http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}' class='topic-body crawler-post'>
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel='nofollow' href='https://forum.fittersbench.co.uk/u/${p.user}'><span itemprop='name'>${p.user}</span></a></span>
<span class="crawler-post-infos"><time  datetime='2026-03-0${i === 2 ? 4 : 3}T20:14:00Z' class='post-time'>${p.time}</time>
<meta itemprop='dateModified' content='2026-03-03T20:14:00Z'><span itemprop='position'>${i + 1}</span></span></div>
<div class='post row' itemprop='text'>${ps(p.paras)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${p.likes === '' ? 0 : p.likes.split(' ')[0]}" /><span class='post-likes'>${p.likes}</span></div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon no-touch discourse-no-touch">
<head><meta charset="utf-8"><title>${dTitle} - Installation - Fitters' Bench</title>
<meta name="description" content="Fitted 38 square metres of herringbone LVT in a kitchen extension six weeks ago.">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1">
<link rel="icon" type="image/png" href="https://forum.fittersbench.co.uk/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, user-scalable=yes, viewport-fit=cover">
<link rel="canonical" href="https://forum.fittersbench.co.uk/t/herringbone-lvt-lifting-by-the-patio-doors/2214">
<link href="/stylesheets/color_definitions_light_2_3_3a5e.css?__ws=forum.fittersbench.co.uk" media="all" rel="stylesheet" class="light-scheme">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.fittersbench.co.uk",
"potentialAction":{"@type":"SearchAction","target":"https://forum.fittersbench.co.uk/search?q={search_term_string}",
"query-input":"required name=search_term_string"}}</script>
<meta property="og:site_name" content="Fitters' Bench"><meta property="og:type" content="website"><meta property="og:title" content="${dTitle}">
<meta property="article:published_time" content="2026-03-03T20:14:00+00:00"><meta property="article:section" content="Installation"></head>
<body class="crawler "><header class="d-header"><div class="wrap"><div class="contents"><div class="header-row"><div class="title">
<a href="/"><img src="https://forum.fittersbench.co.uk/uploads/default/original/1X/logo.png" alt="Fitters' Bench" id="site-logo" style="max-width: 150px;">
</a></div></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/herringbone-lvt-lifting-by-the-patio-doors/2214">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/installation/6" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #0E76BD'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Installation</span></span></a><meta itemprop="position" content="1">
</span></div>
<div class="topic-tags"><a href='https://forum.fittersbench.co.uk/tag/lvt' class='discourse-tag' rel="tag">lvt</a>
<a href='https://forum.fittersbench.co.uk/tag/adhesives' class='discourse-tag' rel="tag">adhesives</a></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${dTitle}'>
<meta itemprop='articleSection' content='Installation'><meta itemprop='keywords' content='lvt, adhesives'>
${dPosts.map(dPost).join('\n')}</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'>
<table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRel
  .map(
    ([t, r, v, a]) => `<tr class="topic-list-item" id="topic-list-item-${r}">
<td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'><meta itemprop='position' content='1'>
<span class="link-top-line"><a itemprop='url' href='/t/${r}' class='title raw-link raw-topic-link'>${t}</a></span></td><td class="replies">
<span class='posts' title='posts'>${r}</span></td><td class="views"><span class='views' title='views'>${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${dNav
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'>
<span itemprop='name'><a href='/${t.toLowerCase().replace(/ /g, '-')}' itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}
</ul></nav></footer><div class="buttons"><a href="/login" class="btn btn-default">Log In</a></div>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
const discourse: TestPage = {
  name: 'heldout536-discourse-lvt-lifting',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => p.paras),
  bylines: ['kyle_fits', 'ProFloorsMarta', ...dPosts.map((p) => p.time.replace(/\s+/g, ' '))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Installation', 'adhesives', '4 Likes', '1 Like', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity', ...dRel.flat(), ...dNav, 'Log In',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT536_E: readonly TestPage[] = [mediawiki, discourse];
