import { links, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout594-kit.js';

/**
 * Held-out batch 594, file e: a balloon decorators' forum thread on pricing a 20 ft arch, as Discourse serves it to a browser
 * without JavaScript (crawler view, with related topics), and a "Balloon sizes" article on a MediaWiki party wiki (Vector
 * 2022 skin, table of contents in the side column, a wikitable and categories).
 */
const dTitle = 'What do you charge for a 20 ft organic arch?';
const dPosts: readonly (readonly [string, string, string, readonly string[], string])[] = [
  [
    'airydaisy',
    'Daisy Marlow',
    'February 3, 2026,  2:22pm',
    [
      j(
        'I have been asked to quote for a 20 ft organic arch over a marquee entrance for a wedding in June. It is the biggest job I have done',
        'and I have no idea whether £600 is too much or far too little. What would you charge, and what do you include?',
      ),
      'It is about 90 minutes from me, outdoors, and they want it up by 11am.',
    ],
    '2 Likes',
  ],
  [
    'loopandknot',
    'Ines Corrado',
    'February 3, 2026,  4:05pm',
    [
      j(
        '£600 is too low for that, in my opinion. Twenty feet double-stuffed is roughly 700 to 800 balloons, plus a frame, weights and two',
        'people for most of a morning. I would be at £950 to £1,100 before travel, and I charge travel on top at 45p a mile.',
      ),
    ],
    '6 Likes',
  ],
  [
    'bobbin_balloons',
    'Sam Aldous',
    'February 4, 2026,  9:17am',
    [
      'Agree with Ines. Also price in a site visit if you have never seen the marquee. Pegs, guy ropes and uneven grass can add an hour.',
      'And put a weather clause in your contract. Outdoor arches in June sun need thicker balloons and still will not last past the evening.',
    ],
    '4 Likes',
  ],
  [
    'airydaisy',
    'Daisy Marlow',
    'February 5, 2026, 10:48am',
    ['Thank you both. I have re-quoted at £1,050 including the site visit, and they have accepted! Weather clause added too.'],
    '9 Likes',
  ],
];
const dRelated: readonly (readonly string[])[] = [
  ['Deposit policies that actually work', '12', '340', 'Jan 2026'],
  ['Charging for collection the next day?', '7', '215', 'Dec 2025'],
];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const post = ([user, name, when, paras, likes]: (typeof dPosts)[number], i: number): string => `<div id='post_${i + 1}' ${
  i === 0 ? '' : "itemprop='comment' itemscope itemtype='http://schema.org/Comment' "
}class='topic-body crawler-post'><div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel='nofollow' href='https://community.balloondecorators.example/u/${user}'><span itemprop='name'>${user}</span></a>
(${name})</span><link itemprop="mainEntityOfPage" href="https://community.balloondecorators.example/t/what-do-you-charge-for-a-20-ft-organic-arch/4412">
<span class="crawler-post-infos"><time itemprop='datePublished' datetime='2026-02-0${3 + Math.floor(i / 2)}T14:22:10Z' class='post-time'>${when}</time>
<meta itemprop='dateModified' content='2026-02-05T10:48:00Z'><span itemprop='position'>${i + 1}</span></span></div>
<div class='post' itemprop='text'>${paras.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${likes.split(' ')[0]}" /><span class='post-likes'>${likes}</span></div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dTitle} - Pricing &amp; Business - Balloon Decorators Network</title>
<meta name="description" content="I have been asked to quote for a 20 ft organic arch over a marquee entrance for a wedding in June.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0"><link rel="canonical"
href="https://community.balloondecorators.example/t/what-do-you-charge-for-a-20-ft-organic-arch/4412">
<meta property="og:site_name" content="Balloon Decorators Network">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://community.balloondecorators.example",
"name":"Balloon Decorators Network"}</script>
<link href="/stylesheets/color_definitions_base__3_8a7b.css?__ws=community.balloondecorators.example" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_abc123.css?__ws=community.balloondecorators.example" media="all" rel="stylesheet" data-target="desktop"></head>
<body class="crawler "><header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><a href="/">
<img src="/uploads/default/original/1X/logo.png" alt="Balloon Decorators Network" id="site-logo" style="max-width: 150px;"></a></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/what-do-you-charge-for-a-20-ft-organic-arch/4412">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/pricing-business/7" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #F1592A'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Pricing &amp; Business</span></span></a>
<meta itemprop="position" content="1" /></span></div>
<div class="topic-list-item-tags discourse-tags"><a href='/tag/arches' class='discourse-tag' rel="tag">arches</a> <a href='/tag/quotes' class='discourse-tag'
rel="tag">quotes</a></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${dTitle}'>
<meta itemprop='articleSection' content='Pricing &amp; Business'>
<meta itemprop='keywords' content='arches, quotes'><div itemprop='publisher' itemscope itemtype="http://schema.org/Organization"><meta itemprop='name'
content='Balloon Decorators Network'></div>
${dPosts.map(post).join('\n')}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'><table class='topic-list'>
<thead><tr><th>Topic</th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${trs(dRelated)}</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${dFoot
  .map(
    (t) =>
      `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/${t.toLowerCase()}' itemprop="url">${t} </a></span>
</li>`,
  )
  .join(
    '\n',
  )}</ul></nav></footer><div id="noscript-footer"><p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with
JavaScript enabled</p></div></body></html>`;
const discourseArch: TestPage = {
  name: 'heldout594-discourse-arch-pricing',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap(([, , , paras]) => paras),
  bylines: [...new Set(dPosts.flatMap(([u, n, w]) => [u, `(${n})`, w.replace(/\s+/g, ' ')]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Pricing & Business', 'quotes', '1', '2', '3', '4', ...dPosts.map(([, , , , l]) => l), 'Related topics', 'Topic', 'Replies', 'Views',
    'Activity', ...rowTexts(dRelated), ...dFoot, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};
const mTitle = 'Balloon sizes';
const mH = ['Latex balloons', 'Foil balloons', 'How much helium', 'See also'];
const mIntro = j(
  'Balloon sizes are given in inches and refer to the diameter of the balloon when it is fully inflated. Manufacturers round the figures, so',
  'two brands of "11-inch" balloon may differ by a centimetre or more. Decorators often underinflate on purpose to make balloons of mixed sizes.',
);
const mLatexP = 'The most common latex sizes in party shops and decorating are listed below. Float times are for helium without any treatment.';
const mRows: readonly (readonly string[])[] = [
  ['5 inch', '13 cm', '0.01 m³', '2 to 4 hours'],
  ['11 inch', '28 cm', '0.015 m³', '8 to 12 hours'],
  ['16 inch', '41 cm', '0.05 m³', '12 to 24 hours'],
  ['36 inch', '91 cm', '0.5 m³', '1 to 3 days'],
];
const mFoilP = j(
  'Foil balloons are sized by their longest side rather than a diameter. They are made from metallised nylon film and hold helium far longer',
  'than latex. Standard sizes include:',
);
const mFoilItems = [
  '18 inch rounds and hearts, the everyday size sold inflated in shops',
  '34 inch numbers and letters',
  '36 inch "jumbo" shapes and characters',
];
const mHeliumP = j(
  'A disposable canister sold for home use fills roughly 30 balloons of 9 inches, or around 20 of 11 inches. Hire cylinders are measured',
  'by volume of gas; a common size of 1.8 m³ fills about 120 eleven-inch balloons.',
);
const mSee = ['Balloon arch', 'Helium', 'Hi-Float'];
const mMenu = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTabs = ['Page', 'Discussion', 'Read', 'Edit', 'View history', 'Tools'];
const mFoot = ['Privacy policy', 'About PartyWiki', 'Disclaimers'];
const mSect = (h: string): string => `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Balloon_sizes&amp;action=edit" title="Edit section: ${h}">edit</a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const tocItem = (h: string, i: number): string => `<li id="toc-${h.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1">
<a class="vector-toc-link" href="#${h.replace(/ /g, '_')}"><div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span>
</div></a></li>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-toc-pinned-clientpref-1" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${mTitle} - PartyWiki</title><script>(function(){var className="client-js";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Balloon_sizes","wgTitle":"Balloon sizes","wgCurRevisionId":4817,"wgArticleId":612,"wgIsArticle":true,"wgAction":"view"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.42.1"><link rel="canonical" href="https://partywiki.example/wiki/Balloon_sizes"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Balloon_sizes rootpage-Balloon_sizes
skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label"
for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button" aria-hidden="true"><span class="vector-dropdown-label-text">Main menu</span>
</label>
<div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div class="vector-pinnable-header">
<div class="vector-pinnable-header-label">Main menu</div></div><div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation">
<div class="vector-menu-heading">Navigation</div><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mMenu, 'mw-list-item')}</ul>
</div></div>
</div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong
class="mw-logo-wordmark">PartyWiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box">
<form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><div class="cdx-text-input cdx-text-input--has-start-icon">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search PartyWiki" aria-label="Search PartyWiki" autocapitalize="sentences"
title="Search PartyWiki [f]" accesskey="f" id="searchInput"></div><button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul class="vector-menu-content-list">${links(['Create account', 'Log in'], 'mw-list-item')}</ul>
</nav></div>
</header></div><div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container"
class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header
vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button"
data-event-name="pinnable-header.vector-toc.unpin">hide</button></div><ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text"
class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${mH.map(tocItem).join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header><div class="vector-page-toolbar">
<div class="vector-page-toolbar-container">
<nav aria-label="Namespaces"><ul class="vector-menu-content-list">${links(mTabs.slice(0, 2), 'mw-list-item')}</ul></nav><nav aria-label="Views">
<ul class="vector-menu-content-list">${links(mTabs.slice(2, 5), 'mw-list-item')}</ul></nav><div id="vector-page-tools-dropdown" class="vector-dropdown">
<label class="vector-dropdown-label" aria-hidden="true"><span class="vector-dropdown-label-text">Tools</span></label></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div class="vector-body-before-content">
<div id="siteSub" class="noprint">From PartyWiki</div></div>
<div id="contentSub"></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<p>${mIntro}</p>
<meta property="mw:PageProp/toc">
${mSect(mH[0] ?? '')}<p>${mLatexP}</p><table class="wikitable sortable"><tbody>
<tr><th>Size</th><th>Diameter</th><th>Helium per balloon</th><th>Float time</th></tr>
${trs(mRows)}</tbody></table>
${mSect(mH[1] ?? '')}<p>${mFoilP}</p><ul>${lis(mFoilItems)}</ul>
${mSect(mH[2] ?? '')}<p>${mHeliumP}</p>
${mSect(mH[3] ?? '')}<ul>${lis(mSee.map((t) => `<a href="/wiki/${t.replace(/ /g, '_')}" title="${t}">${t}</a>`))}</ul>
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"></noscript></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://partywiki.example/index.php?title=Balloon_sizes&amp;oldid=4817">https://partywiki.example/index.php?title=Balloon_sizes&amp;oldid=4817</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Balloons" title="Category:Balloons">Balloons</a></li><li>
<a href="/wiki/Category:Reference" title="Category:Reference">Reference</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 9 January 2026, at 16:40.</li>
<li id="footer-info-copyright">Content is available under <a class="external"
href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike</a>
unless otherwise noted.</li></ul><ul id="footer-places">${mFoot.map((t) => `<li><a href="/wiki/PartyWiki:${t.replace(/ /g, '_')}">${t}</a></li>`).join('')}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg"
alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const mediawikiSizes: TestPage = {
  name: 'heldout594-mediawiki-balloon-sizes',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mH,
  body: texts([mIntro, mLatexP, ...rowTexts(mRows), mFoilP, ...mFoilItems, mHeliumP, ...mSee]),
  bylines: ['This page was last edited on 9 January 2026, at 16:40.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mMenu, 'PartyWiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)', '1', '2', '3', '4',
    'Page', 'Discussion', 'Read', 'Edit', 'View history', 'Tools', 'From PartyWiki', '[', ']',
    'Retrieved from "https://partywiki.example/index.php?title=Balloon_sizes&oldid=4817"', 'Categories', 'Reference',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

export const HELDOUT594_E: readonly TestPage[] = [discourseArch, mediawikiSizes];
