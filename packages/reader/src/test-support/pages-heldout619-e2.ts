import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout619-kit.js';

/**
 * Held-out batch 619, file e2: a hedge style article on a MediaWiki wiki with the Vector 2022 skin (infobox, table of contents,
 * edit links, references, categories).
 */
const mTitle = 'Hallamshire hedge';
const mBody = [
  j(
    'The <b>Hallamshire hedge</b> is a regional style of hedge laying found on the gritstone edges and lower moorland farms west of',
    'the Dun valley. It is built to turn hill sheep rather than cattle, and is lower, narrower and more heavily bound than the',
    '<a href="/wiki/Midland_bullock_hedge">Midland bullock hedge</a>.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
  ),
  'History',
  j(
    'Laid hedges were a late arrival on the Hallamshire uplands, where most enclosure boundaries were walls. The style developed on',
    'the better land below the walls in the decades after the enclosure awards of 1790 to 1830, when landlords required tenants',
    'to plant quickset hedges and keep them "well laid and bound".<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>',
  ),
  j(
    'By the late nineteenth century the style had settled into its present form. It declined sharply after 1950, when flails and',
    'wire fencing replaced hand work on most farms, and by 1980 only a handful of older hedgers still laid it.',
  ),
  j(
    'A revival began in the 1990s, led by the Hallamshire Hedgelayers and by farm conservation schemes that paid for hedges to be',
    'laid in the local style. There is now a class for the style at the annual Bradfield Dale match.',
  ),
  'Characteristics',
  'Construction',
  j(
    'Pleachers are laid at a low angle, often no more than 30 degrees, and packed close so that the finished hedge is dense from',
    'the ground up. Brush is kept to both sides, since sheep will push through from either field. Stakes are driven in a single',
    'line down the middle of the hedge, about 45 centimetres apart, which is closer than in most lowland styles.',
  ),
  j(
    'The top is bound with two or three twisted rows of hazel or, where hazel is scarce, birch. The binding is the most',
    'recognisable feature of the style: it is pulled down hard, and the finished hedge is often no more than 1.1 metres high.',
  ),
  'Species',
  j(
    'Most Hallamshire hedges are hawthorn, with holly, rowan and some hazel. Blackthorn is uncommon above 250 metres. Older hedges',
    'on estate land sometimes contain beech planted as a shelter species, which lays well but is slow to recover.',
  ),
  'Comparison with other styles',
  j(
    'Compared with the Midland bullock hedge the Hallamshire style is lower and more even, has brush on both faces and uses more',
    'stakes. It is closer to the <a href="/wiki/Derbyshire_hedge">Derbyshire</a> style found to the south, from which it probably',
    'derived, but Derbyshire hedgers usually bind with a single row and leave the stake tops longer.',
  ),
  'References',
];
const mRefs = [
  'Marsden, A. (2011). <i>Hedges of the Northern Uplands</i>. Penistone: Edgeworth Press. pp. 44–51.',
  'Hallamshire enclosure award, 1811, clause 14. Dun Valley Archives, ref. EA/1811/3.',
];
const mInfo = ['Region', 'Hallamshire uplands', 'Purpose', 'Sheep', 'Stakes', 'Single central row', 'Binding', 'Two or three rows, hazel or birch'];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Hedge styles', 'Help'];
const mTabs = ['Page', 'Discussion', 'Read', 'Edit', 'View history'];
const mH = (lvl: 2 | 3, t: string): string =>
  `<div class="mw-heading mw-heading${lvl}"><h${lvl} id="${t.replace(/ /g, '_')}">${t}</h${lvl}><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span><a
href="/index.php?title=Hallamshire_hedge&amp;action=edit&amp;section=1" title="Edit section: ${t}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
const mHeads = [1, 5, 6, 9, 11, 13];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr"><head>
<meta charset="UTF-8"><title>${mTitle} - Hedgerow Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Hallamshire_hedge","wgTitle":"Hallamshire hedge","wgCurRevisionId":48213,"wgNamespaceNumber":0,"wgIsArticle":true};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator" content="MediaWiki
1.42.3">
<link rel="canonical" href="https://hedgerow.wiki/wiki/Hallamshire_hedge"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-Hallamshire_hedge rootpage-Hallamshire_hedge
skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown
vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu"><label
for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label cdx-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span><span
class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu
vector-pinnable-element">
<div class="vector-menu mw-portlet mw-portlet-navigation" id="p-navigation"><div class="vector-menu-content"><ul class="vector-menu-content-list">
${links(mSide, 'mw-list-item')}</ul></div></div></div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">
<strong class="mw-logo-wordmark">Hedgerow Wiki</strong></span></a></div><div class="vector-header-end"><div id="p-search" role="search"
class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box"><a href="/wiki/Special:Search" class="cdx-button
cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search Hedgerow Wiki [f]" accesskey="f"><span class="vector-icon mw-ui-icon-search"></span>
<span>Search</span></a></div><nav class="vector-user-links" aria-label="Personal tools"><ul>${links(['Create account', 'Log in'], 'mw-list-item')}</ul></nav>
</div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container"><div
id="vector-toc"
class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents"
id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div
class="vector-toc-text">(Top)</div></a></li>
${mHeads
  .map(
    (i) => `<li class="vector-toc-list-item"><a class="vector-toc-link" href="#${at(mBody, i).replace(/ /g, '_')}"><div
