import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout701-kit.js';

/**
 * Held-out batch 701, file e: a disease article on Wikipedia (Vector 2022 skin) with a medical-condition infobox, a table,
 * citation markers, references, a navbox and categories, and a textbook chapter on Wikibooks (Vector legacy skin) with book
 * navigation bars, formulas, a table and exercises.
 */
const cite = (n: number): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">&#91;</span>${n}<span
class="cite-bracket">&#93;</span></a></sup>`;
const kTitle = 'Aldren–Kaye syndrome';
const kLead = [
  j(
    '<b>Aldren–Kaye syndrome</b> (<b>AKS</b>), also known as <b>hereditary palmar lamellar keratosis</b>, is a rare inherited',
    'skin disorder in which the skin of the palms and soles thickens and peels in sheets, usually from early childhood.',
    `${cite(1)} It is caused by mutations in the <i><a href="/wiki/KRTL4" title="KRTL4">KRTL4</a></i> gene and is inherited in`,
    `an <a href="/wiki/Autosomal_dominant" title="Autosomal dominant">autosomal dominant</a> pattern.${cite(2)} There is no cure;`,
    `treatment aims to soften the thickened skin and prevent painful cracks.${cite(3)}`,
  ),
  j(
    'The condition was first described in 1962 by the dermatologists Ruth Aldren and Simon Kaye in a family of eleven affected',
    `members from the fishing town of Porthkennack.${cite(4)} Fewer than 300 cases have been reported worldwide.`,
  ),
];
const kHeads = ['Signs and symptoms', 'Cause', 'Diagnosis', 'Treatment', 'Epidemiology'];
const kSigns = [
  j(
    'Affected children usually develop dry, yellowish thickening of the palms and soles between the ages of one and four.',
    'The thickened skin (<a href="/wiki/Hyperkeratosis" title="Hyperkeratosis">hyperkeratosis</a>) sheds in large, translucent',
    `sheets every two to six weeks, a process patients often describe as "moulting".${cite(1)} Between episodes the skin is`,
    `prone to deep, painful cracks (fissures), particularly in cold weather.${cite(5)}`,
  ),
  `Other features reported in some families include:${cite(2)}`,
];
const kSignList = [
  'thickened, ridged fingernails',
  'excessive sweating of the palms and soles (<a href="/wiki/Hyperhidrosis" title="Hyperhidrosis">hyperhidrosis</a>)',
  'a faint red border where thickened skin meets normal skin',
];
const kSigns2 = j(
  'The rest of the skin, hair and teeth are normal, which distinguishes AKS from many other inherited',
  `<a href="/wiki/Palmoplantar_keratoderma" title="Palmoplantar keratoderma">keratodermas</a>.${cite(6)}`,
);
const kCause = j(
  'AKS is caused by <a href="/wiki/Zygosity#Heterozygous" title="Zygosity">heterozygous</a> mutations in <i>KRTL4</i>, which',
  'encodes a keratin-like protein found in the outer layers of the thick skin of the palms and soles.',
  `${cite(2)} Most reported mutations change a single amino acid in a region of the protein that helps keratin filaments`,
  'bundle together. The faulty protein is thought to weaken the links between skin cells, so that the outer layer separates',
  `in sheets rather than wearing away gradually.${cite(7)}`,
);
const kDiag = [
  j(
    'Diagnosis is usually made on the appearance of the skin and the family history, and can be confirmed by genetic testing.',
    `A skin biopsy shows marked thickening of the outermost layer with a cleft running parallel to the surface.${cite(6)}`,
  ),
  'Several other inherited conditions thicken the skin of the palms and soles:',
];
const kRows = [
  ['Condition', 'Inheritance', 'Other skin affected'],
  ['Aldren–Kaye syndrome', 'Autosomal dominant', 'No'],
  ['Tarrow keratoderma', 'Autosomal recessive', 'Yes'],
  ['Ketteridge syndrome', 'Autosomal dominant', 'Occasionally'],
];
const kTreat = [
  j(
    'There is no cure. Treatment focuses on reducing the thickened skin and preventing fissures. Emollients containing urea or',
    `salicylic acid, used daily, soften the skin and lengthen the time between shedding episodes.${cite(3)} Some patients`,
    'benefit from soaking the hands and feet before gently paring away loose skin.',
  ),
  j(
    '<a href="/wiki/Retinoid" title="Retinoid">Oral retinoids</a> have been tried in severe cases, but their effect is modest',
    `and they are rarely used in children because of side effects.${cite(8)}`,
  ),
];
const kEpi = j(
  'AKS affects men and women equally. About 40% of reported cases come from south-west Kernow, where a',
  `<a href="/wiki/Founder_effect" title="Founder effect">founder mutation</a> has been traced back to a single family in the`,
  `18th century.${cite(4)}`,
);
const kSee = ['Palmoplantar keratoderma', 'List of cutaneous conditions'];
const kRefs = [
  'Aldren R, Kaye S (1962). "Lamellar keratosis of the palms and soles in a Kernow family". <i>Western Journal of Dermatology</i>. <b>74</b> (3): 101–109.',
  'Moravec T, Elling J, Sato K, et al. (2014). "Mutations in <i>KRTL4</i> cause Aldren–Kaye syndrome". <i>Skin Genetics</i>. <b>9</b> (2): 55–63.',
  'Pyne L (2019). <i>Inherited Disorders of the Skin</i> (3rd ed.). Marrick: Halden Press. pp. 212–216.',
  'Trewin M, Aldren R (1988). "A founder mutation in west Kernow". <i>Annals of Human Heredity</i>. <b>52</b> (4): 311–318.',
  '"Aldren–Kaye syndrome". <i>Rare Skin Disease Network</i>. Retrieved 14 March 2025.',
  'Okoro D, Lindahl P (2016). "Histology of lamellar palmar keratosis". <i>Journal of Cutaneous Pathology</i>. <b>43</b> (7): 588–592.',
  'Sato K, Moravec T (2018). "KRTL4 and desmosome stability". <i>Experimental Dermatology Letters</i>. <b>27</b> (1): 14–22.',
  'Hale B, Nwosu C (2021). "Oral retinoids in rare keratodermas: a case series". <i>Paediatric Skin</i>. <b>12</b> (5): 401–407.',
];
const kInfo: [string, string][] = [
  ['Other names', 'Hereditary palmar lamellar keratosis, AKS'],
  ['Specialty', 'Dermatology'],
  ['Symptoms', 'Thickening and sheet-like peeling of the palms and soles'],
  ['Usual onset', 'Age 1–4 years'],
  ['Duration', 'Lifelong'],
  ['Causes', 'Mutations in KRTL4'],
  ['Diagnostic method', 'Appearance, genetic testing'],
  ['Treatment', 'Emollients, keratolytics'],
  ['Frequency', 'Fewer than 300 reported cases'],
];
const kNavGroups: [string, string[]][] = [
  ['Palmoplantar', ['Aldren–Kaye syndrome', 'Tarrow keratoderma', 'Ketteridge syndrome', 'Striate keratoderma of Lund']],
  ['Generalized', ['Lamellar ichthyosis of Orme', 'Harlan–Voss ichthyosis', 'Porthkennack scaling disorder']],
];
const kMain = ['Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us'];
const kContrib = ['Help', 'Learn to edit', 'Community portal', 'Recent changes', 'Upload file'];
const kTabs = ['Article', 'Talk'];
const kViews = ['Read', 'Edit', 'View history'];
const kTools = ['What links here', 'Related changes', 'Special pages', 'Permanent link', 'Page information', 'Cite this page', 'Wikidata item'];
const kCats = ['Genodermatoses', 'Rare diseases', 'Autosomal dominant disorders', 'Disorders of keratinization'];
const kFoot = [
  'Privacy policy',
  'About Wikipedia',
  'Disclaimers',
  'Contact Wikipedia',
  'Code of Conduct',
  'Developers',
  'Statistics',
  'Cookie statement',
  'Mobile view',
];
const kToc = ['Signs and symptoms', 'Cause', 'Diagnosis', 'Treatment', 'Epidemiology', 'See also', 'References'];
const editLink = (n: number): string =>
  `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/w/index.php?title=Aldren%E2%80%93Kaye_syndrome&amp;action=edit&amp;section=${n}"
title="Edit section: ${at(kToc, n - 1)}"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span>`;
const kh = (n: number): string =>
  `<div class="mw-heading mw-heading2"><h2 id="${at(kToc, n - 1).replace(/ /g, '_')}">${at(kToc, n - 1)}</h2>${editLink(n)}</div>`;
const kHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-feature-toc-pinned-clientpref-1
vector-feature-limited-width-clientpref-1 vector-toc-available" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>Aldren–Kaye syndrome - Wikipedia</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";document.documentElement.className=className;
}());RLCONF={"wgCanonicalNamespace":"","wgPageName":"Aldren–Kaye_syndrome","wgTitle":"Aldren–Kaye syndrome","wgCurRevisionId":1202233417,
"wgArticleId":61823390,"wgIsArticle":true,"wgCategories":["Genodermatoses","Rare diseases"],"wgRelevantPageName":"Aldren–Kaye_syndrome"};</script>
<link rel="stylesheet"
href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.search.codex.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.44.0-wmf.14"><meta property="og:title" content="Aldren–Kaye syndrome - Wikipedia">
<link rel="canonical" href="https://en.wikipedia.org/wiki/Aldren%E2%80%93Kaye_syndrome"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable
page-Aldren–Kaye_syndrome rootpage-Aldren–Kaye_syndrome skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown
vector-button-flush-left vector-button-flush-right"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true"
class="vector-dropdown-checkbox" aria-label="Main menu"><label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--weight-quiet cdx-button--icon-only" aria-hidden="true"><span
class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu-unpinned-container" class="vector-unpinned-container"><div id="vector-main-menu"
class="vector-main-menu vector-pinnable-element"><div class="vector-pinnable-header vector-main-menu-pinnable-header"><div
class="vector-pinnable-header-label">Main menu</div><button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button"
data-event-name="pinnable-header.vector-main-menu.pin">move to sidebar</button><button class="vector-pinnable-header-toggle-button
vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-main-menu.unpin">hide</button></div>
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(kMain, 'mw-list-item')}</ul></div></div>
<div id="p-interaction" class="vector-menu mw-portlet mw-portlet-interaction"><div class="vector-menu-heading">Contribute</div><div
class="vector-menu-content"><ul class="vector-menu-content-list">${links(kContrib, 'mw-list-item')}</ul></div></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/wikipedia.png" alt="" aria-hidden="true" height="50"
width="50"><span class="mw-logo-container skin-invert">
<img class="mw-logo-wordmark" alt="Wikipedia" src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg"
style="width: 7.5em; height: 1.125em;"><img class="mw-logo-tagline" alt="The Free Encyclopedia"
src="/static/images/mobile/copyright/wikipedia-tagline-en.svg" width="117" height="13" style="width: 7.3125em; height: 0.8125em;"></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail
vector-search-box"><a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet
cdx-button--icon-only search-toggle" title="Search Wikipedia [f]" accesskey="f"><span class="vector-icon mw-ui-icon-search
mw-ui-icon-wikimedia-search"></span><span>Search</span></a><div class="vector-typeahead-search-container"><div class="cdx-typeahead-search">
<form action="/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
<div id="simpleSearch" class="cdx-search-input__input-wrapper"
data-search-loc="header-moved"><div class="cdx-text-input cdx-text-input--has-start-icon"><input class="cdx-text-input__input" type="search" name="search"
placeholder="Search Wikipedia" aria-label="Search Wikipedia" autocapitalize="sentences" title="Search Wikipedia [f]" accesskey="f" id="searchInput"></div>
<input type="hidden" name="title" value="Special:Search"></div><button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div>
<nav class="vector-user-links vector-user-links-wide" aria-label="Personal tools"><div class="vector-user-links-main"><div id="p-vector-user-menu-preferences"
class="vector-menu mw-portlet emptyPortlet"></div><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><div class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="pt-sitesupport-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a
href="https://donate.wikimedia.org/?wmf_source=donate"><span>Donate</span></a></li><li id="pt-createaccount-2" class="user-links-collapsible-item
mw-list-item user-links-collapsible-item"><a href="/w/index.php?title=Special:CreateAccount"><span>Create account</span></a></li><li id="pt-login-2"
class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a href="/w/index.php?title=Special:UserLogin"><span>Log
in</span></a></li></ul></div></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"></div><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned" data-feature-name="toc-pinned"
data-pinnable-element-id="vector-toc"><h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button
vector-pinnable-header-pin-button" data-event-name="pinnable-header.vector-toc.pin">move to sidebar</button><button
class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-toc.unpin">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${kToc
  .map(
    (h, i) => `<li id="toc-${h.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link"
href="#${h.replace(/ /g, '_')}"><div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}
</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<label id="vector-toc-collapsed-button" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet
cdx-button--icon-only" for="vector-page-titlebar-toc-checkbox" tabindex="-1" aria-hidden="true"><span class="vector-icon mw-ui-icon-listBullet
mw-ui-icon-wikimedia-listBullet"></span><span>Toggle the table of contents</span></label>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${kTitle}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><input type="checkbox" id="p-lang-btn-checkbox" role="button"
aria-haspopup="true" class="vector-dropdown-checkbox mw-interlanguage-selector" aria-label="Go to an article in another language. Available in 4
languages"><label id="p-lang-btn-label" for="p-lang-btn-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button
cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--action-progressive mw-portlet-lang-heading-4" aria-hidden="true"><span
class="vector-icon mw-ui-icon-language-progressive mw-ui-icon-wikimedia-language-progressive"></span><span class="vector-dropdown-label-text">4
languages</span></label></div></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces">
<div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list">
${links(kTabs, 'vector-tab-noicon mw-list-item')}</ul></div></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet">
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(kViews, 'vector-tab-noicon mw-list-item')}</ul></div></div></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown">
<input type="checkbox" id="vector-page-tools-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Tools">
<label id="vector-page-tools-dropdown-label" for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button
cdx-button--fake-button--enabled cdx-button--weight-quiet" aria-hidden="true"><span class="vector-dropdown-label-text">Tools</span></label>
<div class="vector-dropdown-content"><div id="p-tb" class="vector-menu mw-portlet mw-portlet-tb"><div class="vector-menu-heading">General</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(kTools, 'mw-list-item')}</ul></div></div></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div class="mw-indicators"></div><div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div></div><div id="contentSub"><div
id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">Rare inherited skin disorder</div>
<div role="note" class="hatnote navigation-not-searchable">Not to be confused with <a href="/wiki/Kaye%E2%80%93Orme_ichthyosis" title="Kaye–Orme
ichthyosis">Kaye–Orme ichthyosis</a>.</div>
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${kTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:AKS_palm.jpg"
class="mw-file-description"><img src="//upload.wikimedia.org/wikipedia/commons/thumb/a/a3/AKS_palm.jpg/220px-AKS_palm.jpg" decoding="async"
width="220" height="165" class="mw-file-element"></a></span><div class="infobox-caption">Lamellar peeling of the palm in a nine-year-old with AKS</div></td>
</tr>
${kInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}
</tbody></table>
${ps(kLead)}
<meta property="mw:PageProp/toc">
${kh(1)}
${ps(kSigns)}
<ul>${lis(kSignList)}</ul>
${ps([kSigns2])}
${kh(2)}
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:AKS_pedigree.svg" class="mw-file-description"><img
src="//upload.wikimedia.org/wikipedia/commons/thumb/7/7d/AKS_pedigree.svg/220px-AKS_pedigree.svg.png" decoding="async" width="220" height="180"
class="mw-file-element"></a><figcaption>Autosomal dominant inheritance: each child of an affected parent has a 50% chance of inheriting the
mutation</figcaption></figure>
${ps([kCause])}
${kh(3)}
${ps(kDiag)}
<table class="wikitable"><caption>Inherited thickening of the palms and soles</caption><tbody>
<tr>${(kRows[0] ?? []).map((c) => `<th>${c}</th>`).join('')}</tr>
${kRows
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}
</tbody></table>
${kh(4)}
${ps(kTreat)}
${kh(5)}
${ps([kEpi])}
${kh(6)}
<ul>${links(kSee)}</ul>
${kh(7)}
<div class="reflist"><div class="mw-references-wrap mw-references-columns"><ol class="references">
${kRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span class="reference-text"><cite
class="citation journal cs1">${r}</cite></span></li>`,
  )
  .join('\n')}
