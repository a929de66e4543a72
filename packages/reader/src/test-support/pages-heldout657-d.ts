import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout657-kit.js';

/** Held-out batch 657, file d: a trade wiki's article on hot water extraction, on MediaWiki (Vector 2022 skin, infobox, table, categories). */
const mTitle = 'Hot water extraction';
const mLead = [
  j(
    '<b>Hot water extraction</b> (<b>HWE</b>), often called <i>steam cleaning</i> although no steam is involved, is a method of',
    'deep-cleaning carpets and upholstery in which a heated cleaning solution is sprayed into the pile under pressure and',
    'immediately drawn back out, together with loosened soil, by a powerful vacuum. It is the cleaning method recommended by most',
    'carpet manufacturers for periodic restorative cleaning.',
  ),
  j(
    'Machines range from small portable units plugged into a domestic socket to truck-mounted systems powered by their own engine,',
    'which can deliver water at more than 90 °C and recover most of it from the carpet.',
  ),
];
const mHist = [
  j(
    'Portable extraction machines for carpets were sold to cleaning contractors from the late 1950s, but early models used cold water',
    "and weak vacuum motors, and carpets often took two days to dry. The first truck-mounted units, in which a van's engine drove both",
    'a high-pressure pump and a vacuum blower, appeared in the following decade and made hot water extraction practical for large',
    'commercial floors.',
  ),
  j(
    "The industry's habit of calling the method steam cleaning dates from this period, when some machines vented visible vapour from",
    'their waste tanks. Trade bodies have discouraged the term since the 1980s because it leads customers to expect a dry,',
    'chemical-free process.',
  ),
];
const mProc = j(
  'A typical hot water extraction clean has three stages. Before any of them, the technician vacuums the carpet thoroughly with an',
  'upright machine, since dry soil is far easier to remove dry than wet.',
);
const mPre = j(
  'A pre-conditioning spray, usually mildly alkaline for synthetic fibres and close to neutral for wool, is applied with a pump',
  'sprayer and left to dwell for ten to fifteen minutes. On heavily soiled areas the solution may be worked in with a grooming brush',
  'or a rotary machine fitted with a soft pad.',
);
const mExt = [
  j(
    'The operator then passes a floor tool, or <i>wand</i>, over the carpet in slow overlapping strokes. On the forward stroke, solution',
    'is sprayed through jets at the front of the tool; on the backward stroke the tool is pulled with the spray off, so that the vacuum',
    'lifts as much water as possible. Many contractors rinse with plain water or a weak acid solution to neutralise the alkaline',
    'pre-spray and leave the pile soft.',
  ),
  j(
    'A common rule of thumb is one wet stroke for every two dry strokes. <a href="/wiki/Overwetting">Overwetting</a>, where more water',
    'goes down than is recovered, is the main cause of slow drying, shrinkage and brown marks.',
  ),
];
const mDry = j(
  'A well-run clean leaves carpets damp to the touch and dry within four to eight hours. Air movers, open windows and heating all',
  'shorten drying time. Furniture is usually returned to the carpet with plastic tabs or foam blocks under its feet to stop wood',
  'stain or rust marking the damp pile.',
);
const mEquip = j(
  'Portable units weigh between 20 and 60 kilograms and usually heat water with an inline element. Truck-mounted systems are more',
  'powerful but need a hose run from the vehicle to every room, which limits their use in flats and high-rise buildings.',
);
const mRows = [
  ['Domestic hire machine', '40–50 °C', '8–24 hours'],
  ['Professional portable', '60–80 °C', '4–8 hours'],
  ['Truck-mounted', '80–110 °C', '2–6 hours'],
];
const mSuit = 'Hot water extraction suits most synthetic carpets and many wool blends. It is generally avoided on:';
const mAvoid = [
  'natural plant fibres such as sisal, seagrass and jute, which can shrink or brown when wet',
  'carpets with unstable dyes, which must be tested before cleaning',
  'upholstery marked S or X on its <a href="/wiki/Upholstery_care_code">care label</a>',
];
const mCrit = j(
  'Critics of the method point to the time carpets take to dry and to the risk of leaving detergent residue, which attracts soil so',
  'that carpets appear to get dirty again quickly after cleaning. Supporters respond that both problems come from poor technique',
  'rather than the method itself, and that low-moisture methods clean only the upper part of the pile.',
);
const mSee = ['Bonnet cleaning', 'Encapsulation (carpet cleaning)', 'Dry compound cleaning', 'Upholstery care code'];
const mH = ['History', 'Process', 'Pre-conditioning', 'Extraction and rinsing', 'Drying', 'Equipment', 'Suitability', 'Criticism', 'See also'];
const mInfo = [
  ['Other names', 'Steam cleaning, HWE'],
  ['Used on', 'Carpets, rugs, upholstery'],
  ['Water temperature', '40–110 °C'],
  ['Introduced', '1950s'],
];
const mCap = "A truck-mounted unit's hoses run through a front door";
const mTabs = ['Article', 'Talk', 'Read', 'Edit', 'View history', 'Tools'];
const mFoot = ['Privacy policy', 'About CleanWiki', 'Disclaimers', 'Mobile view'];
const mEdited = 'This page was last edited on 2 February 2027, at 09:14 (UTC).';
const mLicence = 'Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.';
const hd = (level: 2 | 3, t: string): string => `<div class="mw-heading mw-heading${level}"><h${level} id="${t.replace(/ /g, '_')}">${t}</h${level}><span
class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?title=Hot_water_extraction&amp;action=edit&amp;section=1"
title="Edit section: ${t}"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>`;
const mNumb = ['1', '2', '2.1', '2.2', '2.3', '3', '4', '5', '6'];
const mToc = mH
  .map(
    (t, i) => `<li id="toc-${t.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-${[2, 3, 4].includes(i) ? 2 : 1}"><a class="vector-toc-link"
href="#${t.replace(/ /g, '_')}"><div class="vector-toc-text"><span class="vector-toc-numb">${mNumb[i]}</span><span>${t}</span></div></a></li>`,
  )
  .join('\n');
