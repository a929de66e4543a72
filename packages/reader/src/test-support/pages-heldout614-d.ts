import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout614-kit.js';

/**
 * Held-out batch 614, file d: a Discourse thread on a book arts forum (rendered Ember DOM with timeline and suggested topics),
 * and a MediaWiki article (Vector legacy skin) on Japanese tissue hinges from a community framing and binding wiki.
 */
const fTitle = 'PVA or wheat starch paste for rebacking a cloth spine?';
const fPosts = [
  {
    user: 'hollyhock_binds',
    date: 'Mar 3',
    paras: [
      j(
        'I have a 1930s cloth-bound novel with the spine hanging by one joint. I am going to reback it with new cloth and lay the',
        'old spine back on top. Every guide I read picks a different adhesive. Is PVA acceptable here, or should I be using paste?',
      ),
      'It is not a valuable book, but it belonged to my grandmother and I would like to do it properly.',
    ],
  },
  {
    user: 'Tomas_K',
    date: 'Mar 3',
    paras: [
      j(
        'For the new cloth to the boards, PVA is fine and most trade binders would use it. For laying the old spine back down I',
        'would use paste, or a mix of paste and PVA, because it gives you time to position it and can be reversed later.',
      ),
    ],
  },
  {
    user: 'marguerite.f',
    date: 'Mar 4',
    paras: [
      'Agree with Tomas. Two things I would add:',
      `<ul><li>Test the old cloth for colour run with a damp swab first. Some 1930s dyes bleed badly.</li>
<li>Line the old spine with tissue before you lift it, not after.</li></ul>`,
    ],
  },
  { user: 'hollyhock_binds', date: 'Mar 9', paras: ['Done, and it opens beautifully. Thank you both. The colour test saved me: the red cloth did bleed.'] },
];
const fBody = [
  ...fPosts[0]!.paras,
  fPosts[1]!.paras[0]!,
  fPosts[2]!.paras[0]!,
  'Test the old cloth for colour run with a damp swab first. Some 1930s dyes bleed badly.',
  'Line the old spine with tissue before you lift it, not after.',
  fPosts[3]!.paras[0]!,
];
const fSuggested = [
  ['Best board shears under £500?', 'Tools & Equipment', '14'],
  ['Sewing frame tension keeps slipping', 'Techniques', '6'],
];
const post = (p: { user: string; date: string; paras: string[] }, n: number): string => `<div class="topic-post clearfix regular" data-post-number="${n}">
<article id="post_${n}" aria-label="post #${n} by @${p.user}" role="region" data-post-id="${3400 + n}" data-topic-id="912" class="boxed onscreen-post">
<div class="row"><div class="topic-avatar"><div class="post-avatar">
<a class="trigger-user-card main-avatar" href="/u/${p.user}" aria-hidden="true" tabindex="-1">
<img alt="" width="48" height="48" src="/user_avatar/forum.bookarts.example/${p.user}/96/1_2.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username">
<a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span></div><div class="post-infos"><div class="post-info post-date">
<a class="post-date" href="/t/912/${n}">
<span title="${p.date}, 2026 10:14 am" data-time="1772532840000" data-format="tiny" class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents">
<div class="cooked">${ps(p.paras.filter((t) => !t.startsWith('<ul>')))}${p.paras.filter((t) => t.startsWith('<ul>')).join('')}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button">
<button class="btn-flat button-count like-count">${n + 1}</button>
<button class="btn-flat toggle-like like" title="like this post"><svg class="fa d-icon d-icon-d-unliked svg-icon"><use href="#far-heart"></use></svg></button>
</div>
<button class="btn no-text btn-icon btn-flat share" title="copy a link to this post to clipboard"><svg class="fa d-icon d-icon-d-post-share svg-icon">
<use href="#link"></use></svg></button>
<button class="btn btn-icon-text btn-flat reply create fade-out" title="begin composing a reply to this post"><svg class="fa d-icon d-icon-reply svg-icon">
<use href="#reply"></use></svg><span class="d-button-label">Reply</span></button>
</div></nav></section></div></div></div></article></div>`;
const fHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${fTitle} - Techniques - The Bench: a book arts forum</title>
<meta name="description" content="I have a 1930s cloth-bound novel with the spine hanging by one joint.">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1">
<link rel="canonical" href="https://forum.bookarts.example/t/pva-or-wheat-starch-paste-for-rebacking-a-cloth-spine/912">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}","author":{"@type":"Person",
"name":"hollyhock_binds"}}</script>
<link href="/stylesheets/desktop_b2c3.css?__ws=forum.bookarts.example" media="all" rel="stylesheet" data-target="desktop">
<meta id="data-discourse-setup" data-enable-js-error-reporting="false"></head>
<body class="crawler archetype-regular category-techniques docked"><noscript data-path="/t/912"></noscript>
<section id="main" class="ember-application"><div class="ember-view"><a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a>
<header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title"><a href="/" data-auto-route="true">
<img id="site-logo" class="logo-big" src="/uploads/default/original/1X/bench-logo.png" alt="The Bench: a book arts forum"></a></div></div>
<div class="panel clearfix" role="navigation"><span class="header-buttons"><button class="btn btn-icon-text btn-primary btn-small sign-up-button">
<span class="d-button-label">Sign Up</span></button>
<button class="btn btn-icon-text btn-primary btn-small login-button"><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="search-dropdown header-dropdown-toggle">
<a href="/search" title="search topics, posts, users, or categories" class="icon btn-flat"><svg class="fa d-icon d-icon-search svg-icon"><use href="#search">
</use></svg></a></li></ul></div></div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"></div><div id="main-outlet">
<div class="container posts"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="912"><a href="/t/912" class="fancy-title">${fTitle}</a></h1>
<div class="topic-category"><div class="categories-wrapper"><a class="badge-category__wrapper" href="/c/techniques/5">
<span data-category-id="5" class="badge-category --style-square">
<span class="badge-category__name">Techniques</span></span></a></div><div class="list-tags">
<a href="/tag/rebacking" class="discourse-tag simple">rebacking</a><a href="/tag/adhesives" class="discourse-tag simple">adhesives</a></div></div></div></div>
<div class="posts-wrapper"><div class="topic-timeline"><div class="timeline-container"><div class="topic-timeline"><div class="timeline-scrollarea-wrapper">
<div class="timeline-date-wrapper"><a class="start-date">Mar 2026</a></div>
<div class="timeline-scrollarea"><div class="timeline-scroller"><div class="timeline-replies">1 / 4</div></div></div><div class="timeline-date-wrapper">
<a class="now-date">Mar 9</a></div></div></div></div></div>
<div class="post-stream">${fPosts.map((p, i) => post(p, i + 1)).join('\n')}</div></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-primary create">
<span class="d-button-label">Reply</span></button></div></div>
<div class="more-topics__container"><div class="more-topics__list">
<div role="complementary" aria-labelledby="suggested-topics-title" id="suggested-topics" class="more-topics__list suggested-topics">
<h3 id="suggested-topics-title" class="suggested-topics-title">Suggested Topics</h3><div class="topics"><table class="topic-list"><thead><tr><th>Topic</th>
<th>Replies</th></tr></thead><tbody>
${fSuggested
  .map(
    ([t, c, r]) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/x" class="title raw-link raw-topic-link">${t}</a>
<div class="link-bottom-line"><span class="badge-category__name">${(c ?? '').replace('&', '&amp;')}</span></div></td><td class="num posts">
<span class="number">${r}</span></td></tr>`,
  )
  .join('\n')}
</tbody></table></div>
<h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/techniques/5">Techniques</a> or <a
href="/latest">view latest topics</a>.</h3></div></div></div>
</div></div></div></div></section>
<footer class="footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer>
<script defer src="/assets/discourse-9f2a.js" data-discourse-entrypoint="discourse"></script></body></html>`;
const discourse: TestPage = {
  name: 'heldout614-discourse-rebacking',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fBody),
  bylines: ['hollyhock_binds', 'Tomas_K', 'marguerite.f', 'Mar 3', 'Mar 4', 'Mar 9'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', 'Techniques', 'rebacking', 'adhesives', 'Mar 2026', '1 / 4', 'Reply', '2', '3', '4', '5',
    'Suggested Topics', 'Topic', 'Replies', ...fSuggested.flat(), 'Want to read more? Browse other topics in Techniques or view latest topics.',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const mTitle = 'Japanese tissue hinge';
const mLead = [
  j(
    'A <b>Japanese tissue hinge</b> is a small strip of long-fibred paper, usually kozo, used to attach a work on paper to its',
    'backing board in a frame. It is the standard method in <a href="/wiki/Conservation_framing" title="Conservation framing">conservation framing</a>',
    'because it is strong, flexible and fully reversible.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
  ),
];
const mH = ['Materials', 'Types of hinge', 'T-hinge', 'Pendant hinge', 'Removal', 'References'];
const mMat = [
  j(
    'Hinges are torn, not cut, so that the fibres at the edge feather out and do not leave a hard line that can show through the',
    'paper. The tissue should be lighter than the artwork&#39;s paper, so that the hinge fails before the artwork tears.',
  ),
  'Common tissues and their weights:',
];
const mTable = [
  ['Sekishu', '12–15 g/m²', 'Light prints, drawings'],
  ['Usumino', '20 g/m²', 'Watercolours'],
  ['Tengujo', '9 g/m²', 'Very thin papers'],
];
const mT = [
  j(
    'The most common hinge. A vertical strip is pasted to the back of the artwork at the top edge, and a second, horizontal strip',
    'is pasted across it onto the backing board, forming a T. The artwork hangs from the hinges and can expand and contract freely.',
  ),
];
const mP = ['A pendant hinge is folded so that it is hidden behind the artwork. It is used when the artwork is floated and its edges are visible.'];
const mRem = [
  j(
    'A hinge made with wheat starch paste can be released by applying a little moisture with a brush or a damp blotter and',
    'lifting the tissue once the paste has softened.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>',
    'Hinges should never be removed dry.',
  ),
];
const mRefs = [
  'Orme, P. <i>Hinging and Mounting Works on Paper</i>. Brackley: Fold Press, 1998.',
  'Guild of Framers Standards Committee, <i>Reversible Adhesives</i>, 2011.',
];
const mCats = ['Framing techniques', 'Conservation'];
const mNums = ['1', '2', '2.1', '2.2', '3', '4'];
const mTools = ['Read', 'Edit', 'View history'];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help'];
const mFoot = ['Privacy policy', 'About FrameBindWiki', 'Disclaimers'];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${mTitle} - FrameBindWiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgBreakFrames":false,"wgPageName":"Japanese_tissue_hinge","wgTitle":"Japanese tissue hinge",
"wgCurRevisionId":4412,"wgNamespaceNumber":0,"wgAction":"view","wgIsArticle":true};
RLSTATE={"site.styles":"ready","skins.vector.styles.legacy":"ready"};RLPAGEMODULES=["site","mediawiki.page.ready","mediawiki.toc",
"skins.vector.legacy.js"];</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.39.6"><link rel="edit" title="Edit" href="/index.php?title=Japanese_tissue_hinge&amp;action=edit">
<link rel="canonical" href="https://framebindwiki.org/wiki/Japanese_tissue_hinge"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Japanese_tissue_hinge
rootpage-Japanese_tissue_hinge skin-vector action-view skin-vector-legacy">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"></div><div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From FrameBindWiki</div><div id="contentSub"></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
${ps(mLead)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading">
<input type="checkbox" role="button" id="toctogglecheckbox" class="toctogglecheckbox" style="display:none">
<div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan">
<label class="toctogglelabel" for="toctogglecheckbox"></label></span></div>
<ul>${mH
  .map(
    (h, i) => `<li class="toclevel-${i === 2 || i === 3 ? 2 : 1}"><a href="#${h.replace(/ /g, '_')}">
<span class="tocnumber">${mNums[i]}</span> <span class="toctext">${h}</span></a></li>`,
  )
  .join('\n')}</ul></div>
${mH
  .map((h, i) => {
    const tag = i === 2 || i === 3 ? 'h3' : 'h2';
    const edit = `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Japanese_tissue_hinge&amp;action=edit&amp;section=${i + 1}" title="Edit section: ${h}">edit</a>
<span class="mw-editsection-bracket">]</span></span>`;
    const heading = `<${tag}><span class="mw-headline" id="${h.replace(/ /g, '_')}">${h}</span>${edit}</${tag}>`;
    const rest = [
      `${ps(mMat)}<table class="wikitable"><tbody><tr><th>Tissue</th><th>Weight</th><th>Typical use</th>
</tr>${mTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`,
      '',
      ps(mT),
      ps(mP),
      ps(mRem),
      `<div class="mw-references-wrap"><ol class="references">${mRefs
        .map(
          (r, k) => `<li id="cite_note-${k + 1}"><span class="mw-cite-backlink">
<a href="#cite_ref-${k + 1}">↑</a></span> <span class="reference-text">${r}</span></li>`,
        )
        .join('')}</ol></div>`,
    ][i];
    return `${heading}\n${rest ?? ''}`;
  })
  .join('\n')}
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1" style="border: none; position: absolute;">
</noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://framebindwiki.org/index.php?title=Japanese_tissue_hinge&amp;oldid=4412"
>https://framebindwiki.org/index.php?title=Japanese_tissue_hinge&amp;oldid=4412</a>"</div>
</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>: <ul>${links(mCats)}</ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head">
<nav id="p-personal" class="vector-menu mw-portlet" aria-labelledby="p-personal-label" role="navigation">
<h3 id="p-personal-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Personal tools</span></h3>
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-login"><a href="/index.php?title=Special:UserLogin">Log in</a></li></ul>
</div></nav>
<div id="right-navigation"><nav id="p-views" class="vector-menu vector-menu-tabs mw-portlet" aria-labelledby="p-views-label"><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mTools)}</ul></div></nav>
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box"><h3><label for="searchInput">Search</label>
</h3>
<form action="/index.php" id="searchform"><input type="search" name="search" placeholder="Search FrameBindWiki" id="searchInput"></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div>
<nav id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation vector-menu-portal portal" aria-labelledby="p-navigation-label">
<h3 id="p-navigation-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Navigation</span></h3>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mSide)}</ul></div></nav></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 3 March 2026, at 14:12.</li>
<li id="footer-info-copyright">Content is available under <a
href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout614-mediawiki-tissue-hinge',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mH,
  body: texts([...mLead, ...mMat, ...mTable.map((r) => r.join(' ')), ...mT, ...mP, ...mRem, ...mRefs]),
  bylines: ['This page was last edited on 3 March 2026, at 14:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'From FrameBindWiki', 'Jump to navigation', 'Jump to search', 'Contents', ...mH.map((h, i) => `${mNums[i]} ${h}`), 'edit',
    'Retrieved from "https://framebindwiki.org/index.php?title=Japanese_tissue_hinge&oldid=4412"', 'Categories', ...mCats, 'Navigation menu',
    'Personal tools', 'Log in', ...mTools, 'Search', 'Navigation', ...mSide,
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.',
    ...mFoot,
  ],
};

export const HELDOUT614_D: readonly TestPage[] = [discourse, mediawiki];
