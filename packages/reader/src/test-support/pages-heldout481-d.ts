import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, rows, rowTexts } from './pages-heldout481-kit.js';

/**
 * Held-out batch 481, file d: a condo community forum thread on Discourse (the crawler view served without JavaScript), and a
 * housing co-op's wiki page on MediaWiki (Vector 2022 skin) with a table and categories.
 */
const dTitle = 'Guest parking passes: are the new limits being enforced?';
const dPosts: readonly (readonly [string, string, string[]])[] = [
  [
    'hollis_b',
    'March 3, 2026, 6:48pm',
    [
      j(
        'Since the board changed the rules in February, each unit gets 10 guest passes a month instead of unlimited. My parents visit',
        'three times a week to help with the baby, so we ran out on the 12th.',
      ),
      'Has anyone actually had a car towed for this? Or is it just on paper for now?',
    ],
  ],
  [
    'k.ramirez',
    'March 3, 2026, 8:15pm',
    [j('Our neighbour in building C got a warning sticker last week, not a tow. I think the patrol is giving warnings through the end of', 'March.')],
  ],
  [
    'Pinecrest_Board',
    'March 4, 2026, 9:02am',
    [
      j(
        'Warnings only until March 31; towing starts April 1. Residents with a regular caregiver or family helper can apply for a',
        'long-term visitor permit. Fill in the form at the management office with the visitor\u2019s plate number and a note of the',
        'days they come.',
      ),
      'The limit exists because the 44 guest spaces were full every evening last year, mostly with cars that never moved.',
    ],
  ],
  ['hollis_b', 'March 4, 2026, 10:30am', ['Thanks, that permit is exactly what we need. Dropping the form off tomorrow.']],
];
const dPost = (
  [who, when, paras]: readonly [string, string, string[]],
  i: number,
): string => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope
itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}" class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" rel="nofollow"
href="https://forum.pinecrestcondos.org/u/${who}"><span itemprop="name">${who}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.pinecrestcondos.org/t/guest-parking-passes/412">
<span class="crawler-post-infos"><time datetime="2026-03-0${i < 2 ? 3 : 4}T18:48:00Z" class="post-time">${when}</time><meta itemprop="dateModified"
content="2026-03-03T18:48:00Z"><span itemprop="position">${i + 1}</span></span></div>
<div class="post" itemprop="text">${ps(paras)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="${i + 1}"><span
class="post-likes">${i + 1} ${i === 0 ? 'Like' : 'Likes'}</span></div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dTitle} - Parking &amp; Vehicles - Pinecrest Owners Forum</title>
<meta name="description" content="Since the board changed the rules in February, each unit gets 10 guest passes a month instead of unlimited.">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3d8a0c2"><link rel="canonical"
href="https://forum.pinecrestcondos.org/t/guest-parking-passes/412">
<link href="/stylesheets/color_definitions_base__1_abc.css?__ws=forum.pinecrestcondos.org" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_2f1e.css?__ws=forum.pinecrestcondos.org" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}",
"author":{"@type":"Person","name":"hollis_b"}}</script></head>
<body class="crawler "><header><a href="/"><img src="/uploads/default/original/1X/logo.png" alt="Pinecrest Owners Forum" id="site-logo"
style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/guest-parking-passes/412">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/parking/7" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #F7941D"></span><span
class="badge-category clear-badge"><span class="category-name" itemprop="name">Parking &amp; Vehicles</span></span></a>
<meta itemprop="position" content="1"></span></div><div class="topic-tags"><a href="/tag/rules" class="discourse-tag">rules</a> <a href="/tag/guest-parking"
class="discourse-tag">guest-parking</a></div></div>
${dPosts.map(dPost).join('\n')}
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list"><thead><tr><th>Topic</th><th></th><th
class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
<tr class="topic-list-item"><td class="main-link"><a href="/t/ev-charging-spots/388"
class="title raw-link raw-topic-link">EV charging spots in garage B</a></td><td></td><td class="replies"><span class="posts">9</span></td><td
class="views"><span class="views">311</span></td><td>Feb 2026</td></tr>
<tr class="topic-list-item"><td class="main-link"><a href="/t/snow-removal-cars/356"
class="title raw-link raw-topic-link">Moving cars for snow removal</a></td><td></td><td class="replies"><span class="posts">4</span></td><td
class="views"><span class="views">178</span></td><td>Jan 2026</td></tr>
</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a
href="/" itemprop="url">Home </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/categories" itemprop="url">Categories </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/guidelines" itemprop="url">Guidelines </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/tos" itemprop="url">Terms of Service </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/privacy"
itemprop="url">Privacy Policy </a></span></li></ul></nav></footer>
<footer class="container wrap"><div class="footer"><p id="noscript-footer">Powered by <a
href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></footer></body></html>`;
const discourseThread: TestPage = {
  name: 'heldout481-discourse-condo-parking',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap(([, , p]) => p),
  bylines: [...new Set(dPosts.flatMap(([w, d]) => [w, d]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Parking & Vehicles', 'guest-parking', '1 Like', '2 Likes', '3 Likes', '4 Likes', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    'EV charging spots in garage B', 'Moving cars for snow removal',
    '9', '311', '178', 'Feb 2026', 'Jan 2026', 'Home', 'Categories', 'Guidelines', 'Terms of Service',
    'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const kTitle = 'Recycling and bulk waste';
const kBody = [
  j(
    'This page explains how waste is sorted and collected at Riverside Housing Co-operative. The rules were agreed at the general',
    'meeting of November 2025 and replace the old notice in the lobby of each block.',
  ),
  'Sorting',
  'The bin room of each block has four kinds of container:',
  'Green bins: glass bottles and jars, without lids.',
  'Blue bins: paper, cardboard (flattened), tins and plastic bottles.',
  'Brown caddies: food waste, in compostable bags only.',
  'Black bins: everything else.',
  j(
    'Batteries and light bulbs go in the red box by the laundry door on the ground floor of Block A. Please do not leave textiles in',
    'the bin rooms; the clothing bank is at the corner of Weir Street.',
  ),
  'Collection days',
  'Bulk waste',
  j(
    'Furniture, mattresses and appliances are collected on the first Saturday of every other month. Book a slot with the',
    '<a href="/wiki/Maintenance_committee">maintenance committee</a> by the Wednesday before; items must be in the courtyard by 8am.',
  ),
  'Items left outside a booked slot are charged to the household at \u00a325 an item.',
];
const kTable = [
  ['Black bins', 'Tuesday', 'Weekly'],
  ['Blue bins', 'Thursday', 'Fortnightly (odd weeks)'],
  ['Green bins', 'Thursday', 'Fortnightly (even weeks)'],
  ['Brown caddies', 'Monday and Friday', 'Twice weekly'],
];
const kHeads = [1, 8, 9];
const kEdit = (id: string, t: string): string =>
  `<div class="mw-heading mw-heading2"><h2 id="${id}">${t}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=Recycling_and_bulk_waste&amp;action=edit&amp;section=1" title="Edit section: ${t}">edit</a><span
