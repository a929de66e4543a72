import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout504-kit.js';

/**
 * Held-out batch 504, file f: a dog walker's client policies page on Weebly (page title in an h2 wsite-content-title, paragraph
 * divs, Weebly signup footer), and a grooming wiki article on MediaWiki with the Vector skin (infobox, table of contents, edit
 * links, categories, last-edited line, navigation panels).
 */
const wTitle = 'Client Policies';
const wSections: [string, string[]][] = [
  [
    'Scheduling',
    [
      j(
        'Regular walks are booked for the month ahead by the 25th of the month before. One-off walks can be added any time there',
        'is a free slot, but we cannot promise a set time on the same day.',
      ),
    ],
  ],
  [
    'Cancellations',
    [
      '<strong>Before 8pm the night before:</strong> no charge.',
      '<strong>On the day:</strong> the full walk fee is charged, because your walker has kept that time for your dog.',
    ],
  ],
  [
    'Weather',
    [
      j(
        'We walk in rain and snow. On days over 30°C or when the roads are icy we switch to a shorter walk and indoor play,',
        'at the same price, and text you to let you know.',
      ),
    ],
  ],
  [
    'Keys and access',
    [j('We keep two keys for each home, tagged with a number and never with your address. Keys are returned within a week if', 'you stop using our service.')],
  ],
];
const wIntro = 'By booking with Happy Tails Dog Walking you agree to the policies below. They were last revised in January 2026.';
const wNav = ['Home', 'Services &amp; Rates', 'Policies', 'About Jess', 'Contact'];
const wSecHtml = wSections
  .map(
    ([h, paras]) => `<h2 class="wsite-content-title">${h}</h2>
${paras.map((p) => `<div class="paragraph" style="text-align:left;">${p}</div>`).join('\n')}`,
  )
  .join('\n');
const wHtml = `<!DOCTYPE html><html lang="en"><head><title>Policies - HAPPY TAILS DOG WALKING</title><meta property="og:site_name"
content="HAPPY TAILS DOG WALKING">
<meta property="og:title" content="Policies"><meta property="og:description" content="${wIntro}"><meta name="viewport"
content="width=device-width, initial-scale=1.0">
<link id="wsite-base-style" rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/sites.css?buildTime=1712345678">
<link rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/old/fancybox.css?1712345678"><link rel='stylesheet' type='text/css'
href='/files/main_style.css?1712345690' title='wsite-theme-css'>
<script>var STATIC_BASE = '//cdn1.editmysite.com/'; var ASSETS_BASE = '//cdn2.editmysite.com/';</script>
<script type="text/javascript" src="//cdn2.editmysite.com/js/lang/en/stl.js?buildTime=1712345678&"></script>
<script>_W = _W || {}; _W.securePrefix='www.happytailswalks.example'; _W.configDomain = "www.weebly.com";</script></head>
<body class="no-header-page  wsite-page-policies  wsite-theme-light"><div class="wrapper"><div class="birdseye-header"><div class="nav-wrap"><div
class="container">
<div class="logo"><span class="wsite-logo"><a href="/"><span id="wsite-title">HAPPY TAILS DOG WALKING</span></a></span></div>
<div class="nav desktop-nav"><ul class="wsite-menu-default">${wNav
  .map(
    (t, i) => `<li id="${i === 2 ? 'active' : `pg${740 + i}`}"
class="wsite-menu-item-wrap"><a href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}.html" class="wsite-menu-item">${t}</a></li>`,
  )
  .join('\n')}</ul></div>
