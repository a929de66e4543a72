import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout679-kit.js';

/**
 * Held-out batch 679, file f: a collectors' forum thread about an auction house's buyer's premium on Discourse (the crawler
 * view: posts with user names, dates and likes, related topics table) and a trade wiki article about a defunct auction house
 * on MediaWiki (Vector legacy: infobox, table of contents, edit links, categories, side panel).
 */
const qTitle = 'Saleroom added 32% on top of my hammer price – is that normal now?';
const qPosts = [
  {
    user: 'tinkerbox_phil',
    date: 'Feb 20, 2027, 6:04pm',
    likes: '',
    paras: [
      j(
        'Won my first lot at a country saleroom last week, a little oak bible box, hammer £180. The invoice came to £237.60.',
        'Looking at it, that is 22% premium plus VAT on the premium, plus another 3% for bidding through the online platform.',
      ),
      'Is this what everyone pays these days? It felt like a lot for a box I was told was a bargain.',
    ],
  },
  {
    user: 'Morwenna_R',
    date: 'Feb 20, 2027, 7:31pm',
    likes: '4 Likes',
    paras: [
      j(
        'Sadly yes, that is about the going rate. Most regional rooms are between 20 and 28 per cent plus VAT now, and the online',
        'surcharge has become standard. The big London houses are higher still on the first slice.',
      ),
      j(
        'Always read the conditions of sale before you bid and work out your top price including everything. I keep a little',
        'table in my phone: hammer times 1.3 is close enough for most rooms.',
      ),
    ],
  },
  {
    user: 'oldhallmark',
    date: 'Feb 21, 2027, 8:15am',
    likes: '2 Likes',
    paras: [
      j(
        'One tip: leave a commission bid with the auctioneer instead of bidding online. You avoid the platform fee and they will',
        'only bid up to what is needed. Some rooms also let you register and bid through their own website with no surcharge.',
      ),
    ],
  },
];
const qRel = [
  ['Commission bids – do auctioneers really bid fairly?', '14', '1.2k', 'Jan 2027'],
  ['First time at a country house sale, any advice?', '9', '640', 'Dec 2026'],
];
const qFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const qPostHtml = (p: (typeof qPosts)[number], i: number): string => `<div class="topic-body crawler-post" id="post_${i + 1}" itemprop="comment"
itemscope itemtype="http://schema.org/Comment"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope
itemtype="http://schema.org/Person"><a itemprop="url" rel="nofollow"
href="https://forum.salerooms-chat.net/u/${p.user}"><span itemprop="name">${p.user}</span></a>
</span><span class="crawler-post-infos"><time itemprop="datePublished" datetime="2027-02-20T18:04:11Z" class="post-time">${p.date}</time>
<meta itemprop="position" content="${i + 1}"></span></div><div class="post" itemprop="text">${ps(p.paras)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="${p.likes.split(' ')[0] || 0}" />
${p.likes === '' ? '' : `<span class='post-likes'>${p.likes}</span>`}</div></div>`;
const qHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${qTitle} - Buying at Auction - Saleroom Chat</title>
<meta name="description" content="Won my first lot at a country saleroom last week, a little oak bible box, hammer £180.">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 7ac4b1e0b6b7">
<link rel="icon" type="image/png" href="https://forum.salerooms-chat.net/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">
<link rel="canonical" href="https://forum.salerooms-chat.net/t/saleroom-added-32-on-top-of-my-hammer-price/8812" />
<link href="/stylesheets/color_definitions_light_2_3_ab4c2e.css?__ws=forum.salerooms-chat.net" media="all" rel="stylesheet" class="light-scheme"/>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${qTitle}",
"datePublished":"2027-02-20T18:04:11Z","author":{"@type":"Person","name":"tinkerbox_phil"}}</script></head>
<body class="crawler"><header><a href="/"><img src="https://forum.salerooms-chat.net/uploads/default/original/1X/logo.png" alt="Saleroom Chat"
id="site-logo" style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/saleroom-added-32-on-top-of-my-hammer-price/8812">${qTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem"><a href="/c/buying-at-auction/5" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg"
style="background-color: #BF1E2E"></span><span class="badge-category clear-badge"><span class="category-name" itemprop="name">Buying at Auction</span></span>
</a><meta itemprop="position" content="1" /></span></div>
<div class="discourse-tags list-tags"><a href="https://forum.salerooms-chat.net/tag/fees" class="discourse-tag" rel="tag">fees</a>,
<a href="https://forum.salerooms-chat.net/tag/buyers-premium" class="discourse-tag" rel="tag">buyers-premium</a></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${qTitle}">
${qPosts.map(qPostHtml).join('\n')}</div>
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope
itemtype="http://schema.org/ItemList"><table class="topic-list"><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th>
<th>Activity</th></tr></thead><tbody>
${qRel
  .map(
    ([t, r, v, a]) => `<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<meta itemprop="position" content="1"><span class="link-top-line"><a itemprop="url" href="/t/x/1" class="title raw-link raw-topic-link">${t}</a></span>
</td><td class="replies"><span class="posts" title="posts">${r}</span></td><td class="views"><span class="views" title="views">${v}</span></td>
<td>${a}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>
${qFoot
  .map(
    (f) => `<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/" itemprop="url">${f} </a></span>
</li>`,
  )
  .join('\n')}
</ul></nav></footer><div id="noscript-footer"><p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with
JavaScript enabled</p></div></body></html>`;
const discourse: TestPage = {
  name: 'heldout679-discourse-premium-thread',
  kind: 'forum',
  html: qHtml,
  title: qTitle,
  headings: [],
  body: qPosts.flatMap((p) => p.paras),
  bylines: qPosts.flatMap((p) => [p.user, p.date]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Buying at Auction', 'fees', 'buyers-premium', '4 Likes', '2 Likes', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    ...qRel.flat(), ...qFoot, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const mTitle = 'Tregarthen & Sons';
const mLead = j(
  '<b>Tregarthen &amp; Sons</b> was a firm of auctioneers and valuers based in Penryn, Cornwall, from 1871 until 2009. For most of',
  'the twentieth century it held the principal general antiques sales in the far west of Cornwall.',
);
const mH = ['History', 'Notable sales', 'Closure'];
const mHist = [
  j(
    'The firm was founded by Josiah Tregarthen, a former cattle dealer, who held his first sale of household furniture in the yard of the',
    'King’s Arms in 1871. His sons Walter and Edwin moved the business to a purpose-built saleroom on Quay Hill in 1898.',
  ),
  j(
    'Between the wars the firm sold the contents of many of the county’s country houses as estates were broken up, and it built a',
    'reputation for maritime pictures and ship models, which drew buyers from London and later from the United States.',
  ),
];
const mSales = [
  'the contents of Trewollan House, 1926, a four-day sale of 2,300 lots',
  'a fully rigged model of the packet ship Lady Elowen, 1954, sold to the National Maritime Collection',
  'the Pascoe collection of Newlyn copper, 1987, then the largest single-owner sale of Newlyn work',
];
const mSalesIntro = 'Sales remembered in the trade include:';
const mClose = j(
  'Trading became difficult in the 2000s as buyers moved online. The last family partner, Anne Tregarthen, retired in 2008, and',
  'the firm closed in March 2009. The Quay Hill saleroom was converted into flats in 2012; its painted sign survives above the door.',
);
const mInfo = [
  ['Industry', 'Auctioneers and valuers'],
  ['Founded', '1871'],
  ['Defunct', '2009'],
  ['Headquarters', 'Quay Hill, Penryn'],
  ['Founder', 'Josiah Tregarthen'],
] as const;
const mOld = 'https://tradewiki.example.org/index.php?title=Tregarthen_%26_Sons&amp;oldid=48213';
const mCats = ['Auction houses', 'Defunct companies of Cornwall', 'Companies established in 1871'];
const mPersonal = ['Not logged in', 'Talk', 'Contributions', 'Create account', 'Log in'];
const mNavItems = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const portal = (id: string, label: string, items: readonly string[]): string => `<nav id="p-${id}" class="vector-menu mw-portlet mw-portlet-${id}
vector-menu-portal portal" aria-labelledby="p-${id}-label" role="navigation"><h3 id="p-${id}-label" class="vector-menu-heading"><span
class="vector-menu-heading-label">${label}</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list">
${items.map((t) => `<li class="mw-list-item"><a href="/wiki/${t.replace(/ /g, '_')}"><span>${t}</span></a></li>`).join('')}</ul></div></nav>`;
const edit = (n: number): string => `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=Tregarthen_%26_Sons&amp;action=edit&amp;section=${n}" title="Edit section">edit</a><span class="mw-editsection-bracket">]</span></span>`;
const mHead = (n: number): string => `<h2><span class="mw-headline" id="${(mH[n] ?? '').replace(/ /g, '_')}">${mH[n]}</span>${edit(n + 1)}</h2>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${mTitle.replace('&', '&amp;')} - Antiques Trade Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Tregarthen_\u0026_Sons","wgTitle":"Tregarthen \u0026 Sons",
"wgCurRevisionId":48213,"wgRevisionId":48213,"wgArticleId":3310,"wgIsArticle":true,"wgAction":"view","wgCategories":["Auction houses"]};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.39.6"><link rel="canonical" href="https://tradewiki.example.org/wiki/Tregarthen_%26_Sons"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Tregarthen_Sons rootpage-Tregarthen_Sons skin-vector action-view
skin-vector-legacy"><div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"></div><div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle.replace('&', '&amp;')}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Antiques Trade Wiki</div><div id="contentSub"></div>
<div id="contentSub2"></div><div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a>
<a class="mw-jump-link" href="#searchInput">Jump to search</a><div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr">
<div class="mw-parser-output"><table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn org">${mTitle.replace('&', '&amp;')}</th></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}
</tbody></table><p>${mLead}</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox" style="display:none" /><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2>
<span class="toctogglespan"><label class="toctogglelabel" for="toctogglecheckbox"></label></span></div><ul>
${mH
  .map(
    (h, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${h.replace(/ /g, '_')}"><span class="tocnumber">${i + 1}</span>
<span class="toctext">${h}</span></a></li>`,
  )
  .join('\n')}</ul></div>
${mHead(0)}${ps(mHist)}${mHead(1)}<p>${mSalesIntro}</p><ul>${mSales.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${mHead(2)}<p>${mClose}</p>
<!--
NewPP limit report
Parsed by mw1
Cached time: 20270303141233
-->
</div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="${mOld}">${mOld}</a>"
</div></div><div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>:
<ul>${mCats.map((c) => `<li><a href="/wiki/Category:x">${c}</a></li>`).join('')}</ul>
</div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><nav id="p-personal" class="vector-menu mw-portlet mw-portlet-personal
vector-user-menu-legacy" aria-labelledby="p-personal-label" role="navigation"><h3 id="p-personal-label" class="vector-menu-heading">
<span class="vector-menu-heading-label">Personal tools</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list">
${mPersonal.map((t) => `<li class="mw-list-item"><a href="/wiki/Special:${t.replace(/ /g, '')}"><span>${t}</span></a></li>`).join('')}</ul></div></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu mw-portlet mw-portlet-namespaces vector-menu-tabs" role="navigation">
<h3 id="p-namespaces-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Namespaces</span></h3><div class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected mw-list-item"><a href="/wiki/Tregarthen_%26_Sons"><span>Page</span></a></li>
<li id="ca-talk" class="new mw-list-item"><a href="/index.php?title=Talk:Tregarthen_%26_Sons&amp;action=edit&amp;redlink=1"><span>Discussion</span></a></li>
</ul>
</div></nav></div><div id="right-navigation"><nav id="p-views" class="vector-menu mw-portlet mw-portlet-views vector-menu-tabs" role="navigation">
<h3 id="p-views-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Views</span></h3><div class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="ca-view" class="selected mw-list-item"><a href="/wiki/Tregarthen_%26_Sons"><span>Read</span></a></li>
<li id="ca-edit" class="mw-list-item"><a href="/index.php?title=Tregarthen_%26_Sons&amp;action=edit"><span>Edit</span></a></li>
<li id="ca-history" class="mw-list-item"><a href="/index.php?title=Tregarthen_%26_Sons&amp;action=history"><span>View history</span></a></li></ul></div></nav>
<div id="p-search" role="search" class="vector-search-box"><h3>Search</h3><form action="/index.php" id="searchform" class="vector-search-box-form">
<div id="simpleSearch" class="vector-search-box-inner">
<input class="vector-search-box-input" type="search" name="search" placeholder="Search Antiques Trade Wiki"
id="searchInput"><input type="submit" name="go" value="Go" title="Go to a page with this exact name if it exists" id="searchButton" class="searchButton">
</div></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div>
${portal('navigation', 'Navigation', mNavItems)}${portal('tb', 'Tools', mTools)}</div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 3 March 2027, at 14:12.</li>
<li id="footer-info-copyright">Content is available under <a href="/wiki/Project:Copyrights">Creative Commons Attribution-ShareAlike</a> unless otherwise
noted.</li></ul><ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/Project:Privacy_policy">Privacy policy</a></li>
<li id="footer-places-about"><a href="/wiki/Project:About">About Antiques Trade Wiki</a></li><li id="footer-places-disclaimers">
<a href="/wiki/Project:General_disclaimer">Disclaimers</a></li></ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico">
<a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31"
loading="lazy"></a></li></ul></footer><script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout679-mediawiki-defunct-auction-house',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mH,
  body: texts([mLead, ...mHist, mSalesIntro, ...mSales, mClose]),
  bylines: ['This page was last edited on 3 March 2027, at 14:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'From Antiques Trade Wiki', 'Jump to navigation', 'Jump to search', 'Quay Hill, Penryn', 'Industry', 'Defunct', 'Headquarters', 'Founder', 'Contents',
    'Retrieved from "https://tradewiki.example.org/index.php?title=Tregarthen_%26_Sons&oldid=48213"', 'Categories', ...mCats,
    'Navigation menu', 'Personal tools', ...mPersonal, 'Namespaces', 'Page', 'Discussion', 'Views', 'Read', 'Edit', 'View history', 'Search',
    'Navigation', ...mNavItems, 'Tools', ...mTools, 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.',
    'Privacy policy', 'About Antiques Trade Wiki', 'Disclaimers',
  ],
};

export const HELDOUT679_F: readonly TestPage[] = [discourse, mediawiki];
