import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout711-kit.js';

/**
 * Held-out batch 711, file e: a Wikipedia article on a regional turboprop airliner (Vector 2022, hatnote, aircraft infobox,
 * citation markers, variants as a definition list, an orders table with a caption, the aircraft specifications list, "See also",
 * references, a navbox and categories), and a page about a branch line on a railway fan wiki hosted on Fandom (global navigation,
 * community header, page header with categories and actions, portable infobox, table of contents, a stations table, trivia,
 * references, navbox, right rail, Fan Feed, categories and the Fandom footer).
 */
const ref = (n: number): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">&#91;</span>${n}<span
class="cite-bracket">&#93;</span></a></sup>`;
const wTitle = 'Vantor V-72';
const wLead = [
  j(
    'The <b>Vantor V-72</b> is a twin-engine turboprop regional airliner developed and produced by Vantor Aerospace at its plant',
    `in Elsfleth. A stretched development of the earlier V-50, it seats 68 to 74 passengers and first flew on 14 June 2016.${ref(1)}`,
    'It entered service with Carrow Air in April 2019.',
  ),
  j(
    'The V-72 is powered by two Orrin PT-30 turboprop engines driving six-bladed propellers. By the end of 2026, 214 aircraft had',
    `been delivered to 17 operators, making it the best-selling regional turboprop of its generation in Europe.${ref(2)}`,
  ),
];
type WSec = [string, 'h2' | 'h3', string[]];
const wSecs: WSec[] = [
  ['Development', 'h2', []],
  [
    'Origins',
    'h3',
    [
      j(
        'Vantor began studying a larger version of the 50-seat V-50 in 2011, after several of its customers asked for an aircraft',
        'that could replace both their turboprops and their older regional jets on routes of up to 900 km. The company considered a',
        `simple fuselage stretch but decided in 2013 on a new wing and engines, at an estimated cost of €1.1 billion.${ref(3)}`,
      ),
    ],
  ],
  [
    'Testing and certification',
    'h3',
    [
      j(
        'Three flight-test aircraft flew a combined 1,640 hours. Testing was delayed by about five months in 2017 after vibration',
        `was found in the propeller hubs at high power settings, which was cured by changing the blade pitch schedule.${ref(4)} The`,
        'type received its certificate in November 2018.',
      ),
    ],
  ],
  [
    'Design',
    'h2',
    [
      j(
        'The V-72 is a high-wing monoplane with a T-tail and a retractable tricycle landing gear, the main units of which retract',
        'into fairings on the lower fuselage. The wing is made largely of carbon-fibre composite and has a span of 27.8 m. The cabin',
        'is 2.6 m wide and seats four abreast at a pitch of 76 to 81 cm.',
      ),
      j(
        'The flight deck has four large display screens and is shared with the V-50, so that pilots can fly both types with a common',
        `type rating after a short differences course.${ref(5)}`,
      ),
    ],
  ],
];
const wVariants: [string, string][] = [
  ['V-72-300', 'Initial production version with a maximum take-off weight of 22,800 kg. 61 built.'],
  ['V-72-500', 'Main production version from 2021, with uprated PT-30B engines and a maximum take-off weight of 23,400 kg.'],
  ['V-72F', 'Freighter conversion of the -300 with a large cargo door on the left side, first delivered in 2026.'],
];
const wOrders = [
  ['Customer', 'Orders', 'Delivered'],
  ['Carrow Air', '24', '19'],
  ['Norvane Air', '40', '31'],
  ['Lisvane Airways', '18', '18'],
  ['Other customers', '180', '146'],
  ['Total', '262', '214'],
];
const wAccidents = j(
  'On 11 February 2024, a Lisvane Airways V-72-300 overran the runway at Port Edra after landing in heavy rain. None of the 52',
  `people on board was seriously hurt, but the aircraft was written off.${ref(6)} The investigation found that the crew had`,
  'landed long and that the runway surface had not drained properly.',
);
const wSpecData = `<i>Data from</i> Vantor type data sheet${ref(7)}`;
const wGeneral = [
  '<b>Crew:</b> 2',
  '<b>Capacity:</b> 68–74 passengers',
  '<b>Length:</b> 27.17&#160;m (89&#160;ft 2&#160;in)',
  '<b>Wingspan:</b> 27.80&#160;m (91&#160;ft 2&#160;in)',
  '<b>Height:</b> 7.65&#160;m (25&#160;ft 1&#160;in)',
  '<b>Max takeoff weight:</b> 23,400&#160;kg (51,588&#160;lb)',
  '<b>Powerplant:</b> 2 × Orrin PT-30B turboprop, 2,050&#160;kW (2,750&#160;hp) each',
];
const wPerf = [
  '<b>Cruise speed:</b> 520&#160;km/h (320&#160;mph, 280&#160;kn)',
  '<b>Range:</b> 1,480&#160;km (920&#160;mi, 800&#160;nmi) with 70 passengers',
  '<b>Service ceiling:</b> 7,620&#160;m (25,000&#160;ft)',
];
const wRefs = [
  '"V-72 takes to the air". AeroDispatch. 14 June 2016. Retrieved 20 June 2016.',
  'Tarrant, Imogen (12 January 2027). "Vantor delivered 41 V-72s last year". AeroDispatch. Retrieved 15 January 2027.',
  'Grieve, Alasdair (3 May 2013). "Vantor commits to new wing for V-72". Regional Airline Review. pp. 12–14.',
  '"Vibration issue pushes back V-72 certification". AeroDispatch. 9 August 2017. Retrieved 10 August 2017.',
  '"V-72 and V-50 to share common type rating". Vantor Aerospace (Press release). 21 November 2018.',
  '"Final report on the runway overrun at Port Edra" (PDF). Air Accident Investigation Board. 2025.',
  '"Type certificate data sheet V-72" (PDF). Vantor Aerospace. 2024. Retrieved 2 March 2027.',
];
const wInfo = [
  'Role',
  'Regional airliner',
  'Manufacturer',
  'Vantor Aerospace',
  'First flight',
  '14 June 2016',
  'Introduction',
  'April 2019 with Carrow Air',
  'Status',
  'In service',
  'Primary users',
  'Norvane Air',
  'Carrow Air',
  'Lisvane Airways',
  'Produced',
  '2017–present',
  'Number built',
  '214 (as of December 2026)',
  'Developed from',
  'Vantor V-50',
];
const wSeeAlso = ['Vantor V-50', 'Aerolith A9', 'Kestrel KR-70'];
const wMenu = ['Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us'];
const wNavbox = ['Vantor Aerospace aircraft', 'V-30', 'V-50', 'V-72', 'V-90 (cancelled)'];
const wCats = ['2010s international airliners', 'Vantor aircraft', 'Twin-turboprop tractor aircraft', 'High-wing aircraft', 'T-tail aircraft'];
const wEdit = (t: string, n: number): string => `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/w/index.php?title=Vantor_V-72&amp;action=edit&amp;section=${n}" title="Edit section: ${t}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span>`;
let wN = 0;
const wHead = (t: string, lvl: 'h2' | 'h3'): string => {
  wN += 1;
  return `<div class="mw-heading mw-heading${lvl.slice(1)}"><${lvl} id="${t.replace(/ /g, '_')}">${t}</${lvl}>${wEdit(t, wN)}</div>`;
};
const wTocList = [
  ['1', 'Development'],
  ['1.1', 'Origins'],
  ['1.2', 'Testing and certification'],
  ['2', 'Design'],
  ['3', 'Variants'],
  ['4', 'Orders and deliveries'],
  ['5', 'Accidents and incidents'],
  ['6', 'Specifications (V-72-500)'],
  ['7', 'See also'],
  ['8', 'References'],
];
const wBodyHtml = `<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">Regional turboprop airliner</div>
<div role="note" class="hatnote navigation-not-searchable">Not to be confused with the <a href="/wiki/Vantor_V-27" title="Vantor V-27">Vantor V-27</a>
light transport.</div>
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${wTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Carrow_Air_V-72.jpg"
class="mw-file-description"><img src="//upload.wikimedia.org/wikipedia/commons/thumb/c/c4/Carrow_Air_V-72.jpg/300px-Carrow_Air_V-72.jpg"
decoding="async" width="300" height="200" class="mw-file-element"></a></span><div class="infobox-caption">A Carrow Air V-72-500 landing at Bramford
in 2025</div></td></tr>
<tr><td colspan="2" class="infobox-subheader">General information</td></tr>
${[0, 2, 4, 6, 8].map((i) => `<tr><th scope="row" class="infobox-label">${at(wInfo, i)}</th><td class="infobox-data">${at(wInfo, i + 1)}</td></tr>`).join('\n')}
<tr><th scope="row" class="infobox-label">${at(wInfo, 10)}</th><td class="infobox-data"><a href="/wiki/Norvane_Air">${at(wInfo, 11)}</a><br><a
href="/wiki/Carrow_Air">${at(wInfo, 12)}</a><br><a href="/wiki/Lisvane_Airways">${at(wInfo, 13)}</a></td></tr>
<tr><td colspan="2" class="infobox-subheader">History</td></tr>
${[14, 16, 18]
  .map((i) => `<tr><th scope="row" class="infobox-label">${at(wInfo, i)}</th><td class="infobox-data">${at(wInfo, i + 1)}</td></tr>`)
  .join('\n')}</tbody></table>
${ps(wLead)}
${wSecs.map(([t, lvl, paras]) => `${wHead(t, lvl)}\n${ps(paras)}`).join('\n')}
${wHead('Variants', 'h2')}
<dl>${wVariants.map(([t, d]) => `<dt>${t}</dt><dd>${d}</dd>`).join('\n')}</dl>
${wHead('Orders and deliveries', 'h2')}
<table class="wikitable sortable"><caption>V-72 orders and deliveries (as of 31 December 2026)${ref(2)}</caption><tbody>
<tr>${(wOrders[0] ?? []).map((c) => `<th>${c}</th>`).join('')}</tr>
${wOrders
  .slice(1)
  .map((r) => `<tr>${r.map((c, i) => (i === 0 && c === 'Total' ? `<th>${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`)
  .join('\n')}</tbody></table>
${wHead('Accidents and incidents', 'h2')}
<p>${wAccidents}</p>
${wHead('Specifications (V-72-500)', 'h2')}
<p><small>${wSpecData}</small></p>
<p><b>General characteristics</b></p>
<ul>${lis(wGeneral)}</ul>
<p><b>Performance</b></p>
<ul>${lis(wPerf)}</ul>
${wHead('See also', 'h2')}
<div class="excerpt-block"><p><b>Related development</b></p><ul><li><a href="/wiki/Vantor_V-50">${at(wSeeAlso, 0)}</a></li></ul>
<p><b>Aircraft of comparable role, configuration, and era</b></p><ul>${wSeeAlso
  .slice(1)
  .map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`)
  .join('')}</ul></div>
${wHead('References', 'h2')}
<div class="reflist"><div class="mw-references-wrap"><ol class="references">${wRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span
class="reference-text"><cite class="citation">${r}</cite></span></li>`,
  )
  .join('\n')}</ol></div></div>