<label class="hamburger" for="nav-trigger"><span></span></label></div></div></div>
<div class="main-wrap"><div id="wsite-content" class="wsite-elements wsite-not-footer"><div><div class="wsite-multicol"><div class="wsite-multicol-table-wrap"
style="margin:0 -15px;">
<table class="wsite-multicol-table"><tbody class="wsite-multicol-tbody"><tr class="wsite-multicol-tr"><td class="wsite-multicol-col"
style="width:66%; padding:0 15px;">
<h2 class="wsite-content-title"><font size="6">${wTitle}</font></h2>
<div class="paragraph">${wIntro}</div>
${wSecHtml}
</td><td class="wsite-multicol-col" style="width:34%; padding:0 15px;"><div><div class="wsite-image wsite-image-border-none"
style="padding-top:10px;padding-bottom:10px;">
<a><img src="/uploads/1/3/9/2/139283/jess-and-biscuit_orig.jpg" alt="Picture" style="width:auto;max-width:100%"></a><div
style="display:block;font-size:90%">Jess with Biscuit</div>
</div></div><div class="paragraph" style="text-align:center;"><strong>Questions?</strong><br>Text Jess at (555) 012-6620</div></td></tr></tbody></table></div>
</div></div></div></div>
<div class="footer-wrap"><div class="footer"><div class='wsite-elements wsite-footer'><div class="paragraph"
style="text-align:center;">Happy Tails Dog Walking · Insured with
PetGuard · Serving Lakeview since 2017</div></div></div></div></div>
<div id="weebly-footer-signup-container-v3" class="weebly-footer-signup-container-v3"><div
class="signup-container-header">Create your own unique website with customizable templates.
</div><a class="signup-link weebly-button" href="https://www.weebly.com/signup?utm_source=internal&utm_medium=footer" target="_blank">Get Started</a></div>
<script type="text/javascript" src="/files/theme/plugins.js?1565970981"></script><script type="text/javascript" src="/files/theme/custom.js?1565970981">
</script></body></html>`;
const weebly: TestPage = {
  name: 'heldout504-weebly-walker-policies',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wSections.map(([h]) => h),
  body: texts([wIntro, ...wSections.flatMap(([, paras]) => paras)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Services & Rates', 'About Jess', 'Contact', 'Jess with Biscuit', 'Questions?', 'Text Jess at (555) 012-6620',
    'Happy Tails Dog Walking · Insured with PetGuard · Serving Lakeview since 2017',
    'Create your own unique website with customizable templates.', 'Get Started',
  ],
};

const mTitle = 'Hand stripping';
const mLead = [
  j(
    '<b>Hand stripping</b> is a grooming method for wire-coated dogs in which dead outer hairs are pulled out by hand or with a',
    'stripping knife, instead of being cut with clippers. It keeps the coat harsh, weatherproof and true to its colour.',
  ),
  j(
    'Stripping takes much longer than clipping, and many salons charge by the hour for it. Owners of pet dogs often choose',
    'clipping instead, accepting that the coat will turn softer and paler over time.',
  ),
];
const mSections: [string, string[], boolean][] = [
  ['Breeds', ['Border Terrier', 'Wire Fox Terrier', 'Cairn Terrier', 'Schnauzer (all three sizes)', 'Wirehaired Dachshund', 'Irish Wolfhound'], true],
  [
    'Method',
    [
      j(
        'The groomer holds the skin taut with one hand and pulls a few hairs at a time in the direction of growth, between the thumb',
        'and a stripping knife or a finger cot. Hairs that are ready to come out (\u201cblown\u201d) release without pain.',
      ),
      j(
        'A full strip removes nearly all of the outer coat at once, after which the dog looks bare for six to eight weeks. <i>Rolling</i>',
        'the coat instead means stripping a little every two to three weeks, so that the dog always carries some finished coat.',
      ),
    ],
    false,
  ],
  [
    'Carding',
    [
      j(
        'Carding pulls loose undercoat out with a fine blade or pumice stone drawn over the coat. It is often done after stripping',
        'to help the new outer coat lie flat.',
      ),
    ],
    false,
  ],
  [
    'Welfare',
    [
      j(
        'Stripped correctly, a ready coat causes little or no discomfort. Pulling hair that is not ready, or stripping sensitive areas',
        'such as the belly and inner thighs, can hurt, and these areas are normally clipped or scissored instead.',
      ),
    ],
    false,
  ],
];
const mInfobox = ['Hand stripping', 'Coat types', 'Wire, broken', 'Tools', 'Stripping knife, stone, finger cots', 'Frequency', 'Every 4–12 weeks'];
const mCats = ['Coat care', 'Terriers', 'Grooming techniques'];
const mLeft = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mFoot = ['Privacy policy', 'About GroomWiki', 'Disclaimers'];
const edit = (h: string): string =>
  `<h2><span class="mw-headline" id="${h}">${h}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=Hand_stripping&amp;action=edit&amp;section=1"
