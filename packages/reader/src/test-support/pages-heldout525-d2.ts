import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout525-kit.js';

/** Held-out batch 525, file d2: a MediaWiki (Vector 2022) page on a local music history wiki about a closed studio. */
const mTitle = 'Kestrel Hall Studios';
const mLead = [
  j(
    '<b>Kestrel Hall Studios</b> was a recording studio in a converted Methodist chapel on Mercer Row in Hollinsbridge. It opened',
    'in 1974 and closed in 2009, and over those 35 years it recorded most of the bands that came out of the town, as well as',
    'brass bands, choirs and the occasional radio advertisement.',
  ),
  j(
    'The studio was known for its large live room under the chapel roof, which gave drums and choirs a long natural reverb, and',
    'for its owner <a href="/wiki/Albert_Fenwick" title="Albert Fenwick">Albert Fenwick</a>, who engineered nearly every session himself until 1996.',
  ),
];
const mHeads = ['History', 'Founding', 'The 1980s', 'Closure', 'Equipment', 'Notable recordings', 'References'];
const mHist = [
  [
    j(
      'Fenwick, a former telephone engineer, bought the empty chapel in 1973 for £4,000 with money from an inheritance. He and two',
      'friends built the control room in the old vestry over the following winter, using a second-hand 16-channel desk bought from',
      'a theatre in Leeds.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
    ),
    j(
      'The first paying session, in April 1974, was a single for the Hollinsbridge Silver Band. Fenwick charged £6 an hour, which',
      'was about half the rate of the studios in Manchester, and local bands soon followed.',
    ),
  ],
  [
    j(
      'The studio was at its busiest in the 1980s. A new 24-track tape machine arrived in 1981, and Fenwick added a second, smaller',
      'room in the former Sunday school next door for overdubs and mixing. At its peak the studio employed four staff and was booked',
      'six days a week.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>',
    ),
    j(
      'Many local musicians remember the studio for its rules as much as its sound: no smoking in the live room, no drinks on the desk',
      'and no sessions on Sunday mornings, when the building was still lent to a small congregation.',
    ),
  ],
  [
    j(
      'Fenwick retired in 1996 and sold the business to his assistant, Nadia Roscoe, who moved the studio to digital recording and',
      'ran it until the building was sold for flats in 2009. The last session, a live album by the folk group Calder Lane, was',
      'recorded over three nights in October 2009 with an invited audience.',
    ),
    j(
      'The chapel was converted in 2011. Its front wall and the carved stone above the door survive, and a plaque beside the door',
      'was unveiled in 2019.<sup id="cite_ref-3" class="reference"><a href="#cite_note-3">[3]</a></sup>',
    ),
  ],
];
const mEquip = [
  'Helios-style 16-channel desk (1974–1981), later replaced by a 32-channel Soundcraft console',
  'Studer A80 24-track tape machine (from 1981)',
  'A Bechstein upright piano from the chapel, kept in the live room for the whole life of the studio',
  'EMT 140 plate reverb in the crypt',
];
const mRecs = [
  '<i>Mercer Row</i> (1979), the only album by the punk band The Cold Frames',
  '<i>Christmas at the Chapel</i> (1986), Hollinsbridge Choral Society',
  '<i>Live at Kestrel Hall</i> (2009), Calder Lane',
];
const mRefs = [
  'Hollinsbridge Courier, "Chapel turned studio opens its doors", 19 April 1974.',
  'Roscoe, Nadia (2012). <i>Thirty-Five Years Under the Roof</i>. Hollinsbridge: Millstone Press. p. 44.',
  'Hollinsbridge Civic Society, "Plaque for Kestrel Hall", 2019.',
];
const mInfo = [
  ['Type', 'Recording studio'],
  ['Location', 'Mercer Row, Hollinsbridge'],
  ['Opened', '1974'],
  ['Closed', '2009'],
  ['Owner', 'Albert Fenwick (1974–1996), Nadia Roscoe (1996–2009)'],
];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mFoot = ['Privacy policy', 'About Hollinsbridge Music Wiki', 'Disclaimers'];
const edit = (slug: string): string =>
  `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?title=Kestrel_Hall_Studios&amp;action=edit&amp;section=${slug}"
title="Edit section">edit</a><span class="mw-editsection-bracket">]</span></span>`;
const h = (lvl: number, t: string, n: number): string =>
  `<div class="mw-heading mw-heading${lvl}"><h${lvl} id="${t.replace(/ /g, '_')}">${t}</h${lvl}>${edit(String(n))}</div>`;
