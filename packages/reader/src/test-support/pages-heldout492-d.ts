import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout492-kit.js';

/**
 * Held-out batch 492, file d: a boat owners' forum thread on Discourse (server-rendered crawler view) and a dinghy class
 * association's wiki page on MediaWiki (Vector 2022) with an infobox and a table of contents.
 */
const fTitle = 'Osmosis blisters on a 1979 GRP hull: peel or live with it?';
const fPosts = [
  {
    user: 'harbourmouse',
    date: 'March 2, 2026, 7:14pm',
    paras: [
      j(
        'Lifted our 26 ft bilge keeler for the winter and the surveyor found small blisters below the waterline, mostly aft of the keels.',
        'Moisture readings are high but he says the laminate sounds solid. Quote for a peel, dry and epoxy is just under £6,000.',
      ),
      'Has anyone had a hull this age done, and was it worth it? Or do people just sail on with them?',
    ],
  },
  {
    user: 'Tom_Gwennap',
    date: 'March 2, 2026, 8:02pm',
    paras: [
      j(
        'Plenty of boats from that era have had blisters for thirty years and are still fine. If they are small, not weeping and the',
        'laminate is sound, I would open up a few, wash them out, let them dry over the winter and fill them with epoxy filler.',
      ),
    ],
  },
  {
    user: 'harbourmouse',
    date: 'March 3, 2026, 9:40am',
    paras: ['Thanks. How many is "a few"? There are probably sixty of them, none bigger than a fingernail.'],
  },
  {
    user: 'sable_yachts',
    date: 'March 3, 2026, 11:27am',
    paras: [
      j(
        'Sixty small ones is cosmetic. The question is resale: buyers get nervous about the word osmosis, so keep the survey and any',
        'receipts for the work. I would only peel if you are keeping her for another ten years.',
      ),
      'Whatever you do, get the moisture readings taken again in spring so you have a comparison.',
    ],
  },
];
const fCats = ['Maintenance', 'Hull and deck'];
const fHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${fTitle} - Maintenance / Hull and deck - Moorings Forum</title>
<meta name="description" content="${texts([fPosts[0]?.paras[0] ?? ''])[0]?.slice(0, 150)}"><meta name="generator" content="Discourse 3.2.1 -
https://github.com/discourse/discourse version 3.2.1">
<link rel="icon" type="image/png" href="https://forum.moorings-owners.net/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, user-scalable=yes, viewport-fit=cover">
<link rel="canonical" href="https://forum.moorings-owners.net/t/osmosis-blisters-on-a-1979-grp-hull/4412">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}",
"author":{"@type":"Person","name":"harbourmouse"}}</script>
<link href="/stylesheets/color_definitions_light_2_3.css" media="all" rel="stylesheet" class="light-scheme"><link href="/stylesheets/desktop_theme.css"
media="all" rel="stylesheet"></head>
<body class="crawler "><header><a href="/"><img src="https://forum.moorings-owners.net/uploads/default/original/1X/logo.png" alt="Moorings Forum"
id="site-logo"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/osmosis-blisters-on-a-1979-grp-hull/4412">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/maintenance/7" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #0E76BD"></span><span
class="badge-category clear-badge"><span class="category-name" itemprop="name">${fCats[0]}</span></span></a></span>
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/c/maintenance/hull-and-deck/19" class="badge-wrapper bullet"
itemprop="item">
<span class="badge-category-bg" style="background-color: #3AB54A"></span><span class="badge-category clear-badge"><span class="category-name"
itemprop="name">${fCats[1]}</span></span></a></span></div>
<div class="topic-list-tags"><a href="/tag/osmosis" class="discourse-tag">gelcoat-repair</a></div></div>
${fPosts
  .map(
    (p, i) => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope
itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}" class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/${p.user}">
<span itemprop="name">${p.user}</span></a></span>
<link itemprop="url" href="/t/osmosis-blisters-on-a-1979-grp-hull/4412/${i + 1}"><span class="crawler-post-infos"><time itemprop="datePublished"
datetime="2026-03-02T19:14:00Z" class="post-time">${p.date}</time>
<meta itemprop="text" content="${p.paras[0]?.slice(0, 40)}"><span itemprop="position">${i + 1}</span></span></div>
<div class="post" itemprop="text">${ps(p.paras)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="${i + 2}">
<span class='post-likes'>${i + 2} Likes</span></div></div>`,
  )
  .join('\n')}
<div role='navigation' itemscope itemtype='http://schema.org/SiteNavigationElement' class="topic-body crawler-post"><span itemprop='name'><b><a rel="next"
itemprop="url" href="/t/osmosis-blisters-on-a-1979-grp-hull/4412?page=2">next page →</a></b></span></div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list"><thead><tr><th>Topic</th><th></th><th
class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead>
<tbody><tr class="topic-list-item"><td class="main-link" itemprop="itemListElement"><a href="/t/antifouling-over-epoxy-primer/3990" class="title raw-link
raw-topic-link" itemprop="url">Antifouling over epoxy primer</a></td>
<td></td><td class="replies"><span class="posts" title="posts">14</span></td><td class="views"><span class="views" title="views">1.2k</span></td><td>January
18, 2026</td></tr></tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/'
itemprop="url">Home </a></span></li>
<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/categories' itemprop="url">Categories </a></span></li>
<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/guidelines' itemprop="url">Guidelines </a></span></li>
<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/tos' itemprop="url">Terms of Service </a></span></li>
<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/privacy' itemprop="url">Privacy Policy </a></span></li></ul>
</nav>
<p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer>
<script defer src="/assets/start-discourse.js"></script></body></html>`;
const forumThread: TestPage = {
  name: 'heldout492-osmosis-discourse',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: fPosts.flatMap((p) => p.paras),
  bylines: [...new Set(fPosts.flatMap((p) => [p.user, p.date]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fCats, 'gelcoat-repair', '1', '2', '3', '4', '2 Likes', '3 Likes', '4 Likes', '5 Likes', 'next page →', 'Related topics',
    'Antifouling over epoxy primer', '14', '1.2k', 'January 18, 2026', 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const kTitle = 'Rigging the Curlew 14';
const kIntro = j(
  'The Curlew 14 is rigged with a two-part mast on a tabernacle step, so that it can be lowered for bridges on the inland',
  'waters where the class started. This page describes the class-legal rig as set out in the 2024 rules, and the settings most',
  'helms start from.',
);
const kSecs = [
  {
    h: 'Stepping the mast',
    paras: [
      j(
        'Fit the lower section into the tabernacle and put in the pivot bolt before attaching anything else. Connect the shrouds to',
        'the chainplates on the second hole from the top, then walk the mast up from the stern while a helper takes up the forestay.',
      ),
      'The mast heel must sit in the forward third of the tabernacle slot. Class measurers check this at open meetings.',
    ],
  },
  {
    h: 'Rig tension',
    paras: ['Most boats sail with about 160 kg on the forestay in light winds, measured with a gauge on the shroud. A typical setting is:'],
    list: [
      'Under 8 knots: 22 on the gauge, shrouds in hole 2',
      '8 to 15 knots: 26 on the gauge, shrouds in hole 2',
      'Over 15 knots: 30 on the gauge, shrouds in hole 3',
    ],
  },
  {
    h: 'Spinnaker gear',
    paras: [
      j(
        'The class uses a symmetric spinnaker with a single pole launched from a chute. The halyard exits the mast above the hounds',
        'and must not be led more than 150 mm above the forestay fitting.',
      ),
    ],
  },
];
const kInfo = [
  ['Mast length', '6.40 m'],
  ['Sail area', '11.2 m² (main and jib)'],
  ['Spinnaker', '9.5 m²'],
  ['Crew', '2'],
];
const kSide = ['Main page', 'Class rules', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const kFoot = ['Privacy policy', 'About Curlew Wiki', 'Disclaimers'];
const kSection = (s: (typeof kSecs)[number]): string => `<div class="mw-heading mw-heading2"><h2 id="${s.h.replace(/ /g, '_')}">${s.h}</h2>
<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?title=Rigging_the_Curlew_14&amp;action=edit" title="Edit
section: ${s.h}"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>
${ps(s.paras)}${s.list === undefined ? '' : `\n<ul>${lis(s.list)}</ul>`}`;
const kHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${kTitle} - Curlew Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";
document.documentElement.className=className;}());
RLCONF={"wgPageName":"Rigging_the_Curlew_14","wgTitle":"${kTitle}","wgCurRevisionId":2214};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator" content="MediaWiki
1.41.1">
<link rel="edit" title="Edit" href="/index.php?title=Rigging_the_Curlew_14&amp;action=edit"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Rigging_the_Curlew_14
rootpage-Rigging_the_Curlew_14 skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown
vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu"><label
for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span><span
class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu"><div id="p-navigation" class="vector-menu mw-portlet"><div
class="vector-menu-heading">Navigation</div>
<ul class="vector-menu-content-list">${links(kSide, 'mw-list-item')}</ul></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-wordmark">Curlew Wiki</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box"><form
action="/index.php" id="searchform" class="cdx-search-input">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Curlew Wiki" aria-label="Search Curlew Wiki"><button class="cdx-button
cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-createaccount" class="mw-list-item"><a
href="/index.php?title=Special:CreateAccount"><span>Create account</span></a></li>
<li id="pt-login" class="mw-list-item"><a href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents"
class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div
class="vector-pinnable-header vector-toc-pinnable-header">
<h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button>
</div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${kSecs
  .map(
    (s, i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${s.h.replace(/ /g, '_')}"><div
class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${s.h}</span></div></a></li>`,
  )
  .join('\n')}
</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${kTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a
href="/wiki/Rigging_the_Curlew_14"><span>Page</span></a></li>
<li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a href="/index.php?title=Talk:Rigging_the_Curlew_14&amp;action=edit&amp;redlink=1">
<span>Discussion</span></a></li></ul></nav>
<nav aria-label="Views"><ul><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Rigging_the_Curlew_14"><span>Read</span></a></li>
<li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Rigging_the_Curlew_14&amp;action=edit"><span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Rigging_the_Curlew_14&amp;action=history"><span>View history</span></a>
</li></ul></nav></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From Curlew Wiki</div><div id="contentSub"><div
id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox" style="float:right;width:22em"><caption>Curlew 14 rig</caption><tbody>
${kInfo.map(([k, v]) => `<tr><th scope="row">${k}</th><td>${v}</td></tr>`).join('\n')}</tbody></table>
<p>${kIntro}</p>
${kSecs.map(kSection).join('\n')}
<!-- NewPP limit report Parsed by mw1 Cached time: 20260204211312 --></div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Rigging" title="Category:Rigging">Rigging guides</a></li><li><a href="/wiki/Category:Boat_care" title="Category:Boat
care">Boat care</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 4
February 2026, at 21:13.</li></ul>
<ul id="footer-places">${links(kFoot, 'mw-list-item')}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a
href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a>
</li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const wikiRig: TestPage = {
  name: 'heldout492-class-rigging-mediawiki',
  kind: 'wiki',
  html: kHtml,
  title: kTitle,
  headings: kSecs.map((s) => s.h),
  body: [kIntro, ...kSecs.flatMap((s) => [...s.paras, ...(s.list ?? [])])],
  bylines: ['This page was last edited on 4 February 2026, at 21:13.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Curlew Wiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)', '1', '2', '3', 'Discussion', 'Read', 'Edit',
    'View history', 'From Curlew Wiki', 'Curlew 14 rig', ...kInfo.flat().filter((t) => t !== '2' && t !== 'Spinnaker'), 'Categories', 'Rigging guides',
    'Boat care', ...kFoot,
  ],
};

export const HELDOUT492_D: readonly TestPage[] = [forumThread, wikiRig];
