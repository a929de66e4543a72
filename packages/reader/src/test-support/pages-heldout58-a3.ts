import { links, plain, type TestPage } from './page-kit.js';

/**
 * Held-out batch 58, file a3: an English Wikipedia biography as the mobile site (en.m.wikipedia.org, Minerva skin) serves it
 * (the header with the main-menu drawer, wordmark and search, the page-actions bar with Language, Watch and Edit, a hatnote, a
 * page-issues box, the infobox, the lead in section 0, collapsible sections behind "section-heading" bars with their edit
 * buttons and the inline script that opens them, a thumbnail caption, footnote marks, References and External links sections,
 * the "Last edited ... by" bar, the "Related articles" cards, the languages list and the Minerva footer).
 */
let refN = 0;
const cite = (p: string): string =>
  p.replace(
    /\[(\d+)\]/g,
    (_m, n: string) =>
      `<sup id="cite_ref-${n}-${refN++}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">&#91;</span>${n}<span class="cite-bracket">\
&#93;</span></a></sup>`,
  );
/** The plain runs of the paragraphs between their citation marks (the marks are in neither list). */
const runs = (ps: readonly string[]): string[] => ps.flatMap((p) => p.split(/\[\d+\]/).map(plain)).filter((s) => s !== '');
const para = (ps: readonly string[]): string => ps.map((p) => `<p>${cite(p)}\n</p>`).join('\n');
/** A collapsible section: Minerva's heading bar, then the section's content. */
const section = (n: number, id: string, text: string, content: string): string =>
  `<div class="mw-heading mw-heading2 section-heading" onclick="mfTempOpenSection(${n})"><span class="indicator mf-icon mf-icon-expand mf-icon--small">\
</span>` +
  `<h2 id="${id}">${text}</h2><span class="mw-editsection"><a role="button" href="/w/index.php?title=Hollis_Brannagh&amp;action=edit&amp;section=${n}" ` +
  `title="Edit section: ${text}" class="cdx-button cdx-button--size-large cdx-button--fake-button cdx-button--icon-only cdx-button--weight-quiet">` +
  `<span class="minerva-icon minerva-icon--edit"></span><span>edit</span></a></span></div><section class="mf-section-${n} collapsible-block" \
id="mf-section-${n}">` +
  `${content}</section>`;
const h3 = (id: string, text: string): string => `<div class="mw-heading mw-heading3"><h3 id="${id}">${text}</h3></div>`;