const toc = mHeads.map(
  (t, i) => `<li class="vector-toc-list-item vector-toc-level-${[1, 2, 3].includes(i) ? 2 : 1}"><a class="vector-toc-link" href="#${t.replace(/ /g, '_')}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${t}</span></div></a></li>`,
);
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-toc-available" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${mTitle} - Hollinsbridge Music Wiki</title>
<script>(function(){var className="client-js";document.documentElement.className=className;}());RLCONF={"wgPageName":"Kestrel_Hall_Studios",
"wgTitle":"Kestrel Hall Studios","wgCurRevisionId":20417,"wgArticleId":812,"wgIsArticle":true};
RLPAGEMODULES=["site","mediawiki.page.ready","skins.vector.js"];</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.41.1">
<link rel="canonical" href="https://wiki.hollinsbridgemusic.org/wiki/Kestrel_Hall_Studios"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Kestrel_Hall_Studios
rootpage-Kestrel_Hall_Studios
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header
class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button" aria-hidden="true">
<span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Hollinsbridge Music Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box">
<form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><div class="cdx-text-input cdx-text-input--has-start-icon">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Hollinsbridge Music Wiki" aria-label="Search Hollinsbridge Music Wiki"
id="searchInput"></div><button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul class="vector-menu-content-list"><li id="pt-login" class="mw-list-item"><a
href="/index.php?title=Special:UserLogin">
<span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"><div id="mw-navigation"><nav id="mw-panel"
class="vector-main-menu-landmark">
<div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div class="vector-menu mw-portlet mw-portlet-navigation" id="p-navigation">
<div class="vector-menu-heading">Navigation</div><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(
  mSide,
  'mw-list-item',
)}</ul></div></div></div>
</nav></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents"
class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header"><h2
class="vector-pinnable-header-label">Contents</h2></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link">
<div class="vector-toc-text">(Top)</div></a></li>${toc.join('\n')}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><nav aria-label="Namespaces"><ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Kestrel_Hall_Studios" title="View the content page [c]"
accesskey="c"><span>Page</span></a></li>
<li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a href="/index.php?title=Talk:Kestrel_Hall_Studios&amp;action=edit&amp;redlink=1"
rel="discussion"><span>Discussion</span></a></li>
</ul></nav><nav aria-label="Views"><ul class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a
href="/wiki/Kestrel_Hall_Studios"><span>Read</span></a></li>
<li id="ca-viewsource" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Kestrel_Hall_Studios&amp;action=edit"><span>View source</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a
href="/index.php?title=Kestrel_Hall_Studios&amp;action=history"><span>View history</span></a></li></ul></nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From Hollinsbridge Music Wiki</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn org">${mTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Kestrel_Hall_front.jpg"
class="mw-file-description">
<img src="/images/thumb/4/4e/Kestrel_Hall_front.jpg/220px-Kestrel_Hall_front.jpg" decoding="async" width="220" height="165" class="mw-file-element"></a></span>
<div class="infobox-caption">The chapel front on Mercer Row in 2008</div></td></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${ps(mLead)}
${h(2, at(mHeads, 0), 1)}${h(3, at(mHeads, 1), 2)}${ps(mHist[0] ?? [])}${h(3, at(mHeads, 2), 3)}${ps(mHist[1] ?? [])}${h(
  3,
  at(mHeads, 3),
  4,
)}${ps(mHist[2] ?? [])}
${h(2, at(mHeads, 4), 5)}<ul>${mEquip.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${h(2, at(mHeads, 5), 6)}<ul>${mRecs.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${h(2, at(mHeads, 6), 7)}<div class="mw-references-wrap"><ol class="references">${mRefs
  .map(
    (t, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink">
<a href="#cite_ref-${i + 1}">↑</a></span> <span class="reference-text">${t}</span></li>`,
  )
  .join('\n')}</ol></div>
<!-- NewPP limit report Parsed by mw-web.hollinsbridge Cached time: 20270302101144 CPU time usage: 0.094 seconds -->
</div></div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.hollinsbridgemusic.org/index.php?title=Kestrel_Hall_Studios&amp;oldid=20417">
https://wiki.hollinsbridgemusic.org/index.php?title=Kestrel_Hall_Studios&amp;oldid=20417</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Recording_studios">Recording studios</a></li><li><a
href="/wiki/Category:Closed_venues">Closed venues</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod">
This page was last edited on 2 March 2027, at 10:11.</li>
<li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike</a>
unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawikiPage: TestPage = {
  name: 'heldout525-mediawiki-closed-studio',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: texts([...mLead, ...mHist.flat(), ...mEquip, ...mRecs, ...mRefs]),
  bylines: ['This page was last edited on 2 March 2027, at 10:11.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Hollinsbridge Music Wiki', 'Search', 'Log in', 'Navigation', ...mSide, 'Contents', '(Top)', 'Page', 'Discussion', 'Read',
    'View source', 'View history', 'The chapel front on Mercer Row in 2008', 'Type', 'Location',
    'Mercer Row, Hollinsbridge', 'Albert Fenwick (1974–1996), Nadia Roscoe (1996–2009)', 'edit', '↑',
    'Categories', 'Recording studios',
    'Closed venues', 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

export const HELDOUT525_D2: readonly TestPage[] = [mediawikiPage];
