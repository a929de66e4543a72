import { links, ps, type TestPage } from './page-kit.js';
import { at, j, lis } from './pages-heldout655-kit.js';

/**
 * Held-out batch 655, file f: a dog walker's winter paw-care post on Hugo with the PaperMod theme (breadcrumbs, closed table of
 * contents, tags, prev / next, share buttons), and a "Hand stripping" article on a grooming wiki run on MediaWiki (legacy
 * Vector skin, infobox, table of contents, edit links, categories, navbox).
 */
const pTitle = 'Winter Paw Care for Walked Dogs';
const pDek = 'Grit, snowballs and cracked pads: what I check after every winter walk, and what I keep in the van.';
const pBody = [
  j(
    'From December to March I towel off about thirty pairs of feet a week, and the same three problems come up again and again.',
    'None of them needs a vet if you catch them early.',
  ),
  'Road grit',
  j(
    'Rock salt and de-icers dry out pads and sting any small cut. Dogs then lick their feet and swallow it. After a walk on gritted',
    'pavements, I dip each paw in a bowl of lukewarm water and dry between the toes.',
  ),
  'Snowballs between the toes',
  j(
    'Long-haired feet collect balls of ice that pull on the hair and make dogs walk like they are on Lego. Keep the hair between the',
    'pads trimmed level with the pads, and a thin layer of paw wax before the walk stops the snow from sticking.',
  ),
  'Cracked pads',
  'Rub in a little paw balm at night, when your dog is settled and less likely to lick it off.',
  'Watch for limping or a dog that keeps stopping to lick one foot.',
  'Deep cracks that bleed need a vet check.',
];
const pH = [1, 3, 5];
const pNav = ['Posts', 'Walks', 'Prices', 'About'];
const pHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${pTitle} | Wag &amp; Wander</title><meta name="keywords" content="winter, paws, grit"><meta name="description" content="${pDek}">
<meta name="author" content="Sam Okafor"><link rel="canonical" href="https://wagandwander.uk/posts/winter-paw-care/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css" rel="preload stylesheet"
as="style">
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript><meta name="generator" content="Hugo 0.121.2">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",
"headline":"${pTitle}","datePublished":"2025-01-12T00:00:00Z","author":{"@type":"Person","name":"Sam Okafor"}}</script>
</head>
<body class="" id="top"><script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark')}</script>
<header class="header"><nav class="nav">
<div class="logo"><a href="https://wagandwander.uk/" accesskey="h" title="Wag &amp; Wander (Alt + H)">Wag &amp; Wander</a>
<div class="logo-switches">
<button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24"
height="18" viewBox="0 0 24 24"></svg></button></div></div>
<ul id="menu">${pNav.map((t) => `<li><a href="https://wagandwander.uk/${t.toLowerCase()}/" title="${t}"><span>${t}</span></a></li>`).join('\n')}</ul></nav>
</header>
<main class="main"><article class="post-single"><header class="post-header">
<div class="breadcrumbs"><a href="https://wagandwander.uk/">Home</a>&nbsp;»&nbsp;<a href="https://wagandwander.uk/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">${pTitle}</h1><div class="post-description">${pDek}</div>
<div class="post-meta"><span title='2025-01-12 00:00:00 +0000 UTC'>January 12, 2025</span>&nbsp;·&nbsp;3 min&nbsp;·&nbsp;Sam Okafor</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${pH.map((i) => `<li><a href="#${at(pBody, i).toLowerCase().replace(/ /g, '-')}" aria-label="${at(pBody, i)}">${at(pBody, i)}</a></li>`).join('\n')}</ul>
</div></details></div>
<div class="post-content">${ps([at(pBody, 0)])}
${pH
  .map(
    (i, n) => `<h2 id="${at(pBody, i).toLowerCase().replace(/ /g, '-')}">${at(pBody, i)}<a hidden class="anchor" aria-hidden="true"
href="#${at(pBody, i).toLowerCase().replace(/ /g, '-')}">#</a></h2>
${n < 2 ? ps([at(pBody, i + 1)]) : `<ul>${lis(pBody.slice(6))}</ul>`}`,
  )
  .join('\n')}
