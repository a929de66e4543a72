import { type TestPage, texts } from './page-kit.js';
import { simpleWiki } from './pages-heldout139-b2.js';

/**
 * Held-out batch 139, file b: an English Wikipedia article as the mobile site (en.m.wikipedia.org, Minerva skin) serves it
 * (the hamburger drawer with Home, Random, Nearby, Log in, Settings, Donate and the About/Disclaimers links, the wordmark,
 * the search form, the Article/Talk tabs, the Language/Watch/Edit page actions, the lead section with the infobox moved
 * below the first paragraph, collapsible sections with expand indicators and edit buttons, a thumbnail caption, the
 * references section, the "Last edited" bar, the related-articles cards, the hidden languages list and the mobile footer)
 * and, from file b2, a Simple English Wikipedia article.
 */
const title = 'River Aldwater';
const ref = (n: number): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">&#91;</span>${n}<span
class="cite-bracket">&#93;</span></a></sup>`;
const lead = [
  `The <b>River Aldwater</b> is a river in the county of Hennock. It rises on Carrow Moor at a height of about 480&#160;m (1,570&#160;ft) and flows
south-east for 41&#160;km (25&#160;mi) through the market towns of Pellow and Ashby Royal before joining the River Tane at Fennick.${ref(1)}`,
  `The Aldwater powered at least 23 mills between the 13th and the 19th centuries, and its lower valley was the centre of the county's woollen industry.
Today the river is known for its wild brown trout and for the Aldwater Way, a long-distance footpath that follows it from source to mouth.`,
];
const heads = ['Course', 'History', 'Mills', 'Floods', 'Ecology', 'Recreation'];
const course = [
  `The river rises from a series of springs in peat bogs below Carrow Tor. For its first 8&#160;km it runs in a narrow, steep-sided valley, dropping over
the Hob's Steps, a series of small waterfalls, before reaching the village of Lower Carrow.${ref(2)}`,
  `Below Pellow the valley widens and the river meanders across a broad floodplain of meadows. Its main tributaries are the Sallow Brook, which joins from
the north at Ashby Royal, and the River Deen, which joins a few kilometres above Fennick.`,
];
const mills = [
  `The earliest recorded mill on the Aldwater was a corn mill at Lower Carrow, mentioned in a charter of 1247. By the 1700s fulling mills, which cleaned
and thickened woollen cloth, lined the river between Pellow and Ashby Royal.${ref(3)}`,
  `The last working mill, Tanner's Mill at Pellow, stopped production in 1962. Its waterwheel was restored by volunteers in 2008 and now turns on open
days.`,
];
const floods = [
  `Severe floods struck Ashby Royal in 1894, 1968 and 2012. After the 2012 flood, when more than 300 homes were damaged, the county council built a flood
storage area upstream of the town, which can hold back about 1.1 million cubic metres of water.${ref(4)}`,
];
const ecology = [
  `The upper river has some of the cleanest water in the region and supports populations of brown trout, bullhead and white-clawed crayfish. Otters
returned to the river in the late 1990s after an absence of some forty years.`,
  `The Aldwater Meadows near Fennick are a nature reserve managed by the Hennock Wildlife Trust. In spring they are known for their snake's head
fritillaries.${ref(5)}`,
];
const recreation = [
  'The Aldwater Way footpath, opened in 1991, runs for 52&#160;km along the river and can be walked in three days. Popular stretches include:',
];
const recreationList = ["The Hob's Steps waterfalls near Lower Carrow", 'The mill trail at Pellow', 'The riverside meadows between Ashby Royal and Fennick'];
const caption = "Tanner's Mill at Pellow, restored in 2008";
const refs = [
  '"River Aldwater". <i>Hennock Rivers Survey</i>. Hennock County Council. 2019. Retrieved 11 March 2024.',
  'Sallis, Owen (2004). <i>Walking the Aldwater</i>. Pellow: Moorside Press. p.&#160;12.',
  'Grey, Ann (1987). "Fulling mills of the Aldwater valley". <i>Hennock Historical Review</i>. <b>22</b>: 5–29.',
  '"Ashby Royal flood storage scheme completed". <i>Hennock Gazette</i>. 14 June 2016.',
  '"Aldwater Meadows". Hennock Wildlife Trust. Retrieved 3 April 2024.',
];
const related: [string, string][] = [
  ['River Tane', 'River in southern Hennock'],
  ['Ashby Royal', 'Market town in Hennock'],
  ['Carrow Moor', 'Upland area in Hennock'],
];
const drawer = ['Home', 'Random', 'Nearby', 'Log in', 'Settings', 'Donate'];
const drawerLinks = ['About Wikipedia', 'Disclaimers'];
const languages = ['Cymraeg', 'Deutsch', 'Français'];
const footer = [
  'Privacy policy',
  'About Wikipedia',
  'Disclaimers',
  'Code of Conduct',
  'Developers',
  'Statistics',
  'Cookie statement',
  'Terms of Use',
  'Desktop',
];
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}\n</p>`).join('\n');
const editBtn = (
  n: number,
  t: string,
): string => `<span class="mw-editsection"><a role="button" href="/w/index.php?title=River_Aldwater&amp;action=edit&amp;section=${n}"
title="Edit section: ${t}" class="cdx-button cdx-button--size-large cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--icon-only
cdx-button--weight-quiet"><span class="minerva-icon minerva-icon--edit"></span><span>edit</span></a></span>`;
const section = (n: number, t: string, inner: string): string => `<div class="mw-heading mw-heading2 section-heading" onclick="mfTempOpenSection(${n})">
<span class="indicator mf-icon mf-icon-expand mf-icon--small"></span><h2 id="${t}">${t}</h2>${editBtn(n, t)}</div>
<section class="mf-section-${n} collapsible-block" id="mf-section-${n}">${inner}</section>`;
const h3 = (n: number, t: string): string => `<div class="mw-heading mw-heading3"><h3 id="${t}">${t}</h3>${editBtn(n, t)}</div>`;
const html = `<!DOCTYPE html>
<html class="client-js skin-theme-clientpref-day mf-expand-sections-clientpref-0 mf-font-size-clientpref-small mw-mf-amc-clientpref-0" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>River Aldwater - Wikipedia</title>
<script>(function(){var className="client-js skin-theme-clientpref-day mf-expand-sections-clientpref-0";document.documentElement.className=className;}());
RLCONF={"wgPageName":"River_Aldwater","wgTitle":"River Aldwater","wgCurRevisionId":1268840211,"wgIsArticle":true,"wgAction":"view","wgUserName":null,
"wgMFMode":"stable","wgMFAmc":false,"wgMFLazyLoadImages":true,"wgMFIsSupportedEditRequest":true,"wgMinervaPermissions":{"watchable":true,"talk":true}};
RLPAGEMODULES=["ext.cite.ux-enhancements","site","mediawiki.page.ready","skins.minerva.scripts",
"ext.relatedArticles.readMore.bootstrap","mobile.init"];</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cmobile.init.styles%7Cskins.minerva.base.styles&amp;only=styles&amp;skin=minerva">
<script async="" src="/w/load.php?lang=en&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=minerva&amp;target=mobile"></script>
<meta name="generator" content="MediaWiki 1.45.0-wmf.7"><meta name="referrer" content="origin-when-cross-origin"><meta name="theme-color" content="#eaecf0">
<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes, minimum-scale=0.25, maximum-scale=5.0">
<meta property="og:title" content="River Aldwater - Wikipedia"><meta property="og:type" content="website">
<link rel="manifest" href="/w/api.php?action=webapp-manifest"><link rel="canonical" href="https://en.wikipedia.org/wiki/River_Aldwater">
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"River Aldwater",
"url":"https:\\/\\/en.wikipedia.org\\/wiki\\/River_Aldwater",
"publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."},
"datePublished":"2006-02-19T21:40:12Z","dateModified":"2025-01-09T14:27:55Z","headline":"river in Hennock"}
</script></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-River_Aldwater rootpage-River_Aldwater stable
issues-group-B skin-minerva
action-view skin--responsive mw-mf-amc-disabled mw-mf"><div id="mw-mf-viewport"><div id="mw-mf-page-center"><a class="mw-mf-page-center__mask" href="#"></a>
<header class="header-container header-chrome"><div class="minerva-header"><nav class="navigation-drawer toggle-list view-border-box">
<input type="checkbox" id="main-menu-input" class="toggle-list__checkbox" role="button" aria-haspopup="true" aria-expanded="false"
aria-labelledby="mw-mf-main-menu-button">
<label role="button" for="main-menu-input" id="mw-mf-main-menu-button" aria-hidden="true" data-event-name="ui.mainmenu" class="cdx-button cdx-button--size-large
cdx-button--fake-button cdx-button--icon-only cdx-button--weight-quiet toggle-list__toggle"><span
class="minerva-icon minerva-icon--menu"></span><span></span></label>
<div id="mw-mf-page-left" class="menu view-border-box">
${drawer
  .map(
    (t) => `<ul class="toggle-list__list"><li class="toggle-list-item"><a class="toggle-list-item__anchor" href="/wiki/Special:${t.replace(/ /g, '')}"