class="mw-editsection-bracket">]</span></span></div>`;
const kHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-toc-pinned-clientpref-1 skin-theme-clientpref-day" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${kTitle} - Riverside Co-op Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";
document.documentElement.className=className;}());
RLCONF={"wgPageName":"Recycling_and_bulk_waste","wgTitle":"${kTitle}","wgCategories":["Building services","House rules"]};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.41.0"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Recycling_and_bulk_waste
rootpage-Recycling_and_bulk_waste skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu"><label
for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label" aria-hidden="true"><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div class="vector-menu-content"><ul
class="vector-menu-content-list">
${links(['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'], 'mw-list-item')}</ul></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Riverside Co-op Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform"
class="cdx-search-input">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Riverside Co-op Wiki" aria-label="Search Riverside Co-op Wiki"><button
class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul
class="vector-menu-content-list">${links(['Create account', 'Log in'], 'mw-list-item')}</ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav
id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header"><h2
class="vector-pinnable-header-label">Contents</h2></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${at(kBody, ...kHeads)
  .map(
    (t, i) =>
      `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#s${i}"><div class="vector-toc-text"><span
class="vector-toc-numb">${i + 1}</span><span>${t}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${kTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><nav aria-label="Namespaces"><ul
class="vector-menu-content-list">${links(['Page', 'Discussion'], 'mw-list-item')}</ul></nav>
<nav aria-label="Views"><ul class="vector-menu-content-list">${links(['Read', 'Edit', 'View history'], 'mw-list-item')}</ul></nav></div></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Riverside Co-op Wiki</div><div id="contentSub"><div
id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
${ps([kBody[0] ?? ''])}${kEdit('s0', kBody[1] ?? '')}${ps([kBody[2] ?? ''])}<ul>${lis(kBody.slice(3, 7))}</ul>${ps([kBody[7] ?? ''])}
${kEdit('s1', kBody[8] ?? '')}<table class="wikitable"><tbody><tr><th>Container</th><th>Day</th><th>Frequency</th></tr>${rows(kTable)}</tbody></table>
${kEdit('s2', kBody[9] ?? '')}${ps(kBody.slice(10, 12))}
</div></div><div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${links(['Building services', 'House rules'])}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li
id="footer-info-lastmod"> This page was last edited on 4 February 2026, at 10:12.</li></ul>
<ul id="footer-places">${links(['Privacy policy', 'About Riverside Co-op Wiki', 'Disclaimers'])}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg"
alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawikiCoop: TestPage = {
  name: 'heldout481-mediawiki-coop-recycling',
  kind: 'wiki',
  html: kHtml,
  title: kTitle,
  headings: at(kBody, ...kHeads),
  body: texts([...kBody.slice(0, 1), ...kBody.slice(2, 8), ...rowTexts(kTable), ...kBody.slice(10, 12)]),
  bylines: ['This page was last edited on 4 February 2026, at 10:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Main page', 'Recent changes', 'Random page', 'Help about MediaWiki', 'Riverside Co-op Wiki', 'Search',
    'Create account', 'Log in', 'Contents', '(Top)', 'Discussion', 'Read', 'Edit', 'View history', 'From Riverside Co-op Wiki',
    'Categories', 'Building services', 'House rules', 'Privacy policy', 'About Riverside Co-op Wiki', 'Disclaimers',
  ],
};

export const HELDOUT481_D: readonly TestPage[] = [discourseThread, mediawikiCoop];