<div class="navbox-styles"></div><div role="navigation" class="navbox" aria-labelledby="Vantor_aircraft"><table class="nowraplinks mw-collapsible
autocollapse navbox-inner"><tbody><tr><th scope="col" class="navbox-title" colspan="2"><div class="navbar plainlinks hlist navbar-mini"><ul><li
class="nv-view"><a href="/wiki/Template:Vantor_aircraft"><abbr title="View this template">v</abbr></a></li><li class="nv-talk"><a
href="/wiki/Template_talk:Vantor_aircraft"><abbr title="Discuss this template">t</abbr></a></li><li class="nv-edit"><a
href="/wiki/Special:EditPage/Template:Vantor_aircraft"><abbr title="Edit this template">e</abbr></a></li></ul></div><div id="Vantor_aircraft"
style="font-size:114%;margin:0 4em">${at(wNavbox, 0)}</div></th></tr><tr><th scope="row" class="navbox-group">Airliners</th><td class="navbox-list
navbox-odd hlist"><div><ul>${wNavbox
  .slice(1)
  .map((t) => `<li><a href="/wiki/Vantor_${t.split(' ')[0] ?? ''}">${t}</a></li>`)
  .join('')}</ul></div></td></tr></tbody></table></div>`;
const wHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1
vector-feature-main-menu-pinned-disabled skin-theme-clientpref-day" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Vantor V-72 - Wikipedia</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Vantor_V-72","wgTitle":"Vantor V-72","wgCurRevisionId":1281774402,"wgArticleId":51127730,"wgIsArticle":true,
"wgCategories":["2010s international airliners","Vantor aircraft","Twin-turboprop tractor aircraft"],"wgRelevantPageName":"Vantor_V-72"};</script>
<link rel="stylesheet"
href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.search.codex.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.44.0-wmf.21"><meta property="og:title" content="Vantor V-72 - Wikipedia"><meta property="og:type" content="website">
<link rel="canonical" href="https://en.wikipedia.org/wiki/Vantor_V-72">
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"Vantor V-72",
"url":"https:\\/\\/en.wikipedia.org\\/wiki\\/Vantor_V-72",
"publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."},
"datePublished":"2013-05-03T10:12:40Z","headline":"regional turboprop airliner"}</script>
</head><body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable
page-Vantor_V-72 rootpage-Vantor_V-72 skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right"
title="Main menu"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox"
aria-label="Main menu"><label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button
cdx-button--fake-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main
menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div
id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content"><ul
class="vector-menu-content-list">${links(wMenu, 'mw-list-item')}</ul></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/wikipedia.png" alt="" aria-hidden="true" height="50"
width="50"><span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="Wikipedia"
src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg"
style="width: 7.5em; height: 1.125em;"></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box"><a
href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search Wikipedia [f]" accesskey="f"><span
class="vector-icon mw-ui-icon-search"></span><span>Search</span></a></div><nav class="vector-user-links vector-user-links-wide" aria-label="Personal
tools"><div class="vector-user-links-main"><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><div class="vector-menu-content"><ul
class="vector-menu-content-list"><li id="pt-sitesupport-2" class="user-links-collapsible-item mw-list-item"><a
href="https://donate.wikimedia.org/"><span>Donate</span></a></li><li
id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a
href="/w/index.php?title=Special:CreateAccount&amp;returnto=Vantor+V-72"><span>Create
account</span></a></li><li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a
href="/w/index.php?title=Special:UserLogin&amp;returnto=Vantor+V-72"><span>Log in</span></a></li></ul></div></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"></div><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc"
aria-label="Contents" data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container"
class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header
vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button
vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text"
class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${wTocList
  .map(
    ([n, t]) => `<li id="toc-${(t ?? '').replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-${(n ?? '').includes('.') ? 2 : 1}"><a