data-mw="interface"><span class="minerva-icon minerva-icon--${t.toLowerCase().replace(/ /g, '')}"></span><span
class="toggle-list-item__label">${t}</span></a></li></ul>`,
  )
  .join('\n')}
<ul class="hlist">${drawerLinks
  .map(
    (t) => `<li class="toggle-list-item"><a class="toggle-list-item__anchor menu__item--${t.length}"
href="/wiki/Wikipedia:${t.replace(/ /g, '_')}"><span class="toggle-list-item__label">${t}</span></a></li>`,
  )
  .join('')}</ul></div>
<label class="main-menu-mask" for="main-menu-input"></label></nav>
<div class="branding-box"><a href="/wiki/Main_Page"><span><img src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg" alt="Wikipedia" width="120"
height="18"
style="width: 7.5em; height: 1.125em;"></span></a></div>
<form action="/w/index.php" method="get" class="minerva-search-form"><div class="search-box"><input type="hidden" name="title" value="Special:Search">
<input class="search skin-minerva-search-trigger" id="searchInput" type="search" name="search" placeholder="Search Wikipedia" aria-label="Search Wikipedia"
autocapitalize="sentences" title="Search Wikipedia [f]" accesskey="f"><span class="search-box-icon-overlay"><span
class="minerva-icon minerva-icon--search"></span>
</span></div><button id="searchIcon" class="cdx-button cdx-button--size-large cdx-button--icon-only cdx-button--weight-quiet skin-minerva-search-trigger">
<span class="minerva-icon minerva-icon--search"></span><span>Search</span></button></form>
<nav class="minerva-user-navigation" aria-label="User navigation"></nav></div></header>
<main id="content" class="mw-body"><div class="banner-container"><div id="siteNotice"></div></div>
<div class="pre-content heading-holder"><div class="page-heading"><h1 id="firstHeading" class="firstHeading mw-first-heading"><span
class="mw-page-title-main">${title}</span>
</h1><div class="tagline"></div></div>
<nav class="minerva__tab-container"><a class="minerva__tab selected" href="/wiki/River_Aldwater" data-event-name="tabs.subject">Article</a>
<a class="minerva__tab" href="/wiki/Talk:River_Aldwater" rel="discussion" data-event-name="tabs.talk">Talk</a></nav>
<nav class="page-actions-menu"><ul id="p-views" class="page-actions-menu__list"><li id="language-selector" class="page-actions-menu__list-item">
<a role="button" href="#p-lang" data-mw="interface" data-event-name="menu.languages" title="Language"
class="cdx-button cdx-button--size-large cdx-button--fake-button
cdx-button--icon-only cdx-button--weight-quiet language-selector"><span class="minerva-icon minerva-icon--language"></span><span>Language</span></a></li>
<li id="page-actions-watch" class="page-actions-menu__list-item"><a role="button" id="ca-watch"
href="/w/index.php?title=Special:UserLogin&amp;returnto=River+Aldwater"
data-event-name="menu.watch" class="cdx-button cdx-button--size-large cdx-button--fake-button cdx-button--icon-only
cdx-button--weight-quiet menu__item--page-actions-watch">
<span class="minerva-icon minerva-icon--star"></span><span>Watch</span></a></li>
<li id="page-actions-edit" class="page-actions-menu__list-item"><a role="button" id="ca-edit" href="/w/index.php?title=River_Aldwater&amp;action=edit"
data-event-name="menu.edit" data-mw="interface"
class="edit-page cdx-button cdx-button--size-large cdx-button--fake-button cdx-button--icon-only cdx-button--weight-quiet">
<span class="minerva-icon minerva-icon--edit"></span><span>Edit</span></a></li></ul></nav><div class="minerva__subtitle"></div></div>
<div id="bodyContent" class="content"><div id="mw-content-text" class="mw-body-content"><script>function mfTempOpenSection(id){var
block=document.getElementById(
"mf-section-"+id);block.className+=" open-block";block.previousSibling.className+=" open-block";}</script>
<div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr"><section class="mf-section-0" id="mf-section-0">
<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">River in Hennock</div>
${ps(lead.slice(0, 1))}
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">River Aldwater</th></tr><tr><th scope="row" class="infobox-label">Location</th>
<td class="infobox-data">Hennock</td></tr><tr><th scope="row" class="infobox-label">Source</th><td class="infobox-data">Carrow Moor</td></tr>
<tr><th scope="row" class="infobox-label">Mouth</th><td class="infobox-data">River Tane at Fennick</td></tr><tr><th scope="row"
class="infobox-label">Length</th>
<td class="infobox-data">41&#160;km (25&#160;mi)</td></tr></tbody></table>
${ps(lead.slice(1))}
<meta property="mw:PageProp/toc"></section>
${section(1, heads[0]!, ps(course))}
${section(
  2,
  heads[1]!,
  `${h3(3, heads[2]!)}
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Tanners_Mill_Pellow.jpg" class="mw-file-description"><span
class="lazy-image-placeholder" style="width: 250px;height: 167px;"
data-src="//upload.wikimedia.org/wikipedia/commons/thumb/8/8a/Tanners_Mill_Pellow.jpg/250px-Tanners_Mill_Pellow.jpg"
data-width="250" data-height="167" data-class="mw-file-element">&#160;</span></a><figcaption>${caption}</figcaption></figure>
${ps(mills)}
${h3(4, heads[3]!)}
${ps(floods)}`,
)}
${section(5, heads[4]!, ps(ecology))}
${section(6, heads[5]!, `${ps(recreation)}\n<ul>${recreationList.map((t) => `<li>${t}</li>`).join('\n')}</ul>`)}
${section(
  7,
  'References',
  `<div class="reflist"><div class="mw-references-wrap"><ol class="references">
