import { links, type TestPage, texts } from './page-kit.js';
import { j, lis, tidy } from './pages-heldout618-kit.js';

/**
 * Held-out batch 618, file d: a bowls club wiki's laws page on MediaWiki (Vector 2022) with its sidebar contents, edit
 * links and categories, and a bridge forum thread in Discourse's crawler view with likes and related topics.
 */
const mTitle = 'Touchers and dead woods';
const mLead = j(
  'This page summarises how the club applies the laws on <b>touchers</b> and <b>dead woods</b> in outdoor flat green play.',
  'It is a members\u2019 guide, not a substitute for the published Laws of the Sport, which take precedence in any dispute.',
);
const mSecs: [string, string[]][] = [
  [
    'Touchers',
    [
      j(
        'A wood that touches the jack during its original course on the green, or after it has hit another wood that in turn',
        'hits the jack, is a toucher. It remains a toucher even if it ends up in the ditch, provided it came to rest within the',
        'boundaries of the rink.',
      ),
      j(
        'The player\u2019s side must mark a toucher with chalk before the next wood is delivered. If a toucher is not marked,',
        'it is treated as an ordinary wood and goes dead if it later enters the ditch.',
      ),
    ],
  ],
  [
    'Dead woods',
    [
      'A wood is dead if any of the following applies:',
      'it does not travel at least 14 metres from the front edge of the mat;',
      'it comes to rest outside the rink boundaries;',
      'it enters the ditch without touching the jack;',
      'it comes to rest in the ditch after rebounding off the bank.',
      j('Dead woods must be removed from the rink and placed on the bank straight away, so that they do not get in the way of', 'later play.'),
    ],
  ],
  [
    'Club practice',
    [
      j(
        'At Greenhollow, chalk is kept in the green boxes at each end of every rink. In club competitions the skip at the head',
        'end decides whether a wood is a toucher; in friendlies, players agree between themselves.',
      ),
    ],
  ],
];
const mToc = ['(Top)', 'Contents', 'hide'];
const mCats = ['Laws', 'Members\u2019 guides'];
const mFoot = ['Privacy policy', 'About Greenhollow Bowls Wiki', 'Disclaimers'];
const mSec = ([h, ps0]: [string, string[]]): string => {
  const id = h.replace(/ /g, '_');
  const bits = h === 'Dead woods' ? `<p>${ps0[0]}</p><ul>${lis(ps0.slice(1, 5))}</ul><p>${ps0[5]}</p>` : ps0.map((p) => `<p>${p}</p>`).join('\n');
  return `<div class="mw-heading mw-heading2"><h2 id="${id}">${h}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Touchers_and_dead_woods&amp;action=edit&amp;section=1" title="Edit section: ${h}"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>\n${bits}`;
};
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-toc-available" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${mTitle} - Greenhollow Bowls Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Touchers_and_dead_woods","wgTitle":"Touchers and dead woods","wgCurRevisionId":2214,"wgNamespaceNumber":0};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=site.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.43.1"><link rel="edit" title="Edit" href="/index.php?title=Touchers_and_dead_woods&amp;action=edit"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-Touchers_and_dead_woods skin-vector-2022">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown">
<label class="vector-dropdown-label" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span>
</label></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Greenhollow Bowls Wiki</strong>
</span></a></div><div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php"
id="searchform" class="cdx-search-input"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search Greenhollow Bowls Wiki"
aria-label="Search Greenhollow Bowls Wiki"><button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-login"><a href="/index.php?title=Special:UserLogin">Log in</a></li></ul></nav></div>
</header></div><div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents"
class="mw-table-of-contents-container">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header"><div class="vector-pinnable-header-label">Contents</div>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents"
id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a>
</li>
${mSecs
  .map(
    ([h], i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h.replace(/ /g, '_')}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}
</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces" class="vector-menu vector-menu-tabs">
<ul>${links(['Page', 'Discussion'], 'vector-tab-noicon')}</ul>
</nav><nav aria-label="Views" class="vector-menu vector-menu-tabs"><ul>${links(['Read', 'Edit', 'View history'], 'vector-tab-noicon')}</ul></nav>
<div class="vector-dropdown vector-page-tools-dropdown"><label class="vector-dropdown-label"><span class="vector-dropdown-label-text">Tools</span></label>
</div></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Greenhollow Bowls Wiki</div><div id="contentSub">
<div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<p>${mLead}</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading" hidden><div class="toctitle"><h2 id="mw-toc-heading">Contents</h2></div></div>
${mSecs.map(mSec).join('\n')}
<!-- NewPP limit report Parsed by mw-web.eqiad.main-5b8c Cached time: 20260503190211 -->
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://gbc.wiki/index.php?title=Touchers_and_dead_woods&amp;oldid=2214">https://gbc.wiki/index.php?title=Touchers_and_dead_woods&amp;oldid=2214</a>"
</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${links(mCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 3 May 2026,
at 19:02.</li></ul><ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico">
<a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawikiBowls: TestPage = tidy({
  name: 'heldout618-bowls-laws-mediawiki',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mSecs.map(([h]) => h),
  body: texts([mLead, ...mSecs.flatMap(([, b]) => b)]),
  bylines: ['This page was last edited on 3 May 2026, at 19:02.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Greenhollow Bowls Wiki', 'Search', 'Log in', ...mToc, '1', '2', '3', 'Page', 'Discussion', 'Read', 'Edit',
    'View history', 'Tools', 'From Greenhollow Bowls Wiki', 'edit',
    'Retrieved from "https://gbc.wiki/index.php?title=Touchers_and_dead_woods&oldid=2214"', 'Categories', ...mCats, ...mFoot,
  ],
});

const fTitle = 'Opponent claimed with a trump still out – what should the director rule?';
const fPosts: [string, string, string[], string][] = [
  [
    'hazelmere_hal',
    'October 3, 2026,  7:12pm',
    [
      j(
        'Club duplicate last night. I was defending 4♠ and declarer, with four tricks to go, faced her hand and said',
        '"the rest are mine". She had three top hearts and the ♠9, and had forgotten that my partner still held the ♠10.',
      ),
      j('We called the director, who gave declarer all four tricks because "she would obviously have drawn it". Is that right?', 'It felt wrong at the table.'),
    ],
    '',
  ],
  [
    'td_marian',
    'October 3, 2026,  8:40pm',
    [
      j(
        'Not as you describe it. When a claim does not mention an outstanding trump, the director awards a trick to the defence',
        'if it is at all likely that declarer was unaware of it and could lose a trick to it by any normal line of play.',
      ),
      j(
        'Here a normal line for someone who has forgotten the ♠10 is to cash a heart first, and partner ruffs. So I would give',
        'the defence one trick, making the contract exactly instead of with an overtrick.',
      ),
      j('Your club can ask for a review within 30 minutes of the end of the session; after that the score stands.'),
    ],
    '4 Likes',
  ],
  [
    'hazelmere_hal',
    'October 4, 2026,  9:03am',
    ['Thanks Marian, that matches what I half-remembered. I\u2019ll raise it with our director next week, politely!'],
    '1 Like',
  ],
];
const fRel = [
  ['Revoke discovered after the session ended', '6', '412', 'Sep 2026'],
  ['Alerting a 2NT response at a club game', '11', '980', 'Aug 2026'],
];
const fPost = ([u, d, b, likes]: [string, string, string[], string], i: number): string => `<div id="post_${i + 1}" itemprop="comment" itemscope
itemtype="http://schema.org/Comment" class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope
itemtype="http://schema.org/Person"><a itemprop="url" rel="nofollow" href="https://forum.bridgetalk.org/u/${u}"><span itemprop="name">${u}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.bridgetalk.org/t/opponent-claimed-with-a-trump-still-out/2291"><span class="crawler-post-infos">
<time itemprop="datePublished" datetime="2026-10-03T19:12:44Z" class="post-time">${d}</time><meta itemprop="position" content="${i + 1}"></span></div>
<div class="post" itemprop="text">${b.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction">
<meta itemprop="userInteractionCount" content="${likes === '' ? 0 : likes.slice(0, 1)}"><span class="post-likes">${likes}</span></div></div>`;
const fHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${fTitle} - Laws &amp; Rulings - BridgeTalk</title><meta name="description" content="Club duplicate last night. I was defending 4♠ and declarer">
<meta name="generator" content="Discourse 3.4.0 - https://github.com/discourse/discourse version 3.4.0"><link rel="canonical"
href="https://forum.bridgetalk.org/t/opponent-claimed-with-a-trump-still-out/2291"><meta property="og:site_name" content="BridgeTalk">
<link href="/stylesheets/desktop_c1d4a8.css?__ws=forum.bridgetalk.org" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}","author":{"@type":"Person",
"name":"hazelmere_hal"}}</script>
<meta id="data-discourse-setup" data-cdn="" data-base-url="https://forum.bridgetalk.org"></head>
<body class="crawler "><noscript data-share-ember-app="true"></noscript>
<header class="d-header"><div class="wrap"><div class="contents"><div class="header-title"><a href="/"><img src="/uploads/default/original/1X/logo.png"
alt="BridgeTalk" id="site-logo" style="max-width:150px"></a></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/opponent-claimed-with-a-trump-still-out/2291">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement"
itemscope itemtype="http://schema.org/ListItem">
<a href="/c/laws-rulings/6" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color:#0E76BD"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Laws &amp; Rulings</span></span></a><meta itemprop="position"
content="1"></span></div>
<div class="topic-tags"><a href="/tag/claims" class="discourse-tag">claims</a><a href="/tag/director" class="discourse-tag">director</a></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${fTitle}">
${fPosts.map(fPost).join('\n')}</div>
<div id="related-topics" class="more-topics__list" role="complementary"><h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container"><table id="related-topics" class="topic-list"><thead><tr><th>Topic</th><th></th><th>Replies</th><th>Views</th>
<th>Activity</th></tr>
</thead><tbody>${fRel
  .map(
    (r) => `<tr><td><a href="/t/${r[0]?.length}" class="title raw-link raw-topic-link">${r[0]}</a></td><td></td><td>${r[1]}</td>
<td>${r[2]}</td><td>${r[3]}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>${links(['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'])}</ul></nav>
</footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
const discourseBridge: TestPage = tidy({
  name: 'heldout618-bridge-claim-discourse',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: fPosts.flatMap(([, , b]) => b),
  bylines: fPosts.flatMap(([u, d]) => [u, d]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Laws & Rulings', 'claims', 'director', '4 Likes', '1 Like', 'Related topics', ...fRel.flat(), 'Home', 'Categories', 'Guidelines',
    'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
});

export const HELDOUT618_D: readonly TestPage[] = [mediawikiBowls, discourseBridge];