</ol></div></div>
<div class="navbox-styles"></div><div role="navigation" class="navbox" aria-labelledby="Inherited_disorders_of_keratinization"><table class="nowraplinks
mw-collapsible autocollapse navbox-inner"><tbody><tr><th scope="col" class="navbox-title" colspan="2"><div class="plainlinks hlist navbar mini"><ul>
<li class="nv-view"><a href="/wiki/Template:Keratinization_disorders"><abbr title="View this template">v</abbr></a></li>
<li class="nv-talk"><a href="/wiki/Template_talk:Keratinization_disorders"><abbr title="Discuss this template">t</abbr></a></li>
<li class="nv-edit"><a href="/wiki/Special:EditPage/Template:Keratinization_disorders"><abbr title="Edit this template">e</abbr></a></li></ul></div>
<div id="Inherited_disorders_of_keratinization">Inherited disorders of keratinization</div></th></tr>
${kNavGroups
  .map(
    ([g, items]) => `<tr><th scope="row" class="navbox-group">${g}</th><td class="navbox-list navbox-odd hlist"><div><ul>
${links(items)}</ul></div></td></tr>`,
  )
  .join('\n')}
</tbody></table></div>
</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category"
title="Help:Category">Categories</a>: <ul>${links(kCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on
3 February 2027, at 11:42<span class="anonymous-show">&#160;(UTC)</span>.</li>
<li id="footer-info-copyright">Text is available under the <a rel="nofollow"
href="//en.wikipedia.org/wiki/Wikipedia:Text_of_the_Creative_Commons_Attribution-ShareAlike_4.0_International_License">Creative
Commons Attribution-ShareAlike 4.0 License</a>; additional terms may apply. By using this site, you agree to the <a
href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Terms_of_Use">Terms of Use</a> and <a
href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Privacy_policy">Privacy Policy</a>. Wikipedia® is a registered trademark of the <a
href="https://wikimediafoundation.org/">Wikimedia Foundation, Inc.</a>, a non-profit organization.</li></ul>
<ul id="footer-places">${links(kFoot)}</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.eqiad.main-6d8b4f","wgBackendResponseTime":171});});</script>
</body></html>`;
const wikipedia: TestPage = gold({
  name: 'heldout701-wikipedia-aldren-kaye',
  kind: 'wiki',
  html: kHtml,
  title: kTitle,
  headings: kHeads,
  body: texts([...kLead, ...kSigns, ...kSignList, kSigns2, kCause, ...kDiag, ...kRows.map((r) => r.join(' ')), ...kTreat, kEpi]),
  bylines: ['This page was last edited on 3 February 2027, at 11:42 (UTC).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'move to sidebar', 'hide', 'Navigation', ...kMain, 'Contribute', ...kContrib, 'Search', 'Donate',
    'Create account', 'Log in', 'Contents', '(Top)', ...kToc, 'Toggle the table of contents', '4 languages', ...kTabs, ...kViews, 'Tools',
    'General', ...kTools, 'From Wikipedia, the free encyclopedia', 'Not to be confused with Kaye–Orme ichthyosis.',
    'Lamellar peeling of the palm in a nine-year-old with AKS', ...kInfo.flat(),
    'Autosomal dominant inheritance: each child of an affected parent has a 50% chance of inheriting the mutation',
    'Inherited thickening of the palms and soles', 'edit', ...kSee, ...texts(kRefs), 'Inherited disorders of keratinization',
    ...kNavGroups.flatMap(([g, items]) => [g, ...items]), 'Categories', ...kCats,
    'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply.',
    'By using this site, you agree to the Terms of Use and Privacy Policy.',
    'Wikipedia® is a registered trademark of the Wikimedia Foundation, Inc., a non-profit organization.', ...kFoot,
  ],
});

const eBook = 'Introduction to Epidemiology';
const eTitle = 'Introduction to Epidemiology/Measures of Disease Frequency';
const eHeads = ['Prevalence', 'Point and period prevalence', 'Cumulative incidence', 'Incidence rate', 'How prevalence and incidence are related', 'Exercises'];
const eIntro = j(
  'Before we can ask why a disease is more common in one group than another, we need a way to say how common it is. This',
  'chapter introduces the three measures you will use most often: <b>prevalence</b>, <b>cumulative incidence</b> and',
  '<b>incidence rate</b>.',
);
const ePrev = [
  j(
    '<b>Prevalence</b> is the proportion of a population that has a condition at a given time. It is a snapshot: it tells you',
    'how much disease there is, not how fast new cases are appearing.',
  ),
];
const eF1 = '<i>Prevalence</i> = <i>number of people with the condition</i> ÷ <i>number of people in the population</i>';
const ePrev2 = j(
  '<i>Example:</i> In a survey of 2,400 adults in the town of Pellbrook in March 2026, 312 reported a current diagnosis of',
  'asthma. The point prevalence of asthma was therefore 312 ÷ 2,400 = 0.13, or 13%.',
);
const ePoint = j(
  '<b>Point prevalence</b> refers to a single moment, such as the day of a survey. <b>Period prevalence</b> counts everyone who',
  'had the condition at any time during a period, such as a year. Period prevalence is always at least as large as point',
  'prevalence for the same population.',
);
const eCum = j(
  '<b>Cumulative incidence</b>, sometimes called <i>risk</i> or <i>attack rate</i>, is the proportion of people initially free',
  'of a condition who develop it over a stated period.',
);
const eF2 = '<i>Cumulative incidence</i> = <i>number of new cases during the period</i> ÷ <i>number of people at risk at the start</i>';
const eCum2 = [
  j(
    '<i>Example:</i> Of 850 children at Pellbrook primary schools who did not have asthma in September 2024, 34 were newly',
    'diagnosed by September 2026. The two-year cumulative incidence was 34 ÷ 850 = 0.04, or 4%.',
  ),
  j('Cumulative incidence is only meaningful with its time period. A risk of 4% over two years is very different from a risk', 'of 4% over a lifetime.'),
];
const eRate = j(
  'When people are followed for different lengths of time — because they join late, move away or die of something else —',
  'we divide new cases by the total <b>person-time</b> at risk instead.',
);
const eF3 = '<i>Incidence rate</i> = <i>number of new cases</i> ÷ <i>total person-time at risk</i>';
const eRows = [
  ['Group', 'New cases', 'Person-years', 'Rate per 1,000 person-years'],
  ['Smokers', '18', '1,450', '12.4'],
  ['Non-smokers', '22', '4,380', '5.0'],
];
const eRate2 = j('The incidence rate has units (cases per person-year), unlike prevalence and cumulative incidence, which are', 'proportions.');
const eRel = j(
  'In a stable population, prevalence is roughly equal to the incidence rate multiplied by the average duration of the',
  'disease. A condition that is common but short, like the common cold, can have a high incidence and a low prevalence; a',
  'lifelong condition such as diabetes builds up a high prevalence even with a modest incidence.',
);
const eEx = [
  'A village of 600 people has 45 residents with high blood pressure on 1 January. What is the point prevalence?',
  'Over the following year, 12 of the remaining residents are newly diagnosed. What is the one-year cumulative incidence?',
  'Why might the answers to questions 1 and 2 be misleading if many people moved into the village during the year?',
];
const ePrevCh = 'Study Designs';
const eNextCh = 'Bias and Confounding';
const eNavBar = `<table class="noprint" style="width:100%; margin:1em 0; border:1px solid #aaa; background:#f9f9f9; text-align:center;"><tbody><tr>
<td style="width:33%; text-align:left;">← <a href="/wiki/Introduction_to_Epidemiology/Study_Designs"
title="Introduction to Epidemiology/Study Designs">${ePrevCh}</a></td>
<td style="width:34%;"><a href="/wiki/Introduction_to_Epidemiology" title="Introduction to Epidemiology">${eBook}</a></td>
<td style="width:33%; text-align:right;"><a href="/wiki/Introduction_to_Epidemiology/Bias_and_Confounding"
title="Introduction to Epidemiology/Bias and Confounding">${eNextCh}</a> →</td></tr></tbody></table>`;
const eSecs = ['Prevalence', 'Cumulative incidence', 'Incidence rate', 'How prevalence and incidence are related', 'Exercises'];
const eTocNums = ['1', '1.1', '2', '3', '4', '5'];
const eEdit = (n: number): string =>
  `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/w/index.php?title=Introduction_to_Epidemiology/Measures_of_Disease_Frequency&amp;action=edit&amp;section=${n}" title="Edit section">edit</a><span
class="mw-editsection-bracket">]</span></span>`;
const eh = (t: string, n: number, lvl = 2): string => `<h${lvl}><span class="mw-headline" id="${t.replace(/ /g, '_')}">${t}</span>${eEdit(n)}</h${lvl}>`;
const eSide: [string, string, string[]][] = [
  ['p-navigation', 'Navigation', ['Main Page', 'Help', 'Browse', 'Cookbook', 'Wikijunior', 'Featured books', 'Recent changes', 'Random book']],
  ['p-Community', 'Community', ['Reading room forum', 'Community portal', 'Bulletin Board', 'Help out!', 'Policies and guidelines', 'Contact us']],
  ['p-tb', 'Tools', ['What links here', 'Related changes', 'Upload file', 'Special pages', 'Permanent link', 'Page information', 'Cite this page']],
  ['p-coll-print_export', 'Print/export', ['Create a collection', 'Download as PDF', 'Printable version']],
];
const ePersonal = ['Not logged in', 'Discussion for this IP address', 'Contributions', 'Create account', 'Log in'];
const eFoot = ['Privacy policy', 'About Wikibooks', 'Disclaimers', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view'];
const eHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Introduction to Epidemiology/Measures of Disease Frequency - Wikibooks,
open books for an open world</title>
<script>document.documentElement.className="client-js";RLCONF={"wgCanonicalNamespace":"",
"wgPageName":"Introduction_to_Epidemiology/Measures_of_Disease_Frequency",
"wgTitle":"Introduction to Epidemiology/Measures of Disease Frequency","wgCurRevisionId":4410228,"wgArticleId":388120,"wgIsArticle":true};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=site.styles%7Cskins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.44.0-wmf.14"><link rel="canonical"
href="https://en.wikibooks.org/wiki/Introduction_to_Epidemiology/Measures_of_Disease_Frequency"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-Introduction_to_Epidemiology_Measures_of_Disease_Frequency
rootpage-Introduction_to_Epidemiology skin-vector action-view skin-vector-legacy">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"></div><div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${eTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Wikibooks, open books for an open world</div>
<div id="contentSub"><div id="mw-content-subtitle"><div class="subpages">&lt; <bdi dir="ltr"><a href="/wiki/Introduction_to_Epidemiology"
title="Introduction to Epidemiology">${eBook}</a></bdi></div></div></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
${eNavBar}
${ps([eIntro])}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox" style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span
class="toctogglespan"><label class="toctogglelabel" for="toctogglecheckbox"></label></span></div><ul>
${eHeads
  .map(
    (h, i) => `<li class="toclevel-${i === 1 ? 2 : 1}"><a href="#${h.replace(/ /g, '_')}"><span class="tocnumber">${at(eTocNums, i)}</span>
<span class="toctext">${h}</span></a></li>`,
  )
  .join('\n')}
</ul></div>
${eh(at(eSecs, 0), 1)}
${ps(ePrev)}
<dl><dd>${eF1}</dd></dl>
${ps([ePrev2])}
${eh(at(eHeads, 1), 2, 3)}
${ps([ePoint])}
${eh(at(eSecs, 1), 3)}
${ps([eCum])}
<dl><dd>${eF2}</dd></dl>
${ps(eCum2)}
${eh(at(eSecs, 2), 4)}
${ps([eRate])}
<dl><dd>${eF3}</dd></dl>
<table class="wikitable" style="text-align:right"><tbody>
<tr>${(eRows[0] ?? []).map((c) => `<th>${c}</th>`).join('')}</tr>
${eRows
  .slice(1)
  .map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th>${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`)
  .join('\n')}
