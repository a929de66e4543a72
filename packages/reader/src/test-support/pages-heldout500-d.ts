import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, trs } from './pages-heldout500-kit.js';

/**
 * Held-out batch 500, file d: a pacing question on a runners' Discourse forum (the crawler view Discourse serves without
 * JavaScript, with its related topics table), and a race article on a MediaWiki wiki (Vector 2022 skin) with an infobox.
 */
const dTitle = 'Negative split or even pace for a first marathon?';
const dPosts: [string, string, string[], string][] = [
  [
    'fellfoot_kat',
    'Mar 3, 2027,  6:41pm',
    [
      j(
        'Six weeks out from my first marathon (Harlowe, hoping for around 3:45). My club coach says run the first half two minutes',
        'slower than the second. A friend who has run ten of them says that is nonsense and I should just hold 8:35 per mile all the way.',
      ),
      'Which did you do for your first, and would you do it again?',
    ],
    '',
  ],
  [
    'gdouglas',
    'Mar 3, 2027,  7:02pm',
    [
      j(
        'Even pace on paper, slight negative split in practice. Nobody manages a true negative split on their first go, but aiming',
        'for one stops you going off too fast, which is the real danger.',
      ),
    ],
    '4 Likes',
  ],
  [
    'runs_on_toast',
    'Mar 3, 2027,  9:15pm',
    [
      j(
        'I went out at goal pace for my first and held it to 20 miles, then lost eleven minutes in the last 10K. Second time I ran',
        'the first 10 miles 10 seconds a mile slower and finished four minutes quicker overall. I know which one I would pick.',
      ),
    ],
    '6 Likes',
  ],
  [
    'fellfoot_kat',
    'Mar 4, 2027,  8:10am',
    ['That is really useful, thank you both. I will try the slower start on my 20-miler this weekend and see how it feels.'],
    '1 Like',
  ],
];
const dRelated = [
  ['Gels every 5 miles or every 45 minutes?', 'Nutrition', '12', '1.4k', 'Feb 2027'],
  ['Does anyone actually taper for three weeks?', 'Training', '31', '3.2k', 'Jan 2027'],
];
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dTitle} - Training - Milebank Runners Forum</title>
<meta name="description" content="Six weeks out from my first marathon (Harlowe, hoping for around 3:45).">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 4b1d2c">
<link rel="icon" type="image/png" href="/uploads/default/optimized/1X/favicon.png">
<meta name="theme-color" media="all" content="#ffffff">
<link rel="canonical" href="https://forum.milebank.example/t/negative-split-or-even-pace-for-a-first-marathon/4412">
<link href="/stylesheets/color_definitions_light_2_1.css?__ws=forum.milebank.example" media="all" rel="stylesheet" class="light-scheme">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.milebank.example",
"potentialAction":{"@type":"SearchAction"}}</script>
<meta property="og:site_name" content="Milebank Runners Forum"><meta property="og:type" content="website"></head>
<body class="crawler"><header class="d-header"><div class="wrap"><div class="contents"><div class="header-title"><a href="/">
<img src="https://forum.milebank.example/uploads/default/original/1X/logo.png" alt="Milebank Runners Forum" id="site-logo"></a></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/negative-split-or-even-pace-for-a-first-marathon/4412">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/training/5" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #0E76BD"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Training</span></span></a><meta itemprop="position" content="1"></span>
</div>
<div class="topic-category"><div class="discourse-tags list-tags">
<a href="/tag/marathon" class="discourse-tag" rel="tag">marathon</a>, <a href="/tag/pacing" class="discourse-tag" rel="tag">pacing</a></div></div></div>
${dPosts
  .map(
    ([u, t, ps0, likes], i) => `<div id="post_${i + 1}" itemprop="comment" itemscope itemtype="http://schema.org/Comment" class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/${u}">
<span itemprop="name">${u}</span></a>
</span><link itemprop="mainEntityOfPage" href="/t/negative-split-or-even-pace-for-a-first-marathon/4412"><span class="crawler-post-infos">
<time itemprop="datePublished" datetime="2027-03-03T18:41:00Z" class="post-time">${t}</time><meta itemprop="position" content="${i + 1}"></span></div>
<div class="post" itemprop="text">${ps(ps0)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction">
<meta itemprop="userInteractionCount" content="${likes.split(' ')[0] || 0}">${likes === '' ? '' : `<span class='post-likes'>${likes}</span>`}</div></div>`,
  )
  .join('\n')}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">
Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list"><thead><tr><th>Topic</th><th>
</th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>${trs(dRelated)}</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/" itemprop="url">Home </a></span></li>
<li><span itemprop="name"><a href="/categories" itemprop="url">Categories </a></span></li><li><span itemprop="name">
<a href="/guidelines" itemprop="url">Guidelines </a></span></li>
<li><span itemprop="name"><a href="/tos" itemprop="url">Terms of Service </a></span></li><li><span itemprop="name">
<a href="/privacy" itemprop="url">Privacy Policy </a></span></li></ul></nav></footer>
<footer id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer></body></html>`;
const discourse: TestPage = {
  name: 'heldout500-discourse-pacing-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap(([, , p]) => p),
  bylines: ['fellfoot_kat', 'gdouglas', 'runs_on_toast', ...dPosts.map(([, t]) => t.replace(/\s+/g, ' '))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Training', 'pacing', '4 Likes', '6 Likes', '1 Like', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    ...dRelated.flat().filter((t) => t !== 'Training'), 'Home', 'Categories', 'Guidelines',
    'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const mTitle = 'Kestrel Valley Ultra';
const mLead = [
  j(
    'The <b>Kestrel Valley Ultra</b> is a 50-mile trail race held each June in the Kestrel Valley, starting and finishing in the',
    'village of Hobb\u2019s Cross. It was first run in 1994 and is one of the oldest ultra-distance races in the northern fells.',
  ),
  'The race is organised by Hobb\u2019s Cross Fell Runners and is limited to 350 starters, chosen by ballot each January.',
];
const mSecs: [string, string[]][] = [
  [
    'History',
    [
      j(
        'The first race was organised by local shepherd and runner Alf Marrow, who had run the route alone in 1991 to raise money',
        'for the village hall. Eleven runners finished the 1994 race; the winner took 9 hours 52 minutes.',
      ),
      j(
        'The course was shortened to 48 miles in 2003 after a landslip closed the path above Scarth Beck, and returned to its full',
        'length in 2011 when a new bridge was built. The race was cancelled in 2020 and 2021.',
      ),
    ],
  ],
  [
    'Course',
    [
      j(
        'The route follows the valley floor north for twelve miles, climbs to the ridge at Kestrel Pike (the highest point, at 812 metres)',
        'and returns along the eastern skyline. The total climb is about 2,900 metres. There are five checkpoints, each with a cut-off time.',
      ),
    ],
  ],
];
const mRecords = [
  ['Men', 'Callum Dree', '2019', '6:48:31'],
  ['Women', 'Anja Velt', '2023', '7:35:04'],
];
const mInfo = ['Date: Mid-June', 'Location: Hobb\u2019s Cross', 'Distance: 50 mi (80 km)', 'Established: 1994'];
const mEdit = (h: string): string => `<h2><span class="mw-headline" id="${h.replace(/ /g, '_')}">${h}</span><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Kestrel_Valley_Ultra&amp;action=edit&amp;section=1" title="Edit section: ${h}">edit</a>
<span class="mw-editsection-bracket">]</span></span></h2>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-toc-available" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${mTitle} - Fellwiki</title><script>(function(){var className="client-js";document.documentElement.className=className;}());
RLCONF={"wgCanonicalNamespace":"","wgPageName":"Kestrel_Valley_Ultra","wgTitle":"Kestrel Valley Ultra","wgCurRevisionId":48211};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="edit" title="Edit" href="/index.php?title=Kestrel_Valley_Ultra&amp;action=edit"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-Kestrel_Valley_Ultra rootpage-Kestrel_Valley_Ultra 
skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label" aria-hidden="true"><span class="vector-dropdown-label-text">Main menu</span>
</label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div>
<ul class="vector-menu-content-list">
${links(['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'], 'mw-list-item')}</ul></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-wordmark">Fellwiki</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail">
<form action="/index.php" id="searchform">
<input type="search" name="search" placeholder="Search Fellwiki" aria-label="Search Fellwiki" id="searchInput"><button class="cdx-button">Search</button>
</form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul>${links(['Create account', 'Log in'], 'mw-list-item')}</ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar</button>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a>
</li>
${[...mSecs.map(([h]) => h), 'Course records']
  .map(
    (h, i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h.replace(/ /g, '_')}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul>${links(['Page', 'Discussion'], 'mw-list-item')}</ul></nav>
<nav aria-label="Views"><ul>${links(['Read', 'Edit', 'View history'], 'mw-list-item')}</ul></nav></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From Fellwiki, the fell and trail running wiki</div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content">
<div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vevent"><tbody><tr><th colspan="2" class="infobox-above summary">${mTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><span typeof="mw:File"><img src="/images/thumb/4/4a/Kestrel_Pike.jpg/260px-Kestrel_Pike.jpg" alt="" width="260">
</span>
<div class="infobox-caption">Runners on Kestrel Pike in 2024</div></td></tr>
${mInfo
  .map(
    (r) => `<tr><th scope="row" class="infobox-label">${r.split(': ')[0]}</th><td class="infobox-data">${r.split(': ')[1]}</td>
</tr>`,
  )
  .join('\n')}</tbody></table>
${ps(mLead)}
<meta property="mw:PageProp/toc">
${mSecs.map(([h, p]) => mEdit(h) + ps(p)).join('\n')}
${mEdit('Course records')}
<table class="wikitable"><tbody><tr><th></th><th>Runner</th><th>Year</th><th>Time</th></tr>
${trs(mRecords)}</tbody></table>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" 
href="https://fellwiki.example/index.php?title=Kestrel_Valley_Ultra&amp;oldid=48211">
https://fellwiki.example/index.php?title=Kestrel_Valley_Ultra&amp;oldid=48211</a>"</div>
</div></div><div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>:
<ul>${links(['Ultramarathons', 'Races established in 1994'])}</ul></div></div></div></main></div></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 14 February 2027, at 09:12.</li>
<li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons 
Attribution-ShareAlike</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(['Privacy policy', 'About Fellwiki', 'Disclaimers'])}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":143});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout500-mediawiki-ultra-race',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [...mSecs.map(([h]) => h), 'Course records'],
  body: texts([...mLead, ...mSecs.flatMap(([, p]) => p), ...rowTexts(mRecords)]),
  bylines: ['This page was last edited on 14 February 2027, at 09:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Navigation', 'Main page', 'Recent changes', 'Random page', 'Help about MediaWiki', 'Fellwiki', 'Search',
    'Create account', 'Log in', 'Contents', 'move to sidebar', 'hide', '(Top)', 'Page', 'Discussion', 'Read', 'Edit', 'View history',
    'From Fellwiki, the fell and trail running wiki', 'Runners on Kestrel Pike in 2024',
    'Date', 'Mid-June', 'Location', 'Distance', '50 mi (80 km)', 'Established',
    'Categories:', 'Ultramarathons',
    'Races established in 1994', 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', 'Privacy policy',
    'About Fellwiki', 'Disclaimers',
  ],
};

export const HELDOUT500_D: readonly TestPage[] = [discourse, mediawiki];
