import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis } from './pages-heldout612-kit.js';

/**
 * Held-out batch 612, file c: a trade wiki article on lime plaster on MediaWiki (Vector 2022 skin, infobox, sidebar contents,
 * edit section links, references, categories); the second page of the pair is in file c2.
 */
const mTitle = 'Lime plaster';
const mLead = [
  j(
    '<b>Lime plaster</b> is a plaster made from lime, sand and water, sometimes with animal hair added for strength. It was the',
    'standard internal and external plaster in Britain until the spread of gypsum plasters in the 1930s, and it remains the',
    'recommended material for repairing solid-walled buildings.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
  ),
  j(
    'Unlike gypsum, lime plaster stays slightly flexible and lets moisture pass through it, so damp in an old wall can dry out',
    'through the surface rather than being trapped behind it.',
  ),
];
const mInfo = [
  ['Binder', 'Non-hydraulic (air) lime or natural hydraulic lime'],
  ['Typical mix', '1 part lime putty to 2.5–3 parts sharp sand'],
  ['Coats', 'Scratch, float and setting coat'],
  ['Curing time', 'Several weeks per coat'],
];
const mHeads = ['Composition', 'Application', 'Curing and aftercare', 'Compared with gypsum', 'References'];
const mComp = j(
  'Traditional internal lime plaster uses a lime putty, made by slaking quicklime in water and leaving it to mature for at',
  'least three months. Natural hydraulic limes (NHL 2 and NHL 3.5) set partly by reaction with water and are often used where',
  'faster setting or greater strength is needed, for example on exposed renders.',
);
const mApp = [
  'Lime plaster is normally applied in three coats:',
  'the <b>scratch coat</b>, about 9 mm thick, scored with a comb to key the next coat;',
  'the <b>floating coat</b>, ruled flat with a straightedge and rubbed up with a wooden float;',
  'the <b>setting coat</b>, a thin finish of fine sand and lime, trowelled smooth or left with a sponge texture.',
  j(
    'Each coat must be firm before the next is applied, and the background is dampened first so that it does not draw the',
    'water out of the fresh plaster too quickly.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>',
  ),
];
const mCure = j(
  'Lime carbonates slowly by absorbing carbon dioxide from the air. Fresh work must be protected from frost, direct sun and',
  'drying winds, and is usually misted with water for several days. Hessian sheets are hung in front of external work in',
  'warm weather. The finished surface is decorated with limewash or a breathable mineral paint, never with vinyl emulsion.',
);
const mGyp = j(
  'Gypsum plasters set within an hour and are much quicker to decorate, which is why they replaced lime in new building. On',
  'solid brick and stone walls, however, gypsum traps moisture, and patch repairs in gypsum on a lime wall tend to crack at',
  'the join and hold damp at the edges. Most conservation officers require lime for repairs to listed buildings.',
);
const mRefs = [
  'Society for the Care of Old Walls (2019). <i>Lime in Building Repair</i>. Technical Note 4.',
  'Fennimore, A. (2021). <i>The Plasterer’s Handbook</i>, 3rd edition, pp. 112–118.',
];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mTabs = ['Page', 'Discussion', 'Read', 'Edit', 'View history'];
const mCats = ['Plaster types', 'Heritage materials'];
const mFoot = ['Privacy policy', "About Plasterers' Wiki", 'Disclaimers'];
const mH2 = (i: number): string => `<div class="mw-heading mw-heading2"><h2 id="${(mHeads[i] ?? '').replace(/ /g, '_')}">${mHeads[i]}</h2>
<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?title=Lime_plaster&amp;action=edit&amp;section=${i + 1}"
title="Edit section">edit</a><span class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>Lime plaster - Plasterers' Wiki</title>
<script>document.documentElement.className="client-js vector-toc-available";RLCONF={"wgPageName":"Lime_plaster","wgTitle":"Lime plaster",
"wgCurRevisionId":18342,"wgRevisionId":18342,"wgArticleId":611,"wgIsArticle":true,"wgAction":"view","wgCategories":["Plaster types","Heritage materials"]};
RLPAGEMODULES=["site","mediawiki.page.ready","skins.vector.js"];</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.42.3"><link rel="canonical" href="https://wiki.plasterers.example/wiki/Lime_plaster"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Lime_plaster
rootpage-Lime_plaster skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox"
role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu"><label for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label cdx-button"><span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mSide, 'mw-list-item')}</ul></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-wordmark">Plasterers' Wiki</span></a></div><div class="vector-header-end">
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box"><form action="/index.php" id="searchform">
<div id="simpleSearch"><input type="search" name="search" placeholder="Search Plasterers' Wiki" aria-label="Search Plasterers' Wiki" id="searchInput">
<input type="submit" name="go" value="Go" id="searchButton" class="searchButton"></div></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul>${links(['Create account', 'Log in'], 'mw-list-item')}</ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul id="mw-panel-toc-list" class="vector-toc-contents">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a>
</li>
${mHeads
  .map(
    (h, i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h.replace(/ /g, '_')}">
<div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul>${links(mTabs.slice(0, 2), 'mw-list-item')}</ul></nav>
<nav aria-label="Views"><ul>${links(mTabs.slice(2), 'mw-list-item')}</ul></nav><nav class="vector-page-tools-landmark" aria-label="Page tools">
<div class="vector-dropdown-label-text">Tools</div><ul>${links(mTools, 'mw-list-item')}</ul></nav></div>
<div id="bodyContent" class="vector-body" data-mw-ve-target-container><div id="siteSub" class="noprint">From Plasterers' Wiki</div><div id="contentSub"></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr><tr><td colspan="2" class="infobox-image">
<span typeof="mw:File"><img src="/images/thumb/lime-setting-coat.jpg/220px-lime-setting-coat.jpg" width="220" height="165" alt=""></span>
<div class="infobox-caption">A lime setting coat being trowelled up on a cottage wall</div></td></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${ps(mLead)}
${mH2(0)}<p>${mComp}</p>${mH2(1)}<p>${mApp[0]}</p><ul>${lis(mApp.slice(1, 4))}</ul><p>${mApp[4]}</p>
${mH2(2)}<p>${mCure}</p>${mH2(3)}<p>${mGyp}</p>${mH2(4)}
<div class="mw-references-wrap"><ol class="references">${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink">
<a href="#cite_ref-${i + 1}">↑</a></span> <span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div></div>
<noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="https://wiki.plasterers.example/index.php?title=Lime_plaster&amp;oldid=18342">
https://wiki.plasterers.example/index.php?title=Lime_plaster&amp;oldid=18342</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${links(mCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod">
This page was last edited on 12 August 2026, at 14:03.</li><li id="footer-info-copyright">Content is available under
<a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout612-mediawiki-lime-plaster',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: texts([...mInfo.map(([k, v]) => `${k} ${v}`), ...mLead, mComp, ...mApp, mCure, mGyp, ...mRefs]),
  bylines: ['This page was last edited on 12 August 2026, at 14:03.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mSide, "Plasterers' Wiki", 'Create account', 'Log in', 'Contents', 'hide', '(Top)', ...mTabs,
    'Tools', ...mTools, "From Plasterers' Wiki", 'A lime setting coat being trowelled up on a cottage wall', 'edit',
    'Retrieved from "https://wiki.plasterers.example/index.php?title=Lime_plaster&oldid=18342"', 'Categories', ...mCats,
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

export const HELDOUT612_C: readonly TestPage[] = [mediawiki].map(finish);