${refs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span class="reference-text">
<cite class="citation cs1">${r}</cite></span></li>`,
  )
  .join('\n')}</ol></div></div>`,
)}
</div></div><div class="post-content" id="page-secondary-actions"></div></div>
<div class="post-content"><div class="last-modified-bar"><div class="last-modified-bar__content"><span
class="minerva-icon minerva-icon--modified-history"></span>
<a href="/wiki/Special:History/River_Aldwater" class="last-modified-bar__text modified-enhancement" data-user-name="Otterbank" data-user-gender="unknown"
data-timestamp="1736432875"><span>Last edited on 9 January 2025, at 14:27</span></a><span class="minerva-icon minerva-icon--expand"></span></div></div></div>
<div class="post-content footer-content"><div id="mw-data-after-content"><div class="read-more-container"><aside class="ext-related-articles-card-list-v"
aria-labelledby="ext-related-articles-title"><h2 id="ext-related-articles-title" class="ext-related-articles-card-list-heading">Related articles</h2>
<ul class="ext-related-articles-card-list">${related
  .map(
    ([t, d]) => `<li title="${t}" class="ext-related-articles-card"><div class="ext-related-articles-card-thumb
ext-related-articles-card-thumb-placeholder"></div><a class="ext-related-articles-card-anchor" href="/wiki/${t.replace(/ /g, '_')}" title="${t}"></a>
<div class="ext-related-articles-card-detail"><h3><a href="/wiki/${t.replace(/ /g, '_')}">${t}</a></h3><p
class="ext-related-articles-card-extract">${d}</p></div></li>`,
  )
  .join('\n')}
