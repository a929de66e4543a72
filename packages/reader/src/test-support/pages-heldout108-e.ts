import { type TestPage, texts } from './page-kit.js';
import { govuk } from './pages-heldout108-e2.js';

/**
 * Held-out batch 108, file e: an English Wikipedia article about an invented city in the Vector 2022 skin (jump link, the
 * main menu dropdown with its portlets, logo, search, user links, the "Contents" table of contents with toggle buttons,
 * the language button, namespace tabs, views and the "Tools" menu, "From Wikipedia, the free encyclopedia", a hidden short
 * description, a hatnote, the settlement infobox, reference markers, "[edit]" section links, a thumbnail with caption, the
 * references list, a navbox, category links and the footer with the "last edited" line) and, from file e2, a GOV.UK
 * guidance page.
 */
const wpTitle = 'Vellmora';
const wpRef = (n: number): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">&#91;</span>${n}<span class="cite-bracket">&#93;</span></a>
</sup>`;
const wpLead = [
  '<b>Vellmora</b> is a city and the administrative centre of Vellmora Municipality in Vestland county, Norway. It lies at the head ' +
    'of the Orvikfjord, about 140 kilometres (87 mi) north-east of Bergen. With a population of 21,480 in 2024, it is the third-largest ' +
    'urban area in the county.',
  'The city grew up around a trading post and later a salmon cannery, and received town status in 1896. Today its economy is based on ' +
    'aquaculture, shipbuilding and tourism, and it is a common stopping point for visitors travelling to the inner fjords.',
];
const wpH1 = 'History';
const wpP1 = [
  'Archaeological finds show that the area around the head of the fjord was settled in the Iron Age, and a church is recorded at ' +
    'Vellmora in the 1320s. For most of its history the settlement was a small farming and fishing community, with a market held each ' +
    'autumn.',
  'In 1871 the merchant Hans Ole Brekke opened a salmon cannery on the eastern shore, and within two decades the population had grown ' +
    'from a few hundred to almost 3,000. A fire in 1904 destroyed much of the wooden town centre, which was rebuilt in a uniform ' +
    'Jugendstil style that survives in the streets around the harbour.',
  'During the Second World War the harbour was used as a German naval supply base. The town was bombed by Allied aircraft in 1944, ' +
    'and several buildings near the quay were destroyed.',
];
const wpH2 = 'Geography';
const wpP2 = [
  'Vellmora is built on a narrow strip of flat land between the fjord and steep mountainsides that rise to over 1,200 metres ' +
    '(3,900 ft). The Vella river flows through the city and enters the fjord just west of the harbour. The climate is oceanic, with ' +
    'mild winters and heavy rainfall, averaging about 2,100 millimetres (83 in) a year.',
];
const wpH3 = 'Economy';
const wpP3 = [
  'Fish farming is the largest private employer, and the Orvikfjord has some of the highest concentrations of salmon farms in western ' +
    'Norway. The Brekke shipyard, founded in 1912, builds service vessels for the aquaculture industry.',
  'Tourism has grown since the opening of the Vellmora Tunnel in 1998 shortened the drive from Bergen. Cruise ships call at the ' +
    'harbour between May and September.',
];
const wpH4 = 'Culture';
const wpP4 = [
  'The Vellmora Cannery Museum, housed in the original factory buildings, tells the story of the town’s industrial past. The city ' +
    'hosts an annual folk music festival in July, which attracts musicians from across the Nordic countries.',
];
const wpCaption = 'The rebuilt Jugendstil centre of Vellmora, seen from the harbour';
const wpRefs = [
  '"Population and land area in urban settlements". Statistics Norway. 1 January 2024. Retrieved 3 March 2025.',
  'Aasen, Kari (2011). Vellmora bys historie (in Norwegian). Bergen: Fjordforlaget. p. 214.',
  '"Vellmora Cannery Museum". Vestland County Municipality. Retrieved 18 June 2024.',
];
const wpMain = ['Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us'];
const wpContribute = ['Help', 'Learn to edit', 'Community portal', 'Recent changes', 'Upload file', 'Special pages'];
const wpTools = [
  'What links here',
  'Related changes',
  'Permanent link',
  'Page information',
  'Cite this page',
  'Get shortened URL',
  'Download QR code',
  'Download as PDF',
  'Printable version',
  'Wikimedia Commons',
  'Wikidata item',
];
const wpLangs = ['Deutsch', 'Español', 'Français', 'Nynorsk', 'Norsk bokmål', 'Svenska'];
const wpInfobox: [string, string][] = [
  ['Country', 'Norway'],
  ['County', 'Vestland'],
  ['Municipality', 'Vellmora'],
  ['Town status', '1896'],
  ['Population (2024)', '21,480'],
  ['Time zone', 'UTC+01:00 (CET)'],
];
const wpCats = ['Cities and towns in Vestland', 'Populated places on the Orvikfjord', 'Populated places established in the 14th century'];
const wpFootPlaces = [
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
const wpLicense =
  'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply. By using this site, you ' +
  'agree to the Terms of Use and Privacy Policy. Wikipedia® is a registered trademark of the Wikimedia Foundation, Inc., a non-profit organization.';
const wpLi = (id: string, t: string): string => `<li id="${id}" class="mw-list-item"><a href="/wiki/${t.replace(/ /g, '_')}"><span>${t}</span></a></li>`;
const wpPortlet = (id: string, head: string, items: readonly string[]): string => `<div id="${id}" class="vector-menu mw-portlet mw-portlet-${id}">
<div class="vector-menu-heading">${head}</div><div class="vector-menu-content"><ul class="vector-menu-content-list">
${items.map((t, i) => wpLi(`${id}-${i}`, t)).join('')}</ul></div></div>`;
const wpHead = (id: string, t: string, n: number): string => `<div class="mw-heading mw-heading2"><h2 id="${id}">${t}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Vellmora&amp;action=edit&amp;section=${n}" title="Edit section: ${t}">
<span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const wpP = (t: string, ref = 0): string => `<p>${t}${ref > 0 ? wpRef(ref) : ''}</p>`;
const wpSections = [wpH1, wpH2, wpH3, wpH4];
const wpHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-toc-pinned-clientpref-1 vector-feature-appearance-pinned-clientpref-1"
lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>Vellmora - Wikipedia</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Vellmora","wgTitle":"Vellmora","wgCurRevisionId":1254410982,"wgArticleId":4410287,"wgIsArticle":true,"wgAction":"view"};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.search.codex.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.45.0-wmf.24"><meta name="viewport" content="width=1120"><meta property="og:title" content="Vellmora - Wikipedia">
<meta property="og:type" content="website"><link rel="canonical" href="https://en.wikipedia.org/wiki/Vellmora">
<script
type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"Vellmora","url":"https:\\/\\/en.wikipedia.org\\/wiki\\/Vellmora",
"author":{"@type":"Organization","name":"Contributors to Wikimedia projects"},
"datePublished":"2006-02-11T09:14:33Z","dateModified":"2025-11-02T14:07:51Z","headline":"city in Vestland, Norway"}</script>
</head><body
class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-Vellmora rootpage-Vellmora skin-vector-2022
action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header no-font-mode-scale">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown"
title="Main menu"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox"
aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--icon-only" aria-hidden="true"><span
class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu"
class="vector-main-menu vector-pinnable-element">
<div class="vector-pinnable-header vector-main-menu-pinnable-header"><div class="vector-pinnable-header-label">Main menu</div>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar</button>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
${wpPortlet('p-navigation', 'Navigation', wpMain)}${wpPortlet('p-interaction', 'Contribute', wpContribute)}</div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/wikipedia.png" alt="" aria-hidden="true" height="50" width="50">
<span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="Wikipedia" src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg">
<img class="mw-logo-tagline" alt="The Free Encyclopedia" src="/static/images/mobile/copyright/wikipedia-tagline-en.svg"></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button search-toggle" title="Search Wikipedia [f]" accesskey="f"><span
class="vector-icon mw-ui-icon-search"></span>
<span>Search</span></a><div class="vector-typeahead-search-container"><form action="/w/index.php" id="searchform"
class="cdx-search-input cdx-search-input--has-end-button">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Wikipedia" aria-label="Search Wikipedia" autocapitalize="sentences"
id="searchInput">
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul class="vector-menu-content-list"><li id="pt-sitesupport-2"
class="user-links-collapsible-item mw-list-item">
<a href="https://donate.wikimedia.org/"><span>Donate</span></a></li><li id="pt-createaccount-2" class="mw-list-item"><a
href="/w/index.php?title=Special:CreateAccount">
<span>Create account</span></a></li><li id="pt-login-2" class="mw-list-item"><a href="/w/index.php?title=Special:UserLogin" accesskey="o"><span>Log in</span>
</a></li></ul>
<div id="vector-user-links-dropdown" class="vector-dropdown vector-user-menu vector-button-flush-right vector-user-menu-logged-out"
title="Log in and more options">
<span class="vector-dropdown-label-text">Personal tools</span><div class="vector-dropdown-content"><div class="vector-menu-heading">Pages for logged out editors
<a href="/wiki/Help:Introduction" aria-label="Learn more about editing"><span>learn more</span></a></div><ul>${wpLi('pt-anoncontribs', 'Contributions')}
${wpLi('pt-anontalk', 'Talk')}</ul></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents"
class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div
class="vector-pinnable-header vector-toc-pinnable-header">
<h2 class="vector-pinnable-header-label">Contents</h2><button
class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar</button>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents"
id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a>
</li>
${[...wpSections, 'References']
  .map(
    (t, i) => `<li id="toc-${t}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${t}"><div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span><span>${t}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar no-font-mode-scale">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wpTitle}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><input type="checkbox" id="p-lang-btn-checkbox" role="button" aria-haspopup="true"
class="vector-dropdown-checkbox mw-interlanguage-selector" aria-label="Go to an article in another language. Available in 6 languages">
<label for="p-lang-btn-checkbox" class="vector-dropdown-label cdx-button"><span class="vector-icon mw-ui-icon-language-progressive"></span>
<span class="vector-dropdown-label-text">6 languages</span></label><div class="vector-dropdown-content"><div class="vector-menu-content"><ul
class="vector-menu-content-list">
${wpLangs
  .map(
    (t) => `<li class="interlanguage-link mw-list-item"><a href="https://xx.wikipedia.org/wiki/Vellmora" class="interlanguage-link-target">
<span>${t}</span></a></li>`,
  )
  .join('')}
</ul><div class="after-portlet after-portlet-lang"><span class="wb-langlinks-edit wb-langlinks-link"><a
href="https://www.wikidata.org/wiki/Special:EntityPage/Q4419820#sitelinks-wikipedia"
class="wbc-editpage">Edit links</a></span></div></div></div></div></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div
id="p-associated-pages" class="vector-menu">
<ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Vellmora"
title="View the content page [c]"><span>Article</span></a></li>
<li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:Vellmora" rel="discussion"><span>Talk</span></a></li></ul></div>
<div id="vector-variants-dropdown" class="vector-dropdown emptyPortlet"><span class="vector-dropdown-label-text">English</span></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><ul class="vector-menu-content-list"><li id="ca-view"
class="selected mw-list-item">
<a href="/wiki/Vellmora"><span>Read</span></a></li><li id="ca-edit" class="mw-list-item"><a href="/w/index.php?title=Vellmora&amp;action=edit" accesskey="e">
<span>Edit</span></a></li>
<li id="ca-history" class="mw-list-item"><a href="/w/index.php?title=Vellmora&amp;action=history" accesskey="h"><span>View history</span></a></li></ul></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown">
<span class="vector-dropdown-label-text">Tools</span><div class="vector-dropdown-content"><div class="vector-menu-heading">Actions</div>
<div class="vector-menu-heading">General</div><ul>${wpTools.map((t, i) => wpLi(`t-${i}`, t)).join('')}</ul></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body"><div class="vector-body-before-content"><div class="mw-indicators"></div>
<div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">City in Vestland, Norway</div>
<div role="note" class="hatnote navigation-not-searchable">For the football club, see <a href="/wiki/Vellmora_IL">Vellmora IL</a>.</div>
<table class="infobox ib-settlement vcard"><tbody><tr><th colspan="2" class="infobox-above"><div class="fn org">Vellmora</div></th></tr>
<tr><td colspan="2" class="infobox-subheader"><div class="category">City</div></td></tr>
<tr><td colspan="2" class="infobox-image"><span class="mw-default-size"><img src="//upload.wikimedia.example/vellmora-harbour.jpg" width="250" height="166"
alt=""></span></td></tr>
${wpInfobox
  .map(
    ([k, v]) => `<tr class="mergedrow"><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td>
</tr>`,
  )
  .join('\n')}</tbody></table>
${wpP(wpLead[0]!, 1)}${wpP(wpLead[1]!)}<meta property="mw:PageProp/toc">
${wpHead(wpH1, wpH1, 1)}<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Vellmora_centre.jpg" class="mw-file-description">
<img src="//upload.wikimedia.example/thumb/vellmora-centre.jpg" decoding="async" width="250" height="167" class="mw-file-element"></a>
<figcaption>${wpCaption}</figcaption></figure>
${wpP(wpP1[0]!)}${wpP(wpP1[1]!, 2)}${wpP(wpP1[2]!)}
${wpHead(wpH2, wpH2, 2)}${wpP(wpP2[0]!)}
${wpHead(wpH3, wpH3, 3)}${wpP(wpP3[0]!)}${wpP(wpP3[1]!)}
${wpHead(wpH4, wpH4, 4)}${wpP(wpP4[0]!, 3)}
${wpHead('References', 'References', 5)}<div class="mw-references-wrap"><ol class="references">
${wpRefs
  .map(
    (t, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span
class="reference-text"><cite class="citation web cs1">${t}</cite></span></li>`,
  )
  .join('\n')}
