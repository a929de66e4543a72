import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout712-kit.js';

/**
 * Held-out batch 712, file e: a Wikipedia article on a plant species (Vector 2022, speciesbox taxobox with conservation
 * status, scientific classification and binomial name, references, sister-project boxes, taxon identifiers navbox,
 * categories), and a tiddler in a TiddlyWiki allotment notebook as the browser saves the live page (sidebar with site title,
 * page controls, search and tabs ahead of the story river, tiddler toolbar, subtitle with modifier and date, tag pills, the
 * tiddler store in a JSON script and the empty store area).
 */
const ref = (n: number, k = 0): string =>
  `<sup id="cite_ref-${n}${k > 0 ? `-${k}` : ''}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">&#91;</span>${n}<span
class="cite-bracket">&#93;</span></a></sup>`;
const wTitle = 'Campanula velmorensis';
const wLead = [
  j(
    '<i><b>Campanula velmorensis</b></i>, the <b>Velmor bellflower</b>, is a species of flowering plant in the family',
    '<a href="/wiki/Campanulaceae" title="Campanulaceae">Campanulaceae</a>, endemic to limestone cliffs in the Velmor Mountains. It',
    `is a low, cushion-forming perennial with violet-blue, bell-shaped flowers borne in early summer.${ref(1)} Described in 1998, it`,
    `is one of the rarest bellflowers in Europe and is listed as Vulnerable on the IUCN Red List.${ref(2)}`,
  ),
  j(
    "The species is grown by alpine plant enthusiasts, and a white-flowered selection, 'Velmor Snow', received a preliminary",
    `commendation from the Alpine Garden Circle in 2016.${ref(3)}`,
  ),
];
const wSecs: [string, string[]][] = [
  [
    'Description',
    [
      j(
        '<i>Campanula velmorensis</i> forms dense cushions 5–10 cm (2–4 in) tall and up to 25 cm (10 in) across, arising from a',
        'woody rootstock that wedges into cracks in the rock. The basal leaves are kidney-shaped to rounded, 8–15 mm long, with',
        `shallowly toothed margins and a covering of short grey hairs.${ref(1, 1)}`,
      ),
      j(
        'The flowers appear from late May to early July, singly or in twos and threes on stems up to 8 cm long. The corolla is',
        'broadly bell-shaped, 15–20 mm long, violet-blue with darker veins, and divided to about a third of its length into five',
        `spreading lobes. The calyx lacks the reflexed appendages found in the related <i>C. drinensis</i> group.${ref(4)}`,
      ),
    ],
  ],
  [
    'Taxonomy',
    [
      j(
        'The species was first collected in 1994 by the botanist Ilinca Drăgan during a survey of the Velmor gorge, and was formally',
        `described by Drăgan and Petru Petrescu in 1998.${ref(5)} The specific epithet <i>velmorensis</i> refers to the Velmor`,
        `Mountains. Molecular studies published in 2011 placed it in <i>Campanula</i> sect. <i>Rupestres</i>.${ref(6)}`,
      ),
    ],
  ],
  [
    'Distribution and habitat',
    [
      j(
        '<i>C. velmorensis</i> is known from fewer than ten sites along a 30 km (19 mi) stretch of the Velmor gorge, at altitudes',
        `of 600 to 1,400 m (2,000 to 4,600 ft).${ref(2, 1)} It grows in vertical crevices of north- and east-facing limestone cliffs,`,
        'where it is shaded for part of the day and out of reach of grazing goats.',
      ),
    ],
  ],
  [
    'Cultivation',
    [
      j(
        'In cultivation the plant needs very sharp drainage and is usually grown in a tufa block, a crevice garden or an alpine',
        `house. It is hardy to about −15 °C (5 °F) but dislikes winter wet around the neck of the plant.${ref(3, 1)} It is`,
        'propagated from seed, sown in autumn and left outside over winter, or from basal cuttings in spring.',
      ),
    ],
  ],
  [
    'Conservation',
    [
      j(
        'The species was assessed as Vulnerable in 2019 because of its small range and the threat of quarrying at two of its',
        `sites.${ref(2, 2)} Part of the gorge has been protected since 2008 as the Velmor Gorge Nature Park, and seed is held at`,
        `the Balkan Plant Seed Bank in Sarvena.${ref(7)}`,
      ),
    ],
  ],
];
const wRefs = [
  'Drăgan, I. (2003). Flora of the Velmor Mountains. Sarvena: Academy Press. pp. 211–213.',
  'Petrescu, P. (2019). "Campanula velmorensis". IUCN Red List of Threatened Species. 2019: e.T98765A1234. Retrieved 4 May 2024.',
  'Hollis, R. (2017). "Crevice campanulas in the alpine house". The Alpine Garden Circle Bulletin. 85 (2): 140–147.',
  'Lindgren, M. (2005). "Calyx appendages in Balkan Campanula". Nordic Journal of Botany. 23 (4): 401–410.',
  'Drăgan, I.; Petrescu, P. (1998). "A new Campanula from the Velmor gorge". Acta Botanica Balcanica. 12: 55–59.',
  'Moreau, A.; et al. (2011). "Phylogeny of Campanula sect. Rupestres". Taxon. 60 (3): 702–718.',
  '"Velmor Gorge Nature Park". Ministry of Environment. Retrieved 4 May 2024.',
];
const wInfo = [
  'Kingdom:',
  'Plantae',
  'Clade:',
  'Tracheophytes',
  'Clade:',
  'Angiosperms',
  'Clade:',
  'Eudicots',
  'Clade:',
  'Asterids',
  'Order:',
  'Asterales',
  'Family:',
  'Campanulaceae',
  'Genus:',
  'Campanula',
  'Species:',
  'C. velmorensis',
];
const wIds = ['Wikidata: Q98765432', 'GBIF: 5410733', 'IPNI: 77114203-1', 'POWO: urn:lsid:ipni.org:names:77114203-1'];
const wMenu = ['Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us'];
const wContrib = ['Help', 'Learn to edit', 'Community portal', 'Recent changes', 'Upload file'];
const wCats = ['Campanula', 'Flora of the Velmor Mountains', 'Plants described in 1998', 'IUCN Red List vulnerable species'];
const wEdit = (t: string, n: number): string => `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/w/index.php?title=Campanula_velmorensis&amp;action=edit&amp;section=${n}" title="Edit section: ${t}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span>`;
const wHead = (t: string, n: number): string => `<div class="mw-heading mw-heading2"><h2 id="${t.replace(/ /g, '_')}">${t}</h2>${wEdit(t, n)}</div>`;
const wTocItems = [...wSecs.map(([t]) => t), 'References', 'External links'];
const green = 'text-align: center; background-color: rgb(180,250,180)';
const wHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1
vector-feature-main-menu-pinned-disabled skin-theme-clientpref-day" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Campanula velmorensis -
Wikipedia</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Campanula_velmorensis","wgTitle":"Campanula velmorensis","wgCurRevisionId":1288100452,"wgArticleId":61230987,
"wgCategories":["Campanula","Flora of the Velmor Mountains","Plants described in 1998","IUCN Red List vulnerable species"],"wgIsArticle":true};</script>
<link rel="stylesheet"
href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cext.tmh.player.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.45.0-wmf.2"><meta property="og:title" content="Campanula velmorensis - Wikipedia">
<link rel="canonical" href="https://en.wikipedia.org/wiki/Campanula_velmorensis">
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"Campanula velmorensis",
"url":"https:\\/\\/en.wikipedia.org\\/wiki\\/Campanula_velmorensis","publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."},
"datePublished":"2009-06-11T08:40:02Z","headline":"species of flowering plant"}</script></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable
page-Campanula_velmorensis rootpage-Campanula_velmorensis skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right"
title="Main menu"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox"
aria-label="Main menu"><label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button
cdx-button--fake-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main
menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div
class="vector-pinnable-header vector-main-menu-pinnable-header"><div class="vector-pinnable-header-label">Main menu</div><button
class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar</button><button class="vector-pinnable-header-toggle-button
vector-pinnable-header-unpin-button">hide</button></div>
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(wMenu, 'mw-list-item')}</ul></div></div>
<div id="p-interaction" class="vector-menu mw-portlet mw-portlet-interaction"><div class="vector-menu-heading">Contribute</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(wContrib, 'mw-list-item')}</ul></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/wikipedia.png" alt="" aria-hidden="true" height="50" width="50">
<span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="Wikipedia" src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg"
style="width: 7.5em; height: 1.125em;"><img class="mw-logo-tagline" alt="The Free Encyclopedia" src="/static/images/mobile/copyright/wikipedia-tagline-en.svg"
width="117" height="13"></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail
vector-search-box-auto-expand-width vector-search-box"><a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only
search-toggle" title="Search Wikipedia [f]" accesskey="f"><span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a><div
class="vector-typeahead-search-container"><form action="/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><div
id="simpleSearch" class="cdx-search-input__input-wrapper"><div class="cdx-text-input cdx-text-input--has-start-icon"><input class="cdx-text-input__input"
type="search" name="search" placeholder="Search Wikipedia" aria-label="Search Wikipedia" id="searchInput"></div></div><button class="cdx-button
cdx-search-input__end-button">Search</button></form></div></div>
<nav class="vector-user-links vector-user-links-wide" aria-label="Personal tools"><div class="vector-user-links-main"><div id="p-vector-user-menu-overflow"
class="vector-menu mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-sitesupport-2"
class="user-links-collapsible-item
mw-list-item"><a href="https://donate.wikimedia.org/"><span>Donate</span></a></li><li id="pt-createaccount-2" class="user-links-collapsible-item
mw-list-item"><a href="/w/index.php?title=Special:CreateAccount&amp;returnto=Campanula+velmorensis"><span>Create account</span></a></li><li id="pt-login-2"
class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:UserLogin&amp;returnto=Campanula+velmorensis"><span>Log
in</span></a></li></ul></div></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"></div><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc"
aria-label="Contents" data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container"
class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header
vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button
vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text"
class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${wTocItems
  .map(
    (t, i) => `<li id="toc-${t.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${t.replace(/ /g, '_')}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span>
<span>${t}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main"><i>${wTitle}</i></span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><input type="checkbox" id="p-lang-btn-checkbox" role="button" aria-haspopup="true"
class="vector-dropdown-checkbox mw-interlanguage-selector" aria-label="Go to an article in another language. Available in 6 languages"><label
id="p-lang-btn-label" for="p-lang-btn-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--action-progressive
mw-portlet-lang-heading-6" aria-hidden="true"><span class="vector-icon mw-ui-icon-language-progressive"></span><span class="vector-dropdown-label-text">6
languages</span></label></div></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages"
class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected
vector-tab-noicon mw-list-item"><a href="/wiki/Campanula_velmorensis" title="View the content page [c]" accesskey="c"><span>Article</span></a></li><li
id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:Campanula_velmorensis" rel="discussion" title="Discuss improvements to the content page
[t]" accesskey="t"><span>Talk</span></a></li></ul></div></div></nav></div><div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div
id="p-views" class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-view"
class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Campanula_velmorensis"><span>Read</span></a></li><li id="ca-edit" class="vector-tab-noicon
mw-list-item"><a href="/w/index.php?title=Campanula_velmorensis&amp;action=edit" title="Edit this page [e]" accesskey="e"><span>Edit</span></a></li><li
id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Campanula_velmorensis&amp;action=history" title="Past revisions of this
page [h]" accesskey="h"><span>View history</span></a></li></ul></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content"><div
class="mw-indicators"></div><div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div></div><div id="contentSub"><div
id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">Species of flowering plant</div>
<table class="infobox biota" style="text-align: left; width: 200px; font-size: 100%"><tbody>
<tr><th colspan="2" style="${green}">Velmor bellflower</th></tr>
<tr><td colspan="2" style="text-align: center"><span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Campanula_velmorensis_Velmor.jpg"
class="mw-file-description"><img alt="Violet-blue bell-shaped flowers on a grey limestone cliff"
src="//upload.wikimedia.org/wikipedia/commons/thumb/4/4e/Campanula_velmorensis_Velmor.jpg/250px-Campanula_velmorensis_Velmor.jpg" width="250" height="188"
class="mw-file-element"></a></span></td></tr>
<tr><td colspan="2" style="text-align: center; font-size: 88%">Flowering in the Velmor gorge</td></tr>
<tr><th colspan="2" style="${green}"><a href="/wiki/Conservation_status" title="Conservation status">Conservation status</a></th></tr>
<tr><td colspan="2"><div style="text-align: center"><span typeof="mw:File"><a href="/wiki/File:Status_iucn3.1_VU.svg" class="mw-file-description"><img
alt="" src="//upload.wikimedia.org/wikipedia/commons/thumb/7/72/Status_iucn3.1_VU.svg/244px-Status_iucn3.1_VU.svg.png" width="244" height="64"
class="mw-file-element"></a></span><br><a href="/wiki/Vulnerable_species" title="Vulnerable species">Vulnerable</a>&nbsp;<small>(<a href="/wiki/IUCN_Red_List"
title="IUCN Red List">IUCN 3.1</a>)</small>${ref(2, 3)}</div></td></tr>
<tr><th colspan="2" style="min-width:15em; ${green}"><a href="/wiki/Taxonomy_(biology)" title="Taxonomy (biology)">Scientific classification</a> <span
class="plainlinks taxobox-edit-taxonomy" style="font-size:smaller; float:right; padding-right:0.4em; margin-left:-3em;"><span typeof="mw:File"><a
href="/wiki/Template:Taxonomy/Campanula" title="Edit this classification"><img alt="Edit this classification"
src="//upload.wikimedia.org/wikipedia/commons/thumb/7/74/Red_Pencil_Icon.png/20px-Red_Pencil_Icon.png" width="16" height="16"
class="mw-file-element"></a></span></span></th></tr>
${[0, 2, 4, 6, 8, 10, 12, 14]
  .map((i) => `<tr><td>${at(wInfo, i)}</td><td><a href="/wiki/${at(wInfo, i + 1)}" title="${at(wInfo, i + 1)}">${at(wInfo, i + 1)}</a></td></tr>`)
  .join('\n')}
<tr><td>${at(wInfo, 16)}</td><td><div style="display:inline" class="species"><i><b>${at(wInfo, 17)}</b></i></div></td></tr>
<tr><th colspan="2" style="${green}"><a href="/wiki/Binomial_nomenclature" title="Binomial nomenclature">Binomial name</a></th></tr>
<tr><td colspan="2" style="text-align: center"><span class="binomial"><b><i>${wTitle}</i></b></span><br><div style="font-size: 85%;">Drăgan &amp; Petrescu,
1998</div></td></tr></tbody></table>
${ps(wLead)}
<meta property="mw:PageProp/toc">
${wSecs.map(([t, p], i) => `${wHead(t, i + 1)}\n${ps(p)}`).join('\n')}
${wHead('References', 6)}
<div class="reflist"><div class="mw-references-wrap"><ol class="references">${wRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span class="reference-text"><cite
class="citation cs1">${r}</cite></span></li>`,
  )
  .join('\n')}</ol></div></div>
