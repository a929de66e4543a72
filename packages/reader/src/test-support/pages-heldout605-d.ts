import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout605-kit.js';

/**
 * Held-out batch 605, file d: a cheese encyclopedia article on MediaWiki (Vector 2022) with an infobox, edit links, references
 * and categories, and a home cheesemaking forum thread on Discourse (the crawler view) with five posts and related topics.
 */
const mTitle = 'Kestle Moor';
const ref = (n: number): string => `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">[</span>${n}<span
class="cite-bracket">]</span></a></sup>`;
const mLead = [
  j(
    `<b>Kestle Moor</b> is a semi-hard sheep's milk cheese from the uplands of Kestle in the county of Harrowshire. It is made in`,
    `wheels of about 3 kg with a natural brushed rind, and is usually aged for five to nine months.${ref(1)}`,
  ),
];
const mSecs = [
  {
    h: 'History',
    p: [
      j(
        "Sheep's milk cheese was made on the Kestle farms until the 1870s, when most flocks were turned over to wool. The present",
        `cheese was revived in 1994 by Maren Oakes at Top Withen Farm, working from a farmhouse recipe kept by her grandmother.${ref(2)}`,
        'Two further farms began making it in the 2000s.',
      ),
    ],
  },
  {
    h: 'Production',
    p: [
      j(
        'The cheese is made only between March and September, when the ewes are in milk. Raw milk is set with animal rennet at a',
        'low temperature; the curd is cut to the size of hazelnuts, pitched under whey and pressed for two days. The wheels are',
        'brined for a day and then turned and brushed weekly in stone cellars.',
      ),
    ],
  },
  {
    h: 'Characteristics',
    p: [
      j(
        'The paste is dense and ivory-coloured, with a few small eyes. The flavour is nutty and slightly sweet when young, becoming',
        `sharper and more crystalline with age, with notes of lanolin and toasted hazelnut.${ref(3)}`,
      ),
    ],
  },
];
const mRefs = [
  'Harrowshire Dairy Board (2019). <i>Cheeses of the Upland Farms</i>. Wenford: HDB. p. 44.',
  'Oakes, M. (2008). "Bringing back the ewe cheese". <i>Smallholder Quarterly</i> <b>12</b> (3): 18–21.',
  'Lindqvist, A. (2021). <i>The Sheep Cheese Atlas</i>. Norbury Press. p. 202.',
];
const mInfo = [
  ['Country of origin', 'Harrowshire'],
  ['Source of milk', 'Sheep'],
  ['Pasteurised', 'No'],
  ['Aging time', '5–9 months'],
];
const mCats = ["Sheep's-milk cheeses", 'Harrowshire cheeses', 'Cheeses with natural rinds'];
const mTabs = ['Article', 'Talk', 'Read', 'Edit', 'View history'];
const mFoot = ['Privacy policy', 'About Cheese Wiki', 'Disclaimers'];
const editLink = (h: string): string =>
  `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?title=Kestle_Moor&amp;action=edit&amp;section=1"
title="Edit section: ${h}"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Cheese Wiki</title>
<script>(function(){var className="client-js vector-toc-available";document.documentElement.className=className;}());RLCONF={"wgPageName":"Kestle_Moor",
"wgTitle":"Kestle Moor","wgCurRevisionId":48211,"wgArticleId":1933,"wgIsArticle":true};RLPAGEMODULES=["ext.cite.ux-enhancements","skins.vector.js"];</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><meta name="viewport" content="width=1120"><link rel="canonical"
href="https://cheesewiki.org/wiki/Kestle_Moor"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Kestle_Moor rootpage-Kestle_Moor
skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown
vector-main-menu-dropdown"
title="Main menu"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" class="vector-dropdown-checkbox" aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">
<strong class="mw-logo-wordmark">Cheese Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box"><a
href="/wiki/Special:Search"
class="cdx-button cdx-button--fake-button cdx-button--weight-quiet search-toggle" title="Search Cheese Wiki [f]" accesskey="f"><span class="vector-icon
mw-ui-icon-search"></span>
<span>Search</span></a></div><nav class="vector-user-links" aria-label="Personal tools"><div class="vector-user-links-main"><ul>
<li id="pt-createaccount" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:CreateAccount"><span>Create account</span></a></li>
<li id="pt-login" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:UserLogin" accesskey="o"><span>Log in</span></a></li>
</ul></div></nav>
</div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"></div><nav id="mw-panel-toc" aria-label="Contents"
class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div
class="vector-pinnable-header
vector-toc-pinnable-header vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2></div><ul class="vector-toc-contents"
id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div>
</a></li>
${[...mSecs.map((s) => s.h), 'References']
  .map(
    (h, i) => `<li id="toc-${h}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link"