const mbTitle = 'Hollis Brannagh';
const mbLead = [
  '<b>Hollis Ada Brannagh</b> (14 April 1931 – 2 November 2019) was an Irish botanist and plant collector who specialised in the cushion plants of the ' +
    'southern <a href="/wiki/Andes">Andes</a>. Over four decades at the Lismore Herbarium she described more than sixty species, many of them from ' +
    'specimens she had collected herself in <a href="/wiki/Patagonia">Patagonia</a> and <a href="/wiki/Tierra_del_Fuego">Tierra del Fuego</a>.[1][2]',
  'Brannagh was the first woman to lead a botanical expedition across the Cordillera Darwin, in 1968, and her field notebooks remain a standard source ' +
    "for the region's alpine flora.[3]",
];
const mbH = ['Early life and education', 'Career', 'Lismore Herbarium', 'Expeditions', 'Personal life', 'Honours'] as const;
const mbEarly = [
  'Brannagh was born in Clonmel, County Tipperary, the youngest of five children of a schoolteacher and a pharmacist. She later said that her interest ' +
    "in plants began with her father's habit of pressing wild flowers between the pages of his account books.[4]",
  'She studied natural sciences at Trinity College Dublin, graduating in 1953, and completed a doctorate on the mosses of the Galtee Mountains in 1957 ' +
    'under the supervision of Ruairí Feeney.[5][6]',
];
const mbHerb = [
  "Brannagh joined the Lismore Herbarium as an assistant keeper in 1958. Her early work was on the herbarium's neglected South American collections, " +
    'many of which had never been properly named, and it was while sorting a crate of Patagonian specimens in 1961 that she found the first of the ' +
    'cushion plants that would occupy the rest of her career.[7]',
  'She became keeper in 1979, the first woman to hold the post, and oversaw the move of the collections to a new building on the Blackwater in 1986.[8]',
];
const mbExp = [
  'Between 1964 and 1991 Brannagh led or joined eleven expeditions to southern Chile and Argentina. The best known, in 1968, crossed the Cordillera ' +
    'Darwin on foot and returned with more than 4,000 specimens, among them eight species new to science.[3][9]',
  'Her companions described her as tireless and exacting. One of them, the Chilean geologist Tomás Ibarra, recalled that she refused to strike camp ' +
    'until every specimen had been pressed and labelled, even in driving sleet.[10]',
];
const mbPersonal = [
  'Brannagh never married. She lived for most of her working life in a cottage outside Lismore, where she kept a small alpine garden raised from her ' +
    'own seed. She died there in November 2019, at the age of 88.[2]',
];
const mbHonours = [
  'Fellow of the Linnean Society of London (1972)',
  'Harlow Medal of the Alpine Garden Club (1988)',
  'Honorary doctorate, University College Cork (1996)',
  'The genus <i>Brannaghia</i> (1994) and the species <i>Azorella brannaghiae</i> are named in her honour',
];
const mbCap = 'Brannagh at the Lismore Herbarium in 1979';
const mbIssue = [
  'This article needs additional citations for verification.',
  'Please help improve this article by adding citations to reliable sources.',
  'Unsourced material may be challenged and removed.',
];
const mbRefs = [
  'Corran, Elspeth (2020). "Hollis Brannagh (1931–2019)". Irish Naturalists\' Journal. 37 (2): 101–104.',
  '"Obituary: Hollis Brannagh, botanist". The Irish Times. 9 November 2019. Retrieved 4 January 2026.',
  'Ibarra, Tomás (1970). A través de la Cordillera Darwin. Santiago: Editorial Austral. pp. 12–19.',
];
const mbExt = ['Hollis Brannagh collection at the Lismore Herbarium', 'Works by Hollis Brannagh at the Biodiversity Heritage Library'];
const mbMenu = ['Home', 'Random', 'Nearby', 'Log in', 'Settings', 'Donate', 'About Wikipedia', 'Disclaimers'];
const mbRelated = ['Elspeth Corran', 'Irish mycologist (1902–1988)', 'Azorella', 'Genus of flowering plants', 'Cordillera Darwin', 'Mountain range in Chile'];
const mbFoot = ['Privacy policy', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Terms of Use', 'Desktop'];
const mbHtml = `<!DOCTYPE html>
<html class="client-nojs skin-theme-clientpref-day mf-expand-sections-clientpref-0 mf-font-size-clientpref-small mw-mf-amc-clientpref-0" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mbTitle} - Wikipedia</title>
<script>(function(){var className="client-js skin-theme-clientpref-day mf-expand-sections-clientpref-0";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Hollis_Brannagh","wgTitle":"Hollis Brannagh","wgMFMode":"stable","wgMFAmc":false,"wgMinervaPermissions":{"watch":true}};</script>
<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes, minimum-scale=0.25, maximum-scale=5.0">
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=skins.minerva.styles%7Cmobile.init.styles&amp;only=styles&amp;skin=minerva">
<link rel="canonical" href="https://en.wikipedia.org/wiki/Hollis_Brannagh"><meta name="theme-color" content="#eaecf0"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-Hollis_Brannagh rootpage-Hollis_Brannagh stable issues-group-B \
skin-minerva action-view skin--responsive mw-mf-amc-disabled mw-mf"><div id="mw-mf-viewport"><div id="mw-mf-page-center"><a class="mw-mf-page-center__mask" \
href="#"></a>
<header class="header-container header-chrome"><div class="minerva-header"><nav class="navigation-drawer toggle-list view-border-box">
<input type="checkbox" id="main-menu-input" class="toggle-list__checkbox" role="button" aria-haspopup="true" aria-expanded="false" \
aria-labelledby="mw-mf-main-menu-button">
<label role="button" for="main-menu-input" id="mw-mf-main-menu-button" aria-hidden="true" class="cdx-button cdx-button--size-large cdx-button--icon-only \
cdx-button--weight-quiet toggle-list__toggle"><span class="minerva-icon minerva-icon--menu"></span><span>Open main menu</span></label>
<div id="mw-mf-page-left" class="menu view-border-box"><ul id="p-navigation" class="toggle-list__list">${links(mbMenu.slice(0, 3), 'toggle-list-item')}</ul>
<ul id="p-personal" class="toggle-list__list">${links(mbMenu.slice(3, 4), 'toggle-list-item')}</ul><ul id="pt-preferences" class="toggle-list__list">\
${links(mbMenu.slice(4, 5), 'toggle-list-item')}</ul><ul id="p-donation" class="toggle-list__list">${links(mbMenu.slice(5, 6), 'toggle-list-item')}</ul>
<ul class="hlist">${links(mbMenu.slice(6))}</ul></div><label class="main-menu-mask" for="main-menu-input"></label></nav>
<div class="branding-box"><a href="/wiki/Main_Page"><span><img src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg" alt="Wikipedia" width="120" \
height="18" style="width: 7.5em; height: 1.125em;"></span></a></div><form action="/w/index.php" method="get" class="minerva-search-form">
<div class="search-box"><input type="hidden" name="title" value="Special:Search"><input class="search skin-minerva-search-trigger" id="searchInput" \
type="search" \
name="search" placeholder="Search Wikipedia" aria-label="Search Wikipedia" autocapitalize="sentences" accesskey="f"></div>
<button id="searchIcon" class="cdx-button cdx-button--size-large cdx-button--icon-only cdx-button--weight-quiet skin-minerva-search-trigger">\
<span class="minerva-icon minerva-icon--search"></span><span>Search</span></button></form><nav class="minerva-user-navigation" aria-label="User navigation">\
</nav>
</div></header><main id="content" class="mw-body"><div class="banner-container"><div id="siteNotice"></div></div>
<div class="pre-content heading-holder"><div class="page-heading"><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">\
${mbTitle}</span></h1><div class="tagline"></div></div><nav class="page-actions-menu"><ul id="p-views" class="page-actions-menu__list">
<li id="language-selector" class="page-actions-menu__list-item"><a role="button" href="#p-lang" data-mw="interface" title="Language" class="cdx-button \
cdx-button--size-large cdx-button--fake-button cdx-button--icon-only cdx-button--weight-quiet language-selector"><span class="minerva-icon \
minerva-icon--language">\
</span><span>Language</span></a></li><li id="page-actions-watch" class="page-actions-menu__list-item"><a role="button" id="ca-watch" \
href="/w/index.php?title=Special:UserLogin&amp;returnto=Hollis+Brannagh" class="cdx-button cdx-button--fake-button cdx-button--icon-only \
menu__item--page-actions-watch">\
<span class="minerva-icon minerva-icon--star"></span><span>Watch</span></a></li><li id="page-actions-edit" class="page-actions-menu__list-item">\
<a role="button" id="ca-edit" href="/w/index.php?title=Hollis_Brannagh&amp;action=edit" class="edit-page menu__item--page-actions-edit cdx-button \
cdx-button--fake-button cdx-button--icon-only"><span class="minerva-icon minerva-icon--edit"></span><span>Edit</span></a></li></ul></nav>
<!-- version 1.46.0-wmf.8 (f3a91c2) --><div id="mw-content-subtitle"></div></div><div id="bodyContent" class="content">
<div id="mw-content-text" class="mw-body-content"><script>function mfTempOpenSection(id){var block=document.getElementById("mf-section-"+id);\
block.className+=" open-block";block.previousSibling.className+=" open-block";}</script><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<section class="mf-section-0" id="mf-section-0"><div role="note" class="hatnote navigation-not-searchable">For the Australian rower, see \
<a href="/wiki/Hollis_Brannagh_(rower)">Hollis Brannagh (rower)</a>.</div>
<table class="box-More_citations_needed plainlinks metadata ambox ambox-content ambox-Refimprove" role="presentation"><tbody><tr><td class="mbox-image">\
<span typeof="mw:File"><span><img alt="" src="//upload.wikimedia.org/wikipedia/en/thumb/9/99/Question_book-new.svg/60px-Question_book-new.svg.png" width="50" \
height="39">\
</span></span></td><td class="mbox-text"><div class="mbox-text-span">${mbIssue[0]} <span class="hide-when-compact">${mbIssue[1]} ${mbIssue[2]}<br><small>\
<span class="plainlinks"><i>Find sources:</i> <a rel="nofollow" class="external text" \
href="https://www.google.com/search?as_eq=wikipedia&amp;q=%22Hollis+Brannagh%22">\
"Hollis Brannagh"</a> – <a rel="nofollow" class="external text" href="https://www.google.com/search?tbm=nws&amp;q=%22Hollis+Brannagh%22">news</a> · \
<a rel="nofollow" class="external text" href="https://scholar.google.com/scholar?q=%22Hollis+Brannagh%22">scholar</a></span></small></span> <span \
class="date-container">\
<i>(<span class="date">January 2026</span>)</i></span><span class="hide-when-compact"><i> (<small><a href="/wiki/Help:Maintenance_template_removal">\
Learn how and when to remove this message</a></small>)</i></span></div></td></tr></tbody></table>
<table class="infobox biography vcard"><tbody><tr><th colspan="2" class="infobox-above"><div class="fn">Hollis Brannagh</div></th></tr>
<tr><td colspan="2" class="infobox-image"><span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Hollis_Brannagh_1979.jpg" \
class="mw-file-description"><img src="//upload.wikimedia.org/wikipedia/en/thumb/2/2b/Hollis_Brannagh_1979.jpg/220px-Hollis_Brannagh_1979.jpg" decoding="async" \
width="220" height="293" class="mw-file-element"></a></span><div class="infobox-caption">${mbCap}</div></td></tr>
<tr><th scope="row" class="infobox-label">Born</th><td class="infobox-data">Hollis Ada Brannagh<br>14 April 1931<br><div class="birthplace">Clonmel, \
Ireland</div></td></tr>
<tr><th scope="row" class="infobox-label">Died</th><td class="infobox-data">2 November 2019 (aged 88)<br>Lismore, County Waterford</td></tr>
<tr><th scope="row" class="infobox-label">Alma mater</th><td class="infobox-data">Trinity College Dublin</td></tr><tr><th scope="row" class="infobox-label">\
Known for</th><td class="infobox-data">Andean cushion plants</td></tr><tr><th scope="row" class="infobox-label">Author abbrev. (botany)</th>\
<td class="infobox-data">Brannagh</td></tr></tbody></table>
${para(mbLead)}
</section>${section(1, 'Early_life_and_education', mbH[0], para(mbEarly))}
${section(
  2,
  'Career',
  mbH[1],
  `${h3('Lismore_Herbarium', mbH[2])}${para(mbHerb)}${h3('Expeditions', mbH[3])}\
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Cordillera_Darwin_1968.jpg" class="mw-file-description"><img alt="" \
src="//upload.wikimedia.org/wikipedia/commons/thumb/7/7e/Cordillera_Darwin_1968.jpg/250px-Cordillera_Darwin_1968.jpg" width="250" height="180" \
class="mw-file-element" loading="lazy"></a><figcaption>The 1968 expedition's base camp below Monte Roncagli</figcaption></figure>${para(mbExp)}`,
)}
${section(3, 'Personal_life', mbH[4], para(mbPersonal))}
${section(4, 'Honours', mbH[5], `<ul>${mbHonours.map((t) => `<li>${t}</li>`).join('\n')}</ul>`)}
${section(
  5,
  'References',
  'References',
  `<div class="reflist"><div class="mw-references-wrap"><ol class="references">${mbRefs
    .map(
      (r, i) =>
        `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">^</a></span> <span class="reference-text">${r}</span></li>`,
    )
    .join('\n')}</ol></div></div>`,
)}
${section(6, 'External_links', 'External links', `<ul>${links(mbExt)}</ul>`)}
</div><noscript><img src="https://en.wikipedia.org/wiki/Special:CentralAutoLogin/start?type=1x1&amp;mobile=1" alt="" width="1" height="1"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="https://en.wikipedia.org/w/index.php?title=Hollis_Brannagh&amp;oldid=1276551093">\
https://en.wikipedia.org/w/index.php?title=Hollis_Brannagh&amp;oldid=1276551093</a>"</div></div></div>
<div class="post-content" id="page-secondary-actions"></div></main><footer class="mw-footer minerva-footer" role="contentinfo">
<a class="last-modified-bar" href="/wiki/Special:History/Hollis_Brannagh"><div class="post-content last-modified-bar__content">\
<span class="minerva-icon minerva-icon-size-medium minerva-icon--modified-history"></span><span class="last-modified-bar__text modified-enhancement" \
data-user-name="Quillfeather" data-user-gender="unknown" data-timestamp="1771538700"><span>Last edited 12 days ago by Quillfeather</span></span>\
<span class="minerva-icon minerva-icon-size-small minerva-icon--expand"></span></div></a><div class="post-content footer-content">
<div id="mw-data-after-content"><div class="read-more-container"><aside class="ext-related-articles-card-list-v"><h2 \
class="ext-related-articles-card-list-heading">\
Related articles</h2><ul class="ext-related-articles-card-list">${[0, 2, 4]
  .map(
    (i) =>
      `<li class="ext-related-articles-card"><a href="/wiki/${mbRelated[i]?.replace(/ /g, '_')}" class="ext-related-articles-card-thumbnail-container"></a>` +
      `<div class="ext-related-articles-card-detail"><h3 class="ext-related-articles-card-title"><a href="/wiki/${mbRelated[i]?.replace(/ /g, '_')}">\
