import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis } from './pages-heldout549-kit.js';

/**
 * Held-out batch 549, file d: an agility forum thread on Discourse (the server-rendered crawler view) and an agility club wiki
 * page on MediaWiki (Vector 2022 skin).
 */
const fTitle = '2x2 or channel weaves for a young sheltie?';
const fPosts: [string, string, string[]][] = [
  [
    'wren_and_pip',
    'October 3, 2026, 7:12pm',
    [
      j(
        'Pip is 14 months and we are about to start weaves. My club teaches channels, but a friend swears by 2x2s and says channel dogs',
        'pop out more at speed. Has anyone here taught both? Pip is fast but a bit of a worrier about new equipment.',
      ),
    ],
  ],
  [
    'GradeSixGav',
    'October 3, 2026, 8:40pm',
    [
      j(
        'Taught both over the years. Honestly the method matters less than how many tiny steps you are willing to take. With a',
        'worrier I would lean 2x2 because each step is a small change and you can reward entries from every angle early on.',
      ),
      'The mistake I see most is closing the channel too fast because the dog looks ready.',
    ],
  ],
  [
    'tess.kinloch',
    'October 4, 2026, 9:05am',
    [
      'Agree with Gav. Whatever you pick, three things helped my sheltie:',
      '<ul>' +
        lis([
          'sessions of five reps, then a toy break',
          'a target plate at the exit for the first month',
          'never asking for speed and entries on the same day',
        ]) +
        '</ul>',
    ],
  ],
];
const fItems = [
  'sessions of five reps, then a toy break',
  'a target plate at the exit for the first month',
  'never asking for speed and entries on the same day',
];
const fBody = fPosts.flatMap(([, , p]) => p.flatMap((t) => (t.startsWith('<ul>') ? fItems : [t])));
const fPost = ([user, when, paras]: [string, string, string[]], i: number): string => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}"
itemscope itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}" class="topic-body crawler-post"><div class="crawler-post-meta">
<span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="https://forum.weavesandwings.org/u/${user}">
<span itemprop="name">${user}</span></a></span><link itemprop="mainEntityOfPage" href="https://forum.weavesandwings.org/t/2x2-or-channel/4412">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2026-10-03T19:12:00Z" class="post-time">${when}</time>
<meta itemprop="position" content="${i + 1}"><span itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="${3 - i}">
<span class="post-likes">${3 - i} Likes</span>
</span></span></div><div class="post" itemprop="text">${paras.map((p) => (p.startsWith('<ul>') ? p : `<p>${p}</p>`)).join('\n')}</div></div>`;
const fHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${fTitle} - Training - Weaves &amp; Wings Forum</title>
<meta name="description" content="Pip is 14 months and we are about to start weaves.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 8a1b">
<link rel="canonical" href="https://forum.weavesandwings.org/t/2x2-or-channel/4412"><meta name="theme-color" media="all" content="#ffffff">
<link href="/stylesheets/color_definitions_base__3_0a1.css?__ws=forum.weavesandwings.org" media="all" rel="stylesheet" class="light-scheme">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.weavesandwings.org"}</script>
<link rel="preload" href="/assets/discourse-0a1b.br.js" as="script"></head>
<body class="crawler"><header><a href="/"><img src="/uploads/default/original/1X/logo.png" alt="Weaves &amp; Wings Forum" id="site-logo"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/2x2-or-channel/4412">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/training/5" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #0E76BD"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Training</span></span></a><meta itemprop="position" content="1">
</span></div>
<div class="topic-tags"><a href="/tag/weaves" class="discourse-tag">weaves</a><a href="/tag/young-dogs" class="discourse-tag">young-dogs</a></div></div>
${fPosts.map(fPost).join('\n')}
<div id="related-topics" class="more-topics__list"><h3 class="more-topics__list-title">Related topics</h3><table class="topic-list"><thead><tr><th>Topic</th>
<th>Replies</th></tr></thead><tbody><tr class="topic-list-item"><td class="main-link"><a href="/t/weave-entries-from-the-off-side/3990" class="title raw-link
raw-topic-link">Weave entries from the off side</a></td><td class="replies"><span class="posts">12</span></td></tr></tbody></table></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/" itemprop="url">Home </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/categories" itemprop="url">
Categories </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/guidelines" itemprop="url">FAQ/Guidelines </a>
</span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/tos" itemprop="url">Terms of Service </a>
</span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/privacy" itemprop="url">Privacy Policy </a></span></li>
</ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
const discourse: TestPage = finish({
  name: 'heldout549-discourse-weaves',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: fBody,
  bylines: fPosts.flatMap(([u, w]) => [u, w]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Training', 'weaves', 'young-dogs', '3 Likes', '2 Likes', '1 Likes', 'Related topics', 'Weave entries from the off side', '12', 'Home', 'Categories',
    'FAQ/Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
});

const mTitle = 'Contact zones';
const mLead = j(
  'The <b>contact zones</b> are the painted ends of the A-frame, dog walk and seesaw. A dog must touch the zone with at least',
  'one paw on the way down; missing it is a five-fault penalty under Kennel Club rules.',
);
const mParts: [string, string[]][] = [
  [
    'Zone sizes',
    [
      'The zones on club equipment are painted yellow and measured from the bottom of the plank:',
      '<ul>' + lis(['A-frame: 106 cm', 'Dog walk: 90 cm', 'Seesaw: 90 cm']) + '</ul>',
    ],
  ],
  [
    'Running contacts and stopped contacts',
    [
      j(
        'Handlers at the club teach either a <i>stopped contact</i>, where the dog holds a two-on two-off position at the bottom,',
        'or a <i>running contact</i>, where the dog runs through the zone at full stride. Stopped contacts are easier to judge in',
        'training; running contacts are faster but take longer to teach.',
      ),
    ],
  ],
  ['Practising at the club', ['Contact equipment is only set up on Thursday evenings. Please lower the A-frame to 1.5 m for dogs under 18 months.']],
];
const mItems = ['A-frame: 106 cm', 'Dog walk: 90 cm', 'Seesaw: 90 cm'];
const mBody = texts([mLead, ...mParts.flatMap(([, p]) => p.flatMap((t) => (t.startsWith('<ul>') ? mItems : [t])))]);
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mSect = ([h, p]: [
  string,
  string[],
]): string => `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Contact_zones&amp;action=edit&amp;section=1" title="Edit section: ${h}">
<span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>
${p.map((t) => (t.startsWith('<ul>') ? t : `<p>${t}</p>`)).join('\n')}`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-page-tools-pinned-disabled" lang="en" dir="ltr"><head>
<meta charset="UTF-8"><title>${mTitle} - Marsh End Agility Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Contact_zones","wgTitle":"Contact zones","wgNamespaceNumber":0};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Contact_zones rootpage-Contact_zones
skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label cdx-button" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation">
<div class="vector-menu-heading">Navigation</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mSide, 'mw-list-item')}</ul></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Marsh End Agility Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform">
<input type="search" name="search" placeholder="Search Marsh End Agility Wiki" aria-label="Search Marsh End Agility Wiki">
<button class="cdx-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-login"><a href="/index.php?title=Special:UserLogin">Log in</a></li></ul></nav>
</div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="mw-content-container"><main id="content" class="mw-body">
<header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading">
<span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul><li class="selected"><a href="/wiki/Contact_zones">Page</a></li><li>
<a href="/wiki/Talk:Contact_zones">Discussion</a>
</li></ul></nav><nav aria-label="Views"><ul><li class="selected"><a href="/wiki/Contact_zones">Read</a></li><li>
<a href="/index.php?title=Contact_zones&amp;action=edit">Edit</a></li>
<li><a href="/index.php?title=Contact_zones&amp;action=history">View history</a></li></ul></nav></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Marsh End Agility Wiki</div><div id="contentSub"></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr"><p>${mLead}</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><div class="toctitle" lang="en" dir="ltr">
<h2 id="mw-toc-heading">Contents</h2></div><ul>
${mParts
  .map(
    ([h], i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${h.replace(/ /g, '_')}">
<span class="tocnumber">${i + 1}</span> <span class="toctext">${h}</span></a></li>`,
  )
  .join('\n')}
