import { links, type TestPage, texts } from './page-kit.js';
import { wikivoyagePage } from './pages-heldout82-a2.js';

/**
 * Held-out batch 82, file a: a Wikipedia article as en.m.wikipedia.org serves it in the MinervaNeue skin (the main-menu
 * drawer, the search form, the page-actions bar with "Language", "Watch" and "Edit", a hidden short description, a hatnote and
 * a "more citations needed" ambox at the top of the lead, an infobox, collapsible sections with "edit" links, a thumbnail
 * with its caption, the references list, the "Last edited" bar, the languages list and the footer), and a Wikivoyage city
 * guide in Vector 2022 (file a2).
 */
const wpTitle = 'Haldervik Viaduct';
const ref = (n: number): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">&#91;</span>${n}<span
class="cite-bracket">&#93;</span></a></sup>`;
const wpLead = [
  '<b>Haldervik Viaduct</b> is a disused railway viaduct crossing the Selje valley near the village of Haldervik in Vessmark, Norway. Built between 1904 ' +
    'and 1909 for the Vessmark Line, it is 412 metres (1,352&#160;ft) long and was for two decades the longest masonry railway bridge in the Nordic ' +
    `countries.${ref(1)} The line closed to passenger traffic in 1971, and since 2014 the viaduct has carried a footpath and cycle route.`,
  'The structure is listed as a protected cultural monument, and its 23 granite arches are a regional landmark that appeared on a 1987 postage ' +
    `stamp.${ref(2)}`,
];
const wpBuild = [
  'Plans for a railway through the Selje valley were drawn up in 1896 by the engineer Anders Molvik, who argued that a viaduct would be cheaper to ' +
    `maintain than the tunnel favoured by the county council.${ref(3)} Work began in the spring of 1904 with a workforce that peaked at about 640 men, ` +
    'many of them quarry workers from the coast.',
  'Granite for the piers was cut at Østrem quarry, 6 kilometres upstream, and brought to the site on a temporary narrow-gauge track. Three workers ' +
    'died during construction, two of them when a timber centring collapsed in October 1906. The viaduct was opened by the Minister of Labour on ' +
    `14 August 1909.${ref(4)}`,
];
const wpDecline = [
  'Traffic on the Vessmark Line grew until the Second World War, when the viaduct was briefly used to move timber for the occupying forces. After ' +
    '1950 the line lost passengers to the new coastal road, and the state railways withdrew the last passenger service on 30 May 1971. Freight ' +
    'trains carrying wood pulp continued to use the viaduct until 1983.',
];
const wpDesign = [
  'The viaduct has 23 semicircular arches of 15 metres span, resting on tapered piers up to 38 metres high. Molvik used a gentle curve of 600 metres ' +
    `radius at the northern end so that the line could meet the valley side without a deep cutting.${ref(5)} The deck is 4.8 metres wide between ` +
    'the parapets, enough for a single standard-gauge track.',
  'Unusually for the period, the piers have hollow cores filled with rubble rather than solid masonry, which reduced the quantity of dressed stone ' +
    'by almost a third. Engineers who surveyed the structure in 2009 found the cores dry and the arches in good condition.',
];
const wpRestore = [
  'After the rails were lifted in 1986 the viaduct stood empty, and a 1998 inspection found that frost had opened the joints in the parapets of ' +
    'seven spans. A local association, Venner av Haldervikbrua, campaigned for its conversion to a path, and the county council agreed to fund ' +
    `the work in 2011.${ref(6)}`,
  'The restoration, completed in June 2014, included:',
];
const wpRestoreList = [
  'repointing of all 23 arches with a lime mortar matched to the original;',
  'a new drainage layer and gravel surface on the deck;',
  'replacement of 140 metres of parapet with stone recovered from the demolished station building at Østrem;',
  'lighting at the two ends of the viaduct, but not on the spans themselves, to protect a colony of bats roosting in the piers.',
];
const wpRestore2 = [`The path forms part of the Selje Valley Trail, and about 60,000 people crossed the viaduct in 2023.${ref(7)}`];
const wpCulture = [
  'The viaduct appears in the opening scene of the 1994 television drama <i>Siste tog</i> and on the cover of the album <i>Granitt</i> by the ' +
    'folk group Tindra. Since 2016 it has been the setting of a midsummer concert held on the deck, for which the path is closed for one evening.',
];
const wpRefs = [
  'Lunde, Kari (2002). <i>Stein over dalen: jernbanebruer i Vessmark</i>. Bergen: Fjordforlaget. p. 54. ISBN 978-82-91442-07-3.',
  '"Frimerker 1987". <i>Posthistorisk årbok</i>. 1988. pp. 12–13.',
  'Molvik, Anders (1897). <i>Om Seljebanens trasé</i>. Kristiania: Teknisk Ukeblad.',
  '"Haldervikbrua åpnet". <i>Vessmark Tidende</i>. 16 August 1909. p. 1.',
  'Hovland, Per (2010). "Murbruer på Vessmarkbanen". <i>Norsk jernbanehistorie</i>. <b>31</b> (2): 88–104.',
  '"Fylket sier ja til gangbru". <i>Vessmark Tidende</i>. 9 March 2011. Retrieved 2 November 2025.',
  '"Rekordår på Seljestien". Vessmark fylkeskommune. 14 January 2024. Retrieved 2 November 2025.',
];
const wpMenu = ['Home', 'Random', 'Nearby', 'Log in', 'Settings', 'Donate'];
const wpMenuFoot = ['About Wikipedia', 'Disclaimers'];
const wpLangs = ['Deutsch', 'Norsk bokmål', 'Norsk nynorsk', 'Svenska'];
const wpFoot = ['Privacy policy', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Terms of Use', 'Desktop'];
const wpShort = 'Railway viaduct in Vessmark, Norway';
const wpHatnote = 'For the 1970s rock band, see Haldervik (band).';
const wpAmbox = [
  'This article needs additional citations for verification.',
  'Please help improve this article by adding citations to reliable sources. Unsourced material may be challenged and removed.',
  'Find sources:',
  '(October 2025)',
  'Learn how and when to remove this message',
];
const wpCaption = 'The northern spans seen from the Selje riverbank, 2015';
const wpEdited = 'Last edited on 3 November 2025, at 14:12';
const wpLastmod = 'This page was last edited on 3 November 2025, at 14:12';
const wpLicense = 'Content is available under CC BY-SA 4.0 unless otherwise noted.';
const wpPermalink = 'https://en.wikipedia.org/w/index.php?title=Haldervik_Viaduct&amp;oldid=1320455871';
const wpPs = (a: readonly string[]): string => a.map((p) => `<p>${p}\n</p>`).join('');
const wpHeading = (level: 2 | 3, id: string, text: string, section: number): string =>
  `<div class="mw-heading mw-heading${level}${level === 2 ? ` section-heading" onclick="mfTempOpenSection(${section})` : ''}">` +
  `${level === 2 ? '<span class="indicator mf-icon mf-icon-expand mf-icon--small"></span>' : ''}<h${level} id="${id}">${text}</h${level}>
<span class="mw-editsection"><a role="button" href="/w/index.php?title=Haldervik_Viaduct&amp;action=edit&amp;section=${section}" title="Edit section: ${text}"
class="cdx-button cdx-button--size-large cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--icon-only cdx-button--weight-quiet">
<span class="minerva-icon minerva-icon--edit"></span><span>edit</span></a></span></div>`;
const wpSection = (n: number, inner: string): string => `<section class="mf-section-${n} collapsible-block" id="mf-section-${n}">\n${inner}\n</section>`;
const wpInfobox = `<table class="infobox"><tbody>
<tr><th colspan="2" class="infobox-above">Haldervik Viaduct</th></tr>
<tr><td colspan="2" class="infobox-image"><span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Haldervikbrua_2015.jpg"
class="mw-file-description"><img src="//upload.wikimedia.org/wikipedia/commons/thumb/4/4e/Haldervikbrua_2015.jpg/250px-Haldervikbrua_2015.jpg"
decoding="async" width="250" height="167" class="mw-file-element" data-file-width="3000" data-file-height="2000"></a></span>
<div class="infobox-caption">The viaduct from the south in 2015</div></td></tr>
<tr><th scope="row" class="infobox-label">Carries</th><td class="infobox-data">Selje Valley Trail (since 2014)</td></tr>
<tr><th scope="row" class="infobox-label">Crosses</th><td class="infobox-data">Selje</td></tr>
<tr><th scope="row" class="infobox-label">Locale</th><td class="infobox-data">Haldervik, Vessmark, Norway</td></tr>
<tr><th scope="row" class="infobox-label">Total length</th><td class="infobox-data">412&#160;m (1,352&#160;ft)</td></tr>
<tr><th scope="row" class="infobox-label">Height</th><td class="infobox-data">38&#160;m (125&#160;ft)</td></tr>
<tr><th scope="row" class="infobox-label">No. of spans</th><td class="infobox-data">23</td></tr>
<tr><th scope="row" class="infobox-label">Opened</th><td class="infobox-data">14 August 1909</td></tr>
<tr><th scope="row" class="infobox-label">Closed</th><td class="infobox-data">1983 (rail)</td></tr></tbody></table>`;
const wpAmboxHtml = `<table class="box-More_citations_needed plainlinks metadata ambox ambox-content ambox-Refimprove" role="presentation"><tbody><tr>
<td class="mbox-image"><div class="mbox-image-div"><span typeof="mw:File"><span><img alt=""
src="//upload.wikimedia.org/wikipedia/en/thumb/b/b4/Ambox_important.svg/40px-Ambox_important.svg.png"
decoding="async" width="40" height="40" class="mw-file-element"></span></span></div></td>
<td class="mbox-text"><div class="mbox-text-span"><b>${wpAmbox[0]}</b> <span class="hide-when-compact">${wpAmbox[1]}<br><small><span class="plainlinks">
<i>${wpAmbox[2]}</i>&#160;"<a rel="nofollow" class="external text"
href="https://www.google.com/search?q=%22Haldervik+Viaduct%22">Haldervik Viaduct</a>"&#160;–
<a rel="nofollow" class="external text" href="https://www.google.com/search?tbm=nws&amp;q=%22Haldervik+Viaduct%22">news</a>&#160;<b>·</b>
<a rel="nofollow" class="external text" href="https://scholar.google.com/scholar?q=%22Haldervik+Viaduct%22">scholar</a></span></small></span>
<span class="date-container"><i>(<span class="date">October 2025</span>)</i></span><span class="hide-when-compact"><i> (<small>
<a href="/wiki/Help:Maintenance_template_removal">${wpAmbox[4]}</a></small>)</i></span></div></td></tr></tbody></table>`;
const wpThumb = `<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Haldervikbrua_nord.jpg" class="mw-file-description">
<img src="//upload.wikimedia.org/wikipedia/commons/thumb/8/81/Haldervikbrua_nord.jpg/220px-Haldervikbrua_nord.jpg" decoding="async" width="220"
height="147" class="mw-file-element"></a><figcaption>${wpCaption}</figcaption></figure>`;
const wpRefList = wpRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span>
<span class="reference-text"><cite class="citation book cs1">${r}</cite></span></li>`,
  )
  .join('\n');
const wpHtml = `<!DOCTYPE html>
<html class="client-nojs skin-theme-clientpref-day mf-expand-sections-clientpref-0 mf-font-size-clientpref-small mw-mf-amc-clientpref-0" lang="en"
dir="ltr"><head><meta charset="UTF-8"><title>${wpTitle} - Wikipedia</title>
<script>(function(){var className="client-js skin-theme-clientpref-day mf-expand-sections-clientpref-0";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Haldervik_Viaduct","wgTitle":"Haldervik Viaduct","wgNamespaceNumber":0,"wgArticleId":71833012,"wgIsArticle":true,
"wgMFMode":"stable","wgMinervaPermissions":{"watchable":true,"talk":false,"switchLanguage":true,"historyLink":true}};
RLPAGEMODULES=["ext.cite.ux-enhancements","site","mediawiki.page.ready","skins.minerva.scripts","mobile.init"];</script>
<link rel="stylesheet"
href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.minerva.base.styles%7Cskins.minerva.content.styles.images&amp;only=styles&amp;skin=minerva">
<meta name="generator" content="MediaWiki 1.45.0-wmf.24"><meta name="referrer" content="origin-when-cross-origin"><meta name="robots"
content="max-image-preview:standard">
<meta name="theme-color" content="#eaecf0"><meta name="viewport"
content="width=device-width, initial-scale=1.0, user-scalable=yes, minimum-scale=0.25, maximum-scale=5.0">
<meta property="og:title" content="${wpTitle} - Wikipedia"><meta property="og:type" content="website">
<link rel="canonical" href="https://en.wikipedia.org/wiki/Haldervik_Viaduct">
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"Haldervik Viaduct",
"url":"https:\\/\\/en.wikipedia.org\\/wiki\\/Haldervik_Viaduct",
"author":{"@type":"Organization","name":"Contributors to Wikimedia projects"},"publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."},
"datePublished":"2012-06-18T09:41:55Z","dateModified":"2025-11-03T14:12:40Z","headline":"railway viaduct in Vessmark, Norway"}</script>
</head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Haldervik_Viaduct rootpage-Haldervik_Viaduct stable issues-group-B skin-minerva
action-view skin--responsive mw-mf-amc-disabled mw-mf"><div id="mw-mf-viewport"><div id="mw-mf-page-center"><a class="mw-mf-page-center__mask" href="#"></a>
<header class="header-container header-chrome"><div class="minerva-header"><nav class="navigation-drawer toggle-list view-border-box">
<input type="checkbox" id="main-menu-input" class="toggle-list__checkbox" role="button" aria-haspopup="true" aria-expanded="false"
aria-labelledby="mw-mf-main-menu-button">
<label role="button" for="main-menu-input" id="mw-mf-main-menu-button" aria-hidden="true" data-event-name="ui.mainmenu"
class="cdx-button cdx-button--size-large cdx-button--fake-button cdx-button--weight-quiet cdx-button--icon-only toggle-list__toggle">
<span class="minerva-icon minerva-icon--menu"></span><span></span></label>
<div id="mw-mf-page-left" class="menu view-border-box"><ul id="p-navigation" class="toggle-list__list">
${links(wpMenu.slice(0, 3), 'toggle-list-item')}</ul>
<ul id="p-personal" class="toggle-list__list">${links(wpMenu.slice(3, 4), 'toggle-list-item')}</ul>
<ul id="pt-preferences" class="toggle-list__list">${links(wpMenu.slice(4, 5), 'toggle-list-item')}</ul>
<ul id="p-donation" class="toggle-list__list">${links(wpMenu.slice(5), 'toggle-list-item')}</ul>
<ul class="hlist">${links(wpMenuFoot)}</ul></div><label class="main-menu-mask" for="main-menu-input"></label></nav>
<div class="branding-box"><a href="/wiki/Main_Page"><span><img src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg" alt="Wikipedia" width="120"
height="18" style="width: 7.5em; height: 1.125em;"></span></a></div>
<form action="/w/index.php" method="get" class="minerva-search-form"><div class="search-box"><input type="hidden" name="title" value="Special:Search">
<input class="search skin-minerva-search-trigger" id="searchInput" type="search" name="search" placeholder="Search Wikipedia" aria-label="Search Wikipedia"
autocapitalize="sentences" title="Search Wikipedia [f]" accesskey="f"><span class="search-box-icon-overlay"><span class="minerva-icon minerva-icon--search">
</span></span></div><button id="searchIcon"
class="cdx-button cdx-button--size-large cdx-button--icon-only cdx-button--weight-quiet skin-minerva-search-trigger">
<span class="minerva-icon minerva-icon--search"></span><span>Search</span></button></form>
<nav class="minerva-user-navigation" aria-label="User navigation"></nav></div></header>
<main id="content" class="mw-body"><div class="banner-container"><div id="siteNotice"></div></div>
<div class="pre-content heading-holder"><div class="page-heading"><h1 id="firstHeading" class="firstHeading mw-first-heading">
<span class="mw-page-title-main">${wpTitle}</span></h1><div class="tagline"></div></div>
<nav class="page-actions-menu"><ul id="p-views" class="page-actions-menu__list">
<li id="language-selector" class="page-actions-menu__list-item"><a role="button" href="#p-lang" data-mw="interface" data-event-name="menu.languages"
title="Language" class="cdx-button cdx-button--size-large cdx-button--fake-button cdx-button--icon-only cdx-button--weight-quiet language-selector">
<span class="minerva-icon minerva-icon--language"></span><span>Language</span></a></li>
<li id="page-actions-watch" class="page-actions-menu__list-item"><a role="button" id="ca-watch" href="/w/index.php?title=Special:UserLogin"
data-event-name="menu.watch"
class="cdx-button cdx-button--size-large cdx-button--fake-button cdx-button--icon-only cdx-button--weight-quiet menu__item--page-actions-watch">
<span class="minerva-icon minerva-icon--star"></span><span>Watch</span></a></li>
<li id="page-actions-edit" class="page-actions-menu__list-item"><a role="button" id="ca-edit" href="/w/index.php?title=Haldervik_Viaduct&amp;action=edit"
data-event-name="menu.edit" class="edit-page cdx-button cdx-button--size-large cdx-button--fake-button cdx-button--icon-only cdx-button--weight-quiet">
<span class="minerva-icon minerva-icon--edit"></span><span>Edit</span></a></li></ul></nav></div>
<div id="bodyContent" class="content"><div id="mw-content-text" class="mw-body-content">
<script>function mfTempOpenSection(id){var block=document.getElementById("mf-section-"+id);block.className+=" open-block";}</script>
<div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr"><section class="mf-section-0" id="mf-section-0">
<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">${wpShort}</div>
<div role="note" class="hatnote navigation-not-searchable">For the 1970s rock band, see <a href="/wiki/Haldervik_(band)">Haldervik (band)</a>.</div>
${wpAmboxHtml}
${wpInfobox}
${wpPs(wpLead)}</section>
${wpHeading(2, 'History', 'History', 1)}
${wpSection(
  1,
  `${wpHeading(3, 'Construction', 'Construction', 2)}\n${wpPs(wpBuild)}\n${wpHeading(3, 'Decline_and_closure', 'Decline and closure', 3)}
${wpPs(wpDecline)}`,
)}
${wpHeading(2, 'Design', 'Design', 4)}
${wpSection(2, `${wpThumb}\n${wpPs(wpDesign)}`)}
${wpHeading(2, 'Restoration_and_reuse', 'Restoration and reuse', 5)}
${wpSection(3, `${wpPs(wpRestore)}<ul>${wpRestoreList.map((t) => `<li>${t}</li>`).join('\n')}</ul>\n${wpPs(wpRestore2)}`)}
${wpHeading(2, 'In_popular_culture', 'In popular culture', 6)}
${wpSection(4, wpPs(wpCulture))}
${wpHeading(2, 'References', 'References', 7)}
${wpSection(5, `<div class="mw-references-wrap"><ol class="references">\n${wpRefList}\n</ol></div>`)}
</div><noscript><img src="https://en.wikipedia.org/wiki/Special:CentralAutoLogin/start?type=1x1&amp;mobile=1" alt="" width="1" height="1"
style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="${wpPermalink}">${wpPermalink}</a>"</div>
</div></div><div class="post-content" id="page-secondary-actions"></div></main>
<footer class="mw-footer minerva-footer" role="contentinfo"><a class="last-modified-bar" href="/wiki/Special:History/Haldervik_Viaduct">
<div class="post-content last-modified-bar__content"><span class="minerva-icon minerva-icon-size-medium minerva-icon--modified-history"></span>
<span class="last-modified-bar__text modified-enhancement" data-user-name="Fjellvandrer" data-user-gender="unknown" data-timestamp="1762179160">
<span>${wpEdited}</span></span><span class="minerva-icon minerva-icon-size-small minerva-icon--expand"></span></div></a>
<div class="post-content footer-content"><div id="mw-data-after-content"><div class="read-more-container"></div></div>
<div id="p-lang"><h4>Languages</h4><section><ul id="p-variants" class="minerva-languages"></ul><ul class="minerva-languages">
${wpLangs.map((l) => `<li class="interlanguage-link mw-list-item"><a href="#" class="interlanguage-link-target"><span>${l}</span></a></li>`).join('\n')}
</ul></section></div>
<div class="minerva-footer-logo"><img src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg" alt="Wikipedia" width="120" height="18"></div>
<ul id="footer-info" class="footer-info hlist hlist-separated"><li id="footer-info-lastmod"> ${wpLastmod}<span class="anonymous-show">&#160;(UTC)</span>.</li>
<li id="footer-info-copyright">Content is available under <a class="external" rel="nofollow" href="https://creativecommons.org/licenses/by-sa/4.0/deed.en">CC
BY-SA 4.0</a> unless otherwise noted.</li></ul>
<ul id="footer-places" class="footer-places hlist hlist-separated">${links(wpFoot.slice(0, 1))}${links(wpMenuFoot)}
${links(wpFoot.slice(1))}</ul></div></footer></div></div><div class="mw-notification-area" data-mw="interface"></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.eqiad.main-6b8d9c7f5-x2k9q","wgBackendResponseTime":142});});</script>
</body></html>`;
const wikipediaMobile: TestPage = {
  html: wpHtml,
  name: 'heldout82-wikipedia-mobile-minerva-article',
  kind: 'wiki',
  // the lead, every section paragraph and the restoration list are body, with their "[n]" citation markers as the page shows
  // them; "References" (heading and entries) and the infobox are in neither list; the hidden short description, the hatnote,
  // the ambox, the thumbnail caption, the "edit" links, the page actions, the menu, languages and footer are furniture; the
  // "Last edited" bar and the footer's "This page was last edited" line are bylines
  title: wpTitle,
  headings: ['History', 'Construction', 'Decline and closure', 'Design', 'Restoration and reuse', 'In popular culture'],
  body: texts([...wpLead, ...wpBuild, ...wpDecline, ...wpDesign, ...wpRestore, ...wpRestoreList, ...wpRestore2, ...wpCulture]),
  bylines: [wpEdited, wpLastmod],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...wpMenu, ...wpMenuFoot, 'Search', 'Language', 'Watch', 'Edit', wpShort, wpHatnote, ...wpAmbox, wpCaption, 'Languages', ...wpLangs, wpLicense,
    ...wpFoot, 'Retrieved from "https://en.wikipedia.org/w/index.php?title=Haldervik_Viaduct&oldid=1320455871"', '(UTC)',
  ])],
};

export const HELDOUT82_A: readonly TestPage[] = [wikipediaMobile, wikivoyagePage];
