import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout669-kit.js';

/** Held-out batch 669, file f2: a sheep breed article on a MediaWiki wiki with the Vector 2022 skin (pinned menus, infobox). */
const ref = (n: number): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">&#91;</span>${n}<span
 class="cite-bracket">&#93;</span></a></sup>`;
const mTitle = 'Brantholm Moorit';
const mLead = [
  j(
    `The <b>Brantholm Moorit</b> is a small, hardy breed of domestic sheep from the Brantholm valley in the Westmarch fells. It is`,
    `one of the few British hill breeds in which the reddish-brown <i>moorit</i> fleece colour is fixed, and it is kept today mainly`,
    `for its wool and for conservation grazing.${ref(1)}`,
  ),
];
const mSecs = [
  {
    h: 'History',
    ps: [
      j(
        'Brown-woolled sheep are recorded on the Brantholm commons in estate rentals of the seventeenth century, when their fleeces',
        'were used undyed for hodden cloth. By the late nineteenth century most flocks had been crossed with Swaledale and',
        `Rough Fell rams to increase size, and the brown type survived only on three farms at the head of the valley.${ref(2)}`,
      ),
      j(
        'A breed society was formed in 1987 by eleven flock owners, and a flock book was opened in 1989. In 1998 a survey found',
        `just 212 registered breeding ewes.${ref(1)} Numbers have since risen slowly, helped by demand from hand spinners.`,
      ),
    ],
  },
  {
    h: 'Characteristics',
    ps: [
      j(
        'The Brantholm Moorit is a short-tailed sheep with a fine, clean face and legs free of wool. Rams are horned, with a wide',
        'spiral; ewes are usually polled, though small scurs are common. Mature ewes weigh about 45 kg and rams about 60 kg.',
      ),
      j(
        'The breed is noted for its hardiness on poor grazing and for easy lambing. Ewes commonly rear single lambs on the open fell',
        'and twins on better land, and they are long-lived, often breeding to ten or eleven years of age.',
      ),
    ],
  },
  {
    h: 'Wool',
    ps: [
      j(
        'The fleece weighs 1.2 to 1.8 kg, with a staple length of 8 to 12 cm and a fibre diameter of 28 to 32 microns. Its colour',
        'ranges from a light fawn to a deep chocolate and fades at the tips in summer. There is little kemp in well-bred fleeces.',
      ),
      'Spinners value the wool for:',
    ],
    list: [
      'woollen-spun knitting yarn in natural shades',
      'tweed, blended with white Herdwick or Cheviot wool',
      'felting, for which the short, springy staple is well suited',
    ],
  },
  {
    h: 'Breeding and conservation',
    ps: [
      j(
        'The breed is listed as "at risk" by the Westmarch Rare Breeds Register. In 2026 there were 61 registered flocks and about',
        `1,100 breeding ewes, most of them within 30 miles of Brantholm.${ref(3)}`,
      ),
      j(
        'The society runs a ram bank that stores semen from rams of under-represented bloodlines, and it holds an annual show',
        'and sale at Brantholm Bridge in September. Several flocks graze nature reserves on the limestone pavements, where the',
        'breed’s light weight and browsing habit suit the thin soils.',
      ),
    ],
  },
];
const mRefs = [
  'Westmarch Rare Breeds Survey (1998). Report on the native sheep of the Westmarch fells. Kirkby Brant: WRBS.',
  'Askew, T. (1974). Farming in the Brant Valley, 1650–1900. Westmarch Record Society. pp. 44–51.',
  'Brantholm Moorit Sheep Society (2026). Flock Book, vol. 38.',
];
const mBox = [
  'Conservation status',
  'At risk',
  'Country of origin',
  'England',
  'Use',
  'Wool, meat, conservation grazing',
  'Male',
  '60 kg',
  'Female',
  '45 kg',
  'Wool colour',
  'Moorit (fawn to dark brown)',
  'Horn status',
  'Rams horned, ewes polled',
];
const mNav = ['Main page', 'Recent changes', 'Random page', 'Breeds', 'Help about MediaWiki'];
const mFoot = ['Privacy policy', 'About Smallholders’ Wiki', 'Disclaimers', 'Mobile view'];
const mCats = ['Sheep breeds', 'Rare breeds', 'Westmarch'];
const mId = (h: string): string => h.replace(/ /g, '_');
const mBody = mSecs
  .map(
    (s, i) => `<div class="mw-heading mw-heading2"><h2 id="${mId(s.h)}">${s.h}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
 href="/index.php?title=Brantholm_Moorit&amp;action=edit&amp;section=${i + 1}" title="Edit section: ${s.h}"><span>edit</span></a><span
 class="mw-editsection-bracket">]</span></span></div>
${ps(s.ps)}${s.list ? `\n<ul>${s.list.map((t) => `<li>${t}</li>`).join('\n')}</ul>` : ''}`,
  )
  .join('\n');