class="vector-toc-link" href="#${(t ?? '').replace(/ /g, '_')}">
<div class="vector-toc-text">
<span class="vector-toc-numb">${n}</span>
<span>${t}</span>
</div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wTitle}</span></h1><div id="p-lang-btn" class="vector-dropdown mw-portlet
mw-portlet-lang"><input type="checkbox" id="p-lang-btn-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox mw-interlanguage-selector"
aria-label="Go to an article in another language. Available in 6 languages"><label id="p-lang-btn-label" for="p-lang-btn-checkbox"
class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--action-progressive mw-ui-progressive" aria-hidden="true"><span
class="vector-dropdown-label-text">6 languages</span></label></div></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div
id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list"><li
id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Vantor_V-72" title="View the content page [c]"
accesskey="c"><span>Article</span></a></li><li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:Vantor_V-72" rel="discussion"
title="Discuss improvements to the content page [t]" accesskey="t"><span>Talk</span></a></li></ul></div></div></nav></div><div id="right-navigation"
class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul
class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Vantor_V-72"><span>Read</span></a></li><li
id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Vantor_V-72&amp;action=edit" title="Edit this page [e]"
accesskey="e"><span>Edit</span></a></li><li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Vantor_V-72&amp;action=history"
title="Past revisions of this page [h]" accesskey="h"><span>View history</span></a></li></ul></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content"><div
class="mw-indicators"></div><div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div></div><div id="contentSub"><div
id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">${wBodyHtml}</div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://en.wikipedia.org/w/index.php?title=Vantor_V-72&amp;oldid=1281774402"
>https://en.wikipedia.org/w/index.php?title=Vantor_V-72&amp;oldid=1281774402</a>"</div>
</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category"
title="Help:Category">Categories</a>: <ul>${links(wCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 2
March 2027, at 14:51<span class="anonymous-show">&#160;(UTC)</span>.</li><li id="footer-info-copyright">Text is available under the <a rel="license"
href="//en.wikipedia.org/wiki/Wikipedia:Text_of_the_Creative_Commons_Attribution-ShareAlike_4.0_International_License">Creative Commons Attribution-ShareAlike
4.0 License</a>; additional terms may apply. By using this site, you agree to the <a
href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Terms_of_Use">Terms
of Use</a> and <a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Privacy_policy">Privacy Policy</a>.</li></ul>
<ul id="footer-places"><li id="footer-places-privacy"><a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Privacy_policy">Privacy
policy</a></li><li id="footer-places-about"><a href="/wiki/Wikipedia:About">About Wikipedia</a></li><li id="footer-places-disclaimers"><a
href="/wiki/Wikipedia:General_disclaimer">Disclaimers</a></li><li id="footer-places-contact"><a href="//en.wikipedia.org/wiki/Wikipedia:Contact_us">Contact
Wikipedia</a></li><li id="footer-places-mobileview"><a href="//en.m.wikipedia.org/w/index.php?title=Vantor_V-72&amp;mobileaction=toggle_view_mobile"
class="noprint stopMobileRedirectToggle">Mobile view</a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.eqiad.main-6c9f","wgBackendResponseTime":141});});</script></body></html>`;
const wiki: TestPage = gold({
  name: 'heldout711-wikipedia-regional-turboprop',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: [...wSecs.map(([t]) => t), 'Variants', 'Orders and deliveries', 'Accidents and incidents', 'Specifications (V-72-500)'],
  body: texts([
    ...wLead,
    ...wSecs.flatMap(([, , p]) => p),
    ...wVariants.flat(),
    ...wOrders.map((r) => r.join(' ')),
    wAccidents,
    wSpecData,
    'General characteristics',
    ...wGeneral,
    'Performance',
    ...wPerf,
  ]),
  bylines: ['This page was last edited on 2 March 2027, at 14:51 (UTC).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', ...wMenu, 'Navigation', 'Search', 'Donate', 'Create account', 'Log in', 'Article', 'Talk', 'Read', 'Edit', 'View history',
    'From Wikipedia, the free encyclopedia', 'Not to be confused with the Vantor V-27 light transport.', 'A Carrow Air V-72-500 landing at Bramford in 2025',
    'General information', 'History', ...wInfo, 'Contents', 'hide', '(Top)', ...wTocList.map(([n, t]) => `${n} ${t}`), 'edit',
    'V-72 orders and deliveries (as of 31 December 2026)[2]', 'See also', 'Related development', 'Aircraft of comparable role, configuration, and era',
    ...wSeeAlso, 'References', ...wRefs, '^', 'v', 't', 'e', 'Airliners', ...wNavbox,
    'Retrieved from "https://en.wikipedia.org/w/index.php?title=Vantor_V-72&oldid=1281774402"', 'Categories', ...wCats,
    j(
      'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply. By using this site, you agree to',
      'the Terms of Use and Privacy Policy.',
    ),
    'Privacy policy', 'About Wikipedia', 'Disclaimers', 'Contact Wikipedia', 'Mobile view',
  ],
});

const fTitle = 'Kessworth Branch Line';
const fLead = j(
  'The <b>Kessworth Branch Line</b> is a 14.2-mile single-track railway in Westmarch that runs from a junction with the',
  '<a href="/wiki/Ferrow_Valley_Main_Line" title="Ferrow Valley Main Line">Ferrow Valley Main Line</a> at',
  '<a href="/wiki/Orford_Junction" title="Orford Junction">Orford Junction</a> to the market town of Kessworth. It is operated by',
  `<a href="/wiki/Westmarch_Rail" title="Westmarch Rail">Westmarch Rail</a> and is one of the few branch lines in the region that`,
  `survived the closures of the 1960s.${ref(1)}`,
);
const fSecs: [string, 'h2' | 'h3', string[]][] = [
  ['History', 'h2', []],
  [
    'Construction',
    'h3',
    [
      j(
        'The line was built by the Kessworth and Orford Railway Company, a local venture backed by the town’s wool merchants, and',
        'opened on 2 May 1887. It cost £96,000, about a third more than planned, mostly because of the cutting at Hollins Bank, which',
        'had to be dug through rock rather than clay.',
      ),
    ],
  ],
  [
    'Closure threat and reprieve',
    'h3',
    [
      j(
        `The branch was listed for closure in 1963.${ref(2)} A campaign led by the Kessworth Rail Users’ Group, which collected more than`,
        '11,000 signatures, and the lack of a good road to Orford persuaded the minister to refuse consent in 1966. Goods services',
        'ended in 1971, and the line was reduced to a single track with a passing loop at Brindle.',
      ),
    ],
  ],
  [
    'Route',
    'h2',
    [
      j(
        'Leaving the main line at Orford Junction, the branch climbs at up to 1 in 70 through Hollins Bank cutting before running',
        'along the north side of the Kess valley. There are four intermediate stations, one of which is a request stop.',
      ),
    ],
  ],
];
const fStations = [
  ['Station', 'Miles from junction', 'Opened', 'Notes'],
  ['Orford Junction', '0.0', '1887', 'Interchange with the main line'],
  ['Orford Halt', '1.6', '1912', 'Request stop'],
  ['Hollins', '4.9', '1887', ''],
  ['Brindle', '8.3', '1887', 'Passing loop'],
  ['Upper Kess', '11.0', '1887', ''],
  ['Kessworth', '14.2', '1887', 'Terminus'],
];
const fServices = [
  j(
    'Trains run every hour from Monday to Saturday and every two hours on Sundays. The journey from Orford Junction to Kessworth',
    'takes 31 minutes, and most trains continue to or from Ferrow on the main line.',
  ),
];
const fStock = [
  j(
    'Services are worked by Class 14 two-car diesel units based at Ferrow depot. Before 2019 the line was worked by single-car',
    `Class 11 "bubble" units, which were withdrawn after the platforms were lengthened.${ref(3)}`,
  ),
];
const fTrivia = [
  'Kessworth station’s canopy is the only surviving original station canopy on the Westmarch network.',
  'The 1887 opening train was late because a cow had to be moved off the line at Brindle.',
  'The branch appeared as the fictional “Kessby line” in the 1974 television series <i>Signal Box</i>.',
];
const fRefs = [
  'Ellery, J. (2009). The Branch Lines of Westmarch. Corrin Press. p. 88.',
  '"Reshaping of Westmarch Railways: Part 2". Ministry of Transport. 1963.',
  '"Bubble cars bow out on the Kessworth branch". Westmarch Evening Post. 30 March 2019.',
];
const fInfo: [string, string][] = [
  ['Status', 'Open'],
  ['Locale', 'Westmarch'],
  ['Termini', 'Orford Junction, Kessworth'],
  ['Stations', '6'],
  ['Opened', '2 May 1887'],
  ['Operator(s)', 'Westmarch Rail'],
  ['Rolling stock', 'Class 14'],
  ['Line length', '14.2 mi'],
  ['Number of tracks', 'Single track with passing loop'],
  ['Track gauge', 'Standard gauge'],
];
const fGlobal = ['Fan Central', 'Games', 'Anime', 'Movies', 'TV', 'Video', 'Wikis', 'Explore Wikis', 'Community Central', 'Start a Wiki'];
const fLocal = ['Explore', 'Lines', 'Stations', 'Rolling stock', 'Community'];
const fToc = [
  ['1', 'History'],
  ['1.1', 'Construction'],
  ['1.2', 'Closure threat and reprieve'],
  ['2', 'Route'],
  ['3', 'Services'],
  ['4', 'Rolling stock'],
  ['5', 'Trivia'],
  ['6', 'References'],
];
const fNavbox = ['Westmarch Railways lines', 'Ferrow Valley Main Line', 'Kessworth Branch Line', 'Corrin Coast Line', 'Lowmoor Loop'];
const fPopular = ['Ferrow Valley Main Line', 'Class 14', 'Orford Junction', 'Corrin Coast Line'];
const fFeed = ['Orford Junction', 'Class 11', 'Brindle railway station'];
const fCats = ['Branch lines', 'Lines opened in 1887', 'Westmarch Rail', 'Single-track lines'];
const fFoot = [
  'Explore properties',
  'Follow Us',
  'Overview',
  'What is Fandom?',
  'About',
  'Careers',
  'Press',
  'Contact',
  'Terms of Use',
  'Privacy Policy',
  'Global Sitemap',
  'Local Sitemap',
  'Support',
  'Help',
  'Do Not Sell or Share My Personal Information',
  'Advertise',
  'Media Kit',
  'Fandom Apps',
  'Take your favorite fandoms with you and never miss a beat.',
  'View Mobile Site',
];
const fHead = (t: string, lvl: 'h2' | 'h3'): string => `<${lvl}><span class="mw-headline" id="${t.replace(/ /g, '_')}">${t}</span><span
class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/wiki/Kessworth_Branch_Line?action=edit&amp;section=1"
class="mw-editsection-visualeditor" title="Edit section: ${t}">edit</a><span class="mw-editsection-divider"> | </span><a
href="/wiki/Kessworth_Branch_Line?action=edit&amp;section=1" title="Edit section: ${t}">edit source</a><span
class="mw-editsection-bracket">]</span></span></${lvl}>`;
const fHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"/><title>Kessworth Branch Line | Westmarch Railways Wiki | Fandom</title>
<script>document.documentElement.className="client-js";RLCONF={"wgCityId":"2281934","wgPageName":"Kessworth_Branch_Line","wgTitle":"Kessworth Branch Line",
"wgCategories":["Branch lines","Lines opened in 1887","Westmarch Rail","Single-track lines"],
"wgArticleId":412,"wgIsArticle":true,"wgContentLanguage":"en"};</script>
<meta name="generator" content="MediaWiki 1.39.7"/><meta name="description" content="The Kessworth Branch Line is a 14.2-mile single-track railway in
Westmarch."/><meta property="og:site_name" content="Westmarch Railways Wiki"/><meta property="og:title" content="Kessworth Branch Line"/>
<link rel="stylesheet"
href="/load.php?lang=en&amp;modules=ext.fandom.GlobalComponents.CommunityHeader.css%7Cskin.fandomdesktop.styles&amp;only=styles&amp;skin=fandomdesktop"/>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","about":{"name":"Kessworth Branch Line"},"author":{"@type":"Organization",
"name":"Westmarch Railways Wiki Community"},"headline":"Kessworth Branch Line","url":"https://westmarch-railways.fandom.com/wiki/Kessworth_Branch_Line",
"publisher":{"@type":"Organization","name":"Fandom"}}</script>
<script>window.fandomContext = {"site":{"siteName":"Westmarch Railways Wiki","communityHub":"lifestyle","tags":{"gnre":["travel"]}},
"opts":{"isAdsEnabled":true}};</script>
</head><body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Kessworth_Branch_Line rootpage-Kessworth_Branch_Line skin-fandomdesktop
action-view skin-fandomdesktop-light theme-fandomdesktop-light is-content-expanded">
<div class="global-navigation" data-tracking-label="global-navigation"><div class="global-navigation__top"><a class="global-navigation__logo"
href="https://www.fandom.com/" aria-label="Fandom"><svg aria-hidden="true"></svg></a><nav class="global-navigation__nav"><div
class="global-navigation__links">${fGlobal
  .map((t) => `<a class="global-navigation__link" href="https://www.fandom.com/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`)
  .join('\n')}</div></nav></div><div class="global-navigation__bottom"><div class="global-navigation__register"><a class="wds-button wds-is-secondary"