</ul></div>
${mParts.map(mSect).join('\n')}
</div></div><div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Equipment">Equipment</a></li><li><a href="/wiki/Category:Rules">Rules</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 14 August 2026, at 21:03.</li>
</ul><ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/Marsh_End_Agility_Wiki:Privacy_policy">Privacy policy</a></li>
<li id="footer-places-about"><a href="/wiki/Marsh_End_Agility_Wiki:About">About Marsh End Agility Wiki</a></li><li id="footer-places-disclaimers">
<a href="/wiki/Marsh_End_Agility_Wiki:General_disclaimer">Disclaimers</a></li></ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico">
<a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul>
</footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = finish({
  name: 'heldout549-mediawiki-contact-zones',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mParts.map(([h]) => h),
  body: mBody,
  bylines: ['This page was last edited on 14 August 2026, at 21:03.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mSide, 'Marsh End Agility Wiki', 'Search', 'Log in', 'Page', 'Discussion', 'Read', 'Edit',
    'View history', 'From Marsh End Agility Wiki', 'Contents', '1', '2', '3', 'edit', 'Categories', 'Equipment', 'Rules', 'Privacy policy',
    'About Marsh End Agility Wiki', 'Disclaimers',
  ],
});

export const HELDOUT549_D: readonly TestPage[] = [discourse, mediawiki];
