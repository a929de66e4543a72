import { links, type TestPage, texts } from './page-kit.js';
import { j, lis, page } from './pages-heldout646-kit.js';

/**
 * Held-out batch 646, file d: a Discourse topic (the server-rendered crawler view) asking about canoe hire and the shuttle on
 * a river, and a paddling wiki's page on a hire base and its get-in points on MediaWiki (Vector 2022) with an infobox.
 */
const dTitle = 'Canoe hire on the Lower Wenlow – is the shuttle worth it?';
const dPosts: [string, string, string[]][] = [
  [
    'tomhalloran',
    'March 3, 2026, 9:14am',
    [
      j(
        'Planning a two-day trip from Castle Fenny to Abbotsmere in late May with my two teenagers. Both hire places at Castle Fenny',
        'offer a canoe plus a shuttle back from Abbotsmere for about £60 extra.',
      ),
      'Is it worth paying, or is the bus realistic with a barrel and three buoyancy aids? Any views on which outfitter is better?',
    ],
  ],
  [
    'wetpaddle_jen',
    'March 3, 2026, 11:02am',
    [
      j(
        'Pay for the shuttle. The bus only runs every two hours on a Sunday and the stop is a mile from the get-out. We tried it',
        'once and spent the afternoon sitting on our barrels outside the chip shop.',
      ),
    ],
  ],
  [
    'Dunc_C1',
    'March 4, 2026, 7:45pm',
    [
      j(
        'Both outfitters are fine. Fenny River Canoes have newer boats; Wenlow Valley Hire will let you camp at their field the',
        'night before, which is handy if you are driving up on Friday.',
      ),
      'Watch the weir at Hobb Mill on day one – take the portage path on river left, it is well signed.',
    ],
  ],
  ['tomhalloran', 'March 5, 2026, 8:20am', ['Thanks both, booked the shuttle with Wenlow Valley and the field for Friday night.']],
];
const dRelated = ['Best family-friendly rivers for a first overnight trip', 'Hobb Mill weir – portage closed?', 'Roof bars vs trailer for two canoes'];
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dTitle} - Trip Planning - Paddle Forum</title>
<meta name="description" content="Planning a two-day trip from Castle Fenny to Abbotsmere in late May with my two teenagers.">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1">
<link rel="canonical" href="https://forum.paddleforum.org/t/canoe-hire-on-the-lower-wenlow-is-the-shuttle-worth-it/18422">
<link href="/stylesheets/color_definitions_light_2_3.css?__ws=forum.paddleforum.org" media="all" rel="stylesheet" class="light-scheme">
<meta property="og:site_name" content="Paddle Forum"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.paddleforum.org"}</script>
<link rel="preload" href="/assets/start-discourse.js" as="script"></head>
<body class="crawler"><header><a href="/">Paddle Forum</a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/canoe-hire-on-the-lower-wenlow-is-the-shuttle-worth-it/18422">
${dTitle.replace(/&/g, '&amp;')}</a></h1><div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement"
itemscope itemtype="http://schema.org/ListItem"><a href="/c/trip-planning/6" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg"
style="background-color: #0088CC"></span><span class="badge-category clear-badge"><span class="category-name" itemprop="name">Trip Planning</span></span>
</a><meta itemprop="position" content="1"></span></div><div class="topic-tags"><a href="/tag/hire" class="discourse-tag">hire</a>
<a href="/tag/shuttle" class="discourse-tag">shuttle</a></div></div>
${dPosts
  .map(
    ([u, d, ps], i) => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope itemtype="http://schema.org/DiscussionForumPosting"
class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" href="/u/${u}"><span itemprop="name">${u}</span></a></span><link itemprop="mainEntityOfPage" href="/t/18422">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2026-03-0${i + 3}T09:14:00Z" class="post-time">${d}</time>
<meta itemprop="dateModified" content="2026-03-05T08:20:00Z"><span itemprop="position">${i + 1}</span></span></div>
<div class="post" itemprop="text">${ps.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="${3 - (i % 3)}"><span class="post-likes">${3 - (i % 3)} Likes</span></div>
</div>`,
  )
  .join('\n')}
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list">
<thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRelated
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<meta itemprop="position" content="${i + 1}">
<span class="link-top-line"><a itemprop="url" href="/t/${i}" class="title raw-link raw-topic-link">${t.replace(/&/g, '&amp;')}
</a></span></td><td class="posters"></td><td class="replies"><span class="posts" title="posts">${i + 4}</span></td><td class="views"><span class="views"
title="views">${(i + 2) * 311}</span></td><td>${['Apr 2025', 'Jun 2025', 'Jan 2026'][i]}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav">
<ul>${links(['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'])}</ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
const discourse: TestPage = page({
  name: 'heldout646-discourse-wenlow-shuttle',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap(([, , ps]) => ps)),
  bylines: [...dPosts.map(([u]) => u), ...dPosts.map(([, d]) => d)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Paddle Forum', 'Trip Planning', 'hire', 'shuttle', '3 Likes', '2 Likes', '1 Likes', '1', '2', '3', '4', '5', '6', '622', '933', '1244',
    'Related topics', ...dRelated, 'Apr 2025', 'Jun 2025', 'Jan 2026',
    'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
});

const mTitle = 'Hobb Mill Canoe Base';
const mLead = j(
  'Hobb Mill Canoe Base is a canoe and kayak hire centre on the River Wenlow, 2 km below Castle Fenny. It is run by a',
  'community trust from the old mill buildings and is the usual start for one-day trips to Abbotsmere.',
);
const mSections: [string, string[]][] = [
  [
    'History',
    [
      j(
        'The mill stopped grinding in 1961. The trust bought the buildings in 2004 and opened the base in 2006 with twelve canoes',
        'donated by a school that was closing its outdoor centre. It now has about forty boats.',
      ),
    ],
  ],
  [
    'Facilities',
    [
      'Changing rooms and hot showers',
      'Secure car park (pay at the hut)',
      'Café, open weekends from Easter to October',
      'Campsite for paddlers, booked through the base',
    ],
  ],
  [
    'Getting on the river',
    [
      j(
        'The main get-in is the concrete slipway below the mill race. Do not launch above the weir: the current runs towards the',
        'sluice gates. At high water the base moves launches to the meadow pontoon 300 m downstream.',
      ),
      j('The portage round the weir is on river left and is marked with yellow posts. It is about 80 m long and has a trolley', 'rail for heavy boats.'),
    ],
  ],
  ['See also', ['Lower Wenlow (paddling guide)', 'Castle Fenny', 'Abbotsmere']],
];
const mInfo = ['Location', 'Mill Lane, Castle Fenny', 'River', 'Wenlow', 'Opened', '2006', 'Operator', 'Hobb Mill Trust'];
const mNav = ['Main page', 'Rivers A–Z', 'Recent changes', 'Random page', 'Help'];
const mTools = ['Read', 'Edit', 'View history'];
const mFoot = ['Privacy policy', 'About Riverwiki', 'Disclaimers'];
const sec = (h: string, items: string[]): string => `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2><span
class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?title=Hobb_Mill_Canoe_Base&amp;action=edit" title="Edit section: ${h}"
>edit</a><span class="mw-editsection-bracket">]</span></span></div>
${h === 'History' || h === 'Getting on the river' ? items.map((t) => `<p>${t}</p>`).join('\n') : `<ul>${lis(items)}</ul>`}`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-toc-available" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${mTitle} - Riverwiki</title><script>(function(){var className="client-js";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Hobb_Mill_Canoe_Base","wgTitle":"${mTitle}","wgCurRevisionId":20418,"wgIsArticle":true};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="canonical" href="https://riverwiki.org/wiki/Hobb_Mill_Canoe_Base"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-Hobb_Mill_Canoe_Base skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label cdx-button" aria-hidden="true"><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content">
<div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">
${links(mNav, 'mw-list-item')}</ul></div></div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo">
<span class="mw-logo-wordmark">Riverwiki</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform">
<div id="simpleSearch"><input type="search" name="search" placeholder="Search Riverwiki" aria-label="Search Riverwiki" id="searchInput"></div>
<button class="cdx-button">Search</button></form></div><nav class="vector-user-links" aria-label="Personal tools"><ul>${links(['Create account', 'Log in'])}
</ul></nav></div></header></div><div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"></div>
<div class="vector-sitenotice-container"><div id="siteNotice"><div id="localNotice" data-nosnippet><p>The spring meet-up is on 18 April at Castle Fenny. All
editors welcome.</p></div></div></div><div class="vector-column-start"><nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#"><div
class="vector-toc-text">(Top)</div></a></li>${mSections
  .map(
    ([h], i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link"
href="#${h.replace(/ /g, '_')}"><div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}</ul>
</div></nav></div><div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Views"><ul>${links(mTools, 'vector-tab-noicon mw-list-item')}</ul></nav></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Riverwiki</div><div id="contentSub"></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn">${mTitle}</th></tr><tr><td colspan="2" class="infobox-image">
<span typeof="mw:File"><a href="/wiki/File:Hobb_Mill.jpg" class="mw-file-description"><img src="/images/thumb/Hobb_Mill.jpg/250px-Hobb_Mill.jpg" width="250"
height="166" class="mw-file-element"></a></span><div class="infobox-caption">The mill and slipway from the meadow</div></td></tr>
${[0, 2, 4, 6].map((i) => `<tr><th scope="row" class="infobox-label">${mInfo[i]}</th><td class="infobox-data">${mInfo[i + 1]}</td></tr>`).join('\n')}
</tbody></table>
<p>${mLead}</p>
${mSections.map(([h, items]) => sec(h, items)).join('\n')}
</div></div><div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Hire_centres">Hire centres</a></li><li><a href="/wiki/Category:River_Wenlow">River
Wenlow</a></li></ul></div></div></div></main></div></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 4 March
2026, at 18:22.</li><li id="footer-info-copyright">Content is available under <a href="/wiki/Riverwiki:Licence">CC BY-SA 4.0</a> unless otherwise noted.</li>
</ul><ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const mediawiki: TestPage = page({
  name: 'heldout646-mediawiki-hire-base',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mSections.slice(0, 3).map(([h]) => h),
  body: texts([mLead, ...mSections.slice(0, 3).flatMap(([, items]) => items)]),
  bylines: ['This page was last edited on 4 March 2026, at 18:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Navigation', ...mNav, 'Riverwiki', 'Search', 'Create account', 'Log in',
    'The spring meet-up is on 18 April at Castle Fenny. All editors welcome.', 'Contents', '(Top)', '1', '2', '3', '4', 'See also',
    ...(mSections[3]?.[1] ?? []), ...mTools, 'From Riverwiki',
    'The mill and slipway from the meadow', ...mInfo, 'edit', 'Categories', 'Hire centres', 'River Wenlow',
    'Content is available under CC BY-SA 4.0 unless otherwise noted.', ...mFoot,
  ],
});

export const HELDOUT646_D: readonly TestPage[] = [discourse, mediawiki];