</ol></div><div class="navbox-styles"></div><div role="navigation" class="navbox" aria-labelledby="Vestland"><table class="nowraplinks navbox-inner"><tbody>
<tr><th scope="col" class="navbox-title" colspan="2">
<div id="Vestland">Municipalities of Vestland county</div></th></tr><tr><td class="navbox-list navbox-odd"><ul><li><a href="/wiki/Bergen">Bergen</a></li>
<li><a href="/wiki/Vellmora_Municipality">Vellmora</a></li><li><a href="/wiki/Voss">Voss</a></li><li><a href="/wiki/Stord">Stord</a></li></ul></td></tr>
</tbody></table></div>
</div></div><div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/wiki/Help:Category">Categories</a>:
<ul>${wpCats.map((t) => `<li><a href="/wiki/Category:${t.replace(/ /g, '_')}">${t}</a></li>`).join('')}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li
id="footer-info-lastmod"> This page was last edited on 2 November 2025, at 14:07
<span class="anonymous-show">&#160;(UTC)</span>.</li><li id="footer-info-copyright">${wpLicense}</li></ul><ul id="footer-places">
${wpFootPlaces.map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`).join('')}</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const wikipedia: TestPage = {
  html: wpHtml,
  name: 'heldout108-wikipedia-city-wiki',
  kind: 'wiki',
  // reference markers ([1]) sit at the ends of paragraphs and are left out of the body texts; the infobox, the
  // "References" heading and list, and the navbox are in neither list; the table of contents repeats the headings (left
  // out); "This page was last edited on ..." is the byline; the hatnote, caption, menus, tabs, categories and footer are furniture
  title: wpTitle,
  headings: wpSections,
  body: texts([...wpLead, ...wpP1, ...wpP2, ...wpP3, ...wpP4]),
  bylines: ['This page was last edited on 2 November 2025, at 14:07 (UTC).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'move to sidebar', 'hide', 'Navigation', ...wpMain, 'Contribute', ...wpContribute, 'Search', 'Donate', 'Create account',
    'Log in', 'Personal tools', 'Pages for logged out editors learn more', 'Contributions', 'Talk', '(Top)', '6 languages', ...wpLangs, 'Edit links',
    'Article', 'English', 'Read', 'Edit', 'View history', 'Tools', 'Actions', 'General', ...wpTools, 'From Wikipedia, the free encyclopedia',
    'For the football club, see Vellmora IL.', wpCaption, 'edit', 'Categories', ...wpCats, wpLicense, ...wpFootPlaces,
  ],
};

export const HELDOUT108_E: readonly TestPage[] = [wikipedia, govuk];
