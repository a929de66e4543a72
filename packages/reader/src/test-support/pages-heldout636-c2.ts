import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout636-kit.js';

/**
 * Held-out batch 636, file c2: a MediaWiki (Vector 2022) article on the rigid heddle loom with an infobox, a sidebar table of
 * contents, edit links, footnote marks, references and categories.
 */
const mTitle = 'Rigid heddle loom';
const mLead = [
  j(
    'A <b>rigid heddle loom</b> is a simple loom in which a single rigid heddle both spaces the warp threads and raises and lowers',
    'them to form the shed. It is usually a frame loom with a warp beam and a cloth beam, and it is widely used for teaching and for',
    'weaving scarves, towels and narrow fabrics.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
  ),
];
const mDesign = [
  j(
    'The heddle is a frame holding a row of alternating slots and holes. Warp threads pass through both. When the heddle is lifted,',
    'the threads in the holes rise while those in the slots stay where they are; when it is lowered, the threads in the holes sink.',
    'The two positions give the two sheds of plain weave.',
  ),
  j(
    'The heddle is also used as the reed, beating each pick into place. Heddles are sold by the number of threads they hold per',
    'ten centimetres or per inch, from about 20 to 60 per 10 cm, and weavers keep several for yarns of different thickness.',
  ),
];
const mHistory = j(
  'Heddles cut from a single board or made of bone and wood strips are known from many parts of northern Europe, where they were',
  'used for weaving bands on backstrap and band looms.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>',
  'The modern frame loom with ratchets on both beams was produced in large numbers from the 1950s, when weaving became a popular',
  'craft for schools and evening classes.',
);
const mWarping = j(
  'Most rigid heddle looms are warped by direct warping: the yarn is carried in loops from a peg clamped to a table, through the',
  'slots of the heddle, and around the back beam. The loops are then cut, and one thread of each pair is moved into the nearest hole.',
);
const mPickup = j(
  'Patterns beyond plain weave are made with a pick-up stick laid behind the heddle, which lifts chosen slot threads. Two or three',
  'heddles used together allow twills and finer setts.<sup id="cite_ref-3" class="reference"><a href="#cite_note-3">[3]</a></sup>',
);
const mRefs = [
  'Hartlow, Jean (2011). <i>The Frame Loom Handbook</i>. Marsden Press. p. 14.',
  'Ekvall, Sigrun (1998). "Band heddles in Scandinavian collections". <i>Textile Notes</i>. 22 (3): 41–58.',
  'Pell, Annis (2019). <i>Pick-up and Beyond</i>. Weftwise Publications. pp. 60–72.',
];
const mHeads = ['Design', 'History', 'Weaving', 'Warping', 'Pick-up patterns', 'References'];
const mSec = (h: string, level = 2): string => `<div class="mw-heading mw-heading${level}"><h${level} id="${h.replace(/ /g, '_')}">${h}</h${level}>
<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?title=Rigid_heddle_loom&amp;action=edit&amp;section=1"
title="Edit section: ${h}"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>`;
const mNumbs = ['1', '2', '3', '3.1', '3.2', '4'];
const mToc = mHeads
  .map(
    (h, i) => `<li id="toc-${h.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-${[3, 4].includes(i) ? 2 : 1}">
<a class="vector-toc-link" href="#${h.replace(/ /g, '_')}"><div class="vector-toc-text"><span class="vector-toc-numb">${mNumbs[i]}</span><span>${h}</span>
</div></a></li>`,
  )
  .join('\n');
const mMenu = ['Main page', 'Recent changes', 'Random page', 'Help'];
const mInfo: readonly [string, string][] = [
  ['Type', 'Frame loom'],
  ['Shafts', 'none (one heddle)'],
  ['Typical width', '30–80 cm'],
  ['Related', 'Inkle loom, band loom'],
];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-pinned-clientpref-1" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Weftwise Wiki</title>
<script>(function(){var className="client-js";document.documentElement.className=className;}());RLCONF={"wgPageName":"Rigid_heddle_loom",
"wgNamespaceNumber":0};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.42.3"><link rel="canonical" href="https://wiki.weftwise.org/wiki/Rigid_heddle_loom"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-Rigid_heddle_loom rootpage-Rigid_heddle_loom
 skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu">