</ul></aside></div></div>
<div id="p-lang"><h4>Languages</h4><section><ul id="p-variants" class="minerva-languages"></ul><ul class="minerva-languages">
${languages
  .map(
    (l) => `<li class="interlanguage-link mw-list-item"><a href="https://x.m.wikipedia.org/wiki/Aldwater"
class="interlanguage-link-target"><span>${l}</span></a></li>`,
  )
  .join('\n')}
</ul></section></div>
<div class="minerva-footer-logo"><img src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg" alt="Wikipedia" width="120" height="18"></div>
<ul id="footer-info" class="footer-info hlist hlist-separated"><li id="footer-info-lastmod"> This page was last edited on 9 January 2025, at 14:27<span
class="anonymous-show">&#160;(UTC)</span>.</li><li id="footer-info-copyright">Content is available under <a class="external" rel="nofollow"
href="https://creativecommons.org/licenses/by-sa/4.0/deed.en">CC BY-SA 4.0</a> unless otherwise noted.</li></ul>
<ul id="footer-places" class="footer-places hlist hlist-separated">${footer
  .map(
    (t, i) => `<li id="footer-places-${i}"><a
href="/wiki/Footer:${i}">${t}</a></li>`,
  )
  .join('\n')}</ul>
</div></main></div></div><div class="mw-notification-area" data-mw="interface"></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.eqiad.main-7c9b5d7f9-p4r7t",
"wgBackendResponseTime":96});});</script></body></html>`;

const mobile: TestPage = {
  name: 'heldout139-wikipedia-mobile-article',
  kind: 'wiki',
  html,
  // the infobox is in neither list; the drawer, tabs, page actions, section edit buttons, caption, references, the "Last
  // edited" bar and footer line (bylines), related-article cards, the hidden language list and the footer are furniture
  title,
  headings: heads,
  body: texts([...lead, ...course, ...mills, ...floods, ...ecology, ...recreation, ...recreationList]),
  bylines: ['Last edited on 9 January 2025, at 14:27', 'This page was last edited on 9 January 2025, at 14:27'],
  furniture: [
    ...drawer,
    ...drawerLinks,
    'Search',
    'Article',
    'Talk',
    'Language',
    'Watch',
    'Edit',
    'River in Hennock',
    caption,
    'References',
    ...texts(refs),
    'Related articles',
    ...related.flat(),
    'Languages',
    ...languages,
    'Content is available under CC BY-SA 4.0 unless otherwise noted.',
    ...footer.filter((t) => !drawerLinks.includes(t)),
  ],
};

export const HELDOUT139_B: readonly TestPage[] = [mobile, simpleWiki];
