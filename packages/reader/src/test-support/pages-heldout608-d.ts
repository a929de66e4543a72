import { links, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout608-kit.js';

/**
 * Held-out batch 608, file d: a Discourse thread on a quilters' forum (the server-rendered crawler view) about mitred binding
 * corners, and a MediaWiki article on a quilting wiki (Vector 2022) about the log cabin block, with its infobox and categories.
 */
const dTitle = 'Binding corners keep coming out bulky – what am I doing wrong?';
type Post = [user: string, date: string, paras: string[]];
const dPosts: Post[] = [
  [
    'stitchwitch_ana',
    'March 14, 2026, 8:12pm',
    [
      j(
        'I have finished my third quilt top and the binding is still my weak spot. The corners fold into a mitre on the front but on',
        'the back they are a lump of fabric. I cut my strips at 2½ in and use a ¼ in seam. Any ideas?',
      ),
    ],
  ],
  [
    'Deborah_K',
    'March 14, 2026, 9:03pm',
    [
      'Two things usually cause this:',
      'Stopping too far from the corner. Stop exactly ¼ in from the edge and backstitch.',
      'Wadding that runs right into the seam. Trim the wadding and backing level with the top before you bind.',
      'If both are fine, try a 2¼ in strip. It fills the binding without the extra bulk at the fold.',
    ],
  ],
  [
    'stitchwitch_ana',
    'March 15, 2026, 7:40am',
    ['It was the wadding! I had left about a centimetre of it sticking out. Trimmed the last quilt properly and the corners are flat. Thank you.'],
  ],
];
const dPostHtml = ([user, date, paras]: Post, n: number): string => {
  const body = n === 1 ? `<p>${at(paras, 0)}</p><ol>${lis(paras.slice(1, 3))}</ol><p>${at(paras, 3)}</p>` : paras.map((p) => `<p>${p}</p>`).join('\n');
  return `<div id="post_${n + 1}" itemprop="${n === 0 ? 'mainEntity' : 'comment'}" itemscope itemtype="http://schema.org/${
    n === 0 ? 'DiscussionForumPosting' : 'Comment'
  }" class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" href="https://forum.piecedtogether.org/u/${user}"><span itemprop="name">${user}</span></a></span><link itemprop="mainEntityOfPage"
href="https://forum.piecedtogether.org/t/binding-corners-bulky/4812"><span class="crawler-post-infos"><time itemprop="datePublished"
datetime="2026-03-14T20:12:00Z" class="post-time">${date}</time><meta itemprop="position" content="${n + 1}"></span></div>
<div class="post" itemprop="text">${body}</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="${3 - n}">
<span class='post-likes'>${3 - n} Likes</span></div></div>`;
};
const dRelated = ['Hand or machine binding? Poll', 'Joining binding ends neatly', 'Best wadding for a first quilt'];
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dTitle} - Finishing - Pieced Together Forum</title>
<meta name="description" content="I have finished my third quilt top and the binding is still my weak spot."><meta name="generator" content="Discourse 3.2.1
- https://github.com/discourse/discourse version 3.2.1">
<link rel="icon" type="image/png" href="https://forum.piecedtogether.org/uploads/default/optimized/1X/favicon_32x32.png"><meta name="theme-color" media="all"
content="#ffffff">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, user-scalable=yes, viewport-fit=cover">
<link rel="canonical" href="https://forum.piecedtogether.org/t/binding-corners-bulky/4812"><link rel="search" type="application/opensearchdescription+xml"
href="https://forum.piecedtogether.org/opensearch.xml" title="Pieced Together Forum Search">
<link href="/stylesheets/color_definitions_base__1_abc.css?__ws=forum.piecedtogether.org" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_abc.css?__ws=forum.piecedtogether.org" media="all" rel="stylesheet" data-target="desktop">
<meta property="og:site_name" content="Pieced Together Forum"><meta property="og:type" content="website"><meta property="og:title" content="${dTitle}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.piecedtogether.org","potentialAction":
{"@type":"SearchAction","target":"https://forum.piecedtogether.org/search?q={search_term_string}","query-input":"required name=search_term_string"}}</script>
</head><body class="crawler "><header><a href="/"><img src="https://forum.piecedtogether.org/uploads/default/original/1X/logo.png" alt="Pieced Together Forum"
id="site-logo" style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/binding-corners-bulky/4812">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem"><a href="/c/finishing/7" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg'
style='background-color: #8C6238'></span><span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Finishing</span></span></a>
<meta itemprop="position" content="1"></span></div><div class="topic-category"><div class='discourse-tags list-tags'><a href='/tag/binding'
class='discourse-tag'
rel="tag">binding</a>, <a href='/tag/beginner' class='discourse-tag' rel="tag">beginner</a></div></div></div>
${dPosts.map(dPostHtml).join('\n')}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'><table class='topic-list'>
<thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>${dRelated
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>
<meta itemprop='position' content='${i + 1}'><span class="link-top-line"><a itemprop='url' href='/t/r${i}' class='title raw-link raw-topic-link'>${t}</a>
</span></td><td></td><td class="replies"><span class='posts' title='posts'>${4 + i * 5}</span></td><td class="views"><span class='views'
title='views'>${210 + i * 93}</span></td><td>${['Feb 2026', 'Jan 2026', 'Dec 2025'][i]}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a
href='/' itemprop="url">Home </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/categories'
itemprop="url">Categories </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/guidelines'
itemprop="url">Guidelines </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/tos'
itemprop="url">Terms of Service </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/privacy'
itemprop="url">Privacy Policy </a></span></li></ul></nav><p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed
with JavaScript enabled</p></footer></body></html>`;
const discourse: TestPage = {
  name: 'heldout608-discourse-binding',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap(([, , paras]) => paras)),
  bylines: ['stitchwitch_ana', 'March 14, 2026, 8:12pm', 'Deborah_K', 'March 14, 2026, 9:03pm', 'March 15, 2026, 7:40am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Finishing', 'binding, beginner', '3 Likes', '2 Likes', '1 Likes', 'Related topics',
    'Topic', 'Replies', 'Views', 'Activity', ...dRelated, '4', '9', '14', '210', '303', '396',
    'Feb 2026', 'Jan 2026', 'Dec 2025', 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const mTitle = 'Log cabin';
const mBody = [
  j(
    'The <b>log cabin</b> is a quilt block built from narrow strips, or "logs", sewn in rounds around a central square. The centre',
    'is traditionally red or yellow, standing for the hearth, and the strips are arranged so that one half of the block is light',
    'and the other dark.',
  ),
  'Construction',
  j(
    'A block starts from the centre square. The first strip is sewn to one side, pressed away from the centre, and trimmed; the',
    'next strip is added clockwise so that it covers the end of the first. Each round adds four strips, and most blocks have three',
    'to five rounds.',
  ),
  j(
    'Many quilters sew log cabin blocks on a paper or muslin foundation, which keeps the narrow strips straight. Strip widths of',
    '1 to 1½ inches (2.5 to 3.8 cm) finished are usual.',
  ),
  'Variations',
  '<b>Courthouse steps</b>: strips are added to opposite sides in pairs, giving a symmetrical block.',
  '<b>Off-centre log cabin</b>: strips on two sides are narrower than on the other two, so the rounds curve when blocks are set together.',
  '<b>Pineapple</b>: strips are also sewn across the corners, producing a star-like pattern.',
  'Settings',
  j(
    'The light and dark halves make the block unusually versatile. The same blocks can be turned to form diagonal stripes',
    '(known as <i>straight furrows</i>), concentric diamonds (<i>barn raising</i>) or zigzags, and the choice of setting often',
    'gives the finished quilt its name.',
  ),
];
const mHeads = [1, 4, 8];
const mInfo = [
  ['Type', 'Pieced block'],
  ['Technique', 'Strip piecing, foundation piecing'],
  ['Skill level', 'Beginner'],
];
const mCats = ['Quilt blocks', 'Strip-pieced blocks', 'Beginner projects'];
const mSide = ['Main page', 'Block index', 'Recent changes', 'Random page', 'Help'];
const mSec = (i: number, n: number): string => `<div class="mw-heading mw-heading2"><h2 id="${at(mBody, i)}">${at(mBody, i)}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Log_cabin&amp;action=edit&amp;section=${n}" title="Edit section:
${at(mBody, i)}">edit</a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-page-tools-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>Log cabin - QuiltWiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";
var cookie=document.cookie.match(/(?:^|; )quiltwikimwclientpreferences=([^;]+)/);
document.documentElement.className=className;}());RLCONF={"wgPageName":"Log_cabin","wgTitle":"Log cabin","wgNamespaceNumber":0,"wgAction":"view",
"wgCategories":["Quilt blocks","Strip-pieced blocks","Beginner projects"]};RLPAGEMODULES=["site","mediawiki.page.ready","skins.vector.js"];</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.41.1">
<meta name="viewport" content="width=1120"><link rel="edit" title="Edit" href="/index.php?title=Log_cabin&amp;action=edit"><link rel="canonical"
href="https://quiltwiki.org/wiki/Log_cabin"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Log_cabin rootpage-Log_cabin skin-vector-2022
action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown
vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button"
aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu"><label id="vector-main-menu-dropdown-label"
for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--weight-quiet cdx-button--icon-only" aria-hidden="true"><span class="vector-icon
mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu"
class="vector-main-menu vector-pinnable-element"><div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">
Navigation</div><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mSide, 'mw-list-item')}</ul></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">QuiltWiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail
vector-search-box"><a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet
cdx-button--icon-only search-toggle" title="Search QuiltWiki [f]" accesskey="f"><span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a>
<div class="vector-typeahead-search-container"><form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search QuiltWiki" aria-label="Search QuiltWiki" id="searchInput">
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div><nav class="vector-user-links" aria-label="Personal tools"><ul>
${links(['Create account', 'Log in'], 'mw-list-item')}</ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container"
class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header">
<h2 class="vector-pinnable-header-label">Contents</h2></div><ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text"
class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>${mHeads
  .map(
    (i, n) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${at(mBody, i)}"><div class="vector-toc-text">
<span class="vector-toc-numb">${n + 1}</span><span>${at(mBody, i)}</span></div></a></li>`,
  )
  .join('')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header><div class="vector-page-toolbar"><div
class="vector-page-toolbar-container"><div id="left-navigation"><nav
aria-label="Namespaces"><ul>${links(['Page', 'Discussion'], 'mw-list-item')}</ul></nav></div>
<div id="right-navigation"><nav aria-label="Views"><ul>${links(['Read', 'Edit', 'View history'], 'mw-list-item')}</ul></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From QuiltWiki, the free quilting encyclopedia</div>
<div id="contentSub"></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">Log cabin</th></tr><tr><td colspan="2" class="infobox-image"><span typeof="mw:File">
<a href="/wiki/File:Log_cabin_block.svg" class="mw-file-description"><img src="/images/thumb/log_cabin_block.svg/220px-log_cabin_block.svg.png" width="220"
height="220" class="mw-file-element"></a></span><div class="infobox-caption">A block with four rounds</div></td></tr>${mInfo
  .map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`)
  .join('')}</tbody></table>