</tbody></table>
${ps([eRate2])}
${eh(at(eSecs, 3), 5)}
${ps([eRel])}
${eh(at(eSecs, 4), 6)}
<ol>${lis(eEx)}</ol>
${eNavBar}
</div></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://en.wikibooks.org/w/index.php?title=Introduction_to_Epidemiology/Measures_of_Disease_Frequency&amp;oldid=4410228"
>https://en.wikibooks.org/w/index.php?title=Introduction_to_Epidemiology/Measures_of_Disease_Frequency&amp;oldid=4410228</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Category</a>: <ul><li><a href="/wiki/Category:Book:Introduction_to_Epidemiology">Book:Introduction to Epidemiology</a></li>
</ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head">
<nav id="p-personal" class="vector-menu mw-portlet mw-portlet-personal vector-user-menu-legacy"
aria-labelledby="p-personal-label" role="navigation"><h3 id="p-personal-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Personal
tools</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(ePersonal, 'mw-list-item')}</ul></div></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu mw-portlet mw-portlet-namespaces vector-menu-tabs" aria-labelledby="p-namespaces-label"
role="navigation"><h3 id="p-namespaces-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Namespaces</span></h3><div
class="vector-menu-content"><ul class="vector-menu-content-list">${links(['Book', 'Discussion'], 'mw-list-item')}</ul></div></nav></div>
<div id="right-navigation"><nav id="p-views" class="vector-menu mw-portlet mw-portlet-views vector-menu-tabs" aria-labelledby="p-views-label"
role="navigation"><h3 id="p-views-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Views</span></h3><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(['Read', 'Edit', 'Edit source', 'View history'], 'mw-list-item')}</ul></div></nav>
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box-auto-expand-width vector-search-box">
<h3>Search</h3><form action="/w/index.php" id="searchform" class="vector-search-box-form"><div id="simpleSearch" class="vector-search-box-inner"><input
class="vector-search-box-input" type="search" name="search" placeholder="Search Wikibooks" aria-label="Search Wikibooks" id="searchInput"><input
class="searchButton" type="submit" name="go" title="Go to a page with this exact name if it exists" id="searchButton" value="Go"></div></form></div></div></div>
<div id="mw-panel" class="vector-legacy-sidebar"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page"
title="Visit the main page"></a></div>
${eSide
  .map(
    ([id, label, items]) => `<nav id="${id}" class="vector-menu mw-portlet vector-menu-portal portal" aria-labelledby="${id}-label" role="navigation">
<h3 id="${id}-label" class="vector-menu-heading"><span class="vector-menu-heading-label">${label}</span></h3><div class="vector-menu-content"><ul
class="vector-menu-content-list">${links(items, 'mw-list-item')}</ul></div></nav>`,
  )
  .join('\n')}