${wHead('External links', 7)}
<div class="side-box side-box-right plainlinks sistersitebox"><div class="side-box-flex"><div class="side-box-image"><span class="noviewer"
typeof="mw:File"><span><img alt="" src="//upload.wikimedia.org/wikipedia/en/thumb/4/4a/Commons-logo.svg/20px-Commons-logo.svg.png" width="20"
height="27" class="mw-file-element"></span></span></div><div class="side-box-text plainlist">Wikimedia Commons has media related to <span
style="font-weight:bold; font-style:italic;"><a href="https://commons.wikimedia.org/wiki/Category:Campanula_velmorensis">Campanula
velmorensis</a></span>.</div></div></div>
<div class="side-box side-box-right plainlinks sistersitebox"><div class="side-box-flex"><div class="side-box-text plainlist">Wikispecies has information
related
to <i><b><a href="https://species.wikimedia.org/wiki/Campanula_velmorensis">Campanula velmorensis</a></b></i>.</div></div></div>
<div class="navbox-styles"></div><div role="navigation" class="navbox authority-control" aria-label="Navbox" style="padding:3px"><table class="nowraplinks hlist
navbox-inner" style="border-spacing:0;background:transparent;color:inherit"><tbody><tr><th scope="row" class="navbox-group" style="width:1%"><a
href="/wiki/Help:Taxon_identifiers" title="Help:Taxon identifiers">Taxon identifiers</a></th><td class="navbox-list-with-group navbox-list navbox-odd"
style="padding:0"><div style="padding:0 0.25em"><ul>${wIds
  .map((t) => {
    const [k, v] = t.split(': ');
    return `<li><span class="nowrap"><a href="/wiki/${k ?? ''}">${k ?? ''}</a>: <span class="uid"><a rel="nofollow" class="external text"
href="https://example.org/${v ?? ''}">${v ?? ''}</a></span></span></li>`;
  })
  .join('\n')}</ul></div></td></tr></tbody></table></div>