<p>${at(mBody, 0)}</p>
<meta property="mw:PageProp/toc">
${mSec(1, 1)}<p>${at(mBody, 2)}</p><p>${at(mBody, 3)}</p>
${mSec(4, 2)}<ul>${lis(mBody.slice(5, 8))}</ul>
${mSec(8, 3)}<p>${at(mBody, 9)}</p>
<!-- NewPP limit report Cached time: 20260301114233 --></div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${links(mCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 1 March
2026, at 11:42.</li><li id="footer-info-copyright">Content is available under <a href="/wiki/QuiltWiki:Copyrights">Creative Commons Attribution-ShareAlike</a>
unless otherwise noted.</li></ul><ul id="footer-places">${links(['Privacy policy', 'About QuiltWiki', 'Disclaimers'])}</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout608-mediawiki-log-cabin',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads.map((i) => at(mBody, i)),
  body: texts(mBody.filter((_, i) => !mHeads.includes(i))),
  bylines: ['This page was last edited on 1 March 2026, at 11:42.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Navigation', ...mSide, 'QuiltWiki', 'Search', 'Create account', 'Log in', 'Contents', '(Top)', '1', '2', '3',
    'Page', 'Discussion', 'Read', 'Edit', 'View history', 'From QuiltWiki, the free quilting encyclopedia', 'A block with four rounds', ...mInfo.flat(),
    'edit', '[', ']', 'Categories', ...mCats, 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.',
    'Privacy policy', 'About QuiltWiki', 'Disclaimers',
  ],
};

export const HELDOUT608_D: readonly TestPage[] = [discourse, mediawiki];
