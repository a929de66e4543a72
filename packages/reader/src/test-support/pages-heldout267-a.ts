import { links, ps, type TestPage, texts } from './page-kit.js';
import { voyage } from './pages-heldout267-a2.js';
import { j } from './pages-heldout267-kit.js';

/**
 * Held-out batch 267, file a: an English Wikipedia article as the mobile site (Minerva skin) saves it: the main-menu drawer,
 * the search bar, page actions (Language, Watch, Edit), collapsible sections with edit links, an infobox, a thumbnail with
 * its caption, a hatnote, references, the last-modified bar, the languages and footer; and, from file a2, a Wikivoyage page.
 */
const wTitle = 'Varnholt Tide Mill';
const wLead = [
  j(
    'The <b>Varnholt Tide Mill</b> is a former tidal grain mill on the estuary of the River Osk at Varnholt, on the north coast of',
    'the province of Lessmark. Built between 1731 and 1736, it is the last working tide mill on the Osk and has been',
    'run as a museum since 1988.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1"><span class="cite-bracket">&#91;</span>1',
    '<span class="cite-bracket">&#93;</span></a></sup>',
  ),
  j(
    'The mill stores sea water in a walled pond of about four hectares at high tide and releases it through an undershot wheel',
    'as the tide falls, giving roughly five hours of milling on each ebb.',
  ),
];
const wHistory = [
  j(
    'A mill on the site is first recorded in a lease of 1602, when the chapter of Varnholt granted the "sea mill at the pond head"',
    'to a miller named Jorit Hask. That mill was wrecked by a storm surge in the winter of 1727, and the present building was',
    'raised on its foundations by the merchant Aldo Wessen, who also rebuilt the pond wall in dressed stone.',
  ),
  j(
    'The mill ground wheat and rye for the town bakeries until 1921, when an electric roller mill opened at the railway station.',
    'It was then used as a store for fishing nets and, during the 1940s, as a boat-building shed.',
  ),
  j(
    'After a campaign by the Varnholt Civic Society, the building was bought by the province in 1979. The wheel and gearing were',
    'restored by millwrights from the Osk valley between 1983 and 1987, and the mill ground its first flour for sixty-six years in',
    'the spring of 1988.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2"><span class="cite-bracket">&#91;</span>2',
    '<span class="cite-bracket">&#93;</span></a></sup>',
  ),
];
const wDesign = [
  j(
    'The mill is a three-storey building of brick on a stone base, with a hipped roof of red pantiles. The wheel, 5.2 metres across',
    'and 2.1 metres wide, turns inside the building on the pond side and drives two pairs of millstones through a wooden pit wheel.',
  ),
  'The pond is closed by a pair of tide gates that open as the tide rises and are pushed shut by the weight of the water when it turns.',
  'The main parts of the machinery are:',
];
const wParts = [
  'the undershot wheel, rebuilt in oak in 1985',
  'the pit wheel and wallower, both original cast-iron parts of 1834',
  'two pairs of French burr stones on the first floor',
  'a sack hoist driven from the upright shaft',
];
const wMuseum = [
  j(
    'The museum is open from April to October. Milling demonstrations are given on days when the ebb falls between ten in the',
    'morning and four in the afternoon, and flour ground at the mill is sold in the shop.',
  ),
  j('In 2019 the mill received the Lessmark Heritage Award for its education programme, which brings about 6,000 school pupils a', 'year to the estuary.'),
];
const wList = ps(wDesign.slice(0, 3)).concat(`\n<ul>\n${wParts.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>`);
const wRefs = [
  'Hask, Marit (2004). The Mills of the Osk. Varnholt: Pondhead Press. p. 41.',
  '"Tide mill grinds again after 66 years". Lessmark Courier. 12 May 1988.',
];
const wMenu = ['Home', 'Random', 'Nearby', 'Log in', 'Settings', 'Donate', 'About Wikipedia', 'Disclaimers'];
const wLangs = ['Deutsch', 'Français', 'Nederlands', 'Svenska'];
const wFoot = ['Privacy policy', 'Contact Wikipedia', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Terms of Use', 'Desktop'];
const sec = (n: number, id: string, h: string, inner: string): string => `<div class="mw-heading mw-heading2 section-heading" onclick="mfTempOpenSection(${n})">
<span class="indicator mf-icon mf-icon-expand mf-icon--small"></span><h2 id="${id}">${h}</h2><span class="mw-editsection">
<a role="button" href="/w/index.php?title=Varnholt_Tide_Mill&amp;action=edit&amp;section=${n}" title="Edit section: ${h}"
class="cdx-button cdx-button--size-large cdx-button--fake-button cdx-button--icon-only cdx-button--weight-quiet">
<span class="minerva-icon minerva-icon--edit"></span><span>edit</span></a></span></div>
<section class="mf-section-${n} collapsible-block" id="mf-section-${n}">${inner}</section>`;
const wHtml = `<!DOCTYPE html>
<html class="client-nojs skin-theme-clientpref-day mf-expand-sections-clientpref-0" lang="en" dir="ltr"><head>
<meta charset="UTF-8"><title>Varnholt Tide Mill - Wikipedia</title>
<script>(function(){var className="client-js";document.documentElement.className=className;}());RLCONF={"wgPageName":"Varnholt_Tide_Mill",
"wgTitle":"Varnholt Tide Mill","wgArticleId":70311942,"wgIsArticle":true,"wgMFMode":"stable"};RLPAGEMODULES=["mobile.init","skins.minerva.scripts"];</script>
<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes, minimum-scale=0.25, maximum-scale=5.0">
<meta property="og:title" content="Varnholt Tide Mill - Wikipedia"><meta property="og:type" content="website">
<link rel="canonical" href="https://en.wikipedia.example/wiki/Varnholt_Tide_Mill">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","name":"Varnholt Tide Mill",
"headline":"Tidal grain mill in Lessmark","datePublished":"2022-05-14T10:02:11Z","dateModified":"2026-03-01T09:14:40Z"}</script>
</head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Varnholt_Tide_Mill rootpage-Varnholt_Tide_Mill skin-minerva action-view
skin--responsive mw-mf-amc-disabled mw-mf">
<div id="mw-mf-viewport"><div id="mw-mf-page-center"><a class="mw-mf-page-center__mask" href="#"></a>
<header class="header-container header-chrome"><div class="minerva-header"><nav class="navigation-drawer toggle-list view-border-box">
<input type="checkbox" id="main-menu-input" class="toggle-list__checkbox" role="button" aria-haspopup="true" aria-expanded="false">
<label role="button" for="main-menu-input" id="mw-mf-main-menu-button" class="cdx-button cdx-button--icon-only">
<span class="minerva-icon minerva-icon--menu"></span><span></span></label>
<div id="mw-mf-page-left" class="menu view-border-box"><ul id="p-navigation" class="toggle-list__list">
${links(wMenu, 'toggle-list-item')}
</ul></div></nav>
<div class="branding-box"><a href="/wiki/Main_Page"><span><img src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg" alt="Wikipedia"
width="119" height="18"></span></a></div>
<form action="/w/index.php" method="get" class="minerva-search-form"><div class="search-box">
<input class="search skin-minerva-search-trigger" id="searchInput" type="search" name="search" placeholder="Search Wikipedia"
aria-label="Search Wikipedia" autocapitalize="sentences" title="Search Wikipedia [f]" accesskey="f"></div>
<button id="searchIcon" class="cdx-button cdx-button--icon-only skin-minerva-search-trigger">Search</button></form>
<nav class="minerva-user-navigation" aria-label="User navigation"></nav></div></header>
<main id="content" class="mw-body"><div class="banner-container"><div id="siteNotice"></div></div>
<div class="pre-content heading-holder"><div class="page-heading"><h1 id="firstHeading" class="firstHeading mw-first-heading">
<span class="mw-page-title-main">${wTitle}</span></h1><div class="tagline">Tidal grain mill in Lessmark</div></div>
<nav class="page-actions-menu"><ul id="p-views" class="page-actions-menu__list">
<li id="language-selector" class="page-actions-menu__list-item"><a role="button" href="#p-lang" data-mw="interface"
class="cdx-button cdx-button--size-large cdx-button--fake-button"><span class="minerva-icon minerva-icon--language"></span><span>Language</span></a></li>
<li id="page-actions-watch" class="page-actions-menu__list-item"><a role="button" id="ca-watch" href="/w/index.php?title=Special:UserLogin"
class="cdx-button cdx-button--size-large cdx-button--fake-button"><span class="minerva-icon minerva-icon--star"></span><span>Watch</span></a></li>
<li id="page-actions-edit" class="page-actions-menu__list-item"><a role="button" id="ca-edit" href="/w/index.php?title=Varnholt_Tide_Mill&amp;action=edit"
class="edit-page cdx-button cdx-button--size-large cdx-button--fake-button"><span class="minerva-icon minerva-icon--edit"></span><span>Edit</span></a></li>
</ul></nav><div id="siteSub" class="mw-not-on-mobile">From Wikipedia, the free encyclopedia</div></div>
<div id="bodyContent" class="content"><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<section class="mf-section-0" id="mf-section-0">
<div role="note" class="hatnote navigation-not-searchable">For the windmill at Varnholt Heath, see Varnholt Post Mill.</div>
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn">Varnholt Tide Mill</th></tr>
<tr><td colspan="2" class="infobox-image"><span typeof="mw:File"><a href="/wiki/File:Varnholt_tide_mill.jpg" class="mw-file-description">
<img src="//upload.wikimedia.example/Varnholt_tide_mill.jpg" width="250" height="170" class="mw-file-element"></a></span>
<div class="infobox-caption">The mill from the pond side in 2021</div></td></tr>
<tr><th scope="row" class="infobox-label">Built</th><td class="infobox-data">1731–1736</td></tr>
<tr><th scope="row" class="infobox-label">Wheel diameter</th><td class="infobox-data">5.2 m (17 ft)</td></tr>
<tr><th scope="row" class="infobox-label">Owner</th><td class="infobox-data">Lessmark Provincial Trust</td></tr></tbody></table>
${ps(wLead)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><div class="toctitle"><h2 id="mw-toc-heading">Contents</h2></div></div>
</section>
${sec(1, 'History', 'History', ps(wHistory))}
${sec(
  2,
  'Design',
  'Design',
  `<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Varnholt_wheel.jpg" class="mw-file-description">
<img src="//upload.wikimedia.example/Varnholt_wheel.jpg" width="220" height="165" class="mw-file-element"></a>
<figcaption>The restored undershot wheel, seen from the wheel pit</figcaption></figure>\n${wList}`,
)}
${sec(3, 'Museum', 'Museum', ps(wMuseum))}
${sec(
  4,
  'References',
  'References',
  `<div class="mw-references-wrap"><ol class="references">
${wRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span>
<span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div>`,
)}
<div class="navbox-styles"></div><div role="navigation" class="navbox" aria-labelledby="Mills_of_Lessmark"><table class="nowraplinks navbox-inner">
<tbody><tr><th scope="col" class="navbox-title" colspan="2"><div id="Mills_of_Lessmark">Mills of Lessmark</div></th></tr>
<tr><td class="navbox-list"><ul><li>Varnholt Post Mill</li><li>Oskmouth Windmill</li><li>Greyfold Watermill</li></ul></td></tr></tbody></table></div>
</div></div><div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">Categories:
<ul><li>Tide mills</li><li>Museums in Lessmark</li></ul></div></div></div>
<div class="post-content" id="page-secondary-actions"></div></main>
<div class="post-content"><div class="last-modified-bar"><a class="last-modified-bar__content" href="/wiki/Special:History/Varnholt_Tide_Mill">
<span class="minerva-icon minerva-icon--history"></span><span class="last-modified-bar__text modified-enhancement" data-user-name="Rookmoss"
data-timestamp="1772356480">Last edited 12 days ago by Rookmoss</span><span class="minerva-icon minerva-icon--expand"></span></a></div></div>
<footer class="mw-footer minerva-footer" role="contentinfo"><a class="last-modified-bar" href="#"></a>
<div class="post-content footer-content"><div id="p-lang" class="minerva-languages"><h4>Languages</h4><ul>${links(wLangs, 'interlanguage-link')}</ul></div>
<div id="footer-info" class="footer-info hlist hlist-separated"><div id="footer-info-lastmod">This page was last edited on 1 March 2026, at 09:14
<span class="anonymous-show">&#160;(UTC)</span>.</div>
<div id="footer-info-copyright">Content is available under CC BY-SA 4.0 unless otherwise noted.</div></div>
<ul id="footer-places" class="footer-places hlist hlist-separated">${links(wFoot)}</ul></div></footer></div></div>
<div class="mw-notification-area" data-mw="interface"></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":144,"wgHostname":"mw-web.eqiad.main-6c9"});});</script>
</body></html>`;
const wiki: TestPage = {
  name: 'heldout267-wikipedia-minerva-wiki',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: ['History', 'Design', 'Museum', 'References'],
  body: texts([...wLead, ...wHistory, ...wDesign, ...wParts, ...wMuseum]),
  bylines: ['Last edited 12 days ago by Rookmoss', 'This page was last edited on 1 March 2026, at 09:14 (UTC).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wMenu, 'Language', 'Watch', 'Tidal grain mill in Lessmark', 'From Wikipedia, the free encyclopedia',
    'For the windmill at Varnholt Heath, see Varnholt Post Mill.', 'The mill from the pond side in 2021', 'Wheel diameter', '1731–1736', '5.2 m (17 ft)',
    'Lessmark Provincial Trust', 'Contents', 'The restored undershot wheel, seen from the wheel pit', ...wRefs, 'Mills of Lessmark', 'Oskmouth Windmill',
    'Greyfold Watermill', 'Varnholt Post Mill', 'Owner', 'Edit', 'Categories:', 'Tide mills', 'Museums in Lessmark', 'Languages', ...wLangs,
    'Content is available under CC BY-SA 4.0 unless otherwise noted.', ...wFoot,
  ],
};

export const HELDOUT267_A: readonly TestPage[] = [wiki, voyage];