</div></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://en.wikipedia.org/w/index.php?title=Campanula_velmorensis&amp;oldid=1288100452"
>https://en.wikipedia.org/w/index.php?title=Campanula_velmorensis&amp;oldid=1288100452</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category"
title="Help:Category">Categories</a>: <ul>${links(wCats)}</ul></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 22
January
2027, at 17:05<span class="anonymous-show">&#160;(UTC)</span>.</li><li id="footer-info-copyright">Text is available under the <a rel="license"
href="https://en.wikipedia.org/wiki/Wikipedia:Text_of_the_Creative_Commons_Attribution-ShareAlike_4.0_International_License">Creative Commons
Attribution-ShareAlike 4.0 License</a>; additional terms may apply. By using this site, you agree to the <a
href="https://foundation.wikimedia.org/wiki/Policy:Terms_of_Use">Terms of Use</a> and <a
href="https://foundation.wikimedia.org/wiki/Policy:Privacy_policy">Privacy
Policy</a>.</li></ul>
<ul id="footer-places"><li id="footer-places-privacy"><a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Privacy_policy">Privacy
policy</a></li><li id="footer-places-about"><a href="/wiki/Wikipedia:About">About Wikipedia</a></li><li id="footer-places-disclaimers"><a
href="/wiki/Wikipedia:General_disclaimer">Disclaimers</a></li><li id="footer-places-contact"><a href="//en.wikipedia.org/wiki/Wikipedia:Contact_us">Contact
Wikipedia</a></li><li id="footer-places-mobileview"><a href="//en.m.wikipedia.org/w/index.php?title=Campanula_velmorensis&amp;mobileaction=toggle_view_mobile"
class="noprint stopMobileRedirectToggle">Mobile view</a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.codfw.main-5d8b","wgBackendResponseTime":164});});</script></body></html>`;
const wikipedia: TestPage = gold({
  name: 'heldout712-wikipedia-bellflower',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: wSecs.map(([t]) => t),
  body: texts([...wLead, ...wSecs.flatMap(([, p]) => p)]),
  bylines: ['This page was last edited on 22 January 2027, at 17:05 (UTC).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'move to sidebar', 'hide', 'Navigation', ...wMenu, 'Contribute', ...wContrib, 'Search', 'Donate', 'Create account',
    'Log in', 'Contents', '(Top)', ...wTocItems.map((t, i) => `${i + 1} ${t}`), 'Article', 'Talk', 'Read', 'Edit', 'View history',
    'From Wikipedia, the free encyclopedia', 'Velmor bellflower', 'Flowering in the Velmor gorge', 'Conservation status', 'Vulnerable (IUCN 3.1)',
    'Scientific classification', ...wInfo, 'Binomial name', 'Drăgan & Petrescu, 1998', 'edit', 'References', ...wRefs, 'External links',
    'Wikimedia Commons has media related to Campanula velmorensis.', 'Wikispecies has information related to Campanula velmorensis.',
    'Taxon identifiers', ...wIds,
    'Retrieved from "https://en.wikipedia.org/w/index.php?title=Campanula_velmorensis&oldid=1288100452"', 'Categories:', ...wCats,
    'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply. By using this site, you agree to the '
      + 'Terms of Use and Privacy Policy.',
    'Privacy policy', 'About Wikipedia', 'Disclaimers', 'Contact Wikipedia', 'Mobile view',
  ],
});

