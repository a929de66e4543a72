import { links, ps, type TestPage, texts } from './page-kit.js';
import { paras, rows, rowTexts } from './pages-heldout446-kit.js';

/**
 * Held-out batch 446, file b: a Wikivoyage-style region page on MediaWiki's Vector 2022 skin (page banner, tabs, tools menu,
 * edit section links, region map, city and destination listings, "This region travel guide is an outline" status box,
 * categories, "last edited" line, footer), and a national statistics office's area profile on the ONS design system
 * (cookie banner, header, breadcrumbs, release metadata, contents list, two data tables, "Is this page useful?" box, footer).
 */
const vTitle = 'Lissa Coast';
const vUnderstand = paras(`
The Lissa Coast is the sunniest part of Estravia, a 140-km strip of pebble beaches, limestone headlands and old merchant towns
squeezed between the gulf and the Tervan foothills. For three centuries its ports grew rich on salt, olive oil and the shipping
trade, and the grand customs houses and painted villas from that era still line most waterfronts.

Tourism took off in the 1970s, but the coast has avoided the worst excesses of mass development. Building height is capped in most
towns, and the hills behind the beaches are still covered in terraced vineyards and chestnut woods.
`);
const vCities = [
  'Korvenna — the national capital, with a walled old town, a busy ferry port and the best museums in the country',
  'Senj Mare — a fishing town with a long promenade and the coast’s liveliest summer nightlife',
  'Brava — a hilltop town famous for its Saturday market and its white wine',
  'Ostrina — a quiet resort at the end of the coast road, popular with families',
];
const vOther = [
  'Cape Malva — windswept headland with a lighthouse and a coastal walking trail',
  'Tervan Foothills Nature Park — chestnut forests and waterfalls',
];
const vGetIn = paras(`
Korvenna Airport has flights from most European capitals and is 12 km from the city centre; a shuttle bus meets every arrival.
Night trains from the interior reach Korvenna in about seven hours.

Ferries link Korvenna with the islands of the outer gulf several times a day in summer and twice a day in winter.
`);
const vGetAround = paras(`
Regional buses run along the coast road every half hour and stop in every town. A rail line links Korvenna, Senj Mare and Brava;
tickets bought on board cost double, so buy them at the station. Driving is easy outside the old towns, where parking is scarce.
`);
const vSee = paras(`
The painted villas of Senj Mare are best seen from the water; boat trips leave from the harbour every morning. In Korvenna, the
Maritime Museum and the cathedral treasury are both worth a half day.
`);
const vStay = paras(`
Summer evenings are hot, so book a room with air conditioning. Tap water is safe everywhere on the coast, and pickpockets are the
main concern on crowded buses in August.
`);
const vTabs = ['Page', 'Discussion', 'Read', 'Edit', 'View history'];
const vSide = ['Main page', 'Travel destinations', 'Star articles', 'Recent changes', 'Random page', 'Travellers’ pub', 'Help'];
const vCats = ['Outline regions', 'Estravia', 'Has mapframe'];
const vFoot = ['Privacy policy', 'About Wikivoyage', 'Disclaimers', 'Code of Conduct', 'Developers', 'Mobile view'];
const h2 = (t: string): string => `<div class="mw-heading mw-heading2"><h2 id="${t.replace(/ /g, '_')}">${t}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Lissa_Coast&amp;action=edit">edit</a><span
class="mw-editsection-bracket">]</span></span></div>`;
const vHtml = `<!DOCTYPE html><html class="client-nojs vector-feature-zebra-design-disabled" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>Lissa Coast – Travel guide at Wikivoyage</title><meta name="generator" content="MediaWiki 1.43.0-wmf.12">
<meta property="og:title" content="Lissa Coast – Travel guide at Wikivoyage"><link rel="canonical" href="https://en.wikivoyage.example/wiki/Lissa_Coast">
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Lissa_Coast","wgTitle":"Lissa Coast","wgIsArticle":true};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","name":"Lissa Coast","dateModified":"2026-03-03T10:12:44Z"}</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.kartographer.style%7Cskins.vector.styles&amp;skin=vector-2022"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr ns-0 ns-subject page-Lissa_Coast rootpage-Lissa_Coast skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-wordmark">Wikivoyage</span></a></div>
<div class="vector-search-box"><input class="cdx-text-input__input" type="search" placeholder="Search Wikivoyage" aria-label="Search Wikivoyage"></div>
<nav class="vector-user-links"><ul><li id="pt-createaccount"><a href="/w/index.php?title=Special:CreateAccount">Create account</a></li>
<li id="pt-login"><a href="/w/index.php?title=Special:UserLogin">Log in</a></li></ul></nav></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"><nav id="mw-panel" class="vector-main-menu">
<div class="vector-menu-heading">Navigation</div><ul class="vector-menu-content-list">${links(vSide, 'mw-list-item')}</ul></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><div class="topbanner"><div class="wpb-topbanner">
<img src="/upload/banner/Lissa_Coast_banner.jpg" alt="" class="wpb-banner-image"><div class="wpb-name"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${vTitle}</span></h1></div></div></div>
<div class="vector-page-toolbar"><nav class="vector-menu-tabs"><ul>${links(vTabs, 'vector-tab-noicon mw-list-item')}</ul></nav>
<button class="vector-dropdown-label">Tools</button></div>
<div id="bodyContent" class="vector-body"><div id="siteSub">From Wikivoyage</div><div id="contentSub"><div id="mw-content-subtitle">
<div class="subpages">&lt; <a href="/wiki/Estravia">Estravia</a></div></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<figure class="mw-kartographer-map mw-halign-right"><a class="mw-kartographer-map" href="/wiki/Special:Map/9/43.1/16.2/en"><img
src="/maps/lissa-coast.png" alt="Map"></a><figcaption>Map of Lissa Coast</figcaption></figure>
<p><b>The Lissa Coast</b> is the Mediterranean shore of <a href="/wiki/Estravia">Estravia</a>, stretching from the capital to the
border with Morvania.</p>
${h2('Cities')}<ol>${vCities.map((c) => `<li><span class="vcard"><span class="fn org listing-name">${c}</span></span></li>`).join('\n')}</ol>
${h2('Other destinations')}<ul>${vOther.map((c) => `<li><span class="vcard">${c}</span></li>`).join('\n')}</ul>
${h2('Understand')}${ps(vUnderstand)}
${h2('Get in')}${ps(vGetIn)}
${h2('Get around')}${ps(vGetAround)}
${h2('See')}${ps(vSee)}
${h2('Stay safe')}${ps(vStay)}
<div class="noprint" style="border:1px solid #ccc"><table class="article-status"><tbody><tr><td><img src="/upload/Outline.png" alt=""></td>
<td>This region travel guide to <b>Lissa Coast</b> is an <a href="/wiki/Wikivoyage:Outline">outline</a> and may need more content. It has a template, but there
is not enough information present. If there are Cities and Other destinations listed, they may not all be at usable status or there may not be a valid
regional structure and a "Get in" section describing all of the typical ways to get here. Please plunge forward and help it
grow!</td></tr></tbody></table></div>
</div></div><div id="catlinks" class="catlinks"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories">Categories</a>:
<ul>${links(vCats)}</ul></div></div></div></main></div></div>
<footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod">This page was last edited on 3 March 2026, at 10:12.</li>
<li id="footer-info-copyright">Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.</li></ul>
<ul id="footer-places">${links(vFoot)}</ul></footer></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":143});});</script></body></html>`;
const vIntro = 'The Lissa Coast is the Mediterranean shore of Estravia, stretching from the capital to the border with Morvania.';
const wikivoyage: TestPage = {
  name: 'heldout446-wikivoyage-vector2022-region',
  kind: 'wiki',
  html: vHtml,
  title: vTitle,
  headings: ['Cities', 'Other destinations', 'Understand', 'Get in', 'Get around', 'See', 'Stay safe'],
  body: [vIntro, ...texts([...vCities, ...vOther, ...vUnderstand, ...vGetIn, ...vGetAround, ...vSee, ...vStay])],
  bylines: ['This page was last edited on 3 March 2026, at 10:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Wikivoyage', 'Create account', 'Log in', 'Navigation', ...vSide, ...vTabs, 'Tools', 'From Wikivoyage', 'Map of Lissa Coast',
    '[edit]', 'This region travel guide to Lissa Coast is an outline and may need more content.', 'Please plunge forward and help it grow!', 'Categories',
    ...vCats.slice(0, 1), 'Has mapframe', 'Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.', ...vFoot,
  ],
};