href="https://auth.fandom.com/register">Register</a></div><div class="global-navigation__signin"><a class="wds-button"
href="https://auth.fandom.com/signin">Sign
In</a></div></div></div>
<div class="main-container"><div class="resizable-container"><div class="community-header-wrapper"><header class="fandom-community-header"><a
href="https://westmarch-railways.fandom.com" class="fandom-community-header__image"><img
src="https://static.wikia.nocookie.net/westmarch-railways/images/e/e6/Site-logo.png"
width="68" height="68" alt="Westmarch Railways Wiki"/></a><div class="fandom-community-header__top-container"><div
class="fandom-community-header__community-name-wrapper"><a href="https://westmarch-railways.fandom.com"
class="fandom-community-header__community-name">Westmarch
Railways Wiki</a></div><div class="fandom-community-header__action-buttons"><div class="wiki-tools wds-button-group"><a
href="https://westmarch-railways.fandom.com/wiki/Special:Search" class="wds-button wds-is-secondary" title="Search"><svg
aria-hidden="true"></svg></a></div></div></div>
<nav class="fandom-community-header__local-navigation"><ul class="wds-tabs">${fLocal
  .map((t) => `<li class="wds-dropdown"><div class="wds-tabs__tab-label"><a href="/wiki/${t.replace(/ /g, '_')}"><span>${t}</span></a></div></li>`)
  .join('')}</ul></nav></header></div>
