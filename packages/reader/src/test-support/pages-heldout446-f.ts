import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras, rows, rowTexts } from './pages-heldout446-kit.js';

/**
 * Held-out batch 446, file f: a travel encyclopedia entry on a Next.js site (CSS-module class names, __NEXT_DATA__, sticky
 * header, consent dialog, breadcrumb, author and "last reviewed" line, reading time, key facts card, ad slot, "Read more"
 * promo, newsletter box, "Trending destinations" rail, footer), and a regional government's facts-and-figures page on the
 * Web Experience Toolkit (GCWeb) template (skip links, language toggle, search, breadcrumb "You are here", a data table,
 * "Report a problem" box, "Date modified", footer).
 */
const nTitle = 'Tervan Mountains';
const nIntro = paras(`
The Tervan Mountains are a limestone range that runs for about 260 km across northern and eastern Estravia, separating the warm
Lissa Coast from the cooler plateaus of the interior. They are the least visited mountains in this part of Europe, and for
walkers that is much of their appeal: marked trails, mountain huts and quiet villages, with hardly a cable car in sight.
`);
const nGeo = paras(`
The range is made of karst limestone, riddled with caves, sinkholes and underground rivers. The highest summit, Mount Oskar
(2,412 m), stands near the Morvanian border; most other peaks reach between 1,500 and 2,000 m. Beech and fir forests cover the lower
slopes, and above the tree line lie wide pastures that shepherds still use in summer.
`);
const nHistory = paras(`
For centuries the mountains were a frontier between empires, and the ruins of watchtowers and fortified monasteries line the old
passes. In the 20th century the high villages emptied as families moved to the coast, but some have been revived by agritourism
and by a new generation of cheese makers.
`);
const nVisit = paras(`
The walking season runs from late May to early October. The Tervan Traverse, a 180-km waymarked route from Drevnik to the Sava
valley, takes about ten days and links a chain of staffed huts, which should be booked ahead in July and August.

Winter brings deep snow to the high plateaus, and the small ski area above Kamensk opens from December to March. Outside the ski
season, many huts close and the bus service to the upper villages runs only on weekdays.
`);
const nTips = [
  'Carry cash: few huts and village shops accept cards.',
  'Water is scarce on the karst plateaus, so fill up at every hut.',
  'Afternoon thunderstorms are common in midsummer; start walking early.',
];
const nFacts = ['Highest point: Mount Oskar, 2,412 m', 'Length: about 260 km', 'Nearest airport: Drevnik'];
const nMenu = ['Destinations', 'Themes', 'Maps', 'Travel tips', 'Shop'];
const nTrend = ['Lissa Coast', 'Korvenna', 'The Karst caves of Postojna Vale', 'Islands of the outer gulf'];
const nFoot = ['About', 'Editorial policy', 'Advertise', 'Privacy', 'Cookie preferences', 'Terms'];
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>Tervan Mountains – travel guide and facts | Atlas Wander</title><meta name="description" content="Tervan Mountains: geography, history and walking."/>
<meta property="og:type" content="article"/><meta name="next-head-count" content="6"/>
<link rel="preload" href="/_next/static/css/7a1e9c2d.css" as="style"/><link rel="stylesheet" href="/_next/static/css/7a1e9c2d.css" data-n-g=""/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Tervan Mountains","author":{"@type":"Person",
"name":"Mirela Sand"}}</script>
<script src="/_next/static/chunks/webpack-3b5f0e.js" defer=""></script><script src="/_next/static/chunks/pages/_app-f81c2a.js" defer=""></script></head>
<body><div id="__next"><header class="SiteHeader_header__Qm3xd"><a class="SiteHeader_logo__a9Fk2" href="/">Atlas Wander</a>
<nav class="SiteHeader_nav__Z1pLw"><ul>${links(nMenu, 'SiteHeader_item__k2Hd0')}</ul></nav><button class="SiteHeader_search__u7Yt1">Search</button></header>
<main class="Layout_main__8sJdQ"><nav class="Breadcrumbs_root__c0XyT" aria-label="breadcrumb"><ol>${links(
  ['Home', 'Europe', 'Estravia'],
  'Breadcrumbs_item__b1Lq9',
)}</ol></nav>
<article class="Entry_article__2nVbE"><header class="Entry_header__Hh3sT"><h1 class="Entry_title__Jd8pQ">${nTitle}</h1>
<div class="Entry_meta__q0Wn4"><span class="Entry_author__Xk4mT">By Mirela Sand</span><span class="Entry_reviewed__P9cVb">Last reviewed 11 January 2026</span>
<span class="Entry_readtime__eL2Rw">6 min read</span></div></header>
<figure class="Entry_hero__mK3sZ"><img alt="" src="/_next/image?url=%2Fimages%2Ftervan.jpg&amp;w=1920&amp;q=75" decoding="async"/>
<figcaption class="Entry_caption__R7tGq">Morning mist over the Tervan pastures. Photo: Luka Brnić</figcaption></figure>
<aside class="FactsCard_card__V3mkP"><h2 class="FactsCard_title__oP2xa">Key facts</h2><ul>${lis(nFacts)}</ul></aside>
<div class="Entry_body__T4kWc">${ps(nIntro)}<h2 id="geography">Geography</h2>${ps(nGeo)}
<div class="AdSlot_slot__Fq8Lm"><span class="AdSlot_label__h2Kx9">Advertisement</span><div id="gpt-ad-incontent-1"></div></div>
<h2 id="history">History</h2>${ps(nHistory)}
<div class="Promo_promo__w4Rts"><span class="Promo_kicker__nT5bE">Read more:</span> <a href="/europe/estravia/lissa-coast">The Lissa Coast beyond the
beaches</a></div>
<h2 id="visiting">Visiting</h2>${ps(nVisit)}<h3 id="practical-tips">Practical tips</h3><ul>${lis(nTips)}</ul></div>
<div class="ShareBar_bar__z8YcP"><span>Share this article</span><button aria-label="Share on Facebook">Facebook</button><button aria-label="Copy link">Copy
link</button></div>
</article><aside class="Sidebar_rail__k9JpD"><section class="Newsletter_box__G5tLc"><h2>Wander better</h2><p>Our best travel stories, once a week.</p>
<input type="email" placeholder="Email address"/><button>Subscribe</button></section>
<section class="Trending_box__Nq1sE"><h2>Trending destinations</h2><ul>${links(nTrend, 'Trending_item__p3Jw7')}</ul></section></aside></main>
<footer class="SiteFooter_footer__X2bCq"><ul>${links(nFoot)}</ul><p>© 2026 Atlas Wander Media Ltd.</p></footer>
<div class="ConsentDialog_dialog__R5mUv" role="dialog"><p>We and our partners use cookies to show you relevant ads and to measure how our site is used.</p>
<button>Accept all</button><button>Manage choices</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"tervan-mountains","entry":{"title":"Tervan Mountains","readTime":6}}},
"page":"/[region]/[country]/[slug]","query":{"region":"europe","country":"estravia","slug":"tervan-mountains"},"buildId":"g7Hq2kL9","isFallback":false}</script>
</body></html>`;
const nextjs: TestPage = {
  name: 'heldout446-nextjs-travel-encyclopedia',
  kind: 'wiki',
  html: nHtml,
  title: nTitle,
  headings: ['Geography', 'History', 'Visiting', 'Practical tips'],
  body: texts([...nIntro, ...nGeo, ...nHistory, ...nVisit, ...nTips]),
  bylines: ['By Mirela Sand', 'Last reviewed 11 January 2026', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Atlas Wander', ...nMenu, 'Search', 'Home', 'Morning mist over the Tervan pastures. Photo: Luka Brnić', 'Key facts', ...nFacts, 'Advertisement',
    'Read more:', 'The Lissa Coast beyond the beaches', 'Share this article', 'Facebook', 'Copy link', 'Wander better', 'Our best travel stories, once a week.',
    'Subscribe', 'Trending destinations', ...nTrend.slice(2), ...nFoot, '© 2026 Atlas Wander Media Ltd.',
    'We and our partners use cookies to show you relevant ads and to measure how our site is used.', 'Accept all', 'Manage choices',
  ],
};

const gTitle = 'Northlake Region facts and figures';
const gIntro = paras(`
The Northlake Region covers 41,600 square kilometres of lakes, boreal forest and farmland, and is home to just under 390,000 people.
This page brings together key figures about the region's people, economy and land. Figures are updated every year when new data
become available.

