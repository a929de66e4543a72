import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 100, file d2: a Wikipedia article about an event, Vector 2022 skin (the "Jump to content" link, main menu,
 * search, "Donate" / "Create account" / "Log in", the sticky table of contents with "(Top)" and "hide", the Article / Talk
 * and Read / Edit / View history tabs, "Tools", "From Wikipedia, the free encyclopedia", a hatnote, an event infobox, section
 * headings with "[edit]" links, reference markers at paragraph ends, See also and References sections, a navbox, categories,
 * and the footer with the last-edited line and the licence notice).
 */
const wkTitle = 'Harrowgate Bridge collapse';
const wkRef = (n: number): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">&#91;</span>${n}<span
class="cite-bracket">&#93;</span></a></sup>`;
const wkLead = [
  'The <b>Harrowgate Bridge collapse</b> occurred on 14 March 1987, when the central span of the Harrowgate Bridge over the ' +
    'River Tallow in Westmarch, Dunmore County, fell into the river during the evening rush hour. Eleven people were killed and ' +
    '23 were injured.',
  'An inquiry found that corrosion of the span’s hanger bars, hidden by a layer of paint applied in 1979, had gone undetected for ' +
    'at least six years. The collapse led to a national programme of bridge inspections and to changes in how steel bridges were ' +
    'maintained.',
];
const wkH1 = 'Background';
const wkP1 = [
  'The Harrowgate Bridge was a three-span steel truss bridge opened in 1958 to carry the Westmarch bypass over the River Tallow. ' +
    'Its central span, 96 metres long, was suspended from the side spans by pairs of steel hanger bars.',
  'By the mid-1980s the bridge carried about 31,000 vehicles a day, nearly twice the traffic it had been designed for. Local ' +
    'newspapers had reported rust staining on the structure several times, but the county’s inspection reports from 1981 and ' +
    '1985 rated the span as being in fair condition.',
];
const wkH2 = 'Collapse';
const wkP2 = [
  'At about 5:38 pm on 14 March 1987, a hanger bar on the upstream side of the central span fractured. Within seconds the span ' +
    'tilted and fell about 20 metres into the river, carrying with it nine cars, a delivery van and a bus.',
  'Rescue boats from the Westmarch fire brigade reached the scene within eight minutes. Most of the bus passengers were pulled ' +
    'from the water alive; nine of the eleven people who died were in cars that sank in the deepest part of the channel.',
];
const wkH3 = 'Investigation';
const wkP3 = [
  'A public inquiry chaired by the engineer Margaret Oyelaran opened in June 1987. It found that water draining from the road ' +
    'deck had collected around the pins of the hanger bars, and that paint applied during repairs in 1979 had covered the ' +
    'resulting corrosion.',
  'The inquiry concluded that the inspection regime in use at the time could not have detected the fault, because inspectors ' +
    'were not required to examine the hangers at close range.',
];
const wkH4 = 'Aftermath';
const wkP4 = ['The collapse led to several lasting changes:'];
const wkList = [
  'Close-range inspection of hanger bars and pins became mandatory on all suspended-span bridges in the country.',
  'The Bridge Safety Act 1989 required local authorities to publish their inspection ratings each year.',
  'A replacement bridge, built as a concrete box girder, opened on the same site in 1991.',
];
const wkP5 = ['A memorial listing the names of the eleven people who died was unveiled on the north bank in 1997.'];
const wkInfo = ['Date', '14 March 1987', 'Location', 'Westmarch, Dunmore County', 'Deaths', '11', 'Non-fatal injuries', '23', 'Inquiries', 'Oyelaran Inquiry'];
const wkSee = ['List of bridge failures', 'Bridge Safety Act 1989'];
const wkRefs = [
  '"Eleven dead as Westmarch bridge falls". Dunmore Evening Post. 15 March 1987. p. 1.',
  'Oyelaran, Margaret (1988). Report of the Inquiry into the Collapse of the Harrowgate Bridge. Westmarch: County Press.',
  '"Rust warnings ignored, inquiry told". The Courier. 9 September 1987.',
  'Hale, Simon (2002). Hidden Failures: Bridges and Public Safety. Tallow Books. pp. 41–58.',
];
const wkMenu = [
  'Main page',
  'Contents',
  'Current events',
  'Random article',
  'About Wikipedia',
  'Contact us',
  'Help',
  'Learn to edit',
  'Community portal',
  'Recent changes',
  'Upload file',
];
const wkTools = [
  'What links here',
  'Related changes',
  'Special pages',
  'Permanent link',
  'Page information',
  'Cite this page',
  'Download as PDF',
  'Printable version',
];
const wkCats = ['1987 disasters', 'Bridge disasters', 'Dunmore County', 'March 1987 events'];
const wkNavbox = ['Bridge failures', 'Harrowgate Bridge (1987)', 'Lowford Viaduct (1994)', 'Ketch Point Bridge (2003)'];
const wkFoot = [
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
const wkLicence =
  'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply. By using this site, you agree to the ' +
  'Terms of Use and Privacy Policy.';
const wkSecs = ['(Top)', 'Background', 'Collapse', 'Investigation', 'Aftermath', 'See also', 'References'];
const wkHead = (id: string, t: string): string => `<div class="mw-heading mw-heading2"><h2 id="${id}">${t}</h2><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Harrowgate_Bridge_collapse&amp;action=edit&amp;section=1" title="Edit section:
${t}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
const wkPs = (a: readonly string[], ref: number): string => a.map((t, i) => `<p>${t}${wkRef(ref + i)}\n</p>`).join('\n');
const wkHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>Harrowgate Bridge collapse - Wikipedia</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgCanonicalNamespace":"","wgPageName":"Harrowgate_Bridge_collapse","wgTitle":"Harrowgate Bridge collapse","wgCurRevisionId":1254300871};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.45.0-wmf.3">
<meta property="og:title" content="Harrowgate Bridge collapse - Wikipedia"><link rel="canonical"
href="https://en.wikipedia.org/wiki/Harrowgate_Bridge_collapse"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Harrowgate_Bridge_collapse
rootpage-Harrowgate_Bridge_collapse skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown" title="Main menu"><label class="vector-dropdown-label" aria-hidden="true">
<span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu"
class="vector-main-menu vector-pinnable-element">
<div class="vector-pinnable-header-label">Main menu</div><ul class="vector-menu-content-list">${links(wkMenu, 'mw-list-item')}</ul></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="Wikipedia"
src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg">
<img class="mw-logo-tagline" alt="The Free Encyclopedia" src="/static/images/mobile/copyright/wikipedia-tagline-en.svg"></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--weight-quiet cdx-button--icon-only search-toggle" title="Search Wikipedia">
<span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a></div><nav class="vector-user-links" aria-label="Personal tools"><ul>
<li id="pt-sitesupport-2" class="user-links-collapsible-item mw-list-item"><a href="https://donate.wikimedia.org/"><span>Donate</span></a></li>
<li id="pt-createaccount-2" class="mw-list-item"><a href="/w/index.php?title=Special:CreateAccount"><span>Create account</span></a></li>
<li id="pt-login-2" class="mw-list-item"><a href="/w/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"></div><div
class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents"
class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div
class="vector-pinnable-header vector-toc-pinnable-header">
<h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button
vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list">${wkSecs
  .map(
    (t) => `<li class="vector-toc-list-item vector-toc-level-1"><a
class="vector-toc-link" href="#${t}"><div class="vector-toc-text">${t}</div></a></li>`,
  )
  .join('\n')}
</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading">
<span class="mw-page-title-main">${wkTitle}</span></h1></header><div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><nav
aria-label="Namespaces">
<ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a
href="/wiki/Harrowgate_Bridge_collapse"><span>Article</span></a></li>
<li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:Harrowgate_Bridge_collapse"><span>Talk</span></a></li></ul></nav><nav
aria-label="Views"><ul>
<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="#"><span>Read</span></a></li><li id="ca-edit" class="vector-tab-noicon
mw-list-item"><a href="#"><span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="#"><span>View history</span></a></li></ul></nav><nav
class="vector-page-tools-landmark" aria-label="Page tools">
<div class="vector-dropdown vector-page-tools-dropdown"><label class="vector-dropdown-label"><span
class="vector-dropdown-label-text">Tools</span></label><div class="vector-dropdown-content">
<ul class="vector-menu-content-list">${links(wkTools, 'mw-list-item')}</ul></div></div></nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div id="siteSub" class="noprint">From Wikipedia,
the free encyclopedia</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div role="note" class="hatnote navigation-not-searchable">For the earlier wooden bridge on the same site, see <a
href="/wiki/Old_Harrowgate_Bridge">Old Harrowgate Bridge</a>.</div>
<table class="infobox vevent"><tbody><tr><th colspan="2" class="infobox-above summary">${wkTitle}</th></tr>
${[0, 2, 4, 6, 8]
  .map(
    (i) => `<tr><th scope="row" class="infobox-label">${wkInfo[i]}</th><td
class="infobox-data">${wkInfo[i + 1]}</td></tr>`,
  )
  .join('\n')}</tbody></table>
${wkPs(wkLead, 1)}
<meta property="mw:PageProp/toc">
${wkHead('Background', wkH1)}
${wkPs(wkP1, 3)}
${wkHead('Collapse', wkH2)}
${wkPs(wkP2, 5)}
${wkHead('Investigation', wkH3)}
${wkPs(wkP3, 7)}
${wkHead('Aftermath', wkH4)}
<p>${wkP4[0]}</p><ul>${wkList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${wkPs(wkP5, 9)}
${wkHead('See_also', 'See also')}
<ul>${wkSee.map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`).join('')}</ul>
${wkHead('References', 'References')}
<div class="reflist"><div class="mw-references-wrap"><ol class="references">${wkRefs
  .map(
    (t, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span>
<span class="reference-text"><cite class="citation">${t}</cite></span></li>`,
  )
  .join('\n')}</ol></div></div>
<div class="navbox-styles"></div><div role="navigation" class="navbox" aria-labelledby="Bridge_failures"><table class="nowraplinks
navbox-inner"><tbody><tr><th scope="col" class="navbox-title"
colspan="2"><div id="Bridge_failures">${wkNavbox[0]}</div></th></tr><tr><td class="navbox-list">${wkNavbox
  .slice(1)
  .map((t) => `<a href="/wiki/x">${t}</a>`)
  .join(' · ')}</td></tr>
</tbody></table></div></div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/wiki/Help:Category">Categories</a>: <ul>
${wkCats.map((t) => `<li><a href="/wiki/Category:${t}">${t}</a></li>`).join('')}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on
2 November 2025, at 17:04<span
class="anonymous-show">&#160;(UTC)</span>.</li><li id="footer-info-copyright">${wkLicence}</li></ul><ul
id="footer-places">${links(wkFoot)}</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
export const wikipediaEvent: TestPage = {
  html: wkHtml,
  name: 'heldout100-wikipedia-event-wiki',
  kind: 'wiki',
  // reference markers sit at paragraph ends and are outside the body texts; the infobox is in neither list; "See also" and
  // "References" are not headings of the article (their headings are in neither list), their items are furniture; the
  // sticky table of contents repeats the headings and only its own labels are furniture
  title: wkTitle,
  headings: [wkH1, wkH2, wkH3, wkH4],
  body: texts([...wkLead, ...wkP1, ...wkP2, ...wkP3, ...wkP4, ...wkList, ...wkP5]),
  bylines: ['This page was last edited on 2 November 2025, at 17:04'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', ...wkMenu.filter((t) => t !== 'About Wikipedia'), 'Search', 'Donate', 'Create account', 'Log in', '(Top)', 'hide',
    'Article', 'Talk', 'Read', 'Edit', 'View history', 'Tools', ...wkTools, 'From Wikipedia, the free encyclopedia',
    'For the earlier wooden bridge on the same site, see Old Harrowgate Bridge.', 'edit', ...wkSee, ...wkRefs, ...wkNavbox, 'Categories', ...wkCats, wkLicence,
    ...wkFoot,
  ],
};