</div>
<footer class="post-footer"><ul class="post-tags">${links(['Winter', 'Paw Care', 'Safety'])}</ul><nav class="paginav">
<a class="prev" href="https://wagandwander.uk/posts/fireworks-week/"><span class="title">« Prev</span><br><span>Getting Through Fireworks Week</span></a>
<a class="next" href="https://wagandwander.uk/posts/new-field/"><span class="title">Next »</span><br><span>Our New Secure Field at Holme Lane</span></a></nav>
<ul class="share-buttons">
<li><a target="_blank" rel="noopener noreferrer" aria-label="share ${pTitle} on x" href="https://x.com/intent/tweet/?text=x"><svg viewBox="0 0 512 512"
height="30px" width="30px"></svg></a></li>
<li><a target="_blank" rel="noopener noreferrer" aria-label="share ${pTitle} on facebook"
href="https://facebook.com/sharer/sharer.php?u=x"><svg viewBox="0 0 512 512"></svg></a></li></ul>
</footer></article></main>
<footer class="footer"><span>&copy; 2025 <a href="https://wagandwander.uk/">Wag &amp; Wander</a></span> · <span>Powered by <a href="https://gohugo.io/"
rel="noopener noreferrer" target="_blank">Hugo</a> &amp;
<a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg
xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor"></svg></a>
<script>let menu=document.getElementById('menu');menu&&(menu.scrollLeft=localStorage.getItem("menu-scroll-position"))</script></body></html>`;
const hugo: TestPage = {
  name: 'heldout655-hugo-winter-paws',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: pH.map((i) => at(pBody, i)),
  body: [pDek, ...pBody.filter((_, i) => !pH.includes(i))],
  bylines: ['January 12, 2025 · 3 min · Sam Okafor'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Wag & Wander', ...pNav.filter((t) => t !== 'About'), 'Home', 'Table of Contents', 'Safety', '« Prev', 'Getting Through Fireworks Week', 'Next »',
    'Our New Secure Field at Holme Lane', '© 2025 Wag & Wander', 'Powered by Hugo & PaperMod',
  ],
};

const mTitle = 'Hand stripping';
const mBody = [
  j(
    '<b>Hand stripping</b> is a grooming method for wire-coated dogs in which dead outer coat is pulled out by hand or with a blunt',
    'stripping knife, instead of being cut. It keeps the harsh texture and the colour of a wire coat, which clipping softens and fades.',
  ),
  'History',
  j(
    'Terrier keepers stripped coats long before grooming was a trade, plucking dead hair so working dogs would not carry mud and',
    'burrs underground. The method passed into the show ring in the early twentieth century, when breed standards began to call',
    'for a close, hard jacket.',
  ),
  'Method',
  j(
    'A coat is ready to strip when the outer hairs come away with a light pull. The groomer holds the skin taut and pulls small',
    'tufts in the direction of growth, working from the neck towards the tail. A full strip takes two to four hours on a',
    'medium-sized terrier and is often done over several sessions.',
  ),
  j(
    '<i>Rolling the coat</i> means stripping a little every few weeks so that the coat is always in layers of different lengths,',
    'which keeps the dog looking finished all year. Show dogs are usually rolled.',
  ),
  'Breeds',
  'Border Terrier',
  'Wire Fox Terrier',
  'Airedale Terrier',
  'Miniature Schnauzer',
  'Wire-haired Dachshund',
  'Criticism',
  j(
    'Some owners find stripping uncomfortable to watch, and some dogs with sensitive skin do not tolerate it. Groomers generally',
    'agree that a coat which is ready does not hurt to strip, and that a coat which is not ready should be left.',
  ),
];
const mH = [1, 3, 6, 12];
const mInfo: [string, string][] = [
  ['Also called', 'Plucking, stripping out'],
  ['Used on', 'Wire and broken coats'],
  ['Tools', 'Stripping knife, stone, fingers'],
];
const mPortal = (
  id: string,
  label: string,
  items: string[],
): string => `<nav id="p-${id}" class="vector-menu mw-portlet mw-portlet-${id} vector-menu-portal portal" aria-labelledby="p-${id}-label" role="navigation">
<h3 id="p-${id}-label" class="vector-menu-heading"><span class="vector-menu-heading-label">${label}</span></h3><div class="vector-menu-content">
<ul class="vector-menu-content-list">
${items.map((t) => `<li class="mw-list-item"><a href="/wiki/Special:${t.replace(/ /g, '')}"><span>${t}</span></a></li>`).join('')}</ul></div></nav>`;
const mEdit = (h: string): string =>
  `<h2><span class="mw-headline" id="${h}">${h}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=Hand_stripping&amp;action=edit&amp;section=1" title="Edit section: ${h}">edit</a><span
class="mw-editsection-bracket">]</span></span></h2>`;
const mNavTools = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mBox = ['Bathing', 'Carding', 'Clipping', 'Scissoring', 'Dematting'];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${mTitle} - GroomWiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Hand_stripping","wgTitle":"Hand stripping",
"wgNamespaceNumber":0,"wgAction":"view"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=site.styles%7Cskins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.39.6"><link rel="edit" title="Edit" href="/index.php?title=Hand_stripping&amp;action=edit"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Hand_stripping rootpage-Hand_stripping
 skin-vector action-view skin-vector-legacy">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"></div><div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From GroomWiki</div><div id="contentSub"></div><div id="contentSub2"></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
<p>${at(mBody, 0)}</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading">
<input type="checkbox" role="button" id="toctogglecheckbox" class="toctogglecheckbox" style="display:none">
<div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan">
<label class="toctogglelabel" for="toctogglecheckbox"></label></span></div><ul>
${mH
  .map(
    (i, n) => `<li class="toclevel-1 tocsection-${n + 1}"><a href="#${at(mBody, i)}"><span class="tocnumber">${n + 1}</span> <span
