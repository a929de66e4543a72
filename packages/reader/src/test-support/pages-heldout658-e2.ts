import { ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout658-kit.js';

/**
 * Held-out batch 658, file e2: a trade wiki page on hip-to-gable loft conversions on MediaWiki (Vector 2022 skin, infobox, table
 * of contents, references, categories).
 */
const mTitle = 'Hip-to-gable loft conversion';
const mLead = j(
  'A <b>hip-to-gable loft conversion</b> is a loft conversion in which the sloping side (the hip) of a hipped roof is replaced by a',
  'vertical gable wall built up to the ridge, extending the roof space sideways.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
  'It is common on semi-detached and detached houses built in England between 1920 and 1960.',
);
const mH = ['Construction', 'Planning', 'Combined conversions', 'References'];
const mCons = [
  j(
    'The gable wall is usually built in blockwork on the existing side wall and rendered or tile-hung to match the house. The old hip',
    'rafters are removed and new common rafters are run through to the gable, supported by a steel or timber ridge beam.',
  ),
  j(
    'Because the gable raises the outer wall of the house, scaffolding is needed on the side elevation, and on a semi-detached house',
    'the chimney stack on the party wall may need rebuilding or supporting.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>',
  ),
];
const mPlan = j(
  'In England a hip-to-gable conversion is usually permitted development, provided the added volume stays under 50 cubic metres',
  'for a detached house or 40 cubic metres for other houses, and the gable does not face a highway. Councils in conservation areas',
  'often refuse them because they change the roofline of a street of matching houses.',
);
const mComb = j(
  'The conversion is rarely built on its own. Most are combined with a rear dormer, which gives full head height over the new',
  'stair and a second room; this combination is sometimes called a "hip-to-gable and dormer".',
);
const mRefs = [
  'Loft Builders Federation (2019). <i>Guide to Loft Conversion Types</i>. p. 14.',
  'Hartley, N. (2021). "Chimney stacks in semi-detached conversions". <i>Small Works Journal</i> <b>12</b> (3): 40–44.',
];
const mInfo = ['Type', 'Roof alteration', 'Typical build time', '8–10 weeks', 'Planning', 'Usually permitted development', 'Related', 'Dormer, Mansard'];
const mToc = ['(Top)', ...mH];
const mCats = ['Loft conversions', 'Roof alterations'];
const mFoot = ['Privacy policy', 'About Buildwise Wiki', 'Disclaimers', 'Mobile view'];
const mTools = ['Page', 'Discussion', 'Read', 'Edit', 'View history', 'Tools'];
const mEdit = (h: string, id: string): string => `<div class="mw-heading mw-heading2"><h2 id="${id}">${h}</h2><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span><a href="/index.php?title=Hip-to-gable_loft_conversion&amp;action=edit&amp;section=1"
title="Edit section: ${h}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Buildwise Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Hip-to-gable_loft_conversion","wgTitle":"Hip-to-gable loft conversion","wgCurRevisionId":18842,"wgNamespaceNumber":0,
"wgAction":"view"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.0"><link rel="canonical" href="https://wiki.buildwise.example/wiki/Hip-to-gable_loft_conversion"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Hip-to-gable_loft_conversion
rootpage-Hip-to-gable_loft_conversion skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown"><input type="checkbox" id="vector-main-menu-dropdown-checkbox"
role="button"
aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu"><label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label">
<span class="vector-dropdown-label-text">Main menu</span></label></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">
<strong class="mw-logo-wordmark">Buildwise Wiki</strong></span></a></div><div class="vector-header-end"><div id="p-search" role="search"
class="vector-search-box-vue
vector-search-box-show-thumbnail vector-search-box"><form action="/index.php" id="searchform"
class="cdx-search-input cdx-search-input--has-end-button"><input class="cdx-text-input__input"
type="search" name="search" placeholder="Search Buildwise Wiki" aria-label="Search Buildwise Wiki" autocapitalize="sentences"
title="Search Buildwise Wiki [f]" accesskey="f"
id="searchInput"><button class="cdx-button cdx-search-input__end-button">Search</button></form></div><nav class="vector-user-links" aria-label="Personal tools">
<div class="vector-user-links-main"><div id="p-vector-user-menu-preferences" class="vector-menu mw-portlet emptyPortlet"></div><div
id="p-vector-user-menu-overflow"
class="vector-menu mw-portlet"><ul class="vector-menu-content-list"><li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a
href="/index.php?title=Special:CreateAccount">
<span>Create account</span></a></li><li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:UserLogin"
accesskey="o">
<span>Log in</span></a></li></ul></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container vector-toc-landmark"><div
id="vector-toc-pinned-container"
class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header">
<h2 class="vector-pinnable-header-label">Contents</h2></div><ul class="vector-toc-contents" id="mw-panel-toc-list">${mToc
  .map(
    (t, i) => `<li id="toc-${i}"
class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${t.replace(/ /g, '_')}"><div
class="vector-toc-text">${t}</div></a></li>`,
  )
  .join('\n')}
</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading">
<span class="mw-page-title-main">${mTitle}</span></h1></header><div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div
id="left-navigation">
<nav aria-label="Namespaces"><ul class="vector-menu-content-list">${mTools
  .slice(0, 2)
  .map(
    (t) => `<li class="mw-list-item"><a
href="#"><span>${t}</span></a></li>`,
  )
  .join('')}</ul></nav></div>
<div id="right-navigation"><nav aria-label="Views"><ul class="vector-menu-content-list">${mTools
  .slice(2, 5)
  .map(
    (t) => `<li class="mw-list-item"><a
href="#"><span>${t}</span></a></li>`,
  )
  .join('')}
</ul></nav><nav class="vector-page-tools-landmark" aria-label="Page tools"><div class="vector-dropdown-label"><span
class="vector-dropdown-label-text">${at(mTools, 5)}</span></div></nav>
</div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content"><div
class="mw-indicators"></div>
<div id="siteSub" class="noprint">From Buildwise Wiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr>${[0, 2, 4, 6]
  .map(
    (i) => `<tr><th scope="row"
class="infobox-label">${at(mInfo, i)}</th>
<td class="infobox-data">${at(mInfo, i + 1)}</td></tr>`,
  )
  .join('')}</tbody></table>
<p>${mLead}</p>
<meta property="mw:PageProp/toc">
${mEdit(at(mH, 0), 'Construction')}${ps(mCons)}
${mEdit(at(mH, 1), 'Planning')}${ps([mPlan])}
${mEdit(at(mH, 2), 'Combined_conversions')}${ps([mComb])}
${mEdit(at(mH, 3), 'References')}<div class="mw-references-wrap"><ol class="references">${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span
class="mw-cite-backlink"><a
href="#cite_ref-${i + 1}">↑</a></span> <span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div></div>
<div class="printfooter" data-nosnippet="">Retrieved from
"<a dir="ltr" href="https://wiki.buildwise.example/index.php?title=Hip-to-gable_loft_conversion&amp;oldid=18842">
https://wiki.buildwise.example/index.php?title=Hip-to-gable_loft_conversion&amp;oldid=18842</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>:
<ul>${mCats.map((c) => `<li><a href="/wiki/Category:${c.replace(/ /g, '_')}">${c}</a></li>`).join('')}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was
last edited on 14 February
2026, at 10:22.</li></ul><ul id="footer-places">${mFoot.map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`).join('')}</ul><ul
id="footer-icons"
class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg"
alt="Powered by MediaWiki" width="88"
height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const mediawikiHipToGable: TestPage = {
  name: 'heldout658-mediawiki-hip-to-gable',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mH,
  body: texts([mLead, ...mCons, mPlan, mComb, ...mRefs]),
  bylines: ['This page was last edited on 14 February 2026, at 10:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Buildwise Wiki', 'Search', 'Create account', 'Log in', 'Contents', '(Top)', ...mTools, 'From Buildwise Wiki',
    ...mInfo.filter((t) => t !== 'Planning' && t !== 'Usually permitted development'), 'Categories:', ...mCats, ...mFoot,
  ],
};

export const HELDOUT658_E2: readonly TestPage[] = [mediawikiHipToGable];
