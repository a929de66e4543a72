import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout637-kit.js';

/** Held-out batch 637, file d: a breed article on a poultry breeds wiki on MediaWiki (Vector 2022 skin) with an infobox and references. */
const mTitle = 'Wendover Grey';
const mH = ['History', 'Description', 'Laying and temperament', 'Keeping', 'References'];
const mLead = [
  j(
    'The <b>Wendover Grey</b> is a rare breed of dual-purpose chicken from the Vale of Wendover, where it was developed in the',
    '1920s from crosses of Dorking, Sussex and grey Old English Game fowl.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
    'It is known for its pale grey, faintly laced plumage and for laying well through the winter.',
  ),
];
const mHist = [
  j(
    'The breed was first shown at the Aylford Fur and Feather Show in 1927 by a local miller, Arthur Pennock, who kept a flock of',
    'several hundred birds around his mill. A breed club was formed in 1934 and a standard was drawn up the following year.',
  ),
  j(
    'Numbers fell sharply after 1950 as commercial hybrids replaced farm flocks. By 1980 fewer than 40 birds were known, all descended',
    'from two flocks.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup> A revival began in the 1990s and the',
    'breed was placed on the watch list of the Heritage Poultry Register in 2003.',
  ),
];
const mDesc = [
  j(
    'The Wendover Grey is a medium-heavy bird with a long, broad back, a single comb and five toes, a trait inherited from the',
    'Dorking. The plumage is a soft dove grey, each feather finely edged with a darker grey. Legs are white and eyes orange.',
  ),
  'Cocks weigh 3.6–4.1 kg and hens 2.7–3.2 kg. A bantam version was standardised in 1998.',
];
const mLay = [
  j(
    'Hens lay around 180 tinted eggs a year and are noted for continuing to lay through short winter days. They go broody',
    'readily and are good mothers. Birds are calm and easily handled, though cocks can be protective during the breeding season.',
  ),
];
const mKeep = [
  'The breed does well on free range and tolerates cold and wet weather. Keepers recommend:',
  'wide, low perches, because the fifth toe is easily damaged',
  'checking the feet for bumblefoot after wet winters',
  'breeding from birds with clear lacing, as it tends to fade in later generations',
];
const mRefs = [
  'Pennock, A. (1931). <i>The Grey Fowl of the Vale</i>. Aylford: Vale Press. p. 14.',
  'Heritage Poultry Register (2004). <i>Annual Census of Rare Poultry Breeds</i>. p. 22.',
];
const mInfo = [
  ['Other names', 'Vale Grey'],
  ['Country of origin', 'England'],
  ['Use', 'Dual-purpose'],
  ['Egg colour', 'Tinted'],
  ['Comb type', 'Single'],
];
const mTools = ['Main page', 'Breeds A–Z', 'Recent changes', 'Random breed', 'Help'];
const mFoot = ['Privacy policy', 'About Poultry Breeds Wiki', 'Disclaimers'];
const mSection = (id: string, title: string): string => `<div class="mw-heading mw-heading2"><h2 id="${id}">${title}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Wendover_Grey&amp;action=edit&amp;section=1" title="Edit section: ${title}">
<span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-toc-available skin-theme-clientpref-day" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Poultry Breeds Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Wendover_Grey","wgTitle":"Wendover Grey","wgCurRevisionId":18244,"wgArticleId":1311,"wgIsArticle":true,"wgAction":"view"};
RLPAGEMODULES=["ext.cite.ux-enhancements","site","mediawiki.page.ready","skins.vector.js"];</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="canonical" href="https://poultrybreeds.wiki/wiki/Wendover_Grey"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt
ns-0 ns-subject page-Wendover_Grey rootpage-Wendover_Grey skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown"
title="Main menu"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button"
aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--icon-only"
aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation">
<div class="vector-menu-heading">Navigation</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mTools, 'mw-list-item')}</ul></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container skin-invert"><strong class="mw-logo-wordmark">Poultry Breeds Wiki</strong></span></a>
</div>
<div class="vector-header-end">
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search Poultry Breeds Wiki [f]"
accesskey="f">
<span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a><div class="vector-typeahead-search-container"><div class="cdx-typeahead-search">
<form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
<input class="cdx-text-input__input" type="search" name="search"
placeholder="Search Poultry Breeds Wiki" aria-label="Search Poultry Breeds Wiki" id="searchInput">
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul class="vector-menu-content-list">
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item">
<a href="/index.php?title=Special:CreateAccount"><span>Create account</span></a></li><li id="pt-login-2" class="user-links-collapsible-item mw-list-item">
<a href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header">
<h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button>
</div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1">
<a href="#" class="vector-toc-link">
<div class="vector-toc-text">(Top)</div></a>
</li>${mH
  .map(
    (h, i) => `<li id="toc-${h.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link"