const mToc = mSecs
  .map(
    (s, i) => `<li id="toc-${mId(s.h)}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${mId(s.h)}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span>
<span>${s.h}</span></div></a></li>`,
  )
  .join('\n');
const mBoxHtml = Array.from(
  { length: mBox.length / 2 },
  (_, i) => `<tr><th scope="row" class="infobox-label">${mBox[2 * i]}</th><td
 class="infobox-data">${mBox[2 * i + 1]}</td></tr>`,
).join('\n');
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-enabled vector-feature-toc-pinned-clientpref-1
 vector-feature-limited-width-clientpref-1 vector-feature-page-tools-pinned-disabled" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${mTitle} - Smallholders’ Wiki</title>
<script>(function(){var className="client-js vector-feature-main-menu-pinned-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Brantholm_Moorit","wgTitle":"Brantholm Moorit","wgCurRevisionId":4417,"wgArticleId":1203,"wgIsArticle":true,
"wgCategories":["Sheep breeds","Rare breeds","Westmarch"]};
RLSTATE={"skins.vector.styles":"ready"};RLPAGEMODULES=["site","mediawiki.page.ready","skins.vector.js"];</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.42.3"><meta name="viewport" content="width=1120">
<link rel="edit" title="Edit" href="/index.php?title=Brantholm_Moorit&amp;action=edit"><link rel="canonical"
 href="https://wiki.smallholders.org.uk/wiki/Brantholm_Moorit">
</head><body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Brantholm_Moorit
 rootpage-Brantholm_Moorit skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><a href="/wiki/Main_Page" class="mw-logo">
<img class="mw-logo-icon" src="/resources/assets/smallholders-logo.svg" alt="" aria-hidden="true" height="50" width="50"><span class="mw-logo-container">
<strong class="mw-logo-wordmark">Smallholders’ Wiki</strong></span></a></div><div class="vector-header-end">
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--weight-quiet cdx-button--icon-only search-toggle"
 title="Search Smallholders’ Wiki [f]" accesskey="f"><span class="vector-icon mw-ui-icon-search mw-ui-icon-wikimedia-search"></span><span>Search</span></a>
<div class="vector-typeahead-search-container"><div class="cdx-typeahead-search cdx-typeahead-search--show-thumbnail"><form action="/index.php" id="searchform"
 class="cdx-search-input cdx-search-input--has-end-button"><div id="simpleSearch" class="cdx-search-input__input-wrapper"><div class="cdx-text-input
 cdx-text-input--has-start-icon"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search Smallholders’ Wiki"
 aria-label="Search Smallholders’ Wiki" autocapitalize="sentences" title="Search Smallholders’ Wiki [f]" accesskey="f" id="searchInput"></div>
<input type="hidden" name="title" value="Special:Search"></div><button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div>
<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><div
 class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a
 href="/index.php?title=Special:CreateAccount&amp;returnto=Brantholm+Moorit"><span>Create account</span></a></li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:UserLogin&amp;returnto=Brantholm+Moorit"
 title="You are encouraged to log in; however, it is not mandatory [o]" accesskey="o"><span>Log in</span></a></li></ul></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"><div id="mw-navigation"><nav id="mw-panel" class="vector-main-menu-landmark"
 aria-label="Site"><div id="vector-main-menu-pinned-container" class="vector-pinned-container"><div id="vector-main-menu" class="vector-main-menu
 vector-pinnable-element"><div class="vector-pinnable-header vector-main-menu-pinnable-header vector-pinnable-header-pinned"><div
 class="vector-pinnable-header-label">Main menu</div><button
 class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mNav, 'mw-list-item')}</ul></div></div></div></div></nav></div></div>