</div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 22 January 2027,
at 16:05.</li><li id="footer-info-copyright">Text is available under the <a href="//creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike License</a>; additional terms may apply. By using this site, you agree to the <a
href="https://foundation.wikimedia.org/wiki/Policy:Terms_of_Use">Terms of Use</a> and <a
href="https://foundation.wikimedia.org/wiki/Policy:Privacy_policy">Privacy Policy.</a></li></ul>
<ul id="footer-places">${links(eFoot)}</ul></footer></body></html>`;
const wikibooks: TestPage = gold({
  name: 'heldout701-wikibooks-disease-frequency',
  kind: 'wiki',
  html: eHtml,
  title: eTitle,
  headings: eHeads,
  body: texts([eIntro, ...ePrev, eF1, ePrev2, ePoint, eCum, eF2, ...eCum2, eRate, eF3, ...eRows.map((r) => r.join(' ')), eRate2, eRel, ...eEx]),
  bylines: ['This page was last edited on 22 January 2027, at 16:05.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'From Wikibooks, open books for an open world', eBook, 'Jump to navigation', 'Jump to search', ePrevCh, eNextCh, 'Contents',
    ...eTocNums, 'edit', 'Retrieved from "https://en.wikibooks.org/w/index.php?title=Introduction_to_Epidemiology/Measures_of_Disease_Frequency&oldid=4410228"',
    'Category', 'Book:Introduction to Epidemiology', 'Navigation menu', 'Personal tools', ...ePersonal, 'Namespaces', 'Book', 'Discussion',
    'Views', 'Read', 'Edit', 'Edit source', 'View history', 'Search', ...eSide.flatMap(([, label, items]) => [label, ...items]),
    'Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.',
    'By using this site, you agree to the Terms of Use and Privacy Policy.', ...eFoot,
  ],
});

export const HELDOUT701_E: readonly TestPage[] = [wikipedia, wikibooks];