const tTitle = 'Tomatoes 2027: blight plan';
const tLink = (t: string): string => `<a class="tc-tiddlylink tc-tiddlylink-resolves" href="#${encodeURIComponent(t)}">${t}</a>`;
const tIntro = j(
  'Last year’s outdoor tomatoes went down with blight in the second week of August, three weeks after the first ripe fruit.',
  'Everything in the 14B bed was gone within ten days, and plot 12 and the Hendersons’ plot went the same week. Notes from then are',
  `in ${tLink('Tomatoes 2026')}. This is the plan for 2027.`,
);
const tHeads = ['What went wrong', 'Varieties for this year', 'Changes on the plot', 'If it comes anyway'];
const tWrong = [
  'Planted too close: 40cm apart in a double row, so the leaves never dried after rain.',
  'Watered from above with the hose on warm evenings.',
  'Left the lower leaves on until the end of July.',
  'Grew two old favourites only, neither of which has any blight resistance.',
];
const tVarIntro = j(
  'Sticking to varieties the seed catalogues list as blight-tolerant, plus one cherry for the greenhouse at home, where blight has',
  'never got in:',
);
const tTable = [
  ['Variety', 'Type', 'Where', 'Sown'],
  ['Crimson Vale F1', 'Salad', 'Plot', '3 March'],
  ['Orla', 'Cherry', 'Plot', '3 March'],
  ['Hartfield Plum', 'Plum', 'Plot', '10 March'],
  ['Sunmead Drop', 'Cherry', 'Home greenhouse', '10 March'],
];
const tChanges = [
  'Single row along the south edge of the bed, 60cm apart, with the path side open to the wind.',
  'Straw mulch as soon as they go in, so rain does not splash soil onto the lower leaves.',
  'Take off all leaves below the first truss by mid-July, and any yellowing leaves after that.',
  'Water at the base, in the morning only. The water butt by the shed should cover it if I top it up from the trough on Sundays.',
  'Check the blight warnings for our area twice a week from July, and pick everything showing colour as soon as a warning comes.',
];
const tIf = [
  j(
    'Pull the affected plants straight away and bag them; they do not go on the compost heap. Green fruit without marks can ripen',
    'indoors on a windowsill. The potatoes in the next bed get their haulm cut off at the same time.',
  ),
  `See also ${tLink('Crop rotation plan')} and ${tLink('Seed order 2027')}.`,
];
const tTags = ['Vegetables', '2027'];
const tTabs = ['Open', 'Recent', 'Tools', 'More'];
const tStore = JSON.stringify([
  { title: '$:/SiteTitle', text: 'Plot 14B' },
  { title: '$:/SiteSubtitle', text: 'an allotment notebook' },
  { title: tTitle, tags: 'Vegetables 2027', modifier: 'mara', modified: '20270218214012345', text: '!! What went wrong\n* Planted too close' },
]).replace(/</g, '\\u003C');
const tBtn = (name: string, title: string, label: string): string =>
  `<button aria-label="${label}" class="tc-btn-invisible tc-btn-%24%3A%2Fcore%2Fui%2FButtons%2F${name}" title="${title}"><svg class="tc-image-${name}-button
tc-image-button" width="22pt" height="22pt" viewBox="0 0 128 128"><path d="M64 0L0 64h128z"></path></svg></button>`;
const tHtml = `<!doctype html>
<html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html;charset=utf-8">
<meta name="application-name" content="TiddlyWiki"><meta name="generator" content="TiddlyWiki"><meta name="tiddlywiki-version" content="5.3.3">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="apple-mobile-web-app-capable" content="yes">
<meta name="format-detection" content="telephone=no"><meta name="copyright" content="TiddlyWiki created by Jeremy Ruston">
<link id="faviconLink" rel="shortcut icon" href="favicon.ico"><title>Plot 14B — an allotment notebook</title>
<div id="styleArea"><style data-tiddler-title="$:/boot/boot.css" data-tiddler-type="text/css" type="text/css">.tc-error-form { font-family: sans-serif;
}</style></div>
<style class="tiddlywiki-tiddler-bundle">.tc-tiddler-frame { padding: 28px 42px 42px 42px; } .tc-sidebar-scrollable { position: fixed; }</style></head>
<body class="tc-body">
<div class="tc-page-container-wrapper"><div class="tc-page-container tc-page-view-classic tc-language-en-GB"><div class="tc-dropzone">
<span class="tc-topbar tc-topbar-left"></span><span class="tc-topbar tc-topbar-right"></span>
<div class="tc-sidebar-scrollable" role="region" aria-label="Sidebar" style="left: 770px;"><div class="tc-sidebar-header"><div class="tc-reveal">
<h1 class="tc-site-title"><p>Plot 14B</p></h1><div class="tc-site-subtitle"><p>an allotment notebook</p></div>
<div class="tc-page-controls">${tBtn('home', 'Open the default tiddlers', 'home')}${tBtn('new-tiddler', 'Create a new tiddler', 'new tiddler')}${tBtn(
  'control-panel',
  'Open control panel',
  'control panel',
)}${tBtn('save-wiki', 'Save changes', 'save changes')}</div>
<div class="tc-sidebar-search"><div class="tc-search"><input type="search" placeholder="Search" class="tc-popup-handle" autocomplete="off"><button
class="tc-btn-invisible" title="Advanced search" aria-label="Advanced search"><svg class="tc-image-advanced-search-button tc-image-button"></svg></button></div>
</div>
<div class="tc-tab-set tc-sidebar-tabs-main"><div class="tc-tab-buttons tc-sidebar-tabs-main">${tTabs
  .map((t, i) => `<button class="${i === 0 ? 'tc-tab-selected' : ''}" aria-selected="${i === 0}" role="tab">${t}</button>`)
  .join('')}</div><div class="tc-tab-divider tc-sidebar-tabs-main"></div><div class="tc-tab-content tc-sidebar-tabs-main"><div class="tc-reveal"><div
class="tc-sidebar-lists tc-sidebar-tabs-open"><div class="tc-sidebar-tab-open"><div class="tc-sidebar-tab-open-item"><button class="tc-btn-invisible tc-btn-mini
tc-small-gap-right" title="Close this tiddler">×</button><a class="tc-tiddlylink tc-tiddlylink-resolves" href="#${encodeURIComponent(tTitle)}">${tTitle}</a>
</div>
<button class="tc-btn-invisible tc-btn-big-green" title="Close all tiddlers">close all</button></div></div></div></div></div>
</div></div></div>
<section class="tc-story-river" role="main"><section class="story-backdrop"></section>
<div data-tiddler-title="${tTitle}" data-tags="Vegetables 2027" class="tc-tiddler-frame tc-tiddler-view-frame tc-tiddler-exists tc-tagged-Vegetables
tc-tagged-2027" role="article"><div class="tc-tiddler-title"><div class="tc-titlebar"><span class="tc-tiddler-controls">${tBtn(
  'more-tiddler-actions',
  'More actions',
  'more',
)}${tBtn('edit', 'Edit this tiddler', 'edit')}${tBtn('close', 'Close this tiddler', 'close')}</span><span><span class="tc-tiddler-title-icon"
style="fill:;"></span><h2 class="tc-title">${tTitle}</h2></span></div><div class="tc-tiddler-info tc-popup-handle tc-reveal" hidden="true"></div></div>
<div class="tc-subtitle"><a class="tc-tiddlylink tc-tiddlylink-missing" href="#mara">mara</a> 18th February 2027 at 9:40pm</div>
<div class="tc-tags-wrapper">${tTags
  .map(
    (t) => `<span class="tc-tag-list-item" data-tag-title="${t}"><span class="tc-drop-down-wrapper"><button class="tc-btn-invisible tc-tag-label"