The region is governed by an elected regional council of 31 members and is divided into 47 municipalities, ranging from Northlake
City, with more than 180,000 residents, to rural townships of a few hundred people. Almost a fifth of the land is protected as
provincial park or conservation reserve.
`);
const gPeople = paras(`
The region's population has grown every year since 2016, mainly because of migration from other parts of the country and from
abroad. Nearly half of all residents live in the Northlake City census metropolitan area.
`);
const gRows = [
  ['Population (July 1, 2025)', '389,420'],
  ['Population growth, 2020 to 2025', '5.8%'],
  ['Median age', '41.3 years'],
  ['Land area', '41,600 km²'],
  ['Number of municipalities', '47'],
];
const gEcon = paras(`
The regional economy is built on forestry, mining, agriculture and a growing public and health sector. Tourism, centred on the
lakes and the region's provincial parks, brings in an estimated $640 million a year.
`);
const gEconList = [
  'Gross domestic product (2024): $24.1 billion',
  'Employment (2025 annual average): 201,300',
  'Unemployment rate (2025 annual average): 5.4%',
  'Largest sectors by employment: health care, retail trade, construction',
];
const gMenu = ['Jobs', 'Immigration and citizenship', 'Travel and tourism', 'Business', 'Benefits', 'Health', 'Taxes'];
const gFoot = ['Contact us', 'Departments and agencies', 'News', 'Open government', 'Terms and conditions', 'Privacy'];
const gHtml = `<!DOCTYPE html><html class="no-js" lang="en" dir="ltr"><head><meta charset="utf-8"><title>Northlake Region facts and figures -
Northlake.ca</title>
<meta content="width=device-width,initial-scale=1" name="viewport"><meta name="dcterms.title" content="Northlake Region facts and figures">
<meta name="dcterms.creator" content="Government of the Northlake Region, Bureau of Statistics"><meta name="dcterms.modified" title="W3CDTF"
content="2026-01-30">
<link rel="stylesheet" href="https://www.northlake.example/etc/designs/gcweb/css/theme.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentService","name":"Northlake Region facts and figures"}</script>
<script src="https://assets.adobedtm.example/launch-northlake.min.js"></script></head>
<body vocab="http://schema.org/" typeof="WebPage"><nav><ul id="wb-tphp"><li class="wb-slc"><a class="wb-sl" href="#wb-cont">Skip to main content</a></li>
<li class="wb-slc"><a class="wb-sl" href="#wb-info">Skip to "About government"</a></li></ul></nav>
<header><div id="wb-bnr" class="container"><section id="wb-lng"><h2 class="wb-inv">Language selection</h2><ul class="list-inline"><li><a lang="fr"
href="/fr/faits-chiffres.html">Français</a></li></ul></section><div class="brand"><a href="/en.html"><img src="/img/nl-logo.svg"
alt="Government of the Northlake Region"></a></div><section id="wb-srch"><h2>Search</h2><form action="/search"><input id="wb-srch-q" type="search"
placeholder="Search Northlake.ca"></form></section></div>
<nav class="gcweb-menu" typeof="SiteNavigationElement"><h2 class="wb-inv">Menu</h2><button>Menu</button><ul role="menu">${links(gMenu)}</ul></nav>
<nav id="wb-bc" property="breadcrumb"><h2>You are here:</h2><div class="container"><ol class="breadcrumb">${links([
  'Northlake.ca',
  'About the region',
])}</ol></div></nav>
</header>
<main property="mainContentOfPage" resource="#wb-main" typeof="WebPageElement" class="container"><h1 property="name" id="wb-cont">${gTitle}</h1>
${ps(gIntro)}<h2>People</h2>${ps(gPeople)}
<table class="table table-striped table-hover"><caption>Key population figures, Northlake Region</caption><thead><tr><th scope="col">Indicator</th>
<th scope="col">Value</th></tr></thead><tbody>${rows(gRows)}</tbody></table>
<p><small>Source: Northlake Bureau of Statistics, population estimates.</small></p>
<h2>Economy</h2>${ps(gEcon)}<ul>${lis(gEconList)}</ul>
<section class="alert alert-info"><h2 class="h4">Related information</h2><ul>${links([
  'Regional economic outlook 2026',
  'Community profiles',
  'Open data: population estimates',
])}</ul></section>
<section class="pagedetails"><h2 class="wb-inv">Page details</h2><div class="row"><div class="col-sm-6 col-md-5 col-lg-4"><a class="btn btn-default btn-block"
href="/report-problem.html">Report a problem or mistake on this page</a></div><div class="col-sm-3 mrgn-tp-sm pull-right"><div class="wb-share">
<button class="btn btn-default btn-block">Share this page</button></div></div></div>
<dl id="wb-dtmd"><dt>Date modified:</dt><dd><time property="dateModified">2026-01-30</time></dd></dl></section></main>
<footer id="wb-info"><div class="gc-contextual"><div class="container"><h3>Bureau of Statistics</h3><ul class="list-col-xs-1">
<li><a href="/statistics/contact.html">Contact the Bureau of Statistics</a></li></ul></div></div>
<div class="gc-main-footer"><div class="container"><h3>Government of the Northlake Region</h3><ul>${links(gFoot)}</ul></div></div>
<div class="gc-sub-footer"><div class="container"><ul>${links(['Social media', 'Mobile applications', 'Terms and conditions of use'])}</ul></div></div></footer>
<script src="https://www.northlake.example/etc/designs/gcweb/js/wet-boew.min.js"></script><script
src="/etc/designs/gcweb/js/theme.min.js"></script></body></html>`;
const wet: TestPage = {
  name: 'heldout446-wet-gcweb-regional-facts',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: ['People', 'Economy'],
  body: [...texts([...gIntro, ...gPeople]), 'Key population figures, Northlake Region', ...rowTexts(gRows), ...texts([...gEcon, ...gEconList])],
  bylines: ['Date modified:', '2026-01-30'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to "About government"', 'Language selection', 'Français', 'Search', 'Menu', ...gMenu, 'You are here:', 'Northlake.ca',
    'About the region', 'Source: Northlake Bureau of Statistics, population estimates.', 'Related information', 'Regional economic outlook 2026',
    'Community profiles', 'Open data: population estimates', 'Page details', 'Report a problem or mistake on this page', 'Share this page',
    'Bureau of Statistics', 'Contact the Bureau of Statistics', 'Government of the Northlake Region', ...gFoot, 'Social media', 'Mobile applications',
    'Terms and conditions of use',
  ],
};

export const HELDOUT446_F: readonly TestPage[] = [nextjs, wet];
