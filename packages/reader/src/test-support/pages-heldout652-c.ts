import { links, ps, type TestPage } from './page-kit.js';
import { finish, j, rowTexts, trs } from './pages-heldout652-kit.js';

/**
 * Held-out batch 652, file c: a rental karting forum thread on Discourse (the crawler view) with likes and related topics, and a
 * karting wiki's circuit article on MediaWiki (Vector 2022) with an infobox, contents box and categories.
 */
const dTitle = 'Ridgeback Raceway new karts: are lap times really slower?';
const dPosts = [
  {
    user: 'kerbhopper',
    date: 'March 4, 2027, 8:12pm',
    likes: '3 Likes',
    ps: [
      j(
        'Went back to Ridgeback on Saturday for the first time since they swapped the fleet. Same layout, dry track, and I was nearly',
        'a second off my best from last autumn. Anyone else finding the new karts slower, or have I just forgotten how to drive?',
      ),
    ],
  },
  {
    user: 'apex_annie',
    date: 'March 4, 2027, 9:40pm',
    likes: '5 Likes',
    ps: [
      j(
        'Not just you. They have more grip but they feel like they are governed harder at the top end. The back straight used to be',
        'where you made time and now everyone arrives at the hairpin at the same speed.',
      ),
      'Best I have done in them is a 42.9, used to be low 42s.',
    ],
  },
  {
    user: 'DaveR_Karts',
    date: 'March 5, 2027, 7:03am',
    likes: '2 Likes',
    ps: [
      j(
        'I asked at the desk. The track manager said the karts are restricted for the first month while the engines bed in, and they will',
        'be turned up in April. Worth waiting before anyone gets too upset about the board.',
      ),
    ],
  },
  {
    user: 'kerbhopper',
    date: 'March 5, 2027, 12:26pm',
    likes: '',
    ps: ['That makes sense, thanks Dave. I will go back in April and report.'],
  },
  {
    user: 'system',
    date: 'April 4, 2027, 12:26pm',
    likes: '',
    ps: ['This topic was automatically closed 30 days after the last reply. New replies are no longer allowed.'],
  },
];
const dRelated = ['Best rental track in the north?', 'Ridgeback league 2027 sign-ups', 'How much does ballast really matter?'];
const dPost = (p: (typeof dPosts)[number], i: number): string => `<div id="post_${i + 1}" itemprop="comment" itemscope itemtype="http://schema.org/Comment"
class="topic-body crawler-post"><div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" href="https://forum.kartchat.co.uk/u/${p.user}"><span itemprop="name">${p.user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.kartchat.co.uk/t/ridgeback-raceway-new-karts/4821"><span class="crawler-post-infos">
<time itemprop="datePublished" datetime="2027-03-04T20:12:00Z" class='post-time'>${p.date}</time><meta itemprop='position' content='${i + 1}'></span></div>
<div class='post' itemprop='text'>${ps(p.ps)}</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="3" />
${p.likes === '' ? '' : `<span class='post-likes'>${p.likes}</span>`}</div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Tracks - Kart Chat</title><meta name="description"
content="Went back to Ridgeback on Saturday for the first time since they swapped the fleet.">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1">
<link rel="canonical" href="https://forum.kartchat.co.uk/t/ridgeback-raceway-new-karts/4821"><meta property="og:site_name" content="Kart Chat">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"kerbhopper"}}</script>
<link href="/stylesheets/desktop_4f2a.css?__ws=forum.kartchat.co.uk" media="all" rel="stylesheet" data-target="desktop"></head>
<body class="crawler "><header class="d-header"><div class="wrap"><div class="contents"><div class="header-buttons"></div><div class="title">
<a href="/"><img src="/uploads/default/original/1X/kartchat-logo.png" alt="Kart Chat" id="site-logo"></a></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/ridgeback-raceway-new-karts/4821">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/tracks/7" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #0E76BD'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Tracks</span></span></a><meta itemprop="position" content="1"
/></span></div>
<div class="topic-tags"><a href='/tag/ridgeback' class='discourse-tag'>ridgeback</a> <a href='/tag/rental' class='discourse-tag'>rental</a></div></div>
${dPosts.map(dPost).join('\n')}
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRelated
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link" itemprop='itemListElement'><meta itemprop='position' content='${i + 1}'>
<span class="link-top-line"><a itemprop='url' href='/t/${i}' class='title raw-link raw-topic-link'>${t}</a></span></td><td class="posters"></td>
<td class="replies"><span class='posts' title='posts'>${12 + i}</span></td><td class="views"><span class='views' title='views'>${340 + i * 17}</span></td>
<td>Feb ${10 + i}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/' itemprop="url">Home </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/categories' itemprop="url">Categories </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/guidelines' itemprop="url">FAQ/Guidelines </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/tos' itemprop="url">Terms of Service </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/privacy' itemprop="url">Privacy Policy </a></span></li></ul></nav><p class='powered-by-link'>Powered by <a
href="https://www.discourse.org">Discourse</a>,
best viewed with JavaScript enabled</p></footer></body></html>`;
const discourseThread: TestPage = {
  name: 'heldout652-discourse-kart-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => p.ps),
  bylines: dPosts.flatMap((p) => [p.user, p.date]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tracks', 'ridgeback', 'rental', ...dPosts.map((p) => p.likes).filter((t) => t !== ''), 'Related topics', ...dRelated, '12', '13', '14', '340', '357',
    '374', 'Feb 10', 'Feb 11', 'Feb 12', 'Home', 'Categories', 'FAQ/Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const mTitle = 'Greyfell Kart Circuit';
const mLead = [
  j(
    'Greyfell Kart Circuit is an outdoor karting track near Hollinside in the Calder Fells. Opened in 1994 on the site of a former',
    'quarry, it is one of the longest rental circuits in the region and hosts rounds of the Northern Endurance Series.',
  ),
];
const mInfo = [
  ['Location', 'Hollinside, Calder Fells'],
  ['Opened', '1994'],
  ['Length', '1,260 m'],
  ['Turns', '14'],
  ['Lap record', '52.118 (Owen Tarrant, 2026)'],
];
const mSecs = [
  {
    h: 'History',
    ps: [
      j(
        'The circuit was built by the Marsden family, who ran the quarry until 1989. The first layout was 780 m long and used the',
        'quarry floor only. In 2003 it was extended up the old haul road, adding the climb to the Top Hairpin and the fast descent known as',
        'the Chute.',
      ),
      j('A floodlighting system was installed in 2011, allowing evening racing through the winter. The pit building was rebuilt in 2019.'),
    ],
  },
  {
    h: 'Layout',
    ps: [
      j(
        'The track runs anticlockwise. After the start line, drivers take a long right-hander onto the haul road, climb to the Top Hairpin',
        'and drop through the Chute, where the fastest karts reach around 70 km/h. The lap finishes with a tight sequence of three corners',
        'on the quarry floor.',
      ),
    ],
  },
  {
    h: 'Events',
    ps: [
      j(
        'Besides rental sessions, the circuit hosts the Greyfell 6 Hours each September, a team endurance race for hire karts that has',
        'run every year since 2005 except 2020.',
      ),
    ],
  },
];
const mSide = ['Main page', 'Recent changes', 'Random page', 'All tracks', 'Help'];
const mTabs = ['Page', 'Discussion', 'Read', 'Edit', 'View history'];
const mFoot = ['Privacy policy', 'About KartWiki', 'Disclaimers'];
const mSec = (s: (typeof mSecs)[number], i: number): string => `<div class="mw-heading mw-heading2"><h2 id="${s.h}">${s.h}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Greyfell_Kart_Circuit&amp;action=edit&amp;section=${i + 1}"
title="Edit section: ${s.h}"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>
${ps(s.ps)}`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${mTitle} - KartWiki</title><script>(function(){var className="client-js";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Greyfell_Kart_Circuit","wgTitle":"Greyfell Kart Circuit","wgCurRevisionId":18823,"wgNamespaceNumber":0};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.41.1">
<link rel="edit" title="Edit" href="/index.php?title=Greyfell_Kart_Circuit&amp;action=edit"><link rel="canonical"
href="https://kartwiki.org/wiki/Greyfell_Kart_Circuit">
</head><body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Greyfell_Kart_Circuit skin-vector-2022
action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu"><label class="vector-dropdown-label"
for="vector-main-menu-dropdown-checkbox" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main
menu</span>
</label><div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div class="vector-pinnable-header">
<div class="vector-pinnable-header-label">Main menu</div></div><div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div
class="vector-menu-heading">
Navigation</div><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mSide, 'mw-list-item')}</ul></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">KartWiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box">
<form action="/index.php" id="searchform" class="vector-search-box-form"><div id="simpleSearch" class="vector-search-box-inner"><input
class="vector-search-box-input"
type="search" name="search" placeholder="Search KartWiki" aria-label="Search KartWiki" id="searchInput"><input class="searchButton" type="submit" name="go"
value="Go">
</div></form></div><nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-login"><a href="/index.php?title=Special:UserLogin">Log
in</a></li></ul>
</nav></div></header></div><div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"></div>
<div class="vector-sitenotice-container"><div id="siteNotice"></div></div><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc"
class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2></div><ul class="vector-toc-contents" id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div
class="vector-toc-text">(Top)</div></a></li>
${mSecs
  .map(
    (s, i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${s.h}"><div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span><span>${s.h}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><nav
aria-label="Namespaces"><ul>${links(mTabs.slice(0, 2), 'vector-tab-noicon mw-list-item')}</ul></nav>
<nav aria-label="Views"><ul>${links(mTabs.slice(2), 'vector-tab-noicon mw-list-item')}</ul></nav></div></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From KartWiki</div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><span typeof="mw:File"><img src="/images/thumb/greyfell.jpg/250px-greyfell.jpg" width="250" height="160"
alt=""></span>
<div class="infobox-caption">The Chute, looking down from the Top Hairpin</div></td></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${ps(mLead)}
<meta property="mw:PageProp/toc">
${mSecs.map(mSec).join('\n')}
<div class="mw-heading mw-heading2"><h2 id="Lap_records">Lap records</h2></div>
<table class="wikitable"><tbody><tr><th>Class</th><th>Time</th><th>Driver</th><th>Year</th></tr>
${trs([
  ['Rental adult', '52.118', 'Owen Tarrant', '2026'],
  ['Rental cadet', '58.804', 'Isla Ferreira', '2025'],
])}</tbody></table>
</div></div><div class="printfooter">Retrieved from "<a dir="ltr"
href="https://kartwiki.org/w/index.php?oldid=18823">https://kartwiki.org/w/index.php?oldid=18823</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/wiki/Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Outdoor_tracks">Outdoor tracks</a></li><li><a href="/wiki/Category:Calder_Fells">Calder Fells tracks</a></li></ul></div></div>
</div></main></div></div>
<footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 2 May 2027, at 14:06.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":118});});</script></body></html>`;
const mediawikiTrack: TestPage = {
  name: 'heldout652-mediawiki-kart-circuit',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [...mSecs.map((s) => s.h), 'Lap records'],
  body: [...rowTexts(mInfo), ...mLead, ...mSecs.flatMap((s) => s.ps), 'Rental adult 52.118 Owen Tarrant 2026', 'Rental cadet 58.804 Isla Ferreira 2025'],
  bylines: ['This page was last edited on 2 May 2027, at 14:06.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mSide, 'KartWiki', 'Log in', 'Contents', '(Top)', '1', '2', '3', ...mTabs, 'From KartWiki',
    'The Chute, looking down from the Top Hairpin', 'edit', 'Retrieved from "https://kartwiki.org/w/index.php?oldid=18823"', 'Categories',
    'Outdoor tracks', 'Calder Fells tracks', ...mFoot,
  ],
};

export const HELDOUT652_C: readonly TestPage[] = [discourseThread, mediawikiTrack].map(finish);