href="#${h}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading">
<span class="mw-page-title-main">${mTitle}</span></h1></header><div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div
id="left-navigation">
<nav aria-label="Namespaces"><div class="vector-menu vector-menu-tabs"><ul class="vector-menu-content-list">${links(mTabs.slice(0, 2), 'mw-list-item')}</ul>
</div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div class="vector-menu vector-menu-tabs"><ul class="vector-menu-content-list">
${links(mTabs.slice(2), 'mw-list-item')}</ul></div></nav><nav class="vector-page-tools-landmark"><div id="vector-page-tools-dropdown" class="vector-dropdown">
<label class="vector-dropdown-label"><span class="vector-dropdown-label-text">Tools</span></label></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From Cheese Wiki, the free cheese encyclopedia</div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr
mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr><tr><td colspan="2" class="infobox-image"><span
class="mw-default-size"
typeof="mw:File"><a href="/wiki/File:Kestle_Moor.jpg" class="mw-file-description"><img src="/images/thumb/Kestle_Moor.jpg/220px-Kestle_Moor.jpg" width="220"
height="160" class="mw-file-element" alt=""></a></span><div class="infobox-caption">A wheel of Kestle Moor at seven months</div></td></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${ps(mLead)}
<meta property="mw:PageProp/toc">
${mSecs.map((s) => `<h2><span class="mw-headline" id="${s.h}">${s.h}</span>${editLink(s.h)}</h2>\n${ps(s.p)}`).join('\n')}
<h2><span class="mw-headline" id="References">References</span>${editLink('References')}</h2>
<div class="mw-references-wrap"><ol class="references">
${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span>
<span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div>
<!-- NewPP limit report Parsed by mw1 Cached time: 20260302140211 --></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://cheesewiki.org/index.php?title=Kestle_Moor&amp;oldid=48211">https://cheesewiki.org/index.php?title=Kestle_Moor&amp;oldid=48211</a>"</div>
</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>:
<ul>${links(mCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 2 March 2026, at 14:02.</li>
<li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike</a> unless otherwise noted.</li>
</ul><ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img
src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":118});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout605-mediawiki-cheese-article',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [...mSecs.map((s) => s.h), 'References'],
  body: texts([...mLead, ...mSecs.flatMap((s) => s.p), ...mRefs.map((r) => `^ ${r}`)]),
  bylines: ['This page was last edited on 2 March 2026, at 14:02.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Cheese Wiki', 'Search', 'Create account', 'Log in', 'Contents', '(Top)', ...mTabs, 'Tools',
    'From Cheese Wiki, the free cheese encyclopedia', 'A wheel of Kestle Moor at seven months', ...mInfo.flat().filter((t) => !['Harrowshire', 'Sheep',
    'No'].includes(t)),
    'Retrieved from "https://cheesewiki.org/index.php?title=Kestle_Moor&oldid=48211"', 'Categories:', ...mCats,
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

const fTitle = 'First washed rind: sticky orange rind but it smells of ammonia at 5 weeks?';
const fPosts = [
  {
    user: 'curdnerd',
    date: 'March 4, 2026,  7:12pm',
    likes: '2 Likes',
    p: [
      j(
        'Made my first washed-rind last month, a 1 kg Reblochon-style from 8 litres of raw goat/cow mix. Washing with 3% brine and a',
        'pinch of B. linens every other day, cave at 12°C and about 92% humidity.',
      ),
      j(
        'The rind came up a lovely orange by week three, but now it’s quite sticky and the whole fridge smells of ammonia when I',
        'open it. Is it ruined? Should I wash less often?',
      ),
    ],
  },
  {
    user: 'Maggie_Holt',
    date: 'March 4, 2026,  8:30pm',
    likes: '5 Likes',
    p: [j('Not ruined! Some ammonia is normal for a washed rind at that age, especially in a small closed space. A few things to try:')],
    list: [
      'Drop to washing twice a week now the smear is established',
      'Let it breathe: open the box for ten minutes a day',
      'Turn it every day so the underside doesn’t get slimy',
    ],
  },
  {
    user: 'curdnerd',
    date: 'March 6, 2026,  9:02am',
    likes: '',
    p: ['Thanks! Opened it up and turned it this morning. Smell is already calmer. Will it still taste of ammonia when I cut it?'],
  },
  {
    user: 'PeterVance',
    date: 'March 6, 2026, 11:48am',
    likes: '3 Likes',
    p: [
      j(
        'Usually not. Most of it is on the surface. Unwrap it an hour before you eat it and the smell fades a lot. If the paste',
        'under the rind goes grey and runny and tastes sharp, that’s a sign it went too far, but at five weeks I doubt it.',
      ),
    ],
  },
];
const fRelated = [
  ['B. linens not taking on a goat tomme', '7', '312', 'Jan 2026'],
  ['Cheap cave setup with a wine fridge', '24', '2.1k', 'Feb 2026'],
];
const fHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8"><title>${fTitle} - Washed &amp; Smear Rinds - Curd
&amp; Culture</title>
<meta name="description" content="Made my first washed-rind last month, a 1 kg Reblochon-style from 8 litres of raw goat/cow mix.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 8a3b9c"><link rel="canonical"
href="https://forum.curdandculture.org/t/first-washed-rind/4418">
<meta property="og:site_name" content="Curd &amp; Culture"><meta property="og:type" content="website"><meta name="twitter:card" content="summary">
<link href="/stylesheets/desktop_3c2a1b.css?__ws=forum.curdandculture.org" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}","author":{"@type":"Person",
"name":"curdnerd"}}</script>
</head><body class="crawler"><header class="d-header"><div class="wrap"><div class="contents"><div class="header-buttons"></div><div class="title">
<a href="/"><img src="/uploads/default/original/1X/logo.png" alt="Curd &amp; Culture" id="site-logo" style="max-width: 150px;"></a></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/first-washed-rind/4418">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/washed-smear-rinds/9" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #E45735"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Washed &amp; Smear Rinds</span></span></a><meta itemprop="position"
content="1"></span></div>
<div class="topic-category"><div class="discourse-tags list-tags"><a href="/tag/ammonia" class="discourse-tag" rel="tag">ammonia</a>,
<a href="/tag/b-linens" class="discourse-tag" rel="tag">b-linens</a></div></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${fTitle}">
${fPosts
  .map(
    (post, i) => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'articleBody' : 'comment'}"
class="topic-body crawler-post"><div class="crawler-post-meta">
<span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/${post.user}"><span
itemprop="name">${post.user}</span></a>
</span><span class="crawler-post-infos"><time itemprop="datePublished" datetime="2026-03-04T19:12:00Z" class="post-time">${post.date}</time>
<meta itemprop="position" content="${i + 1}"></span></div><div class="post" itemprop="text">
${ps(post.p)}${post.list ? `\n<ul>${lis(post.list)}</ul>` : ''}
</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction">
<meta itemprop="userInteractionCount"
content="${post.likes === '' ? 0 : Number.parseInt(post.likes, 10)}">${post.likes === '' ? '' : `<span class="post-likes">${post.likes}</span>`}</div>
</div>`,
  )
  .join('\n')}
</div>
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">
Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><meta itemprop="itemListOrder"
content="http://schema.org/ItemListOrderDescending">
<table class="topic-list"><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${fRelated
  .map(
    ([t, r, v, a]) => `<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<meta itemprop="position" content="1"><span class="link-top-line"><a itemprop="url" href="/t/${r}" class="title raw-link raw-topic-link">${t}</a></span>
</td><td></td>
<td class="replies"><span class="posts" title="posts">${r}</span></td><td class="views"><span class="views" title="views">${v}</span></td><td>${a}</td>
</tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a
href="/" itemprop="url">Home </a>
</span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/categories" itemprop="url">Categories </a>
</span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/guidelines" itemprop="url">Guidelines </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/tos" itemprop="url">Terms of Service </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/privacy" itemprop="url">Privacy Policy </a></span></li>
</ul></nav></footer>
<footer id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer></body></html>`;
const discourse: TestPage = {
  name: 'heldout605-discourse-washed-rind',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap((post) => [...post.p, ...(post.list ?? [])])),
  bylines: [...new Set(fPosts.flatMap((post) => [post.user, post.date.replace(/\s+/g, ' ')]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Washed & Smear Rinds', '2 Likes', '5 Likes', '3 Likes', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity', ...fRelated.flat(), 'Home',
    'Categories',
    'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT605_D: readonly TestPage[] = [mediawiki, discourse];
