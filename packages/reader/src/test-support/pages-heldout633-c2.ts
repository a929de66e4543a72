import { type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, trs } from './pages-heldout633-kit.js';

/** Held-out batch 633, file c2: a drone mapping wiki article on MediaWiki 1.41 (Vector 2022 skin) with a contents box and a table. */
const mTitle = 'Ground control point';
const mLead = [
  j(
    'A <b>ground control point</b> (<b>GCP</b>) is a marked point on the ground whose position has been measured independently,',
    'usually with a <a href="/wiki/RTK_GNSS" title="RTK GNSS">RTK GNSS</a> receiver or a total station, and which is visible in',
    'the aerial images of a <a href="/wiki/Photogrammetry" title="Photogrammetry">photogrammetric</a> survey. During processing the',
    'GCPs tie the image block to a known coordinate system and correct scale, tilt and height errors in the model.',
  ),
  j(
    'Points measured in the same way but not used in processing are called <b>check points</b>. They are used only to report',
    'the accuracy of the finished model.',
  ),
];
const mSec: [string, string[]][] = [
  [
    'Targets',
    [
      j(
        'Targets are usually square boards or mats between 40 and 60 cm across, painted in a black and white chequer or a cross so',
        'that the centre can be picked out to within a pixel. At a ground sample distance of 2 cm a 50 cm target covers about 25 pixels.',
      ),
      j('Painted marks on hard surfaces, road studs and survey nails with a spray-painted ring are also used on sites where boards', 'would be disturbed.'),
    ],
  ],
  [
    'Number and layout',
    [
      j(
        'GCPs should surround the survey area, with further points in the middle of large sites and at the highest and lowest',
        'ground. A common rule of thumb is at least five points, plus one more for every four to six hectares.',
      ),
    ],
  ],
];
const mRows = [
  ['Under 2 ha', '5', '2'],
  ['2–10 ha', '6–8', '3'],
  ['10–50 ha', '10–15', '5'],
];
const mAfter = [
  j(
    'Corridor surveys along roads or rivers need pairs of points on both sides of the corridor at regular intervals, because the',
    'narrow image block is weak across its width.',
  ),
];
const mDirect = [
  'Direct georeferencing',
  j(
    'Aircraft with an on-board RTK or PPK receiver record the camera position for every image and can reach similar accuracy with',
    'fewer GCPs. Most operators still fly with a few check points to prove the result.',
  ),
];
const mSee = ['Check point', 'Ground sample distance', 'Orthomosaic'];
const mOld = 'https://wiki.dronesurvey.org/w/index.php?title=Ground_control_point&amp;oldid=18842';
const mToc = ['(Top)', '1 Targets', '2 Number and layout', '3 Direct georeferencing', '4 See also'];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled" lang="en" dir="ltr"><head>
<meta charset="UTF-8"><title>Ground control point - DroneSurvey Wiki</title>
<script>(function(){var className="client-js";document.documentElement.className=className;}());RLCONF={"wgPageName":"Ground_control_point",
"wgTitle":"Ground control point","wgCurRevisionId":18842,"wgArticleId":412,"wgIsArticle":true,"wgNamespaceNumber":0};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.0"><link rel="canonical" href="https://wiki.dronesurvey.org/wiki/Ground_control_point"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Ground_control_point
rootpage-Ground_control_point skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label" aria-hidden="true">
<span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">DroneSurvey Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box">
<form action="/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
<input class="cdx-text-input__input" type="search" name="search"
placeholder="Search DroneSurvey Wiki" aria-label="Search DroneSurvey Wiki" accesskey="f" id="searchInput">
<button class="cdx-button cdx-search-input__end-button">Search</button>
</form></div><nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-createaccount">
<a href="/w/index.php?title=Special:CreateAccount">Create account</a></li>
<li id="pt-login"><a href="/w/index.php?title=Special:UserLogin" accesskey="o">Log in</a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"></div><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header">
<h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button>
</div>
<ul class="vector-toc-contents" id="mw-panel-toc-list">${mToc
  .map((t) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#"><div class="vector-toc-text">${t}</div></a></li>`)
  .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces">
<ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Ground_control_point" title="View the content page">Page</a></li>
<li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:Ground_control_point" rel="discussion">Discussion</a></li></ul></nav></div>
<div id="right-navigation"><nav aria-label="Views"><ul class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item">
<a href="#">Read</a></li>
<li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Ground_control_point&amp;action=edit">Edit</a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Ground_control_point&amp;action=history">View history</a></li></ul>
</nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container>
<div id="siteSub" class="noprint">From DroneSurvey Wiki</div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:GCP_target.jpg" class="mw-file-description">
<img src="/w/images/thumb/gcp.jpg/220px-gcp.jpg"
decoding="async" width="220" height="165" class="mw-file-element"></a><figcaption>A chequered 60 cm target beside a survey nail</figcaption></figure>
${mLead.map((t) => `<p>${t}\n</p>`).join('\n')}
<meta property="mw:PageProp/toc">
${mSec
  .map(
    ([h, paras], i) => `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span>
<a href="/w/index.php?title=Ground_control_point&amp;action=edit&amp;section=${i + 1}" title="Edit section: ${h}"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>
${paras.map((t) => `<p>${t}\n</p>`).join('\n')}`,
  )
  .join('\n')}
<table class="wikitable"><caption>Suggested points by site size</caption><tbody><tr><th>Site area</th><th>GCPs</th><th>Check points</th></tr>
${trs(mRows)}</tbody></table>
<p>${mAfter[0]}\n</p>
<div class="mw-heading mw-heading2"><h2 id="Direct_georeferencing">${mDirect[0]}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/w/index.php?title=Ground_control_point&amp;action=edit&amp;section=3"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>
<p>${mDirect[1]}\n</p>
<div class="mw-heading mw-heading2"><h2 id="See_also">See also</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/w/index.php?title=Ground_control_point&amp;action=edit&amp;section=4"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>
<ul>${lis(mSee.map((t) => `<a href="/wiki/${t.replace(/ /g, '_')}" title="${t}">${t}</a>`))}</ul>
<!-- NewPP limit report Parsed by mw-web.eqiad.main-5b8c Cached time: 20240611091402 -->
</div><noscript><img src="/wiki/Special:CentralAutoLogin/start?type=1x1" alt="" width="1" height="1"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="${mOld}">${mOld}</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Photogrammetry">Photogrammetry</a></li><li><a href="/wiki/Category:Surveying">Surveying</a></li></ul></div></div></div>
</main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 11 June 2024, at 09:14.</li>
<li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike</a> unless otherwise noted.</li></ul>
<ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/DroneSurvey:Privacy_policy">Privacy policy</a></li><li id="footer-places-about">
<a href="/wiki/DroneSurvey:About">About DroneSurvey Wiki</a></li>
<li id="footer-places-disclaimers"><a href="/wiki/DroneSurvey:General_disclaimer">Disclaimers</a></li></ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/w/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul>
</footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const mediawikiGcp: TestPage = {
  name: 'heldout633-mediawiki-ground-control',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [...mSec.map(([h]) => h), mDirect[0] ?? '', 'See also'],
  body: [...texts([...mLead, ...mSec.flatMap(([, p]) => p)]), ...mRows.map(rowText), ...texts([...mAfter, mDirect[1] ?? '']), ...mSee],
  bylines: ['This page was last edited on 11 June 2024, at 09:14.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'DroneSurvey Wiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', ...mToc,
    'Page', 'Discussion', 'Read', 'Edit', 'View history', 'From DroneSurvey Wiki', 'A chequered 60 cm target beside a survey nail', 'edit',
    'Suggested points by site size',
    `Retrieved from "${mOld.replace('&amp;', '&')}"`, 'Categories:', 'Photogrammetry', 'Surveying',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', 'Privacy policy', 'About DroneSurvey Wiki', 'Disclaimers',
  ],
};

export const HELDOUT633_C2: readonly TestPage[] = [mediawikiGcp];