title="Edit section: ${h}">edit</a><span class="mw-editsection-bracket">]</span></span></h2>`;
const mSecHtml = mSections.map(([h, items, list]) => `${edit(h)}\n${list ? `<ul>${lis(items)}</ul>` : ps(items)}`).join('\n');
const portal = (
  id: string,
  label: string,
  items: string[],
): string => `<nav id="${id}" class="vector-menu mw-portlet vector-menu-portal portal" aria-labelledby="${id}-label"
role="navigation"><h3 id="${id}-label" class="vector-menu-heading"><span class="vector-menu-heading-label">${label}</span></h3><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(items, 'mw-list-item')}</ul></div></nav>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Hand stripping - GroomWiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Hand_stripping","wgTitle":"Hand stripping",
"wgCurRevisionId":18842,"wgArticleId":612,
"wgIsArticle":true,"wgAction":"view","wgCategories":["Coat care","Terriers","Grooming techniques"]};
RLSTATE={"site.styles":"ready","skins.vector.styles.legacy":"ready"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=site.styles%7Cskins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="edit" title="Edit" href="/index.php?title=Hand_stripping&amp;action=edit"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject
page-Hand_stripping rootpage-Hand_stripping skin-vector action-view skin-vector-legacy">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"></div><div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From GroomWiki</div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mInfobox[0]}</th></tr>
${[1, 3, 5]
  .map(
    (i) => `<tr><th scope="row" class="infobox-label">${mInfobox[i]}</th><td class="infobox-data">${mInfobox[i + 1]}</td>
</tr>`,
  )
  .join('\n')}</tbody></table>
${ps(mLead)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox" style="display:none">
<div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan"><label class="toctogglelabel"
for="toctogglecheckbox"></label></span></div>
<ul>${mSections
  .map(
    ([h], i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${h}"><span class="tocnumber">${i + 1}</span> <span
class="toctext">${h}</span></a></li>`,
  )
  .join('\n')}</ul></div>
${mSecHtml}
<!-- NewPP limit report Parsed by mw1 Cached time: 20260812140512 CPU time usage: 0.041 seconds -->
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1" style="border: none; position: absolute;">
</noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="/index.php?title=Hand_stripping&amp;oldid=18842">https://groomwiki.example/index.php?title=Hand_stripping&amp;oldid=18842</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>:
<ul>${links(mCats)}</ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><nav id="p-personal"
class="vector-menu mw-portlet mw-portlet-personal vector-user-menu-legacy" role="navigation">
<h3 id="p-personal-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Personal tools</span></h3><div class="vector-menu-content"><ul
class="vector-menu-content-list">
<li id="pt-login" class="mw-list-item"><a href="/index.php?title=Special:UserLogin&amp;returnto=Hand+stripping" title="You are encouraged to log in">
<span>Log in</span></a></li></ul></div></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu mw-portlet vector-menu-tabs" role="navigation"><h3 class="vector-menu-heading"><span
class="vector-menu-heading-label">Namespaces</span></h3>
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected mw-list-item"><a href="/wiki/Hand_stripping">
<span>Page</span></a></li>
<li id="ca-talk" class="new mw-list-item"><a href="/index.php?title=Talk:Hand_stripping&amp;action=edit&amp;redlink=1"><span>Discussion</span></a></li></ul>
</div></nav></div>
<div id="right-navigation"><nav id="p-views" class="vector-menu mw-portlet vector-menu-tabs" role="navigation"><h3 class="vector-menu-heading"><span
class="vector-menu-heading-label">Views</span></h3>
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-view" class="selected mw-list-item"><a href="/wiki/Hand_stripping">
<span>Read</span></a></li>
<li id="ca-edit" class="mw-list-item"><a href="/index.php?title=Hand_stripping&amp;action=edit"><span>Edit</span></a></li><li id="ca-history"
class="mw-list-item"><a
href="/index.php?title=Hand_stripping&amp;action=history"><span>View history</span></a></li></ul></div></nav>
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><h3>Search</h3><form action="/index.php" id="searchform"><div
id="simpleSearch">
<input type="search" name="search" placeholder="Search GroomWiki" id="searchInput"><input type="submit" name="go" value="Go" id="searchButton"
class="searchButton"></div></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div>
${portal('p-navigation', 'Navigation', mLeft)}
${portal('p-tb', 'Tools', mTools)}</div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li
id="footer-info-lastmod"> This page was last edited on 12 August 2026, at 14:05.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img
src="/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout504-mediawiki-hand-stripping',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mSections.map(([h]) => h),
  body: texts([...mLead, ...mSections.flatMap(([, items]) => items)]),
  bylines: ['This page was last edited on 12 August 2026, at 14:05.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'From GroomWiki', 'Jump to navigation', 'Jump to search', ...mInfobox.filter((t) => t !== mTitle), 'Contents', 'edit',
    'Retrieved from "https://groomwiki.example/index.php?title=Hand_stripping&oldid=18842"', 'Categories:', ...mCats, 'Navigation menu', 'Personal tools',
    'Log in', 'Namespaces', 'Page', 'Discussion', 'Views', 'Read', 'Edit', 'View history', 'Search', 'Navigation', ...mLeft, ...mTools, ...mFoot,
  ],
};

export const HELDOUT504_F: readonly TestPage[] = [weebly, mediawiki];