const oTitle = 'Harrowgate Vale: area profile';
const oIntro = paras(`
Harrowgate Vale is a mainly rural local authority in the north of the county, made up of the market towns of Harrowgate and
Fenby and around forty villages. This profile brings together the main statistics for the area from the 2021 Census and the
latest mid-year population estimates.

The population of Harrowgate Vale grew by 4.2% between 2011 and 2021, from 127,300 to around 132,600. This is slower than the
overall growth for the region (6.9%) and for the country as a whole (6.6%).
`);
const oAge = paras(`
Harrowgate Vale has an older age profile than the country as a whole. Just over a quarter of residents (25.8%) were aged 65 years
and over in 2021, up from 21.1% in 2011, while the share of children under 15 fell slightly.
`);
const oAgeRows = [
  ['Aged 0 to 14 years', '19,900', '15.0'],
  ['Aged 15 to 64 years', '78,500', '59.2'],
  ['Aged 65 years and over', '34,200', '25.8'],
];
const oHouse = paras(`
There were 58,400 households in the area on Census Day. Owner occupation remains high: almost seven in ten households owned their
home outright or with a mortgage, compared with around six in ten nationally.

The number of one-person households rose faster than any other type, reflecting the growing number of older residents living alone.

Private renting has grown quickly in the two market towns, where around one in four households now rent from a private landlord.
In the villages, by contrast, the share of households renting privately has changed little since 2011, and a larger share of
homes are second homes or holiday lets that do not count as usual residences.
`);
const oHouseRows = [
  ['Owned outright', '24,700', '42.3'],
  ['Owned with a mortgage or loan', '15,800', '27.1'],
  ['Social rented', '7,900', '13.5'],
  ['Private rented or lives rent free', '10,000', '17.1'],
];
const oToc = ['Overview', 'Age', 'Households and tenure', 'Related links'];
const oRel = ['Population estimates for local authorities: mid-2024', 'How life has changed in Harrowgate Vale: Census 2021'];
const oFoot = ['Accessibility', 'Cookies', 'Privacy', 'Terms and conditions', 'Contact us', 'Release calendar', 'Media'];
const tbl = (cap: string, data: readonly (readonly string[])[]): string => `<div class="ons-table-scrollable ons-table-scrollable--on">
<table class="ons-table ons-table--scrollable"><caption class="ons-table__caption">${cap}</caption><thead class="ons-table__head"><tr class="ons-table__row">
<th scope="col" class="ons-table__header">Category</th><th scope="col" class="ons-table__header">Number</th>
<th scope="col" class="ons-table__header">Percentage</th></tr></thead><tbody class="ons-table__body">${rows(data)}</tbody></table></div>
<p class="ons-u-fs-s">Source: Office for National Statistics – Census 2021</p>`;
const oHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Harrowgate Vale: area profile - Office for National
Statistics</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="description" content="Key statistics for Harrowgate Vale local authority.">
<link rel="stylesheet" href="https://cdn.ons.example/design-system/72.1.0/css/main.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Dataset","name":"Harrowgate Vale: area profile",
"datePublished":"2026-01-27"}</script>
<script>dataLayer=[{"contentTitle":"Harrowgate Vale: area profile","contentType":"article","releaseDate":"2026/01/27"}];</script></head>
<body><div class="ons-cookies-banner" role="region" aria-label="Cookies banner"><div class="ons-container"><h2 class="ons-cookies-banner__title">Cookies on
ons.gov.uk</h2>
<p>Cookies are small files stored on your device when you visit a website. We use some essential cookies to make this website work.</p>
<button class="ons-btn ons-btn--small">Accept additional cookies</button><button class="ons-btn ons-btn--small">Reject additional cookies</button>
<a href="/cookies">View cookies</a></div></div><a class="ons-skip-link" href="#main-content">Skip to main content</a>
<header class="ons-header" role="banner"><div class="ons-header__top"><div class="ons-container"><a class="ons-header__org-logo-link" href="/">
<img src="/img/ons-logo.svg" alt="Office for National Statistics logo"></a><div class="ons-language-links"><a href="/cy">Cymraeg</a></div></div></div>
<nav class="ons-header-nav"><ul class="ons-navigation__list">${links(
  ['Business, industry and trade', 'Economy', 'Employment and labour market', 'People, population and community'],
  'ons-navigation__item',
)}</ul></nav></header>
<div class="ons-page__container ons-container"><nav class="ons-breadcrumbs" aria-label="Breadcrumbs"><ol class="ons-breadcrumbs__items ons-u-fs-s">
${links(['Home', 'People, population and community', 'Population and migration', 'Population estimates'], 'ons-breadcrumbs__item')}</ol></nav>
<main id="main-content" class="ons-page__main"><div class="ons-u-mb-l"><h1 class="ons-u-fs-xxxl">${oTitle}</h1>
<dl class="ons-metadata ons-metadata__list ons-u-fs-r"><dt class="ons-metadata__term">Release date:</dt><dd class="ons-metadata__value">27 January 2026</dd>
<dt class="ons-metadata__term">Next release:</dt><dd class="ons-metadata__value">To be announced</dd>
<dt class="ons-metadata__term">Contact:</dt><dd class="ons-metadata__value"><a href="mailto:areaprofiles@ons.example">Local statistics team</a></dd></dl></div>
<div class="ons-grid"><div class="ons-grid__col ons-col-4@m"><aside class="ons-table-of-contents-container"><nav class="ons-table-of-contents">
<h2 class="ons-table-of-contents__title ons-u-fs-r--b">Contents</h2><ol class="ons-list">${links(oToc, 'ons-list__item')}</ol></nav>
<a href="/print" class="ons-btn ons-btn--secondary">Print this page</a></aside></div><div class="ons-grid__col ons-col-8@m"><section id="overview">
<h2>Overview</h2>${ps(oIntro)}</section><section id="age"><h2>Age</h2>${ps(oAge)}
${tbl('Table 1: Usual residents by broad age group, Harrowgate Vale, 2021', oAgeRows)}</section>
<section id="households"><h2>Households and tenure</h2>${ps(oHouse)}
${tbl('Table 2: Households by tenure, Harrowgate Vale, 2021', oHouseRows)}</section>
<section id="related"><h2 class="ons-u-fs-l">Related links</h2><ul class="ons-list">${links(oRel)}</ul></section>
<div class="ons-feedback"><h2 class="ons-u-fs-r--b">Is this page useful?</h2><button>Yes</button><button>No</button></div></div></div></main></div>
<footer class="ons-footer"><div class="ons-container"><ul class="ons-list ons-list--bare">${links(oFoot)}</ul>
<p>All content is available under the Open Government Licence v3.0, except where otherwise stated</p><p>© Crown copyright</p></div></footer>
<script src="https://cdn.ons.example/design-system/72.1.0/scripts/main.js"></script></body></html>`;
const ons: TestPage = {
  name: 'heldout446-ons-design-system-area-profile',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: ['Overview', 'Age', 'Households and tenure'],
  body: [
    ...texts([...oIntro, ...oAge]),
    'Table 1: Usual residents by broad age group, Harrowgate Vale, 2021',
    ...rowTexts(oAgeRows),
    ...texts(oHouse),
    'Table 2: Households by tenure, Harrowgate Vale, 2021',
    ...rowTexts(oHouseRows),
  ],
  bylines: ['Release date:', '27 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on ons.gov.uk', 'Cookies are small files stored on your device when you visit a website.', 'Accept additional cookies',
    'Reject additional cookies', 'View cookies', 'Skip to main content', 'Cymraeg', 'Business, industry and trade', 'Employment and labour market',
    'People, population and community', 'Home', 'Population and migration', 'Population estimates', 'Next release:', 'To be announced', 'Contact:',
    'Local statistics team', 'Contents', 'Related links', 'Print this page', ...oRel,
    'Source: Office for National Statistics – Census 2021', 'Is this page useful?', ...oFoot,
    'All content is available under the Open Government Licence v3.0, except where otherwise stated', '© Crown copyright',
  ],
};

export const HELDOUT446_B: readonly TestPage[] = [wikivoyage, ons];
