import type { TestPage } from './page-kit.js';
import { type Block, bodyOf, headingsOf, j } from './pages-heldout616-kit.js';

/** Held-out batch 616, file f: a tack wiki article on MediaWiki (Vector legacy skin, infobox, edit links, categories); file f2 holds the second page. */
const mTitle = 'Running martingale';
const mInfo = [
  ['Type', 'Training aid'],
  ['Attaches to', 'Girth and reins'],
  ['Used in', 'Show jumping, eventing, hacking'],
  ['First recorded', 'c. 1840'],
] as const;
const mBlocks: Block[] = [
  {
    p: j(
      'A <b>running martingale</b> is a piece of tack made of a strap running from the girth, between the front legs, which divides',
      'into two branches ending in rings. The reins pass through the rings, so that if the horse raises its head above a certain',
      'height the martingale applies downward pressure on the bars of the mouth through the bit.',
    ),
  },
  {
    p: j(
      'Unlike the <a href="/wiki/Standing_martingale" title="Standing martingale">standing martingale</a>, it has no effect while the',
      'horse carries its head normally, and it releases as soon as the head comes down. It is the most common martingale in',
      'jumping disciplines.',
    ),
  },
  { h: 2, t: 'Fitting' },
  {
    p: j(
      "With the horse standing, the rings should reach to within a hand's breadth of the withers when both branches are taken up",
      'together. A neck strap keeps the martingale from hanging too low between the front legs. Rein stops, small leather or',
      'rubber stops on the reins between the bit and the rings, prevent a ring from catching on a rein buckle or the bit.',
    ),
  },
  { h: 2, t: 'Use in competition' },
  {
    p: j(
      'Running martingales are permitted in most show jumping and cross-country competitions and in hunting, but not in dressage',
      'tests or in showing classes judged on way of going. Some rules require rein stops whenever a running martingale is used with',
      'reins that have buckle or hook stud fastenings at the bit.',
    ),
  },
  { h: 2, t: 'See also' },
  {
    ul: [
      '<a href="/wiki/Standing_martingale">Standing martingale</a>',
      '<a href="/wiki/Bib_martingale">Bib martingale</a>',
      '<a href="/wiki/Breastplate">Breastplate</a>',
    ],
  },
];
const mH = (t: string): string =>
  j(
    `<h2><span class="mw-headline" id="${t.replace(/ /g, '_')}">${t}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>`,
    `<a href="/index.php?title=Running_martingale&amp;action=edit&amp;section=1" title="Edit section: ${t}">edit</a>`,
    '<span class="mw-editsection-bracket">]</span></span></h2>',
  );
