import { links, type TestPage, texts } from './page-kit.js';
import { j, tidy } from './pages-heldout498-kit.js';

/**
 * Held-out batch 498, file d: a local history wiki's article on a Victorian bath house on MediaWiki 1.42 with the Vector 2022
 * skin (infobox, edit-section links, footnotes, categories, the sidebar table of contents).
 */
const mTitle = 'Fenwick Street Baths';
const mLead = [
  j(
    '<b>Fenwick Street Baths</b> is a former municipal bath house in the Saltmarket district of Castlegate. It opened in 1889 with',
    'two swimming pools, a laundry and forty slipper baths, and was the town’s main public pool until it closed in 1991. The',
    'building was listed in 1993 and reopened after restoration in 2024 as a community pool and leisure centre.',
  ),
];
type Sec = [number, string, string[]];
const mSecs: Sec[] = [
  [2, 'History', []],
  [
    3,
    'Opening',
    [
      j(
        'The baths were built by the Castlegate Corporation after an outbreak of typhoid in the Saltmarket in 1881, when fewer than one',
        'house in twenty in the district had a bath or a copper for washing clothes.<sup id="cite_ref-1" class="reference">',
        '<a href="#cite_note-1">[1]</a></sup>',
        'The council bought the site of a former rope works and held a competition for the design, which was won by the local architect',
        'Edwin Haddow.',
      ),
      j(
        'The baths opened on 6 July 1889. There was a first class pool of 30 yards, heated to 72 degrees Fahrenheit, and a second class',
        'pool of 25 yards that was filled with water from the first class pool once a week. Admission was fourpence for the first class',
        'pool and a penny for the second class pool. Women were allowed to swim on Tuesday and Friday mornings only.',
      ),
    ],
  ],
  [
    3,
    'Wartime',
    [
      j(
        'During the First World War the second class pool was boarded over and used as a drill hall. In the Second World War the',
        'building served as a first aid post and a decontamination centre, and the boilers were kept running day and night to supply',
        'hot water to the slipper baths, which were used by families whose homes had been damaged in the raids on the docks in',
        'April 1941.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>',
      ),
    ],
  ],
  [
    3,
    'Post-war years and decline',
    [
      j(
        'The baths were at their busiest in the 1950s, when the Castlegate Amateur Swimming Club held its galas there and as many as',
        '2,000 children a week took lessons. Mixed bathing was introduced in 1947. The slipper baths stayed in use until 1974, when the',
        'last of the Saltmarket tenements were cleared.',
      ),
      j(
        'By the 1980s the roof trusses of the main hall were badly corroded and the council estimated that repairs would cost more than',
        'a new pool. The Riverside Leisure Centre opened in 1990 and Fenwick Street closed on 31 March 1991.',
      ),
    ],
  ],
  [2, 'Building', []],
  [
    3,
    'Exterior',
    [
      j(
        'The baths are built of red brick with buff terracotta dressings. The main front to Fenwick Street has a central entrance under',
        'a clock tower, with the words <i>Public Baths</i> in the terracotta frieze, and separate doors at either end that were once',
        'marked for men and women.',
      ),
    ],
  ],
  [
    3,
    'Interior',
    [
      j(
        'The first class pool hall has a barrel-vaulted roof carried on wrought iron arched trusses, with a clerestory of small windows',
        'along each side. A gallery on three sides held spectators during galas. Many of the original timber changing cubicles survive',
        'along the poolside, and the floor of the entrance hall has its original mosaic of a fish and the town’s arms.',
      ),
      j(
        'The second class pool hall is plainer, with a roof of timber king post trusses. It was not restored and is now used as a sports',
        'hall, with the outline of the pool tank marked on the floor.',
      ),
    ],
  ],
  [
    2,
    'Restoration',
    [
      j(
        'The Fenwick Street Baths Trust was formed in 1996 by former swimmers and local residents to save the building, which had been',
        'used as a council store since its closure. The trust bought the baths from the council for one pound in 2009 and spent ten',
        'years raising money for the work.<sup id="cite_ref-3" class="reference"><a href="#cite_note-3">[3]</a></sup>',
      ),
      j(
        'The restoration cost £9.8 million, most of it from the National Lottery Heritage Fund. The roof was rebuilt using the original',
        'trusses, the first class pool was relined and shortened to 25 metres, and a new plant room was dug beneath the old laundry.',
        'The baths reopened on 6 July 2024, exactly 135 years after they first opened.',
      ),
    ],
  ],
  [
    2,
    'Today',
    [
      j(
        'The baths are run by the trust as a charity. As well as public swimming and lessons, the building has a small gym, a café in',
        'the former laundry and a heritage room where a slipper bath and the original ticket office can be seen. Heritage tours take',
        'place on the first Saturday of each month.',
      ),
    ],
  ],
];
const mRefs = [
  j('Castlegate Corporation, <i>Report of the Medical Officer of Health for 1882</i>, p. 41.'),
  j('Margaret Tolley, <i>Saltmarket at War</i> (Castlegate: Harbour Press, 1995), pp. 88–90.'),
  j('“Baths sold for £1 to campaigners”, <i>Castlegate Evening Post</i>, 14 May 2009.'),
];
const mBox: [string, string][] = [
  ['Location', 'Fenwick Street, Saltmarket, Castlegate'],
  ['Opened', '6 July 1889'],
  ['Closed', '31 March 1991 (reopened 2024)'],
  ['Architect', 'Edwin Haddow'],
  ['Listed status', 'Grade II'],
  ['Pools', '1 (originally 2)'],
];
const mMenu = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mCats = ['Swimming pools', 'Grade II listed buildings', 'Saltmarket', 'Buildings opened in 1889'];
const mFoot = ['Privacy policy', 'About Fenwick Local History Wiki', 'Disclaimers'];
const mId = (t: string): string => t.replace(/ /g, '_');
const mSec = (s: Sec): string => `<div class="mw-heading mw-heading${s[0]}"><h${s[0]} id="${mId(s[1])}">${s[1]}</h${s[0]}><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Fenwick_Street_Baths&amp;action=edit&amp;section=1" title="Edit section: ${s[1]}">
<span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>
${s[2].map((p) => `<p>${p}\n</p>`).join('\n')}`;
const mToc = mSecs
  .map(
    (s) => `<li id="toc-${mId(s[1])}" class="vector-toc-list-item vector-toc-level-${s[0] - 1}"><a class="vector-toc-link" href="#${mId(s[1])}">
<div class="vector-toc-text"><span class="vector-toc-numb"></span><span>${s[1]}</span></div></a></li>`,
  )
  .join('\n');
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled" lang="en"
dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Fenwick Local History Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Fenwick_Street_Baths","wgTitle":"Fenwick Street Baths","wgCurRevisionId":18822,"wgArticleId":1204,"wgIsArticle":true};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=site.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.42.3"><link rel="edit" title="Edit" href="/index.php?title=Fenwick_Street_Baths&amp;action=edit">
<link rel="canonical" href="https://wiki.fenwickhistory.org.uk/wiki/Fenwick_Street_Baths"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Fenwick_Street_Baths
rootpage-Fenwick_Street_Baths skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button
cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu"
class="vector-main-menu vector-pinnable-element">
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mMenu, 'mw-list-item')}</ul></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Fenwick Local History Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search"
class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search Fenwick Local History Wiki [f]"
accesskey="f"><span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a><form action="/index.php" id="searchform" class="cdx-search-input">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Fenwick Local History Wiki" aria-label="Search Fenwick Local History Wiki">
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><ul
class="vector-menu-content-list">
${links(['Create account', 'Log in'], 'user-links-collapsible-item mw-list-item')}</ul></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container
vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"><div class="vector-pinnable-header-label">Contents</div>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents"
id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a>
</li>
${mToc}
<li id="toc-References" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#References"><div
class="vector-toc-text">References</div></a></li>
</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages"
class="vector-menu vector-menu-tabs mw-portlet"><ul class="vector-menu-content-list">${links(['Page', 'Discussion'], 'mw-list-item')}</ul></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet"><ul
class="vector-menu-content-list">
${links(['Read', 'Edit', 'View history'], 'vector-tab-noicon mw-list-item')}</ul></div></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown"><label
class="vector-dropdown-label"
aria-hidden="true"><span class="vector-dropdown-label-text">Tools</span></label><div class="vector-dropdown-content"><div id="p-tb"
class="vector-menu mw-portlet">
<div class="vector-menu-heading">General</div><ul class="vector-menu-content-list">${links(mTools, 'mw-list-item')}</ul></div></div></div></nav></div></div>
</div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div class="vector-body-before-content"><div id="siteSub"
class="noprint">From Fenwick Local
History Wiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn">${mTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><span typeof="mw:File"><a href="/wiki/File:Fenwick_Street_Baths_front.jpg" class="mw-file-description">
<img src="/images/thumb/4/4e/Fenwick_Street_Baths_front.jpg/260px-Fenwick_Street_Baths_front.jpg" width="260" height="173" class="mw-file-element" alt=""></a>
</span>
<div class="infobox-caption">The Fenwick Street front in 2024</div></td></tr>
${mBox.map((r) => `<tr><th scope="row" class="infobox-label">${r[0]}</th><td class="infobox-data">${r[1]}</td></tr>`).join('\n')}</tbody></table>
${mLead.map((p) => `<p>${p}\n</p>`).join('\n')}
<meta property="mw:PageProp/toc" />
${mSecs.map(mSec).join('\n')}
<div class="mw-heading mw-heading2"><h2 id="References">References</h2></div>
<div class="mw-references-wrap"><ol class="references">${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b>
</span> <span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div>
<!-- NewPP limit report Parsed by mw1 Cached time: 20261103211402 CPU time usage: 0.084 seconds --></div>
<noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1" style="border: none; position: absolute;">
</noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.fenwickhistory.org.uk/index.php?title=Fenwick_Street_Baths&amp;oldid=18822">
https://wiki.fenwickhistory.org.uk/index.php?title=Fenwick_Street_Baths&amp;oldid=18822</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${links(mCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li
id="footer-info-lastmod"> This page was last edited on 3 November 2026,
at 21:14.</li><li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike</a> unless otherwise noted.</li></ul><ul id="footer-places">${links(mFoot)}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg"
alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":211});});</script></body></html>`;
const wiki: TestPage = {
  name: 'heldout498-mediawiki-bath-house-wiki',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [...mSecs.map((s) => s[1]), 'References'],
  body: texts([...mLead, ...mSecs.flatMap((s) => s[2]), ...mRefs]).map((t) =>
    t
      .replace(/\[\d\]/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  ),
  bylines: ['This page was last edited on 3 November 2026, at 21:14.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Fenwick Local History Wiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)',
    'Page', 'Discussion', 'Read', 'Edit', 'View history', 'Tools', 'From Fenwick Local History Wiki', 'The Fenwick Street front in 2024',
    ...mBox.flatMap((r) => r), 'edit', 'Categories', ...mCats,
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

export const HELDOUT498_D: readonly TestPage[] = [wiki].map(tidy);
