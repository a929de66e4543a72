import { links, type TestPage, texts } from './page-kit.js';
import { j, settle } from './pages-heldout553-kit.js';

/**
 * Held-out batch 553, file d: a Discourse topic (rendered Ember view) on a gardeners' forum about staging potatoes for a village
 * show, with the sidebar, topic map and suggested topics, and a local history wiki article on MediaWiki (Vector 2022) with an
 * infobox, a sidebar table of contents, references and categories.
 */
const dTitle = 'First time showing potatoes – wash or brush?';
const dPosts: readonly (readonly [string, string, string, readonly string[]])[] = [
  [
    'hedgerow_sue',
    'Jul 28',
    '',
    [
      j(
        'I’ve entered "five potatoes, one variety, white" at our village show next Saturday, my first ever show. Does anyone wash their',
        'potatoes or just brush them? And do the judges mind a few scab marks?',
      ),
    ],
  ],
  [
    'OldSpudder',
    'Jul 28',
    '3',
    [
      j(
        'Wash them, gently, with a soft sponge and cold water, the day before. Never scrub, it marks the skin. Dry them in the dark',
        'wrapped in kitchen roll, because light will start them greening within hours.',
      ),
      'Scab will lose you points. Pick five that match for size and shape, about the size of a hen’s egg, and with shallow eyes.',
    ],
  ],
  [
    'marrowman_dave',
    'Jul 29',
    '1',
    [
      'Does anyone wash their potatoes or just brush them?',
      j(
        'Agree with OldSpudder on washing. One more tip: stage them on a paper plate with the rose end (where most of the eyes are)',
        'all pointing the same way. Judges notice that kind of thing.',
      ),
    ],
  ],
  [
    'hedgerow_sue',
    'Aug 7',
    '5',
    ['Update: second place out of eleven! Washed them exactly as you said. Thank you all, I’m already planning next year’s entry.'],
  ],
];
const dSide = ['Topics', 'My Posts', 'More', 'Categories', 'Vegetables', 'Showing & Exhibiting', 'Allotments', 'All categories'];
const dSugg = ['Best variety of leek for the show bench?', 'Judging dahlias: what do they look for?', 'Keeping onions dry before a show'];
const dPost = ([user, date, likes, paras]: readonly [string, string, string, readonly string[]], n: number): string => {
  const cooked = paras
    .map((p, i) =>
      n === 3 && i === 0
        ? `<aside class="quote no-group" data-username="hedgerow_sue" data-post="1" data-topic="4122"><div class="title"><div class="quote-controls"></div>
<img alt="" width="24" height="24" src="/user_avatar/hedgerow_sue/48/91_2.png" class="avatar"> hedgerow_sue:</div><blockquote><p>${p}</p></blockquote></aside>`
        : `<p>${p}</p>`,
    )
    .join('\n');
  return `<div class="topic-post clearfix regular"><article id="post_${n}" aria-label="post #${n} by @${user}" role="region" data-post-id="${9000 + n}"
class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${user}"
data-user-card="${user}" aria-hidden="true"><img alt="" width="48" height="48" src="/user_avatar/${user}/48/1.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username">
<a href="/u/${user}" data-user-card="${user}">${user}</a></span></div><div class="post-infos"><div class="post-info post-date"><a class="post-date"
href="/t/first-time-showing-potatoes-wash-or-brush/4122/${n}"><span title="${date}, 2027" class="relative-date">${date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${cooked}</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">
${
  likes === ''
    ? ''
    : `<div class="double-button"><button class="btn-flat button-count like-count" title="see who liked this"><span class="d-button-label">${likes}</span>
</button><button class="btn-flat toggle-like like" title="like this post" aria-label="like this post"><svg aria-hidden="true"></svg></button></div>`
}
<button class="btn-flat reply create fade-out" title="begin composing a reply to this post"><span class="d-button-label">Reply</span></button></div></nav>
</section>
</div></div></div></article></div>`;
};
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal no-touch discourse-no-touch"><head><meta charset="utf-8">
<title>${dTitle} - Showing &amp; Exhibiting - Muddy Boots Growers</title>
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse">
<link rel="canonical" href="https://forum.muddybootsgrowers.org/t/first-time-showing-potatoes-wash-or-brush/4122">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"hedgerow_sue"}}</script>
<link href="/stylesheets/desktop_3d8a.css" media="all" rel="stylesheet" data-target="desktop"><script defer src="/assets/discourse.js"></script></head>
<body class="crawler-not docs-not category-showing-exhibiting archetype-regular has-sidebar-page"><section id="main" class="ember-application">
<div class="skip-link__wrapper"><a href="#main-container" class="skip-link">Skip to main content</a></div>
<header class="d-header"><div class="wrap"><div class="contents"><div class="header-sidebar-toggle"><button class="btn no-text btn-icon btn-flat"
aria-label="Hide sidebar"><svg aria-hidden="true"></svg></button></div><div class="title"><a href="/"><img id="site-logo" class="logo-big"
src="/uploads/default/original/1X/logo.png" alt="Muddy Boots Growers"></a></div><div class="panel clearfix" role="navigation">
<span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button">Sign Up</button><button class="btn btn-primary btn-small login-button">
<svg aria-hidden="true"></svg><span class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons">
<li class="header-dropdown-toggle search-dropdown">
<button class="icon btn-flat" aria-label="Search" title="Search"><svg aria-hidden="true"></svg></button></li></ul></div></div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container">
<div class="sidebar-sections">
<ul class="sidebar-section-content">${links(dSide, 'sidebar-section-link-wrapper')}</ul></div></section></div>
<div id="main-outlet" class=""><div class="container posts" id="main-container"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="4122">
<a href="/t/first-time-showing-potatoes-wash-or-brush/4122" class="fancy-title">${dTitle}</a></h1><div class="topic-category"><a class="badge-category__wrapper"
href="/c/showing-exhibiting/7"><span class="badge-category"><span class="badge-category__name">Showing &amp; Exhibiting</span></span></a>
<div class="list-tags"><a href="/tag/potatoes" class="discourse-tag simple">potatoes</a>
<a href="/tag/village-show" class="discourse-tag simple">village-show</a>
</div></div></div></div>
<div class="posts-wrapper"><div class="post-stream">${dPosts.map((p, i) => dPost(p, i + 1)).join('\n')}</div>
<div class="topic-map"><section class="map"><ul class="topic-map__stats"><li><h4>created</h4><span class="relative-date">Jul 28</span></li>
<li><h4>last reply</h4><span class="relative-date">Aug 7</span></li><li><span class="number">3</span><h4>replies</h4></li><li><span class="number">212</span>
<h4>views</h4></li></ul></section></div></div>
<div class="more-topics__container"><div class="more-topics__lists"><div class="suggested-topics"><h3 class="suggested-topics-title">Suggested Topics</h3>
<table class="topic-list"><tbody>${dSugg
  .map(
    (t) => `<tr class="topic-list-item"><td class="main-link"><a class="title" href="/t/${t.length}">${t}</a></td>
</tr>`,
  )
  .join('')}