const mBody = mBlocks
  .map((b) => {
    if ('h' in b) return mH(b.t);
    if ('p' in b) return `<p>${b.p}\n</p>`;
    if ('ul' in b) return `<ul>${b.ul.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
    return '';
  })
  .join('\n');
const mPortal = (id: string, label: string, items: readonly string[]): string =>
  j(
    `<nav id="p-${id}" class="vector-menu mw-portlet mw-portlet-${id} vector-menu-portal portal" aria-labelledby="p-${id}-label" role="navigation">`,
    `<h3 id="p-${id}-label" class="vector-menu-heading"><span class="vector-menu-heading-label">${label}</span></h3><div class="vector-menu-content">`,
    `<ul class="vector-menu-content-list">${items
      .map(
        (t) => `<li class="mw-list-item"><a
href="/wiki/${t.replace(/ /g, '_')}"><span>${t}</span></a></li>`,
      )
      .join('')}</ul></div></nav>`,
  );
const mNav = ['Main page', 'Recent changes', 'Random page', 'Help'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mCats = ['Training aids', 'Jumping tack'];
const mFoot = ['Privacy policy', 'About TackWiki', 'Disclaimers'];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${mTitle} - TackWiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Running_martingale","wgTitle":"Running martingale","wgCurRevisionId":18842,
"wgArticleId":412,"wgIsArticle":true,"wgAction":"view","wgCategories":["Training aids",
"Jumping tack"],"wgPageContentLanguage":"en"};RLSTATE={"skins.vector.styles.legacy":"ready"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=site.styles%7Cskins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.39.6"><meta name="viewport" content="width=1000"><link rel="edit" title="Edit"
href="/index.php?title=Running_martingale&amp;action=edit">
<link rel="search" type="application/opensearchdescription+xml" href="/opensearch_desc.php" title="TackWiki (en)"><link rel="canonical"
href="https://tackwiki.org/wiki/Running_martingale">
</head><body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Running_martingale rootpage-Running_martingale skin-vector action-view
skin-vector-legacy">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"></div><div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From TackWiki</div><div id="contentSub"></div><div id="contentSub2"></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<table class="infobox" style="width:22em"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><a href="/wiki/File:Running_martingale.jpg" class="image"><img alt=""
src="/images/thumb/4/4a/Running_martingale.jpg/220px-Running_martingale.jpg"
decoding="async" width="220" height="165"></a><div class="infobox-caption">A running martingale with rein stops, fitted to a hunting bridle</div></td></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}
</tbody></table>
${mBody}
<!-- NewPP limit report Parsed by mw1 Cached time: 20260303141205 CPU time usage: 0.041 seconds -->
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"
style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://tackwiki.org/index.php?title=Running_martingale&amp;oldid=18842">https://tackwiki.org/index.php?title=Running_martingale&amp;oldid=18842</a>"
</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>:
<ul>${mCats.map((t) => `<li><a href="/wiki/Category:${t.replace(/ /g, '_')}">${t}</a></li>`).join('')}</ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><nav id="p-personal"
class="vector-menu mw-portlet mw-portlet-personal vector-user-menu-legacy" aria-labelledby="p-personal-label"
role="navigation"><h3 id="p-personal-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Personal tools</span></h3><div
class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="pt-anonuserpage" class="mw-list-item"><span
title="The user page for the IP address you are editing as">Not logged in</span></li>
<li id="pt-anontalk" class="mw-list-item"><a href="/wiki/Special:MyTalk"><span>Talk</span></a></li><li id="pt-anoncontribs" class="mw-list-item"><a
href="/wiki/Special:MyContributions">
<span>Contributions</span></a></li><li id="pt-createaccount" class="mw-list-item"><a
href="/index.php?title=Special:CreateAccount"><span>Create account</span></a></li>
<li id="pt-login" class="mw-list-item"><a href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></div></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu mw-portlet mw-portlet-namespaces vector-menu-tabs" aria-labelledby="p-namespaces-label"
role="navigation">
<h3 id="p-namespaces-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Namespaces</span></h3><div class="vector-menu-content"><ul
class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected mw-list-item"><a href="/wiki/Running_martingale"><span>Page</span></a></li><li id="ca-talk" class="new mw-list-item">
<a href="/index.php?title=Talk:Running_martingale&amp;action=edit&amp;redlink=1"><span>Discussion</span></a></li></ul></div></nav></div>
<div id="right-navigation"><nav id="p-views" class="vector-menu mw-portlet mw-portlet-views vector-menu-tabs" aria-labelledby="p-views-label" role="navigation">
<h3 id="p-views-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Views</span></h3><div class="vector-menu-content"><ul
class="vector-menu-content-list">
<li id="ca-view" class="selected mw-list-item"><a href="/wiki/Running_martingale"><span>Read</span></a></li><li id="ca-edit" class="mw-list-item">
<a href="/index.php?title=Running_martingale&amp;action=edit"><span>Edit</span></a></li><li id="ca-history" class="mw-list-item">
<a href="/index.php?title=Running_martingale&amp;action=history"><span>View history</span></a></li></ul></div></nav>
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box"><div><h3><label
for="searchInput">Search</label></h3>
<form action="/index.php" id="searchform" class="vector-search-box-form"><div id="simpleSearch" class="vector-search-box-inner"><input
class="vector-search-box-input" type="search"
name="search" placeholder="Search TackWiki" aria-label="Search TackWiki" autocapitalize="sentences" title="Search TackWiki [f]" accesskey="f" id="searchInput">
<input type="hidden" name="title" value="Special:Search"><input class="searchButton" type="submit" name="go"
title="Go to a page with this exact name if it exists" id="searchButton"
value="Go"></div></form></div></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div>
${mPortal('navigation', 'Navigation', mNav)}
${mPortal('tb', 'Tools', mTools)}
</div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li
id="footer-info-lastmod"> This page was last edited on 3 March 2026, at 14:12.</li>
<li id="footer-info-copyright">Content is available under <a class="external" rel="nofollow"
href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike</a> unless otherwise noted.</li></ul><ul id="footer-places">${mFoot
  .map(
    (t) => `<li><a
href="/wiki/TackWiki:${t.replace(/ /g, '_')}">${t}</a></li>`,
  )
  .join('')}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img
src="/resources/assets/poweredby_mediawiki_88x31.png"
alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const wikiMartingale: TestPage = {
  name: 'heldout616-mediawiki-running-martingale',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: headingsOf(mBlocks),
  body: [...mInfo.map(([k, v]) => `${k} ${v}`), ...bodyOf(mBlocks)],
  bylines: ['This page was last edited on 3 March 2026, at 14:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'From TackWiki', 'Jump to navigation', 'Jump to search', 'A running martingale with rein stops, fitted to a hunting bridle', 'edit',
    'Categories', ...mCats, 'Navigation menu', 'Personal tools',
    'Not logged in', 'Talk', 'Contributions', 'Create account', 'Log in', 'Namespaces', 'Page', 'Discussion', 'Views', 'Read', 'Edit', 'View history', 'Search',
    'Navigation', ...mNav, 'Tools', ...mTools, 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

export const HELDOUT616_F: readonly TestPage[] = [wikiMartingale];