const mArticle = `<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div role="note" class="hatnote navigation-not-searchable">Not to be confused with <a href="/wiki/Steam_vapour_cleaning">steam vapour cleaning</a>.</div>
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${ps(mLead)}
<meta property="mw:PageProp/toc">
${hd(2, mH[0] ?? '')}
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Truckmount_hoses.jpg" class="mw-file-description"><img
src="/images/thumb/4/4a/Truckmount_hoses.jpg/250px-Truckmount_hoses.jpg" decoding="async" width="250" height="188" class="mw-file-element"></a>
<figcaption>${mCap}</figcaption></figure>
${ps(mHist)}
${hd(2, mH[1] ?? '')}${ps([mProc])}
${hd(3, mH[2] ?? '')}${ps([mPre])}
${hd(3, mH[3] ?? '')}${ps(mExt)}
${hd(3, mH[4] ?? '')}${ps([mDry])}
${hd(2, mH[5] ?? '')}${ps([mEquip])}
<table class="wikitable"><tbody><tr><th>Type</th><th>Typical water temperature</th><th>Typical drying time</th></tr>
${trs(mRows)}</tbody></table>
${hd(2, mH[6] ?? '')}${ps([mSuit])}<ul>${lis(mAvoid)}</ul>
${hd(2, mH[7] ?? '')}${ps([mCrit])}
${hd(2, mH[8] ?? '')}<ul>${mSee.map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`).join('\n')}</ul>
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1" style="border: none;"></noscript></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-feature-toc-pinned-clientpref-1
vector-feature-page-tools-pinned-disabled" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${mTitle} - CleanWiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-feature-toc-pinned-clientpref-1";
document.documentElement.className=className;}());RLCONF={"wgPageName":"Hot_water_extraction","wgTitle":"Hot water extraction","wgCurRevisionId":48213,
"wgArticleId":1172,"wgIsArticle":true,"wgAction":"view","wgCategories":["Carpet care","Cleaning methods"]};RLSTATE={"skins.vector.styles":"ready"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.43.0"><meta name="viewport" content="width=1120"><link rel="canonical"
href="https://cleanwiki.org/wiki/Hot_water_extraction">
<link rel="search" type="application/opensearchdescription+xml" href="/opensearch_desc.php" title="CleanWiki (en)"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Hot_water_extraction
rootpage-Hot_water_extraction skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right"
title="Main menu"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox"
aria-label="Main menu"><label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button
cdx-button--fake-button cdx-button--weight-quiet cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span><span
class="vector-dropdown-label-text">Main menu</span></label></div></nav><a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon"
src="/resources/assets/cleanwiki.png" alt="" aria-hidden="true" height="50" width="50"><span class="mw-logo-container skin-invert"><strong
class="mw-logo-wordmark">CleanWiki</strong></span></a></div><div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue
vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box"><form action="/index.php" id="searchform" class="cdx-search-input
cdx-search-input--has-end-button"><div class="cdx-text-input cdx-text-input--has-start-icon"><input class="cdx-text-input__input" type="search" name="search"
placeholder="Search CleanWiki" aria-label="Search CleanWiki" accesskey="f" id="searchInput"></div><button
class="cdx-button cdx-search-input__end-button">Search</button>
</form></div><nav class="vector-user-links" aria-label="Personal tools"><div class="vector-user-links-main"><ul class="vector-menu-content-list"><li
id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a
href="/index.php?title=Special:CreateAccount"><span>Create account</span></a></li><li
id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:UserLogin" accesskey="o"><span>Log in</span></a></li></ul>
</div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"></div><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc"
aria-label="Contents" data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container"
class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header
vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button
vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-toc.unpin">hide</button></div><ul class="vector-toc-contents"
id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div
class="vector-toc-text">(Top)</div></a></li>
${mToc}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div
id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-associated-pages"><div class="vector-menu-content"><ul
class="vector-menu-content-list">${mTabs
  .slice(0, 2)
  .map((t) => `<li class="vector-tab-noicon mw-list-item"><a href="#"><span>${t}</span></a></li>`)
  .join('')}
</ul></div></div></nav></div><div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs
mw-portlet mw-portlet-views"><div class="vector-menu-content"><ul class="vector-menu-content-list">
${mTabs
  .slice(2, 5)
  .map((t) => `<li class="vector-tab-noicon mw-list-item"><a href="#"><span>${t}</span></a></li>`)
  .join('')}</ul></div></div></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown"><input
type="checkbox" id="vector-page-tools-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Tools"><label
id="vector-page-tools-dropdown-label" for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label" aria-hidden="true"><span
class="vector-dropdown-label-text">Tools</span></label></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content"><div
class="mw-indicators"></div><div id="siteSub" class="noprint">From CleanWiki, the cleaning trade encyclopedia</div></div><div id="contentSub"><div
id="mw-content-subtitle"></div></div>
${mArticle}
<div class="printfooter" data-nosnippet>Retrieved from "<a dir="ltr"
href="https://cleanwiki.org/index.php?title=Hot_water_extraction&amp;oldid=48213">
https://cleanwiki.org/index.php?title=Hot_water_extraction&amp;oldid=48213</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Carpet_care">Carpet care</a></li><li><a
href="/wiki/Category:Cleaning_methods">Cleaning methods</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> ${mEdited}</li>
<li id="footer-info-copyright">${mLicence.replace('Creative Commons Attribution-ShareAlike License', '<a href="/wiki/CleanWiki:Copyrights">$&</a>')}</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"
class="cdx-button cdx-button--fake-button cdx-button--size-large cdx-button--fake-button--enabled"><img src="/resources/assets/poweredby_mediawiki.svg"
alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142,"wgPageParseReport":{"limitreport":{"cputime":"0.084"}}});});</script>
</body></html>`;
const mediaWiki: TestPage = {
  name: 'heldout657-mediawiki-hot-water-extraction',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mH,
  body: [...texts([...mLead, ...mHist, mProc, mPre, ...mExt, mDry, mEquip]), ...rowTexts(mRows), ...texts([mSuit, ...mAvoid, mCrit, ...mSee])],
  bylines: [mEdited],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'CleanWiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)', ...mTabs.slice(0, 5),
    'From CleanWiki, the cleaning trade encyclopedia', 'Not to be confused with steam vapour cleaning.', ...mInfo.flat().filter((t) => t !== '1950s'), mCap,
    'edit', 'Categories', 'Carpet care', 'Cleaning methods',
    mLicence, ...mFoot,
  ],
};

export const HELDOUT657_D: readonly TestPage[] = [mediaWiki];
