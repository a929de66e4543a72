import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout545-kit.js';

/**
 * Held-out batch 545, file b: a pier's history article on a local heritage wiki (MediaWiki, Vector 2022 skin, infobox,
 * edit links, references, categories), and a short pier visit page with opening times and prices built with Wix.
 */
const wTitle = 'Westhaven Pier';
const cite = (n: number): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">[</span>${n}<span class="cite-bracket">]</span></a></sup>`;
const wLead = [
  j(
    '<b>Westhaven Pier</b> is a Victorian pleasure pier on the east side of Westhaven Bay. It opened in 1874 and, at 412 metres, was the',
    'longest pier on the Saltcoast until the storm of 1953 took away its seaward end.',
    'It is a Grade II listed structure and is owned by Westhaven Town Council.',
  ),
];
const wBuild = [
  j(
    'A pier company was formed in 1869 by a group of local traders led by the draper Josiah Penhallow, who hoped a landing stage',
    'would bring steamer passengers from Brackport. The design, by the engineer Edwin Marlow, used cast-iron screw piles driven into the sand.',
  ),
  j(
    'Work started in the spring of 1872. The contractor went bankrupt the following winter, and the pier was finished by the',
    'company’s own men under Marlow’s assistant, Harriet Crane. It opened on Whit Monday 1874 with a brass band and a regatta.',
  ),
];
const wPav = [
  j(
    'A wooden concert pavilion was added at the pier head in 1891. It seated 600 and staged pierrot shows every summer until',
    'the First World War. An amusement arcade replaced the entrance kiosks in 1934, and its penny machines paid for the pier’s upkeep for decades.',
  ),
];
const wWar = [
  j(
    'In 1940 a 60-metre gap was cut in the deck to stop the pier being used as a landing place. It was repaired in 1948.',
    'On 31 January 1953 a storm surge destroyed the pavilion and the last 140 metres of the pier, which were never rebuilt.',
  ),
  j(
    'The company sold the pier to the council in 1961 for one pound. By the 1990s the deck was unsafe and the pier was closed',
    'beyond the arcade from 1996 to 2008.',
  ),
];
const wToday = [
  j(
    'A restoration funded by the National Lottery and the council reopened the full remaining length in 2011. The Westhaven',
    'Pier Trust now runs a café at the pier head, guided walks under the deck at low tide, and the annual Pier Jump each August.',
  ),
  'The arcade is let to a private operator and remains open all year.',
];
const wRefs = [
  'Penhallow, J. (1870). <i>Prospectus of the Westhaven Pier Company</i>. Westhaven: Harrod &amp; Sons.',
  '"Storm havoc on the Saltcoast". <i>Brackport Gazette</i>. 2 February 1953. p. 1.',
];
const wHeads = ['Construction', 'Pavilion and arcade', 'War and the 1953 storm', 'Restoration', 'References'];
const edit =
  '<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="#" title="Edit section">edit</a>' +
  '<span class="mw-editsection-bracket">]</span></span>';