<div class="page has-right-rail"><main class="page__main" id="content" lang="en" dir="ltr"><div class="page-header" id="PageHeader"><div
class="page-header__top"><div class="page-header__meta"><div class="page-header__categories"><span class="page-header__categories-in">in:</span> <a
href="/wiki/Category:Branch_lines" data-tracking-label="categories-top-more-0">Branch lines</a>, <a href="/wiki/Category:Lines_opened_in_1887"
data-tracking-label="categories-top-more-1">Lines opened in 1887</a>, <div
class="wds-dropdown page-header__categories-dropdown"><span>and 2 more</span></div></div></div></div>
<div class="page-header__bottom"><div class="page-header__title-wrapper"><h1 class="page-header__title" id="firstHeading"><span
class="mw-page-title-main">${fTitle}</span></h1></div><div class="page-header__actions"><a id="ca-edit" class="wds-button wds-is-text page-header__action-button
has-label" href="/wiki/Kessworth_Branch_Line?action=edit" data-tracking-label="ca-edit"><svg class="wds-icon wds-icon-small" aria-hidden="true"></svg>Edit</a><a
id="ca-history" class="wds-button wds-is-text page-header__action-button" href="/wiki/Kessworth_Branch_Line?action=history">History</a><a id="ca-talk"
class="wds-button wds-is-text page-header__action-button" href="/wiki/Talk:Kessworth_Branch_Line">Talk (0)</a></div></div></div>
<div id="content" class="page-content"><div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output"><aside
role="region" class="portable-infobox pi-background pi-border-color pi-theme-line pi-layout-default"><h2 class="pi-item pi-item-spacing pi-title
pi-secondary-background" data-source="name">${fTitle}</h2><figure class="pi-item pi-image" data-source="image"><a
href="https://static.wikia.nocookie.net/westmarch-railways/images/3/3a/Class14_Orford_Halt.jpg" class="image image-thumbnail" title=""><img
src="https://static.wikia.nocookie.net/westmarch-railways/images/3/3a/Class14_Orford_Halt.jpg/revision/latest/scale-to-width-down/268" alt=""
class="pi-image-thumbnail" width="268" height="178"/></a><figcaption class="pi-item-spacing pi-caption">A Class 14 unit calling at Orford Halt,
2024</figcaption></figure><section class="pi-item pi-group pi-border-color"><h2 class="pi-item pi-header pi-secondary-font pi-item-spacing
pi-secondary-background">Overview</h2>${fInfo
  .map(
    ([l, v]) => `<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="${l.toLowerCase().replace(/[^a-z]/g, '')}"><h3 class="pi-data-label
pi-secondary-font">${l}</h3><div class="pi-data-value pi-font">${v}</div></div>`,
  )
  .join('\n')}</section></aside>