</tbody></table></div></div></div></div></div></div></section>
<script defer src="/assets/start-discourse.js"></script></body></html>`;
const discourseThread: TestPage = settle({
  name: 'heldout553-discourse-show-potatoes',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap(([, , , paras]) => paras)),
  bylines: ['hedgerow_sue', 'OldSpudder', 'marrowman_dave', 'Jul 28', 'Jul 29', 'Aug 7', 'hedgerow_sue:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', ...dSide, 'potatoes', 'village-show', '3', '1', '5', 'Reply', 'created', 'last reply', 'replies', '212',
    'views', 'Suggested Topics', ...dSugg,
  ],
});

const mTitle = 'Hollins Cross Sheep Fair';
const mLead = j(
  'The <b>Hollins Cross Sheep Fair</b> was an annual livestock fair held on the common at Hollins Cross, in the upper Wyvern valley,',
  'on the second Tuesday of October from at least 1604 until 1961.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
  'At its height in the 1870s it was one of the largest sheep fairs in the county.',
);
const mSecs: readonly (readonly [string, readonly string[]])[] = [
  [
    'History',
    [
      j(
        'A charter for a fair "for sheep and other beasts" was granted to the lords of Hollins manor in 1604. Drovers brought flocks',
        'down from the hill farms the day before, and the sheep were penned in hurdles along the lane to the common.',
      ),
      j(
        'The coming of the railway to Wyvern Bridge in 1868 brought buyers from the Midlands, and in 1874 some 22,000 sheep were said',
        'to have changed hands in a single day.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>',
      ),
    ],
  ],
  [
    'Decline',
    [
      j(
        'After the Second World War most sheep were sold through the new auction mart at Wyvern Bridge. The last fair, in 1961, had',
        'fewer than 900 sheep, and the pens were taken down the following spring.',
      ),
    ],
  ],
  [
    'Revival',
    [
      j(
        'Since 1994 the Hollins Cross Society has held a one-day "Old Fair" on the common each October, with a show of local breeds,',
        'a dry-stone walling competition and a crook-making class.',
      ),
    ],
  ],
];
const mRefs = ['Wyvern Record Office, Hollins manor papers, HM/2/14.', 'Wyvern Bridge Advertiser, 17 October 1874, p. 3.'];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mInfo = [
  ['Status', 'Ended 1961; revived 1994'],
  ['Location', 'Hollins Cross common'],
  ['Held', 'Second Tuesday of October'],
];
const mHead = (h: string, n: number): string => `<div class="mw-heading mw-heading2"><h2 id="${h}">${h}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Hollins_Cross_Sheep_Fair&amp;action=edit&amp;section=${n}" title="Edit section: ${h}">
<span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${mTitle} - Wyvern Valley History Wiki</title><script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Hollins_Cross_Sheep_Fair",
"wgTitle":"Hollins Cross Sheep Fair","wgNamespaceNumber":0,"wgArticleId":812};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.42.1">
<link rel="canonical" href="https://wiki.wyvernhistory.org.uk/wiki/Hollins_Cross_Sheep_Fair"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject
page-Hollins_Cross_Sheep_Fair rootpage-Hollins_Cross_Sheep_Fair
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container">
<header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">
<strong class="mw-logo-wordmark">Wyvern Valley History Wiki</strong></span></a></div><div class="vector-header-end">
<div id="p-search" role="search" class="vector-search-box">
<form action="/index.php" id="searchform"><input type="search" name="search" placeholder="Search Wyvern Valley History Wiki" id="searchInput">
<button class="cdx-button">Search</button></form></div><nav class="vector-user-links" aria-label="Personal tools">
<ul>${links(['Create account', 'Log in'])}</ul></nav>
</div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"><div id="mw-navigation">
<nav id="mw-panel" class="vector-main-menu-landmark">
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mSide, 'mw-list-item')}</ul></div></div></nav></div></div>
<div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc">
<div class="vector-pinnable-header vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a>
</li>
${[...mSecs.map(([h]) => h), 'References']
  .map(
    (h) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h}"><div class="vector-toc-text">
<span>${h}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading
mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header><div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul>
${links(['Page', 'Discussion'], 'vector-tab-noicon mw-list-item')}</ul></nav><nav aria-label="Views">
<ul>${links(['Read', 'Edit', 'View history'], 'mw-list-item')}</ul></nav></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From Wyvern Valley History Wiki</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
<p>${mLead}</p>
${mSecs.map(([h, ps2], i) => `${mHead(h, i + 1)}\n${ps2.map((p) => `<p>${p}</p>`).join('\n')}`).join('\n')}
${mHead('References', 4)}
<div class="mw-references-wrap"><ol class="references">${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">↑</a></span>
<span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div></div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories">Categories</a>:
<ul>${links(['Fairs and markets', 'Sheep farming', 'Hollins Cross'])}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 3 March 2027,
at 14:22.</li><li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(['Privacy policy', 'About Wyvern Valley History Wiki', 'Disclaimers'])}</ul>
<ul id="footer-icons"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki"
width="88" height="31"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawikiFair: TestPage = settle({
  name: 'heldout553-mediawiki-sheep-fair',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [...mSecs.map(([h]) => h), 'References'],
  body: texts([mLead, ...mSecs.flatMap(([, p]) => p), ...mRefs]),
  bylines: ['This page was last edited on 3 March 2027, at 14:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Wyvern Valley History Wiki', 'Search', 'Create account', 'Log in', 'Navigation', ...mSide, 'Contents', 'hide', '(Top)',
    'Page', 'Discussion', 'Read', 'Edit', 'View history', 'From Wyvern Valley History Wiki', ...mInfo.flat(), 'edit', 'Categories',
    'Fairs and markets', 'Sheep farming', 'Hollins Cross', 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.',
    'Privacy policy', 'About Wyvern Valley History Wiki', 'Disclaimers',
  ],
});

export const HELDOUT553_D: readonly TestPage[] = [discourseThread, mediawikiFair];
