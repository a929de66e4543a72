import { type TestPage, plain } from './page-kit.js';
import { done, gold, j, type Sec, secsHtml } from './pages-heldout634-kit.js';

/** Held-out batch 634, file d: a circus arts wiki article on MediaWiki (Vector 2022 skin). */
const mTitle = 'Devil stick';
const mSecs: Sec[] = [
  {
    b: [
      j(
        'A <b>devil stick</b> (also <b>flower stick</b> or <b>juggling stick</b>) is a circus manipulation prop made of a central',
        'baton, about 60 to 70 centimetres long, that is kept in the air by striking or lifting it with two shorter hand sticks.',
        'It is one of the first props taught in most youth <a href="/wiki/Circus_school" title="Circus school">circus schools</a>,',
        'because a beginner can keep it moving within a single lesson.',
      ),
    ],
  },
  {
    h: 'Construction',
    b: [
      j(
        'The centre stick is usually a wooden or fibreglass dowel wrapped in tape or silicone for grip. Many sticks are slightly',
        'thicker at the ends than in the middle ("tapered"), which makes them turn more slowly and helps beginners. Tassels at',
        'the ends also slow the stick, and are why the prop is called a flower stick in some countries.',
      ),
      j(
        'The hand sticks are thinner, about 45 centimetres long, and covered in rubber or silicone so that they grip the centre',
        'stick rather than slide along it.',
      ),
    ],
  },
  {
    h: 'Basic technique',
    b: [
      j(
        'The first skill is the <i>tick-tock</i>: the centre stick stands upright and is tapped from one hand stick to the other,',
        'rocking side to side. Players hit the stick above its middle, never at the centre, so that it tips toward the other hand.',
      ),
      'Skills usually taught in a first term include:',
      {
        ul: [
          'the tick-tock, standing and then walking',
          'the <i>idle</i>, a steady rocking with short contacts',
          'the <i>propeller</i>, in which the stick spins in a full circle around one hand stick',
          'a flip, in which the stick turns end over end between two hits',
        ],
      },
    ],
  },
  {
    h: 'Teaching children',
    b: [
      j(
        'Teachers at youth circus schools often start children aged six to eight on the devil stick rather than on balls, because',
        'the stick is large, slow and easy to see. Sticks with tassels or soft ends are preferred for this age, and groups are',
        'spread out so that each child has an arm’s length of clear space on every side.',
      ),
      j(
        'A common beginners’ game is the "stick relay", in which children walk a set distance while keeping the tick-tock going,',
        'then hand the sticks to the next player without dropping the centre stick.',
      ),
    ],
  },
  {
    h: 'History',
    b: [
      j(
        'Stick-striking games are recorded in several parts of the world, and the modern prop appears in European variety theatres',
        'in the late nineteenth century. The name "devil stick" became common in English in the 1970s, when the prop was sold',
        'in juggling shops alongside clubs and diabolos.',
      ),
    ],
  },
  {
    h: 'Related props',
    b: [
      {
        t: {
          cls: 'wikitable',
          head: ['Prop', 'Hand sticks', 'Typical first age'],
          rows: [
            ['Devil stick', 'Two', '6'],
            ['Diabolo', 'Two, joined by a string', '8'],
            ['Poi', 'None', '10'],
          ],
        },
      },
    ],
  },
];
const mSections = (mSecs.map((s) => s.h).filter((h) => h !== undefined) as string[]).map((h) => ({ h, id: h.replace(/ /g, '_') }));
const mH = (t: string, i: number): string =>
  `<div class="mw-heading mw-heading2"><h2 id="${t.replace(/ /g, '_')}">${t}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Devil_stick&amp;action=edit&amp;section=${i}" title="Edit section: ${t}"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const mInfo = [
  ['Type', 'Manipulation'],
  ['Also called', 'Flower stick, juggling stick'],
  ['Parts', 'Centre stick, two hand sticks'],
];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Permanent link', 'Page information'];
const mNav = ['Main page', 'Recent changes', 'Random page', 'Help'];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-toc-pinned-clientpref-1 skin-theme-clientpref-day" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>Devil stick - Ringwiki</title>
<script>(function(){var className="client-js vector-feature-toc-pinned-clientpref-1";document.documentElement.className=className;}());
RLCONF={"wgCanonicalNamespace":"","wgPageName":"Devil_stick","wgTitle":"Devil stick","wgCurRevisionId":18422,"wgArticleId":611,"wgIsArticle":true};
RLSTATE={"skins.vector.styles":"ready","site.styles":"ready"};RLPAGEMODULES=["site","mediawiki.page.ready","skins.vector.js"];</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><meta name="robots" content="max-image-preview:standard">
<link rel="edit" title="Edit" href="/index.php?title=Devil_stick&amp;action=edit"><link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/">
<link rel="canonical" href="https://ringwiki.org/wiki/Devil_stick"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Devil_stick rootpage-Devil_stick
skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet">
<div class="vector-menu-heading">Navigation</div><div class="vector-menu-content"><ul class="vector-menu-content-list">
${mNav.map((t) => `<li class="mw-list-item"><a href="/wiki/${t.replace(/ /g, '_')}"><span>${t}</span></a></li>`).join('\n')}
</ul></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Ringwiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box">
<form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><div class="cdx-text-input cdx-text-input--has-start-icon">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Ringwiki" aria-label="Search Ringwiki" id="searchInput"></div>
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet">
<ul class="vector-menu-content-list">
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:CreateAccount"><span>Create account</span>
</a></li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></div></nav>
</div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"></div>
<div class="vector-sitenotice-container"><div id="siteNotice"><div id="localNotice" data-nosnippet=""><p>Ringwiki's spring editathon on aerial apparatus runs
until 30 April. <a href="/wiki/Ringwiki:Editathon">Join in</a>.</p></div></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"></div>
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1">
<a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${mSections
  .map(
    (s, i) => `<li id="toc-${s.id}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${s.id}"><div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span><span>${s.h}</span></div></a></li>`,
  )
  .join('\n')}
</ul></div></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages"
class="vector-menu vector-menu-tabs mw-portlet"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item">
<a href="/wiki/Devil_stick" title="View the content page [c]" accesskey="c"><span>Page</span></a></li>
<li id="ca-talk" class="new vector-tab-noicon mw-list-item">
<a href="/index.php?title=Talk:Devil_stick&amp;action=edit&amp;redlink=1" rel="discussion"><span>Discussion</span></a></li></ul></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet">
<ul class="vector-menu-content-list">
<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Devil_stick"><span>Read</span></a></li>
<li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Devil_stick&amp;action=edit"><span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Devil_stick&amp;action=history"><span>View history</span></a></li>
</ul></div></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown">
<label class="vector-dropdown-label"><span class="vector-dropdown-label-text">Tools</span></label><div class="vector-dropdown-content">
<div id="p-tb" class="vector-menu mw-portlet">
<div class="vector-menu-heading">General</div><ul class="vector-menu-content-list">
${mTools.map((t) => `<li class="mw-list-item"><a href="/wiki/Special:${t.replace(/ /g, '')}"><span>${t}</span></a></li>`).join('\n')}
</ul></div></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div id="siteSub" class="noprint">From Ringwiki, the circus arts wiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">Devil stick</th></tr>
<tr><td colspan="2" class="infobox-image"><span typeof="mw:File"><a href="/wiki/File:Devil_stick_set.jpg" class="mw-file-description"><img alt=""
src="/images/thumb/a/a3/Devil_stick_set.jpg/220px-Devil_stick_set.jpg" decoding="async" width="220" height="147" class="mw-file-element"></a></span>
<div class="infobox-caption">A tasselled centre stick with two hand sticks</div></td></tr>
${mInfo.map((r) => `<tr><th scope="row" class="infobox-label">${r[0]}</th><td class="infobox-data">${r[1]}</td></tr>`).join('\n')}
</tbody></table>
${secsHtml(mSecs, { h: mH })}
<!--
NewPP limit report
Parsed by mw-web.ringwiki-7d9f8c6b5-x2k4q
Cached time: 20250305091533
CPU time usage: 0.084 seconds
-->
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"
style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://ringwiki.org/index.php?title=Devil_stick&amp;oldid=18422">https://ringwiki.org/index.php?title=Devil_stick&amp;oldid=18422</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Manipulation_props" title="Category:Manipulation props">Manipulation props</a></li><li><a href="/wiki/Category:Beginner_skills"
title="Category:Beginner skills">Beginner skills</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 3 March 2025, at 18:22.</li>
<li id="footer-info-copyright">Content is available under <a class="external" rel="nofollow"
href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike</a> unless otherwise noted.</li></ul>
<ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/Ringwiki:Privacy_policy">Privacy policy</a></li>
<li id="footer-places-about"><a href="/wiki/Ringwiki:About">About Ringwiki</a></li><li id="footer-places-disclaimers">
<a href="/wiki/Ringwiki:General_disclaimer">Disclaimers</a></li></ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/" class="cdx-button cdx-button--fake-button"><img
src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const mGold = gold(mSecs);
const mediawiki: TestPage = done({
  name: 'heldout634-devil-stick-mediawiki',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mGold.headings,
  body: mGold.body,
  bylines: ['This page was last edited on 3 March 2025, at 18:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mNav, 'Ringwiki', 'Search', 'Create account', 'Log in',
    plain("Ringwiki's spring editathon on aerial apparatus runs until 30 April. Join in."), 'Contents', 'hide', '(Top)',
    ...mSections.map((s, i) => String(i + 1)), 'Page', 'Discussion', 'Read', 'Edit', 'View history', 'Tools', 'General', ...mTools,
    'From Ringwiki, the circus arts wiki', 'A tasselled centre stick with two hand sticks', ...mInfo.flat(),
    'Retrieved from "https://ringwiki.org/index.php?title=Devil_stick&oldid=18422"', 'Categories', 'Manipulation props', 'Beginner skills',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', 'Privacy policy', 'About Ringwiki', 'Disclaimers',
  ],
});

export const HELDOUT634_D: readonly TestPage[] = [mediawiki];