href="#${h.replace(/ /g, '_')}"><div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}
</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><nav aria-label="Namespaces"><ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Wendover_Grey" title="View the content page [c]" accesskey="c">
<span>Page</span></a></li>
<li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a href="/index.php?title=Talk:Wendover_Grey&amp;action=edit&amp;redlink=1" rel="discussion">
<span>Discussion</span></a></li></ul></nav>
<nav aria-label="Views"><ul class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Wendover_Grey">
<span>Read</span></a></li>
<li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Wendover_Grey&amp;action=edit"><span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Wendover_Grey&amp;action=history"><span>View history</span></a></li></ul>
</nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div id="siteSub" class="noprint">From Poultry Breeds Wiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr><tr><td colspan="2" class="infobox-image">
<span typeof="mw:File"><a href="/wiki/File:Wendover_Grey_hen.jpg" class="mw-file-description">
<img src="/images/thumb/a/a4/Wendover_Grey_hen.jpg/220px-Wendover_Grey_hen.jpg"
decoding="async" width="220" height="165" class="mw-file-element"></a></span><div class="infobox-caption">A Wendover Grey hen</div></td></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${ps(mLead)}
<meta property="mw:PageProp/toc">
${mSection('History', mH[0] ?? '')}${ps(mHist)}
${mSection('Description', mH[1] ?? '')}${ps(mDesc)}
${mSection('Laying_and_temperament', mH[2] ?? '')}${ps(mLay)}
${mSection('Keeping', mH[3] ?? '')}<p>${mKeep[0]}</p><ul>${lis(mKeep.slice(1))}</ul>
${mSection('References', mH[4] ?? '')}<div class="mw-references-wrap"><ol class="references">${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}">
<span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div>
<!-- NewPP limit report Parsed by mw1 Cached time: 20260204101233 --></div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Chicken_breeds">Chicken breeds</a></li><li><a href="/wiki/Category:Heritage_breeds">Heritage breeds</a></li></ul></div></div>
</div>
</main></div><div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 4 February 2026, at 10:12.</li>
<li id="footer-info-copyright">Content is available under <a
href="/wiki/Poultry_Breeds_Wiki:Copyrights">Creative Commons Attribution-ShareAlike</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img
src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout637-mediawiki-wendover-grey',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mH,
  body: texts([...mLead, ...mHist, ...mDesc, ...mLay, ...mKeep, ...mRefs.map((r) => `^ ${r}`)]),
  bylines: ['This page was last edited on 4 February 2026, at 10:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Poultry Breeds Wiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)', 'Page', 'Discussion', 'Read',
    'Edit', 'View history', 'From Poultry Breeds Wiki', 'A Wendover Grey hen', 'Other names', 'Vale Grey', 'Country of origin', 'England', 'Use',
    'Egg colour', 'Comb type', 'Categories', 'Chicken breeds', 'Heritage breeds',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

export const HELDOUT637_D: readonly TestPage[] = [mediawiki];