class="toctext">${at(mBody, i)}</span></a></li>`,
  )
  .join('\n')}</ul></div>
${mEdit(at(mBody, 1))}<p>${at(mBody, 2)}</p>${mEdit(at(mBody, 3))}<p>${at(mBody, 4)}</p><p>${at(mBody, 5)}</p>
${mEdit(at(mBody, 6))}<ul>${lis(mBody.slice(7, 12).map((t) => `<a href="/wiki/${t.replace(/ /g, '_')}" title="${t}">${t}</a>`))}</ul>
${mEdit(at(mBody, 12))}<p>${at(mBody, 13)}</p>
<table class="navbox"><tbody><tr><th class="navbox-title" colspan="2">Coat care techniques</th></tr><tr><td class="navbox-list">
${mBox.map((t) => `<a href="/wiki/${t}" title="${t}">${t}</a>`).join(' • ')} • <a class="mw-selflink selflink">Hand stripping</a></td></tr></tbody></table>
</div></div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://groomwiki.org/index.php?title=Hand_stripping&amp;oldid=2291">https://groomwiki.org/index.php?title=Hand_stripping&amp;oldid=2291</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface">
<div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Coat_care" title="Category:Coat care">Coat care</a></li>
<li><a href="/wiki/Category:Terriers" title="Category:Terriers">Terriers</a></li></ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head">
<nav id="p-personal" class="vector-menu mw-portlet mw-portlet-personal vector-user-menu-legacy" aria-labelledby="p-personal-label" role="navigation">
<h3 id="p-personal-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Personal tools</span></h3><div class="vector-menu-content">
<ul class="vector-menu-content-list">
<li id="pt-anonuserpage" class="mw-list-item">Not logged in</li>${links(['Talk', 'Contributions', 'Create account', 'Log in'], 'mw-list-item')}</ul></div></nav>
<div id="left-navigation">
<nav id="p-namespaces" class="vector-menu mw-portlet mw-portlet-namespaces vector-menu-tabs" aria-labelledby="p-namespaces-label" role="navigation">
<h3 id="p-namespaces-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Namespaces</span></h3><div class="vector-menu-content">
<ul class="vector-menu-content-list">
${links(['Page', 'Discussion'], 'mw-list-item')}</ul></div></nav></div>
<div id="right-navigation"><nav id="p-views" class="vector-menu mw-portlet mw-portlet-views vector-menu-tabs" aria-labelledby="p-views-label" role="navigation">
<h3 id="p-views-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Views</span></h3><div class="vector-menu-content">
<ul class="vector-menu-content-list">
${links(['Read', 'Edit', 'View history'], 'mw-list-item')}</ul></div></nav>
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box"><h3>
<label for="searchInput">Search</label></h3>
<form action="/index.php" id="searchform" class="vector-search-box-form"><div id="simpleSearch" class="vector-search-box-inner">
<input class="vector-search-box-input" type="search" name="search" placeholder="Search GroomWiki" id="searchInput">
<input type="submit" name="go" value="Go" class="searchButton" id="searchButton"></div></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div>
${mPortal('navigation', 'Navigation', mNavTools)}${mPortal('tb', 'Tools', mTools)}</div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 3 March 2025, at 14:21.</li>
<li id="footer-info-copyright">Content is available under <a class="external"
href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(['Privacy policy', 'About GroomWiki', 'Disclaimers'])}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout655-mediawiki-hand-stripping',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mH.map((i) => at(mBody, i)),
  body: mBody.filter((_, i) => !mH.includes(i)).map((t) => t.replace(/<[^>]+>/g, '')),
  bylines: ['This page was last edited on 3 March 2025, at 14:21.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'From GroomWiki', 'Jump to navigation', 'Jump to search', ...mInfo.flat(), 'Contents', 'edit',
    'Coat care techniques', ...mBox.filter((t) => t !== 'Clipping'),
    'Retrieved from "https://groomwiki.org/index.php?title=Hand_stripping&oldid=2291"', 'Categories', 'Coat care', 'Terriers', 'Navigation menu',
    'Personal tools', 'Not logged in', 'Talk', 'Contributions', 'Create account', 'Log in', 'Namespaces', 'Page', 'Discussion', 'Views', 'Read',
    'View history', 'Search', 'Navigation', ...mNavTools, ...mTools,
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', 'Privacy policy', 'About GroomWiki', 'Disclaimers',
  ],
};

export const HELDOUT655_F: readonly TestPage[] = [hugo, mediawiki];