class="vector-toc-text">${at(mBody, i)}</div></a></li>`,
  )
  .join('\n')}
</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><nav
aria-label="Namespaces"><ul>${links(mTabs.slice(0, 2), 'mw-list-item')}</ul></nav>
<nav aria-label="Views"><ul>${links(mTabs.slice(2), 'mw-list-item')}</ul></nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div class="vector-body-before-content"><div id="siteSub"
class="noprint">From Hedgerow Wiki</div></div>
<div id="contentSub"></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr><tr><td colspan="2" class="infobox-image"><span typeof="mw:File">
<img src="/images/thumb/hallamshire.jpg/220px-hallamshire.jpg" width="220" height="147" alt=""></span><div
class="infobox-caption">A newly laid hedge near Ughill, 2019</div>
</td></tr>${[0, 2, 4, 6]
  .map(
    (i) => `<tr><th scope="row" class="infobox-label">${at(mInfo, i)}</th><td
class="infobox-data">${at(mInfo, i + 1)}</td></tr>`,
  )
  .join('')}
</tbody></table>
${ps([at(mBody, 0)])}
<meta property="mw:PageProp/toc">
${mH(2, at(mBody, 1))}${ps(mBody.slice(2, 5))}
${mH(2, at(mBody, 5))}${mH(3, at(mBody, 6))}${ps(mBody.slice(7, 9))}${mH(3, at(mBody, 9))}${ps([at(mBody, 10)])}
${mH(2, at(mBody, 11))}${ps([at(mBody, 12)])}
${mH(2, at(mBody, 13))}<div class="mw-references-wrap"><ol class="references">
${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span
class="reference-text">${r}</span></li>`,
  )
  .join('\n')}
</ol></div></div></div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://hedgerow.wiki/index.php?title=Hallamshire_hedge&amp;oldid=48213">
https://hedgerow.wiki/index.php?title=Hallamshire_hedge&amp;oldid=48213</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Hedge_styles">Hedge styles</a></li><li><a
href="/wiki/Category:Yorkshire">Yorkshire</a></li></ul></div></div>
</div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li
id="footer-info-lastmod"> This page was last edited on 12 January 2027, at 09:14.</li>
<li id="footer-info-copyright">Content is available under <a
href="/wiki/Hedgerow_Wiki:Copyrights">Creative Commons Attribution-ShareAlike</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(['Privacy policy', 'About Hedgerow Wiki', 'Disclaimers'], '')}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg"
alt="Powered by MediaWiki"
width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout619-mediawiki-hallamshire-hedge',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads.map((i) => at(mBody, i)),
  body: [...texts(mBody.filter((_, i) => !mHeads.includes(i))), ...texts(mRefs)],
  bylines: ['This page was last edited on 12 January 2027, at 09:14.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', ...mSide, 'Hedgerow Wiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)', ...mTabs, 'From Hedgerow Wiki',
    'A newly laid hedge near Ughill, 2019', 'Region', 'Purpose', 'Single central row', 'Two or three rows, hazel or birch', 'edit',
    'Categories', 'Yorkshire', 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', 'Privacy policy',
    'About Hedgerow Wiki', 'Disclaimers',
  ],
};

export const HELDOUT619_E2: readonly TestPage[] = [mediawiki];