${mbRelated[i]}</a></h3>` +
      `<p class="ext-related-articles-card-extract">${mbRelated[i + 1]}</p></div></li>`,
  )
  .join('\n')}</ul></aside></div></div>
<div id="p-lang" class="minerva-languages"><h4>Languages</h4><section><ul class="minerva-languages">\
<li class="interlanguage-link interwiki-es mw-list-item"><a href="https://es.m.wikipedia.org/wiki/Hollis_Brannagh" lang="es" hreflang="es"><span>Español</span>\
</a></li>\
<li class="interlanguage-link interwiki-ga mw-list-item"><a href="https://ga.m.wikipedia.org/wiki/Hollis_Brannagh" lang="ga" hreflang="ga">\
<span>Gaeilge</span>\
</a></li></ul>\
</section></div><div class="minerva-footer-logo"><img src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg" alt="Wikipedia" width="120" height="18">\
</div>
<ul id="footer-info" class="footer-info hlist hlist-separated"><li id="footer-info-lastmod"> This page was last edited on 19 February 2026, at 22:05\
<span class="anonymous-show">&#160;(UTC)</span>.</li><li id="footer-info-copyright">Content is available under <a class="external" rel="nofollow" \
href="https://creativecommons.org/licenses/by-sa/4.0/deed.en">CC BY-SA 4.0</a> unless otherwise noted.</li></ul>
<ul id="footer-places" class="footer-places hlist hlist-separated">${links(mbFoot)}</ul></div></footer></div></div>
<div class="mw-notification-area" data-mw="interface"></div><!-- v:8.3.1 -->
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.codfw.main-5c7d9b8f6-t8mzr","wgBackendResponseTime":143});});</script>
</body></html>`;
export const wikipediaMobile: TestPage = {
  html: mbHtml,
  name: 'heldout58-wikipedia-mobile',
  kind: 'wiki',
  // body: the lead, the sections' paragraphs and the Honours list (a list of the subject's honours, article text), as the runs
  // between the citation marks (the marks in neither list); the infobox is article data in a table: neither; the hatnote and
  // the page-issues box are furniture, as are the caption, References and External links with their headings, the
  // "Related articles" cards, the languages list, menus and footer; "Last edited 12 days ago by Quillfeather" and the
  // footer's "last edited on" line are the page's author/date lines: bylines; two card titles ("Azorella", "Cordillera Darwin")
  // are words of the body: left out
  title: mbTitle,
  headings: [...mbH],
  body: [...runs(mbLead), ...runs(mbEarly), ...runs(mbHerb), ...runs(mbExp), ...runs(mbPersonal), ...mbHonours.map(plain)],
  bylines: ['Last edited 12 days ago by Quillfeather', 'This page was last edited on 19 February 2026, at 22:05'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Open main menu', ...mbMenu, 'Search', 'Language', 'Watch', 'Edit', 'For the Australian rower, see Hollis Brannagh (rower).', ...mbIssue,
    'Find sources:', 'news', 'scholar', 'Learn how and when to remove this message', mbCap, "The 1968 expedition's base camp below Monte Roncagli", 'edit',
    'References', ...mbRefs, 'External links', ...mbExt, 'Retrieved from', 'Related articles', ...mbRelated.filter((_t, i) => i !== 2 && i !== 4),
    'Languages', 'Español', 'Gaeilge',
    'Content is available under CC BY-SA 4.0 unless otherwise noted.', ...mbFoot,
  ],
};