<div class="vector-pinnable-header"><div class="vector-pinnable-header-label">Main menu</div></div><div id="p-navigation" class="vector-menu mw-portlet">
<div class="vector-menu-heading">Navigation</div><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mMenu, 'mw-list-item')}</ul>
</div></div>
</div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Weftwise Wiki</strong></span></a>
</div><div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform"
class="cdx-search-input"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search Weftwise Wiki" aria-label="Search Weftwise Wiki"
accesskey="f" id="searchInput"><button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet">
<ul class="vector-menu-content-list">
<li id="pt-createaccount" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:CreateAccount"><span>Create account</span></a></li>
<li id="pt-login" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></div></nav>
</div>
</header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"></div><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents"
data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned">
<div class="vector-pinnable-header-label">Contents</div><button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button>
</div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1">
<a href="#" class="vector-toc-link">
<div class="vector-toc-text">(Top)</div></a></li>
${mToc}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces">
<ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item">
<a href="/wiki/Rigid_heddle_loom" title="View the content page [c]" accesskey="c"><span>Page</span></a></li>
<li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:Rigid_heddle_loom" rel="discussion"><span>Discussion</span></a></li></ul></nav>
</div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><ul class="vector-menu-content-list">
<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Rigid_heddle_loom"><span>Read</span></a></li>
<li id="ca-viewsource" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Rigid_heddle_loom&amp;action=edit"><span>View source</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Rigid_heddle_loom&amp;action=history"><span>View history</span></a></li>
</ul></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div id="siteSub" class="noprint">From Weftwise Wiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr><tr><td colspan="2" class="infobox-image">
<span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Rigid_heddle.jpg" class="mw-file-description"><img
src="/images/thumb/rigid_heddle.jpg/220px.jpg"
decoding="async" width="220" height="165" class="mw-file-element"></a></span><div class="infobox-caption">A 60 cm loom with a 40/10 heddle</div></td></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
<p>${mLead[0]}</p>
<meta property="mw:PageProp/toc">
${mSec(mHeads[0] ?? '')}
<p>${mDesign[0]}</p><p>${mDesign[1]}</p>
${mSec(mHeads[1] ?? '')}
<p>${mHistory}</p>
${mSec(mHeads[2] ?? '')}
${mSec(mHeads[3] ?? '', 3)}
<p>${mWarping}</p>
${mSec(mHeads[4] ?? '', 3)}
<p>${mPickup}</p>
${mSec(mHeads[5] ?? '')}
<div class="mw-references-wrap"><ol class="references">${mRefs
  .map(
    (r, i) =>
      `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">^</a></span> <span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div>
<!-- NewPP limit report Parsed by mw-web CPU time usage: 0.046 seconds Real time usage: 0.061 seconds -->
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1" style="border: none; position: absolute;">
</noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.weftwise.org/index.php?title=Rigid_heddle_loom&amp;oldid=5521">
https://wiki.weftwise.org/index.php?title=Rigid_heddle_loom&amp;oldid=5521</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Looms">Looms</a></li><li>
<a href="/wiki/Category:Weaving_equipment">Weaving equipment</a></li>
</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 4 October 2026, at 11:02.</li>
<li id="footer-info-copyright">Content is available under <a
href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike</a> unless
otherwise noted.</li></ul><ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/Weftwise:Privacy_policy">Privacy policy</a></li>
<li id="footer-places-about"><a href="/wiki/Weftwise:About">About Weftwise Wiki</a></li><li id="footer-places-disclaimers">
<a href="/wiki/Weftwise:General_disclaimer">
Disclaimers</a></li><li id="footer-places-mobileview">
<a href="//wiki.weftwise.org/index.php?title=Rigid_heddle_loom&amp;mobileaction=toggle_view_mobile">Mobile view</a></li>
</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico">
<a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg"
alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const mediaWiki: TestPage = {
  name: 'heldout636-mediawiki-rigid-heddle',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: texts([...mLead, ...mDesign, mHistory, mWarping, mPickup, ...mRefs.map((r) => `^ ${r}`)]),
  bylines: ['This page was last edited on 4 October 2026, at 11:02.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mMenu, 'Weftwise Wiki', 'Create account', 'Log in', 'Search', 'Contents', 'hide', '(Top)', '3.1', '3.2',
    '4', 'Page', 'Discussion', 'Read', 'View source', 'View history', 'From Weftwise Wiki', 'A 60 cm loom with a 40/10 heddle',
    ...mInfo.flat().filter((t) => t !== 'Frame loom'), 'edit', 'Categories',
    'Weaving equipment', 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', 'Privacy policy',
    'About Weftwise Wiki', 'Disclaimers', 'Mobile view',
  ],
};

export const HELDOUT636_C2: readonly TestPage[] = [mediaWiki];