const h2 = (t: string): string => `<div class="mw-heading mw-heading2"><h2 id="${t.replace(/ /g, '_')}">${t}</h2>${edit}</div>`;
const wMenu = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const wTabs = ['Page', 'Discussion', 'Read', 'Edit', 'View history'];
const wCats = ['Piers', 'Grade II listed buildings', 'Westhaven'];
const wFoot = ['Privacy policy', 'About Saltcoast Heritage Wiki', 'Disclaimers'];
const toc = wHeads
  .map(
    (t, i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${t.replace(/ /g, '_')}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${t}</span></div></a></li>`,
  )
  .join('\n');
const wHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-page-tools-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>Westhaven Pier - Saltcoast Heritage Wiki</title>
<script>document.documentElement.className="client-js vector-feature-language-in-header-enabled vector-toc-available";
RLCONF={"wgPageName":"Westhaven_Pier","wgTitle":"Westhaven Pier","wgCurRevisionId":18842,"wgNamespaceNumber":0,"wgIsArticle":true};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="edit" title="Edit" href="/index.php?title=Westhaven_Pier&amp;action=edit"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Westhaven_Pier rootpage-Westhaven_Pier
skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown
vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu"><label
for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label cdx-button cdx-button--weight-quiet cdx-button--icon-only"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu
vector-pinnable-element">
<div class="vector-menu mw-portlet mw-portlet-navigation" id="p-navigation"><div class="vector-menu-content"><ul class="vector-menu-content-list">
${links(wMenu, 'mw-list-item')}</ul></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Saltcoast Heritage Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box">
<div class="vector-typeahead-search-container"><div class="cdx-typeahead-search"><form action="/index.php" id="searchform" class="cdx-search-input
cdx-search-input--has-end-button">
<div class="cdx-text-input cdx-text-input--has-start-icon"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search Saltcoast
Heritage Wiki"
aria-label="Search Saltcoast Heritage Wiki" accesskey="f" id="searchInput"></div><button class="cdx-button
cdx-search-input__end-button">Search</button></form></div></div></div>
<nav class="vector-user-links" aria-label="Personal tools"><div class="vector-menu vector-menu-dropdown"><ul class="vector-menu-content-list">
${links(['Create account', 'Log in'], 'user-links-collapsible-item mw-list-item')}</ul></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents"
class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar</button>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1">
<a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${toc}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><ul
class="vector-menu-content-list">
${links(wTabs.slice(0, 2), 'mw-list-item')}</ul></nav></div><div id="right-navigation"><nav aria-label="Views"><ul class="vector-menu-content-list">
${links(wTabs.slice(2), 'mw-list-item')}</ul></nav><div class="vector-page-tools-landmark"><div class="vector-dropdown"><label class="vector-dropdown-label">
<span class="vector-dropdown-label-text">Tools</span></label></div></div></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From Saltcoast Heritage Wiki</div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above">Westhaven Pier</th></tr>
<tr><td colspan="2" class="infobox-image"><span typeof="mw:File"><img alt="" src="/images/thumb/westhaven-pier-1905.jpg" width="250" height="160"></span>
<div class="infobox-caption">The pier head and pavilion, about 1905</div></td></tr>
<tr><th scope="row" class="infobox-label">Type</th><td class="infobox-data">Pleasure pier</td></tr>
<tr><th scope="row" class="infobox-label">Opened</th><td class="infobox-data">25 May 1874</td></tr>
<tr><th scope="row" class="infobox-label">Designer</th><td class="infobox-data">Edwin Marlow</td></tr>
<tr><th scope="row" class="infobox-label">Length</th><td class="infobox-data">272 m (originally 412 m)</td></tr></tbody></table>
${ps(wLead)}
<meta property="mw:PageProp/toc">
${h2('Construction')}
<p>${wBuild[0] ?? ''}${cite(1)}</p><p>${wBuild[1] ?? ''}</p>
${h2('Pavilion and arcade')}
${ps(wPav)}
${h2('War and the 1953 storm')}
<p>${wWar[0] ?? ''}${cite(2)}</p><p>${wWar[1] ?? ''}</p>
${h2('Restoration')}
${ps(wToday)}
${h2('References')}
<div class="mw-references-wrap"><ol class="references">${wRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">^</a></span>
<span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div>
</div></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://saltwiki.org/index.php?title=Westhaven_Pier&amp;oldid=18842">https://saltwiki.org/index.php?title=Westhaven_Pier&amp;oldid=18842</a>"
</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/wiki/Special:Categories">Categories</a>:
<ul>${links(wCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 3 March
2026, at 14:12.</li>
</ul><ul id="footer-places">${links(wFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":187});});</script></body></html>`;
const westhaven: TestPage = {
  name: 'heldout545-westhaven-pier-wiki',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: texts([...wLead, ...wBuild, ...wPav, ...wWar, ...wToday, ...wRefs]),
  bylines: ['This page was last edited on 3 March 2026, at 14:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', ...wMenu, 'Saltcoast Heritage Wiki', 'Search', 'Create account', 'Log in', 'Contents', 'move to sidebar', 'hide', '(Top)',
    ...wTabs, 'Tools', 'From Saltcoast Heritage Wiki', 'The pier head and pavilion, about 1905', 'Type', 'Pleasure pier', '25 May 1874',
    'Designer', 'Length', '272 m (originally 412 m)',
    'Retrieved from "https://saltwiki.org/index.php?title=Westhaven_Pier&oldid=18842"',
    'Categories', 'Piers', 'Grade II listed buildings', ...wFoot,
  ],
};

const bTitle = 'Plan your visit';
const bIntro = 'Brindleford Pier is free to walk on. The deck, the café and the amusements each keep their own hours, listed below.';
const bTimes = [
  'Pier deck: 8am to dusk, every day of the year',
  'Tidewater Café: 9am to 5pm (to 7pm in July and August)',
  'Pier amusements: 10am to 6pm weekends, daily in school holidays',
];
const bPrices = [
  'Fishing permit (day): £6 adults, £3 under 16s',
  'Crazy golf at the pier head: £4.50 a round, £14 family ticket',
  'Guided walk under the pier (low tide only): £8, booking essential',
];
const bNote = j(
  'The pier closes in gale-force winds. If the red flag is flying at the gate, the deck is shut beyond the café.',
  'Dogs on leads are welcome on the deck but not inside the café.',
);
const bNav = ['Home', 'History', 'Visit', 'Events', 'Support us', 'Contact'];
const rich = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wp = (t: string, font = 'font_8'): string => `<p class="${font} wixui-rich-text__text">${t}</p>`;
const bHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,
initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Visit | Brindleford Pier</title><link rel="canonical"
href="https://www.brindlefordpier.org/visit">
<meta property="og:title" content="Visit | Brindleford Pier"><meta property="og:site_name" content="Brindleford Pier">
<script type="application/json" id="wix-warmup-data">{"appsWarmupData":{},"pages":{"c1dmp":{"title":"Visit"}}}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"a3f0c2e1-77b4-4f2d-9c1e-0b8d2f4a6c11","isPremiumDomain":false},"language":{"userLanguage":"en"}};</script>
<style id="css_c1dmp">#comp-lq1a1{width:980px}.font_0{font:normal normal bold 44px/1.2em "playfair display",serif;color:#1B3A5C}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" tabindex="-1" role="region"
aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="SKIP_TO_CONTENT_BTN" class="LHrbPP" data-testid="skipToContentButton"><button class="LHrbPP has-custom-focus" tabindex="0">Skip to Main
Content</button></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTf"><div
data-mesh-id="SITE_HEADERinlineContent">
${rich('kx2b8c1', wp('<span class="color_15 wixui-rich-text__text"><a href="/" class="wixui-rich-text__text">BRINDLEFORD PIER</a></span>', 'font_6'))}
<nav aria-label="Site" id="comp-kx2b8c5" class="StylableHorizontalMenu3372578893__root comp-kx2b8c5 wixui-horizontal-menu"><ul
class="StylableHorizontalMenu3372578893__menu">
${bNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase().replace(' ', '-')}"
class="itemDepth02233374943__root"><div class="itemDepth02233374943__container"><span class="itemDepth02233374943__label
wixui-horizontal-menu__item-label">${t}</span></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="c1dmp"
class="dBAkHi theme-vars">
<div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div
data-mesh-id="Containerc1dmpinlineContent">
<section id="comp-lq1a0" tabindex="-1" class="Oqnisf comp-lq1a0 wixui-section" data-block-level-container="ClassicSection"><div data-testid="columns"
class="V5AUxf">
<div id="comp-lq1a0col" class="comp-lq1a0col YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lq1a0colinlineContent">
${rich('lq1a1', `<h1 class="font_0 wixui-rich-text__text"><span style="color:#1B3A5C;" class="wixui-rich-text__text">${bTitle}</span></h1>`)}
${rich('lq1a2', wp(bIntro))}
${rich('lq1a3', '<h2 class="font_2 wixui-rich-text__text">Opening times</h2>')}
${rich('lq1a4', `<ul class="font_8 wixui-rich-text__text">${bTimes.map((t) => `<li class="wixui-rich-text__text">${wp(t)}</li>`).join('')}</ul>`)}
${rich('lq1a5', '<h2 class="font_2 wixui-rich-text__text">Prices</h2>')}
${rich('lq1a6', bPrices.map((t) => wp(t)).join('\n'))}
<div class="comp-lq1a7 R6ex7N" id="comp-lq1a7" aria-disabled="false"><a data-testid="linkElement" href="https://www.brindlefordpier.org/book-online"
class="uDW_Qe wixui-button PlZyDq">
<span class="l7_2fn wixui-button__label">Book a guided walk</span></a></div>
${rich('lq1a8', wp(bNote))}
</div></div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent">
${rich('kx2b9a0', wp('© 2026 by Brindleford Pier Trust. Registered charity no. 1190427', 'font_9'))}
${rich('kx2b9a1', wp('The Esplanade, Brindleford, NR31 6ZZ · hello@brindlefordpier.org', 'font_9'))}
<div id="comp-kx2b9a2" class="comp-kx2b9a2 wixui-social-bar"><ul class="Mhz9c0" aria-label="Social Bar"><li class="oCl3P0"><a
href="https://www.facebook.com/brindlefordpier"
target="_blank"><img alt="Facebook" src="https://static.wixstatic.com/media/facebook.png"></a></li></ul></div></div></footer></div></div></div></div>
<div id="WIX_ADS" class="MW5IWV ku3DBC wixui-wix-ads"><a data-testid="linkElement" href="//www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live"
class="wix-ads-link">
<span class="wix-ads-text">This site was designed with the <b>Wix</b>.com website builder. Create your website today.</span><span class="wix-ads-button">Start
Now</span></a></div>
<div id="consent-banner-root"><div data-hook="consent-banner-root" class="consent-banner"><div data-hook="ccsu-banner-text" class="banner-text">This website
uses cookies.
By continuing to use it, you agree to their use.</div><div class="banner-buttons"><button data-hook="consent-banner-settings-button">Settings</button>
<button data-hook="consent-banner-decline-button">Decline all</button><button data-hook="consent-banner-apply-button">Accept</button></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.8e4f1b2c.bundle.min.js" async></script></body></html>`;
const brindleford: TestPage = {
  name: 'heldout545-brindleford-pier-visit',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: ['Opening times', 'Prices'],
  body: texts([bIntro, ...bTimes, ...bPrices, bNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'BRINDLEFORD PIER', 'Home', 'History', 'Events', 'Support us', 'Contact', 'Book a guided walk',
    '© 2026 by Brindleford Pier Trust. Registered charity no. 1190427', 'The Esplanade, Brindleford, NR31 6ZZ · hello@brindlefordpier.org',
    'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now',
    'This website uses cookies. By continuing to use it, you agree to their use.', 'Settings', 'Decline all', 'Accept',
  ],
};

export const HELDOUT545_B: readonly TestPage[] = [westhaven, brindleford];