style="background-color:#6cae51; fill:#ffffff; color:#ffffff;"><svg class="tc-image-tag-button tc-image-button"></svg>${t}</button><span class="tc-drop-down
tc-reveal" hidden="true"></span></span></span>`,
  )
  .join('')}</div>
<div class="tc-tiddler-body tc-reveal"><p>${tIntro}</p><h2 class="">${at(tHeads, 0)}</h2><ul>${lis(tWrong)}</ul><h2 class="">${at(tHeads, 1)}</h2>
<p>${tVarIntro}</p><table><tbody>${tTable
  .map((r, i) => `<tr class="${i % 2 === 0 ? 'evenRow' : 'oddRow'}">${r.map((c) => (i === 0 ? `<th>${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`)
  .join('')}</tbody></table><h2 class="">${at(tHeads, 2)}</h2><ol>${lis(tChanges)}</ol><h2 class="">${at(tHeads, 3)}</h2>${ps(tIf)}</div></div>
</section></div></div></div>
<script class="tiddlywiki-tiddler-store" type="application/json">${tStore}</script>
<div id="storeArea" style="display:none;"></div>
<script id="libraryModules" type="text/javascript">$tw = window.$tw || Object.create(null); $tw.modules = $tw.modules || {};</script>
<script id="bootKernelPrefix" type="text/javascript">var _bootprefix = (function($tw) { "use strict"; return $tw; });</script>
<script id="bootKernel" type="text/javascript">$tw.boot = $tw.boot || Object.create(null); $tw.boot.boot();</script>
</body></html>`;
const tiddly: TestPage = gold({
  name: 'heldout712-tiddlywiki-blight-plan',
  kind: 'wiki',
  html: tHtml,
  title: tTitle,
  headings: tHeads,
  body: texts([tIntro, ...tWrong, tVarIntro, ...tTable.map((r) => r.join(' ')), ...tChanges, ...tIf]),
  bylines: ['mara', '18th February 2027 at 9:40pm'],
  furniture: ['Plot 14B', 'an allotment notebook', ...tTabs, 'close all', ...tTags],
});

export const HELDOUT712_E: readonly TestPage[] = [wikipedia, tiddly];