<div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div
 class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents"
 id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div
 class="vector-toc-text">(Top)</div></a></li>
${mToc}
<li id="toc-References" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#References"><div class="vector-toc-text">
<span class="vector-toc-numb">5</span>
<span>References</span></div></a></li></ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages"
 class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected
 vector-tab-noicon mw-list-item"><a href="/wiki/Brantholm_Moorit" title="View the content page [c]" accesskey="c"><span>Page</span></a></li>
<li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a href="/index.php?title=Talk:Brantholm_Moorit&amp;action=edit&amp;redlink=1" rel="discussion"
 class="new" title="Discussion about the content page (page does not exist) [t]" accesskey="t"><span>Discussion</span></a></li></ul></div></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet"><div
 class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a
 href="/wiki/Brantholm_Moorit">
<span>Read</span></a></li><li id="ca-edit" class="vector-tab-noicon mw-list-item"><a
 href="/index.php?title=Brantholm_Moorit&amp;action=edit"><span>Edit</span></a>
</li><li id="ca-history" class="vector-tab-noicon mw-list-item"><a
 href="/index.php?title=Brantholm_Moorit&amp;action=history"><span>View history</span></a></li>
</ul></div></div></nav><nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown
 vector-page-tools-dropdown"><input type="checkbox" id="vector-page-tools-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox"
 aria-label="Tools"><label id="vector-page-tools-dropdown-label" for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label cdx-button
 cdx-button--fake-button cdx-button--weight-quiet" aria-hidden="true"><span
 class="vector-dropdown-label-text">Tools</span></label></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div class="mw-indicators"></div><div id="siteSub" class="noprint">From Smallholders’ Wiki</div></div><div id="contentSub"><div
 id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><caption class="infobox-title">${mTitle}</caption><tbody><tr><td colspan="2" class="infobox-image"><span typeof="mw:File"><a
 href="/wiki/File:Brantholm_ewe.jpg" class="mw-file-description"><img src="/images/thumb/b/b3/Brantholm_ewe.jpg/220px-Brantholm_ewe.jpg" decoding="async"
 width="220" height="165" class="mw-file-element"></a></span></td></tr>
${mBoxHtml}
</tbody></table>
${ps(mLead)}
<meta property="mw:PageProp/toc">
${mBody}
<div class="mw-heading mw-heading2"><h2 id="References">References</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
 href="/index.php?title=Brantholm_Moorit&amp;action=edit&amp;section=5" title="Edit section: References"><span>edit</span></a><span
 class="mw-editsection-bracket">]</span></span></div>
<div class="mw-references-wrap"><ol class="references">
${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">↑</a></span> <span
 class="reference-text">${r}</span></li>`,
  )
  .join('\n')}
</ol></div>
<!--
NewPP limit report
Cached time: 20270203194012
CPU time usage: 0.041 seconds
-->
</div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
 href="https://wiki.smallholders.org.uk/index.php?title=Brantholm_Moorit&amp;oldid=4417"
>https://wiki.smallholders.org.uk/index.php?title=Brantholm_Moorit&amp;oldid=4417</a>"</div>
</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
 title="Special:Categories">Categories</a>: <ul>${links(mCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li
 id="footer-info-lastmod"> This page was last edited on 3 February 2027,
 at 19:40.</li><li id="footer-info-copyright">Content is available under <a class="external" rel="nofollow"
 href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"
 class="cdx-button cdx-button--fake-button cdx-button--size-large"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88"
 height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout669-mediawiki-breed-article',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mSecs.map((s) => s.h),
  body: texts([...mLead, ...mSecs.flatMap((s) => [...s.ps, ...(s.list ?? [])])]),
  bylines: ['This page was last edited on 3 February 2027, at 19:40.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Smallholders’ Wiki', 'Search', 'Create account', 'Log in', 'Main menu', 'hide', 'Navigation', ...mNav.filter((t) => t !== 'Breeds'),
    'Contents', '(Top)',
    '1', '2', '3', '4', '5', 'References', 'Page', 'Discussion', 'Read', 'View history', 'From Smallholders’ Wiki', ...mBox.filter((t) => !['At risk',
    '60 kg', '45 kg'].includes(t)), 'edit', '↑', ...mRefs,
    'Categories', 'Sheep breeds', 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

export const HELDOUT669_F2: readonly TestPage[] = [mediawiki];