<p>${fLead}</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox" style="display:none" /><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span
class="toctogglespan"><label class="toctogglelabel" for="toctogglecheckbox"></label></span></div><ul>${fToc
  .map(
    ([n, t]) => `<li class="toclevel-${(n ?? '').includes('.') ? 2 : 1}"><a href="#${(t ?? '').replace(/ /g, '_')}"><span class="tocnumber">${n}</span> <span
class="toctext">${t}</span></a></li>`,
  )
  .join('\n')}</ul></div>
${fSecs.map(([t, lvl, p]) => `${fHead(t, lvl)}\n${ps(p)}`).join('\n')}
<table class="wikitable"><tbody><tr>${(fStations[0] ?? []).map((c) => `<th>${c}</th>`).join('')}</tr>
${fStations
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table>
${fHead('Services', 'h2')}
${ps(fServices)}
<div class="ad-slot-placeholder incontent-boxad" data-slot-name="incontent_boxad_1"><div class="ad-slot-label">Advertisement</div></div>
${fHead('Rolling stock', 'h2')}
${ps(fStock)}
${fHead('Trivia', 'h2')}
<ul>${lis(fTrivia)}</ul>
${fHead('References', 'h2')}
<div class="mw-references-wrap"><ol class="references">${fRefs
  .map(
    (r, i) =>
      `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">↑</a></span> <span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div>
<table class="navbox" style="width:100%"><tbody><tr><th class="navbox-title" colspan="2">${at(fNavbox, 0)}</th></tr><tr><td class="navbox-list">${fNavbox
  .slice(1)
  .map((t) => `<a href="/wiki/${t.replace(/ /g, '_')}">${t}</a>`)
  .join(' • ')}</td></tr></tbody></table>
</div></div></div>
<div class="page-footer"><div id="articleCategories" class="categories"><div class="page-footer__categories wds-collapsible-panel"><header
class="wds-collapsible-panel__header"><span>Categories</span></header><div class="wds-collapsible-panel__content"><ul class="categories">${fCats
  .map((t) => `<li class="category normal" data-name="${t}"><a href="/wiki/Category:${t.replace(/ /g, '_')}">${t}</a></li>`)
  .join('')}</ul></div></div></div><div class="license-description">Community content is available under <a
href="https://www.fandom.com/licensing">CC-BY-SA</a> unless otherwise noted.</div></div></main>
<aside class="page__right-rail"><div class="right-rail-wrapper"><div class="ad-slot-placeholder top-boxad"><div class="ad-slot-label">Advertisement</div></div>
<section class="rail-module popular-pages"><h2 class="rail-module__header">Popular Pages</h2><ul>${links(fPopular)}</ul></section></div></aside></div>
<div id="mixed-content-footer" class="mcf-wrapper"><div class="mcf-content"><h2 class="mcf-header">Fan Feed</h2><section class="mcf-column"><h3
class="mcf-column__title">More Westmarch Railways Wiki</h3><ol class="mcf-list">${fFeed
  .map((t, i) => `<li class="mcf-list__item"><a href="/wiki/${t.replace(/ /g, '_')}"><span class="mcf-list__number">${i + 1}</span> ${t}</a></li>`)
  .join('')}</ol></section></div></div></div></div>
<footer class="global-footer"><div class="global-footer__content"><ul class="global-footer__links">${links(fFoot)}</ul><div
class="global-footer__bottom">Westmarch Railways Wiki is a FANDOM Lifestyle Community.</div></div></footer>
<script>window.fandomTrackingQueue = (window.fandomTrackingQueue || []).concat([
{"category":"article","action":"view","label":"Kessworth_Branch_Line"}]);</script>
</body></html>`;
const fandom: TestPage = gold({
  name: 'heldout711-fandom-branch-line',
  kind: 'wiki',
  html: fHtml,
  title: fTitle,
  headings: [...fSecs.map(([t]) => t), 'Services', 'Rolling stock', 'Trivia'],
  body: texts([fLead, ...fSecs.flatMap(([, , p]) => p), ...fStations.map((r) => r.filter((c) => c !== '').join(' ')), ...fServices, ...fStock, ...fTrivia]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fGlobal, 'Register', 'Sign In', 'Westmarch Railways Wiki', ...fLocal, 'in:', 'Branch lines', 'Lines opened in 1887',
    'and 2 more', 'Edit', 'History', 'Talk (0)', 'A Class 14 unit calling at Orford Halt, 2024', 'Overview', ...fInfo.flat(), 'Contents',
    ...fToc.map(([n, t]) => `${n} ${t}`), 'edit', 'edit source', 'Advertisement', 'References', ...fRefs, '↑', ...fNavbox, 'Categories', ...fCats,
    'Community content is available under CC-BY-SA unless otherwise noted.', 'Popular Pages', ...fPopular, 'Fan Feed', 'More Westmarch Railways Wiki',
    ...fFeed.map((t, i) => `${i + 1} ${t}`), ...fFoot, 'Westmarch Railways Wiki is a FANDOM Lifestyle Community.',
  ],
});

export const HELDOUT711_E: readonly TestPage[] = [wiki, fandom];
